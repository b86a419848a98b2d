#include <ui/opinions/opinionsview.h>

#include <ui/opinions/importpreviewdialog.h>
#include <ui/opinions/opinioncommands.h>
#include <ui/opinions/opinionentrydialog.h>
#include <ui/opinions/opinionstatusdialog.h>
#include <ui/opinions/opinionsummarydelegate.h>
#include <ui/opinions/opiniontablemodel.h>
#include <ui/opinions/taxonomydialog.h>
#include <ui/roster/rostercommands.h>

#include <core/db/database.h>
#include <core/opinions/opinionexport.h>
#include <core/opinions/savedfilters.h>
#include <core/text/textnorm.h>
#include <core/text/vndate.h>

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
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
const char hiddenColumnsKey[] = "opinions/hiddenColumns";

QComboBox *codeCombo(OpinionCodes::Field field, const QString &allText, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->addItem(allText, QString());
    for (const QString &code : OpinionCodes::codes(field))
        combo->addItem(OpinionCodes::label(field, code), code);
    return combo;
}

QStringList comboCodes(const QComboBox *combo)
{
    const QString code = combo->currentData().toString();
    return code.isEmpty() ? QStringList() : code.split(QLatin1Char(','));
}

void selectCodes(QComboBox *combo, const QStringList &codes)
{
    const int i = combo->findData(codes.join(QLatin1Char(',')));
    combo->setCurrentIndex(i >= 0 ? i : 0);
}

void selectComboId(QComboBox *combo, qint64 id)
{
    const int i = combo->findData(id);
    combo->setCurrentIndex(i >= 0 ? i : 0);
}

/** A date field as clerks type it; empty means no limit. Red while it is not a date. */
QLineEdit *dateField(const QString &placeholder, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    edit->setMaxLength(10);
    edit->setMinimumWidth(
        edit->fontMetrics().horizontalAdvance(QStringLiteral("00/00/00000")) + 30);
    return edit;
}
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

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    searchRow->addSpacing(12);
    searchRow->addWidget(m_count);

    QWidget *filterBar = createFilterBar();

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
    const QFontMetrics fm = m_table->fontMetrics();
    const auto width = [&fm](const QString &sample) { return fm.horizontalAdvance(sample) + 28; };
    header->resizeSection(OpinionTableModel::DateColumn, width(QStringLiteral("00/00/0000")));
    header->resizeSection(
        OpinionTableModel::LocalityColumn, width(QStringLiteral("Thành phố Long Xuyên")));
    header->resizeSection(
        OpinionTableModel::TopicColumn, width(QStringLiteral("Bồi thường, giải phóng mặt")));
    header->resizeSection(
        OpinionTableModel::ChannelColumn, width(QStringLiteral("Đường dây nóng")));
    header->resizeSection(OpinionTableModel::SentimentColumn, width(QStringLiteral("Trái chiều")));
    header->resizeSection(OpinionTableModel::UrgencyColumn, width(QStringLiteral("Đáng chú ý")));
    header->resizeSection(OpinionTableModel::StatusColumn, width(QStringLiteral("Đã giải quyết")));
    header->resizeSection(
        OpinionTableModel::ReporterColumn, width(QStringLiteral("Nguyễn Thị Thanh")));
    header->setStretchLastSection(true);
    // Columns on and off from the header's menu (the reporter's starts off: the summary needs
    // the room on an office screen); the choice is remembered.
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    const QStringList hidden = QSettings()
                                   .value(QLatin1String(hiddenColumnsKey),
                                       QString::number(OpinionTableModel::ReporterColumn))
                                   .toString()
                                   .split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &c : hidden) {
        const int column = c.toInt();
        if (column >= 0 && column < OpinionTableModel::ColumnCount
            && column != OpinionTableModel::SummaryColumn)
            header->setSectionHidden(column, true);
    }
    connect(
        header, &QHeaderView::customContextMenuRequested, this, [this, header](const QPoint &at) {
            QMenu menu(this);
            for (int c = 0; c < OpinionTableModel::ColumnCount; ++c) {
                if (c == OpinionTableModel::SummaryColumn)
                    continue; // always shown
                QAction *a = menu.addAction(
                    m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
                a->setCheckable(true);
                a->setChecked(!header->isSectionHidden(c));
                connect(a, &QAction::toggled, this, [this, c](bool on) { setColumnShown(c, on); });
            }
            menu.exec(header->mapToGlobal(at));
        });
    header->setHighlightSections(false);
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(-1, Qt::DescendingOrder);
    connect(header, &QHeaderView::sectionClicked, this, &OpinionsView::sortBy);

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

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 4);
    layout->addWidget(m_toolBar);
    layout->addLayout(searchRow);
    layout->addWidget(filterBar);
    layout->addWidget(splitter, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        updateDetails();
    });
    connect(m_table, &QTableView::activated, this, &OpinionsView::editReport);
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

    fillLists();
    fillSavedFilters();
    applyFilter();
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
}

