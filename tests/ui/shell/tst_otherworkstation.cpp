// Two workstations on one database, as the clerks see them: the window open on one shows within
// two seconds the report another saved — the count, the rows on screen, the selected report and
// the scroll position kept — and the charts and the roster follow; not under an open dialog.
// On PostgreSQL (THUKY_TEST_PG_URL) through NOTIFY, on SQLite through PRAGMA data_version.
#include <common/shownnumber.h>
#include <common/testdb.h>

#include <core/db/changewatch.h>
#include <core/opinions/opinionbulkinserter.h>
#include <core/opinions/opinionrepository.h>
#include <core/opinions/taxonomyrepository.h>
#include <core/roster/rosterrepository.h>
#include <ui/charts/chartsview.h>
#include <ui/opinions/opinionsview.h>
#include <ui/opinions/opiniontablemodel.h>
#include <ui/roster/committeetreemodel.h>
#include <ui/roster/rosterview.h>
#include <ui/shell/mainwindow.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace thuky;

class TestOtherWorkstation : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void reportListFollows_data() { test::addBackendRows(); }
    void reportListFollows();
    void searchFollows_data() { test::addBackendRows(); }
    void searchFollows();
    void selectionAndScrollStay_data() { test::addBackendRows(); }
    void selectionAndScrollStay();
    void hiddenAreasWaitUntilShown_data() { test::addBackendRows(); }
    void hiddenAreasWaitUntilShown();
    void notUnderAnOpenDialog_data() { test::addBackendRows(); }
    void notUnderAnOpenDialog();

private:
    /** The other workstation's database (the writer) and this one's, with @p reports. */
    void open(const QString &backend, int reports);
    qint64 addReport(const QString &summary, const QDate &day = QDate(2025, 12, 30));
    /** The window on this workstation, on the opinion reports area. */
    std::unique_ptr<MainWindow> showWindow(MainWindow::Area area = MainWindow::Area::Opinions);
    OpinionsView *reports(MainWindow &w) const
    {
        return qobject_cast<OpinionsView *>(w.areaWidget(MainWindow::Area::Opinions));
    }
    qint64 shownCount(MainWindow &w) const
    {
        return test::shownNumber(reports(w)->countLabel()->text());
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_other;
    std::unique_ptr<Database> m_here;
    qint64 m_locality = 0;
    qint64 m_topic = 0;
};

void TestOtherWorkstation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("thuky-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_otherworkstation"));
}

void TestOtherWorkstation::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestOtherWorkstation::cleanup()
{
    m_here.reset();
    m_other.reset();
}

void TestOtherWorkstation::open(const QString &backend, int reports)
{
    m_other = test::openFresh(backend, *m_dir);
    Locality l;
    l.name = QStringLiteral("Ba Chúc");
    l.level = QStringLiteral("commune");
    m_locality = RosterRepository(*m_other).addLocality(l);
    m_topic = TaxonomyRepository(*m_other).addTopic(QStringLiteral("Đất đai"));
    {
        Transaction tx(*m_other);
        OpinionBulkInserter inserter(*m_other);
        for (int i = 0; i < reports; ++i) {
            OpinionReport r;
            r.observedOn = QDate(2025, 1, 1).addDays(i % 300);
            r.localityId = m_locality;
            r.topicId = m_topic;
            r.summary = QStringLiteral("Phản ánh số %1").arg(i);
            inserter.append(r);
        }
        inserter.finish();
        tx.commit();
    }
    m_here = std::make_unique<Database>(m_other->location());
    m_here->open(Database::OpenMode::MustExist);
    m_here->setCurrentUser(QStringLiteral("here"));
}

qint64 TestOtherWorkstation::addReport(const QString &summary, const QDate &day)
{
    OpinionReport r;
    r.observedOn = day;
    r.localityId = m_locality;
    r.topicId = m_topic;
    r.summary = summary;
    return OpinionRepository(*m_other).add(r);
}

