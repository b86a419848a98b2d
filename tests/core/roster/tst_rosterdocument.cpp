// The printed roster: the header of the committee, the title with the date or the decision it
// is the annex of, the members as of the date in role order and Vietnamese name order, page
// numbers and the repeated table header on a long list, and the ODT.

#include <common/printedtext.h>
#include <common/testdb.h>
#include <core/documents/partydocument.h>
#include <core/roster/rosterdocument.h>
#include <core/roster/rosterrepository.h>

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace thuky;

class TestRosterDocument : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void headerTitleAndDate_data() { test::addBackendRows(); }
    void headerTitleAndDate();
    void membersAsOfTheDate_data() { test::addBackendRows(); }
    void membersAsOfTheDate();
    void roleOrderThenVietnameseNames_data() { test::addBackendRows(); }
    void roleOrderThenVietnameseNames();
    void annexOfADecision_data() { test::addBackendRows(); }
    void annexOfADecision();
    void longListRepeatsHeaderAndNumbersPages_data() { test::addBackendRows(); }
    void longListRepeatsHeaderAndNumbersPages();
    void committeeWithoutMembers_data() { test::addBackendRows(); }
    void committeeWithoutMembers();
    void unknownCommitteeIsRefused_data() { test::addBackendRows(); }
    void unknownCommitteeIsRefused();
    void odtHoldsTheNames_data() { test::addBackendRows(); }
    void odtHoldsTheNames();

private:
    qint64 person(const QString &name, const QString &honorific = {}, const QString &titles = {},
        const QString &organisation = {});
    qint64 appoint(qint64 personId, Role role, const QDate &start, const QDate &end = {},
        const QString &decision = QStringLiteral("Quyết định số 45-QĐ/TU"), qint64 committee = 0);
    QString pdf(const RosterDocument::Options &options, const QString &name = QStringLiteral("r"));

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_province = 0;
    qint64 m_district = 0;
};

void TestRosterDocument::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_dir->setAutoRemove(qEnvironmentVariableIsEmpty("THUKY_KEEP"));
    QString backend = QStringLiteral("sqlite");
    if (QTest::currentDataTag() && QByteArray(QTest::currentDataTag()) == "postgresql")
        backend = QStringLiteral("postgresql");
    m_db = test::openFresh(backend, *m_dir);
    RosterRepository roster(*m_db);
    Committee c;
    c.name = QStringLiteral("Ban Chỉ đạo 35 tỉnh An Giang");
    c.level = QStringLiteral("province");
    c.superiorBody = QStringLiteral("Tỉnh ủy An Giang");
    c.placeName = QStringLiteral("An Giang");
    m_province = roster.addCommittee(c);
    c.name = QStringLiteral("Ban Chỉ đạo 35 huyện Tri Tôn");
    c.level = QStringLiteral("district");
    c.parentId = m_province;
    c.superiorBody = QStringLiteral("Huyện ủy Tri Tôn");
    c.placeName = QStringLiteral("Tri Tôn");
    m_district = roster.addCommittee(c);
}

void TestRosterDocument::cleanup()
{
    m_db.reset();
}

qint64 TestRosterDocument::person(const QString &name, const QString &honorific,
    const QString &titles, const QString &organisation)
{
    Person p;
    p.fullName = name;
    p.honorific = honorific;
    p.titles = titles;
    p.organisation = organisation;
    return RosterRepository(*m_db).addPerson(p);
}

qint64 TestRosterDocument::appoint(qint64 personId, Role role, const QDate &start, const QDate &end,
    const QString &decision, qint64 committee)
{
    Membership m;
    m.personId = personId;
    m.committeeId = committee ? committee : m_province;
    m.role = role;
    m.start = start;
    m.end = end;
    m.decision = decision;
    return RosterRepository(*m_db).appoint(m);
}

QString TestRosterDocument::pdf(const RosterDocument::Options &options, const QString &name)
{
    const QString path = m_dir->filePath(name + QStringLiteral(".pdf"));
    QString error;
    if (!RosterDocument(*m_db).write(options, path, &error))
        qWarning() << "cannot write" << path << error;
    return path;
}