QWidget *OpinionsView::createFilterBar()
{
    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("opinionFilterBar"));
    m_quarter = new QComboBox(bar);
    m_quarter->setObjectName(QStringLiteral("filterQuarter"));
    m_from = dateField(tr("from DD/MM/YYYY"), bar);
    m_from->setObjectName(QStringLiteral("filterFrom"));
    m_to = dateField(tr("to DD/MM/YYYY"), bar);
    m_to->setObjectName(QStringLiteral("filterTo"));
    m_locality = new QComboBox(bar);
    m_locality->setObjectName(QStringLiteral("filterLocality"));
    m_topic = new QComboBox(bar);
    m_topic->setObjectName(QStringLiteral("filterTopic"));
    m_channel = codeCombo(OpinionCodes::Field::Channel, tr("All channels"), bar);
    m_channel->setObjectName(QStringLiteral("filterChannel"));
    m_sentiment = codeCombo(OpinionCodes::Field::Sentiment, tr("All sentiments"), bar);
    m_sentiment->setObjectName(QStringLiteral("filterSentiment"));
    m_urgency = codeCombo(OpinionCodes::Field::Urgency, tr("All urgencies"), bar);
    m_urgency->setObjectName(QStringLiteral("filterUrgency"));
    m_status = codeCombo(OpinionCodes::Field::Status, tr("All statuses"), bar);
    m_status->setObjectName(QStringLiteral("filterStatus"));
    m_status->insertItem(1, tr("Waiting for an answer"), QStringLiteral("new,forwarded"));
    m_reporter = new QComboBox(bar);
    m_reporter->setObjectName(QStringLiteral("filterReporter"));
    for (QComboBox *combo : { m_locality, m_topic, m_reporter }) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(16);
    }
    m_saved = new QComboBox(bar);
    m_saved->setObjectName(QStringLiteral("savedFilters"));
    m_saved->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_saved->setMinimumContentsLength(14);
    m_saveFilter = new QPushButton(tr("Sa&ve filter…"), bar);
    m_saveFilter->setObjectName(QStringLiteral("saveFilter"));
    m_deleteFilter = new QPushButton(tr("Delete"), bar);
    m_deleteFilter->setObjectName(QStringLiteral("deleteFilter"));
    m_resetFilter = new QPushButton(tr("Show &all"), bar);
    m_resetFilter->setObjectName(QStringLiteral("resetFilter"));

    auto *periodLabel = new QLabel(tr("&Period:"), bar);
    periodLabel->setBuddy(m_quarter);
    auto *savedLabel = new QLabel(tr("Sa&ved:"), bar);
    savedLabel->setBuddy(m_saved);

    auto *grid = new QGridLayout(bar);
    grid->setContentsMargins(0, 2, 0, 2);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(4);
    auto *period = new QHBoxLayout;
    period->addWidget(periodLabel);
    period->addWidget(m_quarter);
    period->addWidget(m_from);
    period->addWidget(m_to);
    period->addWidget(m_locality, 1);
    period->addWidget(m_topic, 1);
    period->addWidget(m_reporter, 1);
    grid->addLayout(period, 0, 0);
    auto *codes = new QHBoxLayout;
    codes->addWidget(m_channel);
    codes->addWidget(m_sentiment);
    codes->addWidget(m_urgency);
    codes->addWidget(m_status);
    codes->addStretch();
    codes->addWidget(savedLabel);
    codes->addWidget(m_saved);
    codes->addWidget(m_saveFilter);
    codes->addWidget(m_deleteFilter);
    codes->addWidget(m_resetFilter);
    grid->addLayout(codes, 1, 0);

    for (QComboBox *combo :
        { m_quarter, m_locality, m_topic, m_channel, m_sentiment, m_urgency, m_status, m_reporter })
        connect(combo, &QComboBox::currentIndexChanged, this, &OpinionsView::filterFromWidgets);
    for (QLineEdit *edit : { m_from, m_to })
        connect(edit, &QLineEdit::textChanged, this, [this, edit](const QString &text) {
            const bool ok = text.trimmed().isEmpty() || VnDate::parse(text.trimmed()).isValid();
            edit->setStyleSheet(ok ? QString() : QStringLiteral("color: #c62828;"));
            edit->setToolTip(ok ? QString() : tr("Type the date as DD/MM/YYYY"));
            if (ok)
                filterFromWidgets();
        });
    connect(m_saved, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            recallFilter(m_saved->itemText(index));
        m_deleteFilter->setEnabled(index > 0);
    });
    connect(m_saveFilter, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString current = m_saved->currentIndex() > 0 ? m_saved->currentText() : QString();
        const QString name = QInputDialog::getText(
            this, tr("Save filter"), tr("Name of the filter:"), QLineEdit::Normal, current, &ok);
        if (ok)
            saveFilter(name);
    });
    connect(m_deleteFilter, &QPushButton::clicked, this, [this] {
        if (m_saved->currentIndex() <= 0)
            return;
        const QString name = m_saved->currentText();
        if (QMessageBox::question(
                this, tr("Delete filter"), tr("Delete the saved filter “%1”?").arg(name))
            == QMessageBox::Yes)
            deleteFilter(name);
    });
    connect(m_resetFilter, &QPushButton::clicked, this, [this] {
        m_search->clear();
        showFilter(OpinionFilter());
    });
    return bar;
}

