// The printed minutes of a meeting: what the clerk reads in the PDF (through pdftotext) and
// in the ODT (content.xml), following SPEC "Printed minutes".

#include <common/testdb.h>
#include <core/documents/partydocument.h>
#include <core/meetings/meetingrepository.h>
#include <core/meetings/minutes.h>
#include <core/meetings/taskrepository.h>
#include <core/roster/rosterrepository.h>

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace thuky;

namespace {
QString runTool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(30000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

/** pdftotext output with runs of spaces collapsed, so that layout columns do not matter. */
QString pdfText(const QString &pdf, bool layout = false)
{
    QStringList args;
    if (layout)
        args << QStringLiteral("-layout");
    args << pdf << QStringLiteral("-");
    return runTool(QStringLiteral("pdftotext"), args);
}

QString flat(QString s)
{
    s.replace(QRegularExpression(QStringLiteral("[ \\t\\x{00A0}]+")), QStringLiteral(" "));
    s.replace(QRegularExpression(QStringLiteral("\\s*\\n\\s*")), QStringLiteral("\n"));
    return s;
}
} // namespace

class TestMinutesContent : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup() { m_db.reset(); }
    void pdfContent();
    void draftPrintsBlankNumber();
    void odtContent();
    void signatureLabelsAreSettings();
    void longMeetingPaginates();
    void marginsAreSettings();
    void unknownMeetingIsInvalidInput();
    void speechWithoutSummary();

private:
    qint64 person(const QString &name, const QString &titles, Role role);
    qint64 createMeeting(int speeches = 3);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_committee = 0;
    qint64 m_head = 0, m_deputy = 0, m_absent = 0, m_delegated = 0, m_secretary = 0;
    QList<qint64> m_members;
};

void TestMinutesContent::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_dir->setAutoRemove(qEnvironmentVariableIsEmpty("THUKY_KEEP"));
    m_db = test::openFresh(QStringLiteral("sqlite"), *m_dir);
    RosterRepository roster(*m_db);
    Committee c;
    c.name = QStringLiteral("Ban Chỉ đạo 35 tỉnh An Giang");
    c.level = QStringLiteral("province");
    c.superiorBody = QStringLiteral("Tỉnh ủy An Giang");
    c.placeName = QStringLiteral("An Giang");
    m_committee = roster.addCommittee(c);
    m_head = person(QStringLiteral("Lò Minh Hùng"),
        QStringLiteral("Phó Bí thư Thường trực Tỉnh ủy"), Role::Head);
    m_deputy = person(QStringLiteral("Đinh Thị Bích Thảo"),
        QStringLiteral("Trưởng ban Tuyên giáo Tỉnh ủy"), Role::StandingDeputy);
    m_absent = person(QStringLiteral("Nguyễn Mạnh Hà"),
        QStringLiteral("Phó Trưởng ban Tuyên giáo Tỉnh ủy"), Role::Deputy);
    m_delegated = person(
        QStringLiteral("Lâm Phước Nguyên"), QStringLiteral("Giám đốc Công an tỉnh"), Role::Member);
    m_members.clear();
    for (const char *n : { "Trần Văn Ân", "Phạm Thị Bình", "Huỳnh Công Cường" })
        m_members << person(QString::fromUtf8(n), QStringLiteral("Ủy viên"), Role::Member);
    m_secretary = person(QStringLiteral("Võ Thị Thu"), QStringLiteral("Chuyên viên Ban Tuyên giáo"),
        Role::SecretariatLead);
    person(QStringLiteral("Đỗ Văn Cộng"), QStringLiteral("Cộng tác viên"), Role::Collaborator);
}

qint64 TestMinutesContent::person(const QString &name, const QString &titles, Role role)
{
    RosterRepository roster(*m_db);
    Person p;
    p.fullName = name;
    p.titles = titles;
    const qint64 id = roster.addPerson(p);
    Membership ms;
    ms.personId = id;
    ms.committeeId = m_committee;
    ms.role = role;
    ms.start = QDate(2021, 1, 15);
    roster.appoint(ms);
    return id;
}

