// The daily backup the window makes in the background: the window's own connection keeps
// writing while the copy is made; the copy is checked and named for the day; nothing is made
// twice a day, for a database this start created, or with backups turned off.

#include <core/db/backups.h>
#include <core/db/database.h>
#include <core/db/settingsrepository.h>
#include <core/roster/rosterrepository.h>
#include <ui/shell/dailybackup.h>

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace thuky;

class TestDailyBackup : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void madeWhileTheWindowWrites();
    void notTwiceADay();
    void notForADatabaseThisStartCreated();
    void notWhenTurnedOff();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("thuky.sqlite")); }
    void addPeople(int n, int from = 0)
    {
        for (int i = from; i < from + n; ++i) {
            Person p;
            p.fullName = QStringLiteral("Người %1").arg(i);
            RosterRepository(*m_db).addPerson(p);
        }
    }
    /** Waits for @p backup to report; returns the file it names (QString() on a failure). */
    QString waitFor(DailyBackup *backup)
    {
        QSignalSpy done(backup, &DailyBackup::finished);
        QSignalSpy failed(backup, &DailyBackup::failed);
        if (!QTest::qWaitFor([&] { return done.count() + failed.count() > 0; }, 60000))
            return QStringLiteral("(no report)");
        if (!failed.isEmpty())
            return QStringLiteral("(failed: %1)").arg(failed.first().first().toString());
        return done.first().first().toString();
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QObject m_parent;
};

void TestDailyBackup::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(dbPath());
    m_db->open();
    addPeople(200);
    m_db->close(); // reopened, as at a later start: a database this open created gets none
    m_db->open();
    m_db->setCurrentUser(QStringLiteral("quantri"));
}

void TestDailyBackup::madeWhileTheWindowWrites()
{
    DailyBackup *backup = DailyBackup::start(*m_db, &m_parent);
    QVERIFY(backup);
    QVERIFY(DailyBackup::abandonRunning());
    // The window's connection is not held up: these commit while the copy is made.
    addPeople(30, 1000);
    const QString file = waitFor(backup);
    const QString expected
        = QDir(Backups::folderFor(dbPath())).filePath(Backups::dailyName(QDate::currentDate()));
    QCOMPARE(file, expected);
    QVERIFY(Backups::verify(file).isEmpty());
    QVERIFY(QFileInfo::exists(Backups::checksumFile(file)));
    // The copy holds at least what was there at the start (a consistent snapshot).
    QVERIFY(Backups::contents(file).people >= 200);
    QVERIFY(!DailyBackup::abandonRunning());
    delete backup;
}

void TestDailyBackup::notTwiceADay()
{
    DailyBackup *first = DailyBackup::start(*m_db, &m_parent);
    QVERIFY(first);
    QVERIFY(!waitFor(first).isEmpty());
    DailyBackup *second = DailyBackup::start(*m_db, &m_parent);
    QVERIFY(second);
    QCOMPARE(waitFor(second), QString()); // made already: nothing written
    QCOMPARE(Backups::list(dbPath(), false).size(), 1);
    delete first;
    delete second;
}

void TestDailyBackup::notForADatabaseThisStartCreated()
{
    QTemporaryDir dir;
    Database fresh(dir.filePath(QStringLiteral("new.sqlite")));
    fresh.open();
    QVERIFY(fresh.wasCreated());
    QVERIFY(!DailyBackup::start(fresh, &m_parent));
    QVERIFY(!DailyBackup::abandonRunning());
}

void TestDailyBackup::notWhenTurnedOff()
{
    SettingsRepository(*m_db).setValues(
        { { QLatin1String(SettingsRepository::BackupDaily), QStringLiteral("off") } });
    DailyBackup *backup = DailyBackup::start(*m_db, &m_parent);
    QVERIFY(backup);
    QCOMPARE(waitFor(backup), QString());
    QVERIFY(!QFileInfo::exists(Backups::folderFor(dbPath())));
    delete backup;
}

QTEST_MAIN(TestDailyBackup)
#include "tst_dailybackup.moc"
