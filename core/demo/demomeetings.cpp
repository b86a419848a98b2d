// The meetings part of the demo data set: five years of quarterly briefings, reviews and
// thematic meetings with attendance, speakers, conclusions and tasks; the district
// committees meet until their dissolution on 30/06/2025, the commune committees from
// 01/07/2025.

#include <core/demo/demo.h>

#include <core/db/database.h>
#include <core/meetings/meetingrepository.h>
#include <core/roster/rosterrepository.h>
#include <core/text/vndate.h>

#include <algorithm>

namespace thuky {

namespace {

const char *const absenceReasons[] = { "đi công tác", "bận việc gia đình", "dự họp khác",
    "đi học tập trung", "nghỉ phép", "đi công tác nước ngoài" };

const char *const speechSummaries[] = {
    "Đề nghị tiếp tục đẩy mạnh công tác nắm tình hình tư tưởng, dư luận xã hội ở cơ sở, kịp thời "
    "phản ánh những vấn đề nhân dân quan tâm để cấp ủy chỉ đạo giải quyết",
    "Báo cáo kết quả đấu tranh, phản bác các quan điểm sai trái, thù địch trên không gian mạng; "
    "đề nghị tăng cường phối hợp giữa lực lượng nòng cốt và các cơ quan báo chí",
    "Nêu những khó khăn trong việc duy trì hoạt động của đội ngũ cộng tác viên; kiến nghị có chế "
    "độ hỗ trợ phù hợp",
    "Đề xuất chia sẻ, lan tỏa nhiều hơn thông tin tích cực, gương người tốt, việc tốt trên mạng xã "
    "hội",
    "Thông tin về tình hình an ninh chính trị, trật tự an toàn xã hội trên địa bàn; cảnh báo các "
    "thủ đoạn lợi dụng vấn đề dân tộc, tôn giáo để kích động",
    "Đánh giá việc triển khai Nghị quyết 35-NQ/TW của Bộ Chính trị đạt kết quả tích cực; đề nghị "
    "đa dạng hóa hình thức tuyên truyền",
    "Phản ánh dư luận về giá cả hàng hóa, việc làm và thu nhập của người lao động; đề nghị các "
    "ngành chức năng thông tin kịp thời",
    "Kiến nghị tăng cường bồi dưỡng kỹ năng cho thành viên Tổ thư ký, nhóm chuyên gia và lực "
    "lượng nòng cốt",
    "Thống nhất với dự thảo báo cáo; đề nghị bổ sung số liệu về tin, bài đăng tải và lượt tương "
    "tác",
    "Đề nghị chủ động định hướng thông tin, không để bị động, bất ngờ trước các vụ việc phức tạp",
    "Báo cáo kết quả phối hợp bảo vệ chính trị nội bộ và công tác nắm tình hình trong cán bộ, đảng "
    "viên",
    "Nêu kinh nghiệm xây dựng các trang, nhóm trên mạng xã hội để tuyên truyền và đấu tranh phản "
    "bác",
};

const char *const conclusionOpenings[] = {
    "Hội nghị thống nhất đánh giá: trong kỳ, Ban Chỉ đạo 35 các cấp đã chủ động nắm tình hình tư "
    "tưởng, "
    "dư luận xã hội, tham mưu cấp ủy chỉ đạo giải quyết kịp thời, không để nhân dân bức xúc.",
    "Công tác bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù "
    "địch "
    "được triển khai bài bản, khoa học hơn; công tác phối hợp giữa các cấp, các ngành được tăng "
    "cường.",
    "Bên cạnh kết quả đạt được, việc phối hợp giữa một số cơ quan, đơn vị có lúc chưa chặt chẽ; "
    "hoạt động của một số thành viên lực lượng nòng cốt, cộng tác viên còn hạn chế.",
};

struct TaskTemplate
{
    const char *description;
    const char *owner;
};

const TaskTemplate taskTemplates[] = {
    { "Xây dựng kế hoạch đấu tranh phản bác các quan điểm sai trái, thù địch trên không gian mạng",
        "Tổ thư ký" },
    { "Tổng hợp, báo cáo tình hình tư tưởng, dư luận xã hội định kỳ hằng tháng", "Tổ thư ký" },
    { "Tổ chức tập huấn kỹ năng cho lực lượng nòng cốt và cộng tác viên", "Ban Tuyên giáo" },
    { "Rà soát, kiện toàn đội ngũ cộng tác viên dư luận xã hội ở cơ sở", "Ban Tuyên giáo" },
    { "Tăng cường thông tin tích cực, gương người tốt, việc tốt trên báo chí và mạng xã hội",
        "Báo An Giang" },
    { "Chủ động nắm tình hình, xử lý thông tin xấu độc liên quan an ninh trật tự", "Công an tỉnh" },
    { "Cung cấp thông tin định hướng cho báo cáo viên, tuyên truyền viên", "Ban Tuyên giáo" },
    { "Đánh giá hiệu quả hoạt động của các trang, nhóm tuyên truyền trên mạng xã hội",
        "Nhóm chuyên gia" },
    { "Hoàn thiện quy chế phối hợp giữa Ban Chỉ đạo và các cơ quan báo chí",
        "Văn phòng Ban Chỉ đạo" },
    { "Theo dõi, tổng hợp dư luận về giá cả, việc làm, đất đai và báo cáo đề xuất", "Tổ thư ký" },
    { "Chuẩn bị nội dung hội nghị sơ kết, tổng kết và báo cáo gửi cấp trên",
        "Văn phòng Ban Chỉ đạo" },
    { "Phối hợp Mặt trận Tổ quốc nắm tình hình, tâm tư nguyện vọng của nhân dân", "Ủy ban MTTQ" },
};

/** The provincial propaganda and mass mobilisation commissions merged on this day. */
QDate mergerOfCommissions()
{
    return QDate(2025, 3, 1);
}

/** The owner of a task by the committee's level and the organisation of the day. */
QString taskOwner(const QString &owner, DemoGenerator::Tier tier, const QDate &date)
{
    using Tier = DemoGenerator::Tier;
    if (owner == QLatin1String("Công an tỉnh") && tier != Tier::Province)
        return tier == Tier::District ? QStringLiteral("Công an huyện")
                                      : QStringLiteral("Công an cấp xã");
    if (owner == QLatin1String("Ban Tuyên giáo")) {
        if (tier == Tier::Commune)
            return QStringLiteral("Ban Xây dựng Đảng");
        if (date >= mergerOfCommissions())
            return QStringLiteral("Ban Tuyên giáo và Dân vận");
    }
    return owner;
}

/** The first holder of @p role among @p members, or null. */
const Membership *holder(const QList<Membership> &members, Role role)
{
    for (const Membership &ms : members)
        if (ms.role == role)
            return &ms;
    return nullptr;
}

/** Chairs and recorder: a briefing is chaired by the standing deputy, the rest by both. */
void setChairs(Meeting &m, const QString &kind, const QList<Membership> &members)
{
    const Membership *head = holder(members, Role::Head);
    const Membership *standing = holder(members, Role::StandingDeputy);
    const Membership *lead = holder(members, Role::SecretariatLead);
    if (kind == QLatin1String("quarterly_briefing")) {
        if (standing)
            m.chairIds << standing->personId;
        else if (head)
            m.chairIds << head->personId;
    } else {
        if (head)
            m.chairIds << head->personId;
        if (standing)
            m.chairIds << standing->personId;
    }
    if (lead)
        m.secretaryId = lead->personId;
}

/** The report presented (and for a review the next year's plan) and the discussion. */
void addAgenda(Meeting &m, const QString &kind, const QString &period, const QDate &date,
    const QList<Membership> &members)
{
    const Membership *standing = holder(members, Role::StandingDeputy);
    const Membership *lead = holder(members, Role::SecretariatLead);
    const QString periodLabel = period.contains(QLatin1String("-Q"))
        ? VnDate::quarterLabel(period)
        : QStringLiteral("năm %1").arg(period);
    const QString reportTitle = kind == QLatin1String("quarterly_briefing")
        ? QStringLiteral("Báo cáo kết quả công tác %1 và nhiệm vụ trọng tâm quý tiếp theo")
              .arg(periodLabel)
        : kind == QLatin1String("annual_review")
        ? QStringLiteral("Báo cáo tổng kết hoạt động Ban Chỉ đạo 35 năm %1").arg(date.year())
        : period == QLatin1String("2025-Q2")
        ? QStringLiteral("Báo cáo tổng kết hoạt động Ban Chỉ đạo 35 giai đoạn 2021 - 2025")
        : period == QLatin1String("2025-Q3")
        ? QStringLiteral(
            "Dự thảo quy chế hoạt động và phân công nhiệm vụ thành viên Ban Chỉ đạo 35")
        : QStringLiteral("Báo cáo chuyên đề %1").arg(periodLabel);
    m.documents << reportTitle;
    const QString presenterName = lead
        ? QStringLiteral("đồng chí %1, Tổ trưởng Tổ thư ký").arg(lead->personName)
        : QStringLiteral("Tổ thư ký");
    m.agenda << AgendaItem { reportTitle, presenterName, {} };
    if (kind == QLatin1String("annual_review")) {
        const QString planTitle
            = QStringLiteral("Dự thảo kế hoạch hoạt động năm %1").arg(date.year() + 1);
        m.documents << planTitle;
        m.agenda << AgendaItem { planTitle,
            standing ? QStringLiteral("đồng chí %1, Phó Trưởng ban Thường trực")
                           .arg(standing->personName)
                     : presenterName,
            {} };
    }
    m.agenda << AgendaItem { QStringLiteral("Thảo luận, đóng góp ý kiến"), {}, {} };
}

} // namespace

struct DemoGenerator::PlannedMeeting
{
    QDateTime start;
    qint64 committeeId;
    QString kind;
    QString period;
    QString title;
};

// The order of the calls below, and of the random draws inside them, is the data set: the
// same seed must give the same meetings (tests and the README's figures depend on it).
void DemoGenerator::generateMeetings()
{
    RosterRepository roster(m_db);
    MeetingRepository repo(m_db);
    const QList<qint64> committees = committeeIds();
    if (committees.isEmpty())
        return;

    const QList<PlannedMeeting> plan = planMeetings();
    // The latest meeting of each committee still in office is a draft.
    QHash<qint64, QDateTime> latest;
    for (const PlannedMeeting &p : plan)
        latest[p.committeeId] = std::max(latest.value(p.committeeId), p.start);

    QList<Committee> others; // the bridge points of the province's briefings
    for (int ci = 1; ci < committees.size(); ++ci)
        if (const auto c = roster.committee(committees.at(ci)))
            others << *c;

    for (const PlannedMeeting &p : plan) {
        const auto committee = roster.committee(p.committeeId);
        const bool province = p.committeeId == committees.first();
        const QDate date = p.start.date();
        Meeting m;
        m.committeeId = p.committeeId;
        m.kind = p.kind;
        m.period = p.period;
        m.title = p.title;
        m.start = p.start;
        m.end = p.start.addSecs(3600 * (2 + pick(2)) + 60 * 15 * pick(3));
        m.place = province
            ? QStringLiteral("Hội trường Tỉnh ủy An Giang")
            : QStringLiteral("Hội trường %1").arg(committee ? committee->superiorBody : QString());

        const QList<Membership> members = roster.members(p.committeeId, date);
        setChairs(m, p.kind, members);
        fillAttendance(m, repo, members, date);
        QStringList bridgeNames;
        for (const Committee &c : std::as_const(others))
            if (c.validFrom <= date && (!c.validTo.isValid() || date <= c.validTo))
                bridgeNames << QStringLiteral("Điểm cầu %1").arg(c.superiorBody);
        addGuests(m, p, province, bridgeNames);
        addAgenda(m, p.kind, p.period, date, members);
        addSpeeches(m, province);
        const Tier tier = province                                       ? Tier::Province
            : committee && committee->level == QLatin1String("district") ? Tier::District
                                                                         : Tier::Commune;
        addConclusion(m, tier, date);

        repo.create(m);
        const bool inOffice = committee && !committee->validTo.isValid();
        if (p.start != latest.value(p.committeeId) || !inOffice)
            repo.approve(m.id);
    }
}

QDateTime DemoGenerator::meetingTime(int year, int month, int dayFrom, int dayTo, int hour)
{
    const QDate d(year, month, dayFrom + pick(dayTo - dayFrom + 1));
    // Meetings are held on working days.
    QDate day = d;
    while (day.dayOfWeek() > 5)
        day = day.addDays(1);
    return QDateTime(day, QTime(hour, pick(2) ? 0 : 30));
}

namespace {

QString briefingTitle(int quarter, int year)
{
    return QStringLiteral("Hội nghị giao ban quý %1, triển khai nhiệm vụ quý %2 năm %3")
        .arg(VnDate::roman(quarter), VnDate::roman(quarter + 1))
        .arg(year);
}

QString annualTitle(int year)
{
    return QStringLiteral(
        "Hội nghị tổng kết hoạt động Ban Chỉ đạo 35 năm %1, triển khai nhiệm vụ năm %2")
        .arg(year)
        .arg(year + 1);
}

QString quarterCode(int year, int quarter)
{
    return QStringLiteral("%1-Q%2").arg(year).arg(quarter);
}

} // namespace

QList<DemoGenerator::PlannedMeeting> DemoGenerator::planMeetings()
{
    const QList<qint64> committees = committeeIds();
    RosterRepository roster(m_db);
    QList<PlannedMeeting> plan;
    for (int ci = 0; ci < committees.size(); ++ci) {
        const qint64 cid = committees.at(ci);
        const auto c = roster.committee(cid);
        if (ci == 0)
            planProvince(plan, cid);
        else if (c && c->level == QLatin1String("district"))
            planDistrict(plan, cid, ci <= 4); // some districts meet quarterly
        else
            planCommune(plan, cid);
    }
    std::stable_sort(
        plan.begin(), plan.end(), [](const PlannedMeeting &a, const PlannedMeeting &b) {
            return a.start != b.start ? a.start < b.start : a.committeeId < b.committeeId;
        });
    return plan;
}

void DemoGenerator::planProvince(QList<PlannedMeeting> &plan, qint64 cid)
{
    for (int year = 2021; year <= lastDay().year(); ++year) {
        for (int q = 1; q <= 3; ++q)
            plan.append(
                { meetingTime(year, q * 3, 18, 28, 8), cid, QStringLiteral("quarterly_briefing"),
                    quarterCode(year, q), briefingTitle(q, year) });
        plan.append({ meetingTime(year, 12, 14, 26, 8), cid, QStringLiteral("annual_review"),
            QString::number(year), annualTitle(year) });
        if (year == 2022 || year == 2024)
            plan.append({ meetingTime(year, 8, 5, 20, 14), cid, QStringLiteral("thematic"),
                QString::number(year),
                QStringLiteral("Hội nghị chuyên đề về công tác đấu tranh phản bác các quan điểm "
                               "sai trái, thù địch trên không gian mạng") });
        if (year == 2023)
            plan.append({ meetingTime(year, 7, 10, 20, 8), cid, QStringLiteral("review"),
                QStringLiteral("2023-Q2"),
                QStringLiteral("Hội nghị sơ kết 6 tháng đầu năm 2023 công tác dư luận xã hội") });
        if (year == 2025)
            plan.append({ meetingTime(year, 7, 14, 25, 8), cid, QStringLiteral("thematic"),
                QStringLiteral("2025-Q3"),
                QStringLiteral("Hội nghị triển khai kiện toàn Ban Chỉ đạo 35 các cấp sau sắp xếp "
                               "đơn vị hành chính, tổ chức chính quyền địa phương hai cấp") });
    }
}

void DemoGenerator::planDistrict(QList<PlannedMeeting> &plan, qint64 cid, bool briefs)
{
    for (int year = 2021; year <= 2024; ++year) {
        if (briefs)
            for (int q = 1; q <= 3; ++q)
                plan.append({ meetingTime(year, q * 3, 18, 28, 8), cid,
                    QStringLiteral("quarterly_briefing"), quarterCode(year, q),
                    briefingTitle(q, year) });
        plan.append({ meetingTime(year, 12, 14, 26, 8), cid, QStringLiteral("annual_review"),
            QString::number(year), annualTitle(year) });
    }
    // 2025: the first quarter, then the review that closes the committee's work before the
    // district level ends on 30/06/2025.
    if (briefs)
        plan.append({ meetingTime(2025, 3, 18, 28, 8), cid, QStringLiteral("quarterly_briefing"),
            quarterCode(2025, 1), briefingTitle(1, 2025) });
    plan.append(
        { meetingTime(2025, 6, 9, 20, 8), cid, QStringLiteral("review"), quarterCode(2025, 2),
            QStringLiteral("Hội nghị tổng kết hoạt động Ban Chỉ đạo 35 giai đoạn 2021 - 2025, "
                           "kết thúc hoạt động cấp huyện") });
}

void DemoGenerator::planCommune(QList<PlannedMeeting> &plan, qint64 cid)
{
    // Formed on 01/07/2025: a first meeting on its rules, the third quarter, the year.
    plan.append({ meetingTime(2025, 7, 21, 31, 14), cid, QStringLiteral("thematic"),
        quarterCode(2025, 3),
        QStringLiteral("Hội nghị triển khai quyết định kiện toàn, quy chế hoạt động và phân công "
                       "nhiệm vụ thành viên Ban Chỉ đạo 35") });
    plan.append({ meetingTime(2025, 9, 18, 28, 8), cid, QStringLiteral("quarterly_briefing"),
        quarterCode(2025, 3), briefingTitle(3, 2025) });
    plan.append({ meetingTime(2025, 12, 14, 26, 8), cid, QStringLiteral("annual_review"),
        QStringLiteral("2025"), annualTitle(2025) });
}

void DemoGenerator::fillAttendance(
    Meeting &m, MeetingRepository &repo, const QList<Membership> &members, const QDate &date)
{
    // The official delegates on the date, a few absent; the recorder and a member of the
    // secretariat attend too.
    m.attendance = repo.prefillAttendance(m.committeeId, date);
    for (Attendance &a : m.attendance) {
        if (m.chairIds.contains(a.personId))
            continue;
        const int roll = pick(100);
        if (roll < 10) {
            a.status = QStringLiteral("absent");
            a.reason = QString::fromUtf8(absenceReasons[pick(std::size(absenceReasons))]);
        } else if (roll < 14) {
            a.status = QStringLiteral("delegate");
            a.reason = QString::fromUtf8(absenceReasons[pick(3)]);
            a.delegate = QStringLiteral("%1, Phó Trưởng phòng").arg(inventName());
        }
    }
    int secretariat = 0;
    for (const Membership &ms : members) {
        if ((ms.role == Role::SecretariatLead || ms.role == Role::Secretariat) && secretariat < 3) {
            Attendance a;
            a.personId = ms.personId;
            a.role = Roles::code(ms.role);
            m.attendance << a;
            ++secretariat;
        }
    }
}

void DemoGenerator::addGuests(
    Meeting &m, const PlannedMeeting &p, bool province, const QStringList &bridgeNames)
{
    const bool reformed = m.start.date() >= reformDay();
    if (province) {
        m.guests << (reformed
                ? QStringLiteral("Đại diện lãnh đạo Đảng ủy các xã, phường, đặc khu")
                : QStringLiteral("Đại diện lãnh đạo Ban Tuyên giáo các huyện ủy, thị ủy, thành ủy"))
                 << QStringLiteral("Đại diện Đảng ủy Công an tỉnh");
        if (pick(2))
            m.guests << QStringLiteral(
                "Phóng viên Báo An Giang, Đài Phát thanh - Truyền hình An Giang");
        if (p.kind == QLatin1String("quarterly_briefing") && pick(3) > 0)
            m.bridgePoints = bridgeNames;
        std::sort(m.bridgePoints.begin(), m.bridgePoints.end());
    } else if (pick(3) == 0) {
        m.guests << (m.start.date() >= mergerOfCommissions()
                ? QStringLiteral("Đại diện Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang")
                : QStringLiteral("Đại diện Ban Tuyên giáo Tỉnh ủy An Giang"));
    }
}

void DemoGenerator::addSpeeches(Meeting &m, bool province)
{
    QList<Attendance> speakers;
    for (const Attendance &a : std::as_const(m.attendance))
        if (a.status == QLatin1String("present") && a.isOfficial()
            && !m.chairIds.contains(a.personId))
            speakers << a;
    const int speechCount = std::min<int>(speakers.size(), 3 + pick(5));
    for (int i = 0; i < speechCount; ++i) {
        const Attendance &a = speakers.at(pick(speakers.size()));
        bool dup = false;
        for (const Speech &s : std::as_const(m.speeches))
            dup = dup || s.personId == a.personId;
        if (dup)
            continue;
        Speech s;
        s.personId = a.personId;
        s.unit = a.titles;
        s.summary = QString::fromUtf8(speechSummaries[pick(std::size(speechSummaries))]);
        m.speeches << s;
    }
    if (province && pick(3) == 0) {
        Speech s;
        s.guestName = inventName();
        s.unit = m.start.date() >= reformDay()
            ? QStringLiteral("Ban Xây dựng Đảng Đảng ủy xã Châu Phú")
            : QStringLiteral("Ban Tuyên giáo Huyện ủy Châu Phú");
        s.summary = QString::fromUtf8(speechSummaries[pick(std::size(speechSummaries))]);
        m.speeches << s;
    }
}

void DemoGenerator::addConclusion(Meeting &m, Tier tier, const QDate &date)
{
    QString conclusion
        = QStringLiteral("<p>%1</p><p>%2</p><p><b>Nhiệm vụ trọng tâm thời gian tới:</b></p><ul>")
              .arg(QString::fromUtf8(conclusionOpenings[pick(2)]),
                  QString::fromUtf8(conclusionOpenings[2]));
    const int taskCount = 2 + pick(3);
    QList<int> used;
    for (int i = 0; i < taskCount; ++i) {
        int k = pick(std::size(taskTemplates));
        while (used.contains(k))
            k = (k + 1) % int(std::size(taskTemplates));
        used << k;
        Task t;
        t.description = QString::fromUtf8(taskTemplates[k].description);
        t.owner = taskOwner(QString::fromUtf8(taskTemplates[k].owner), tier, date);
        t.due = date.addDays(30 + pick(61));
        conclusion += QStringLiteral("<li>%1.</li>").arg(t.description);
        drawTaskStatus(t, date);
        if (tier == Tier::District && t.status != QLatin1String("done")) {
            // The district level ended: what was left went to the new commune committees.
            t.status = QStringLiteral("cancelled");
            t.completedOn = std::max(date, std::min(t.due, reformDay().addDays(-1)));
            t.completionNote = QStringLiteral(
                "Chuyển giao Ban Chỉ đạo 35 xã, phường tiếp tục thực hiện sau khi kết thúc "
                "hoạt động cấp huyện.");
        }
        m.tasks << t;
    }
    conclusion += QStringLiteral("</ul>");
    m.conclusion = conclusion;
}

void DemoGenerator::drawTaskStatus(Task &t, const QDate &date)
{
    // Older tasks are mostly done; recent ones are still open, some overdue by now.
    const int roll = pick(100);
    const bool old = date < QDate(2025, 6, 1);
    if ((old && roll < 84) || (!old && roll < 35)) {
        t.status = QStringLiteral("done");
        t.completedOn = std::min(t.due.addDays(-pick(20)), lastDay());
        t.completionNote = QStringLiteral("Đã hoàn thành, có báo cáo kết quả.");
    } else if (old && roll < 90) {
        t.status = QStringLiteral("cancelled");
        t.completedOn = std::min(t.due, lastDay());
        t.completionNote = QStringLiteral("Gộp vào nhiệm vụ của kỳ sau.");
    } else {
        t.status = pick(2) ? QStringLiteral("in_progress") : QStringLiteral("open");
    }
}

} // namespace thuky
