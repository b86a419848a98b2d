#include <ui/opinions/opinionsview.h>

#include <algorithm>

#include <ui/common/documentexport.h>
#include <ui/opinions/importpreviewdialog.h>
#include <ui/opinions/opinioncolumnchoice.h>
#include <ui/opinions/opinioncommands.h>
#include <ui/opinions/opiniondetails.h>
#include <ui/opinions/opinionentrydialog.h>
#include <ui/opinions/opinionstatusdialog.h>
#include <ui/opinions/opinionsummarydelegate.h>
#include <ui/opinions/opiniontablemodel.h>
#include <ui/opinions/taxonomydialog.h>
#include <ui/roster/rostercommands.h>

#include <core/db/access.h>
#include <core/db/changewatch.h>
#include <core/db/database.h>
#include <core/opinions/opinionexport.h>
#include <core/opinions/savedfilters.h>
#include <core/text/textnorm.h>
#include <core/text/vndate.h>

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QScopeGuard>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <climits>

namespace thuky {

namespace {
const char waitingKey[] = "opinions/waitingDays";
} // namespace

OpinionsView::OpinionsView(Database &db, QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_undo(undo)
{
    setObjectName(QStringLiteral("opinionsView"));
    m_feedback = new CommandFeedback(this);
    connect(m_feedback, &CommandFeedback::failed, this, &OpinionsView::showError);
    // Taxonomy edits undone or redone from the Edit menu: the lists follow.
    m_taxonomyFeedback = new CommandFeedback(this);
    connect(m_taxonomyFeedback, &CommandFeedback::failed, this, &OpinionsView::showError);
    connect(m_taxonomyFeedback, &CommandFeedback::changed, this, &OpinionsView::reload);
    m_model = new OpinionTableModel(db, this);
    m_model->setWaitingDays(QSettings().value(QLatin1String(waitingKey), 15).toInt());

    createActions();
    QLayout *searchRow = createSearchRow();
    createFilterBar();
    createTable();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 4);
    layout->addWidget(m_toolBar);
    layout->addLayout(searchRow);
    layout->addWidget(m_filterBar);
    layout->addWidget(createSplitter(), 1);

    connectSignals();
    fillLists();
    fillSavedFilters();
    applyFilter();
}

QLayout *OpinionsView::createSearchRow()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("opinionSearch"));
    m_search->setPlaceholderText(tr("Search the reports (e.g. dat dai) — diacritics optional"));
    m_search->setClearButtonEnabled(true);
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchTimer->start(); });
    connect(m_searchTimer, &QTimer::timeout, this, &OpinionsView::filterFromWidgets);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("opinionCount"));
    QFont countFont = m_count->font();
    countFont.setBold(true);
    m_count->setFont(countFont);
    // As wide as the widest count it shows, so that the search field does not move as
    // "Counting…" turns into the number.
    const QFontMetrics metrics(countFont);
    m_count->setMinimumWidth(
        std::max(metrics.horizontalAdvance(tr("%Ln report(s)", nullptr, 8888888)),
            metrics.horizontalAdvance(tr("Counting…")))
        + 4);
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    searchRow->addSpacing(12);
    searchRow->addWidget(m_count);
    return searchRow;
}

void OpinionsView::createFilterBar()
{
    m_filterBar = new OpinionFilterBar(this);
    connect(m_filterBar, &OpinionFilterBar::changed, this, &OpinionsView::filterFromWidgets);
    connect(m_filterBar, &OpinionFilterBar::recallRequested, this, &OpinionsView::recallFilter);
    connect(m_filterBar, &OpinionFilterBar::saveRequested, this, &OpinionsView::saveFilter);
    connect(m_filterBar, &OpinionFilterBar::deleteRequested, this, &OpinionsView::deleteFilter);
    connect(m_filterBar, &OpinionFilterBar::resetRequested, this, [this] {
        m_search->clear();
        showFilter(OpinionFilter());
    });
}

