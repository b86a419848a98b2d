#include <ui/roster/organisationcommands.h>

#include <core/db/database.h>
#include <core/opinions/localityedits.h>
#include <core/roster/rosterrepository.h>
#include <core/text/vndate.h>

namespace thuky {

namespace {
QString namesOf(const QList<Locality> &units)
{
    QStringList names;
    for (const Locality &l : units)
        names.append(l.name);
    return names.join(QStringLiteral(", "));
}
} // namespace

qint64 OrganisationCommand::idOfCommittee(const QString &uuid)
{
    if (uuid.isEmpty())
        return 0;
    for (const Committee &c : Organisation(m_db).committees()) {
        if (c.uuid == uuid)
            return c.id;
    }
    throw ValidationError(QStringLiteral("committee"), tr("The committee no longer exists."));
}

QString OrganisationCommand::uuidOfCommittee(qint64 id)
{
    if (id <= 0)
        return {};
    const auto c = RosterRepository(m_db).committee(id);
    return c ? c->uuid : QString();
}

qint64 OrganisationCommand::idOfLocality(const QString &uuid)
{
    if (uuid.isEmpty())
        return 0;
    const qint64 id = TaxonomyEntries(m_db).idOf(TaxonomyKind::Locality, uuid);
    if (id <= 0)
        throw ValidationError(QStringLiteral("locality"), tr("The locality no longer exists."));
    return id;
}

QString OrganisationCommand::uuidOfLocality(qint64 id)
{
    if (id <= 0)
        return {};
    const auto entry = TaxonomyEntries(m_db).entry(TaxonomyKind::Locality, id);
    return entry ? entry->uuid : QString();
}

// ---------------------------------------------------------------------------------------

AddCommittee::AddCommittee(Database &db, const Committee &committee)
    : OrganisationCommand(db)
    , m_committee(committee)
{
    if (m_committee.uuid.isEmpty())
        m_committee.uuid = Database::newUuid(); // the same committee again on redo
    m_parentUuid = uuidOfCommittee(committee.parentId);
    m_localityUuid = uuidOfLocality(committee.localityId);
    setText(tr("Add the committee %1").arg(committee.name.trimmed()));
}

void AddCommittee::apply()
{
    Committee c = m_committee;
    c.parentId = idOfCommittee(m_parentUuid);
    c.localityId = idOfLocality(m_localityUuid);
    m_id = Organisation(m_db).addCommittee(c);
    m_committee.uuid = uuidOfCommittee(m_id);
}

void AddCommittee::revert()
{
    Organisation(m_db).removeCommittee(m_committee.uuid);
    m_id = 0;
}

// ---------------------------------------------------------------------------------------

RenameCommittee::RenameCommittee(Database &db, const Committee &committee, const QString &name)
    : OrganisationCommand(db)
    , m_uuid(committee.uuid)
    , m_old(committee.name)
    , m_new(name)
    , m_read(committee.rowVersion)
{
    setText(tr("Rename the committee %1 to %2").arg(committee.name, name.trimmed()));
}

void RenameCommittee::rename(const QString &name)
{
    // The first write expects the version the view read, later ones what this stack wrote.
    const QString table = QStringLiteral("committees");
    const int expected = m_first ? m_read : versionOf(table, m_uuid, m_read);
    m_first = false;
    wrote(table, m_uuid, Organisation(m_db).renameCommittee(idOfCommittee(m_uuid), name, expected));
}

void RenameCommittee::apply()
{
    rename(m_new);
}

void RenameCommittee::revert()
{
    rename(m_old);
}

// ---------------------------------------------------------------------------------------

DissolveCommittee::DissolveCommittee(
    Database &db, const Committee &committee, const QDate &on, const Committee &successor)
    : OrganisationCommand(db)
    , m_uuid(committee.uuid)
    , m_successorUuid(successor.uuid)
    , m_on(on)
{
    if (successor.uuid.isEmpty())
        setText(tr("Dissolve %1 on %2").arg(committee.name, VnDate::display(on)));
    else
        setText(tr("Dissolve %1 on %2 into %3")
                    .arg(committee.name, VnDate::display(on), successor.name));
}

void DissolveCommittee::apply()
{
    m_done = Organisation(m_db).dissolveCommittee(
        idOfCommittee(m_uuid), m_on, idOfCommittee(m_successorUuid));
    noteVersion();
}

void DissolveCommittee::revert()
{
    Organisation(m_db).undoDissolution(m_done);
    noteVersion();
}

void DissolveCommittee::noteVersion()
{
    // A rename further down the stack expects the committee as this command left it.
    if (const auto c = RosterRepository(m_db).committee(idOfCommittee(m_uuid)))
        wrote(QStringLiteral("committees"), m_uuid, c->rowVersion);
}

// ---------------------------------------------------------------------------------------

AddLocality::AddLocality(Database &db, const QString &name, qint64 parentId, const QDate &from)
    : OrganisationCommand(db)
    , m_name(name)
    , m_from(from)
{
    m_parentUuid = uuidOfLocality(parentId);
    setText(tr("Add the locality %1").arg(name.trimmed()));
}

void AddLocality::apply()
{
    TaxonomyEntries entries(m_db);
    if (!m_row.isEmpty()) { // a redo: the same row, id and uuid again
        entries.restore(TaxonomyKind::Locality, m_row, m_uuid);
        m_id = entries.idOf(TaxonomyKind::Locality, m_uuid);
        return;
    }
    m_id = Organisation(m_db).addLocality(m_name, idOfLocality(m_parentUuid), m_from);
    m_uuid = uuidOfLocality(m_id);
}

void AddLocality::revert()
{
    m_row = TaxonomyEntries(m_db).remove(TaxonomyKind::Locality, idOfLocality(m_uuid));
    m_id = 0;
}

// ---------------------------------------------------------------------------------------

RenameLocality::RenameLocality(Database &db, const Locality &locality, const QString &name)
    : OrganisationCommand(db)
    , m_uuid(locality.uuid)
    , m_old(locality.name)
    , m_new(name)
    , m_read(locality.rowVersion)
{
    setText(tr("Rename the locality %1 to %2").arg(locality.name, name.trimmed()));
}

void RenameLocality::rename(const QString &name)
{
    // The first write expects the version the view read, later ones what this stack wrote.
    const QString table = QStringLiteral("localities");
    const int expected = m_first ? m_read : versionOf(table, m_uuid, m_read);
    m_first = false;
    wrote(table, m_uuid, LocalityEdits::rename(m_db, idOfLocality(m_uuid), name, expected));
}

void RenameLocality::apply()
{
    rename(m_new);
}

void RenameLocality::revert()
{
    rename(m_old);
}

// ---------------------------------------------------------------------------------------

MergeLocalities::MergeLocalities(
    Database &db, Kind kind, const QList<Locality> &sources, const QDate &on)
    : OrganisationCommand(db)
    , m_kind(kind)
    , m_on(on)
{
    for (const Locality &l : sources)
        m_sourceUuids.append(l.uuid);
}

MergeLocalities::MergeLocalities(
    Database &db, const QList<Locality> &sources, const Locality &target, const QDate &on)
    : MergeLocalities(db, IntoExisting, sources, on)
{
    m_targetUuid = target.uuid;
    setText(tr("Merge %1 into %2 on %3").arg(namesOf(sources), target.name, VnDate::display(on)));
}

MergeLocalities::MergeLocalities(
    Database &db, const QList<Locality> &sources, const QString &newName, const QDate &on)
    : MergeLocalities(db, IntoNew, sources, on)
{
    m_newName = newName;
    setText(tr("Merge %1 into the new unit %2 on %3")
                .arg(namesOf(sources), newName.trimmed(), VnDate::display(on)));
}

MergeLocalities *MergeLocalities::move(
    Database &db, const Locality &unit, const Locality &newParent, const QDate &on)
{
    auto *command = new MergeLocalities(db, Move, { unit }, on);
    command->m_targetUuid = newParent.uuid;
    command->setText(
        tr("Move %1 under %2 on %3").arg(unit.name, newParent.name, VnDate::display(on)));
    return command;
}

MergeLocalities *MergeLocalities::end(Database &db, const Locality &unit, const QDate &on)
{
    auto *command = new MergeLocalities(db, End, { unit }, on);
    command->setText(tr("End %1 on %2").arg(unit.name, VnDate::display(on.addDays(-1))));
    return command;
}

QList<qint64> MergeLocalities::sourceIds()
{
    QList<qint64> ids;
    for (const QString &uuid : std::as_const(m_sourceUuids))
        ids.append(idOfLocality(uuid));
    return ids;
}

void MergeLocalities::apply()
{
    Organisation org(m_db);
    if (!m_createdRow.isEmpty()) {
        // A redo of a merge that created its unit: the very same unit again, then the merge.
        Transaction tx(m_db);
        TaxonomyEntries(m_db).restore(TaxonomyKind::Locality, m_createdRow, m_createdUuid);
        m_done = org.mergeLocalities(sourceIds(), idOfLocality(m_createdUuid), m_on);
        m_done.targetCreated = true;
        tx.commit();
    } else if (m_kind == IntoExisting) {
        m_done = org.mergeLocalities(sourceIds(), idOfLocality(m_targetUuid), m_on);
    } else if (m_kind == IntoNew) {
        m_done = org.mergeLocalitiesIntoNew(sourceIds(), m_newName, m_on);
    } else if (m_kind == Move) {
        m_done = org.moveLocality(sourceIds().value(0), idOfLocality(m_targetUuid), m_on);
    } else {
        m_done = org.endLocality(sourceIds().value(0), m_on);
    }
    m_targetId = idOfLocality(m_done.targetUuid);
    if (m_done.targetCreated)
        m_createdUuid = m_done.targetUuid;
}

void MergeLocalities::revert()
{
    if (!m_done.targetCreated) {
        Organisation(m_db).undoMerge(m_done);
        m_targetId = 0;
        return;
    }
    // Keep the created unit's row, so that a redo brings back the same id and uuid.
    Transaction tx(m_db);
    LocalityMerge kept = m_done;
    kept.targetCreated = false;
    Organisation(m_db).undoMerge(kept);
    m_createdRow
        = TaxonomyEntries(m_db).remove(TaxonomyKind::Locality, idOfLocality(m_createdUuid));
    tx.commit();
    m_targetId = 0;
}

} // namespace thuky