void OpinionsView::fillLists()
{
    m_updatingWidgets = true;
    const OpinionFilter keep = m_filter;
    // Quarters from the oldest report to today, newest first.
    m_quarter->clear();
    m_quarter->addItem(tr("Any quarter"), QString());
    OpinionRepository repo(m_db);
    const QList<OpinionReport> oldest
        = repo.list(OpinionFilter(), OpinionColumn::Date, Qt::AscendingOrder, 1, 0);
    const QDate today = QDate::currentDate();
    QDate first = oldest.isEmpty() ? today : oldest.first().observedOn;
    for (QDate d = QDate(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
         d >= QDate(first.year(), (first.month() - 1) / 3 * 3 + 1, 1); d = d.addMonths(-3)) {
        const QString code = VnDate::quarterCode(d);
        m_quarter->addItem(VnDate::quarterLabel(code), code);
    }
    OpinionLookups::fillCombo(m_locality, OpinionLookups::localities(m_db), tr("All localities"));
    OpinionLookups::fillCombo(m_topic, OpinionLookups::topics(m_db), tr("All topics"));
    OpinionLookups::fillCombo(m_reporter, OpinionLookups::persons(m_db), tr("All reporters"));
    m_updatingWidgets = false;
    setWidgetsFromFilter(keep);
}

void OpinionsView::fillSavedFilters(const QString &current)
{
    m_saved->clear();
    m_saved->addItem(tr("(none)"));
    for (const SavedFilter &s : SavedFilterRepository(m_db).list())
        m_saved->addItem(s.name);
    const int i = current.isEmpty() ? 0 : m_saved->findText(current);
    m_saved->setCurrentIndex(qMax(0, i));
    m_deleteFilter->setEnabled(m_saved->currentIndex() > 0);
}

void OpinionsView::filterFromWidgets()
{
    if (m_updatingWidgets)
        return;
    OpinionFilter f;
    f.quarter = m_quarter->currentData().toString();
    f.from = VnDate::parse(m_from->text().trimmed());
    f.to = VnDate::parse(m_to->text().trimmed());
    f.localityId = m_locality->currentData().toLongLong();
    f.topicId = m_topic->currentData().toLongLong();
    f.channels = comboCodes(m_channel);
    f.sentiments = comboCodes(m_sentiment);
    f.urgencies = comboCodes(m_urgency);
    f.statuses = comboCodes(m_status);
    f.reporterId = m_reporter->currentData().toLongLong();
    f.text = m_search->text().trimmed();
    if (f == m_filter)
        return;
    m_filter = f;
    applyFilter();
}

void OpinionsView::setWidgetsFromFilter(const OpinionFilter &f)
{
    m_updatingWidgets = true;
    const int q = m_quarter->findData(f.quarter);
    m_quarter->setCurrentIndex(q >= 0 ? q : 0);
    m_from->setText(f.from.isValid() ? VnDate::display(f.from) : QString());
    m_to->setText(f.to.isValid() ? VnDate::display(f.to) : QString());
    selectComboId(m_locality, f.localityId);
    selectComboId(m_topic, f.topicId);
    selectCodes(m_channel, f.channels);
    selectCodes(m_sentiment, f.sentiments);
    selectCodes(m_urgency, f.urgencies);
    selectCodes(m_status, f.statuses);
    selectComboId(m_reporter, f.reporterId);
    if (m_search->text().trimmed() != f.text) {
        m_search->setText(f.text);
        m_searchTimer->stop();
    }
    m_updatingWidgets = false;
}

void OpinionsView::showFilter(const OpinionFilter &filter)
{
    setWidgetsFromFilter(filter);
    m_filter = filter;
    m_saved->setCurrentIndex(0);
    m_deleteFilter->setEnabled(false);
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
    const qint64 n = m_model->totalCount();
    m_count->setText(tr("%Ln report(s)", nullptr, int(qMin<qint64>(n, INT_MAX))));
}

void OpinionsView::reload()
{
    const qint64 id = selectedId();
    m_model->reloadChannelLabels();
    fillLists();
    fillSavedFilters(m_saved->currentIndex() > 0 ? m_saved->currentText() : QString());
    m_model->reload();
    selectId(id);
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
    m_edit->setEnabled(any);
    m_forward->setEnabled(
        any && (status == QLatin1String("new") || status == QLatin1String("forwarded")));
    m_answer->setEnabled(any && status != QLatin1String("closed"));
    m_resolve->setEnabled(
        any && status != QLatin1String("resolved") && status != QLatin1String("closed"));
    m_closeReport->setEnabled(any && status != QLatin1String("closed"));
}

void OpinionsView::updateDetails()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_details->setHtml(m_model->totalCount() == 0
                ? tr("<p>No report matches. Change the filters, or use “Enter reports” "
                     "or “Import CSV” to add reports.</p>")
                : tr("<p>Select a report to see it whole.</p>"));
        return;
    }
    const OpinionReport &r = m_model->report(rows.first().row());
    auto esc = [](const QString &s) {
        return s.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
    };
    QString html = tr("<p><b>%1</b> · %2 · %3 · %4</p>")
                       .arg(VnDate::display(r.observedOn), esc(r.localityName), esc(r.topicName),
                           esc(OpinionCodes::label(OpinionCodes::Field::Status, r.status)));
    html += QStringLiteral("<p>%1</p>").arg(esc(r.summary));
    if (!r.recommendation.isEmpty())
        html += tr("<p><i>Recommendation:</i> %1</p>").arg(esc(r.recommendation));
    if (!r.reporterName.isEmpty())
        html += tr("<p><i>Reporter:</i> %1</p>").arg(esc(r.reporterName));
    if (r.agencyId > 0)
        html += tr("<p><i>Forwarded to</i> %1 <i>on</i> %2</p>")
                    .arg(esc(r.agencyName), VnDate::display(r.forwardedOn));
    if (!r.response.isEmpty())
        html += tr("<p><i>Answer of %1:</i> %2</p>")
                    .arg(VnDate::display(r.responseOn), esc(r.response));
    m_details->setHtml(html);
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
    m_entry->setFeedback(m_feedback);
    m_entry->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_entry, &QObject::destroyed, this, [this] { m_entry = nullptr; });
    connect(m_entry, &OpinionEntryDialog::saved, this, [this](qint64 id) {
        if (!m_undo)
            m_model->reload();
        selectId(id);
    });
    m_entry->show();
}