void OpinionsView::createTable()
{
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("opinionTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setItemDelegateForColumn(OpinionTableModel::SummaryColumn,
        new OpinionSummaryDelegate([this] { return m_model->searchTokens(); }, this));
    QHeaderView *header = m_table->horizontalHeader();
    // Fixed widths: ResizeToContents would read every fetched row.
    const struct
    {
        int column;
        const char *sample;
    } widths[] = { { OpinionTableModel::DateColumn, "00/00/0000" },
        { OpinionTableModel::LocalityColumn, "Thành phố Long Xuyên" },
        { OpinionTableModel::TopicColumn, "Bồi thường, giải phóng mặt" },
        { OpinionTableModel::ChannelColumn, "Đường dây nóng" },
        { OpinionTableModel::SentimentColumn, "Trái chiều" },
        { OpinionTableModel::UrgencyColumn, "Đáng chú ý" },
        { OpinionTableModel::StatusColumn, "Đã giải quyết" },
        { OpinionTableModel::ReporterColumn, "Nguyễn Thị Thanh" } };
    for (const auto &w : widths)
        header->resizeSection(
            w.column, m_table->fontMetrics().horizontalAdvance(QString::fromUtf8(w.sample)) + 28);
    header->setStretchLastSection(true);
    OpinionColumnChoice::setUp(m_table);
    header->setHighlightSections(false);
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(-1, Qt::DescendingOrder);
    connect(header, &QHeaderView::sectionClicked, this, &OpinionsView::sortBy);
    m_table->viewport()->installEventFilter(this);
}

bool OpinionsView::eventFilter(QObject *watched, QEvent *event)
{
    if (m_countAfterPaint && watched == m_table->viewport() && event->type() == QEvent::Paint) {
        // The first screen is on its way; counting a million reports (0.1-0.2 s) comes after
        // it, from a timer: in a later turn of the event loop than this paint and what it
        // posts, so that the window is on the screen before the count holds it up.
        m_countAfterPaint = false;
        m_table->viewport()->removeEventFilter(this);
        QTimer::singleShot(1, this, &OpinionsView::updateCount);
    }
    return QWidget::eventFilter(watched, event);
}

/** The list above the selected report's details. */
QWidget *OpinionsView::createSplitter()
{
    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("opinionDetails"));
    m_details->setOpenLinks(false);
    m_details->setMinimumHeight(60);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("opinionsSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 560, 130 });
    splitter->setChildrenCollapsible(false);
    return splitter;
}

void OpinionsView::connectSignals()
{
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        updateDetails();
    });
    connect(m_table, &QTableView::activated, this, &OpinionsView::editReport);
    connect(m_model, &OpinionTableModel::totalCounted, this, &OpinionsView::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateCount();
        updateActions();
        updateDetails();
    });
    if (m_undo)
        connect(m_undo, &QUndoStack::indexChanged, this, [this] {
            const qint64 id = selectedId();
            m_model->reload();
            selectId(id);
        });
}

OpinionsView::~OpinionsView() = default;

