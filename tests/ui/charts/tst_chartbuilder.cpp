// ChartBuilder and ChartRenderer: the bars' heights against the counts of the rows the
// test inserted, Vietnamese quarter labels, black-and-white legibility, the files.

#include <common/statsfixture.h>

#include <core/db/database.h>
#include <core/reports/stats.h>
#include <ui/charts/chartbuilder.h>
#include <ui/charts/chartrenderer.h>
#include <ui/charts/charttexts.h>

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QGraphicsTextItem>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace thuky;
using thuky::test::FixtureReport;
using thuky::test::StatsFixture;

Q_DECLARE_METATYPE(thuky::StatsDimension)

class TestChartBuilder : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void stackedBarHeights_data();
    void stackedBarHeights();
    void othersSumTheRest();
    void legibleInBlackAndWhite();
    void totalTrend();
    void responses();
    void files_data();
    void files();
    void unsupportedFormat();
    void quarterLabelsAreNeverCut_data();
    void quarterLabelsAreNeverCut();
    void speaksTheInterfaceLanguage();
    void numbersFollowTheLocale_data();
    void numbersFollowTheLocale();

private:
    /** The texts Qt Charts lays out for @p chart (titles, axis labels, legend) at 1200 × 700. */
    static QStringList shownTexts(QChart *chart)
    {
        QChartView view(chart);
        view.resize(1200, 700);
        view.show();
        if (!QTest::qWaitForWindowExposed(&view))
            return {};
        QTest::qWait(200);
        QStringList texts;
        for (QGraphicsItem *item : view.scene()->items()) {
            if (auto *text = dynamic_cast<QGraphicsTextItem *>(item))
                texts.append(text->toPlainText());
        }
        view.setChart(new QChart); // the caller keeps its chart
        return texts;
    }
    static QString keyOf(const FixtureReport &r, StatsDimension dim)
    {
        switch (dim) {
        case StatsDimension::Topic:
            return r.topic;
        case StatsDimension::Locality:
            return r.locality;
        case StatsDimension::Sentiment:
            return StatsDimensions::vietnameseLabel(dim, r.sentiment);
        case StatsDimension::Channel:
            return StatsDimensions::vietnameseLabel(dim, r.channel);
        case StatsDimension::Status:
            return StatsDimensions::vietnameseLabel(dim, r.status);
        case StatsDimension::None:
            break;
        }
        return QString::fromUtf8("Tổng số");
    }
    static QStackedBarSeries *stacked(QChart *chart)
    {
        return qobject_cast<QStackedBarSeries *>(chart->series().value(0));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    StatsFixture m_fx;
};

void TestChartBuilder::initTestCase()
{
    m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("charts.sqlite")));
    m_db->open();
    m_fx.fill(*m_db, 1200, 21);
}

void TestChartBuilder::stackedBarHeights_data()
{
    QTest::addColumn<StatsDimension>("dim");
    QTest::newRow("total") << StatsDimension::None;
    QTest::newRow("topic") << StatsDimension::Topic;
    QTest::newRow("sentiment") << StatsDimension::Sentiment;
    QTest::newRow("channel") << StatsDimension::Channel;
    QTest::newRow("status") << StatsDimension::Status;
}

void TestChartBuilder::stackedBarHeights()
{
    QFETCH(StatsDimension, dim);
    QMap<QPair<QString, QString>, int> expected;
    for (const FixtureReport &r : std::as_const(m_fx.reports))
        ++expected[qMakePair(r.quarter, keyOf(r, dim))];
    std::unique_ptr<QChart> chart(
        ChartBuilder::stackedBars(OpinionStats(*m_db).countByQuarter(dim), dim));
    QStackedBarSeries *series = stacked(chart.get());
    QVERIFY(series);
    auto *axis = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Horizontal).value(0));
    QVERIFY(axis);
    const QStringList labels = axis->categories();
    QCOMPARE(labels.size(), 8);
    QCOMPARE(labels.first(), QString::fromUtf8("Quý I/2023"));
    QCOMPARE(labels.last(), QString::fromUtf8("Quý IV/2024"));
    const QStringList quarters { QStringLiteral("2023-Q1"), QStringLiteral("2023-Q2"),
        QStringLiteral("2023-Q3"), QStringLiteral("2023-Q4"), QStringLiteral("2024-Q1"),
        QStringLiteral("2024-Q2"), QStringLiteral("2024-Q3"), QStringLiteral("2024-Q4") };
    QMap<QPair<QString, QString>, int> actual;
    for (QBarSet *set : series->barSets()) {
        QCOMPARE(set->count(), 8);
        for (int i = 0; i < set->count(); ++i) {
            if (set->at(i) > 0)
                actual.insert(qMakePair(quarters.at(i), set->label()), int(set->at(i)));
        }
    }
    QCOMPARE(actual, expected);
    QVERIFY(!chart->title().isEmpty());
}

