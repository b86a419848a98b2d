#pragma once

#include <core/opinions/opinionrepository.h>
#include <core/reports/stats.h>

#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QShowEvent;
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
    QString key; ///< code or name, as in StatsCount::key; empty for the "others" series
    /**
     * Topic or locality ids behind the key: its groups first, then every unit counted under
     * them (a rolled-up bar's communes and merged units).
     */
    QList<qint64> ids;
    /** Exactly the bar's reports, as the report list's filter (StatsDrillDown). */
    OpinionFilter reports;
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
    /** The chart on the current tab (null on the hot-items tab), drawn if it was out of date. */
    QChart *currentChart();
    QChart *stackedChart();
    /** Writes the current chart to @p path (.png, .svg, .pdf). */
    bool exportCurrent(const QString &path, QString *error = nullptr);
    /** "Roll up to today's units": merged localities count under the unit holding them. */
    QCheckBox *rollUpCheck() const { return m_rollUp; }
    /** How long the last drawing of a tab took, in milliseconds. */
    qint64 lastRefreshMs() const { return m_lastRefreshMs; }
    /** Whether the charts wait for a redraw (the data changed while the area was hidden). */
    bool isStale() const;
    /** The text shown on hovering bar @p quarter (index) of series @p series (bottom first). */
    QString barToolTip(int quarter, int series) const;
    /** What a click on that bar opens. */
    ChartSelection selectionFor(int quarter, int series) const;

public slots:
    /**
     * Reads the data again (the locality and topic lists too) and redraws: at once when the
     * area is shown, else when it is next shown or its charts are asked for. Called on every
     * change of the undo stack, and by the main window (another database opened).
     */
    void refresh();

signals:
    /** The user clicked a bar: show exactly its reports. */
    void openReports(const thuky::ChartSelection &selection);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildFilters();
    /** Fills the locality and topic lists, keeping the current choices. */
    void fillScopes();
    /** Redraws the shown tab now if the area is visible; the others when they are shown. */
    void redraw();
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
    void connectBars(QStackedBarSeries *series);
    void refreshTrend();
    void refreshHot(const StatsFilter &filter);
    void setChart(QChartView *view, QChart *chart);
    QChart *buildForOutput();
    /** The rows of the bar @p quarter, @p series of the stacked chart. */
    QList<StatsCount> barRows(int quarter, int series) const;

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
    StatsDimension m_rowsDim = StatsDimension::None;
    StatsFilter m_rowsFilter; ///< the filter m_rows were counted with (perhaps rolled up)
    QStringList m_quarters; ///< of m_rows
    QStringList m_seriesKeys; ///< of the stacked chart, bottom first ("others" not included)
    QList<bool> m_tabFresh;
    bool m_scopesStale = false;
    qint64 m_lastRefreshMs = 0;
    bool m_updating = false;
};

} // namespace thuky

Q_DECLARE_METATYPE(thuky::ChartSelection)
