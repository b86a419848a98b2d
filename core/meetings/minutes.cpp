#include <core/meetings/minutes.h>

#include <core/db/database.h>
#include <core/db/roles.h>
#include <core/db/settingsrepository.h>
#include <core/documents/partydocument.h>
#include <core/meetings/meetingrepository.h>
#include <core/roster/rosterrepository.h>
#include <core/text/vndate.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTextDocument>

namespace thuky {

// The minutes are an official Vietnamese document: their wording is fixed Vietnamese text,
// not interface text, and is deliberately not passed through Tr::tr().

namespace {
// The context of this file's messages, seen by lupdate in member and free functions alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(thuky::MinutesWriter)
};

QString roleVietnamese(const QString &code)
{
    static const QHash<QString, QString> labels = {
        { QStringLiteral("head"), QStringLiteral("Trưởng ban") },
        { QStringLiteral("standing_deputy"), QStringLiteral("Phó Trưởng ban Thường trực") },
        { QStringLiteral("deputy"), QStringLiteral("Phó Trưởng ban") },
        { QStringLiteral("member"), QStringLiteral("Ủy viên") },
        { QStringLiteral("secretariat_lead"), QStringLiteral("Tổ trưởng Tổ thư ký") },
        { QStringLiteral("secretariat"), QStringLiteral("Thành viên Tổ thư ký") },
        { QStringLiteral("expert"), QStringLiteral("Thành viên Nhóm chuyên gia") },
        { QStringLiteral("core"), QStringLiteral("Lực lượng nòng cốt") },
        { QStringLiteral("collaborator"), QStringLiteral("Cộng tác viên") },
    };
    return labels.value(code);
}

QString setting(Database &db, const char *key, const QString &fallback)
{
    return SettingsRepository(db).value(QLatin1String(key), fallback);
}

QString withPeriod(QString s)
{
    s = s.trimmed();
    if (s.isEmpty())
        return s;
    const QChar last = s.at(s.size() - 1);
    if (last != QLatin1Char('.') && last != QLatin1Char(';') && last != QLatin1Char(':')
        && last != QLatin1Char('!') && last != QLatin1Char('?'))
        s += QLatin1Char('.');
    return s;
}

QString clock(const QTime &t)
{
    return QStringLiteral("%1 giờ %2").arg(t.hour()).arg(t.minute(), 2, 10, QLatin1Char('0'));
}
/** What every section of the minutes reads: the meeting, its committee, the roster. */
struct MinutesSource
{
    Database &db;
    const Meeting &m;
    RosterRepository &roster;
    const std::optional<Committee> &committee;

    /**
     * "Đồng chí Đại tá Nguyễn Văn A, Giám đốc Công an tỉnh, Phó Trưởng ban Ban Chỉ đạo 35
     * tỉnh": the person with the role held in the committee on the meeting's day.
     */
    QString describe(qint64 personId) const
    {
        const auto p = roster.person(personId);
        if (!p)
            return QString();
        QString text = QStringLiteral("Đồng chí ");
        if (!p->honorific.isEmpty())
            text += p->honorific + QLatin1Char(' ');
        text += p->fullName;
        if (!p->titles.isEmpty())
            text += QStringLiteral(", ") + p->titles;
        const std::optional<Role> role = roster.roleOn(personId, m.committeeId, m.date());
        if (role && committee) {
            const QString code = Roles::code(*role);
            if (code == QLatin1String("head") || code == QLatin1String("standing_deputy")
                || code == QLatin1String("deputy") || code == QLatin1String("member"))
                text += QStringLiteral(", %1 %2").arg(roleVietnamese(code), committee->name);
            else
                text += QStringLiteral(", %1").arg(roleVietnamese(code));
        }
        return text;
    }

