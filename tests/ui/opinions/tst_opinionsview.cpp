// Drives the opinion reports area offscreen: the lazy model, filters against SQL counted
// independently, the diacritic-insensitive search with its highlight and its order (the same as
// the command line's), sorting, waiting reports, saved filters and the Vietnamese screen.
// Entry, editing, the workflow, the taxonomy and import/export: tst_opinionsviewedits.

#include "opinionsviewfixture.h"

#include <QScopeGuard>
#include <QSqlQuery>
#include <QTextBrowser>

using namespace thuky;
using namespace thuky::test;

class TestOpinionsView : public QObject, private OpinionsViewFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { initTestCaseFixture(); }
    void init() { initFixture(); }
    void cleanup() { cleanupFixture(); }

    void modelPassesTester();
    void fetchesLazily();
    void countsAfterTheFirstPaint();
    void filtersCombineLikeSql();
    void searchIgnoresDiacriticsAndHighlights();
    void searchPutsBestMatchFirst();
    void searchOrderIsTheCommandLines_data();
    void searchOrderIsTheCommandLines();
    void highlightSpansMapToOriginalText();
    void waitingReportsStandOut();
    void savedFiltersRoundTrip();
    void showFilterFromCharts();
    void sortingByColumnRequeries();
    void reporterColumnOnDemand();
    void filterDatesTypedInOneGo();
    void openReportClearsWhatHidesIt();
    void openReportKeepsFiltersThatShowIt();
    void countsFollowTheLanguage_data();
    void countsFollowTheLanguage();
    void vietnameseScreen(); // last: installs the Vietnamese translation for the process
};

void TestOpinionsView::modelPassesTester()
{
    bulk(450);
    OpinionTableModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter(OpinionFilter());
    QCOMPARE(model.rowCount(), OpinionTableModel::PageSize);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 450);
    model.sort(OpinionTableModel::LocalityColumn, Qt::AscendingOrder);
    OpinionFilter f;
    f.text = QStringLiteral("gia ca");
    model.setFilter(f);
    QCOMPARE(model.totalCount(), qint64(450));
    model.setWaitingDays(3);
    QCOMPARE(model.index(0, OpinionTableModel::DateColumn).data().toString().size(), 10);
}

void TestOpinionsView::fetchesLazily()
{
    bulk(5000);
    makeView();
    OpinionTableModel *model = m_view->model();
    QCOMPARE(model->totalCount(), qint64(5000));
    // The view may ask for one more page to fill its screen, never for everything.
    QVERIFY(model->rowCount() >= OpinionTableModel::PageSize);
    QVERIFY(model->rowCount() <= 2 * OpinionTableModel::PageSize);
    const int before = model->rowCount();
    QVERIFY(model->canFetchMore({}));
    model->fetchMore({});
    QCOMPARE(model->rowCount(), before + OpinionTableModel::PageSize);
    // Scrolling to the bottom fetches the next page.
    const int fetched = model->rowCount();
    m_view->table()->scrollToBottom();
    QTRY_VERIFY(model->rowCount() > fetched);
    QVERIFY(model->rowCount() < 5000);
    QCOMPARE(shownNumber(m_view->countLabel()->text()), qint64(5000));
    // Newest first by default.
    QVERIFY(model->report(0).observedOn >= model->report(model->rowCount() - 1).observedOn);
}

void TestOpinionsView::countsAfterTheFirstPaint()
{
    // More than a page: the count would read every report, so the first screen does not
    // wait for it (a million reports: 0.1-0.2 s before anything was painted).
    bulk(OpinionTableModel::PageSize * 2 + 7);
    m_view = std::make_unique<OpinionsView>(*m_db, m_undo.get());
    OpinionTableModel *model = m_view->model();
    QCOMPARE(model->rowCount(), OpinionTableModel::PageSize);
    QVERIFY(model->canFetchMore({}));
    QVERIFY(!model->totalKnown());
    QVERIFY(m_view->countLabel()->text().isEmpty());
    m_view->resize(1280, 760);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    QTRY_COMPARE(
        shownNumber(m_view->countLabel()->text()), qint64(OpinionTableModel::PageSize * 2 + 7));
    QVERIFY(model->totalKnown());
    // Painted once, a new filter is counted at once.
    m_view->searchEdit()->setText(QStringLiteral("so 1"));
    QTRY_VERIFY(m_view->model()->filter().text == QStringLiteral("so 1"));
    QVERIFY(model->totalKnown());
    QCOMPARE(shownNumber(m_view->countLabel()->text()), model->totalCount());
    // Fetching to the end without a count stops at the last row.
    OpinionTableModel fresh(*m_db);
    fresh.reload();
    QVERIFY(!fresh.totalKnown());
    while (fresh.canFetchMore({}))
        fresh.fetchMore({});
    QCOMPARE(fresh.rowCount(), OpinionTableModel::PageSize * 2 + 7);
    QCOMPARE(fresh.totalCount(), qint64(OpinionTableModel::PageSize * 2 + 7));
}