void OpinionsView::createActions()
{
    m_toolBar = new QToolBar(tr("Opinion reports"), this);
    m_toolBar->setObjectName(QStringLiteral("opinionsToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto make = [this](const QString &text, const QString &icon, const QKeySequence &shortcut,
                    const QString &tip, void (OpinionsView::*slot)(), bool toolBar = true) {
        auto *action = new QAction(QIcon::fromTheme(icon), text, this);
        if (!shortcut.isEmpty()) {
            action->setShortcut(shortcut);
            action->setToolTip(
                QStringLiteral("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText)));
        } else {
            action->setToolTip(tip);
        }
        action->setStatusTip(tip);
        connect(action, &QAction::triggered, this, slot);
        addAction(action); // MainWindow builds the area's menu from these
        if (toolBar)
            m_toolBar->addAction(action);
        return action;
    };
    m_newReports = make(tr("&Enter reports…"), QStringLiteral("document-new"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
        tr("Enter reports one after another from the keyboard"), &OpinionsView::newReports);
    m_edit = make(tr("&Edit report…"), QStringLiteral("document-edit"), QKeySequence(Qt::Key_F2),
        tr("Edit the selected report"), &OpinionsView::editReport);
    m_toolBar->addSeparator();
    m_forward = make(tr("&Forward…"), QStringLiteral("mail-forward"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F),
        tr("Forward the selected report to an agency for an answer"), &OpinionsView::forward);
    m_answer = make(tr("Record &answer…"), QStringLiteral("mail-reply-sender"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
        tr("Record the agency's answer to the selected report"), &OpinionsView::recordAnswer);
    m_resolve = make(tr("&Resolve"), QStringLiteral("dialog-ok-apply"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), tr("Mark the selected report as resolved"),
        &OpinionsView::resolveReport);
    m_closeReport = make(tr("C&lose report"), QStringLiteral("archive-insert"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
        tr("Close the selected report: no further follow-up"), &OpinionsView::closeReport);
    m_toolBar->addSeparator();
    m_import = make(tr("&Import CSV…"), QStringLiteral("document-import"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I),
        tr("Import reports from a CSV file, with a preview of every problem"),
        &OpinionsView::importCsv);
    m_export = make(tr("E&xport…"), QStringLiteral("document-export"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X),
        tr("Export the reports the list shows to CSV or Excel (XLSX)"),
        &OpinionsView::exportReports);
    m_taxonomy = make(tr("&Lists…"), QStringLiteral("view-list-tree"), QKeySequence(),
        tr("Topics, localities, channel labels and agencies"), &OpinionsView::editTaxonomy);
    m_waiting = make(tr("&Waiting limit…"), QStringLiteral("appointment-soon"), QKeySequence(),
        tr("After how many days a report waiting for an answer stands out"),
        &OpinionsView::setWaitingDays, false);
    // Print…, Save as PDF/ODT: the reports of the filter the list shows, search included.
    auto *printing
        = new DocumentExport(DocumentExport::opinions(m_db, [this] { return m_filter; }), this);
    addActions(printing->actions());
    m_toolBar->addSeparator();
    m_toolBar->addWidget(printing->createButton(m_toolBar));
}

void OpinionsView::fillLists()
{
    m_filterBar->fillLists(m_db, m_filter);
}

void OpinionsView::fillSavedFilters(const QString &current)
{
    QStringList names;
    for (const SavedFilter &s : SavedFilterRepository(m_db).list())
        names.append(s.name);
    m_filterBar->fillSavedFilters(names, current);
}

void OpinionsView::filterFromWidgets()
{
    OpinionFilter f = m_filterBar->filter();
    f.text = m_search->text().trimmed();
    if (f == m_filter)
        return;
    m_filter = f;
    applyFilter();
}

void OpinionsView::setWidgetsFromFilter(const OpinionFilter &f)
{
    m_filterBar->setFilter(f);
    if (m_search->text().trimmed() != f.text) {
        m_search->setText(f.text);
        m_searchTimer->stop();
    }
}

void OpinionsView::showFilter(const OpinionFilter &filter)
{
    setWidgetsFromFilter(filter);
    m_filter = filter;
    m_filterBar->selectSaved(QString());
    applyFilter();
}

void OpinionsView::applyFilter()
{
    const bool searching = !OpinionRepository::queryTokens(m_filter.text).isEmpty();
    if (searching && m_model->filter().text != m_filter.text)
        m_table->horizontalHeader()->setSortIndicator(-1, Qt::DescendingOrder);
    m_model->setFilter(m_filter);
    m_table->scrollToTop();
}

void OpinionsView::sortBy(int column)
{
    Qt::SortOrder order = Qt::AscendingOrder;
    if (m_model->sortColumn() == column)
        order
            = m_model->sortOrder() == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
    else if (column == OpinionTableModel::DateColumn)
        order = Qt::DescendingOrder;
    m_table->horizontalHeader()->setSortIndicator(column, order);
    m_model->sort(column, order);
    m_table->scrollToTop();
}

void OpinionsView::updateCount()
{
    if (m_countAfterPaint && !m_model->totalKnown()) {
        m_count->clear();
        return;
    }
    if (!m_model->totalKnown() && m_model->countsInBackground()) {
        // On a server the list is shown while its reports are counted; the count follows.
        m_count->setText(tr("Counting…"));
        m_model->countInBackground();
        return;
    }
    const qint64 n = m_model->totalCount();
    m_count->setText(tr("%Ln report(s)", nullptr, int(qMin<qint64>(n, INT_MAX))));
}

void OpinionsView::reload()
{
    const qint64 id = selectedId();
    m_model->reloadChannelLabels();
    fillLists();
    fillSavedFilters(m_filterBar->currentSaved());
    m_model->reload();
    selectId(id);
}

void OpinionsView::followOtherChanges(const QStringList &tables)
{
    if (!isVisible()) {
        // Shown later: one refresh then for everything that changed meanwhile.
        m_otherChangesAll = m_otherChangesAll || tables.isEmpty();
        m_otherChanges += tables;
        m_otherChangesPending = true;
        return;
    }
    const auto concerns
        = [&tables](const QStringList &names) { return ChangeWatch::concerns(tables, names); };
    const QString localities = QStringLiteral("localities"), topics = QStringLiteral("topics"),
                  persons = QStringLiteral("persons"), channels = QStringLiteral("channels");
    if (concerns({ localities, topics, persons }))
        fillLists();
    if (concerns({ QStringLiteral("saved_filters") }))
        fillSavedFilters(m_filterBar->currentSaved());
    if (concerns({ channels }))
        m_model->reloadChannelLabels();
    if (!concerns({ QStringLiteral("opinions"), localities, topics, persons,
            QStringLiteral("agencies"), channels }))
        return;
    const qint64 id = selectedId();
    const int current = m_table->currentIndex().row();
    const int first = qMax(0, m_table->rowAt(0));
    const int bottom = m_table->rowAt(m_table->viewport()->height() - 1);
    m_model->refreshRows(first, bottom < 0 ? m_model->rowCount() - 1 : bottom);
    // The same report stays selected where it is still listed; the list does not scroll.
    const int row = id > 0 ? m_model->rowOfId(id) : -1;
    if (row >= 0 && row != current)
        m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    else if (id > 0 && row < 0)
        m_table->selectionModel()->clear();
    updateCount();
    updateActions();
    updateDetails();
}

void OpinionsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_otherChangesPending)
        return;
    const QStringList tables = m_otherChangesAll ? QStringList() : m_otherChanges;
    m_otherChanges.clear();
    m_otherChangesAll = false;
    m_otherChangesPending = false;
    followOtherChanges(tables);
}

qint64 OpinionsView::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(OpinionTableModel::IdRole).toLongLong();
}

void OpinionsView::selectId(qint64 id)
{
    const int row = id > 0 ? m_model->rowOfId(id) : -1;
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void OpinionsView::openReport(qint64 reportId)
{
    const auto report = OpinionRepository(m_db).report(reportId);
    if (!report)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto restore = qScopeGuard([] { QApplication::restoreOverrideCursor(); });
    if (!filterShows(m_filter, *report))
        showFilter(OpinionFilter()); // the search text too
    // The list fetches a page at a time: read on to the report's row.
    while (m_model->rowOfId(reportId) < 0 && m_model->canFetchMore({}))
        m_model->fetchMore({});
    selectId(reportId);
    m_table->setFocus(Qt::OtherFocusReason);
}

bool OpinionsView::filterShows(const OpinionFilter &filter, const OpinionReport &report)
{
    const QDate day = report.observedOn;
    if ((filter.from.isValid() && filter.from > day) || (filter.to.isValid() && filter.to < day))
        return false;
    OpinionFilter sameDay = filter;
    sameDay.from = day;
    sameDay.to = day;
    OpinionRepository repo(m_db);
    const int pageSize = 500;
    for (int offset = 0;; offset += pageSize) {
        const QList<OpinionReport> page
            = repo.list(sameDay, OpinionColumn::Id, Qt::AscendingOrder, pageSize, offset);
        for (const OpinionReport &r : page) {
            if (r.id == report.id)
                return true;
        }
        if (page.size() < pageSize)
            return false;
    }
}

std::optional<OpinionReport> OpinionsView::selectedReport() const
{
    const qint64 id = selectedId();
    if (id <= 0)
        return std::nullopt;
    return OpinionRepository(m_db).report(id);
}

void OpinionsView::updateActions()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const QString status = rows.isEmpty() ? QString() : m_model->report(rows.first().row()).status;
    const bool any = !rows.isEmpty();
    // What the role may do (SPEC.md, "Roles"); core refuses the rest whatever the window shows.
    const bool edits = Access::editsRecords(m_role);
    m_edit->setEnabled(
        any && (edits || (m_role == Access::Collaborator && status == QLatin1String("new"))));
    m_forward->setEnabled(
        edits && any && (status == QLatin1String("new") || status == QLatin1String("forwarded")));
    m_answer->setEnabled(edits && any
        && (status == QLatin1String("forwarded") || status == QLatin1String("answered")));
    m_resolve->setEnabled(
        edits && any && status != QLatin1String("resolved") && status != QLatin1String("closed"));
    m_closeReport->setEnabled(edits && any && status != QLatin1String("closed"));
    m_newReports->setEnabled(Access::addsOpinions(m_role));
    m_import->setEnabled(edits);
    m_taxonomy->setEnabled(edits);
    m_export->setEnabled(Access::exports(m_role));
}

void OpinionsView::setRole(const QString &role)
{
    m_role = role;
    updateActions();
}

void OpinionsView::updateDetails()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_details->setHtml(m_model->rowCount() == 0
                ? tr("<p>No report matches. Change the filters, or use “Enter reports” "
                     "or “Import CSV” to add reports.</p>")
                : tr("<p>Select a report to see it whole.</p>"));
        return;
    }
    m_details->setHtml(OpinionDetails::html(m_model->report(rows.first().row())));
}

void OpinionsView::showError(const QString &message)
{
    QMessageBox::warning(this, tr("Opinion reports"), message);
}

void OpinionsView::newReports()
{
    if (m_entry) {
        m_entry->raise();
        m_entry->activateWindow();
        return;
    }
    m_entry = new OpinionEntryDialog(m_db, m_undo, nullptr, this);
    connect(m_entry, &QObject::destroyed, this, [this] { m_entry = nullptr; });
    followSaves(m_entry);
    m_entry->show();
}

void OpinionsView::editReport()
{
    const auto r = selectedReport();
    if (!r)
        return;
    auto *dialog = new OpinionEntryDialog(m_db, m_undo, &*r, this);
    followSaves(dialog);
    dialog->open();
}

/** The entry form closes itself; the list shows each report it saves. */
void OpinionsView::followSaves(OpinionEntryDialog *dialog)
{
    dialog->setFeedback(m_feedback);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OpinionEntryDialog::saved, this, [this](qint64 id) {
        if (!m_undo)
            m_model->reload();
        selectId(id);
    });
    connect(dialog, &OpinionEntryDialog::reloaded, this, [this](qint64 id) {
        m_model->reload(); // nothing was pushed: show the other workstation's version
        selectId(id);
    });
}

