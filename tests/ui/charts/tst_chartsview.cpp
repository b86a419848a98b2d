// ChartsView: the stacked bars follow the dimension and the filters (checked against the
// rows the test inserted), a click names exactly the bar's reports, export writes files, the
// charts follow every change of the data made in the window (entry, import, undo, redo), and a
// key keeps its colour from one drawing to the next.

#include <common/statsfixture.h>

#include <core/db/database.h>
#include <core/opinions/opinionimport.h>
#include <core/opinions/taxonomyrepository.h>
#include <ui/charts/chartreportdialog.h>
#include <ui/charts/chartsview.h>
#include <ui/opinions/importreports.h>
#include <ui/opinions/opinioncommands.h>
#include <ui/shell/mainwindow.h>

#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineSeries>
#include <QProcess>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace thuky;
using thuky::test::FixtureReport;
using thuky::test::StatsFixture;

class TestChartsView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void followsDimensionAndFilters();
    void clickNamesTheBar();
    void exportFiles();
    void reportWithEditedAssessment();
    void redrawsWhenTheDataChanges();
    void redrawsInTheMainWindow();
    void refreshReadsTheListsAgain();
    void coloursStayWithTheirKeys();

private:
    /** Imports @p count reports of @p topic observed on @p day, as the import dialog does. */
    void importReports(QUndoStack *undo, int count, const QString &topic, const QDate &day);
    /** The stacked chart's series by label: (colour, pattern). */
    static QMap<QString, QPair<QRgb, int>> styles(QChart *chart)
    {
        QMap<QString, QPair<QRgb, int>> out;
        auto *series = qobject_cast<QStackedBarSeries *>(chart->series().value(0));
        for (QBarSet *s : series->barSets())
            out.insert(s->label(), { s->brush().color().rgb(), int(s->brush().style()) });
        return out;
    }
    static double total(QChart *chart)
    {
        double sum = 0;
        auto *series = qobject_cast<QStackedBarSeries *>(chart->series().value(0));
        for (QBarSet *s : series->barSets())
            sum += s->sum();
        return sum;
    }
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    StatsFixture m_fx;
};

void TestChartsView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("view.sqlite")));
    m_db->open();
    m_fx.fill(*m_db, 1500, 31);
}

void TestChartsView::followsDimensionAndFilters()
{
    QUndoStack undo;
    ChartsView view(*m_db, &undo);
    view.resize(1200, 800);
    view.show();
    QCOMPARE(int(total(view.stackedChart())), int(m_fx.reports.size()));
    view.setDimension(StatsDimension::Sentiment);
    auto *series = qobject_cast<QStackedBarSeries *>(view.stackedChart()->series().value(0));
    QCOMPARE(series->count(), 4);
    StatsFilter f;
    f.from = QDate(2024, 1, 1);
    f.localityId = m_fx.districts.at(2);
    view.setFilter(f);
    int expected = 0;
    for (const FixtureReport &r : std::as_const(m_fx.reports))
        expected += r.observed >= f.from && m_fx.localityUnder(r.localityId, f.localityId);
    QCOMPARE(int(total(view.stackedChart())), expected);
    QVERIFY2(view.lastRefreshMs() < 200, qPrintable(QString::number(view.lastRefreshMs())));
    // The trend tab shows the same totals per quarter.
    view.findChild<QTabWidget *>()->setCurrentIndex(1);
    auto *line = qobject_cast<QLineSeries *>(view.currentChart()->series().value(0));
    QVERIFY(line);
    double trendSum = 0;
    for (const QPointF &p : line->points())
        trendSum += p.y();
    QCOMPARE(int(trendSum), expected);
    view.findChild<QTabWidget *>()->setCurrentIndex(0);
    // THUKY_SCREENSHOT=FILE keeps a picture of the view for a look by eye.
    if (qEnvironmentVariableIsSet("THUKY_SCREENSHOT"))
        view.grab().save(qEnvironmentVariable("THUKY_SCREENSHOT"));
}

void TestChartsView::clickNamesTheBar()
{
    QUndoStack undo;
    ChartsView view(*m_db, &undo);
    view.setDimension(StatsDimension::Channel);
    QSignalSpy spy(&view, &ChartsView::openReports);
    auto *series = qobject_cast<QStackedBarSeries *>(view.stackedChart()->series().value(0));
    QBarSet *set = series->barSets().at(0);
    emit series->clicked(2, set); // the third quarter: 2023-Q3
    QCOMPARE(spy.count(), 1);
    const auto sel = spy.at(0).at(0).value<ChartSelection>();
    QCOMPARE(sel.filter.from, QDate(2023, 7, 1));
    QCOMPARE(sel.filter.to, QDate(2023, 9, 30));
    QCOMPARE(sel.dimension, StatsDimension::Channel);
    int n = 0;
    for (const FixtureReport &r : std::as_const(m_fx.reports))
        n += r.quarter == QLatin1String("2023-Q3") && r.channel == sel.key;
    QCOMPARE(int(set->at(2)), n);
    QVERIFY(n > 0);
}

