// The report list on a shared server shows its rows at once and counts the matches on a thread
// and a connection of its own (a common word's count reads every match: up to a second at a
// million reports); the count shown is always that of the filter listed, never of one typed
// before it. On SQLite the count comes with the list.
#include <common/shownnumber.h>
#include <common/testdb.h>

#include <core/opinions/opinionbulkinserter.h>
#include <core/opinions/opinionsearch.h>
#include <core/opinions/taxonomyrepository.h>
#include <core/roster/rosterrepository.h>
#include <ui/opinions/opinionsview.h>
#include <ui/opinions/opiniontablemodel.h>

#include <QApplication>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace thuky;

using test::shownNumber;

class TestBackgroundCount : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void countFollowsTheList_data() { test::addBackendRows(); }
    void countFollowsTheList();
    void countOfTheLastFilterShown_data() { test::addBackendRows(); }
    void countOfTheLastFilterShown();

private:
    void open(const QString &backend);
    /** The list of all reports shown and counted. */
    std::unique_ptr<OpinionsView> showView();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QUndoStack m_undo;
};

void TestBackgroundCount::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("thuky-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_backgroundcount"));
}

void TestBackgroundCount::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestBackgroundCount::cleanup()
{
    m_db.reset();
}

/** 600 reports: 240 about land ("Đất đai …"), 360 about the price of rice ("Giá lúa …"). */
void TestBackgroundCount::open(const QString &backend)
{
    m_db = test::openFresh(backend, *m_dir);
    Locality l;
    l.name = QStringLiteral("Ba Chúc");
    l.level = QStringLiteral("commune");
    const qint64 locality = RosterRepository(*m_db).addLocality(l);
    const qint64 topic = TaxonomyRepository(*m_db).addTopic(QStringLiteral("Đời sống"));
    Transaction tx(*m_db);
    OpinionBulkInserter inserter(*m_db);
    for (int i = 0; i < 600; ++i) {
        OpinionReport r;
        r.observedOn = QDate(2025, 1, 1).addDays(i % 300);
        r.localityId = locality;
        r.topicId = topic;
        r.summary = i % 5 < 2 ? QStringLiteral("Đất đai bị lấn chiếm, số %1").arg(i)
                              : QStringLiteral("Giá lúa xuống thấp, số %1").arg(i);
        inserter.append(r);
    }
    inserter.finish();
    tx.commit();
}

std::unique_ptr<OpinionsView> TestBackgroundCount::showView()
{
    auto view = std::make_unique<OpinionsView>(*m_db, &m_undo);
    view->resize(1200, 700);
    view->show();
    if (!QTest::qWaitForWindowExposed(view.get()))
        return nullptr;
    // Counted after the first screen is painted: all 600.
    if (!QTest::qWaitFor([&] { return shownNumber(view->countLabel()->text()) == 600; }, 5000))
        return nullptr;
    return view;
}

void TestBackgroundCount::countFollowsTheList()
{
    QFETCH(QString, backend);
    open(backend);
    auto view = showView();
    QVERIFY(view);
    OpinionTableModel *model = view->model();
    QLabel *count = view->countLabel();
    QCOMPARE(model->countsInBackground(), backend == QLatin1String("postgresql"));

    OpinionFilter filter;
    filter.text = QStringLiteral("dat dai");
    model->setFilter(filter);
    // The first page is listed before the count is known (on a server): its result comes
    // through the event loop, which has not run since.
    QCOMPARE(model->rowCount(), OpinionTableModel::PageSize); // more follow
    if (model->countsInBackground()) {
        QVERIFY(!model->totalKnown());
        QCOMPARE(count->text(), OpinionsView::tr("Counting…"));
    } else {
        QVERIFY(model->totalKnown());
    }
    QTRY_COMPARE_WITH_TIMEOUT(shownNumber(count->text()), qint64(240), 5000);
    QVERIFY(model->totalKnown());
    QCOMPARE(model->totalCount(), qint64(240));
    QCOMPARE(model->totalCount(), OpinionSearch(*m_db).count(filter));

    // Another search: counted anew.
    filter.text = QStringLiteral("gia lua");
    model->setFilter(filter);
    QTRY_COMPARE_WITH_TIMEOUT(shownNumber(count->text()), qint64(360), 5000);
    QCOMPARE(model->rowCount(), OpinionTableModel::PageSize);
}

void TestBackgroundCount::countOfTheLastFilterShown()
{
    QFETCH(QString, backend);
    open(backend);
    auto view = showView();
    QVERIFY(view);
    OpinionTableModel *model = view->model();
    QLabel *count = view->countLabel();
    // Typed one after another without the event loop running between: three counts asked
    // for, only the last one's result is shown.
    OpinionFilter filter;
    for (const char *text : { "gia", "gia lua", "dat dai" }) {
        filter.text = QString::fromLatin1(text);
        model->setFilter(filter);
    }
    QTRY_COMPARE_WITH_TIMEOUT(shownNumber(count->text()), qint64(240), 5000);
    // No late result of an earlier filter replaces it.
    QTest::qWait(300);
    QCOMPARE(shownNumber(count->text()), qint64(240));
    QCOMPARE(model->totalCount(), qint64(240));
    // The whole list again.
    model->setFilter(OpinionFilter());
    QTRY_COMPARE_WITH_TIMEOUT(shownNumber(count->text()), qint64(600), 5000);
}

QTEST_MAIN(TestBackgroundCount)
#include "tst_backgroundcount.moc"
