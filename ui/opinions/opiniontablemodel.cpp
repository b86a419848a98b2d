#include <ui/opinions/opiniontablemodel.h>

#include <iterator>

#include <ui/common/language.h>

#include <core/db/database.h>
#include <core/opinions/opinion.h>
#include <core/opinions/opinionsearch.h>
#include <core/opinions/taxonomyrepository.h>
#include <core/text/vndate.h>

#include <QBrush>
#include <QColor>
#include <QFont>

namespace thuky {

OpinionTableModel::OpinionTableModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_counter(new BackgroundCount(db, this))
    , m_today(QDate::currentDate())
{
    connect(m_counter, &BackgroundCount::counted, this, &OpinionTableModel::counted);
    reloadChannelLabels();
}

void OpinionTableModel::reloadChannelLabels()
{
    m_channelLabels.clear();
    const bool vi = Language::current() == QLatin1String("vi");
    for (const Channel &c : TaxonomyRepository(m_db).channels())
        m_channelLabels.insert(c.code, vi ? c.labelVi : c.labelEn);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, ChannelColumn), index(rowCount() - 1, ChannelColumn));
}

int OpinionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OpinionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OpinionTableModel::label(int column, const OpinionReport &r) const
{
    switch (column) {
    case DateColumn:
        return VnDate::display(r.observedOn);
    case LocalityColumn:
        return r.localityName;
    case TopicColumn:
        return r.topicName;
    case ChannelColumn: {
        const QString edited = m_channelLabels.value(r.channel);
        return edited.isEmpty() ? OpinionCodes::label(OpinionCodes::Field::Channel, r.channel)
                                : edited;
    }
    case SentimentColumn:
        return OpinionCodes::label(OpinionCodes::Field::Sentiment, r.sentiment);
    case UrgencyColumn:
        return OpinionCodes::label(OpinionCodes::Field::Urgency, r.urgency);
    case StatusColumn:
        return OpinionCodes::label(OpinionCodes::Field::Status, r.status);
    case ReporterColumn:
        return r.reporterName;
    case SummaryColumn: {
        // One line in the table; the whole text is in the tool tip.
        QString s = r.summary;
        s.replace(QLatin1Char('\n'), QLatin1Char(' '));
        return s;
    }
    default:
        return {};
    }
}

bool OpinionTableModel::isOverdue(const OpinionReport &r) const
{
    if (r.status != QLatin1String("new") && r.status != QLatin1String("forwarded"))
        return false;
    return r.observedOn.isValid() && r.observedOn.daysTo(m_today) > m_waitingDays;
}

QVariant OpinionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OpinionReport &r = fresh(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return label(index.column(), r);
    case Qt::ToolTipRole:
        if (index.column() == SummaryColumn)
            return r.summary;
        if (isOverdue(r))
            return tr(
                "Waiting for an answer for %Ln day(s)", nullptr, int(r.observedOn.daysTo(m_today)));
        return {};
    case Qt::FontRole:
        // Bold date and status: the row's colour already marks it, a whole bold row shouts.
        if ((index.column() == DateColumn || index.column() == StatusColumn) && isOverdue(r)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::BackgroundRole:
        if (isOverdue(r))
            return QBrush(QColor(0xff, 0xe8, 0xcc));
        return {};
    case Qt::ForegroundRole:
        if (isOverdue(r))
            return QBrush(QColor(0x5d, 0x2a, 0x00));
        return {};
    case IdRole:
        return r.id;
    case UuidRole:
        return r.uuid;
    case OverdueRole:
        return isOverdue(r);
    default:
        return {};
    }
}

QVariant OpinionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case LocalityColumn:
        return tr("Locality");
    case TopicColumn:
        return tr("Topic");
    case ChannelColumn:
        return tr("Channel");
    case SentimentColumn:
        return tr("Sentiment");
    case UrgencyColumn:
        return tr("Urgency");
    case StatusColumn:
        return tr("Status");
    case ReporterColumn:
        return tr("Reporter");
    case SummaryColumn:
        return tr("Summary");
    default:
        return {};
    }
}

OpinionSearch OpinionTableModel::search() const
{
    // The memo holds the ranked order's matches: of no use to a list sorted by a column.
    return OpinionSearch(m_db, 0, m_sortColumn < 0 ? &m_searchMemo : nullptr);
}

QList<OpinionReport> OpinionTableModel::page(int offset) const
{
    if (m_sortColumn < 0) {
        if (!m_tokens.isEmpty())
            return search().page(m_filter, PageSize, offset);
        return OpinionRepository(m_db).list(
            m_filter, OpinionColumn::Date, Qt::DescendingOrder, PageSize, offset);
    }
    static const OpinionColumn columns[]
        = { OpinionColumn::Date, OpinionColumn::Locality, OpinionColumn::Topic,
              OpinionColumn::Channel, OpinionColumn::Sentiment, OpinionColumn::Urgency,
              OpinionColumn::Status, OpinionColumn::Reporter, OpinionColumn::Summary };
    static_assert(std::size(columns) == ColumnCount);
    return OpinionRepository(m_db).list(
        m_filter, columns[m_sortColumn], m_sortOrder, PageSize, offset);
}

