// HomeView, a real widget offscreen: it shows the figures of the records the test made, a click
// or Enter on an item asks for exactly that record, an empty database gets its first steps,
// and the page follows the undo stack (at once when shown, on the next show when hidden).
// With THUKY_SCREENSHOT_DIR set it saves the page on the demo data and on an empty database
// at the size it has in a 1366×768 window.

#include "../../core/home/homefixture.h"

#include <core/demo/demo.h>
#include <ui/common/databasecommand.h>
#include <ui/common/language.h>
#include <ui/home/homelist.h>
#include <ui/home/homeview.h>
#include <ui/opinions/opinioncommands.h>

#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace thuky;

namespace {
const QDate today(2026, 11, 18);
/** The room the main window gives an area on a 1366×768 screen (area list, menu, status bar). */
const QSize areaSize(1180, 690);
} // namespace

class TestHomeView : public QObject, private test::HomeFixture
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void showsTheFigures();
    void clickAndEnterOpenTheRecord();
    void keyboardReachesEveryItem();
    void emptyDatabaseSaysWhatToDoFirst();
    void followsTheUndoStack();
    void screenshots_data();
    void screenshots();

private:
    /** Reports, a meeting with tasks, an approved meeting and a next one (as of today). */
    void fill();
    void showView();
    template <typename T> T *child(const char *name)
    {
        T *w = m_view->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }

    QUndoStack m_undo;
    std::unique_ptr<HomeView> m_view;
    QList<Task> m_taskList; ///< the tasks of fill()'s first meeting: 2 overdue, 1 this week
    qint64 m_oldest = 0, m_second = 0, m_approved = 0, m_next = 0;
};

void TestHomeView::init()
{
    m_undo.clear();
    open(QStringLiteral("sqlite"));
}

void TestHomeView::cleanup()
{
    m_view.reset();
    m_undo.clear();
    m_db.reset();
}

void TestHomeView::fill()
{
    m_oldest = addReport(QDate(2026, 9, 1), QStringLiteral("forwarded"));
    m_second = addReport(QDate(2026, 10, 10));
    addReport(QDate(2026, 11, 17)); // this quarter, not waiting yet
    addReport(QDate(2026, 8, 1), QStringLiteral("closed"));
    addMeeting(QDateTime(QDate(2026, 10, 1), QTime(8, 0)), QStringLiteral("Giao ban quý III"),
        { QDate(2026, 11, 1), QDate(2026, 11, 17), QDate(2026, 11, 20) });
    m_taskList = m_tasks;
    m_approved = addMeeting(
        QDateTime(QDate(2026, 11, 10), QTime(8, 0)), QStringLiteral("Chuyên đề đất đai"));
    MeetingRepository(*m_db).approve(m_approved);
    m_next = addMeeting(
        QDateTime(QDate(2026, 11, 25), QTime(14, 30)), QStringLiteral("Giao ban tháng 11"));
}