qint64 TestMinutesContent::createMeeting(int speeches)
{
    MeetingRepository repo(*m_db);
    // An earlier meeting leaves one task open.
    Meeting earlier;
    earlier.committeeId = m_committee;
    earlier.title = QStringLiteral("Hội nghị giao ban quý I/2024");
    earlier.start = QDateTime(QDate(2024, 3, 22), QTime(8, 0));
    earlier.chairIds = { m_head };
    Task old;
    old.description = QStringLiteral("Rà soát đội ngũ cộng tác viên");
    old.owner = QStringLiteral("Ban Tuyên giáo");
    old.due = QDate(2024, 5, 31);
    old.status = QStringLiteral("in_progress");
    earlier.tasks = { old };
    repo.create(earlier);

    Meeting m;
    m.committeeId = m_committee;
    m.kind = QStringLiteral("quarterly_briefing");
    m.period = QStringLiteral("2024-Q2");
    m.title = QStringLiteral("Hội nghị giao ban công tác dư luận xã hội quý II năm 2024");
    m.start = QDateTime(QDate(2024, 7, 17), QTime(8, 0));
    m.end = QDateTime(QDate(2024, 7, 17), QTime(11, 30));
    m.place = QStringLiteral("Hội trường Tỉnh ủy An Giang");
    m.chairIds = { m_deputy, m_head };
    m.secretaryId = m_secretary;
    m.guests = { QStringLiteral("Đại diện Đảng ủy Công an tỉnh") };
    m.bridgePoints = { QStringLiteral("Điểm cầu Huyện ủy Châu Phú"),
        QStringLiteral("Điểm cầu Thành ủy Long Xuyên") };
    m.documents = { QStringLiteral("Báo cáo kết quả công tác quý II/2024") };
    m.agenda = { { QStringLiteral("Báo cáo kết quả công tác dư luận xã hội quý II/2024"),
        QStringLiteral("đồng chí Võ Thị Thu, Tổ trưởng Tổ thư ký"), {} } };
    m.attendance = repo.prefillAttendance(m_committee, m.date());
    for (Attendance &a : m.attendance) {
        if (a.personId == m_absent) {
            a.status = QStringLiteral("absent");
            a.reason = QStringLiteral("đi công tác");
        } else if (a.personId == m_delegated) {
            a.status = QStringLiteral("delegate");
            a.reason = QStringLiteral("dự họp khác");
            a.delegate = QStringLiteral("Nguyễn Văn Thế");
        }
    }
    Attendance sec;
    sec.personId = m_secretary;
    sec.role = QStringLiteral("secretariat_lead");
    m.attendance << sec;
    for (int i = 0; i < speeches; ++i) {
        Speech s;
        s.personId = m_members.at(i % m_members.size());
        s.unit = QStringLiteral("Sở Thông tin và Truyền thông");
        s.summary = QStringLiteral(
            "Ý kiến số %1: đề nghị tăng cường chia sẻ thông tin tích cực trên không "
            "gian mạng, phối hợp chặt chẽ với lực lượng nòng cốt và các cơ quan báo "
            "chí trong công tác đấu tranh phản bác.")
                        .arg(i + 1);
        m.speeches << s;
    }
    m.conclusion = QStringLiteral("<p>Hội nghị thống nhất <b>đánh giá cao</b> kết quả quý II.</p>"
                                  "<ul><li>Tiếp tục nắm tình hình tư tưởng.</li></ul>");
    Task t;
    t.description = QStringLiteral("Xây dựng kế hoạch tuyên truyền quý III");
    t.owner = QStringLiteral("Tổ thư ký");
    t.due = QDate(2024, 8, 5);
    m.tasks = { t };
    return repo.create(m);
}