bool OpinionTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_resetting;
}

void OpinionTableModel::fetchMore(const QModelIndex &parent)
{
    // Not while the reset is announced: observers of modelReset (QAbstractItemModelTester,
    // say) would see rows inserted in the middle of it.
    if (parent.isValid() || m_atEnd || m_resetting)
        return;
    const QList<OpinionReport> more = page(int(m_rows.size()));
    if (more.size() < PageSize || (m_total >= 0 && m_rows.size() + more.size() >= m_total))
        m_atEnd = true;
    if (more.isEmpty())
        return;
    m_resetting = true; // no nested fetch from observers of the insertion
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows += more;
    m_stalePages.resize((m_rows.size() + PageSize - 1) / PageSize, false);
    endInsertRows();
    m_resetting = false;
}

void OpinionTableModel::reload()
{
    reset(false);
}

/** Reads the first page again; with @p keepCount the count known or under way still holds. */
void OpinionTableModel::reset(bool keepCount)
{
    m_resetting = true;
    beginResetModel();
    if (!keepCount) {
        m_total = -1; // counted when first asked (after the first screen is painted)
        m_countTicket = 0; // a count under way is for the filter before
    }
    m_searchMemo.clear();
    m_rows = page(0);
    m_stalePages.clear();
    m_atEnd = m_rows.size() < PageSize;
    if (m_atEnd)
        m_total = m_rows.size();
    endResetModel();
    m_resetting = false;
}

qint64 OpinionTableModel::totalCount() const
{
    if (m_total < 0)
        m_total = search().count(m_filter);
    return m_total;
}

bool OpinionTableModel::countsInBackground() const
{
    return m_counter->isAvailable();
}

void OpinionTableModel::countInBackground()
{
    if (m_total >= 0 || m_countTicket != 0)
        return;
    m_countTicket = m_counter->start(m_filter);
}

void OpinionTableModel::counted(quint64 ticket, qint64 count)
{
    if (ticket != m_countTicket)
        return; // for a filter shown before
    m_countTicket = 0;
    // Not made there (the second connection failed): made here.
    m_total = count >= 0 ? count : search().count(m_filter);
    if (m_rows.size() >= m_total)
        m_atEnd = true;
    emit totalCounted();
}

void OpinionTableModel::refreshRows(int first, int last)
{
    if (m_rows.isEmpty() || m_resetting) {
        reload();
        return;
    }
    m_searchMemo.clear(); // the reports changed
    m_countTicket = 0;
    m_total = search().count(m_filter);
    // As many pages as were fetched (a report added fills the last one), no more than exist.
    const qint64 pages = (m_rows.size() + PageSize - 1) / PageSize;
    const int keep = int(qMin<qint64>(m_total, pages * PageSize));
    const int had = int(m_rows.size());
    m_resetting = true;
    if (keep < had) {
        beginRemoveRows({}, keep, had - 1);
        m_rows.resize(keep);
        endRemoveRows();
    } else if (keep > had) {
        beginInsertRows({}, had, keep - 1);
        m_rows.resize(keep); // filled by readPage() below or when shown
        endInsertRows();
    }
    m_resetting = false;
    m_atEnd = m_rows.size() >= m_total;
    m_stalePages = QList<bool>((m_rows.size() + PageSize - 1) / PageSize, true);
    if (m_rows.isEmpty())
        return;
    last = qBound(0, last, int(m_rows.size()) - 1);
    first = qBound(0, first, last);
    for (int p = first / PageSize; p <= last / PageSize; ++p)
        readPage(p);
    emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

const OpinionReport &OpinionTableModel::fresh(int row) const
{
    const int p = row / PageSize;
    if (p < m_stalePages.size() && m_stalePages.at(p))
        readPage(p);
    return m_rows.at(row);
}

void OpinionTableModel::readPage(int index) const
{
    m_stalePages[index] = false;
    const QList<OpinionReport> rows = page(index * PageSize);
    // Fewer than expected: removed meanwhile; the next refresh (its notification follows)
    // brings the row count down.
    for (int i = 0; i < rows.size() && index * PageSize + i < m_rows.size(); ++i)
        m_rows[index * PageSize + i] = rows.at(i);
}

void OpinionTableModel::setFilter(const OpinionFilter &filter)
{
    const bool textChanged = filter.text != m_filter.text;
    m_filter = filter;
    m_tokens = OpinionRepository::queryTokens(filter.text);
    // A new search starts best match first.
    if (textChanged && !m_tokens.isEmpty())
        m_sortColumn = -1;
    reload();
}

void OpinionTableModel::sort(int column, Qt::SortOrder order)
{
    if (column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reset(true); // the same reports in another order: as many as counted
}

int OpinionTableModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

void OpinionTableModel::setWaitingDays(int days)
{
    m_waitingDays = days;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void OpinionTableModel::setToday(const QDate &today)
{
    m_today = today;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace thuky
