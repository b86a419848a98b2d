#pragma once

#include <core/reports/stats.h>

#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QStackedBarSeries;
class QTabWidget;
class QTableWidget;
class QUndoStack;
class QVBoxLayout;
QT_END_NAMESPACE

namespace thuky {

class Database;

/** The reports behind one bar: its quarter's dates, the filters, and the bar's key. */
struct ChartSelection
{
    StatsFilter filter; ///< the view's filters narrowed to the bar's quarter
    StatsDimension dimension = StatsDimension::None;
    QString key; ///< code or name, as in StatsCount::key
    /** Topic or locality ids behind the key; a rolled-up locality: its unit, then those merged into
     * it. */
    QList<qint64> ids;
};

/**
 * The Charts & reports area: reported items per quarter stacked by a chosen dimension, the
 * trend of the total, the response rate and median days, the hot items. The period,
 * locality and topic filters apply to every chart; hovering a bar shows its numbers, a
 * click asks for the matching reports (openReports). Charts export to PNG, SVG and PDF.
 */
class ChartsView : public QWidget
{
    Q_OBJECT
public:
    ChartsView(Database &db, QUndoStack *undo, QWidget *parent = nullptr);
    ~ChartsView() override;

    StatsFilter filter() const;
    StatsDimension dimension() const;
    void setDimension(StatsDimension dim);
    void setFilter(const StatsFilter &filter);
    /** The chart on the current tab (null on the hot-items tab). */
    QChart *currentChart() const;
    QChart *stackedChart() const;
    /** Writes the current chart to @p path (.png, .svg, .pdf). */
    bool exportCurrent(const QString &path, QString *error = nullptr);
    /** "Roll up to today's units": merged localities count under the unit holding them. */
    QCheckBox *rollUpCheck() const { return m_rollUp; }
    /** How long the last refresh() took, in milliseconds. */
    qint64 lastRefreshMs() const { return m_lastRefreshMs; }

public slots:
    /** Recomputes and redraws every chart from the database. */
    void refresh();

signals:
    /** The user clicked a bar: show exactly its reports. */
    void openReports(const thuky::ChartSelection &selection);

private:
    void buildFilters();
    /** The filter and action rows above the tabs. */
    void buildBars(QVBoxLayout *layout);
    void buildTabs(QVBoxLayout *layout);
    /** Any change of a filter redraws (unless setFilter() is setting them all). */
    void connectFilters();
    void exportChart();
    void printChart();
    void refreshTab(int index);
    void refreshStacked(const StatsFilter &filter);
    /** Hovering a bar shows its numbers; clicking it asks for its reports (openReports). */
    void connectBars(QStackedBarSeries *series, StatsDimension dim, const StatsFilter &filter);
    void refreshTrend();
    void refreshHot(const StatsFilter &filter);
    void setChart(QChartView *view, QChart *chart);
    QChart *buildForOutput() const;
    /** @p ids and, rolled up, every locality counted under them (the units merged into them). */
    QList<qint64> unitsBehind(const QList<qint64> &ids, const StatsFilter &filter) const;

    Database &m_db;
    QUndoStack *m_undo;
    QComboBox *m_dimension = nullptr;
    QCheckBox *m_useFrom = nullptr;
    QCheckBox *m_useTo = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_locality = nullptr;
    QComboBox *m_topic = nullptr;
    QCheckBox *m_rollUp = nullptr;
    QTabWidget *m_tabs = nullptr;
    QChartView *m_stackedView = nullptr;
    QChartView *m_trendView = nullptr;
    QChartView *m_responseView = nullptr;
    QTableWidget *m_hot = nullptr;
    QLabel *m_summary = nullptr;
    QList<StatsCount> m_rows;
    QList<bool> m_tabFresh;
    qint64 m_lastRefreshMs = 0;
    bool m_updating = false;
};

} // namespace thuky

Q_DECLARE_METATYPE(thuky::ChartSelection)
