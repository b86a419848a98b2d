#pragma once

#include <core/opinions/opinion.h>

#include <QSqlQuery>

#include <functional>
#include <optional>

namespace thuky {

class Database;

/**
 * What the report list shows: every set field narrows the result; empty fields do not
 * filter. Localities include their sub-localities and topics their subtopics.
 */
struct OpinionFilter
{
    QDate from; ///< observed on or after (inclusive)
    QDate to; ///< observed on or before (inclusive)
    QString quarter; ///< `2024-Q2`; narrows [from, to] to that quarter
    qint64 localityId = 0;
    /** With localityId: also these units (those merged into it), with their sub-localities. */
    QList<qint64> mergedLocalityIds;
    qint64 topicId = 0;
    /** When not empty: only these localities, not those under them (a chart bar's units). */
    QList<qint64> localityIds;
    /** When not empty: only these topics, not their sub-topics (a chart bar's topics). */
    QList<qint64> topicIds;
    QStringList channels; ///< codes; any of them
    QStringList sentiments;
    QStringList urgencies;
    QStringList statuses;
    qint64 reporterId = 0;
    QString text; ///< full-text query, folded like search()

    bool operator==(const OpinionFilter &o) const;
};

/** Columns the list can be sorted by. Ties are broken by date then id, in the same direction. */
enum class OpinionColumn {
    Date,
    Locality,
    Topic,
    Channel,
    Sentiment,
    Urgency,
    Status,
    Summary,
    Reporter,
    Id,
};

/**
 * All SQL of opinion reports: adding and editing reports, the response workflow, the
 * paged list with its count, and search. Every write is one transaction, validates first
 * (ValidationError, nothing written) and keeps `quarter` and `search_text` in step with the
 * report.
 */
class OpinionRepository
{
public:
    explicit OpinionRepository(Database &db);

    /** Adds a report (status and dates as given) and returns its id. */
    qint64 add(const OpinionReport &report);
    /**
     * Saves an edited report. @p report.rowVersion must be the version that was read;
     * if someone changed the report since, throws ConflictError (nothing written).
     */
    void update(const OpinionReport &report);
    /** Removes a report outright: only to undo its addition. */
    void remove(qint64 id);
    std::optional<OpinionReport> report(qint64 id);

    // The workflow (SPEC.md "Opinion workflow"): each step is allowed from the statuses
    // named, checked inside its write; otherwise ValidationError("status"). With
    // @p expectedVersion > 0 (the version the clerk saw), a report changed since throws
    // ConflictError naming who changed it and when (nothing written).
    /** Forwards a new or forwarded report to an agency on @p date: status `forwarded`. */
    void forward(qint64 id, qint64 agencyId, const QDate &date, int expectedVersion = 0);
    /** Records the agency's answer to a forwarded (or answered) report: `answered`. */
    void recordAnswer(
        qint64 id, const QString &response, const QDate &date, int expectedVersion = 0);
    /** The concern was dealt with (new, forwarded or answered): status `resolved`. */
    void resolve(qint64 id, int expectedVersion = 0);
    /** Closes a report that is not closed (no further follow-up): status `closed`. */
    void close(qint64 id, int expectedVersion = 0);
    /** A resolved or closed report is followed up again: answered, forwarded or new. */
    void reopen(qint64 id, int expectedVersion = 0);

    /**
     * One page of the reports matching @p filter, sorted by @p column, with the names of
     * locality, topic, reporter and agency joined. Built for a lazily fetching model: ask
     * for `limit` rows from `offset`.
     */
    QList<OpinionReport> list(const OpinionFilter &filter,
        OpinionColumn column = OpinionColumn::Date, Qt::SortOrder order = Qt::DescendingOrder,
        int limit = 100, int offset = 0);
    /** The number of reports matching @p filter. */
    qint64 count(const OpinionFilter &filter);
    /** The reports with @p ids, in that order (ids of no report are left out). */
    QList<OpinionReport> reports(const QList<qint64> &ids);
    /** The id of the report with @p uuid, or 0 (undo commands find their report by uuid). */
    qint64 idForUuid(const QString &uuid);

    /**
     * Full-text search insensitive to case and Vietnamese diacritics (đ included): every
     * word of @p query must start a word of the summary, recommendation or response (a
     * one-letter word must match a whole word). At most @p limit reports, in the order of
     * OpinionSearch (best match first, bm25 or on PostgreSQL ts_rank, then newest), the report
     * list's order.
     */
    QList<OpinionReport> search(const QString &query, int limit = 50);

    /** The folded words of a query ("Đất Đai!" → {"dat", "dai"}). */
    static QStringList queryTokens(const QString &query);
    /** An FTS5 MATCH expression of prefix terms; user syntax can never make it fail. */
    static QString ftsQuery(const QString &query);
    /** The text the search index holds for a report. */
    static QString searchText(const OpinionReport &report);
    /** Multi-line text as stored: each line NFC, CRLF made LF, the whole trimmed. */
    static QString cleanText(const QString &text);
    /** Checks a report's fields; throws ValidationError naming the first bad field. */
    static void validate(const OpinionReport &report);

    /** Every report matching @p filter, oldest first (date, then id), one at a time. */
    void forEach(
        const OpinionFilter &filter, const std::function<void(const OpinionReport &)> &visit);

    qint64 totalCount();

    /**
     * " WHERE …" over `opinions o` for @p filter (empty when it filters nothing), its values
     * appended to @p values. With @p indexEnums false, broad terms are kept from driving the
     * index choice (a page walked in sort order).
     */
    QString whereClause(const OpinionFilter &filter, QVariantList *values, bool indexEnums = true);

private:
    QList<qint64> localityIds(const OpinionFilter &filter);
    void setStatus(qint64 id, const QString &sql, const QVariantList &values, const QString &action,
        const QStringList &from, int expectedVersion);
    static QString stepName(const QString &action);
    /**
     * For a collaborator: throws PermissionError unless report @p id is one it added and still
     * new, and @p changed (when given) leaves it new and not forwarded.
     */
    void checkOwnNewReport(qint64 id, const OpinionReport *changed);

    Database &m_db;
};

} // namespace thuky
