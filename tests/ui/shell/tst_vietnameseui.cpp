// The application in Vietnamese: our strings and the Qt strings it shows come from our
// translation (Debian ships no Vietnamese Qt catalogue). With THUKY_SCREENSHOT_DIR set, the
// test also saves pictures of the window for a person to look at.

#include <core/db/database.h>
#include <core/demo/demo.h>
#include <ui/charts/chartsview.h>
#include <ui/common/language.h>
#include <ui/common/personpicker.h>
#include <ui/help/helpwindow.h>
#include <ui/meetings/meetingsview.h>
#include <ui/opinions/opinionsview.h>
#include <ui/roster/appointdialog.h>
#include <ui/roster/membertablemodel.h>
#include <ui/roster/persondialog.h>
#include <ui/roster/rosterview.h>
#include <ui/search/searchpopup.h>
#include <ui/shell/firststartdialog.h>
#include <ui/shell/mainwindow.h>
#include <ui/shell/serverpassworddialog.h>

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

#include <algorithm>

using namespace thuky;

class TestVietnameseUi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void mainWindowInVietnamese();
    void dialogsInVietnamese();
    void firstStartInVietnamese();
    void everyAreaFitsAnOfficeScreen();
    void serverPasswordDialogInVietnamese();
    void searchAndHelpInVietnamese();

private:
    void save(QWidget *w, const QString &name);
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestVietnameseUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Language::install(QStringLiteral("vi"));
    m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("demo.sqlite")));
    m_db->open();
    DemoGenerator(*m_db, 2024).generate(50);
}

void TestVietnameseUi::cleanupTestCase()
{
    m_db.reset();
}

void TestVietnameseUi::save(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("THUKY_SCREENSHOT_DIR");
    QTest::qWait(50); // let pending layout requests settle, as they would on screen
    if (!dir.isEmpty())
        QVERIFY(w->grab().save(dir + QLatin1Char('/') + name));
}

void TestVietnameseUi::mainWindowInVietnamese()
{
    MainWindow w(*m_db);
    w.resize(1400, 860);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto *areas = w.findChild<QListWidget *>(QStringLiteral("areaList"));
    QCOMPARE(areas->item(0)->text(), QStringLiteral("Trang chủ"));
    QCOMPARE(areas->item(1)->text(), QStringLiteral("Danh sách thành viên"));
    QCOMPARE(areas->item(2)->text(), QStringLiteral("Hội nghị"));
    save(&w, QStringLiteral("home-vi.png"));
    w.setCurrentArea(MainWindow::Area::Roster);
    QStringList menus;
    for (QAction *a : w.menuBar()->actions())
        menus << a->text();
    QCOMPARE(menus,
        QStringList({ QStringLiteral("&Tệp"), QStringLiteral("&Sửa"),
            QStringLiteral("&Danh sách thành viên"), QStringLiteral("&Xem"),
            QStringLiteral("Trợ &giúp") }));
    QCOMPARE(
        w.findChild<QAction *>(QStringLiteral("undoAction"))->text(), QStringLiteral("&Hoàn tác"));

    auto *roster = qobject_cast<RosterView *>(w.areaWidget(MainWindow::Area::Roster));
    roster->setAsOf(QDate(2024, 6, 30));
    MemberTableModel *members = roster->memberModel();
    QCOMPARE(members->headerData(MemberTableModel::RoleColumn, Qt::Horizontal).toString(),
        QStringLiteral("Chức danh"));
    QCOMPARE(members->index(0, MemberTableModel::RoleColumn).data().toString(),
        QStringLiteral("Trưởng ban"));
    QCOMPARE(members->index(1, MemberTableModel::RoleColumn).data().toString(),
        QStringLiteral("Phó Trưởng ban Thường trực"));
    QCOMPARE(roster->reorganiseAction()->text(), QStringLiteral("&Kiện toàn…"));
    roster->memberTable()->selectRow(0);
    save(&w, QStringLiteral("roster-vi.png"));

    // Qt's own line edit menu comes from our catalogue too.
    std::unique_ptr<QMenu> menu(roster->filterEdit()->createStandardContextMenu());
    QStringList texts;
    for (QAction *a : menu->actions())
        texts << a->text().section(QLatin1Char('\t'), 0, 0);
    QVERIFY2(texts.contains(QStringLiteral("&Hoàn tác")), qPrintable(texts.join(u'|')));
    QVERIFY(texts.contains(QStringLiteral("&Dán")));
    QVERIFY(texts.contains(QStringLiteral("Chọn tất cả")));

    w.setCurrentArea(MainWindow::Area::Meetings);
    QVERIFY(qobject_cast<MeetingsView *>(w.areaWidget(MainWindow::Area::Meetings)));
    save(&w, QStringLiteral("meetings-vi.png"));
    // Every area is the real thing, not a placeholder.
    w.setCurrentArea(MainWindow::Area::Opinions);
    QVERIFY(qobject_cast<OpinionsView *>(w.areaWidget(MainWindow::Area::Opinions)));
    QCOMPARE(areas->item(3)->text(), QStringLiteral("Phản ánh dư luận"));
    save(&w, QStringLiteral("opinions-vi.png"));
    w.setCurrentArea(MainWindow::Area::Charts);
    QVERIFY(qobject_cast<ChartsView *>(w.areaWidget(MainWindow::Area::Charts)));
    save(&w, QStringLiteral("charts-vi.png"));
}