    QString nameOf(qint64 personId) const
    {
        const auto p = roster.person(personId);
        return p ? p->fullName : QString();
    }
};

/** "- <task>. Thực hiện: <owner>; thời hạn: <due>", without the final full stop. */
QString taskLine(const Task &t)
{
    QString line = QStringLiteral("- %1 Thực hiện: %2").arg(withPeriod(t.description), t.owner);
    if (t.due.isValid())
        line += QStringLiteral("; thời hạn: %1").arg(VnDate::display(t.due));
    return line;
}

// One function per part of the minutes, in the order SPEC.md "Printed minutes" lists them.

void addHeader(const MinutesSource &src, PartyDocument &doc)
{
    const Meeting &m = src.m;
    PartyDocument::Header header;
    if (src.committee) {
        header.superiorBody = src.committee->superiorBody;
        header.issuer = PartyDocument::shortIssuer(src.committee->name, src.committee->placeName);
        header.place = src.committee->placeName;
    }
    // A draft prints its number blank, even when it had one before being reopened.
    header.number = PartyDocument::numberLine(m.isApproved() ? m.number : 0,
        setting(
            src.db, SettingsRepository::NumberSuffix, SettingsRepository::defaultNumberSuffix()));
    header.date = m.date();
    doc.setHeader(header);
}

void addTitle(const MinutesSource &src, PartyDocument &doc)
{
    QString name = src.m.title.trimmed();
    if (!name.startsWith(QStringLiteral("Hội nghị"), Qt::CaseInsensitive))
        name = QStringLiteral("Hội nghị ") + name;
    doc.setTitle(QStringLiteral("BIÊN BẢN"), name);
}

/** Time, place, content, chairs, recorder, documents (16-HD/VPTW). */
void addOpening(const MinutesSource &src, PartyDocument &doc)
{
    const Meeting &m = src.m;
    doc.addParagraph(withPeriod(MinutesWriter::timeLine(m.start)), QStringLiteral("Thời gian: "));
    doc.addParagraph(withPeriod(m.place), QStringLiteral("Địa điểm: "));
    QStringList content;
    for (const AgendaItem &item : m.agenda)
        content << item.title;
    doc.addParagraph(withPeriod(content.isEmpty() ? m.title : content.join(QStringLiteral("; "))),
        QStringLiteral("Nội dung: "));
    QStringList chairs;
    for (qint64 id : m.chairIds)
        chairs << src.describe(id);
    doc.addParagraph(
        withPeriod(chairs.join(QStringLiteral("; "))), QStringLiteral("Người chủ trì: "));
    doc.addParagraph(withPeriod(m.secretaryId ? src.describe(m.secretaryId) : QString()),
        QStringLiteral("Người ghi biên bản: "));
    QStringList documents = m.documents;
    for (const AgendaItem &item : m.agenda) {
        for (const QString &d : item.documents.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            if (!documents.contains(d.trimmed()))
                documents << d.trimmed();
    }
    doc.addParagraph(withPeriod(documents.join(QStringLiteral("; "))),
        QStringLiteral("Tài liệu sử dụng trong hội nghị: "));
}

/** 1.1: the official delegates present and absent, then the others who attended. */
void addOfficialDelegates(const Meeting &m, PartyDocument &doc)
{
    doc.addHeading(QStringLiteral("1.1. Đại biểu chính thức"));
    QList<Attendance> present, absent, others;
    for (const Attendance &a : m.attendance) {
        if (!a.isOfficial()) {
            if (a.status == QLatin1String("present"))
                others << a;
        } else if (a.status == QLatin1String("present")) {
            present << a;
        } else {
            absent << a;
        }
    }
    doc.addParagraph(QStringLiteral("Tổng số đại biểu chính thức được triệu tập: %1 đồng chí.")
                         .arg(present.size() + absent.size()));
    doc.addParagraph(
        QStringLiteral("%1 đồng chí.").arg(present.size()), QStringLiteral("Có mặt: "));
    doc.addParagraph(QStringLiteral("%1 đồng chí%2")
                         .arg(absent.size())
                         .arg(absent.isEmpty() ? QStringLiteral(".") : QStringLiteral(":")),
        QStringLiteral("Vắng mặt: "));
    for (const Attendance &a : absent) {
        QString line = QStringLiteral("- Đồng chí %1").arg(a.personName);
        if (!a.titles.isEmpty())
            line += QStringLiteral(", ") + a.titles;
        line += QStringLiteral(" (%1)").arg(
            a.reason.isEmpty() ? QStringLiteral("không rõ lý do") : a.reason);
        if (a.status == QLatin1String("delegate"))
            line += QStringLiteral(", cử đồng chí %1 dự thay").arg(a.delegate);
        doc.addListItem(withPeriod(line));
    }
    if (!others.isEmpty()) {
        QStringList roles;
        for (const Attendance &a : others) {
            const QString r = a.role.startsWith(QLatin1String("secretariat"))
                ? QStringLiteral("Tổ thư ký")
                : a.role == QLatin1String("expert") ? QStringLiteral("Nhóm chuyên gia")
                                                    : roleVietnamese(a.role);
            if (!r.isEmpty() && !roles.contains(r))
                roles << r;
        }
        doc.addParagraph(QStringLiteral("Dự hội nghị còn có %1 đồng chí thuộc %2.")
                             .arg(others.size())
                             .arg(roles.join(QStringLiteral(", "))));
    }
}

/** 1. Thành phần hội nghị: official delegates, guests (1.2), bridge points. */
void addAttendance(const MinutesSource &src, PartyDocument &doc)
{
    const Meeting &m = src.m;
    doc.addHeading(QStringLiteral("1. Thành phần hội nghị"));
    addOfficialDelegates(m, doc);
    doc.addHeading(QStringLiteral("1.2. Đại biểu mời dự"));
    if (m.guests.isEmpty())
        doc.addParagraph(QStringLiteral("Không có."));
    for (const QString &g : m.guests)
        doc.addListItem(withPeriod(QStringLiteral("- ") + g));
    if (!m.bridgePoints.isEmpty()) {
        doc.addParagraph(QStringLiteral("Hội nghị được kết nối trực tuyến đến %1 điểm cầu: %2.")
                             .arg(m.bridgePoints.size())
                             .arg(m.bridgePoints.join(QStringLiteral("; "))));
    }
}

/** 2. Diễn biến hội nghị: the agenda with presenters, the speeches and their count. */
void addProceedings(const MinutesSource &src, PartyDocument &doc)
{
    const Meeting &m = src.m;
    doc.addHeading(QStringLiteral("2. Diễn biến hội nghị"));
    int n = 0;
    for (const AgendaItem &item : m.agenda) {
        QString line = QStringLiteral("%1) %2").arg(++n).arg(item.title);
        if (!item.presenter.isEmpty())
            line += QStringLiteral(" — trình bày: %1").arg(item.presenter);
        doc.addListItem(withPeriod(line));
    }
    if (!m.speeches.isEmpty())
        doc.addParagraph(QStringLiteral("Ý kiến phát biểu tại hội nghị:"));
    for (const Speech &s : m.speeches) {
        QString lead = QStringLiteral("- Đồng chí %1").arg(s.speakerName());
        if (!s.unit.isEmpty())
            lead += QStringLiteral(" (%1)").arg(s.unit);
        // Remarks not summed up: the speaker is listed all the same.
        if (s.summary.trimmed().isEmpty())
            doc.addListItem(QStringLiteral("phát biểu ý kiến."), lead + QLatin1Char(' '));
        else
            doc.addListItem(withPeriod(s.summary), lead + QStringLiteral(": "));
    }
    doc.addParagraph(
        QStringLiteral("Hội nghị đã có %1 lượt ý kiến phát biểu.").arg(m.speeches.size()));
}

/** 3. Kết luận: the conclusion, the tasks assigned and carried over, the closing time. */
void addConclusion(const MinutesSource &src, const QList<Task> &carried, PartyDocument &doc)
{
    const Meeting &m = src.m;
    doc.addHeading(QStringLiteral("3. Kết luận"));
    if (!m.chairIds.isEmpty())
        doc.addParagraph(QStringLiteral("Thay mặt chủ trì hội nghị, đồng chí %1 kết luận:")
                             .arg(src.nameOf(m.chairIds.first())));
    if (Qt::mightBeRichText(m.conclusion)) {
        doc.addHtml(m.conclusion);
    } else {
        for (const QString &p : m.conclusion.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            doc.addParagraph(p.trimmed());
    }
    if (!m.tasks.isEmpty()) {
        doc.addParagraph(QStringLiteral("Nhiệm vụ được giao:"), {});
        for (const Task &t : m.tasks)
            doc.addListItem(withPeriod(taskLine(t)));
    }
    if (!carried.isEmpty()) {
        doc.addParagraph(QStringLiteral("Nhiệm vụ từ các hội nghị trước tiếp tục theo dõi:"));
        for (const Task &t : carried) {
            const QString line = taskLine(t)
                + QStringLiteral(" (hội nghị ngày %1) — tình trạng: %2")
                      .arg(VnDate::display(t.meetingDate), TaskStatuses::vietnamese(t.status));
            doc.addListItem(withPeriod(line));
        }
    }
    if (m.end.isValid()) {
        QString closing = QStringLiteral("Hội nghị kết thúc vào hồi %1").arg(clock(m.end.time()));
        closing += m.end.date() == m.start.date()
            ? QStringLiteral(" cùng ngày")
            : QStringLiteral(", ") + VnDate::longVietnamese(m.end.date());
        doc.addParagraph(withPeriod(closing));
    }
    doc.addParagraph(QStringLiteral("Biên bản đã được thông qua tại hội nghị."));
}

void addSignatures(const MinutesSource &src, PartyDocument &doc)
{
    const Meeting &m = src.m;
    PartyDocument::Signature left { setting(src.db, SettingsRepository::SignatureLeft,
                                        SettingsRepository::defaultSignatureLeft()),
        {}, m.secretaryId ? src.nameOf(m.secretaryId) : QString() };
    PartyDocument::Signature right { setting(src.db, SettingsRepository::SignatureRight,
                                         SettingsRepository::defaultSignatureRight()),
        {}, m.chairIds.isEmpty() ? QString() : src.nameOf(m.chairIds.first()) };
    doc.setSignatures(left, right);
}

} // namespace

MinutesWriter::MinutesWriter(Database &db)
    : m_db(db)
{
}

QString MinutesWriter::timeLine(const QDateTime &time)
{
    return QStringLiteral("vào hồi %1, %2")
        .arg(clock(time.time()), VnDate::longVietnamese(time.date()));
}

bool MinutesWriter::isSupportedPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("pdf") || suffix == QLatin1String("odt");
}

void MinutesWriter::build(qint64 meetingId, PartyDocument &doc)
{
    MeetingRepository meetings(m_db);
    const auto found = meetings.meeting(meetingId);
    if (!found)
        throw ValidationError(
            QStringLiteral("id"), Tr::tr("There is no meeting %1.").arg(meetingId));
    RosterRepository roster(m_db);
    const auto committee = roster.committee(found->committeeId);
    const MinutesSource src { m_db, *found, roster, committee };

    addHeader(src, doc);
    addTitle(src, doc);
    addOpening(src, doc);
    addAttendance(src, doc);
    addProceedings(src, doc);
    addConclusion(src, meetings.carriedOver(meetingId), doc);
    addSignatures(src, doc);
}

bool MinutesWriter::write(qint64 meetingId, const QString &path, QString *error)
{
    PartyDocument doc(DocumentPageSettings::fromDatabase(m_db));
    build(meetingId, doc);
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool ok = suffix == QLatin1String("odt") ? doc.writeOdt(path) : doc.writePdf(path);
    if (!ok && error)
        *error = doc.errorString();
    return ok;
}

void MinutesWriter::print(qint64 meetingId, QPagedPaintDevice *device)
{
    PartyDocument doc(DocumentPageSettings::fromDatabase(m_db));
    build(meetingId, doc);
    doc.print(device);
}

} // namespace thuky