void OpinionsView::editReport()
{
    const auto r = selectedReport();
    if (!r)
        return;
    auto *dialog = new OpinionEntryDialog(m_db, m_undo, &*r, this);
    dialog->setFeedback(m_feedback);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OpinionEntryDialog::saved, this, [this](qint64 id) {
        if (!m_undo)
            m_model->reload();
        selectId(id);
    });
    dialog->open();
}

void OpinionsView::forward()
{
    const auto r = selectedReport();
    if (!r)
        return;
    auto *dialog
        = new OpinionStatusDialog(m_db, m_undo, *r, ChangeReportStatus::Step::Forward, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void OpinionsView::recordAnswer()
{
    const auto r = selectedReport();
    if (!r)
        return;
    auto *dialog
        = new OpinionStatusDialog(m_db, m_undo, *r, ChangeReportStatus::Step::RecordAnswer, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void OpinionsView::resolveReport()
{
    const auto r = selectedReport();
    if (!r)
        return;
    try {
        OpinionCommand::execute(
            m_undo, new ChangeReportStatus(m_db, *r, ChangeReportStatus::Step::Resolve));
    } catch (const ValidationError &e) {
        showError(e.message());
    } catch (const DbError &e) {
        showError(e.message());
    }
}

void OpinionsView::closeReport()
{
    const auto r = selectedReport();
    if (!r)
        return;
    try {
        OpinionCommand::execute(
            m_undo, new ChangeReportStatus(m_db, *r, ChangeReportStatus::Step::Close));
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
    OpinionExport exporter(m_db);
    if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return exporter.writeCsv(m_filter, path);
    return exporter.writeXlsx(m_filter, path);
}

void OpinionsView::editTaxonomy()
{
    TaxonomyDialog dialog(m_db, this, m_undo, m_taxonomyFeedback);
    dialog.exec();
    reload();
}

void OpinionsView::setColumnShown(int column, bool shown)
{
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionHidden(column, !shown);
    QStringList hidden;
    for (int c = 0; c < OpinionTableModel::ColumnCount; ++c) {
        if (header->isSectionHidden(c))
            hidden.append(QString::number(c));
    }
    QSettings().setValue(QLatin1String(hiddenColumnsKey), hidden.join(QLatin1Char(',')));
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
    const int i = m_saved->findText(saved->name);
    m_saved->setCurrentIndex(qMax(0, i));
    m_deleteFilter->setEnabled(i > 0);
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
