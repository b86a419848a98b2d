// thuky-cli import roster as a user runs it: exit codes, FILE:LINE messages, the roster after.

#include <common/clirunner.h>
#include <common/testdb.h>

#include <core/roster/rosterrepository.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using thuky::test::runCli;

namespace {
const QString Province = QStringLiteral("Ban Chỉ đạo 35 tỉnh Thử Nghiệm");
const QString District = QStringLiteral("Ban Chỉ đạo 35 huyện Mẫu");
} // namespace

class TestCliRosterImport : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void importsThenRosterCsv();
    void problemsExitThreeWithFileAndLine();
    void dryRunWritesNothing();
    void usageErrorsExitTwo();
    void viewersAndCollaboratorsExitFive();

private:
    QString db() const { return m_dir->filePath(QStringLiteral("r.sqlite")); }
    QStringList with(const QStringList &args) const
    {
        return QStringList { QStringLiteral("--db"), db() } + args;
    }
    QString write(const QString &name, const QByteArray &content) const;
    QString rosterCsv(const QStringList &extra = {}, const QProcessEnvironment &env = {}) const;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliRosterImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    thuky::Database database(db());
    database.open();
    database.setCurrentUser(QStringLiteral("test"));
    thuky::RosterRepository roster(database);
    thuky::Committee c;
    c.name = Province;
    c.level = QStringLiteral("province");
    const qint64 province = roster.addCommittee(c);
    c.name = District;
    c.level = QStringLiteral("district");
    c.parentId = province;
    roster.addCommittee(c);
    thuky::Person p;
    p.fullName = QStringLiteral("Trần Văn An");
    p.organisation = QStringLiteral("Tỉnh ủy");
    thuky::Membership m;
    m.personId = roster.addPerson(p);
    m.committeeId = province;
    m.role = thuky::Role::Head;
    m.start = QDate(2021, 1, 1);
    m.decision = QStringLiteral("Quyết định số 1-QĐ/TU");
    roster.appoint(m);
}

QString TestCliRosterImport::write(const QString &name, const QByteArray &content) const
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(content);
    return path;
}

QString TestCliRosterImport::rosterCsv(
    const QStringList &extra, const QProcessEnvironment &env) const
{
    const auto r = runCli(extra
            + with({ QStringLiteral("roster"), QStringLiteral("--as-of"),
                QStringLiteral("2024-06-30"), QStringLiteral("--format"), QStringLiteral("csv") }),
        env);
    return r.exitCode == 0 ? r.out : QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err);
}

void TestCliRosterImport::importsThenRosterCsv()
{
    const QString path = write(QStringLiteral("bch.csv"),
        "\xEF\xBB\xBFHọ và tên;Cơ quan;Chức danh;Chức vụ;Từ ngày;Đến ngày;Quyết định;Ban chỉ đạo\n"
        "Trần Văn An;Tỉnh ủy;Ủy viên;;01/01/2024;;Quyết định số 9-QĐ/BCĐ;ban chi dao 35 huyen mau\n"
        "Lê Thị Bình;Sở Y tế;Phó Trưởng ban;Giám đốc Sở Y tế;01/03/2024;;Quyết định số 10-QĐ/TU;\n"
        "Phạm Quốc Cường;;Cộng tác viên;;2024-02-01;2024-05-31;;\n");
    const auto r = runCli(with({ QStringLiteral("import"), QStringLiteral("roster"), path,
        QStringLiteral("--committee"), Province }));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains(QStringLiteral("Imported 3 memberships")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("2 new persons, 1 already on the roster")),
        qPrintable(r.err));
    QCOMPARE(rosterCsv(),
        QStringLiteral("committee,role,person,title,start,end,decision\n"
                       "%1,head,Trần Văn An,,2021-01-01,,Quyết định số 1-QĐ/TU\n"
                       "%1,deputy,Lê Thị Bình,Giám đốc Sở Y tế,2024-03-01,,Quyết định số "
                       "10-QĐ/TU\n"
                       "%2,member,Trần Văn An,,2024-01-01,,Quyết định số 9-QĐ/BCĐ\n")
            .arg(Province, District));
    // The collaborator's membership ended before the date of that roster.
    QVERIFY(runCli(
        with({ QStringLiteral("roster"), QStringLiteral("--as-of"), QStringLiteral("2024-05-31"),
            QStringLiteral("--format"), QStringLiteral("csv") }))
                .out.contains(QStringLiteral("collaborator,Phạm Quốc Cường")));
    // The same sheet again is refused: those memberships are on the roster already.
    const auto again = runCli(with({ QStringLiteral("import"), QStringLiteral("roster"), path,
        QStringLiteral("--committee"), Province }));
    QCOMPARE(again.exitCode, 3);
    QVERIFY2(again.err.startsWith(path + QStringLiteral(":2: Trần Văn An is already")),
        qPrintable(again.err));
}

