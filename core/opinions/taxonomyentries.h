#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace thuky {

class Database;

/** Which list a taxonomy entry belongs to. */
enum class TaxonomyKind { Topic, Locality, Agency };

/** An entry's identity: undo finds it by uuid, since a restored entry is the same one. */
struct TaxonomyEntry
{
    QString uuid;
    QString name;
    int rowVersion = 0;
};

/** A deleted entry's row, column by column, kept to put the very same entry back. */
struct TaxonomyRow
{
    QStringList columns;
    QVariantList values;

    bool isEmpty() const { return columns.isEmpty(); }
};

/**
 * The entries of the taxonomy dialog's three lists (topics, localities, agencies) addressed
 * by kind, for its undoable edits: adding, renaming and deleting go through the lists' own
 * repositories (TaxonomyRepository, RosterRepository, LocalityEdits), which validate and
 * audit; deleting keeps the whole row so that undo restores the same id and uuid.
 */
class TaxonomyEntries
{
public:
    explicit TaxonomyEntries(Database &db);

    /** The entry with row @p id, or nothing when it does not exist. */
    std::optional<TaxonomyEntry> entry(TaxonomyKind kind, qint64 id);
    /** The current row id of the entry with @p uuid (0 while it does not exist). */
    qint64 idOf(TaxonomyKind kind, const QString &uuid);

    /**
     * Adds a topic (under @p parentId when set), a locality (at @p localityLevel, a province
     * when empty, under @p parentId) or an agency; returns its uuid.
     */
    QString add(TaxonomyKind kind, const QString &name, qint64 parentId = 0,
        const QString &localityLevel = {});
    /**
     * Renames entry @p id; reports keep referring to it. @p expectedVersion is the row
     * version that was read (ConflictError when it changed since); returns the new one.
     */
    int rename(TaxonomyKind kind, qint64 id, const QString &name, int expectedVersion);
    /**
     * Deletes entry @p id (the repository refuses one in use, ValidationError) and returns
     * its row as it was. One transaction.
     */
    TaxonomyRow remove(TaxonomyKind kind, qint64 id);
    /** Puts a row returned by remove() back, audited as a restore of @p uuid. */
    void restore(TaxonomyKind kind, const TaxonomyRow &row, const QString &uuid);

private:
    Database &m_db;
};

} // namespace thuky