void TestRosterDocument::headerTitleAndDate()
{
    QFETCH(QString, backend);
    appoint(person(QStringLiteral("Nguyễn Văn Hùng"), QStringLiteral("Đại tá"),
                QStringLiteral("Giám đốc Công an tỉnh"), QStringLiteral("Công an tỉnh")),
        Role::Head, QDate(2021, 3, 1));
    RosterDocument::Options o;
    o.asOf = QDate(2024, 7, 17);
    o.issuedOn = QDate(2024, 7, 18);
    const QString file = pdf(o); // no committee: the top-level one
    const QString text = test::pdfText(file);
    for (const char *expected : { "TỈNH ỦY AN GIANG", "BAN CHỈ ĐẠO 35", "ĐẢNG CỘNG SẢN VIỆT NAM",
             "An Giang, ngày 18 tháng 7 năm 2024", "DANH SÁCH THÀNH VIÊN BAN CHỈ ĐẠO 35 TỈNH",
             "(tính đến ngày 17/07/2024)", "Tổng số: 1 đồng chí.", "STT", "Họ và tên", "Chức vụ",
             "Cơ quan", "Quyết định", "Từ ngày", "I. Trưởng ban", "Đại tá", "Nguyễn Văn Hùng",
             "Giám đốc Công an tỉnh", "Quyết định số", "01/03/2021" })
        QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
    QVERIFY(!text.contains(QStringLiteral("Tri Tôn")));
    // Liberation Serif embedded, so that the Vietnamese prints on any machine.
    const QStringList fonts = test::pdfFonts(file).split(QLatin1Char('\n'));
    const QStringList serif = fonts.filter(QStringLiteral("LiberationSerif"));
    QVERIFY2(!serif.isEmpty(), qPrintable(fonts.join(QLatin1Char('\n'))));
    for (const QString &line : serif) // embedded, with a Unicode map
        QVERIFY2(line.contains(QRegularExpression(QStringLiteral("\\byes\\s+(yes|no)\\s+yes\\b"))),
            qPrintable(line));
    QVERIFY(test::runTool(QStringLiteral("pdfinfo"), { file }).contains(QStringLiteral("(A4)")));

    // A district committee prints under its own header.
    o.committeeId = m_district;
    const QString district = test::pdfText(pdf(o, QStringLiteral("district")));
    QVERIFY(district.contains(QStringLiteral("HUYỆN ỦY TRI TÔN")));
    QVERIFY(district.contains(QStringLiteral("Tri Tôn, ngày 18 tháng 7 năm 2024")));
}

void TestRosterDocument::membersAsOfTheDate()
{
    QFETCH(QString, backend);
    const qint64 oldHead = person(QStringLiteral("Trần Văn Cũ"));
    const qint64 ms = appoint(oldHead, Role::Head, QDate(2021, 1, 15));
    RosterRepository(*m_db).reorganise(ms, 1, person(QStringLiteral("Lê Hữu Mới")),
        QDate(2024, 7, 1), QStringLiteral("Quyết định số 1025-QĐ/TU"));
    appoint(person(QStringLiteral("Võ Văn Sau")), Role::Member, QDate(2024, 8, 1));
    appoint(person(QStringLiteral("Hồ Thị Thôi")), Role::Member, QDate(2021, 1, 15),
        QDate(2023, 12, 31));
    appoint(person(QStringLiteral("Đinh Văn Khác")), Role::Member, QDate(2021, 1, 15), {},
        QStringLiteral("Quyết định số 9-QĐ/HU"), m_district);

    RosterDocument::Options o;
    o.committeeId = m_province;
    o.asOf = QDate(2024, 6, 30);
    QString text = test::pdfText(pdf(o, QStringLiteral("june")));
    QVERIFY(text.contains(QStringLiteral("Trần Văn Cũ")));
    QVERIFY(!text.contains(QStringLiteral("Lê Hữu Mới")));
    QVERIFY(!text.contains(QStringLiteral("Võ Văn Sau")));
    QVERIFY(!text.contains(QStringLiteral("Hồ Thị Thôi")));
    QVERIFY(!text.contains(QStringLiteral("Đinh Văn Khác"))); // another committee
    QVERIFY(text.contains(QStringLiteral("(tính đến ngày 30/06/2024)")));

    o.asOf = QDate(2024, 8, 1);
    text = test::pdfText(pdf(o, QStringLiteral("august")));
    QVERIFY(!text.contains(QStringLiteral("Trần Văn Cũ")));
    QVERIFY(text.contains(QStringLiteral("Lê Hữu Mới")));
    QVERIFY(text.contains(QStringLiteral("Quyết định số")));
    QVERIFY(text.contains(QStringLiteral("1025-QĐ/TU")));
    QVERIFY(text.contains(QStringLiteral("01/07/2024")));
    QVERIFY(text.contains(QStringLiteral("Võ Văn Sau")));
    QVERIFY(text.contains(QStringLiteral("Tổng số: 2 đồng chí.")));
}

