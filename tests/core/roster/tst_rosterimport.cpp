// The roster import: every bad-input kind refused with its line and nothing written, persons
// reused rather than duplicated, the formats clerks' sheets come in, dry run and undo.

#include <common/testdb.h>
#include <core/roster/rosterimport.h>
#include <core/roster/rosterrepository.h>

#include <QTest>

using namespace thuky;

namespace {
const QString Province = QStringLiteral("Ban Chỉ đạo 35 tỉnh Thử Nghiệm");
const QString District = QStringLiteral("Ban Chỉ đạo 35 huyện Mẫu");
const QString OldDistrict = QStringLiteral("Ban Chỉ đạo 35 huyện Cũ");
} // namespace

class TestRosterImport : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup() { m_db.reset(); }
    void importsEnglishCommaSheet_data() { test::addBackendRows(); }
    void importsEnglishCommaSheet();
    void semicolonVietnameseHeadersAndBom_data() { test::addBackendRows(); }
    void semicolonVietnameseHeadersAndBom();
    void badInputWritesNothing_data();
    void badInputWritesNothing();
    void reportsEveryProblemWithItsLine();
    void unknownColumnsWarnOnce();
    void reusesPersonsOnTheRoster_data() { test::addBackendRows(); }
    void reusesPersonsOnTheRoster();
    void dryRunWritesNothing();
    void committeeColumnAndDefault_data() { test::addBackendRows(); }
    void committeeColumnAndDefault();
    void revertRemovesExactlyWhatWasAdded_data() { test::addBackendRows(); }
    void revertRemovesExactlyWhatWasAdded();
    void revertRefusedOnceChanged_data() { test::addBackendRows(); }
    void revertRefusedOnceChanged();
    void rolesParseIndependentOfLanguage();

private:
    /** Counts of the tables an import writes, and the audit log. */
    QString snapshot();
    qint64 addPerson(const QString &name, const QString &organisation = {});
    qint64 appoint(
        qint64 personId, qint64 committee, Role role, const QDate &start, const QDate &end = {});
    RosterImport::Options onProvince() const { return { QString::number(m_province) }; }
    static QString messages(const RosterImport &import);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RosterRepository> m_roster;
    qint64 m_province = 0;
    qint64 m_district = 0;
    qint64 m_oldDistrict = 0;
};

void TestRosterImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QByteArray tag(QTest::currentDataTag() ? QTest::currentDataTag() : "");
    m_roster.reset();
    m_db = test::openFresh(
        tag.startsWith("postgresql") ? QStringLiteral("postgresql") : QStringLiteral("sqlite"),
        *m_dir);
    m_roster = std::make_unique<RosterRepository>(*m_db);
    Committee c;
    c.name = Province;
    c.level = QStringLiteral("province");
    m_province = m_roster->addCommittee(c);
    c.name = District;
    c.level = QStringLiteral("district");
    c.parentId = m_province;
    m_district = m_roster->addCommittee(c);
    c.name = OldDistrict;
    c.validTo = QDate(2025, 6, 30);
    m_oldDistrict = m_roster->addCommittee(c);
}

QString TestRosterImport::snapshot()
{
    return m_db
        ->scalar(QStringLiteral(
            "SELECT (SELECT count(*) FROM persons) || '/' || (SELECT count(*) FROM memberships) "
            "|| '/' || (SELECT count(*) FROM audit_log)"))
        .toString();
}

qint64 TestRosterImport::addPerson(const QString &name, const QString &organisation)
{
    Person p;
    p.fullName = name;
    p.organisation = organisation;
    return m_roster->addPerson(p);
}

qint64 TestRosterImport::appoint(
    qint64 personId, qint64 committee, Role role, const QDate &start, const QDate &end)
{
    Membership m;
    m.personId = personId;
    m.committeeId = committee;
    m.role = role;
    m.start = start;
    m.end = end;
    return m_roster->appoint(m);
}

QString TestRosterImport::messages(const RosterImport &import)
{
    QStringList out;
    for (const ImportProblem &p : import.problems())
        out << QStringLiteral("%1%2: %3")
                   .arg(p.line)
                   .arg(p.warning ? QStringLiteral(" (warning)") : QString(), p.message);
    return out.join(QLatin1Char('\n'));
}