void TestChartBuilder::othersSumTheRest()
{
    // Twelve topics over two quarters: topic i has i + 1 reports in each quarter.
    QList<StatsCount> rows;
    for (const QString &q : { QStringLiteral("2024-Q1"), QStringLiteral("2024-Q2") }) {
        for (int i = 0; i < 12; ++i)
            rows.append({ q, QStringLiteral("T%1").arg(i, 2, 10, QLatin1Char('0')), i + 1, {} });
    }
    std::unique_ptr<QChart> chart(ChartBuilder::stackedBars(rows, StatsDimension::Topic));
    const QList<QBarSet *> sets = stacked(chart.get())->barSets();
    QCOMPARE(sets.size(), ChartBuilder::MaxSeries);
    // The biggest series sits at the bottom; the smallest five are summed as "Khác".
    QCOMPARE(sets.first()->label(), QStringLiteral("T11"));
    QCOMPARE(sets.last()->label(), ChartBuilder::othersLabel());
    QCOMPARE(int(sets.last()->at(0)), 1 + 2 + 3 + 4 + 5);
    for (int quarter = 0; quarter < 2; ++quarter) {
        double sum = 0;
        for (QBarSet *s : sets)
            sum += s->at(quarter);
        QCOMPARE(int(sum), 78);
    }
}

void TestChartBuilder::legibleInBlackAndWhite()
{
    // Neighbouring series differ in grey level or in fill pattern.
    for (int i = 0; i + 1 < ChartBuilder::MaxSeries; ++i) {
        QBarSet a(QStringLiteral("a")), b(QStringLiteral("b"));
        ChartBuilder::styleBarSet(&a, i);
        ChartBuilder::styleBarSet(&b, i + 1);
        const int greyA = qGray(a.brush().color().rgb());
        const int greyB = qGray(b.brush().color().rgb());
        QVERIFY2(qAbs(greyA - greyB) > 40 || a.brush().style() != b.brush().style(),
            qPrintable(QStringLiteral("%1/%2").arg(greyA).arg(greyB)));
    }
}

void TestChartBuilder::totalTrend()
{
    const QList<StatsCount> totals = OpinionStats(*m_db).countByQuarter(StatsDimension::None);
    std::unique_ptr<QChart> chart(ChartBuilder::totalTrend(totals));
    auto *line = qobject_cast<QLineSeries *>(chart->series().value(0));
    QVERIFY(line);
    QCOMPARE(line->count(), 8);
    QMap<QString, int> perQuarter;
    for (const FixtureReport &r : std::as_const(m_fx.reports))
        ++perQuarter[r.quarter];
    const QList<int> expected = perQuarter.values();
    for (int i = 0; i < 8; ++i)
        QCOMPARE(int(line->at(i).y()), expected.at(i));
}

void TestChartBuilder::responses()
{
    QMap<QString, int> total, answered;
    for (const FixtureReport &r : std::as_const(m_fx.reports)) {
        ++total[r.quarter];
        answered[r.quarter] += r.responseOn.isValid();
    }
    std::unique_ptr<QChart> chart(
        ChartBuilder::responses(OpinionStats(*m_db).responsesByQuarter()));
    auto *bars = qobject_cast<QBarSeries *>(chart->series().value(0));
    QVERIFY(bars);
    QBarSet *rate = bars->barSets().value(0);
    QCOMPARE(rate->count(), 8);
    int i = 0;
    for (auto it = total.constBegin(); it != total.constEnd(); ++it, ++i)
        QVERIFY(qAbs(rate->at(i) - 100.0 * answered.value(it.key()) / it.value()) < 0.051);
}

void TestChartBuilder::files_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("png") << "png";
    QTest::newRow("svg") << "svg";
    QTest::newRow("pdf") << "pdf";
}