void TestVietnameseUi::dialogsInVietnamese()
{
    MainWindow w(*m_db);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto *roster = qobject_cast<RosterView *>(w.areaWidget(MainWindow::Area::Roster));
    roster->addPersonAction()->trigger();
    auto *dialog = roster->findChild<PersonDialog *>();
    QVERIFY(dialog);
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QCOMPARE(buttons->button(QDialogButtonBox::Ok)->text().remove(QLatin1Char('&')),
        QStringLiteral("Đồng ý"));
    QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')),
        QStringLiteral("Hủy"));
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Thêm người"));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(dialog->errorLabel(QStringLiteral("name"))->text(),
        QStringLiteral("Họ và tên không được để trống."));
    save(dialog, QStringLiteral("person-dialog-vi.png"));
    dialog->reject();

    roster->setAsOf(QDate(2024, 6, 30));
    roster->appointAction()->trigger();
    auto *appoint = roster->findChild<AppointDialog *>();
    QVERIFY(appoint);
    appoint->picker()->filterEdit()->setText(QStringLiteral("an"));
    appoint->setRole(Role::Head);
    QTest::mouseClick(
        appoint->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(appoint->isVisible());
    QVERIFY2(appoint->errorLabel(QStringLiteral("role"))
                 ->text()
                 .startsWith(QStringLiteral("Ban chỉ đạo đã có Trưởng ban vào ngày đó")),
        qPrintable(appoint->errorLabel(QStringLiteral("role"))->text()));
    save(appoint, QStringLiteral("appoint-refused-vi.png"));
    appoint->reject();

    roster->reorganiseAction()->trigger();
    QWidget *reorganise = nullptr;
    for (QWidget *tl : QApplication::topLevelWidgets()) {
        if (tl->isVisible() && tl->windowTitle() == QStringLiteral("Kiện toàn ban chỉ đạo"))
            reorganise = tl;
    }
    QVERIFY(reorganise);
    save(reorganise, QStringLiteral("reorganise-vi.png"));
}

void TestVietnameseUi::firstStartInVietnamese()
{
    Database empty(m_dir.filePath(QStringLiteral("empty.sqlite")));
    empty.open();
    FirstStartDialog dialog(empty);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Chào mừng đến với Thư Ký"));
    QCOMPARE(
        dialog.emptyButton()->text(), QStringLiteral("&Bắt đầu trống: tạo Ban Chỉ đạo cấp tỉnh"));
    save(&dialog, QStringLiteral("first-start-vi.png"));
}