void TestRosterDocument::roleOrderThenVietnameseNames()
{
    QFETCH(QString, backend);
    const QDate start(2022, 5, 2);
    // Appointed out of order; printed in SPEC.md's role order, names by given name
    // (a á … b … d đ), numbered on through the groups.
    appoint(person(QStringLiteral("Nguyễn Văn Đức")), Role::Member, start);
    appoint(person(QStringLiteral("Mai Thị Cộng")), Role::Collaborator, start);
    appoint(person(QStringLiteral("Phạm Văn Dũng")), Role::Member, start);
    appoint(person(QStringLiteral("Trần Thị Bích")), Role::Member, start);
    appoint(person(QStringLiteral("Lý Văn Trưởng")), Role::Head, start);
    appoint(person(QStringLiteral("Lê Văn Ánh")), Role::Member, start);
    appoint(person(QStringLiteral("Đoàn Thị Thư")), Role::Secretariat, start);
    appoint(person(QStringLiteral("Hà Văn Thường")), Role::StandingDeputy, start);
    appoint(person(QStringLiteral("Tô Thị Phó")), Role::Deputy, start);
    appoint(person(QStringLiteral("Vũ Văn Lead")), Role::SecretariatLead, start);
    appoint(person(QStringLiteral("Kim Văn Gia")), Role::Expert, start);
    appoint(person(QStringLiteral("Cao Văn Lõi")), Role::Core, start);
    RosterDocument::Options o;
    o.asOf = QDate(2024, 1, 1);
    const QString text = test::pdfText(pdf(o));
    QVERIFY2(test::inOrder(text,
                 { QStringLiteral("I. Trưởng ban"), QStringLiteral("Lý Văn Trưởng"),
                     QStringLiteral("II. Phó Trưởng ban Thường trực"),
                     QStringLiteral("Hà Văn Thường"), QStringLiteral("III. Phó Trưởng ban"),
                     QStringLiteral("Tô Thị Phó"), QStringLiteral("IV. Ủy viên"),
                     QStringLiteral("Lê Văn Ánh"), QStringLiteral("Trần Thị Bích"),
                     QStringLiteral("Phạm Văn Dũng"), QStringLiteral("Nguyễn Văn Đức"),
                     QStringLiteral("V. Tổ trưởng Tổ thư ký"), QStringLiteral("Vũ Văn Lead"),
                     QStringLiteral("VI. Thành viên Tổ thư ký"), QStringLiteral("Đoàn Thị Thư"),
                     QStringLiteral("VII. Nhóm chuyên gia"), QStringLiteral("Kim Văn Gia"),
                     QStringLiteral("VIII. Lực lượng nòng cốt"), QStringLiteral("Cao Văn Lõi"),
                     QStringLiteral("IX. Cộng tác viên"), QStringLiteral("Mai Thị Cộng") }),
        qPrintable(text));
    // Numbered 1 to 12 through the groups: the last row carries 12.
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("\\b12\\s+Mai Thị Cộng"))));
    QCOMPARE(RosterDocument::roleHeading(Role::StandingDeputy),
        QStringLiteral("Phó Trưởng ban Thường trực"));
}

void TestRosterDocument::annexOfADecision()
{
    QFETCH(QString, backend);
    appoint(person(QStringLiteral("Lê Hữu Mới")), Role::Head, QDate(2025, 7, 1), {},
        QStringLiteral("Quyết định số 1025-QĐ/TU"));
    RosterDocument::Options o;
    o.asOf = QDate(2025, 7, 1);
    o.annexOf = QStringLiteral("Quyết định số 1025-QĐ/TU ngày 01/7/2025 của Ban Thường vụ Tỉnh ủy");
    const QString text = test::pdfText(pdf(o));
    QVERIFY(text.contains(QStringLiteral("(Kèm theo Quyết định số 1025-QĐ/TU ngày 01/7/2025")));
    QVERIFY(!text.contains(QStringLiteral("tính đến ngày")));
    QVERIFY(text.contains(QStringLiteral("Lê Hữu Mới")));
}