void TestChartBuilder::files()
{
    QFETCH(QString, suffix);
    std::unique_ptr<QChart> chart(ChartBuilder::stackedBars(
        OpinionStats(*m_db).countByQuarter(StatsDimension::Sentiment), StatsDimension::Sentiment));
    const QString path = m_dir.filePath(QStringLiteral("chart.") + suffix);
    QString error;
    QVERIFY2(ChartRenderer::save(chart.get(), path, &error), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray data = f.readAll();
    if (suffix == QLatin1String("png")) {
        QImage image;
        QVERIFY(image.loadFromData(data));
        QCOMPARE(
            image.size(), QSize(ChartRenderer::DefaultWidth, ChartRenderer::DefaultHeight) * 2);
        // The plot is drawn: the dark first series covers a real share of the image.
        const QColor dark = ChartBuilder::seriesColor(0);
        int hits = 0;
        for (int y = 0; y < image.height(); y += 4)
            for (int x = 0; x < image.width(); x += 4)
                hits += image.pixelColor(x, y) == dark;
        QVERIFY2(hits > 500, qPrintable(QString::number(hits)));
    } else if (suffix == QLatin1String("svg")) {
        QVERIFY(data.contains("<svg"));
        QVERIFY(data.size() > 5000);
    } else {
        QVERIFY(data.startsWith("%PDF"));
    }
}

void TestChartBuilder::unsupportedFormat()
{
    std::unique_ptr<QChart> chart(ChartBuilder::totalTrend({}));
    QString error;
    QVERIFY(!ChartRenderer::save(chart.get(), m_dir.filePath(QStringLiteral("c.gif")), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!ChartRenderer::isSupported(QStringLiteral("a.jpg")));
    QVERIFY(ChartRenderer::isSupported(QStringLiteral("a.PDF")));
}

QTEST_MAIN(TestChartBuilder)
void TestChartBuilder::quarterLabelsAreNeverCut_data()
{
    QTest::addColumn<int>("width");
    for (int width : { 700, 900, 1100, 1250, 1300, 1350, 1400, 1500, 1800, 2400 })
        QTest::addRow("%d pixels", width) << width;
}

void TestChartBuilder::quarterLabelsAreNeverCut()
{
    // Sixteen quarters, 2021 to 2024, as the demo data and a province's real history have.
    QFETCH(int, width);
    QList<StatsCount> rows;
    for (int year = 2021; year <= 2024; ++year) {
        for (int q = 1; q <= 4; ++q)
            rows.append({ QStringLiteral("%1-Q%2").arg(year).arg(q), QString(), 10 * q, {} });
    }
    QChartView view(ChartBuilder::stackedBars(rows, StatsDimension::None));
    view.resize(width, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *axis = qobject_cast<QBarCategoryAxis *>(view.chart()->axes(Qt::Horizontal).value(0));
    QVERIFY(axis);
    QTest::qWait(50); // the labels turn as the plot area settles
    if (width >= 2400)
        QCOMPARE(axis->labelsAngle(), 0); // room enough: level
    if (width <= 900)
        QCOMPARE(axis->labelsAngle(), -90); // upright rather than cut
    int quarterLabels = 0;
    for (QGraphicsItem *item : view.scene()->items()) {
        auto *text = dynamic_cast<QGraphicsTextItem *>(item);
        if (!text || !text->toPlainText().startsWith(QString::fromUtf8("Quý")))
            continue;
        ++quarterLabels;
        QVERIFY2(
            !text->toPlainText().contains(QLatin1String("...")), qPrintable(text->toPlainText()));
        QVERIFY(text->isVisible());
    }
    QCOMPARE(quarterLabels, 16);
}

void TestChartBuilder::speaksTheInterfaceLanguage()
{
    // No translation installed: the interface's texts are the English sources; the document's
    // stay Vietnamese.
    const QList<StatsCount> rows = OpinionStats(*m_db).countByQuarter(StatsDimension::Sentiment);
    std::unique_ptr<QChart> chart(
        ChartBuilder::stackedBars(rows, StatsDimension::Sentiment, ChartTexts::onScreen()));
    QCOMPARE(chart->title(), QStringLiteral("Reports per quarter by sentiment"));
    auto *axis = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Horizontal).value(0));
    QCOMPARE(axis->categories().first(), QStringLiteral("Q1 2023"));
    QCOMPARE(axis->categories().last(), QStringLiteral("Q4 2024"));
    QCOMPARE(chart->axes(Qt::Vertical).value(0)->titleText(), QStringLiteral("Reports"));
    QStringList labels;
    for (QBarSet *set : stacked(chart.get())->barSets())
        labels.append(set->label());
    QCOMPARE(labels,
        QStringList({ QStringLiteral("Positive"), QStringLiteral("Neutral"),
            QStringLiteral("Negative"), QStringLiteral("Mixed") }));
    std::unique_ptr<QChart> document(ChartBuilder::stackedBars(rows, StatsDimension::Sentiment));
    QCOMPARE(document->title(), QString::fromUtf8("Số phản ánh theo quý, phân theo chiều hướng"));
    QCOMPARE(stacked(document.get())->barSets().at(2)->label(), QString::fromUtf8("Tiêu cực"));

    std::unique_ptr<QChart> trend(ChartBuilder::totalTrend(
        OpinionStats(*m_db).countByQuarter(StatsDimension::None), ChartTexts::onScreen()));
    QCOMPARE(trend->title(), QStringLiteral("Trend of the total reports per quarter"));
    std::unique_ptr<QChart> responses(
        ChartBuilder::responses(OpinionStats(*m_db).responsesByQuarter(), ChartTexts::onScreen()));
    QCOMPARE(responses->title(),
        QStringLiteral("Response rate and median days to response per quarter"));
    QList<StatsCount> many;
    for (int i = 0; i < 12; ++i)
        many.append({ QStringLiteral("2024-Q1"), QStringLiteral("T%1").arg(i), i + 1, {} });
    std::unique_ptr<QChart> others(
        ChartBuilder::stackedBars(many, StatsDimension::Topic, ChartTexts::onScreen()));
    QCOMPARE(stacked(others.get())->barSets().last()->label(), QStringLiteral("Other"));
}

void TestChartBuilder::numbersFollowTheLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<bool>("document");
    QTest::addColumn<QString>("thousand");
    QTest::addColumn<QString>("quarter");
    QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedKingdom) << false
                             << QStringLiteral("1,000") << QStringLiteral("Q2 2024");
    QTest::newRow("Vietnamese") << QLocale(QLocale::Vietnamese, QLocale::Vietnam) << false
                                << QStringLiteral("1.000") << QStringLiteral("QII 2024");
    QTest::newRow("document in English")
        << QLocale(QLocale::English, QLocale::UnitedKingdom) << true << QStringLiteral("1.000")
        << QString::fromUtf8("Quý II/2024");
}

