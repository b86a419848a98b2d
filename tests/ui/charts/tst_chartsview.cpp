// ChartsView: the stacked bars follow the dimension and the filters (checked against the
// rows the test inserted), a click names exactly the bar's reports, export writes files.

#include <common/statsfixture.h>

#include <core/db/database.h>
#include <ui/charts/chartreportdialog.h>
#include <ui/charts/chartsview.h>

#include <QBarSet>
#include <QChart>
#include <QFile>
#include <QLineSeries>
#include <QProcess>
#include <QSignalSpy>
#include <QStackedBarSeries>
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

private:
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

QTEST_MAIN(TestChartsView)
#include "tst_chartsview.moc"
