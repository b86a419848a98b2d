// The main window on a 1366×768 screen: areas switched by keyboard (home first), the area
// menu, undo/redo shortcuts, the window fitting the screen and its state remembered, Ctrl+K
// search opening records, F1 help, File → Settings.

#include <common/officescreen.h>
#include <common/typing.h>
#include <core/db/database.h>
#include <core/db/settingsrepository.h>
#include <core/documents/documentpagesettings.h>
#include <core/roster/rosterrepository.h>
#include <ui/help/helpwindow.h>
#include <ui/roster/persondialog.h>
#include <ui/roster/rosterview.h>
#include <ui/search/searchpopup.h>
#include <ui/shell/databaseactions.h>
#include <ui/shell/mainwindow.h>
#include <ui/shell/settingsdialog.h>

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
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
    void fitsTheScreenAtFirstStart();
    void lastAreaReopened();
    void searchOpensTheRecord();
    void f1OpensTheAreasHelp();
    void settingsByKeyboard();
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
    // A first start opens on the home page.
    QCOMPARE(w.currentArea(), MainWindow::Area::Home);
    QVERIFY(w.areaWidget(MainWindow::Area::Home)->isVisible());
    QTest::keyClick(&w, Qt::Key_1, Qt::ControlModifier);
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
    QCOMPARE(w.findChild<QListWidget *>(QStringLiteral("areaList"))->currentRow(), 4);
    QTest::keyClick(&w, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(w.currentArea(), MainWindow::Area::Home);
}

