// `thuky-cli search all` (SPEC.md "Search across everything") on the demo data: every kind
// of record, the csv/json shapes, best match first, usage errors.

#include <common/clirunner.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using thuky::test::CliResult;

class TestCliSearch : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void csvShape();
    void everyKindByItsOwnWords();
    void jsonAndLimit();
    void usageErrors();

private:
    CliResult cli(const QStringList &args) const
    {
        return thuky::test::runCli(QStringList { QStringLiteral("--db"), m_db } + args);
    }
    /** The csv lines of `search all QUERY` (header dropped). */
    QStringList hits(const QString &query, const QStringList &more = {}) const;
    QTemporaryDir m_dir;
    QString m_db;
};

void TestCliSearch::initTestCase()
{
    m_db = m_dir.filePath(QStringLiteral("s.sqlite"));
    QCOMPARE(cli({ QStringLiteral("demo"), QStringLiteral("--opinions"), QStringLiteral("400") })
                 .exitCode,
        0);
}

QStringList TestCliSearch::hits(const QString &query, const QStringList &more) const
{
    const CliResult r = cli(QStringList { QStringLiteral("search"), QStringLiteral("all"), query,
                                QStringLiteral("--format"), QStringLiteral("csv") }
        + more);
    if (r.exitCode != 0)
        qWarning() << r.err;
    QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.isEmpty() || lines.first() != QLatin1String("kind,id,date,title"))
        return { QStringLiteral("bad header: ") + r.out.left(80) };
    lines.removeFirst();
    return lines;
}

void TestCliSearch::csvShape()
{
    const QStringList lines = hits(QStringLiteral("ban chi dao"));
    QVERIFY(!lines.isEmpty());
    for (const QString &line : lines) {
        const QStringList f = line.split(QLatin1Char(','));
        QVERIFY2(f.size() >= 4, qPrintable(line));
        QVERIFY2(QStringList({ QStringLiteral("person"), QStringLiteral("committee"),
                                 QStringLiteral("meeting"), QStringLiteral("task"),
                                 QStringLiteral("opinion") })
                     .contains(f.at(0)),
            qPrintable(line));
        QVERIFY2(f.at(1).toLongLong() > 0, qPrintable(line));
        QVERIFY2(f.at(2).isEmpty() || QDate::fromString(f.at(2), Qt::ISODate).isValid(),
            qPrintable(line));
    }
}

void TestCliSearch::everyKindByItsOwnWords()
{
    // A person of the demo roster, found by the last word of the name, without diacritics.
    const CliResult roster
        = cli({ QStringLiteral("roster"), QStringLiteral("--format"), QStringLiteral("json") });
    QCOMPARE(roster.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(roster.out.toUtf8()).array();
    QVERIFY(!rows.isEmpty());
    const QString person = rows.first().toObject().value(QStringLiteral("person")).toString();
    const QString committee = rows.first().toObject().value(QStringLiteral("committee")).toString();
    QStringList found = hits(person.toUpper());
    QVERIFY2(found.join(QLatin1Char('\n')).contains(QStringLiteral(",") + person),
        qPrintable(person + QLatin1String(": ") + found.join(QLatin1Char('|'))));
    QVERIFY(found.first().startsWith(QLatin1String("person,")));
    found = hits(committee);
    QVERIFY2(found.first().startsWith(QLatin1String("committee,")), qPrintable(found.first()));

    // A meeting by its title, a task by its description: both as `meetings`/`tasks` list them.
    const CliResult meetings
        = cli({ QStringLiteral("meetings"), QStringLiteral("--format"), QStringLiteral("json") });
    const QJsonObject meeting
        = QJsonDocument::fromJson(meetings.out.toUtf8()).array().first().toObject();
    found = hits(meeting.value(QStringLiteral("title")).toString());
    QVERIFY2(found.join(QLatin1Char('\n'))
                 .contains(QStringLiteral("meeting,%1,")
                               .arg(meeting.value(QStringLiteral("id")).toVariant().toString())),
        qPrintable(found.join(QLatin1Char('|'))));
    const CliResult tasks
        = cli({ QStringLiteral("tasks"), QStringLiteral("--format"), QStringLiteral("json") });
    const QJsonObject task = QJsonDocument::fromJson(tasks.out.toUtf8()).array().first().toObject();
    found = hits(task.value(QStringLiteral("description")).toString(),
        { QStringLiteral("--limit"), QStringLiteral("500") });
    QVERIFY2(found.join(QLatin1Char('\n'))
                 .contains(QStringLiteral("task,%1,")
                               .arg(task.value(QStringLiteral("id")).toVariant().toString())),
        qPrintable(found.join(QLatin1Char('|'))));

    // Reports: the same matches as `search opinions` finds.
    const CliResult opinions = cli({ QStringLiteral("search"), QStringLiteral("opinions"),
        QStringLiteral("dat dai"), QStringLiteral("--format"), QStringLiteral("csv") });
    QCOMPARE(opinions.exitCode, 0);
    QVERIFY(opinions.out.count(QLatin1Char('\n')) > 1);
    QVERIFY(hits(QStringLiteral("dat dai"))
                .join(QLatin1Char('\n'))
                .contains(QLatin1String("opinion,")));
}

void TestCliSearch::jsonAndLimit()
{
    QCOMPARE(
        hits(QStringLiteral("ban"), { QStringLiteral("--limit"), QStringLiteral("3") }).size(), 3);
    const CliResult r = cli({ QStringLiteral("search"), QStringLiteral("all"),
        QStringLiteral("hoi nghi"), QStringLiteral("--format"), QStringLiteral("json") });
    QCOMPARE(r.exitCode, 0);
    const QJsonArray a = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QVERIFY(!a.isEmpty());
    QVERIFY(a.first().toObject().contains(QStringLiteral("kind")));
    QVERIFY(a.first().toObject().contains(QStringLiteral("title")));
    // Nothing found: a header and no rows, exit 0.
    QVERIFY(hits(QStringLiteral("zzzqqq")).isEmpty());
}

void TestCliSearch::usageErrors()
{
    QCOMPARE(cli({ QStringLiteral("search"), QStringLiteral("all") }).exitCode, 2);
    QCOMPARE(cli({ QStringLiteral("search"), QStringLiteral("all"), QStringLiteral("x"),
                     QStringLiteral("--limit"), QStringLiteral("0") })
                 .exitCode,
        2);
    QCOMPARE(cli({ QStringLiteral("search"), QStringLiteral("everything"), QStringLiteral("x") })
                 .exitCode,
        2);
}

QTEST_GUILESS_MAIN(TestCliSearch)
#include "tst_clisearch.moc"
