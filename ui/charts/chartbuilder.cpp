#include <ui/charts/chartbuilder.h>

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFont>
#include <QFontMetricsF>
#include <QLineSeries>
#include <QMap>
#include <QPen>
#include <QScatterSeries>
#include <QSet>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace thuky {

namespace {

QFont chartFont(int pointSize, bool bold = false)
{
    QFont f(QStringLiteral("Liberation Sans"));
    f.setPointSize(pointSize);
    f.setBold(bold);
    return f;
}

QChart *newChart(const QString &title, const ChartTexts &texts)
{
    auto *chart = new QChart;
    chart->setLocale(texts.locale());
    chart->setLocalizeNumbers(true);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTheme(QChart::ChartThemeLight);
    chart->setBackgroundRoundness(0);
    chart->setTitle(title);
    chart->setTitleFont(chartFont(15, true));
    chart->setTitleBrush(Qt::black);
    chart->legend()->setFont(chartFont(11));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setLabelColor(Qt::black);
    chart->setMargins(QMargins(8, 8, 8, 8));
    return chart;
}

/**
 * Turns the quarter labels of @p axis only as far as they must turn to be read whole, as the
 * plot area of @p chart changes size: level, slanted, then upright (Qt Charts would
 * otherwise cut "Quý III/2024" to "Quý III/20...").
 */
void fitLabels(QChart *chart, QBarCategoryAxis *axis)
{
    QObject::connect(chart, &QChart::plotAreaChanged, axis, [axis](const QRectF &plot) {
        const QStringList categories = axis->categories();
        if (categories.isEmpty() || plot.width() <= 0)
            return;
        const QFontMetricsF metrics(axis->labelsFont());
        qreal widest = 0;
        for (const QString &c : categories)
            widest = std::max(widest, metrics.horizontalAdvance(c));
        // Qt Charts measures a label as a text item (4 pixels of document margin on each
        // side) and gives it its share of the axis less 2 × 5 pixels of padding.
        const qreal slot = plot.width() / categories.size() - 12;
        const qreal level = widest + 8;
        const qreal slanted = (widest + 8 + metrics.height() + 8) * 0.7072; // a 45° label's width
        const int angle = level <= slot ? 0 : slanted <= slot ? -45 : -90;
        if (axis->labelsAngle() != angle)
            axis->setLabelsAngle(angle);
    });
}

QBarCategoryAxis *quarterAxis(QChart *chart, const QStringList &quarters, const ChartTexts &texts)
{
    auto *axis = new QBarCategoryAxis;
    QStringList labels;
    for (const QString &q : quarters)
        labels.append(texts.quarter(q));
    axis->append(labels);
    axis->setLabelsFont(chartFont(quarters.size() > 12 ? 9 : 11));
    axis->setLabelsColor(Qt::black);
    if (quarters.size() > 8)
        axis->setLabelsAngle(-45);
    axis->setGridLineVisible(false);
    fitLabels(chart, axis);
    return axis;
}

QValueAxis *countAxis(double max, const QString &title)
{
    auto *axis = new QValueAxis;
    // Charts localise only formats with a precision: "%d" would leave the labels empty.
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setLabelsFont(chartFont(10));
    axis->setLabelsColor(Qt::black);
    axis->setTitleText(title);
    axis->setTitleFont(chartFont(11));
    axis->setRange(0, std::max(1.0, max));
    axis->applyNiceNumbers();
    axis->setGridLineColor(QColor(0xd0, 0xd0, 0xd0));
    return axis;
}

/** Each key's stable position (the least of its rows'); keys of no known position are left out. */
QHash<QString, int> keyPositions(const QList<StatsCount> &rows)
{
    QHash<QString, int> position;
    for (const StatsCount &r : rows) {
        if (r.position >= 0 && (!position.contains(r.key) || r.position < position.value(r.key)))
            position.insert(r.key, r.position);
    }
    return position;
}

} // namespace

QString ChartBuilder::othersLabel()
{
    return ChartTexts::document().others();
}

QColor ChartBuilder::seriesColor(int index)
{
    // Hues far apart, lightness alternating dark / light so that neighbours differ in grey.
    static const QColor colors[] = {
        QColor(0x1f, 0x3a, 0x68), // dark blue
        QColor(0xf2, 0xb7, 0x05), // light amber
        QColor(0xb2, 0x22, 0x22), // dark red
        QColor(0x9f, 0xd3, 0x9a), // light green
        QColor(0x4b, 0x2c, 0x6f), // dark violet
        QColor(0x8e, 0xc9, 0xe8), // light sky
        QColor(0x2e, 0x6b, 0x30), // dark green
        QColor(0xf4, 0xa5, 0x82), // light salmon
        QColor(0x80, 0x80, 0x80), // grey (others)
    };
    return colors[index % int(sizeof colors / sizeof colors[0])];
}