void TestRosterDocument::longListRepeatsHeaderAndNumbersPages()
{
    QFETCH(QString, backend);
    appoint(person(QStringLiteral("Lý Văn Trưởng")), Role::Head, QDate(2022, 1, 1));
    for (int i = 0; i < 70; ++i)
        appoint(person(QStringLiteral("Cộng Tác Viên Số%1").arg(i, 2, 10, QLatin1Char('0')), {},
                    QStringLiteral("Chuyên viên"), QStringLiteral("Ủy ban nhân dân xã")),
            Role::Collaborator, QDate(2022, 1, 1));
    RosterDocument::Options o;
    o.asOf = QDate(2024, 1, 1);
    const QStringList pages = test::pdfPages(pdf(o));
    QVERIFY2(pages.size() >= 3, qPrintable(QString::number(pages.size())));
    QVERIFY(!pages.first().trimmed().startsWith(QLatin1Char('1')));
    for (int p = 1; p < pages.size(); ++p) {
        // The page number centred in the top margin, then the table header again.
        QCOMPARE(pages.at(p).trimmed().section(QLatin1Char('\n'), 0, 0).trimmed(),
            QString::number(p + 1));
        QVERIFY2(pages.at(p).contains(QStringLiteral("Họ và tên")), qPrintable(pages.at(p)));
    }
    const QString all = pages.join(QLatin1Char('\n'));
    QVERIFY(all.contains(QStringLiteral("Số69")));
    QVERIFY(all.contains(QStringLiteral("Tổng số: 71 đồng chí.")));
}

void TestRosterDocument::committeeWithoutMembers()
{
    QFETCH(QString, backend);
    RosterDocument::Options o;
    o.committeeId = m_district;
    o.asOf = QDate(2024, 1, 1);
    const QString text = test::pdfText(pdf(o));
    QVERIFY(text.contains(QStringLiteral("không có thành viên nào")));
    QVERIFY(!text.contains(QStringLiteral("Họ và tên")));
}

void TestRosterDocument::unknownCommitteeIsRefused()
{
    QFETCH(QString, backend);
    RosterDocument::Options o;
    o.committeeId = 9999;
    PartyDocument doc;
    QVERIFY_THROWS_EXCEPTION(ValidationError, RosterDocument(*m_db).build(o, doc));
    const QString path = m_dir->filePath(QStringLiteral("bad.txt"));
    QString error;
    o.committeeId = 0;
    QVERIFY(!RosterDocument(*m_db).write(o, path, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(path));
}

void TestRosterDocument::odtHoldsTheNames()
{
    QFETCH(QString, backend);
    appoint(person(QStringLiteral("Nguyễn Văn Hùng"), QStringLiteral("Đại tá"),
                QStringLiteral("Giám đốc Công an tỉnh")),
        Role::Head, QDate(2021, 3, 1));
    appoint(person(QStringLiteral("Trần Thị Bích")), Role::Member, QDate(2021, 3, 1));
    const QString odt = m_dir->filePath(QStringLiteral("r.odt"));
    RosterDocument::Options o;
    o.asOf = QDate(2024, 1, 1);
    QString error;
    QVERIFY2(RosterDocument(*m_db).write(o, odt, &error), qPrintable(error));
    QCOMPARE(test::odtEntry(odt, QStringLiteral("mimetype")),
        QStringLiteral("application/vnd.oasis.opendocument.text"));
    const QString content = test::odtEntry(odt, QStringLiteral("content.xml"));
    for (const char *expected : { "Nguyễn Văn Hùng", "Đại tá", "Trần Thị Bích",
             "Giám đốc Công an tỉnh", "I. Trưởng ban", "II. Ủy viên", "ĐẢNG CỘNG SẢN VIỆT NAM" })
        QVERIFY2(content.contains(QString::fromUtf8(expected)), expected);
    // The page of the Party format travels with the file.
    QVERIFY(test::odtEntry(odt, QStringLiteral("styles.xml")).contains(QStringLiteral("210mm")));
}

QTEST_MAIN(TestRosterDocument)
#include "tst_rosterdocument.moc"
