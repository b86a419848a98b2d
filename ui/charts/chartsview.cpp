#include <ui/charts/chartsview.h>

#include <ui/charts/chartbuilder.h>
#include <ui/charts/chartrenderer.h>
#include <ui/charts/chartreportdialog.h>
#include <ui/charts/charttexts.h>

#include <core/db/database.h>
#include <core/reports/scopetree.h>
#include <core/reports/statsdrilldown.h>
#include <core/reports/statskeys.h>
#include <core/text/vndate.h>

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QCursor>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QMessageBox>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolTip>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

namespace thuky {

namespace {
enum Tab { StackedTab, TrendTab, ResponseTab, HotTab };
const char rollUpKey[] = "charts/rollUpMerged";
} // namespace

ChartsView::ChartsView(Database &db, QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_undo(undo)
{
    qRegisterMetaType<thuky::ChartSelection>();
    auto *layout = new QVBoxLayout(this);
    buildFilters();
    buildBars(layout);
    buildTabs(layout);
    connectFilters();
    // Every change made in this window (entry, edit, import, undo, redo) moves the stack.
    if (m_undo)
        connect(m_undo, &QUndoStack::indexChanged, this, &ChartsView::refresh);
    redraw();
}

void ChartsView::buildBars(QVBoxLayout *layout)
{
    // Two rows, so that the area fits a 1280-pixel screen: what and when, then where and
    // which topic; the actions at the end of the first row.
    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    auto *bar = new QHBoxLayout;
    bar->addWidget(label(tr("&Break down by"), m_dimension));
    bar->addWidget(m_dimension);
    bar->addSpacing(12);
    bar->addWidget(m_useFrom);
    bar->addWidget(m_from);
    bar->addWidget(m_useTo);
    bar->addWidget(m_to);
    bar->addStretch(1);
    auto *exportButton = new QPushButton(tr("Export…"), this);
    auto *printButton = new QPushButton(tr("Print…"), this);
    auto *reportButton = new QPushButton(tr("Report…"), this);
    reportButton->setObjectName(QStringLiteral("reportButton"));
    bar->addWidget(exportButton);
    bar->addWidget(printButton);
    bar->addWidget(reportButton);
    layout->addLayout(bar);
    auto *where = new QHBoxLayout;
    where->addWidget(label(tr("&Locality"), m_locality));
    where->addWidget(m_locality, 1);
    where->addSpacing(12);
    where->addWidget(label(tr("To&pic"), m_topic));
    where->addWidget(m_topic, 1);
    where->addSpacing(12);
    where->addWidget(m_rollUp);
    layout->addLayout(where);

    connect(exportButton, &QPushButton::clicked, this, &ChartsView::exportChart);
    connect(printButton, &QPushButton::clicked, this, &ChartsView::printChart);
    connect(reportButton, &QPushButton::clicked, this, [this]() {
        ChartReportDialog dialog(m_db, this);
        dialog.exec();
    });
}

void ChartsView::buildTabs(QVBoxLayout *layout)
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    auto makeView = [this]() {
        auto *view = new QChartView(this);
        view->setRenderHint(QPainter::Antialiasing);
        return view;
    };
    m_stackedView = makeView();
    m_trendView = makeView();
    m_responseView = makeView();
    m_hot = new QTableWidget(0, 5, this);
    m_hot->setHorizontalHeaderLabels(
        { tr("Date"), tr("Locality"), tr("Topic"), tr("Summary"), tr("Status") });
    // Names whole on one line; the summary takes the rest (at most 200 rows to measure).
    m_hot->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_hot->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_hot->setWordWrap(false);
    m_hot->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_hot->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tabs->addTab(m_stackedView, tr("Reports per quarter"));
    m_tabs->addTab(m_trendView, tr("Trend of the total"));
    m_tabs->addTab(m_responseView, tr("Responses"));
    m_tabs->addTab(m_hot, tr("Hot items"));
    layout->addWidget(m_tabs, 1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    layout->addWidget(m_summary);
    m_tabFresh = { false, false, false, false };
    // The slower panels (responses read every answered report) are drawn when shown.
    connect(m_tabs, &QTabWidget::currentChanged, this, &ChartsView::refreshTab);
}

void ChartsView::connectFilters()
{
    auto changed = [this]() {
        if (!m_updating)
            redraw();
    };
    connect(m_dimension, &QComboBox::currentIndexChanged, this, changed);
    connect(m_locality, &QComboBox::currentIndexChanged, this, changed);
    connect(m_topic, &QComboBox::currentIndexChanged, this, changed);
    connect(m_useFrom, &QCheckBox::toggled, this, changed);
    connect(m_useTo, &QCheckBox::toggled, this, changed);
    connect(m_rollUp, &QCheckBox::toggled, this, [this, changed](bool on) {
        if (!m_updating)
            QSettings().setValue(QLatin1String(rollUpKey), on);
        changed();
    });
    connect(m_from, &QDateEdit::dateChanged, this, [this, changed]() {
        if (m_useFrom->isChecked())
            changed();
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this, changed]() {
        if (m_useTo->isChecked())
            changed();
    });
}

ChartsView::~ChartsView() = default;

void ChartsView::buildFilters()
{
    m_dimension = new QComboBox(this);
    m_dimension->setObjectName(QStringLiteral("dimension"));
    const ChartTexts texts = ChartTexts::onScreen();
    for (StatsDimension d :
        { StatsDimension::Topic, StatsDimension::Locality, StatsDimension::Sentiment,
            StatsDimension::Channel, StatsDimension::Status, StatsDimension::None }) {
        const QString label = d == StatsDimension::None ? tr("Total only") : texts.dimensionName(d);
        m_dimension->addItem(label, int(d));
    }
    m_useFrom = new QCheckBox(tr("From"), this);
    m_useTo = new QCheckBox(tr("To"), this);
    m_from = new QDateEdit(QDate(QDate::currentDate().year(), 1, 1), this);
    m_to = new QDateEdit(QDate::currentDate(), this);
    for (QDateEdit *e : { m_from, m_to }) {
        e->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        e->setCalendarPopup(true);
    }
    m_locality = new QComboBox(this);
    m_locality->setObjectName(QStringLiteral("locality"));
    m_topic = new QComboBox(this);
    m_topic->setObjectName(QStringLiteral("topic"));
    fillScopes();
    m_rollUp = new QCheckBox(tr("Roll &up to today's units"), this);
    m_rollUp->setObjectName(QStringLiteral("rollUp"));
    m_rollUp->setToolTip(tr("Count the reports of merged localities under the unit that holds "
                            "them today, so that periods before and after a merge compare"));
    m_rollUp->setChecked(QSettings().value(QLatin1String(rollUpKey), false).toBool());
}

void ChartsView::fillScopes()
{
    const bool updating = m_updating;
    m_updating = true;
    // Trees, each parent before its children, indented by depth; the choice made stays.
    auto fill = [](QComboBox *box, const QString &all, const QList<ScopeEntry> &entries) {
        const qint64 current = box->currentData().toLongLong();
        box->clear();
        box->addItem(all, 0);
        for (const ScopeEntry &e : entries)
            box->addItem(QString(e.depth * 3, QLatin1Char(' ')) + e.name, e.id);
        box->setCurrentIndex(qMax(0, box->findData(current)));
    };
    fill(m_locality, tr("All localities"), ScopeTree::localities(m_db));
    fill(m_topic, tr("All topics"), ScopeTree::topics(m_db));
    m_scopesStale = false;
    m_updating = updating;
}

StatsFilter ChartsView::filter() const
{
    StatsFilter f;
    if (m_useFrom->isChecked())
        f.from = m_from->date();
    if (m_useTo->isChecked())
        f.to = m_to->date();
    f.localityId = m_locality->currentData().toLongLong();
    f.topicId = m_topic->currentData().toLongLong();
    if (m_rollUp->isChecked()) {
        f.rollUpMerged = true;
        f.rollUpOn = QDate::currentDate();
    }
    return f;
}

StatsDimension ChartsView::dimension() const
{
    return StatsDimension(m_dimension->currentData().toInt());
}

void ChartsView::setDimension(StatsDimension dim)
{
    m_dimension->setCurrentIndex(m_dimension->findData(int(dim)));
}

void ChartsView::setFilter(const StatsFilter &f)
{
    m_updating = true;
    m_useFrom->setChecked(f.from.isValid());
    if (f.from.isValid())
        m_from->setDate(f.from);
    m_useTo->setChecked(f.to.isValid());
    if (f.to.isValid())
        m_to->setDate(f.to);
    m_locality->setCurrentIndex(qMax(0, m_locality->findData(f.localityId)));
    m_topic->setCurrentIndex(qMax(0, m_topic->findData(f.topicId)));
    m_rollUp->setChecked(f.rollUpMerged);
    m_updating = false;
    redraw();
}

void ChartsView::setChart(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart);
    delete old;
}

QChart *ChartsView::stackedChart()
{
    refreshTab(StackedTab);
    return m_stackedView->chart();
}

QChart *ChartsView::currentChart()
{
    refreshTab(m_tabs->currentIndex());
    switch (m_tabs->currentIndex()) {
    case StackedTab:
        return m_stackedView->chart();
    case TrendTab:
        return m_trendView->chart();
    case ResponseTab:
        return m_responseView->chart();
    default:
        break;
    }
    return nullptr;
}

void ChartsView::refresh()
{
    m_scopesStale = true;
    redraw();
}

void ChartsView::redraw()
{
    m_tabFresh = { false, false, false, false };
    if (isVisible())
        refreshTab(m_tabs->currentIndex());
}

bool ChartsView::isStale() const
{
    return m_scopesStale || !m_tabFresh.value(m_tabs->currentIndex(), true);
}

void ChartsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refreshTab(m_tabs->currentIndex());
}