void ChartBuilder::styleBarSet(QBarSet *set, int index)
{
    // Solid fills for the even series; hatching on the odd ones tells them apart on paper.
    static const Qt::BrushStyle patterns[] = { Qt::SolidPattern, Qt::BDiagPattern, Qt::SolidPattern,
        Qt::CrossPattern, Qt::SolidPattern, Qt::FDiagPattern, Qt::SolidPattern,
        Qt::DiagCrossPattern, Qt::Dense5Pattern };
    const Qt::BrushStyle style = patterns[index % int(sizeof patterns / sizeof patterns[0])];
    QColor c = seriesColor(index);
    if (style != Qt::SolidPattern)
        c = c.darker(130); // hatching lines need some weight
    set->setBrush(QBrush(c, style));
    QPen pen(QColor(0x20, 0x20, 0x20));
    pen.setWidthF(0.8);
    set->setPen(pen);
    set->setLabelColor(Qt::black);
}

QStringList ChartBuilder::quarters(const QList<StatsCount> &rows)
{
    QSet<QString> seen;
    for (const StatsCount &r : rows)
        seen.insert(r.quarter);
    QStringList list(seen.begin(), seen.end());
    std::sort(list.begin(), list.end());
    return list;
}

QStringList ChartBuilder::seriesKeys(const QList<StatsCount> &rows)
{
    QMap<QString, int> totals;
    for (const StatsCount &r : rows)
        totals[r.key] += r.count;
    const QHash<QString, int> position = keyPositions(rows);
    QStringList keys = totals.keys();
    if (keys.size() > MaxSeries) {
        std::stable_sort(keys.begin(), keys.end(),
            [&](const QString &a, const QString &b) { return totals.value(a) > totals.value(b); });
        keys = keys.mid(0, MaxSeries - 1);
    }
    // Keys of no known position (rows made by hand) keep the order of their counts.
    std::stable_sort(keys.begin(), keys.end(), [&](const QString &a, const QString &b) {
        const int pa = position.value(a, -1), pb = position.value(b, -1);
        if (pa != pb)
            return pa < pb;
        return totals.value(a) > totals.value(b);
    });
    return keys;
}

bool ChartBuilder::hasOthers(const QList<StatsCount> &rows)
{
    QSet<QString> keys;
    for (const StatsCount &r : rows)
        keys.insert(r.key);
    return keys.size() > MaxSeries;
}

QHash<QString, int> ChartBuilder::seriesStyles(
    const QList<StatsCount> &rows, const QStringList &keys)
{
    const QHash<QString, int> position = keyPositions(rows);
    QHash<QString, int> styles;
    QList<bool> taken(MaxSeries, false);
    for (int i = 0; i < keys.size(); ++i) {
        int style = position.value(keys.at(i), i) % MaxSeries;
        for (int tries = 0; taken.at(style) && tries < MaxSeries; ++tries)
            style = (style + 1) % MaxSeries;
        taken[style] = true;
        styles.insert(keys.at(i), style);
    }
    return styles;
}

QChart *ChartBuilder::stackedBars(
    const QList<StatsCount> &rows, StatsDimension dim, const ChartTexts &texts)
{
    QChart *chart = newChart(texts.stackedTitle(dim), texts);
    const QStringList qs = quarters(rows);
    const QStringList keys = seriesKeys(rows);
    const bool others = hasOthers(rows);
    const QHash<QString, int> styles = seriesStyles(rows, keys);
    QHash<QString, int> seriesOf;
    for (int i = 0; i < keys.size(); ++i)
        seriesOf.insert(keys.at(i), i);
    QHash<QString, int> quarterIndex;
    for (int i = 0; i < qs.size(); ++i)
        quarterIndex.insert(qs.at(i), i);

    const int seriesCount = int(keys.size()) + (others ? 1 : 0);
    QList<QList<double>> values(seriesCount, QList<double>(qs.size(), 0.0));
    QList<double> totals(qs.size(), 0.0);
    for (const StatsCount &r : rows) {
        const int s = seriesOf.value(r.key, others ? seriesCount - 1 : -1);
        if (s < 0)
            continue;
        values[s][quarterIndex.value(r.quarter)] += r.count;
        totals[quarterIndex.value(r.quarter)] += r.count;
    }

    auto *series = new QStackedBarSeries;
    for (int i = 0; i < seriesCount; ++i) {
        const bool isOthers = i == keys.size();
        QString label = isOthers ? texts.others() : texts.keyLabel(dim, keys.at(i));
        if (dim == StatsDimension::None)
            label = texts.totalSeries();
        auto *set = new QBarSet(label);
        for (double v : std::as_const(values.at(i)))
            set->append(v);
        styleBarSet(set, isOthers ? OthersStyle : styles.value(keys.at(i)));
        series->append(set);
    }
    series->setBarWidth(0.7);
    chart->addSeries(series);
    QBarCategoryAxis *x = quarterAxis(chart, qs, texts);
    QValueAxis *y
        = countAxis(totals.isEmpty() ? 1 : *std::max_element(totals.begin(), totals.end()),
            texts.reportsAxis());
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setVisible(dim != StatsDimension::None);
    return chart;
}