void TestOpinionsView::filtersCombineLikeSql()
{
    bulk(3000);
    makeView();
    auto select = [](QComboBox *combo, const QVariant &data) {
        const int i = combo->findData(data);
        QVERIFY2(i >= 0, qPrintable(data.toString()));
        combo->setCurrentIndex(i);
    };
    select(m_view->localityCombo(), m_longXuyen); // with its commune Mỹ Bình
    select(m_view->topicCombo(), m_land); // with its subtopic
    select(m_view->channelCombo(), QStringLiteral("press"));
    select(m_view->statusCombo(), QStringLiteral("new,forwarded"));
    m_view->fromEdit()->setText(QStringLiteral("01/03/2022"));
    m_view->toEdit()->setText(QStringLiteral("31/12/2023"));

    QSqlQuery q(m_db->connection());
    QVERIFY(q.prepare(QStringLiteral(
        "SELECT count(*) FROM opinions WHERE locality_id IN (?, ?) AND topic_id IN (?, ?) "
        "AND channel = 'press' AND status IN ('new', 'forwarded') "
        "AND observed_on BETWEEN '2022-03-01' AND '2023-12-31'")));
    q.addBindValue(m_longXuyen);
    q.addBindValue(m_myBinh);
    q.addBindValue(m_land);
    q.addBindValue(m_compensation);
    QVERIFY(q.exec() && q.next());
    const qint64 expected = q.value(0).toLongLong();
    QVERIFY(expected > 0);
    QCOMPARE(m_view->model()->totalCount(), expected);
    QCOMPARE(shownNumber(m_view->countLabel()->text()), expected);
    QCOMPARE(
        qint64(m_view->model()->rowCount()), qMin<qint64>(expected, OpinionTableModel::PageSize));
    for (int row = 0; row < m_view->model()->rowCount(); ++row) {
        const OpinionReport &r = m_view->model()->report(row);
        QCOMPARE(r.channel, QStringLiteral("press"));
        QVERIFY(r.localityId == m_longXuyen || r.localityId == m_myBinh);
    }

    // A quarter narrows further, and a sentiment on top.
    select(m_view->quarterCombo(), QStringLiteral("2023-Q2"));
    select(m_view->sentimentCombo(), QStringLiteral("negative"));
    QSqlQuery q2(m_db->connection());
    QVERIFY(q2.prepare(QStringLiteral(
        "SELECT count(*) FROM opinions WHERE locality_id IN (?, ?) AND topic_id IN (?, ?) "
        "AND channel = 'press' AND status IN ('new', 'forwarded') AND sentiment = 'negative' "
        "AND observed_on BETWEEN '2023-04-01' AND '2023-06-30'")));
    q2.addBindValue(m_longXuyen);
    q2.addBindValue(m_myBinh);
    q2.addBindValue(m_land);
    q2.addBindValue(m_compensation);
    QVERIFY(q2.exec() && q2.next());
    QCOMPARE(m_view->model()->totalCount(), q2.value(0).toLongLong());
    QCOMPARE(shownNumber(m_view->countLabel()->text()), q2.value(0).toLongLong());
}

