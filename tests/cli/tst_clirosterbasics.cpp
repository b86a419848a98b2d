// End-to-end: thuky-cli init, demo and roster as a user runs them.

#include <common/clirunner.h>

#include <QTemporaryDir>
#include <QTest>

using thuky::test::runCli;

class TestCliRosterBasics : public QObject
{
    Q_OBJECT
private slots:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }
    void initIsIdempotent();
    void demoThenRosterCsv();

private:
    QString db() const { return m_dir->filePath(QStringLiteral("t.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliRosterBasics::initIsIdempotent()
{
    QCOMPARE(runCli({ QStringLiteral("--db"), db(), QStringLiteral("init") }).exitCode, 0);
    QFile f(db());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray before = f.readAll();
    f.close();
    QCOMPARE(runCli({ QStringLiteral("--db"), db(), QStringLiteral("init") }).exitCode, 0);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
}

void TestCliRosterBasics::demoThenRosterCsv()
{
    QCOMPARE(runCli({ QStringLiteral("--db"), db(), QStringLiteral("demo") }).exitCode, 0);
    const auto r = runCli({ QStringLiteral("--db"), db(), QStringLiteral("roster"),
        QStringLiteral("--format"), QStringLiteral("csv") });
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), QStringLiteral("committee,role,person,title,start,end,decision"));
    QVERIFY(lines.size() > 100);
}

QTEST_GUILESS_MAIN(TestCliRosterBasics)
#include "tst_clirosterbasics.moc"