void OpinionsView::forward()
{
    openStatusDialog(ChangeReportStatus::Step::Forward);
}

void OpinionsView::recordAnswer()
{
    openStatusDialog(ChangeReportStatus::Step::RecordAnswer);
}

void OpinionsView::resolveReport()
{
    changeStatus(ChangeReportStatus::Step::Resolve);
}

void OpinionsView::closeReport()
{
    changeStatus(ChangeReportStatus::Step::Close);
}

/** A step that needs a date (and an agency or the answer): asked in a dialog. */
void OpinionsView::openStatusDialog(ChangeReportStatus::Step step)
{
    const auto r = selectedReport();
    if (!r)
        return;
    auto *dialog = new OpinionStatusDialog(m_db, m_undo, *r, step, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OpinionStatusDialog::reloaded, this, [this](qint64 id) {
        m_model->reload(); // nothing was pushed: show the other workstation's version
        selectId(id);
    });
    dialog->open();
}

/** A step that needs nothing more: done at once, undoably. */
void OpinionsView::changeStatus(ChangeReportStatus::Step step)
{
    auto r = selectedReport();
    if (!r)
        return;
    // Done at once, on what the list shows: if the report changed since the list read it
    // (another workstation forwarded it, say), the clerk is told and chooses.
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        r->rowVersion = m_model->report(rows.first().row()).rowVersion;
    try {
        if (!ChangeReportStatus::executeChecked(this, m_db, m_undo, *r, step)) {
            m_model->reload(); // nothing was pushed: show the other workstation's version
            selectId(r->id);
        }
    } catch (const ValidationError &e) {
        showError(e.message());
    } catch (const DbError &e) {
        showError(e.message());
    }
}