void TestOpinionsView::searchIgnoresDiacriticsAndHighlights()
{
    bulk(300);
    const qint64 land = addReport(QDate(2024, 5, 2), m_myBinh, m_land,
        QStringLiteral("Nhân dân phản ánh tranh chấp đất đai kéo dài ở ấp 3"));
    addReport(QDate(2024, 5, 3), m_myBinh, m_health, QStringLiteral("Thiếu thuốc tại trạm y tế"));
    makeView();
    QTest::keyClicks(m_view->searchEdit(), QStringLiteral("dat dai"));
    QTRY_COMPARE(m_view->model()->totalCount(), qint64(1));
    QCOMPARE(m_view->model()->rowCount(), 1);
    QCOMPARE(m_view->model()->report(0).id, land);
    QCOMPARE(m_view->model()->searchTokens(),
        (QStringList { QStringLiteral("dat"), QStringLiteral("dai") }));
    QCOMPARE(shownNumber(m_view->countLabel()->text()), qint64(1));

    // The summary cell is painted with the highlight colour behind the matched words.
    QTableView *table = m_view->table();
    const QRect cell
        = table->visualRect(m_view->model()->index(0, OpinionTableModel::SummaryColumn));
    table->clearSelection();
    const QImage image = table->viewport()->grab(cell).toImage();
    int highlighted = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixelColor(x, y) == QColor(0xff, 0xe0, 0x66))
                ++highlighted;
        }
    }
    QVERIFY2(highlighted > 50, qPrintable(QString::number(highlighted)));

    // Prefix matching as one types: "tranh ch" already finds it; "y te" finds the other.
    m_view->searchEdit()->clear();
    QTest::keyClicks(m_view->searchEdit(), QStringLiteral("tranh ch"));
    QTRY_COMPARE(m_view->model()->filter().text, QStringLiteral("tranh ch"));
    QCOMPARE(m_view->model()->totalCount(), qint64(1));
    QCOMPARE(m_view->model()->report(0).id, land);
    m_view->searchEdit()->clear();
    typeText(m_view->searchEdit(), QStringLiteral("Y TẾ"));
    QTRY_COMPARE(m_view->model()->filter().text, QStringLiteral("Y TẾ"));
    QCOMPARE(m_view->model()->totalCount(), qint64(1));
    QCOMPARE(m_view->model()->report(0).summary, QStringLiteral("Thiếu thuốc tại trạm y tế"));
    m_view->searchEdit()->clear();
    QTRY_COMPARE(m_view->model()->totalCount(), qint64(302));
}

void TestOpinionsView::searchPutsBestMatchFirst()
{
    // Older but denser match first; date order would put the newer one first. (Other
    // reports give the words their weight: bm25 ignores words found in every report.)
    bulk(200);
    const qint64 dense
        = addReport(QDate(2022, 1, 5), m_myBinh, m_land, QStringLiteral("Đất đai, đất đai"));
    addReport(QDate(2024, 1, 5), m_chauDoc, m_land,
        QStringLiteral("Người dân hỏi về nhiều việc: giá cả, việc làm, học phí, bảo hiểm, đường "
                       "giao thông nông thôn, và cả đất đai ở khu tái định cư phía bắc"));
    makeView();
    QTest::keyClicks(m_view->searchEdit(), QStringLiteral("dat dai"));
    QTRY_COMPARE(m_view->model()->filter().text, QStringLiteral("dat dai"));
    QCOMPARE(m_view->model()->totalCount(), qint64(2));
    QCOMPARE(m_view->model()->report(0).id, dense);
    // With another filter as well, still best match first (the province holds both).
    m_view->localityCombo()->setCurrentIndex(m_view->localityCombo()->findData(m_province));
    QTRY_COMPARE(m_view->model()->filter().localityId, m_province);
    QCOMPARE(m_view->model()->totalCount(), qint64(2));
    QCOMPARE(m_view->model()->report(0).id, dense);
    m_view->localityCombo()->setCurrentIndex(m_view->localityCombo()->findData(m_chauDoc));
    QTRY_COMPARE(m_view->model()->totalCount(), qint64(1));
    QVERIFY(m_view->model()->report(0).id != dense);
    m_view->localityCombo()->setCurrentIndex(m_view->localityCombo()->findData(m_province));
    QTRY_COMPARE(m_view->model()->totalCount(), qint64(2));
    // Clicking the date header sorts by date instead.
    clickHeader(m_view->table(), OpinionTableModel::DateColumn);
    QCOMPARE(m_view->model()->sortColumn(), int(OpinionTableModel::DateColumn));
    QVERIFY(m_view->model()->report(0).id != dense);
}