std::unique_ptr<MainWindow> TestOtherWorkstation::showWindow(MainWindow::Area area)
{
    auto w = std::make_unique<MainWindow>(*m_here);
    w->resize(1200, 800);
    w->show();
    w->setCurrentArea(area);
    if (!QTest::qWaitForWindowExposed(w.get()))
        return nullptr;
    return w;
}

void TestOtherWorkstation::reportListFollows()
{
    QFETCH(QString, backend);
    open(backend, 5);
    auto w = showWindow();
    QVERIFY(w);
    QVERIFY(w->changeWatch()->isActive());
    QCOMPARE(shownCount(*w), 5);

    QElapsedTimer clock;
    clock.start();
    addReport(QStringLiteral("Sạt lở bờ kè kênh Vĩnh Tế"));
    QTRY_COMPARE_WITH_TIMEOUT(shownCount(*w), 6, 2000);
    qInfo("%s: shown %lld ms after the commit", qPrintable(backend), clock.elapsed());
    // The newest report is the list's first row, and the status bar says where it came from.
    QTableView *table = reports(*w)->table();
    QCOMPARE(table->model()->index(0, OpinionTableModel::SummaryColumn).data().toString(),
        QStringLiteral("Sạt lở bờ kè kênh Vĩnh Tế"));
    QCOMPARE(w->statusBar()->currentMessage(),
        backend == QLatin1String("sqlite") ? QStringLiteral("Updated by another program")
                                           : QStringLiteral("Updated from another workstation"));

    // A removal too.
    const qint64 id = OpinionRepository(*m_other)
                          .list({}, OpinionColumn::Date, Qt::AscendingOrder, 1, 0)
                          .first()
                          .id;
    OpinionRepository(*m_other).remove(id);
    QTRY_COMPARE_WITH_TIMEOUT(shownCount(*w), 5, 2000);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 5, 500);
}

/** A list showing a search follows too: the matches it held are read again, not reused. */
void TestOtherWorkstation::searchFollows()
{
    QFETCH(QString, backend);
    open(backend, 5);
    auto w = showWindow();
    QVERIFY(w);
    QLineEdit *search = reports(*w)->searchEdit();
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("bo ke"));
    QTableView *table = reports(*w)->table();
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 0, 2000);
    QTRY_COMPARE_WITH_TIMEOUT(shownCount(*w), 0, 2000);

    addReport(QStringLiteral("Sạt lở bờ kè kênh Vĩnh Tế"));
    QTRY_COMPARE_WITH_TIMEOUT(shownCount(*w), 1, 2000);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 500);
    QCOMPARE(table->model()->index(0, OpinionTableModel::SummaryColumn).data().toString(),
        QStringLiteral("Sạt lở bờ kè kênh Vĩnh Tế"));
    addReport(QStringLiteral("Bờ kè xuống cấp"));
    QTRY_COMPARE_WITH_TIMEOUT(shownCount(*w), 2, 2000);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 2, 500);
}