void TestVietnameseUi::searchAndHelpInVietnamese()
{
    MainWindow w(*m_db);
    w.resize(1280, 760);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTest::keyClick(&w, Qt::Key_K, Qt::ControlModifier);
    SearchPopup *popup = w.searchPopup();
    QTRY_VERIFY(popup->isVisible());
    QCOMPARE(popup->windowTitle(), QStringLiteral("Tìm kiếm toàn bộ"));
    QTest::keyClicks(popup->queryEdit(), QStringLiteral("ban chi dao"));
    popup->searchNow();
    QStringList groups;
    for (int i = 0; i < popup->resultTree()->topLevelItemCount(); ++i)
        groups << popup->resultTree()->topLevelItem(i)->text(0);
    QVERIFY2(
        groups.filter(QRegularExpression(QStringLiteral("^Ban chỉ đạo \\(\\d+\\)$"))).size() == 1,
        qPrintable(groups.join(QLatin1Char('|'))));
    QVERIFY2(groups.filter(QRegularExpression(QStringLiteral("^Hội nghị \\(\\d+\\)$"))).size() == 1,
        qPrintable(groups.join(QLatin1Char('|'))));
    save(popup, QStringLiteral("search-vi.png"));
    popup->close();

    w.setCurrentArea(MainWindow::Area::Opinions);
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QTest::keyClick(&w, Qt::Key_F1);
    QTRY_VERIFY(HelpWindow::instance() && HelpWindow::instance()->isVisible());
    HelpWindow *help = HelpWindow::instance();
    QCOMPARE(help->currentPage(), QStringLiteral("opinions"));
    QCOMPARE(help->currentLanguage(), QStringLiteral("vi"));
    QVERIFY(help->findChild<QTextBrowser *>()->toPlainText().contains(QStringLiteral("phản ánh")));
    save(help, QStringLiteral("help-vi.png"));
    delete help;
}

QTEST_MAIN(TestVietnameseUi)
void TestVietnameseUi::everyAreaFitsAnOfficeScreen()
{
    // A 1280 × 800 window, the Vietnamese labels being the longer ones: no area may need
    // scrolling sideways.
    MainWindow w(*m_db);
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    for (MainWindow::Area area : { MainWindow::Area::Home, MainWindow::Area::Roster,
             MainWindow::Area::Meetings, MainWindow::Area::Opinions, MainWindow::Area::Charts }) {
        w.setCurrentArea(area);
        QTest::qWait(50);
        QWidget *widget = w.areaWidget(area);
        auto *scroll = qobject_cast<QScrollArea *>(widget->parentWidget()->parentWidget());
        QVERIFY(scroll);
        QVERIFY2(!scroll->horizontalScrollBar()->isVisible(),
            qPrintable(QStringLiteral("area %1 needs %2 pixels, has %3")
                           .arg(int(area))
                           .arg(widget->minimumSizeHint().width())
                           .arg(scroll->viewport()->width())));
        save(&w, QStringLiteral("area-%1-1280.png").arg(int(area)));
    }
}

void TestVietnameseUi::serverPasswordDialogInVietnamese()
{
    ServerPasswordDialog dialog(QStringLiteral("postgresql://thuky:cu@10.0.0.5:5432/bcd35"), true);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Máy chủ cơ sở dữ liệu"));
    QCOMPARE(dialog.rememberBox()->text(), QStringLiteral("&Ghi nhớ trong kho khóa của hệ thống"));
    QVERIFY(dialog.rememberBox()->isChecked());
    QCOMPARE(dialog.passwordEdit()->echoMode(), QLineEdit::Password);
    // The old password in the URL is never shown.
    const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
    const bool shown = std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *l) {
        return l->text().contains(QStringLiteral("postgresql://thuky@10.0.0.5:5432/bcd35"))
            && l->text().contains(QStringLiteral("không chấp nhận"));
    });
    QVERIFY(shown);
    for (const QLabel *l : labels)
        QVERIFY(!l->text().contains(QStringLiteral(":cu@")));
    QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("Mk-2024"));
    QCOMPARE(dialog.password(), QStringLiteral("Mk-2024"));
    save(&dialog, QStringLiteral("server-password-vi.png"));
}

#include "tst_vietnameseui.moc"