void TestOpinionsView::searchOrderIsTheCommandLines_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("dat dai") << QStringLiteral("dat dai");
    QTest::newRow("nguyen") << QStringLiteral("nguyen");
    QTest::newRow("lua dao qua mang") << QStringLiteral("lua dao qua mang");
}

void TestOpinionsView::searchOrderIsTheCommandLines()
{
    // The demo data set: the list, fetched page by page as it scrolls, shows the matches in
    // the order `thuky-cli search opinions QUERY --limit N` prints them.
    QFETCH(QString, query);
    m_db.reset();
    m_db = std::make_unique<Database>(m_dir->filePath(QStringLiteral("demo.sqlite")));
    m_db->open();
    DemoGenerator(*m_db, 2024).generate(3000);
    makeView();
    m_view->searchEdit()->setText(query);
    QTRY_COMPARE(m_view->model()->filter().text, query);
    OpinionTableModel *model = m_view->model();
    while (model->canFetchMore({}))
        model->fetchMore({});
    QVERIFY(model->rowCount() > 0);
    QCOMPARE(qint64(model->rowCount()), model->totalCount());
    const QList<OpinionReport> cli = OpinionRepository(*m_db).search(query, model->rowCount());
    QCOMPARE(cli.size(), model->rowCount());
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->report(row).id, cli.at(row).id);
}

void TestOpinionsView::highlightSpansMapToOriginalText()
{
    const QString text = QStringLiteral("Giá ĐẤT Đai tăng; đất nền");
    const auto spans
        = OpinionSummaryDelegate::matches(text, { QStringLiteral("dat"), QStringLiteral("dai") });
    QCOMPARE(spans.size(), 3);
    QCOMPARE(text.mid(spans.at(0).first, spans.at(0).second), QStringLiteral("ĐẤT"));
    QCOMPARE(text.mid(spans.at(1).first, spans.at(1).second), QStringLiteral("Đai"));
    QCOMPARE(text.mid(spans.at(2).first, spans.at(2).second), QStringLiteral("đất"));
    // Decomposed input (NFD) maps back to whole characters; only word starts match.
    const QString nfd = QStringLiteral("mặt đất").normalized(QString::NormalizationForm_D);
    const auto nfdSpans = OpinionSummaryDelegate::matches(nfd, { QStringLiteral("da") });
    QCOMPARE(nfdSpans.size(), 1);
    QCOMPARE(nfd.mid(nfdSpans.at(0).first, nfdSpans.at(0).second)
                 .normalized(QString::NormalizationForm_C),
        QStringLiteral("đấ"));
    QVERIFY(OpinionSummaryDelegate::matches(QStringLiteral("quadat"), { QStringLiteral("dat") })
                .isEmpty());
}

void TestOpinionsView::waitingReportsStandOut()
{
    const QDate today = QDate::currentDate();
    addReport(today.addDays(-20), m_myBinh, m_land, QStringLiteral("Chờ lâu"));
    addReport(today.addDays(-10), m_myBinh, m_land, QStringLiteral("Chờ chưa lâu"));
    addReport(today.addDays(-40), m_myBinh, m_land, QStringLiteral("Đã giải quyết"),
        QStringLiteral("direct"), QStringLiteral("resolved"));
    makeView();
    OpinionTableModel *model = m_view->model();
    QCOMPARE(model->waitingDays(), 15);
    QCOMPARE(model->rowCount(), 3);
    // Newest first: 10 days, 20 days, 40 days (resolved).
    QCOMPARE(model->index(0, 0).data(OpinionTableModel::OverdueRole).toBool(), false);
    QCOMPARE(model->index(1, 0).data(OpinionTableModel::OverdueRole).toBool(), true);
    QCOMPARE(model->index(1, 0).data(Qt::FontRole).value<QFont>().bold(), true);
    QVERIFY(model->index(1, 0).data(Qt::BackgroundRole).isValid());
    QCOMPARE(model->index(2, 0).data(OpinionTableModel::OverdueRole).toBool(), false);
    model->setWaitingDays(5);
    QCOMPARE(model->index(0, 0).data(OpinionTableModel::OverdueRole).toBool(), true);
}