void TestRosterImport::importsEnglishCommaSheet()
{
    const QByteArray csv = "person,role,start,end,title,rank,organisation,phone,email,decision\n"
                           "Trần Văn An,head,2024-01-15,,Phó Bí thư Tỉnh ủy,,Tỉnh ủy,0912 345 678,"
                           "an@example.vn,Quyết định số 12-QĐ/TU\n"
                           "Lê Thị Bình,member,15/01/2024,31/12/2024,,Đại tá,Công an tỉnh,,,\n"
                           "Phạm Quốc Cường,collaborator,2024-02-01,,,,,,,\n";
    RosterImport import(*m_db, onProvince());
    QVERIFY2(import.analyse(csv), qPrintable(messages(import)));
    QCOMPARE(import.summary().rows, 3);
    QCOMPARE(import.summary().memberships, 3);
    QCOMPARE(import.summary().newPersons, 3);
    const QString before = snapshot();
    const RosterImport::Summary s = import.write();
    QCOMPARE(s.memberships, 3);
    QVERIFY(snapshot() != before);

    const QList<Membership> members = m_roster->members(m_province, QDate(2024, 6, 1));
    QCOMPARE(members.size(), 3);
    QCOMPARE(members.at(0).role, Role::Head);
    QCOMPARE(members.at(0).personName, QStringLiteral("Trần Văn An"));
    QCOMPARE(members.at(0).decision, QStringLiteral("Quyết định số 12-QĐ/TU"));
    QCOMPARE(members.at(0).start, QDate(2024, 1, 15));
    QCOMPARE(members.at(1).end, QDate(2024, 12, 31));
    const Person an = *m_roster->person(members.at(0).personId);
    QCOMPARE(an.titles, QStringLiteral("Phó Bí thư Tỉnh ủy"));
    QCOMPARE(an.organisation, QStringLiteral("Tỉnh ủy"));
    QCOMPARE(an.phone, QStringLiteral("0912 345 678"));
    QCOMPARE(an.email, QStringLiteral("an@example.vn"));
    const Person binh = *m_roster->person(members.at(1).personId);
    QCOMPARE(binh.honorific, QStringLiteral("Đại tá")); // rank goes to the honorific
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import' "
                                         "AND entity = 'membership'"))
                 .toInt(),
        1);
}

void TestRosterImport::semicolonVietnameseHeadersAndBom()
{
    // Excel's "CSV UTF-8" with a Vietnamese locale: BOM, semicolons, Vietnamese headers in the
    // clerk's order, Vietnamese role labels in any case, a title over two lines.
    const QByteArray csv = "\xEF\xBB\xBF"
                           "Từ ngày;Họ và tên;Chức danh;Chức vụ;Cấp bậc;Cơ quan;Quyết định\r\n"
                           "01/03/2024;Võ Văn Hải;Trưởng ban;\"Ủy viên Ban Thường vụ Tỉnh ủy,\r\n"
                           "Trưởng ban Tuyên giáo Tỉnh ủy\";;Tỉnh ủy;Quyết định số 5-QĐ/TU\r\n"
                           "01/03/2024;Đỗ Thị Hà;phó trưởng ban thường trực;;;Sở Văn hóa;\r\n"
                           "01/03/2024;Mai Văn Lộc;Uỷ viên;;Thượng tá;Công an tỉnh;\r\n"
                           "01/03/2024;Quách Thị Yến;Tổ trưởng Tổ thư ký;;;;\r\n"
                           "01/03/2024;Lý Văn Khoa;thanh vien to thu ky;;;;\r\n";
    RosterImport import(*m_db, onProvince());
    QVERIFY2(import.analyse(csv), qPrintable(messages(import)));
    QCOMPARE(import.rows().size(), 5);
    QCOMPARE(import.rows().at(1).line, 4); // the quoted title took two lines
    import.write();
    const QList<Membership> members = m_roster->members(m_province, QDate(2024, 3, 1));
    QCOMPARE(members.size(), 5);
    const QList<Role> roles { Role::Head, Role::StandingDeputy, Role::Member, Role::SecretariatLead,
        Role::Secretariat };
    for (int i = 0; i < roles.size(); ++i)
        QCOMPARE(members.at(i).role, roles.at(i));
    QCOMPARE(members.at(0).personTitles,
        QStringLiteral("Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Tuyên giáo Tỉnh ủy"));
    QCOMPARE(m_roster->person(members.at(2).personId)->honorific, QStringLiteral("Thượng tá"));
}

