// `thuky-cli audit --format csv` (SPEC.md "Audit, backups and exchange files"): one line per
// changed field with its old and new value, the log append-only even to a tool that opens the
// file itself; roles checked whatever the command: a collaborator exports nothing.

#include <common/clirunner.h>
#include <core/db/database.h>
#include <core/opinions/opinionrepository.h>
#include <core/opinions/taxonomyrepository.h>
#include <core/roster/rosterrepository.h>

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace thuky;
using thuky::test::CliResult;

class TestCliAudit : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup() { m_dir.reset(); }
    void fieldLinesInCsv();
    void logRefusesChangesFromOutside();
    void rolesAreCheckedForEveryCommand();

private:
    CliResult cli(const QStringList &args, const QProcessEnvironment &env = {}) const
    {
        return thuky::test::runCli(QStringList { QStringLiteral("--db"), db() } + args, env);
    }
    QString db() const { return m_dir->filePath(QStringLiteral("a.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
    qint64 m_report = 0;
};

void TestCliAudit::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    Database d(db());
    d.open();
    d.setCurrentUser(QStringLiteral("test"));
    Locality l;
    l.name = QStringLiteral("Xã Ba Chúc");
    l.level = QStringLiteral("province");
    OpinionReport r;
    r.localityId = RosterRepository(d).addLocality(l);
    r.topicId = TaxonomyRepository(d).addTopic(QStringLiteral("Đất đai"));
    TaxonomyRepository(d).addAgency(QStringLiteral("Sở Tài nguyên và Môi trường"));
    r.observedOn = QDate(2024, 7, 1);
    r.summary = QStringLiteral("Người dân mong sớm được cấp giấy chứng nhận, \"sổ đỏ\"");
    r.sentiment = QStringLiteral("neutral");
    r.channel = QStringLiteral("direct");
    m_report = OpinionRepository(d).add(r);
}

void TestCliAudit::fieldLinesInCsv()
{
    thuky::test::TestUsers users;
    QVERIFY(thuky::test::addUsers(db(), &users));
    const QStringList asAdmin { QStringLiteral("--user"), users.admin };
    CliResult r = cli(asAdmin
            + QStringList { QStringLiteral("opinion"), QStringLiteral("forward"),
                QString::number(m_report), QStringLiteral("--to"),
                QStringLiteral("Sở Tài nguyên và Môi trường"), QStringLiteral("--on"),
                QStringLiteral("2024-07-05") },
        users.asAdmin);
    QCOMPARE(r.exitCode, 0);
    r = cli(asAdmin
            + QStringList { QStringLiteral("audit"), QStringLiteral("--format"),
                QStringLiteral("csv") },
        users.asAdmin);
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), QStringLiteral("at,user,action,entity,uuid,field,old,new"));
    QStringList forward;
    for (const QString &line : lines) {
        if (line.contains(QLatin1String(",forward,opinion,")))
            forward.append(line.section(u',', 1, 2) + u',' + line.section(u',', 5));
    }
    QVERIFY2(forward.contains(QStringLiteral("quantri,forward,status,new,forwarded")),
        qPrintable(forward.join(u'\n')));
    QVERIFY2(forward.contains(QStringLiteral("quantri,forward,forwarded_on,,2024-07-05")),
        qPrintable(forward.join(u'\n')));
    // An action that changes no field has empty field, old and new.
    bool addLine = false;
    for (const QString &line : lines)
        addLine
            |= line.contains(QLatin1String(",add,opinion,")) && line.endsWith(QLatin1String(",,,"));
    QVERIFY2(addLine, qPrintable(r.out));
    // Filtered by user.
    r = cli(asAdmin
            + QStringList { QStringLiteral("audit"), QStringLiteral("--format"),
                QStringLiteral("csv"), QStringLiteral("--by"), QStringLiteral("test") },
        users.asAdmin);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!r.out.contains(QLatin1String(",quantri,")));
    QVERIFY(r.out.contains(QLatin1String(",test,add,opinion,")));
}

void TestCliAudit::logRefusesChangesFromOutside()
{
    // Even a program that opens the SQLite file itself cannot rewrite the log.
    {
        QSqlDatabase raw
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(db());
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET user_name = 'khac'")));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE user_name = 'test'")));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toInt() > 0);
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

void TestCliAudit::rolesAreCheckedForEveryCommand()
{
    thuky::test::TestUsers users;
    QVERIFY(thuky::test::addUsers(db(), &users));
    QProcessEnvironment addCollaborator = users.asAdmin;
    addCollaborator.insert(QStringLiteral("THUKY_NEW_PASSWORD"), QStringLiteral("ctv-123456"));
    QCOMPARE(
        cli({ QStringLiteral("--user"), users.admin, QStringLiteral("users"), QStringLiteral("add"),
                QStringLiteral("ctv"), QStringLiteral("--role"), QStringLiteral("collaborator") },
            addCollaborator)
            .exitCode,
        0);
    QProcessEnvironment asCollaborator;
    asCollaborator.insert(QStringLiteral("THUKY_PASSWORD"), QStringLiteral("ctv-123456"));
    const QString out = m_dir->filePath(QStringLiteral("all.csv"));
    CliResult r = cli({ QStringLiteral("--user"), QStringLiteral("ctv"), QStringLiteral("export"),
                          QStringLiteral("opinions"), QStringLiteral("--out"), out },
        asCollaborator);
    QCOMPARE(r.exitCode, 5);
    QVERIFY(!QFile::exists(out));
    // The viewer exports; neither of them steps a report on.
    r = cli({ QStringLiteral("--user"), users.viewer, QStringLiteral("export"),
                QStringLiteral("opinions"), QStringLiteral("--out"), out },
        users.asViewer);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QFile::exists(out));
    for (const auto &[user, env] : { std::pair { users.viewer, users.asViewer },
             std::pair { QStringLiteral("ctv"), asCollaborator } }) {
        r = cli({ QStringLiteral("--user"), user, QStringLiteral("opinion"),
                    QStringLiteral("resolve"), QString::number(m_report) },
            env);
        QCOMPARE(r.exitCode, 5);
    }
}

QTEST_GUILESS_MAIN(TestCliAudit)
#include "tst_cliaudit.moc"