void ChartsView::refreshTab(int index)
{
    if (m_scopesStale)
        fillScopes();
    if (index < 0 || index >= m_tabFresh.size() || m_tabFresh.at(index))
        return;
    // The count below the tabs and the trend are the stacked chart's figures.
    if (index != StackedTab && !m_tabFresh.at(StackedTab))
        refreshTab(StackedTab);
    QElapsedTimer timer;
    timer.start();
    const StatsFilter f = filter();
    switch (index) {
    case StackedTab:
        refreshStacked(f);
        break;
    case TrendTab:
        refreshTrend();
        break;
    case ResponseTab:
        setChart(m_responseView,
            ChartBuilder::responses(
                OpinionStats(m_db).responsesByQuarter(f), ChartTexts::onScreen()));
        break;
    case HotTab:
        refreshHot(f);
        break;
    default:
        break;
    }
    m_tabFresh[index] = true;
    m_lastRefreshMs = timer.elapsed();
}

void ChartsView::refreshStacked(const StatsFilter &f)
{
    m_rowsDim = dimension();
    m_rows = OpinionStats(m_db).countForChart(m_rowsDim, f, &m_rowsFilter);
    m_quarters = ChartBuilder::quarters(m_rows);
    m_seriesKeys = ChartBuilder::seriesKeys(m_rows);
    QChart *chart = ChartBuilder::stackedBars(m_rows, m_rowsDim, ChartTexts::onScreen());
    if (auto *series = qobject_cast<QStackedBarSeries *>(chart->series().value(0)))
        connectBars(series);
    setChart(m_stackedView, chart);
    int total = 0;
    for (const StatsCount &r : std::as_const(m_rows))
        total += r.count;
    m_summary->setText(tr("%Ln report(s) in the selection", nullptr, total));
}