void TestChartsView::exportFiles()
{
    QUndoStack undo;
    ChartsView view(*m_db, &undo);
    for (const char *suffix : { "png", "svg", "pdf" }) {
        const QString path = m_dir.filePath(QStringLiteral("view.%1").arg(QLatin1String(suffix)));
        QString error;
        QVERIFY2(view.exportCurrent(path, &error), qPrintable(error));
        QVERIFY(QFile(path).size() > 1000);
    }
}

void TestChartsView::reportWithEditedAssessment()
{
    ChartReportDialog dialog(*m_db);
    QVERIFY(dialog.setPeriod(QStringLiteral("2024-Q2")));
    int total = 0;
    for (const FixtureReport &r : std::as_const(m_fx.reports))
        total += r.quarter == QLatin1String("2024-Q2");
    QVERIFY2(dialog.assessment().contains(QString::number(total)), qPrintable(dialog.assessment()));
    dialog.setAssessment(QString::fromUtf8("Đánh giá do thư ký sửa lại."));
    const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
    QString error;
    QVERIFY2(dialog.save(path, &error), qPrintable(error));
    QProcess p;
    p.start(QStringLiteral("pdftotext"), { path, QStringLiteral("-") });
    QVERIFY(p.waitForFinished(60000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY(text.contains(QString::fromUtf8("Đánh giá do thư ký sửa lại.")));
    QVERIFY(text.contains(QString::fromUtf8("Tổng số phản ánh: %1 ").arg(total)));
    QVERIFY(!dialog.setPeriod(QStringLiteral("2024-Q9")));
}

void TestChartsView::importReports(
    QUndoStack *undo, int count, const QString &topic, const QDate &day)
{
    QByteArray csv("date,locality,topic,summary\n");
    const QString locality = m_fx.localityNames.value(m_fx.communes.at(1));
    for (int i = 0; i < count; ++i)
        csv += QStringLiteral("%1,%2,%3,Imported %4\n")
                   .arg(day.toString(Qt::ISODate), locality, topic)
                   .arg(i)
                   .toUtf8();
    auto import = std::make_shared<OpinionImport>(*m_db, OpinionImport::Options());
    QVERIFY(import->analyse(csv));
    OpinionImport::Summary summary;
    DatabaseCommand::execute(undo, new ImportReports(*m_db, import, &summary, {}));
    QCOMPARE(summary.imported, count);
}

void TestChartsView::redrawsWhenTheDataChanges()
{
    // As reported: "2000 reports" still shown after 3 were entered and more imported.
    QUndoStack undo;
    ChartsView view(*m_db, &undo);
    view.resize(1200, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *summary = view.findChild<QLabel *>(QStringLiteral("summary"));
    const int before = int(m_fx.reports.size());
    QCOMPARE(int(total(view.stackedChart())), before);
    QVERIFY(summary->text().startsWith(QLocale().toString(before) + QLatin1Char(' ')));

    // Entered in the shown area: drawn at once.
    for (int day = 1; day <= 3; ++day) {
        OpinionReport r;
        r.observedOn = QDate(2025, 2, day);
        r.localityId = m_fx.communes.at(0);
        r.topicId = m_fx.topics.at(0);
        r.summary = QStringLiteral("Entered %1").arg(day);
        DatabaseCommand::execute(&undo, new AddOpinionReport(*m_db, r));
    }
    QVERIFY(!view.isStale());
    QVERIFY(summary->text().startsWith(QLocale().toString(before + 3) + QLatin1Char(' ')));
    QCOMPARE(int(total(view.stackedChart())), before + 3);

    // Imported while the area is hidden: drawn when it is shown again.
    view.hide();
    importReports(&undo, 250, m_fx.topicNames.value(m_fx.topics.at(1)), QDate(2025, 3, 9));
    QVERIFY(view.isStale());
    view.show();
    QVERIFY(!view.isStale());
    QVERIFY2(summary->text().startsWith(QLocale().toString(before + 253) + QLatin1Char(' ')),
        qPrintable(summary->text()));
    QCOMPARE(int(total(view.stackedChart())), before + 253);

    // Undo and redo from the stack, on every tab.
    undo.undo();
    QCOMPARE(int(total(view.stackedChart())), before + 3);
    view.findChild<QTabWidget *>()->setCurrentIndex(1);
    undo.redo();
    auto *line = qobject_cast<QLineSeries *>(view.currentChart()->series().value(0));
    QCOMPARE(int(line->at(line->count() - 1).y()), 253);
    view.findChild<QTabWidget *>()->setCurrentIndex(0);
    while (undo.canUndo())
        undo.undo();
    QCOMPARE(int(total(view.stackedChart())), before);
    QVERIFY(summary->text().startsWith(QLocale().toString(before) + QLatin1Char(' ')));
}

void TestChartsView::redrawsInTheMainWindow()
{
    // A report entered in the report list while the Charts area is hidden behind it.
    MainWindow window(*m_db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setCurrentArea(MainWindow::Area::Charts);
    auto *charts = qobject_cast<ChartsView *>(window.areaWidget(MainWindow::Area::Charts));
    auto *summary = charts->findChild<QLabel *>(QStringLiteral("summary"));
    const int before = int(m_fx.reports.size());
    QVERIFY(summary->text().startsWith(QLocale().toString(before) + QLatin1Char(' ')));
    window.setCurrentArea(MainWindow::Area::Opinions);
    OpinionReport r;
    r.observedOn = QDate(2024, 11, 5);
    r.localityId = m_fx.communes.at(0);
    r.topicId = m_fx.topics.at(0);
    r.summary = QStringLiteral("Entered in the list");
    DatabaseCommand::execute(window.undoStack(), new AddOpinionReport(*m_db, r));
    QVERIFY(charts->isStale());
    window.setCurrentArea(MainWindow::Area::Charts);
    QVERIFY(!charts->isStale());
    QVERIFY(summary->text().startsWith(QLocale().toString(before + 1) + QLatin1Char(' ')));
    window.undoStack()->undo(); // Ctrl+Z on the Charts area
    QVERIFY(summary->text().startsWith(QLocale().toString(before) + QLatin1Char(' ')));
}

void TestChartsView::refreshReadsTheListsAgain()
{
    QUndoStack undo;
    ChartsView view(*m_db, &undo);
    auto *topics = view.findChild<QComboBox *>(QStringLiteral("topic"));
    const qint64 id = TaxonomyRepository(*m_db).addTopic(QStringLiteral("Digital transformation"));
    QCOMPARE(topics->findData(id), -1);
    view.refresh(); // what the main window calls after opening another database
    QVERIFY(view.isStale()); // hidden: read when shown
    view.show();
    QVERIFY(topics->findData(id) > 0);
    m_db->exec(QStringLiteral("DELETE FROM topics WHERE id = ?"), { id });
    view.refresh(); // shown: at once
    QVERIFY(!view.isStale());
    QCOMPARE(topics->findData(id), -1);
}

void TestChartsView::coloursStayWithTheirKeys()
{
    QUndoStack undo;
    ChartsView view(*m_db, &undo);
    view.setDimension(StatsDimension::Topic);
    const QMap<QString, QPair<QRgb, int>> first = styles(view.stackedChart());
    QCOMPARE(first.size(), 6); // the five leaves and Kinh tế's own reports
    QSet<QPair<QRgb, int>> distinct;
    for (const auto &s : first)
        distinct.insert(s);
    QCOMPARE(distinct.size(), first.size());
    auto *series = qobject_cast<QStackedBarSeries *>(view.stackedChart()->series().value(0));
    QStringList order;
    for (QBarSet *s : series->barSets())
        order.append(s->label());

    // The smallest topic becomes the largest: its colour and place stay.
    const QString smallest = m_fx.topicNames.value(m_fx.topics.at(4));
    importReports(&undo, 900, smallest, QDate(2024, 5, 5));
    QCOMPARE(styles(view.stackedChart()), first);
    series = qobject_cast<QStackedBarSeries *>(view.stackedChart()->series().value(0));
    QStringList after;
    for (QBarSet *s : series->barSets())
        after.append(s->label());
    QCOMPARE(after, order);
    // Other dates, a locality, the sub-topics of Xã hội only: whoever is drawn keeps the colour.
    StatsFilter f;
    f.from = QDate(2024, 4, 1);
    f.localityId = m_fx.districts.at(1);
    f.topicId = m_fx.topicParents.at(1);
    view.setFilter(f);
    const QMap<QString, QPair<QRgb, int>> narrowed = styles(view.stackedChart());
    QCOMPARE(narrowed.size(), 2);
    for (auto it = narrowed.cbegin(); it != narrowed.cend(); ++it)
        QCOMPARE(it.value(), first.value(it.key()));
    undo.undo();
}

QTEST_MAIN(TestChartsView)
#include "tst_chartsview.moc"