void TestRosterImport::badInputWritesNothing_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    const QByteArray head = "person,role,start,end\n";
    const QByteArray good = "Trần Văn An,member,2024-01-01,\n";
    const struct
    {
        const char *tag;
        QByteArray csv;
        int line;
        const char *message;
    } cases[] = {
        { "unknown role label", head + good + "Lê Thị Bình,Phó ban,2024-01-01,\n", 3,
            "unknown role \u201CPhó ban\u201D" },
        { "bad date", head + good + "Lê Thị Bình,member,31/02/2024,\n", 3,
            "\u201C31/02/2024\u201D is not a valid date in start" },
        { "start before 1945", head + good + "Lê Thị Bình,member,1900-01-01,\n", 3,
            "\u201C1900-01-01\u201D in start (từ ngày) is not between 01/01/1945 and " },
        { "end far ahead", head + good + "Lê Thị Bình,member,2024-01-01,31/12/9999\n", 3,
            "\u201C31/12/9999\u201D in end (đến ngày) is not between 01/01/1945 and " },
        { "NUL byte after 64 KiB",
            head + good + QByteArray(70000, ' ') + "\nLê Thị Bình" + '\0' + ",member,2024-01-01,\n",
            4, "a NUL byte (binary data) in the text" },
        { "end before start", head + good + "Lê Thị Bình,member,2024-05-01,2024-04-30\n", 3,
            "the end date 30/04/2024 is before the start date 01/05/2024" },
        { "missing person", head + good + ",member,2024-01-01,\n", 3,
            "name (họ và tên) is missing" },
        { "missing role", head + good + "Lê Thị Bình,,2024-01-01,\n", 3,
            "the role (chức danh) is missing" },
        { "missing start", head + good + "Lê Thị Bình,member,,\n", 3,
            "the start date (từ ngày) is missing" },
        { "missing column", "person,role\nTrần Văn An,member\n", 1,
            "the required column start (từ ngày) is missing" },
        { "second head in the file",
            head + "Trần Văn An,head,2024-01-01,\nLê Thị Bình,head,2024-06-01,2024-12-31\n", 3,
            "a second head of " },
        { "second standing deputy in the file",
            head
                + "Trần Văn An,standing_deputy,2024-01-01,2024-06-30\n"
                  "Lê Thị Bình,Phó Trưởng ban Thường trực,2024-06-30,\n",
            3, "a second standing deputy head of " },
        { "second head against the database", head + good + "Lê Thị Bình,Trưởng ban,2023-06-01,\n",
            3, "already has a head on those dates (Hồ Văn Trưởng, since 01/01/2020)" },
        { "membership already on the roster", head + "Hồ Văn Trưởng,head,2021-03-01,2021-12-31\n",
            2, "Hồ Văn Trưởng is already " },
        { "same row twice", head + good + good, 3, "repeats line 2: Trần Văn An is Member of " },
        { "invalid UTF-8", head + good + "L\xC3\x28 Thị Bình,member,2024-01-01,\n", 3,
            "invalid UTF-8" },
        { "unclosed quote", head + good + "\"Lê Thị Bình,member,2024-01-01,\n" + good + good, 3,
            "a quoted field is never closed" },
        { "too many fields", head + good + "Lê, Thị Bình,member,2024-01-01,2024-12-31\n", 3,
            "5 fields, but the header names 4 columns" },
        { "dissolved committee",
            "person,role,start,committee\nLê Thị Bình,member,2025-07-01," + OldDistrict.toUtf8()
                + "\n",
            2, "was dissolved on 30/06/2025" },
        { "unknown committee",
            "person,role,start,committee\nLê Thị Bình,member,2024-01-01,Ban Chỉ đạo xã Ảo\n", 2,
            "unknown committee \u201CBan Chỉ đạo xã Ảo\u201D" },
        { "UTF-16", "\xFF\xFEp\0e\0", 1, "UTF-16" },
        { "empty", "\xEF\xBB\xBF", 1, "the file is empty" },
        { "not a roster", "date,locality,topic,summary\n2024-01-01,A,B,C\n", 1,
            "not a roster CSV file" },
    };
    QStringList backends { QStringLiteral("sqlite") };
    if (!test::postgresUrl().isEmpty())
        backends << QStringLiteral("postgresql");
    for (const QString &backend : backends) {
        for (const auto &c : cases)
            QTest::addRow("%s/%s", qPrintable(backend), c.tag)
                << backend << c.csv << c.line << QString::fromUtf8(c.message);
    }
}