void ChartsView::connectBars(QStackedBarSeries *series)
{
    connect(series, &QStackedBarSeries::hovered, this,
        [this, series](bool status, int i, QBarSet *set) {
            if (status)
                QToolTip::showText(
                    QCursor::pos(), barToolTip(i, int(series->barSets().indexOf(set))));
            else
                QToolTip::hideText();
        });
    connect(series, &QStackedBarSeries::clicked, this, [this, series](int i, QBarSet *set) {
        emit openReports(selectionFor(i, int(series->barSets().indexOf(set))));
    });
}

QList<StatsCount> ChartsView::barRows(int quarter, int series) const
{
    // Series seriesKeys().size() is the "others" series: every key not drawn on its own.
    const QString code = m_quarters.value(quarter);
    const bool others = series == m_seriesKeys.size();
    const QString key = m_seriesKeys.value(series);
    QList<StatsCount> rows;
    for (const StatsCount &r : m_rows) {
        if (r.quarter == code && (others ? !m_seriesKeys.contains(r.key) : r.key == key))
            rows.append(r);
    }
    return rows;
}

QString ChartsView::barToolTip(int quarter, int series) const
{
    const ChartTexts texts = ChartTexts::onScreen();
    int count = 0;
    for (const StatsCount &r : barRows(quarter, series))
        count += r.count;
    QString label = series == m_seriesKeys.size()
        ? texts.others()
        : texts.keyLabel(m_rowsDim, m_seriesKeys.value(series));
    if (m_rowsDim == StatsDimension::None)
        label = texts.totalSeries();
    return QStringLiteral("%1 — %2: %3")
        .arg(texts.quarter(m_quarters.value(quarter)), label, texts.number(count));
}