QChart *ChartBuilder::totalTrend(const QList<StatsCount> &totals, const ChartTexts &texts)
{
    QChart *chart = newChart(texts.trendTitle(), texts);
    QList<StatsCount> sorted = totals;
    std::sort(sorted.begin(), sorted.end(),
        [](const StatsCount &a, const StatsCount &b) { return a.quarter < b.quarter; });
    QStringList qs;
    auto *line = new QLineSeries;
    line->setName(texts.trendSeries());
    QPen pen(QColor(0x1f, 0x3a, 0x68));
    pen.setWidthF(2.5);
    line->setPen(pen);
    auto *points = new QScatterSeries;
    points->setMarkerSize(9);
    points->setColor(QColor(0x1f, 0x3a, 0x68));
    points->setBorderColor(Qt::black);
    double max = 0;
    for (int i = 0; i < sorted.size(); ++i) {
        qs.append(sorted.at(i).quarter);
        line->append(i, sorted.at(i).count);
        points->append(i, sorted.at(i).count);
        max = std::max(max, double(sorted.at(i).count));
    }
    line->setPointLabelsVisible(true);
    line->setPointLabelsFormat(QStringLiteral("@yPoint"));
    line->setPointLabelsFont(chartFont(9));
    line->setPointLabelsColor(Qt::black);
    line->setPointLabelsClipping(false);
    chart->addSeries(line);
    chart->addSeries(points);
    // A category axis for the labels, a value axis underneath it for the positions.
    auto *x = new QValueAxis;
    x->setRange(-0.5, std::max(0.5, sorted.size() - 0.5));
    x->setVisible(false);
    QBarCategoryAxis *labels = quarterAxis(chart, qs, texts);
    QValueAxis *y = countAxis(max * 1.1, texts.reportsAxis());
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(labels, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (auto *s :
        { static_cast<QAbstractSeries *>(line), static_cast<QAbstractSeries *>(points) }) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    chart->legend()->setVisible(false);
    return chart;
}

QChart *ChartBuilder::responses(const QList<ResponseSummary> &rows, const ChartTexts &texts)
{
    QChart *chart = newChart(texts.responsesTitle(), texts);
    QList<ResponseSummary> sorted = rows;
    std::sort(sorted.begin(), sorted.end(),
        [](const ResponseSummary &a, const ResponseSummary &b) { return a.quarter < b.quarter; });
    QStringList qs;
    auto *rate = new QBarSet(texts.rateSeries());
    styleBarSet(rate, 5);
    auto *median = new QLineSeries;
    median->setName(texts.medianSeries());
    QPen pen(QColor(0xb2, 0x22, 0x22));
    pen.setWidthF(2.5);
    pen.setStyle(Qt::DashLine);
    median->setPen(pen);
    double maxDays = 1;
    for (int i = 0; i < sorted.size(); ++i) {
        qs.append(sorted.at(i).quarter);
        rate->append(std::round(sorted.at(i).rate() * 1000) / 10.0);
        if (sorted.at(i).medianDays >= 0) {
            median->append(i, sorted.at(i).medianDays);
            maxDays = std::max(maxDays, sorted.at(i).medianDays);
        }
    }
    auto *bars = new QBarSeries;
    bars->append(rate);
    bars->setBarWidth(0.6);
    chart->addSeries(bars);
    median->setPointsVisible(true);
    chart->addSeries(median);
    QBarCategoryAxis *x = quarterAxis(chart, qs, texts);
    auto *percent = new QValueAxis;
    percent->setRange(0, 100);
    percent->setLabelFormat(QStringLiteral("%.0f%")); // localised: no printf escapes
    percent->setLabelsFont(chartFont(10));
    percent->setTitleText(texts.rateAxis());
    percent->setTitleFont(chartFont(11));
    auto *days = countAxis(maxDays * 1.15, texts.daysAxis());
    auto *lineX = new QValueAxis;
    lineX->setRange(-0.5, std::max(0.5, sorted.size() - 0.5));
    lineX->setVisible(false);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(lineX, Qt::AlignBottom);
    chart->addAxis(percent, Qt::AlignLeft);
    chart->addAxis(days, Qt::AlignRight);
    bars->attachAxis(x);
    bars->attachAxis(percent);
    median->attachAxis(lineX);
    median->attachAxis(days);
    return chart;
}

} // namespace thuky