void TestCliRosterImport::problemsExitThreeWithFileAndLine()
{
    const QString before = rosterCsv();
    const QString path = write(QStringLiteral("bad.csv"),
        "person,role,start,end\n"
        "Lê Thị Bình,member,2024-01-01,\n"
        "Phạm Quốc Cường,Phó ban,2024-01-01,\n"
        "Đỗ Thị Hà,head,2024-01-01,\n"
        "Võ Văn Hải,member,2024-05-01,2024-04-30\n"
        "\"Mai Văn Lộc,member,2024-01-01,\n");
    const auto r = runCli(with({ QStringLiteral("import"), QStringLiteral("roster"), path,
        QStringLiteral("--committee"), Province }));
    QCOMPARE(r.exitCode, 3);
    const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines.at(0).startsWith(path + QStringLiteral(":3: unknown role “Phó ban”")),
        qPrintable(r.err));
    QVERIFY2(lines.at(1).startsWith(path + QStringLiteral(":4: ") + Province
                 + QStringLiteral(" already has a head on those dates (Trần Văn An, since "
                                  "01/01/2021)")),
        qPrintable(r.err));
    QCOMPARE(lines.at(2),
        path + QStringLiteral(":5: the end date 30/04/2024 is before the start date 01/05/2024"));
    QVERIFY2(lines.at(3).startsWith(path + QStringLiteral(":6: a quoted field is never closed")),
        qPrintable(r.err));
    QCOMPARE(rosterCsv(), before);

    // Invalid UTF-8 is reported on its line too; a missing file on line 1.
    const QString latin1 = write(QStringLiteral("latin1.csv"),
        "person,role,start\nL\xEA Th\xEB B\xECnh,member,2024-01-01\n");
    const auto bytes = runCli(with({ QStringLiteral("import"), QStringLiteral("roster"), latin1,
        QStringLiteral("--committee"), Province }));
    QCOMPARE(bytes.exitCode, 3);
    QVERIFY2(
        bytes.err.startsWith(latin1 + QStringLiteral(":2: invalid UTF-8")), qPrintable(bytes.err));
    const QString missing = m_dir->filePath(QStringLiteral("none.csv"));
    const auto none = runCli(with({ QStringLiteral("import"), QStringLiteral("roster"), missing }));
    QCOMPARE(none.exitCode, 3);
    QVERIFY2(none.err.startsWith(missing + QStringLiteral(":1: cannot read the file")),
        qPrintable(none.err));
    // A --committee the database does not know.
    const auto unknown = runCli(with({ QStringLiteral("import"), QStringLiteral("roster"), latin1,
        QStringLiteral("--committee"), QStringLiteral("Ban Chỉ đạo xã Ảo") }));
    QCOMPARE(unknown.exitCode, 3);
    QVERIFY2(unknown.err.startsWith(latin1 + QStringLiteral(":1: unknown committee")),
        qPrintable(unknown.err));
    QCOMPARE(rosterCsv(), before);
}