void TestMinutesContent::pdfContent()
{
    const qint64 id = createMeeting();
    MeetingRepository(*m_db).approve(MeetingRepository(*m_db).meetings().first().id);
    QCOMPARE(MeetingRepository(*m_db).approve(id), 2);
    const QString pdf = m_dir->filePath(QStringLiteral("m.pdf"));
    QString error;
    QVERIFY2(MinutesWriter(*m_db).write(id, pdf, &error), qPrintable(error));

    const QString info = runTool(QStringLiteral("pdfinfo"), { pdf });
    QVERIFY2(info.contains(QStringLiteral("(A4)")), qPrintable(info));
    const QString fonts = runTool(QStringLiteral("pdffonts"), { pdf });
    QVERIFY2(fonts.contains(QRegularExpression(
                 QStringLiteral("LiberationSerif\\S*\\s.*\\byes\\s+(yes|no)\\s+yes\\b"))),
        qPrintable(fonts));

    const QString text = flat(pdfText(pdf));
    const QStringList expected = {
        QStringLiteral("TỈNH ỦY AN GIANG"),
        QStringLiteral("BAN CHỈ ĐẠO 35"),
        QStringLiteral("Số 2-BB/BCĐ"),
        QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM"),
        QStringLiteral("An Giang, ngày 17 tháng 7 năm 2024"),
        QStringLiteral("BIÊN BẢN"),
        QStringLiteral("Hội nghị giao ban công tác dư luận xã hội quý II năm 2024"),
        QStringLiteral("Thời gian: vào hồi 8 giờ 00, ngày 17 tháng 7 năm 2024"),
        QStringLiteral("Địa điểm: Hội trường Tỉnh ủy An Giang"),
        QStringLiteral("Nội dung: Báo cáo kết quả công tác dư luận xã hội quý II/2024"),
        QStringLiteral("Người chủ trì: Đồng chí Đinh Thị Bích Thảo, Trưởng ban Tuyên giáo Tỉnh ủy, "
                       "Phó Trưởng ban Thường trực"),
        QStringLiteral("Người ghi biên bản: Đồng chí Võ Thị Thu"),
        QStringLiteral("Tài liệu sử dụng trong hội nghị: Báo cáo kết quả công tác quý II/2024"),
        QStringLiteral("1. Thành phần hội nghị"),
        QStringLiteral("1.1. Đại biểu chính thức"),
        QStringLiteral("Có mặt: 5 đồng chí"),
        QStringLiteral("Vắng mặt: 2 đồng chí"),
        QStringLiteral("Nguyễn Mạnh Hà"),
        QStringLiteral("(đi công tác)"),
        QStringLiteral("cử đồng chí Nguyễn Văn Thế dự thay"),
        QStringLiteral("1.2. Đại biểu mời dự"),
        QStringLiteral("Đại diện Đảng ủy Công an tỉnh"),
        QStringLiteral("2 điểm cầu"),
        QStringLiteral("2. Diễn biến hội nghị"),
        QStringLiteral("trình bày: đồng chí Võ Thị Thu"),
        QStringLiteral("3 lượt ý kiến phát biểu"),
        QStringLiteral("3. Kết luận"),
        QStringLiteral("đánh giá cao"),
        QStringLiteral("Tiếp tục nắm tình hình tư tưởng"),
        QStringLiteral("Xây dựng kế hoạch tuyên truyền quý III"),
        QStringLiteral("05/08/2024"),
        QStringLiteral("Rà soát đội ngũ cộng tác viên"),
        QStringLiteral("đang thực hiện"),
        QStringLiteral("Hội nghị kết thúc vào hồi 11 giờ 30"),
        QStringLiteral("NGƯỜI GHI BIÊN BẢN"),
        QStringLiteral("CHỦ TRÌ HỘI NGHỊ"),
    };
    const QString joined = QString(text).replace(QLatin1Char('\n'), QLatin1Char(' '));
    for (const QString &e : expected)
        QVERIFY2(joined.contains(e), qPrintable(e + QStringLiteral("\n---\n") + text));
    // The names sit under the signature labels: the recorder left, the (first) chair right.
    const QString layout = pdfText(pdf, true);
    const QStringList lines = layout.split(QLatin1Char('\n'));
    int labelLine = -1;
    for (int i = 0; i < lines.size(); ++i)
        if (lines.at(i).contains(QStringLiteral("NGƯỜI GHI BIÊN BẢN"))
            && lines.at(i).contains(QStringLiteral("CHỦ TRÌ HỘI NGHỊ")))
            labelLine = i;
    QVERIFY(labelLine > 0);
    int nameLine = -1;
    for (int i = labelLine + 1; i < lines.size(); ++i)
        if (lines.at(i).contains(QStringLiteral("Võ Thị Thu"))) {
            nameLine = i;
            break;
        }
    QVERIFY(nameLine > labelLine);
    QVERIFY(lines.at(nameLine).contains(QStringLiteral("Đinh Thị Bích Thảo")));
    QVERIFY(lines.at(nameLine).indexOf(QStringLiteral("Võ Thị Thu"))
        < lines.at(nameLine).indexOf(QStringLiteral("Đinh Thị Bích Thảo")));
    // Collaborators are not part of the attendance; absentees are counted, not the secretariat.
    QVERIFY(!joined.contains(QStringLiteral("Đỗ Văn Cộng")));
}