void TestChartBuilder::numbersFollowTheLocale()
{
    // (Without the Vietnamese translation loaded, "Q%1 %2" gets the Roman number only.)
    QFETCH(QLocale, locale);
    QFETCH(bool, document);
    QFETCH(QString, thousand);
    QFETCH(QString, quarter);
    const QLocale saved;
    QLocale::setDefault(locale);
    const ChartTexts texts = document ? ChartTexts::document() : ChartTexts::onScreen();
    QList<StatsCount> rows;
    for (int q = 1; q <= 4; ++q)
        rows.append({ QStringLiteral("2024-Q%1").arg(q), QString(), 500 * q + 3, {} });
    std::unique_ptr<QChart> bars(ChartBuilder::stackedBars(rows, StatsDimension::None, texts));
    const QStringList shown = shownTexts(bars.get());
    QVERIFY2(shown.contains(thousand), qPrintable(shown.join(u'|')));
    QVERIFY2(shown.contains(quarter), qPrintable(shown.join(u'|')));
    QCOMPARE(texts.number(2003), QLatin1Char('2') + thousand.mid(1, 1) + QStringLiteral("003"));
    QList<ResponseSummary> responses;
    responses.append({ QStringLiteral("2024-Q1"), 10, 5, 5, 12.0 });
    std::unique_ptr<QChart> rate(ChartBuilder::responses(responses, texts));
    const QStringList rateTexts = shownTexts(rate.get());
    QVERIFY2(rateTexts.contains(QStringLiteral("100%")), qPrintable(rateTexts.join(u'|')));
    QLocale::setDefault(saved);
}

#include "tst_chartbuilder.moc"