ChartSelection ChartsView::selectionFor(int quarter, int series) const
{
    const QList<StatsCount> rows = barRows(quarter, series);
    const QString code = m_quarters.value(quarter);
    ChartSelection sel;
    sel.dimension = m_rowsDim;
    sel.filter = m_rowsFilter;
    QDate last;
    const QDate first = VnDate::parseQuarter(code, &last);
    if (!sel.filter.from.isValid() || sel.filter.from < first)
        sel.filter.from = first;
    if (!sel.filter.to.isValid() || sel.filter.to > last)
        sel.filter.to = last;
    if (series < m_seriesKeys.size())
        sel.key = m_seriesKeys.at(series);
    QList<qint64> groups;
    for (const StatsCount &r : rows)
        groups += r.ids;
    sel.ids = StatsKeys(m_db, m_rowsDim, m_rowsFilter).members(groups);
    sel.reports = StatsDrillDown(m_db).filterFor(m_rowsDim, m_rowsFilter, code, rows);
    return sel;
}

void ChartsView::refreshTrend()
{
    // The totals are the stacked bars summed: no second pass over the reports.
    QMap<QString, int> perQuarter;
    for (const StatsCount &r : std::as_const(m_rows))
        perQuarter[r.quarter] += r.count;
    QList<StatsCount> totals;
    for (auto it = perQuarter.constBegin(); it != perQuarter.constEnd(); ++it)
        totals.append({ it.key(), QString(), it.value(), {} });
    setChart(m_trendView, ChartBuilder::totalTrend(totals, ChartTexts::onScreen()));
}

void ChartsView::refreshHot(const StatsFilter &f)
{
    const QList<HotItem> items = OpinionStats(m_db).hotItems(f, 200);
    const ChartTexts texts = ChartTexts::onScreen();
    m_hot->setRowCount(int(items.size()));
    for (int r = 0; r < items.size(); ++r) {
        const HotItem &h = items.at(r);
        const QStringList cells { VnDate::display(h.observed), h.locality, h.topic, h.summary,
            texts.keyLabel(StatsDimension::Status, h.status) };
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c == 3)
                item->setToolTip(h.summary); // the column cuts long ones
            m_hot->setItem(r, c, item);
        }
    }
}

QChart *ChartsView::buildForOutput()
{
    // A copy laid out at export size, leaving the one on screen alone.
    const ChartTexts texts = ChartTexts::onScreen();
    refreshTab(m_tabs->currentIndex());
    switch (m_tabs->currentIndex()) {
    case StackedTab:
        return ChartBuilder::stackedBars(m_rows, m_rowsDim, texts);
    case TrendTab:
        return ChartBuilder::totalTrend(
            OpinionStats(m_db).countByQuarter(StatsDimension::None, filter()), texts);
    default:
        break;
    }
    return ChartBuilder::responses(OpinionStats(m_db).responsesByQuarter(filter()), texts);
}

bool ChartsView::exportCurrent(const QString &path, QString *error)
{
    QChart *chart = currentChart();
    if (!chart) {
        if (error)
            *error = tr("This tab has no chart to export.");
        return false;
    }
    std::unique_ptr<QChart> copy(buildForOutput());
    return ChartRenderer::save(copy.get(), path, error);
}

void ChartsView::exportChart()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), QString(),
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCurrent(path, &error))
        QMessageBox::warning(this, tr("Export chart"), error);
}

void ChartsView::printChart()
{
    QChart *chart = currentChart();
    if (!chart)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    std::unique_ptr<QChart> copy(buildForOutput());
    QPainter painter(&printer);
    ChartRenderer::paint(copy.get(), &painter,
        printer.pageLayout().paintRectPixels(printer.resolution()),
        QSize(ChartRenderer::DefaultWidth, ChartRenderer::DefaultHeight));
}

} // namespace thuky
