// `thuky-cli opinion forward|answer|resolve|close|reopen` (SPEC.md "Opinion workflow from the
// command line"): each step changes the report's status, audited; a step the status does not
// allow is refused with exit 3 and changes nothing; a viewer gets exit 5.

#include <common/clirunner.h>
#include <core/db/database.h>
#include <core/opinions/opinionrepository.h>
#include <core/opinions/taxonomyrepository.h>
#include <core/roster/rosterrepository.h>

#include <QTemporaryDir>
#include <QTest>

using namespace thuky;
using thuky::test::CliResult;

class TestCliOpinionWorkflow : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup() { m_dir.reset(); }
    void wholeFollowUp();
    void stepsTheStatusDoesNotAllow();
    void badArguments();
    void viewerMayNot();

private:
    CliResult cli(const QStringList &args, const QProcessEnvironment &env = {}) const
    {
        return thuky::test::runCli(QStringList { QStringLiteral("--db"), db() } + args, env);
    }
    QString db() const { return m_dir->filePath(QStringLiteral("w.sqlite")); }
    /** The report as stored now (read through a fresh connection). */
    OpinionReport stored(qint64 id) const;
    std::unique_ptr<QTemporaryDir> m_dir;
    qint64 m_report = 0;
};

void TestCliOpinionWorkflow::init()
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
    r.summary = QStringLiteral("Người dân mong sớm được cấp giấy chứng nhận");
    r.sentiment = QStringLiteral("neutral");
    r.channel = QStringLiteral("direct");
    m_report = OpinionRepository(d).add(r);
}

OpinionReport TestCliOpinionWorkflow::stored(qint64 id) const
{
    Database d(db());
    d.open(Database::OpenMode::MustExist);
    return OpinionRepository(d).report(id).value_or(OpinionReport());
}