void TestMinutesContent::draftPrintsBlankNumber()
{
    const qint64 id = createMeeting();
    const QString pdf = m_dir->filePath(QStringLiteral("draft.pdf"));
    QVERIFY(MinutesWriter(*m_db).write(id, pdf));
    const QString text = flat(pdfText(pdf));
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("Số\\s+-BB/BCĐ"))));
    // Approve, reopen: the draft prints blank again.
    MeetingRepository repo(*m_db);
    repo.approve(id);
    QVERIFY(MinutesWriter(*m_db).write(id, pdf));
    QVERIFY(flat(pdfText(pdf)).contains(QStringLiteral("Số 1-BB/BCĐ")));
    repo.reopen(id, QStringLiteral("sửa"));
    QVERIFY(MinutesWriter(*m_db).write(id, pdf));
    QVERIFY(flat(pdfText(pdf)).contains(QRegularExpression(QStringLiteral("Số\\s+-BB/BCĐ"))));
}

void TestMinutesContent::odtContent()
{
    const qint64 id = createMeeting();
    const QString odt = m_dir->filePath(QStringLiteral("m.odt"));
    QVERIFY(MinutesWriter(*m_db).write(id, odt));
    QString xml = runTool(
        QStringLiteral("unzip"), { QStringLiteral("-p"), odt, QStringLiteral("content.xml") });
    // Strip the markup between words.
    xml.replace(QRegularExpression(QStringLiteral("<text:s[^>]*/>")), QStringLiteral(" "));
    xml.replace(QRegularExpression(QStringLiteral("<[^>]+>")), QString());
    for (const QString &e : { QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM"), QStringLiteral("BIÊN BẢN"),
             QStringLiteral("An Giang, ngày 17 tháng 7 năm 2024"),
             QStringLiteral("Có mặt: 5 đồng chí"), QStringLiteral("Vắng mặt: 2 đồng chí"),
             QStringLiteral("3 lượt ý kiến phát biểu"),
             QStringLiteral("Xây dựng kế hoạch tuyên truyền quý III"),
             QStringLiteral("NGƯỜI GHI BIÊN BẢN"), QStringLiteral("CHỦ TRÌ HỘI NGHỊ"),
             QStringLiteral("Đinh Thị Bích Thảo") })
        QVERIFY2(xml.contains(e), qPrintable(e));
}

void TestMinutesContent::signatureLabelsAreSettings()
{
    const qint64 id = createMeeting();
    m_db->exec(QStringLiteral(
        "INSERT INTO settings (key, value) VALUES ('minutes.signature_left', 'THƯ KÝ HỘI NGHỊ')"));
    const QString pdf = m_dir->filePath(QStringLiteral("s.pdf"));
    QVERIFY(MinutesWriter(*m_db).write(id, pdf));
    const QString text = flat(pdfText(pdf));
    QVERIFY(text.contains(QStringLiteral("THƯ KÝ HỘI NGHỊ")));
    QVERIFY(!text.contains(QStringLiteral("NGƯỜI GHI BIÊN BẢN")));
    QVERIFY(text.contains(QStringLiteral("CHỦ TRÌ HỘI NGHỊ")));
}