void OpinionsView::importCsv()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import opinion reports"), QString(),
        tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    ImportPreviewDialog dialog(m_db, path, this, m_undo, m_feedback);
    if (dialog.exec() == QDialog::Accepted)
        reload(); // new localities and topics too; Edit ▸ Undo takes the whole import back
}

void OpinionsView::exportReports()
{
    QString selected;
    QString path = QFileDialog::getSaveFileName(this, tr("Export opinion reports"), QString(),
        tr("Excel workbook (*.xlsx);;CSV, the import format (*.csv)"), &selected);
    if (path.isEmpty())
        return;
    const bool csv = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
        || (!path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)
            && selected.contains(QLatin1String("*.csv")));
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
        && !path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        path += csv ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        const qint64 n = exportTo(path);
        QApplication::restoreOverrideCursor();
        QMessageBox::information(
            this, tr("Export"), tr("%Ln report(s) written to %1.", nullptr, int(n)).arg(path));
    } catch (const ValidationError &e) {
        QApplication::restoreOverrideCursor();
        showError(e.message());
    } catch (const DbError &e) {
        QApplication::restoreOverrideCursor();
        showError(e.message());
    }
}

qint64 OpinionsView::exportTo(const QString &path)
{
    return OpinionExport(m_db).write(m_filter, path);
}