void TestMainWindow::areaMenuFollowsArea()
{
    MainWindow w(*m_db);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    w.setCurrentArea(MainWindow::Area::Roster);
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

void TestMainWindow::fitsTheScreenAtFirstStart()
{
    MainWindow w(*m_db);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QRect screen = w.screen()->availableGeometry();
    QCOMPARE(screen.size(), QSize(1366, 768));
    QVERIFY2(screen.contains(w.frameGeometry()),
        qPrintable(QStringLiteral("%1,%2 %3×%4")
                       .arg(w.frameGeometry().x())
                       .arg(w.frameGeometry().y())
                       .arg(w.frameGeometry().width())
                       .arg(w.frameGeometry().height())));
    QVERIFY(w.width() >= 1200); // as large as the screen allows, not a small window
}

void TestMainWindow::lastAreaReopened()
{
    {
        MainWindow w(*m_db);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::keyClick(&w, Qt::Key_3, Qt::ControlModifier);
        w.close();
    }
    MainWindow again(*m_db);
    QCOMPARE(again.currentArea(), MainWindow::Area::Opinions);
}

void TestMainWindow::searchOpensTheRecord()
{
    RosterRepository roster(*m_db);
    Person p;
    p.fullName = QStringLiteral("Phạm Thị Hường");
    const qint64 person = roster.addPerson(p);
    Committee c;
    c.name = QStringLiteral("Ban Chỉ đạo 35 huyện Hòn Đất");
    c.level = QStringLiteral("district");
    c.parentId = roster.committees().first().id;
    const qint64 committee = roster.addCommittee(c);

    MainWindow w(*m_db);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    auto *rosterView = qobject_cast<RosterView *>(w.areaWidget(MainWindow::Area::Roster));
    QTest::keyClick(&w, Qt::Key_K, Qt::ControlModifier);
    SearchPopup *popup = w.searchPopup();
    QTRY_VERIFY(popup->isVisible());
    QTest::keyClicks(popup->queryEdit(), QStringLiteral("huong"));
    QTest::keyClick(popup->queryEdit(), Qt::Key_Return);
    QVERIFY(!popup->isVisible());
    QCOMPARE(w.currentArea(), MainWindow::Area::Roster);
    QCOMPARE(rosterView->currentPersonId(), person);

    w.setCurrentArea(MainWindow::Area::Home);
    QTest::keyClick(&w, Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(popup->isVisible());
    QTest::keyClicks(popup->queryEdit(), QStringLiteral("hon dat"));
    QTest::keyClick(popup->queryEdit(), Qt::Key_Return);
    QCOMPARE(w.currentArea(), MainWindow::Area::Roster);
    QCOMPARE(rosterView->currentCommitteeId(), committee);
}

void TestMainWindow::f1OpensTheAreasHelp()
{
    MainWindow w(*m_db);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    w.setCurrentArea(MainWindow::Area::Meetings);
    QTest::keyClick(&w, Qt::Key_F1);
    HelpWindow *help = HelpWindow::instance();
    QVERIFY(help);
    QTRY_VERIFY(help->isVisible());
    QCOMPARE(help->currentPage(), QStringLiteral("meetings"));
    QVERIFY(QTest::qWaitForWindowActive(&w));
    w.setCurrentArea(MainWindow::Area::Home);
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QTest::keyClick(&w, Qt::Key_F1);
    QTRY_COMPARE(help->currentPage(), QStringLiteral("home"));
    QCOMPARE(HelpWindow::instance(), help); // one window, raised again
    delete help;
}

void TestMainWindow::settingsByKeyboard()
{
    MainWindow w(*m_db);
    w.show();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    bool seen = false;
    // The dialog is modal: it is typed into once it shows.
    QTimer::singleShot(0, this, [&] {
        QTRY_VERIFY(qobject_cast<SettingsDialog *>(QApplication::activeModalWidget()));
        auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
        // Whatever fails below, the dialog does not stay open.
        const auto close = qScopeGuard([dialog] {
            if (dialog->isVisible())
                dialog->reject();
        });
        seen = true;
        // The first field has the focus; Tab walks the form top to bottom.
        QTRY_COMPARE(QApplication::focusWidget(), dialog->marginEdit(0));
        QTest::keyClick(dialog->marginEdit(0), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(dialog->marginEdit(0), QStringLiteral("25"));
        for (int i = 1; i < 4; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget(), dialog->marginEdit(i));
        }
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), dialog->superiorBodyEdit());
        thuky::test::typeText(dialog->superiorBodyEdit(), QStringLiteral("Tỉnh ủy Thử Nghiệm"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), dialog->signatureLeftEdit());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), dialog->signatureRightEdit());
        QTest::keyClick(dialog->signatureRightEdit(), Qt::Key_A, Qt::ControlModifier);
        thuky::test::typeText(dialog->signatureRightEdit(), QStringLiteral("THƯ KÝ HỘI NGHỊ"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), dialog->waitingDaysEdit());
        QTest::keyClick(dialog->waitingDaysEdit(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(dialog->waitingDaysEdit(), QStringLiteral("21"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    });
    QTest::keyClick(&w, Qt::Key_Comma, Qt::ControlModifier);
    QVERIFY(seen);
    SettingsRepository settings(*m_db);
    QCOMPARE(settings.value(QLatin1String(SettingsRepository::MarginTop)), QStringLiteral("25"));
    QCOMPARE(settings.value(QLatin1String(SettingsRepository::SignatureRight)),
        QStringLiteral("THƯ KÝ HỘI NGHỊ"));
    // The default left label is not stored: a later default would apply.
    QCOMPARE(settings.value(QLatin1String(SettingsRepository::SignatureLeft)), QString());
    QCOMPARE(settings.number(QLatin1String(SettingsRepository::WaitingDays), 14, 1, 365), 21);
    const DocumentPageSettings page = DocumentPageSettings::fromDatabase(*m_db);
    QCOMPARE(page.marginTopMm, 25.0);
    QCOMPARE(page.superiorBody, QStringLiteral("Tỉnh ủy Thử Nghiệm"));
}

void TestMainWindow::areaNames()
{
    MainWindow::Area area = MainWindow::Area::Roster;
    QVERIFY(MainWindow::areaFromName(QStringLiteral("charts"), &area));
    QCOMPARE(area, MainWindow::Area::Charts);
    QVERIFY(MainWindow::areaFromName(QStringLiteral("opinions"), &area));
    QCOMPARE(area, MainWindow::Area::Opinions);
    QVERIFY(!MainWindow::areaFromName(QStringLiteral("Roster"), &area));
    QVERIFY(MainWindow::areaFromName(QStringLiteral("home"), &area));
    QCOMPARE(area, MainWindow::Area::Home);
    QCOMPARE(MainWindow::areaName(MainWindow::Area::Meetings), QStringLiteral("meetings"));
}

THUKY_TEST_MAIN_OFFICE_SCREEN(TestMainWindow)
#include "tst_mainwindow.moc"
