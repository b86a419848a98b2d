#pragma once

// The taxonomy dialog's edits as undoable commands: add, rename and delete a topic, a
// locality or an agency, and relabel a channel.

#include <ui/common/databasecommand.h>

#include <core/opinions/taxonomyentries.h>

#include <QString>

namespace thuky {

/** The base: finds its entry by uuid, so that a deleted and restored entry is the same one. */
class TaxonomyCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(thuky::TaxonomyCommand)
public:
    /** The entry's current row id (0 while it does not exist). */
    qint64 entryId() const;

protected:
    TaxonomyCommand(Database &db, TaxonomyKind kind)
        : DatabaseCommand(db)
        , m_kind(kind)
    {
    }
    /** The entry's table, the key of the row versions this stack wrote. */
    QString tableName() const;
    /** Remembers the uuid of the entry with row @p id; returns its name (empty if gone). */
    QString identify(qint64 id);
    /** Deletes the entry (the repository refuses one in use), keeping its row to restore. */
    void removeKeepingRow();
    /** Puts the kept row back: same id, same uuid. */
    void restoreRow();

    TaxonomyKind m_kind;
    QString m_uuid;
    TaxonomyRow m_row;
};

/** Adds a topic (under @p parentId when set), a locality or an agency. */
class AddTaxonomyEntry : public TaxonomyCommand
{
    Q_DECLARE_TR_FUNCTIONS(thuky::AddTaxonomyEntry)
public:
    AddTaxonomyEntry(Database &db, TaxonomyKind kind, const QString &name, qint64 parentId = 0,
        const QString &localityLevel = {});

protected:
    void apply() override;
    void revert() override;

private:
    QString m_name;
    qint64 m_parentId;
    QString m_level;
};

/**
 * Renames an entry; reports keep referring to it. @p expectedVersion is the row version the
 * dialog read (ConflictError when someone renamed the entry since).
 */
class RenameTaxonomyEntry : public TaxonomyCommand
{
    Q_DECLARE_TR_FUNCTIONS(thuky::RenameTaxonomyEntry)
public:
    RenameTaxonomyEntry(
        Database &db, TaxonomyKind kind, qint64 id, const QString &name, int expectedVersion);

protected:
    void apply() override;
    void revert() override;

private:
    void rename(const QString &name);
    QString m_old;
    QString m_new;
    int m_read;
    bool m_first = true;
};

/** Deletes an entry nothing refers to; undo puts the very same entry back. */
class RemoveTaxonomyEntry : public TaxonomyCommand
{
    Q_DECLARE_TR_FUNCTIONS(thuky::RemoveTaxonomyEntry)
public:
    RemoveTaxonomyEntry(Database &db, TaxonomyKind kind, qint64 id);

protected:
    void apply() override;
    void revert() override;
};

/** Changes the Vietnamese and English labels of one of the six channels. */
class RelabelChannel : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(thuky::RelabelChannel)
public:
    RelabelChannel(
        Database &db, const QString &code, const QString &labelVi, const QString &labelEn);

protected:
    void apply() override;
    void revert() override;

private:
    QString m_code;
    QString m_vi, m_en, m_oldVi, m_oldEn;
};

} // namespace thuky