void TestHomeView::showView()
{
    m_view = std::make_unique<HomeView>(*m_db, &m_undo);
    m_view->setToday(today);
    m_view->resize(areaSize);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestHomeView::showsTheFigures()
{
    fill();
    showView();
    // This quarter: 10/10 and 17/11; the last quarter: 01/08 and 01/09, only 01/08 by the same
    // day (18/08).
    QCOMPARE(child<QLabel>("quarterCount")->text(), QStringLiteral("2"));
    QVERIFY(child<QLabel>("quarterChange")->text().contains(QStringLiteral("+1 (+100.0%)")));
    auto *waiting = child<HomeList>("waitingList");
    QCOMPARE(waiting->topLevelItemCount(), 2);
    QCOMPARE(waiting->idAt(0), m_oldest);
    QVERIFY(waiting->topLevelItem(0)->text(0).startsWith(QStringLiteral("78 ")));
    QCOMPARE(waiting->topLevelItem(0)->text(1), QStringLiteral("01/09/2026"));
    QCOMPARE(waiting->topLevelItem(0)->text(2), QStringLiteral("Tri Tôn"));
    QCOMPARE(waiting->topLevelItem(0)->text(4), QStringLiteral("Forwarded"));
    QVERIFY(!child<QLabel>("waitingEmpty")->isVisible());

    auto *overdue = child<HomeList>("overdueList");
    QCOMPARE(overdue->topLevelItemCount(), 2);
    QCOMPARE(overdue->idAt(0), m_taskList.at(0).id);
    QVERIFY(overdue->topLevelItem(0)->text(1).startsWith(QStringLiteral("17 ")));
    auto *week = child<HomeList>("weekList");
    QCOMPARE(week->topLevelItemCount(), 1);
    QCOMPARE(week->idAt(0), m_taskList.at(2).id);

    QVERIFY(child<QLabel>("nextMeeting")->text().contains(QStringLiteral("Giao ban tháng 11")));
    QVERIFY(child<QLabel>("nextMeeting")->text().contains(QStringLiteral("25/11/2026 at 14:30")));
    QVERIFY(child<QLabel>("lastMeeting")->text().contains(QStringLiteral("Chuyên đề đất đai")));
    auto *minutes = child<QLabel>("minutesState");
    QVERIFY(minutes->property("approved").toBool());
    QVERIFY(minutes->text().contains(QStringLiteral("1-BB/BCĐ")));
    QVERIFY(!child<QFrame>("startCard")->isVisible());
}

void TestHomeView::clickAndEnterOpenTheRecord()
{
    fill();
    showView();
    QSignalSpy reports(m_view.get(), &HomeView::openReport);
    QSignalSpy tasks(m_view.get(), &HomeView::openTask);
    auto *waiting = child<HomeList>("waitingList");
    const QRect second = waiting->visualItemRect(waiting->topLevelItem(1));
    QTest::mouseClick(waiting->viewport(), Qt::LeftButton, {}, second.center());
    QCOMPARE(reports.size(), 1);
    QCOMPARE(reports.takeFirst().at(0).toLongLong(), m_second);

    // Tab into the list lands on its first line; Enter opens it, Down then Enter the next.
    auto *overdue = child<HomeList>("overdueList");
    overdue->setFocus(Qt::TabFocusReason);
    QTest::keyClick(overdue, Qt::Key_Return);
    QTest::keyClick(overdue, Qt::Key_Down);
    QTest::keyClick(overdue, Qt::Key_Enter);
    QCOMPARE(tasks.size(), 2);
    QCOMPARE(tasks.at(0).at(0).toLongLong(), m_taskList.at(0).id);
    QCOMPARE(tasks.at(1).at(0).toLongLong(), m_taskList.at(1).id);
    QCOMPARE(reports.size(), 0);

    // The next meeting's title is a link: a click on it asks for that meeting.
    QSignalSpy meetings(m_view.get(), &HomeView::openMeeting);
    auto *next = child<QLabel>("nextMeeting");
    QTest::mouseClick(next, Qt::LeftButton, {}, QPoint(4, next->fontMetrics().height() / 2));
    QCOMPARE(meetings.size(), 1);
    QCOMPARE(meetings.at(0).at(0).toLongLong(), m_next);
}

void TestHomeView::keyboardReachesEveryItem()
{
    fill();
    showView();
    QSignalSpy meetings(m_view.get(), &HomeView::openMeeting);
    QSignalSpy areas(m_view.get(), &HomeView::openArea);
    QSignalSpy newMeeting(m_view.get(), &HomeView::newMeeting);
    // From the first button, Tab walks the page in reading order; Enter on a link follows it.
    auto *first = child<QPushButton>("homeNewReport");
    first->setFocus(Qt::TabFocusReason);
    QStringList order;
    for (int i = 0; i < 30 && !order.contains(QStringLiteral("weekList")); ++i) {
        QWidget *w = QApplication::focusWidget();
        if (!order.contains(w->objectName())) {
            order << w->objectName();
            if (w->objectName() == QLatin1String("nextMeeting")
                || w->objectName() == QLatin1String("lastMeeting"))
                QTest::keyClick(w, Qt::Key_Return);
        }
        QTest::keyClick(w, Qt::Key_Tab);
    }
    const QStringList expected
        = { QStringLiteral("homeNewReport"), QStringLiteral("homeNewMeeting"),
              QStringLiteral("quarterCardLinks"), QStringLiteral("nextMeeting"),
              QStringLiteral("lastMeeting"), QStringLiteral("waitingCardLinks"),
              QStringLiteral("waitingList"), QStringLiteral("tasksCardLinks"),
              QStringLiteral("overdueList"), QStringLiteral("weekList") };
    QCOMPARE(order, expected);
    QCOMPARE(meetings.size(), 2);
    QCOMPARE(meetings.at(0).at(0).toLongLong(), m_next);
    QCOMPARE(meetings.at(1).at(0).toLongLong(), m_approved);

    // The buttons: Enter on "New meeting".
    child<QPushButton>("homeNewMeeting")->setFocus(Qt::TabFocusReason);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(newMeeting.size(), 1);
    QCOMPARE(areas.size(), 0);
}

void TestHomeView::emptyDatabaseSaysWhatToDoFirst()
{
    openEmpty(QStringLiteral("sqlite"));
    showView();
    QVERIFY(child<QFrame>("startCard")->isVisible());
    QCOMPARE(child<QLabel>("quarterCount")->text(), QStringLiteral("0"));
    QVERIFY(!child<HomeList>("waitingList")->isVisible());
    QCOMPARE(
        child<QLabel>("waitingEmpty")->text(), QStringLiteral("No report has been entered yet."));
    QVERIFY(child<QLabel>("nextMeeting")->text().contains(QStringLiteral("new:meeting")));

    // The three steps, each a link reached with Tab and followed with Enter.
    QSignalSpy areas(m_view.get(), &HomeView::openArea);
    QSignalSpy newMeeting(m_view.get(), &HomeView::newMeeting);
    auto *steps = child<QLabel>("startSteps");
    QVERIFY(!steps->text().contains(QStringLiteral("✓")));
    steps->setFocus(Qt::TabFocusReason);
    QTest::keyClick(steps, Qt::Key_Return);
    QTest::keyClick(steps, Qt::Key_Tab);
    QTest::keyClick(steps, Qt::Key_Return);
    QTest::keyClick(steps, Qt::Key_Tab);
    QTest::keyClick(steps, Qt::Key_Return);
    QCOMPARE(areas.size(), 2);
    QCOMPARE(areas.at(0).at(0).toString(), QStringLiteral("roster"));
    QCOMPARE(areas.at(1).at(0).toString(), QStringLiteral("opinions"));
    QCOMPARE(newMeeting.size(), 1);

    // A viewer cannot add a meeting: the third step shows where meetings are instead.
    m_view->setEditable(false);
    QVERIFY(!child<QPushButton>("homeNewMeeting")->isVisible());
    QVERIFY(steps->text().contains(QStringLiteral("area:meetings")));
    QVERIFY(!child<QLabel>("nextMeeting")->text().contains(QStringLiteral("new:meeting")));
}

void TestHomeView::followsTheUndoStack()
{
    fill();
    showView();
    QCOMPARE(child<QLabel>("quarterCount")->text(), QStringLiteral("2"));
    OpinionReport r;
    r.observedOn = QDate(2026, 11, 2);
    r.localityId = m_locality;
    r.topicId = m_topic;
    r.summary = QStringLiteral("Phản ánh mới");
    DatabaseCommand::execute(&m_undo, new AddOpinionReport(*m_db, r));
    QCOMPARE(child<QLabel>("quarterCount")->text(), QStringLiteral("3"));
    QCOMPARE(child<HomeList>("waitingList")->topLevelItemCount(), 3);
    m_undo.undo();
    QCOMPARE(child<QLabel>("quarterCount")->text(), QStringLiteral("2"));

    // Hidden, the page waits for its next showing.
    m_view->hide();
    m_undo.redo();
    QCOMPARE(m_view->summary().quarterCount, 2);
    m_view->show();
    QCOMPARE(m_view->summary().quarterCount, 3);
    QCOMPARE(child<QLabel>("quarterCount")->text(), QStringLiteral("3"));
}

void TestHomeView::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("demo");
    QTest::newRow("en-demo") << QStringLiteral("en") << true;
    QTest::newRow("en-empty") << QStringLiteral("en") << false;
    QTest::newRow("vi-demo") << QStringLiteral("vi") << true;
    QTest::newRow("vi-empty") << QStringLiteral("vi") << false;
}