void TestRosterImport::badInputWritesNothing()
{
    QFETCH(QByteArray, csv);
    QFETCH(int, line);
    QFETCH(QString, message);
    appoint(addPerson(QStringLiteral("Hồ Văn Trưởng")), m_province, Role::Head, QDate(2020, 1, 1),
        QDate(2023, 12, 31));
    const QString before = snapshot();
    RosterImport import(*m_db, onProvince());
    QVERIFY(!import.analyse(csv));
    QVERIFY(import.hasErrors());
    bool found = false;
    for (const ImportProblem &p : import.problems())
        found = found || (p.line == line && !p.warning && p.message.contains(message));
    QVERIFY2(found, qPrintable(messages(import)));
    QVERIFY_THROWS_EXCEPTION(ValidationError, import.write());
    QCOMPARE(snapshot(), before);
}

void TestRosterImport::reportsEveryProblemWithItsLine()
{
    const QByteArray csv = "person,role,start\n"
                           "Trần Văn An,member,2024-01-01\n"
                           "Lê Thị Bình,chủ tịch,2024-01-01\n"
                           "Phạm Quốc Cường,member,2024-13-01\n"
                           "Đỗ Thị Hà,member,2024-02-01\n"
                           ",head,\n";
    const QString before = snapshot();
    RosterImport import(*m_db, onProvince());
    QVERIFY(!import.analyse(csv));
    QList<int> lines;
    for (const ImportProblem &p : import.problems())
        lines << p.line;
    QCOMPARE(lines, (QList<int> { 3, 4, 6, 6 }));
    QCOMPARE(import.rows().size(), 5);
    QVERIFY(import.rows().at(0).valid);
    QVERIFY(!import.rows().at(1).valid);
    QCOMPARE(snapshot(), before);
}

void TestRosterImport::unknownColumnsWarnOnce()
{
    const QByteArray csv = "STT,person,role,start,Ghi chú\n1,Trần Văn An,member,2024-01-01,x\n"
                           "2,Lê Thị Bình,member,2024-01-01,y\n";
    RosterImport import(*m_db, onProvince());
    QVERIFY(import.analyse(csv));
    QCOMPARE(import.problems().size(), 1);
    QVERIFY(import.problems().first().warning);
    QCOMPARE(import.problems().first().line, 1);
    QVERIFY(import.problems().first().message.contains(QStringLiteral("STT, Ghi chú")));
    QCOMPARE(import.write().memberships, 2);
}