void TestOpinionsView::savedFiltersRoundTrip()
{
    bulk(600);
    makeView();
    m_view->topicCombo()->setCurrentIndex(m_view->topicCombo()->findData(m_health));
    m_view->channelCombo()->setCurrentIndex(
        m_view->channelCombo()->findData(QStringLiteral("hotline")));
    const qint64 count = m_view->model()->totalCount();
    QVERIFY(count > 0 && count < 600);
    m_view->saveFilter(QStringLiteral("Y tế qua đường dây nóng"));
    QCOMPARE(m_view->savedFilterCombo()->currentText(), QStringLiteral("Y tế qua đường dây nóng"));

    m_view->showFilter(OpinionFilter());
    QCOMPARE(m_view->model()->totalCount(), qint64(600));
    QCOMPARE(m_view->topicCombo()->currentIndex(), 0);

    QVERIFY(m_view->recallFilter(QStringLiteral("Y tế qua đường dây nóng")));
    QCOMPARE(m_view->model()->totalCount(), count);
    QCOMPARE(m_view->topicCombo()->currentData().toLongLong(), m_health);
    QCOMPARE(m_view->channelCombo()->currentData().toString(), QStringLiteral("hotline"));
    const auto stored
        = SavedFilterRepository(*m_db).find(QStringLiteral("Y tế qua đường dây nóng"));
    QVERIFY(stored);
    QCOMPARE(stored->filter.topicId, m_health);
    QCOMPARE(stored->filter.channels, QStringList { QStringLiteral("hotline") });

    m_view->deleteFilter(QStringLiteral("Y tế qua đường dây nóng"));
    QVERIFY(!SavedFilterRepository(*m_db).find(QStringLiteral("Y tế qua đường dây nóng")));
    QCOMPARE(m_view->savedFilterCombo()->count(), 1);
}

void TestOpinionsView::showFilterFromCharts()
{
    bulk(800);
    makeView();
    OpinionFilter f;
    f.quarter = QStringLiteral("2022-Q3");
    f.topicId = m_compensation;
    f.sentiments
        = { QStringLiteral("negative"), QStringLiteral("mixed") }; // more than a combo shows
    m_view->showFilter(f);
    QCOMPARE(m_view->currentFilter(), f);
    QCOMPARE(m_view->model()->totalCount(), OpinionRepository(*m_db).count(f));
    QCOMPARE(m_view->quarterCombo()->currentData().toString(), QStringLiteral("2022-Q3"));
    QCOMPARE(m_view->topicCombo()->currentData().toLongLong(), m_compensation);
}

void TestOpinionsView::sortingByColumnRequeries()
{
    bulk(500);
    makeView();
    clickHeader(m_view->table(), OpinionTableModel::LocalityColumn);
    OpinionTableModel *model = m_view->model();
    QCOMPARE(model->sortColumn(), int(OpinionTableModel::LocalityColumn));
    QCOMPARE(model->sortOrder(), Qt::AscendingOrder);
    QCOMPARE(model->report(0).localityName, QStringLiteral("An Giang"));
    clickHeader(m_view->table(), OpinionTableModel::LocalityColumn);
    QCOMPARE(model->sortOrder(), Qt::DescendingOrder);
    QCOMPARE(model->report(0).localityName, QStringLiteral("Mỹ Bình"));
    QCOMPARE(model->rowCount(), OpinionTableModel::PageSize);
}

void TestOpinionsView::reporterColumnOnDemand()
{
    RosterRepository roster(*m_db);
    const auto person = [&](const char *name) {
        Person p;
        p.fullName = QString::fromUtf8(name);
        return roster.addPerson(p);
    };
    const qint64 an = person("Nguyễn Văn An");
    const qint64 yen = person("Trần Thị Yến");
    for (int i = 0; i < 6; ++i) {
        OpinionReport r;
        r.observedOn = QDate(2024, 1, 1).addDays(i);
        r.localityId = m_myBinh;
        r.topicId = m_health;
        r.summary = QStringLiteral("Phản ánh %1").arg(i);
        r.reporterId = i % 2 ? an : yen;
        OpinionRepository(*m_db).add(r);
    }
    QSettings().remove(QStringLiteral("opinions/hiddenColumns"));
    makeView();
    QHeaderView *header = m_view->table()->horizontalHeader();
    // Off at first: the summary keeps its room on an office screen.
    QVERIFY(header->isSectionHidden(OpinionTableModel::ReporterColumn));
    m_view->setColumnShown(OpinionTableModel::ReporterColumn, true);
    QVERIFY(!header->isSectionHidden(OpinionTableModel::ReporterColumn));
    QCOMPARE(m_view->model()
                 ->headerData(OpinionTableModel::ReporterColumn, Qt::Horizontal, Qt::DisplayRole)
                 .toString(),
        QStringLiteral("Reporter"));
    // Sorting by it: Vietnamese name order (An before Yến), through the indexed sort key.
    clickHeader(m_view->table(), OpinionTableModel::ReporterColumn);
    OpinionTableModel *model = m_view->model();
    QCOMPARE(model->sortColumn(), int(OpinionTableModel::ReporterColumn));
    QCOMPARE(model->index(0, OpinionTableModel::ReporterColumn).data().toString(),
        QStringLiteral("Nguyễn Văn An"));
    QCOMPARE(model->index(5, OpinionTableModel::ReporterColumn).data().toString(),
        QStringLiteral("Trần Thị Yến"));
    // The choice is remembered by the next view.
    m_view.reset();
    makeView();
    QVERIFY(
        !m_view->table()->horizontalHeader()->isSectionHidden(OpinionTableModel::ReporterColumn));
    m_view->setColumnShown(OpinionTableModel::ReporterColumn, false);
}

