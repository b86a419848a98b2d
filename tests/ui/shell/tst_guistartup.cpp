// Runs the real thuky binary: --exit-after-load on an empty and on a demo database, every
// area, and the refusals (not a database → exit 4, bad option → exit 2).

#include <core/db/database.h>
#include <core/demo/demo.h>

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace thuky;

class TestGuiStartup : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void emptyDatabase();
    void demoDatabase_data();
    void demoDatabase();
    void notADatabase();
    void badOption();

private:
    struct Result
    {
        int exitCode = -1;
        QString err;
        qint64 ms = 0;
    };
    Result run(const QStringList &args);
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestGuiStartup::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
    Database db(m_demo);
    db.open();
    DemoGenerator(db, 2024).generate(300);
}

TestGuiStartup::Result TestGuiStartup::run(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Keep the user's settings and data folder out of it.
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    p.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    p.start(QStringLiteral(THUKY_GUI_PATH), args);
    Result r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.ms = timer.elapsed();
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void TestGuiStartup::emptyDatabase()
{
    const QString path = m_dir.filePath(QStringLiteral("empty.sqlite"));
    const Result r = run({ QStringLiteral("--exit-after-load"), QStringLiteral("--db"), path });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.ms < 20000, qPrintable(QString::number(r.ms)));
    QVERIFY(QFileInfo::exists(path)); // created, and no first-run dialog waited on
    // The home page of an empty database (what to do first) loads too.
    QCOMPARE(run({ QStringLiteral("--exit-after-load"), QStringLiteral("--db"), path,
                     QStringLiteral("--area"), QStringLiteral("home") })
                 .exitCode,
        0);
    qInfo("empty database: %lld ms", r.ms);
}

void TestGuiStartup::demoDatabase_data()
{
    QTest::addColumn<QString>("area");
    QTest::newRow("default") << QString();
    QTest::newRow("home") << QStringLiteral("home");
    QTest::newRow("roster") << QStringLiteral("roster");
    QTest::newRow("meetings") << QStringLiteral("meetings");
    QTest::newRow("opinions") << QStringLiteral("opinions");
    QTest::newRow("charts") << QStringLiteral("charts");
}

void TestGuiStartup::demoDatabase()
{
    QFETCH(QString, area);
    QStringList args = { QStringLiteral("--exit-after-load"), QStringLiteral("--db"), m_demo };
    if (!area.isEmpty())
        args << QStringLiteral("--area") << area;
    const Result r = run(args);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.ms < 20000, qPrintable(QString::number(r.ms)));
    qInfo("demo database, area %s: %lld ms", qPrintable(area), r.ms);
}

void TestGuiStartup::notADatabase()
{
    const QString path = m_dir.filePath(QStringLiteral("notes.sqlite"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("these are meeting notes, not a database\n");
    f.close();
    const Result r = run({ QStringLiteral("--exit-after-load"), QStringLiteral("--db"), path });
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains(path), qPrintable(r.err));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("these are meeting notes, not a database\n"));
}

void TestGuiStartup::badOption()
{
    Result r = run({ QStringLiteral("--exit-after-load"), QStringLiteral("--no-such-option") });
    QCOMPARE(r.exitCode, 2);
    r = run(
        { QStringLiteral("--exit-after-load"), QStringLiteral("--area"), QStringLiteral("kitchen"),
            QStringLiteral("--db"), m_dir.filePath(QStringLiteral("x.sqlite")) });
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("kitchen")));
}

QTEST_MAIN(TestGuiStartup)
#include "tst_guistartup.moc"