void TestHomeView::screenshots()
{
    QFETCH(QString, language);
    QFETCH(bool, demo);
    Language::install(language);
    openEmpty(QStringLiteral("sqlite"));
    if (demo)
        DemoGenerator(*m_db, 2024).generate(2000);
    // The page as it is inside the main window: in a scroll area the size of an area.
    QScrollArea area;
    area.setWidgetResizable(true);
    area.setFrameShape(QFrame::NoFrame);
    auto *view = new HomeView(*m_db, &m_undo);
    view->setToday(demo ? QDate(2025, 11, 20) : today);
    area.setWidget(view);
    area.resize(areaSize);
    area.show();
    QVERIFY(QTest::qWaitForWindowExposed(&area));
    QTest::qWait(50);
    QCOMPARE(area.horizontalScrollBar()->maximum(), 0); // no sideways scrolling at 1366×768
    if (demo) {
        QVERIFY(view->summary().quarterCount > 0);
        QVERIFY(view->summary().waitingCount > 0);
        QVERIFY(view->summary().lastMeeting.has_value());
    }
    const QString dir = qEnvironmentVariable("THUKY_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(area.grab().save(QStringLiteral("%1/home-%2.png")
                                     .arg(dir, QString::fromLatin1(QTest::currentDataTag()))));
}

QTEST_MAIN(TestHomeView)
#include "tst_homeview.moc"