void TestCliRosterImport::dryRunWritesNothing()
{
    const QString before = rosterCsv();
    const QString path = write(QStringLiteral("ok.csv"),
        "person,role,start,committee\nLê Thị Bình,member,2024-01-01," + District.toUtf8() + "\n");
    const auto r = runCli(with(
        { QStringLiteral("import"), QStringLiteral("roster"), path, QStringLiteral("--dry-run") }));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains(QStringLiteral("Dry run: nothing was written.")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("1 memberships would be imported")), qPrintable(r.err));
    QCOMPARE(rosterCsv(), before);
}

void TestCliRosterImport::usageErrorsExitTwo()
{
    const QString path = write(QStringLiteral("ok.csv"), "person,role,start\n");
    const QList<QStringList> cases {
        { QStringLiteral("import"), QStringLiteral("roster") },
        { QStringLiteral("import"), QStringLiteral("roster"), path, path },
        { QStringLiteral("import"), QStringLiteral("roster"), path, QStringLiteral("--skip") },
        { QStringLiteral("import"), QStringLiteral("roster"), path, QStringLiteral("--committee") },
        { QStringLiteral("import"), QStringLiteral("roster"), path, QStringLiteral("--committee"),
            QStringLiteral(" ") },
    };
    for (const QStringList &args : cases) {
        const auto r = runCli(with(args));
        QVERIFY2(
            r.exitCode == 2, qPrintable(args.join(QLatin1Char(' ')) + QLatin1Char('\n') + r.err));
    }
    // The usage text names the command.
    QVERIFY(runCli({ QStringLiteral("--help") })
                .out.contains(QStringLiteral("import roster FILE.csv [--committee ID|NAME]")));
}

void TestCliRosterImport::viewersAndCollaboratorsExitFive()
{
    QProcessEnvironment admin;
    admin.insert(QStringLiteral("THUKY_PASSWORD"), QStringLiteral("quan-tri-1"));
    QCOMPARE(
        runCli(with({ QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("quantri"),
                   QStringLiteral("--role"), QStringLiteral("admin") }),
            admin)
            .exitCode,
        0);
    for (const QString &role :
        { QStringLiteral("viewer"), QStringLiteral("collaborator"), QStringLiteral("secretary") }) {
        QProcessEnvironment add = admin;
        add.insert(QStringLiteral("THUKY_NEW_PASSWORD"), role + QStringLiteral("-123456"));
        QCOMPARE(runCli(with({ QStringLiteral("--user"), QStringLiteral("quantri"),
                            QStringLiteral("users"), QStringLiteral("add"), role,
                            QStringLiteral("--role"), role }),
                     add)
                     .exitCode,
            0);
    }
    const QString path
        = write(QStringLiteral("ok.csv"), "person,role,start\nLê Thị Bình,member,2024-01-01\n");
    const auto as = [&](const QString &user) {
        QProcessEnvironment env;
        env.insert(QStringLiteral("THUKY_PASSWORD"), user + QStringLiteral("-123456"));
        return runCli(
            with({ QStringLiteral("--user"), user, QStringLiteral("import"),
                QStringLiteral("roster"), path, QStringLiteral("--committee"), Province }),
            env);
    };
    const QStringList asAdmin { QStringLiteral("--user"), QStringLiteral("quantri") };
    const QString before = rosterCsv(asAdmin, admin);
    QVERIFY2(before.startsWith(QStringLiteral("committee,")), qPrintable(before));
    QCOMPARE(as(QStringLiteral("viewer")).exitCode, 5);
    QCOMPARE(as(QStringLiteral("collaborator")).exitCode, 5);
    const QProcessEnvironment &env = admin;
    QCOMPARE(rosterCsv(asAdmin, env), before);
    const auto secretary = as(QStringLiteral("secretary"));
    QCOMPARE(secretary.exitCode, 0);
    QVERIFY(rosterCsv(asAdmin, env).contains(QStringLiteral("member,Lê Thị Bình")));
}

QTEST_GUILESS_MAIN(TestCliRosterImport)
#include "tst_clirosterimport.moc"
