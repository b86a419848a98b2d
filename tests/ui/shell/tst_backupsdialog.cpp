// File → Backups: the list with each file's check, Back up now, and a restore that shows
// what the copy holds before it replaces the database; only an admin backs up or restores.

#include <core/db/backups.h>
#include <core/db/database.h>
#include <core/roster/rosterrepository.h>
#include <ui/shell/backupsdialog.h>

#include <QFile>
#include <QFileInfo>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace thuky;

class TestBackupsDialog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void listsAndBacksUp();
    void restoreShowsWhatTheCopyHolds();
    void refusesADamagedCopy();
    void othersOnlyLook();

private:
    QString dbPath() const { return m_dir->filePath(QStringLiteral("thuky.sqlite")); }
    void addPeople(int n)
    {
        for (int i = 0; i < n; ++i) {
            Person p;
            p.fullName = QStringLiteral("Người %1").arg(i);
            RosterRepository(*m_db).addPerson(p);
        }
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestBackupsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(dbPath());
    m_db->open();
    m_db->close(); // reopened: a database the open created gets no daily copy
    m_db->open();
    m_db->setCurrentUser(QStringLiteral("quantri"));
}

void TestBackupsDialog::listsAndBacksUp()
{
    addPeople(3);
    Backups::daily(*m_db, QDate(2025, 4, 1));
    BackupsDialog dialog(*m_db, true);
    QCOMPARE(dialog.table()->rowCount(), 1);
    QCOMPARE(dialog.table()->item(0, 0)->text(), QStringLiteral("thuky-2025-04-01.sqlite"));
    QCOMPARE(dialog.table()->item(0, 1)->text(), QStringLiteral("2025-04-01"));
    QCOMPARE(dialog.table()->item(0, 3)->text(), QStringLiteral("ok"));
    QVERIFY(dialog.backupButton()->isEnabled());
    dialog.backupButton()->click();
    QCOMPARE(dialog.table()->rowCount(), 2);
    // Written today: the newest, first.
    QVERIFY(dialog.table()->item(0, 0)->text().endsWith(QStringLiteral("-manual.sqlite")));
    QCOMPARE(dialog.table()->item(0, 3)->text(), QStringLiteral("ok"));
}

void TestBackupsDialog::restoreShowsWhatTheCopyHolds()
{
    addPeople(3);
    const QString saved = Backups::daily(*m_db, QDate(2025, 4, 1));
    addPeople(2);
    BackupsDialog dialog(*m_db, true);
    QString shown;
    dialog.setConfirmation([&](const QString &text) {
        shown = text;
        return false;
    });
    dialog.table()->selectRow(0);
    dialog.restoreButton()->click();
    // Declined: the preview was shown, nothing changed.
    QVERIFY2(shown.contains(QStringLiteral("0 opinion reports, 0 meetings and 3 people")),
        qPrintable(shown));
    QVERIFY(!dialog.restored());
    QCOMPARE(RosterRepository(*m_db).persons().size(), 5);
    dialog.setConfirmation([](const QString &) { return true; });
    dialog.restoreButton()->click();
    QVERIFY(dialog.restored());
    m_db->close();
    m_db->open();
    QCOMPARE(RosterRepository(*m_db).persons().size(), 3);
    // What was replaced is kept.
    QVERIFY(QFileInfo::exists(saved));
    QCOMPARE(Backups::list(dbPath()).size(), 2);
}

void TestBackupsDialog::refusesADamagedCopy()
{
    addPeople(50);
    const QString saved = Backups::daily(*m_db, QDate(2025, 4, 1));
    {
        QFile f(saved);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(f.size() / 2);
        f.write("zz");
    }
    QString problem;
    QCOMPARE(BackupsDialog::preview(saved, &problem), QString());
    QVERIFY2(problem.contains(QStringLiteral("checksum")), qPrintable(problem));
    BackupsDialog dialog(*m_db, true);
    QVERIFY(dialog.table()->item(0, 3)->text().contains(QStringLiteral("checksum")));
}

void TestBackupsDialog::othersOnlyLook()
{
    Backups::daily(*m_db, QDate(2025, 4, 1));
    BackupsDialog dialog(*m_db, false);
    QCOMPARE(dialog.table()->rowCount(), 1);
    QVERIFY(!dialog.backupButton()->isEnabled());
    QVERIFY(!dialog.restoreButton()->isEnabled());
}

QTEST_MAIN(TestBackupsDialog)
#include "tst_backupsdialog.moc"