void TestRosterImport::reusesPersonsOnTheRoster()
{
    const qint64 an = addPerson(QStringLiteral("Trần Văn An"), QStringLiteral("Tỉnh ủy"));
    const QByteArray csv = "person,organisation,role,start,committee\n"
                           // the same name and organisation, written differently
                           "  trần văn  AN ,tỉnh ỦY,member,2024-01-01,\n"
                           // the same name elsewhere is someone else
                           "Trần Văn An,Sở Y tế,member,2024-01-01,\n"
                           // twice in the file: added once
                           "Lê Thị Bình,,deputy,2024-01-01,\n"
                           "Lê Thị Bình,,member,2024-01-01,"
        + District.toUtf8() + "\n";
    RosterImport import(*m_db, onProvince());
    QVERIFY2(import.analyse(csv), qPrintable(messages(import)));
    QCOMPARE(import.summary().newPersons, 2);
    QCOMPARE(import.summary().reusedPersons, 1);
    QCOMPARE(import.rows().at(0).person.id, an);
    import.write();
    QCOMPARE(m_roster->persons().size(), 3);
    QCOMPARE(m_roster->history(an).size(), 1);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM persons WHERE full_name = ?"),
                     { QStringLiteral("Lê Thị Bình") })
                 .toInt(),
        1);
    const QList<Membership> inDistrict = m_roster->members(m_district, QDate(2024, 1, 1));
    QCOMPARE(inDistrict.size(), 1);
    QCOMPARE(inDistrict.first().personName, QStringLiteral("Lê Thị Bình"));

    // A row without an organisation for a name on the roster adds a person, with a warning.
    RosterImport again(*m_db, onProvince());
    QVERIFY(again.analyse("person,role,start\nTrần Văn An,core,2024-01-01\n"));
    QCOMPARE(again.problems().size(), 1);
    QVERIFY(again.problems().first().warning);
    QVERIFY2(again.problems().first().message.contains(QStringLiteral("Tỉnh ủy")),
        qPrintable(messages(again)));
}

void TestRosterImport::dryRunWritesNothing()
{
    const QString before = snapshot();
    RosterImport import(*m_db, onProvince());
    QVERIFY(import.analyse("person,role,start\nTrần Văn An,head,2024-01-01\n"
                           "Lê Thị Bình,member,2024-01-01\n"));
    QCOMPARE(import.summary().memberships, 2);
    QCOMPARE(import.summary().newPersons, 2);
    QCOMPARE(snapshot(), before);
    QVERIFY(import.written().isEmpty());
}

void TestRosterImport::committeeColumnAndDefault()
{
    const QByteArray csv = "person,role,start,committee\n"
                           "Trần Văn An,head,2024-01-01,ban chi dao 35 huyen mau\n" // folded
                           "Lê Thị Bình,head,2024-01-01,"
        + QByteArray::number(m_province) + "\n" // by id
        + "Phạm Quốc Cường,member,2024-01-01,\n"; // the default
    {
        RosterImport none(*m_db, {});
        QVERIFY(!none.analyse(csv));
        QCOMPARE(none.problems().size(), 1);
        QCOMPARE(none.problems().first().line, 4);
    }
    {
        RosterImport unknown(*m_db, { QStringLiteral("Ban Chỉ đạo không có") });
        QVERIFY(!unknown.analyse(csv));
        QCOMPARE(unknown.problems().first().line, 1);
    }
    {
        // Without the column, a default is needed for the whole file.
        RosterImport noColumn(*m_db, {});
        QVERIFY(!noColumn.analyse("person,role,start\nTrần Văn An,member,2024-01-01\n"));
        QCOMPARE(noColumn.problems().first().line, 1);
    }
    RosterImport import(*m_db, { District });
    QVERIFY2(import.analyse(csv), qPrintable(messages(import)));
    QCOMPARE(import.rows().at(0).committeeName, District);
    import.write();
    QCOMPARE(m_roster->members(m_district, QDate(2024, 1, 1)).size(), 2);
    QCOMPARE(m_roster->members(m_province, QDate(2024, 1, 1)).size(), 1);
}

void TestRosterImport::revertRemovesExactlyWhatWasAdded()
{
    const qint64 an = addPerson(QStringLiteral("Trần Văn An"));
    appoint(an, m_district, Role::Member, QDate(2021, 1, 1));
    const QString before = snapshot();
    auto import = std::make_unique<RosterImport>(*m_db, onProvince());
    QVERIFY(import->analyse("person,role,start\nTrần Văn An,head,2024-01-01\n"
                            "Lê Thị Bình,member,2024-01-01\n"));
    import->write();
    const RosterImport::Written first = import->written();
    QCOMPARE(first.persons.size(), 1);
    QCOMPARE(first.memberships.size(), 2);
    import->revert();
    QCOMPARE(m_roster->persons().size(), 1); // the person who was there stays
    QCOMPARE(m_roster->history(an).size(), 1); // with the role the import did not give
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM memberships")).toInt(), 1);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                         "'import-undo'"))
                 .toInt(),
        1);
    QVERIFY(before != snapshot()); // the audit log keeps the import and its undo
    // Redo: the same rows with the same UUIDs.
    import->write();
    QCOMPARE(import->written().persons, first.persons);
    QCOMPARE(import->written().memberships, first.memberships);
    QCOMPARE(m_roster->members(m_province, QDate(2024, 1, 1)).size(), 2);
}