void TestCliOpinionWorkflow::wholeFollowUp()
{
    const QString id = QString::number(m_report);
    CliResult r = cli({ QStringLiteral("opinion"), QStringLiteral("forward"), id,
        QStringLiteral("--to"), QStringLiteral("so tai nguyen va moi truong"),
        QStringLiteral("--on"), QStringLiteral("05/07/2024") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(stored(m_report).status, QStringLiteral("forwarded"));
    QCOMPARE(stored(m_report).forwardedOn, QDate(2024, 7, 5));
    QVERIFY(stored(m_report).agencyId > 0);

    r = cli({ QStringLiteral("opinion"), QStringLiteral("answer"), id, QStringLiteral("--response"),
        QStringLiteral("Sở đã hướng dẫn thủ tục"), QStringLiteral("--on"),
        QStringLiteral("2024-07-20") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(stored(m_report).status, QStringLiteral("answered"));
    QCOMPARE(stored(m_report).response, QStringLiteral("Sở đã hướng dẫn thủ tục"));
    QCOMPARE(stored(m_report).responseOn, QDate(2024, 7, 20));
    // The answer is searchable like the rest of the report.
    QVERIFY(cli({ QStringLiteral("search"), QStringLiteral("opinions"),
                    QStringLiteral("huong dan thu tuc") })
                .out.contains(QStringLiteral("cấp giấy chứng nhận")));

    QCOMPARE(cli({ QStringLiteral("opinion"), QStringLiteral("resolve"), id }).exitCode, 0);
    QCOMPARE(stored(m_report).status, QStringLiteral("resolved"));
    QCOMPARE(cli({ QStringLiteral("opinion"), QStringLiteral("close"), id }).exitCode, 0);
    QCOMPARE(stored(m_report).status, QStringLiteral("closed"));
    // Reopened, it stands where its follow-up stood: answered.
    QCOMPARE(cli({ QStringLiteral("opinion"), QStringLiteral("reopen"), id }).exitCode, 0);
    QCOMPARE(stored(m_report).status, QStringLiteral("answered"));

    // Every step is one audit line.
    const CliResult audit = cli({ QStringLiteral("audit") });
    QCOMPARE(audit.exitCode, 0);
    for (const char *action : { "forward", "answer", "resolve", "close", "reopen" })
        QVERIFY2(audit.out.contains(QLatin1String(action)), action);
}

void TestCliOpinionWorkflow::stepsTheStatusDoesNotAllow()
{
    const QString id = QString::number(m_report);
    const int version = stored(m_report).rowVersion;
    // Never forwarded: it cannot be answered; it is not resolved or closed: no reopening.
    for (const QStringList &args : { QStringList { QStringLiteral("answer"), id,
                                         QStringLiteral("--response"), QStringLiteral("x") },
             QStringList { QStringLiteral("reopen"), id } }) {
        const CliResult r = cli(QStringList { QStringLiteral("opinion") } + args);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("is new")), qPrintable(r.err));
    }
    QCOMPARE(stored(m_report).status, QStringLiteral("new"));
    QCOMPARE(stored(m_report).rowVersion, version);
    // Closed: no forwarding, answering, resolving or closing again.
    QCOMPARE(cli({ QStringLiteral("opinion"), QStringLiteral("close"), id }).exitCode, 0);
    for (const QStringList &args :
        { QStringList { QStringLiteral("forward"), id, QStringLiteral("--to"),
              QStringLiteral("Sở Tài nguyên và Môi trường") },
            QStringList { QStringLiteral("resolve"), id },
            QStringList { QStringLiteral("close"), id } })
        QCOMPARE(cli(QStringList { QStringLiteral("opinion") } + args).exitCode, 3);
    QCOMPARE(stored(m_report).status, QStringLiteral("closed"));
    // Reopened without a forwarding: new again.
    QCOMPARE(cli({ QStringLiteral("opinion"), QStringLiteral("reopen"), id }).exitCode, 0);
    QCOMPARE(stored(m_report).status, QStringLiteral("new"));
    // An answer dated before the forwarding is refused.
    QCOMPARE(cli({ QStringLiteral("opinion"), QStringLiteral("forward"), id, QStringLiteral("--to"),
                     QStringLiteral("Sở Tài nguyên và Môi trường"), QStringLiteral("--on"),
                     QStringLiteral("2024-07-10") })
                 .exitCode,
        0);
    QCOMPARE(
        cli({ QStringLiteral("opinion"), QStringLiteral("answer"), id, QStringLiteral("--response"),
                QStringLiteral("x"), QStringLiteral("--on"), QStringLiteral("2024-07-09") })
            .exitCode,
        3);
    QCOMPARE(stored(m_report).status, QStringLiteral("forwarded"));
}

void TestCliOpinionWorkflow::badArguments()
{
    const QString id = QString::number(m_report);
    // Unknown report or agency: invalid input.
    QCOMPARE(cli({ QStringLiteral("opinion"), QStringLiteral("resolve"), QStringLiteral("999") })
                 .exitCode,
        3);
    QCOMPARE(cli({ QStringLiteral("opinion"), QStringLiteral("resolve"), QStringLiteral("abc") })
                 .exitCode,
        3);
    QCOMPARE(cli({ QStringLiteral("opinion"), QStringLiteral("forward"), id, QStringLiteral("--to"),
                     QStringLiteral("Sở Không Có") })
                 .exitCode,
        3);
    // Usage: no step, an unknown step, a missing --to or --response, an option of another step.
    for (const QStringList &args : { QStringList {}, QStringList { QStringLiteral("archive"), id },
             QStringList { QStringLiteral("forward"), id },
             QStringList { QStringLiteral("answer"), id },
             QStringList {
                 QStringLiteral("resolve"), id, QStringLiteral("--to"), QStringLiteral("x") },
             QStringList { QStringLiteral("close") } })
        QCOMPARE(cli(QStringList { QStringLiteral("opinion") } + args).exitCode, 2);
    QCOMPARE(stored(m_report).status, QStringLiteral("new"));
}

void TestCliOpinionWorkflow::viewerMayNot()
{
    thuky::test::TestUsers users;
    QVERIFY(thuky::test::addUsers(db(), &users));
    QCOMPARE(cli({ QStringLiteral("--user"), users.viewer, QStringLiteral("opinion"),
                     QStringLiteral("close"), QString::number(m_report) },
                 users.asViewer)
                 .exitCode,
        5);
    QCOMPARE(stored(m_report).status, QStringLiteral("new"));
    // The admin may.
    QCOMPARE(cli({ QStringLiteral("--user"), users.admin, QStringLiteral("opinion"),
                     QStringLiteral("close"), QString::number(m_report) },
                 users.asAdmin)
                 .exitCode,
        0);
}

QTEST_GUILESS_MAIN(TestCliOpinionWorkflow)
#include "tst_cliopinionworkflow.moc"