void TestOtherWorkstation::selectionAndScrollStay()
{
    QFETCH(QString, backend);
    open(backend, 1000);
    auto w = showWindow();
    QVERIFY(w);
    OpinionsView *view = reports(*w);
    QTableView *table = view->table();
    auto *model = view->model();
    // Three pages fetched, scrolled to the middle, a report there selected.
    while (model->rowCount() < 3 * OpinionTableModel::PageSize && model->canFetchMore({}))
        model->fetchMore({});
    view->selectId(model->index(452, 0).data(OpinionTableModel::IdRole).toLongLong());
    table->scrollTo(model->index(440, 0), QAbstractItemView::PositionAtTop);
    QTest::qWait(100); // the view lays the rows out (and may fetch a page more)
    const int fetched = model->rowCount();
    QVERIFY2(fetched >= 600 && fetched < 1000 && fetched % OpinionTableModel::PageSize == 0,
        qPrintable(QString::number(fetched)));
    const qint64 selected = view->selectedId();
    QVERIFY(selected > 0);
    const int scroll = table->verticalScrollBar()->value();
    QVERIFY(scroll > 0);

    // Newer than all: it goes first, every row below moves down by one.
    addReport(QStringLiteral("Báo cáo mới từ máy khác"));
    QTRY_COMPARE_WITH_TIMEOUT(shownCount(*w), 1001, 2000);
    QCOMPARE(view->selectedId(), selected);
    QCOMPARE(table->currentIndex().row(), 453);
    QCOMPARE(table->verticalScrollBar()->value(), scroll);
    QCOMPARE(model->rowCount(), fetched); // not the whole list again
    // Rows off the screen are read again when shown: the first is the new report.
    QCOMPARE(model->index(0, OpinionTableModel::SummaryColumn).data().toString(),
        QStringLiteral("Báo cáo mới từ máy khác"));
    const QList<OpinionReport> first
        = OpinionRepository(*m_here).list({}, OpinionColumn::Date, Qt::DescendingOrder, 600, 0);
    for (int row : { 1, 199, 200, 452, 599 })
        QCOMPARE(
            model->index(row, 0).data(OpinionTableModel::IdRole).toLongLong(), first.at(row).id);
}

void TestOtherWorkstation::hiddenAreasWaitUntilShown()
{
    QFETCH(QString, backend);
    open(backend, 3);
    auto w = showWindow(MainWindow::Area::Charts);
    QVERIFY(w);
    auto *charts = qobject_cast<ChartsView *>(w->areaWidget(MainWindow::Area::Charts));
    QTRY_VERIFY(!charts->isStale());
    w->setCurrentArea(MainWindow::Area::Roster);
    QCOMPARE(shownCount(*w), 3);
    QSignalSpy spy(w->changeWatch(), &ChangeWatch::changed);
    addReport(QStringLiteral("Khi khu vực đang ẩn"));
    QVERIFY(spy.wait(2000));
    QCoreApplication::processEvents();
    // Hidden: nothing read yet (the list shows the old count), the charts wait for a redraw.
    QCOMPARE(shownCount(*w), 3);
    QVERIFY(charts->isStale());
    w->setCurrentArea(MainWindow::Area::Opinions);
    QTRY_COMPARE_WITH_TIMEOUT(shownCount(*w), 4, 500);
    w->setCurrentArea(MainWindow::Area::Charts);
    QTRY_VERIFY_WITH_TIMEOUT(!charts->isStale(), 1000);

    // The roster, shown, follows a committee added elsewhere.
    w->setCurrentArea(MainWindow::Area::Roster);
    auto *roster = qobject_cast<RosterView *>(w->areaWidget(MainWindow::Area::Roster));
    spy.clear();
    Committee c;
    c.name = QStringLiteral("Ban Chỉ đạo xã Ba Chúc");
    const qint64 committee = RosterRepository(*m_other).addCommittee(c);
    QVERIFY(!roster->committeeModel()->indexOfId(committee).isValid());
    QVERIFY(spy.wait(2000));
    QTRY_VERIFY_WITH_TIMEOUT(roster->committeeModel()->indexOfId(committee).isValid(), 1000);
}

void TestOtherWorkstation::notUnderAnOpenDialog()
{
    QFETCH(QString, backend);
    open(backend, 2);
    auto w = showWindow();
    QVERIFY(w);
    QDialog dialog(w.get()); // a record being edited
    dialog.setModal(true);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(QApplication::activeModalWidget(), &dialog);
    QSignalSpy spy(w->changeWatch(), &ChangeWatch::changed);
    addReport(QStringLiteral("Trong khi hộp thoại đang mở"));
    QVERIFY(spy.wait(2000));
    QTest::qWait(700);
    QCOMPARE(shownCount(*w), 2);
    dialog.close();
    QTRY_COMPARE_WITH_TIMEOUT(shownCount(*w), 3, 1500);
}

QTEST_MAIN(TestOtherWorkstation)
#include "tst_otherworkstation.moc"