void TestMinutesContent::longMeetingPaginates()
{
    const qint64 id = createMeeting(120);
    const QString pdf = m_dir->filePath(QStringLiteral("long.pdf"));
    QVERIFY(MinutesWriter(*m_db).write(id, pdf));
    QStringList pages = pdfText(pdf, true).split(QLatin1Char('\f'));
    if (pages.last().trimmed().isEmpty())
        pages.removeLast();
    QVERIFY2(pages.size() >= 8, qPrintable(QString::number(pages.size())));
    // No number on page 1; "N" alone on the first line of page N from page 2.
    QVERIFY(!pages.first()
                 .trimmed()
                 .section(QLatin1Char('\n'), 0, 0)
                 .trimmed()
                 .contains(QRegularExpression(QStringLiteral("^\\d+$"))));
    for (int i = 1; i < pages.size(); ++i)
        QCOMPARE(pages.at(i).trimmed().section(QLatin1Char('\n'), 0, 0).trimmed(),
            QString::number(i + 1));
    // Every speech made it whole (nothing clipped at page breaks).
    QStringList bodies;
    for (int i = 0; i < pages.size(); ++i)
        bodies << (i == 0 ? pages.at(i) : pages.at(i).trimmed().section(QLatin1Char('\n'), 1));
    const QString all
        = flat(bodies.join(QLatin1Char('\n'))).replace(QLatin1Char('\n'), QLatin1Char(' '));
    for (int i = 1; i <= 120; ++i)
        QVERIFY2(all.contains(QStringLiteral("Ý kiến số %1: đề nghị").arg(i)),
            qPrintable(QString::number(i)));
    // …and only once: no line of a neighbouring page hides in the margins.
    QCOMPARE(all.count(QStringLiteral("phối hợp chặt chẽ với lực lượng nòng cốt")), 120);
    QCOMPARE(all.count(QStringLiteral("Ý kiến số 77:")), 1);
    QVERIFY(all.contains(QStringLiteral("120 lượt ý kiến phát biểu")));
    // The signature labels and names are on the last page, together.
    QVERIFY(pages.last().contains(QStringLiteral("CHỦ TRÌ HỘI NGHỊ")));
    QVERIFY(pages.last().contains(QStringLiteral("Đinh Thị Bích Thảo")));
}

void TestMinutesContent::marginsAreSettings()
{
    const qint64 id = createMeeting();
    auto firstWordX = [&](const QString &name) {
        const QString pdf = m_dir->filePath(name);
        MinutesWriter(*m_db).write(id, pdf);
        const QString xml = runTool(
            QStringLiteral("pdftotext"), { QStringLiteral("-bbox"), pdf, QStringLiteral("-") });
        const QRegularExpressionMatch m
            = QRegularExpression(QStringLiteral("xMin=\"([0-9.]+)\"[^>]*>Thời<")).match(xml);
        return m.hasMatch() ? m.captured(1).toDouble() : -1.0;
    };
    // Default: left margin 30 mm plus the 10 mm first-line indent.
    const double x30 = firstWordX(QStringLiteral("m30.pdf"));
    QVERIFY2(qAbs(x30 - 40 / 25.4 * 72) < 1.5, qPrintable(QString::number(x30)));
    m_db->exec(
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('document.margin_left', '35')"));
    const double x35 = firstWordX(QStringLiteral("m35.pdf"));
    QVERIFY2(qAbs(x35 - 45 / 25.4 * 72) < 1.5, qPrintable(QString::number(x35)));
}

void TestMinutesContent::unknownMeetingIsInvalidInput()
{
    QVERIFY_THROWS_EXCEPTION(
        ValidationError, MinutesWriter(*m_db).write(999, m_dir->filePath(QStringLiteral("x.pdf"))));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("x.pdf"))));
}

void TestMinutesContent::speechWithoutSummary()
{
    const qint64 id = createMeeting(2);
    MeetingRepository repo(*m_db);
    Meeting m = *repo.meeting(id);
    m.speeches[0].summary.clear();
    repo.update(m);
    const QString pdf = m_dir->filePath(QStringLiteral("s.pdf"));
    QVERIFY(MinutesWriter(*m_db).write(id, pdf));
    const QString text = flat(pdfText(pdf)).replace(QLatin1Char('\n'), QLatin1Char(' '));
    // Listed all the same, without an empty ": ".
    QVERIFY2(text.contains(QStringLiteral("(Sở Thông tin và Truyền thông) phát biểu ý kiến.")),
        qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("(Sở Thông tin và Truyền thông): Ý kiến số 2")));
    QVERIFY(text.contains(QStringLiteral("2 lượt ý kiến phát biểu")));
}

QTEST_MAIN(TestMinutesContent)
#include "tst_minutescontent.moc"