void TestOpinionsView::filterDatesTypedInOneGo()
{
    addReport(QDate(2024, 2, 28), m_myBinh, m_land, QStringLiteral("Trước"));
    addReport(QDate(2024, 3, 1), m_myBinh, m_land, QStringLiteral("Sau"));
    makeView();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    m_view->fromEdit()->setFocus();
    QTest::keyClicks(m_view->fromEdit(), QStringLiteral("1/3/24"));
    QTRY_COMPARE(m_view->model()->filter().from, QDate(2024, 3, 1));
    QCOMPARE(m_view->model()->totalCount(), qint64(1));
    QTest::keyClick(m_view->fromEdit(), Qt::Key_Tab); // written out on leaving
    QCOMPARE(m_view->fromEdit()->text(), QStringLiteral("01/03/2024"));
    QTest::keyClicks(m_view->toEdit(), QStringLiteral("29022024"));
    QTRY_COMPARE(m_view->model()->filter().to, QDate(2024, 2, 29));
    QCOMPARE(m_view->model()->totalCount(), qint64(0));
}

void TestOpinionsView::openReportClearsWhatHidesIt()
{
    bulk(3000); // newest first: an old report sits deep in the lazily fetched list
    const qint64 old
        = addReport(QDate(2020, 6, 1), m_chauDoc, m_health, QStringLiteral("Trạm y tế xuống cấp"));
    makeView();
    m_view->searchEdit()->setText(QStringLiteral("gia ca"));
    QTRY_COMPARE(m_view->model()->filter().text, QStringLiteral("gia ca"));
    m_view->topicCombo()->setCurrentIndex(m_view->topicCombo()->findData(m_land));
    QTRY_COMPARE(m_view->model()->filter().topicId, m_land);
    QCOMPARE(m_view->model()->rowOfId(old), -1);

    m_view->openReport(old);
    QCOMPARE(m_view->currentFilter(), OpinionFilter());
    QVERIFY(m_view->searchEdit()->text().isEmpty());
    QCOMPARE(m_view->topicCombo()->currentData().toLongLong(), qint64(0));
    QCOMPARE(m_view->selectedId(), old);
    const int row = m_view->model()->rowOfId(old);
    QVERIFY(row > OpinionTableModel::PageSize);
    const QRect shown = m_view->table()->visualRect(m_view->model()->index(row, 0));
    QVERIFY(m_view->table()->viewport()->rect().intersects(shown)); // scrolled to
    QVERIFY(m_view->findChild<QTextBrowser *>(QStringLiteral("opinionDetails"))
                ->toPlainText()
                .contains(QStringLiteral("Trạm y tế xuống cấp")));
    QCOMPARE(QApplication::focusWidget(), m_view->table());
    m_view->openReport(987654); // no such report: nothing changes
    QCOMPARE(m_view->selectedId(), old);
}