void TestRosterImport::revertRefusedOnceChanged()
{
    RosterImport import(*m_db, onProvince());
    QVERIFY(import.analyse("person,role,start\nLê Thị Bình,member,2024-01-01\n"));
    import.write();
    const QList<Membership> members = m_roster->members(m_province, QDate(2024, 1, 1));
    QCOMPARE(members.size(), 1);
    m_roster->endMembership(members.first().id, QDate(2024, 12, 31), members.first().rowVersion);
    const QString before = snapshot();
    QVERIFY_THROWS_EXCEPTION(ValidationError, import.revert());
    QCOMPARE(snapshot(), before);

    // An added person who took another role since stays, and so does the import.
    RosterImport second(*m_db, onProvince());
    QVERIFY(second.analyse("person,role,start\nĐỗ Thị Hà,member,2024-01-01\n"));
    second.write();
    const qint64 ha = m_roster->persons(QStringLiteral("Đỗ Thị Hà")).value(0).id;
    QVERIFY(ha > 0);
    appoint(ha, m_district, Role::Core, QDate(2024, 2, 1));
    const QString later = snapshot();
    QVERIFY_THROWS_EXCEPTION(ValidationError, second.revert());
    QCOMPARE(snapshot(), later);

    // So does one who is referred to elsewhere now (the recorder of a meeting).
    RosterImport third(*m_db, onProvince());
    QVERIFY(third.analyse("person,role,start\nVõ Văn Hải,expert,2024-01-01\n"));
    third.write();
    const qint64 hai = m_roster->persons(QStringLiteral("Võ Văn Hải")).value(0).id;
    QVERIFY(hai > 0);
    m_db->exec(QStringLiteral("INSERT INTO meetings (uuid, created_at, updated_at, committee_id, "
                              "kind, title, starts_at, secretary_id) VALUES (?, ?, ?, ?, "
                              "'thematic', 'Hội nghị chuyên đề', '2024-03-01T08:00', ?)"),
        { Database::newUuid(), Database::now(), Database::now(), m_province, hai });
    const QString referred = snapshot();
    QVERIFY_THROWS_EXCEPTION(ValidationError, third.revert());
    QCOMPARE(snapshot(), referred);
    QVERIFY(m_roster->person(hai));
    QCOMPARE(m_roster->history(hai).size(), 1);
}

void TestRosterImport::rolesParseIndependentOfLanguage()
{
    Role role = Role::Collaborator;
    QVERIFY(RosterImport::parseRole(QStringLiteral("Trưởng ban"), &role));
    QCOMPARE(role, Role::Head);
    QVERIFY(RosterImport::parseRole(QStringLiteral("standing deputy"), &role));
    QCOMPARE(role, Role::StandingDeputy);
    QVERIFY(RosterImport::parseRole(QStringLiteral("PHÓ TRƯỞNG BAN"), &role));
    QCOMPARE(role, Role::Deputy);
    QVERIFY(RosterImport::parseRole(QStringLiteral("Nhóm chuyên gia"), &role));
    QCOMPARE(role, Role::Expert);
    QVERIFY(RosterImport::parseRole(QStringLiteral("Lực lượng nòng cốt"), &role));
    QCOMPARE(role, Role::Core);
    QVERIFY(RosterImport::parseRole(QStringLiteral("Cộng tác viên"), &role));
    QCOMPARE(role, Role::Collaborator);
    QVERIFY(!RosterImport::parseRole(QStringLiteral("Phó ban"), &role));
    QVERIFY(!RosterImport::parseRole(QString(), &role));
    for (Role r : Roles::all()) {
        QVERIFY(RosterImport::parseRole(RosterImport::vietnameseLabel(r), &role));
        QCOMPARE(role, r);
    }
}

QTEST_GUILESS_MAIN(TestRosterImport)
#include "tst_rosterimport.moc"
