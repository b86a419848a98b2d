#pragma once

#include <core/opinions/opinionrepository.h>

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace thuky {

class Database;

/** A report filter kept under a name (the `saved_filters` table). */
struct SavedFilter
{
    qint64 id = 0;
    QString name;
    OpinionFilter filter;
};

/**
 * Saved report filters: save under a name (replacing one of the same name), recall and
 * delete. The definition is stored as JSON so that later versions can add fields.
 */
class SavedFilterRepository
{
public:
    explicit SavedFilterRepository(Database &db);

    /** All saved filters in Vietnamese name order. */
    QList<SavedFilter> list();
    std::optional<SavedFilter> find(const QString &name);
    /** Saves @p filter under @p name (trimmed, not empty), replacing a filter of that name. */
    qint64 save(const QString &name, const OpinionFilter &filter);
    /** Deletes the filter named @p name; false when there is none. */
    bool remove(const QString &name);

    /** The JSON definition of @p filter (empty fields left out). */
    static QByteArray toJson(const OpinionFilter &filter);
    /** Reads a definition written by toJson(); unknown keys are ignored. */
    static OpinionFilter fromJson(const QByteArray &json);

private:
    Database &m_db;
};

/**
 * Matches up to which opinionsByRelevance() ranks by bm25: ranking scores every match, which
 * for a broad prefix ("gi" in a million reports) would take seconds.
 */
constexpr qint64 RelevanceRankLimit = 20000;

/**
 * The page of reports matching @p filter, best full-text match first (bm25, then newest):
 * what the report list shows while a search is typed. When more than RelevanceRankLimit
 * reports match (@p matches, from opinionSearchCount()), the most recently entered come
 * first instead. Without search text, or on PostgreSQL (no FTS5), it is
 * OpinionRepository::list() by date, newest first.
 */
QList<OpinionReport> opinionsByRelevance(
    Database &db, const OpinionFilter &filter, int limit, int offset, qint64 matches = 0);

/**
 * OpinionRepository::count(), answered by the full-text index alone when the filter is
 * only a search text (the index has one row per report).
 */
qint64 opinionSearchCount(Database &db, const OpinionFilter &filter);

/** The id of the report with @p uuid, or 0 (undo commands find their report by uuid). */
qint64 opinionIdForUuid(Database &db, const QString &uuid);

} // namespace thuky