void TestOpinionsView::openReportKeepsFiltersThatShowIt()
{
    addReport(QDate(2024, 3, 1), m_myBinh, m_land, QStringLiteral("Tranh chấp đất"));
    const qint64 wanted
        = addReport(QDate(2024, 3, 2), m_myBinh, m_health, QStringLiteral("Thiếu thuốc"));
    addReport(QDate(2024, 3, 3), m_chauDoc, m_health, QStringLiteral("Thiếu bác sĩ"));
    makeView();
    m_view->topicCombo()->setCurrentIndex(m_view->topicCombo()->findData(m_health));
    QTRY_COMPARE(m_view->model()->totalCount(), qint64(2));
    m_view->openReport(wanted);
    QCOMPARE(m_view->currentFilter().topicId, m_health); // the filter shows it: kept
    QCOMPARE(m_view->selectedId(), wanted);
}

void TestOpinionsView::countsFollowTheLanguage_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("count");
    QTest::newRow("vi") << QLocale(QLocale::Vietnamese, QLocale::Vietnam)
                        << QStringLiteral("2.003");
    QTest::newRow("en") << QLocale(QLocale::English, QLocale::UnitedKingdom)
                        << QStringLiteral("2,003");
}

void TestOpinionsView::countsFollowTheLanguage()
{
    // Language::install() makes the UI language's locale the default one.
    QFETCH(QLocale, locale);
    QFETCH(QString, count);
    const QLocale before;
    QLocale::setDefault(locale);
    auto restore = qScopeGuard([before] { QLocale::setDefault(before); });
    bulk(2003);
    makeView();
    QVERIFY2(m_view->countLabel()->text().startsWith(count + QLatin1Char(' ')),
        qPrintable(m_view->countLabel()->text()));

    QByteArray csv("date,locality,topic,summary\n");
    for (int i = 0; i < 2003; ++i)
        csv += QStringLiteral("01/03/2024,Mỹ Bình,Y tế,Báo cáo %1\n").arg(i).toUtf8();
    const QString path = m_dir->filePath(QStringLiteral("many.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(csv);
    file.close();
    ImportPreviewDialog preview(*m_db, path);
    const QString summary = preview.summaryLabel()->text();
    QVERIFY2(summary.startsWith(count + QLatin1Char(' ')), qPrintable(summary));
    QVERIFY2(
        summary.contains(QStringLiteral("; ") + count + QLatin1Char(' ')), qPrintable(summary));
}

void TestOpinionsView::vietnameseScreen()
{
    // The demo data set in Vietnamese; with THUKY_SCREENSHOT_DIR set the pictures are saved
    // for a person to look at (opinions.png, opinions-search.png, opinions-entry.png).
    Language::install(QStringLiteral("vi"));
    m_db.reset();
    m_db = std::make_unique<Database>(m_dir->filePath(QStringLiteral("demo.sqlite")));
    m_db->open();
    DemoGenerator(*m_db, 2024).generate(400);
    makeView();
    const QString dir = qEnvironmentVariable("THUKY_SCREENSHOT_DIR");
    QVERIFY2(m_view->countLabel()->text().endsWith(QStringLiteral("phản ánh")),
        qPrintable(m_view->countLabel()->text()));
    QCOMPARE(m_view->model()
                 ->headerData(OpinionTableModel::DateColumn, Qt::Horizontal, Qt::DisplayRole)
                 .toString(),
        QStringLiteral("Ngày"));
    m_view->table()->selectRow(0);
    if (!dir.isEmpty())
        QVERIFY(m_view->grab().save(dir + QStringLiteral("/opinions.png")));
    QTest::keyClicks(m_view->searchEdit(), QStringLiteral("dat dai"));
    QTRY_COMPARE(m_view->model()->filter().text, QStringLiteral("dat dai"));
    QVERIFY(m_view->model()->totalCount() > 0);
    if (!dir.isEmpty())
        QVERIFY(m_view->grab().save(dir + QStringLiteral("/opinions-search.png")));
    m_view->newReportsAction()->trigger();
    QVERIFY(m_view->entryDialog());
    m_view->entryDialog()->dateEdit()->setText(QStringLiteral("31/02/2024"));
    m_view->entryDialog()->accept();
    QVERIFY(m_view->entryDialog()->errorLabel(QStringLiteral("date"))->isVisible());
    if (!dir.isEmpty())
        QVERIFY(m_view->entryDialog()->grab().save(dir + QStringLiteral("/opinions-entry.png")));
    m_view->entryDialog()->close();
}

QTEST_MAIN(TestOpinionsView)
#include "tst_opinionsview.moc"
