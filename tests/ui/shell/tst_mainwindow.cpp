// The main window: areas switched by keyboard, the area menu, undo/redo shortcuts, state.

#include <core/db/database.h>
#include <core/roster/rosterrepository.h>
#include <ui/roster/persondialog.h>
#include <ui/roster/rosterview.h>
#include <ui/shell/mainwindow.h>

#include <QAction>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace thuky;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void areasSwitchByKeyboard();
    void areaMenuFollowsArea();
    void undoRedoShortcuts();
    void geometryRemembered();
    void areaNames();

private:
    QStringList menuTitles(QMainWindow &w) const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("thuky-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(m_dir->filePath(QStringLiteral("t.sqlite")));
    m_db->open();
    Committee c;
    c.name = QStringLiteral("Ban Chỉ đạo 35 tỉnh Thử Nghiệm");
    RosterRepository(*m_db).addCommittee(c);
}

void TestMainWindow::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

QStringList TestMainWindow::menuTitles(QMainWindow &w) const
{
    QStringList titles;
    for (QAction *a : w.menuBar()->actions())
        titles << a->text();
    return titles;
}

void TestMainWindow::areasSwitchByKeyboard()
{
    MainWindow w(*m_db);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QCOMPARE(w.currentArea(), MainWindow::Area::Roster);
    QVERIFY(w.areaWidget(MainWindow::Area::Roster)->isVisible());
    QTest::keyClick(&w, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(w.currentArea(), MainWindow::Area::Meetings);
    QVERIFY(w.areaWidget(MainWindow::Area::Meetings)->isVisible());
    QVERIFY(!w.areaWidget(MainWindow::Area::Roster)->isVisible());
    QTest::keyClick(&w, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(w.currentArea(), MainWindow::Area::Opinions);
    QTest::keyClick(&w, Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(w.currentArea(), MainWindow::Area::Charts);
    QCOMPARE(w.findChild<QListWidget *>(QStringLiteral("areaList"))->currentRow(), 3);
    QTest::keyClick(&w, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(w.currentArea(), MainWindow::Area::Roster);
}

void TestMainWindow::areaMenuFollowsArea()
{
    MainWindow w(*m_db);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QCOMPARE(menuTitles(w),
        QStringList({ QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&Roster"),
            QStringLiteral("&View"), QStringLiteral("&Help") }));
    auto *roster = qobject_cast<RosterView *>(w.areaWidget(MainWindow::Area::Roster));
    QVERIFY(roster);
    w.setCurrentArea(MainWindow::Area::Charts);
    QVERIFY(!menuTitles(w).contains(QStringLiteral("&Roster")));
    // The roster's shortcut does nothing while another area is shown.
    QTest::keyClick(&w, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(roster->findChildren<PersonDialog *>().isEmpty());
    w.setCurrentArea(MainWindow::Area::Roster);
    roster->memberTable()->setFocus();
    QTest::keyClick(&w, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(roster->findChildren<PersonDialog *>().size(), 1);
}

void TestMainWindow::undoRedoShortcuts()
{
    MainWindow w(*m_db);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    auto *roster = qobject_cast<RosterView *>(w.areaWidget(MainWindow::Area::Roster));
    roster->addPersonAction()->trigger();
    auto *dialog = roster->findChild<PersonDialog *>();
    QVERIFY(dialog);
    dialog->nameEdit()->setText(QStringLiteral("Nguyễn Văn An"));
    QTest::mouseClick(
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    RosterRepository repo(*m_db);
    QCOMPARE(repo.persons().size(), 1);
    auto *undo = w.findChild<QAction *>(QStringLiteral("undoAction"));
    QVERIFY(undo->isEnabled());
    QCOMPARE(undo->text(), QStringLiteral("&Undo: Add Nguyễn Văn An"));

    QVERIFY(QTest::qWaitForWindowActive(&w));
    QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(repo.persons().size(), 0);
    QCOMPARE(w.undoStack()->index(), 0);
    QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(repo.persons().size(), 1);
}

void TestMainWindow::geometryRemembered()
{
    {
        MainWindow w(*m_db);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.resize(1010, 640);
        QTRY_COMPARE(w.size(), QSize(1010, 640));
        w.close();
    }
    MainWindow again(*m_db);
    QCOMPARE(again.size(), QSize(1010, 640));
}

void TestMainWindow::areaNames()
{
    MainWindow::Area area = MainWindow::Area::Roster;
    QVERIFY(MainWindow::areaFromName(QStringLiteral("charts"), &area));
    QCOMPARE(area, MainWindow::Area::Charts);
    QVERIFY(MainWindow::areaFromName(QStringLiteral("opinions"), &area));
    QCOMPARE(area, MainWindow::Area::Opinions);
    QVERIFY(!MainWindow::areaFromName(QStringLiteral("Roster"), &area));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
