#pragma once

// The undoable edits of the organisation: committees formed, renamed and dissolved, and
// localities added, renamed, merged and moved. Each command makes one Organisation call (one
// transaction) in redo() and its inverse in undo(). Commands remember committees and
// localities by UUID, and a unit they created comes back with the same id and UUID on redo,
// so that the commands above them on the stack still find it.

#include <ui/common/databasecommand.h>

#include <core/opinions/taxonomyentries.h>
#include <core/roster/organisation.h>

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace thuky {

/** Base of the organisation commands: finds committees and localities by UUID. */
class OrganisationCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(thuky::OrganisationCommand)
protected:
    explicit OrganisationCommand(Database &db)
        : DatabaseCommand(db)
    {
    }
    /** The current row id of the committee with @p uuid; throws when it is gone. */
    qint64 idOfCommittee(const QString &uuid);
    /** The UUID of committee @p id (empty for 0). */
    QString uuidOfCommittee(qint64 id);
    /** The current row id of the locality with @p uuid; throws when it is gone. */
    qint64 idOfLocality(const QString &uuid);
    /** The UUID of locality @p id (empty for 0). */
    QString uuidOfLocality(qint64 id);
};

class AddCommittee : public OrganisationCommand
{
    Q_DECLARE_TR_FUNCTIONS(thuky::AddCommittee)
public:
    AddCommittee(Database &db, const Committee &committee);
    qint64 committeeId() const { return m_id; }

protected:
    void apply() override;
    void revert() override;

private:
    Committee m_committee;
    QString m_parentUuid;
    QString m_localityUuid;
    qint64 m_id = 0;
};

class RenameCommittee : public OrganisationCommand
{
    Q_DECLARE_TR_FUNCTIONS(thuky::RenameCommittee)
public:
    RenameCommittee(Database &db, const Committee &committee, const QString &name);

protected:
    void apply() override;
    void revert() override;

private:
    void rename(const QString &name);
    QString m_uuid;
    QString m_old;
    QString m_new;
    int m_read; ///< the row version the view read
    bool m_first = true;
};

/** Dissolves a committee on its last day, into a successor or not. */
class DissolveCommittee : public OrganisationCommand
{
    Q_DECLARE_TR_FUNCTIONS(thuky::DissolveCommittee)
public:
    DissolveCommittee(
        Database &db, const Committee &committee, const QDate &on, const Committee &successor);

protected:
    void apply() override;
    void revert() override;

private:
    void noteVersion();
    QString m_uuid;
    QString m_successorUuid;
    QDate m_on;
    Dissolution m_done;
};

/** Adds a unit under another (or a province); redo brings back the very same row. */
class AddLocality : public OrganisationCommand
{
    Q_DECLARE_TR_FUNCTIONS(thuky::AddLocality)
public:
    AddLocality(Database &db, const QString &name, qint64 parentId, const QDate &from);
    qint64 localityId() const { return m_id; }

protected:
    void apply() override;
    void revert() override;

private:
    QString m_name;
    QString m_parentUuid;
    QDate m_from;
    QString m_uuid;
    TaxonomyRow m_row;
    qint64 m_id = 0;
};

class RenameLocality : public OrganisationCommand
{
    Q_DECLARE_TR_FUNCTIONS(thuky::RenameLocality)
public:
    RenameLocality(Database &db, const Locality &locality, const QString &name);

protected:
    void apply() override;
    void revert() override;

private:
    void rename(const QString &name);
    QString m_uuid;
    QString m_old;
    QString m_new;
    int m_read; ///< the row version the view read
    bool m_first = true;
};

/**
 * Merges units into an existing one, into a new one, or (a move) places one unit under
 * another: each ends the day before and is merged into the unit it now belongs to. Or ends
 * a unit without a successor.
 */
class MergeLocalities : public OrganisationCommand
{
    Q_DECLARE_TR_FUNCTIONS(thuky::MergeLocalities)
public:
    /** Into the existing unit @p target. */
    MergeLocalities(
        Database &db, const QList<Locality> &sources, const Locality &target, const QDate &on);
    /** Into a new unit named @p newName, formed on @p on under the sources' parent. */
    MergeLocalities(
        Database &db, const QList<Locality> &sources, const QString &newName, const QDate &on);
    /** Moves @p unit under @p newParent from @p on. */
    static MergeLocalities *move(
        Database &db, const Locality &unit, const Locality &newParent, const QDate &on);
    /** Ends @p unit without a successor: its last day is the day before @p on. */
    static MergeLocalities *end(Database &db, const Locality &unit, const QDate &on);
    /** The unit the sources belong to now (0 before the first redo, or for an end). */
    qint64 targetId() const { return m_targetId; }

protected:
    void apply() override;
    void revert() override;

private:
    enum Kind { IntoExisting, IntoNew, Move, End };
    MergeLocalities(Database &db, Kind kind, const QList<Locality> &sources, const QDate &on);
    QList<qint64> sourceIds();

    Kind m_kind;
    QStringList m_sourceUuids;
    QString m_targetUuid; ///< the existing target, or the new parent of a move
    QString m_newName;
    QDate m_on;
    LocalityMerge m_done;
    TaxonomyRow m_createdRow; ///< the unit the merge created, kept by undo for redo
    QString m_createdUuid;
    qint64 m_targetId = 0;
};

} // namespace thuky
