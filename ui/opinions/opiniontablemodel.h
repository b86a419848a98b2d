#pragma once

#include <core/opinions/backgroundcount.h>
#include <core/opinions/opinionrepository.h>
#include <core/opinions/opinionsearch.h>

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

namespace thuky {

class Database;

/**
 * Every opinion report matching a filter, fetched lazily a page at a time through
 * OpinionRepository::list() (a million rows never sit in memory at once). Sorting re-queries
 * with ORDER BY; with search text and no sort column the best matches come first. Reports
 * waiting for an answer longer than waitingDays() are shown bold on a warm background.
 */
class OpinionTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        DateColumn,
        LocalityColumn,
        TopicColumn,
        ChannelColumn,
        SentimentColumn,
        UrgencyColumn,
        StatusColumn,
        ReporterColumn, ///< hidden until the user shows it (header menu)
        SummaryColumn,
        ColumnCount
    };
    enum Roles {
        IdRole = Qt::UserRole + 1,
        OverdueRole, ///< bool: waiting for an answer longer than waitingDays()
        UuidRole,
    };
    static constexpr int PageSize = 200;

    OpinionTableModel(Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    /** Re-queries ordered by @p column; a negative column is the default order. */
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /** Shows the reports matching @p filter from the first page. */
    void setFilter(const OpinionFilter &filter);
    const OpinionFilter &filter() const { return m_filter; }
    /**
     * Reports matching the filter (the count query, not the rows fetched so far). reload()
     * does not count - a count reads every matching row, a million of them with no filter -
     * so the first screen does not wait for it; the first call after it counts.
     */
    qint64 totalCount() const;
    /** Whether totalCount() is known without counting. */
    bool totalKnown() const { return m_total >= 0; }
    /** Whether the count is made on a thread of its own (a server database). */
    bool countsInBackground() const;
    /**
     * Starts counting the reports matching the filter in the background (see BackgroundCount),
     * unless that count is known or under way; totalCounted() follows.
     */
    void countInBackground();
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    /** The folded words of the search text, for highlighting. */
    const QStringList &searchTokens() const { return m_tokens; }

    /** Reads the current filter again from the first page (after an edit or an undo). */
    void reload();
    /**
     * Another workstation changed the reports: reads the count and the rows @p first to
     * @p last (what the table shows) again, and keeps as many rows fetched as before, so that
     * the scroll position stays; the other rows are read again when they are next shown.
     */
    void refreshRows(int first, int last);
    /** The report on @p row (fetched rows only). */
    const OpinionReport &report(int row) const { return fresh(row); }
    /** The row of the report with @p id among the fetched rows, or -1. */
    int rowOfId(qint64 id) const;

    int waitingDays() const { return m_waitingDays; }
    void setWaitingDays(int days);
    /** The day waiting is counted to (today unless a test says otherwise). */
    void setToday(const QDate &today);
    /** True when @p r waits for an answer (new or forwarded) longer than waitingDays(). */
    bool isOverdue(const OpinionReport &r) const;

    /** Channel labels as edited in the taxonomy (codes are fixed). */
    void reloadChannelLabels();

signals:
    /** The count started by countInBackground() is known: totalCount() answers at once. */
    void totalCounted();

private:
    void counted(quint64 ticket, qint64 count);
    void reset(bool keepCount);
    /** The search behind the list (see m_searchMemo). */
    OpinionSearch search() const;
    QList<OpinionReport> page(int offset) const;
    /** Row @p row, its page read again first when refreshRows() left it stale. */
    const OpinionReport &fresh(int row) const;
    /** Reads page @p index into the fetched rows (as far as they reach). */
    void readPage(int index) const;
    QString label(int column, const OpinionReport &r) const;

    Database &m_db;
    OpinionFilter m_filter;
    QStringList m_tokens;
    // Mutable: a stale page is read again when a const accessor first needs one of its rows.
    mutable QList<OpinionReport> m_rows;
    mutable QList<bool> m_stalePages;
    mutable qint64 m_total = -1; ///< -1: not counted since the last reload()
    /** A server search's ranked matches and count, for the pages after the first. */
    mutable OpinionSearch::Memo m_searchMemo;
    BackgroundCount *m_counter;
    quint64 m_countTicket = 0; ///< the background count under way for this filter; 0: none
    bool m_atEnd = true;
    bool m_resetting = false; ///< a reset or an insertion is being announced
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    int m_waitingDays = 15;
    QDate m_today;
    QHash<QString, QString> m_channelLabels;
};

} // namespace thuky