void OpinionsView::editTaxonomy()
{
    TaxonomyDialog dialog(m_db, this, m_undo, m_taxonomyFeedback);
    dialog.exec();
    reload();
}

void OpinionsView::setColumnShown(int column, bool shown)
{
    OpinionColumnChoice::setShown(m_table, column, shown);
}

void OpinionsView::setWaitingDays()
{
    bool ok = false;
    const int days = QInputDialog::getInt(this, tr("Waiting limit"),
        tr("Reports waiting for an answer longer than this many days stand out:"),
        m_model->waitingDays(), 1, 3650, 1, &ok);
    if (!ok)
        return;
    QSettings().setValue(QLatin1String(waitingKey), days);
    m_model->setWaitingDays(days);
}

void OpinionsView::saveFilter(const QString &name)
{
    try {
        SavedFilterRepository(m_db).save(name, m_filter);
        fillSavedFilters(TextNorm::clean(name));
    } catch (const ValidationError &e) {
        showError(e.message());
    } catch (const DbError &e) {
        showError(e.message());
    }
}

bool OpinionsView::recallFilter(const QString &name)
{
    const auto saved = SavedFilterRepository(m_db).find(name);
    if (!saved)
        return false;
    setWidgetsFromFilter(saved->filter);
    m_filter = saved->filter;
    m_filterBar->selectSaved(saved->name);
    applyFilter();
    return true;
}

void OpinionsView::deleteFilter(const QString &name)
{
    try {
        SavedFilterRepository(m_db).remove(name);
    } catch (const DbError &e) {
        showError(e.message());
    }
    fillSavedFilters();
}

} // namespace thuky
