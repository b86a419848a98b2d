#include <ui/opinions/taxonomycommands.h>

#include <core/db/database.h>
#include <core/opinions/taxonomyrepository.h>

namespace thuky {

QString TaxonomyCommand::identify(qint64 id)
{
    const auto entry = TaxonomyEntries(m_db).entry(m_kind, id);
    if (!entry)
        return {};
    m_uuid = entry->uuid;
    return entry->name;
}

QString TaxonomyCommand::tableName() const
{
    switch (m_kind) {
    case TaxonomyKind::Topic:
        return QStringLiteral("topics");
    case TaxonomyKind::Locality:
        return QStringLiteral("localities");
    case TaxonomyKind::Agency:
        return QStringLiteral("agencies");
    }
    return {};
}

qint64 TaxonomyCommand::entryId() const
{
    return TaxonomyEntries(m_db).idOf(m_kind, m_uuid);
}

void TaxonomyCommand::removeKeepingRow()
{
    const qint64 id = entryId();
    if (id <= 0)
        throw ValidationError(QStringLiteral("id"), tr("The entry no longer exists."));
    m_row = TaxonomyEntries(m_db).remove(m_kind, id);
}

void TaxonomyCommand::restoreRow()
{
    TaxonomyEntries(m_db).restore(m_kind, m_row, m_uuid);
}

AddTaxonomyEntry::AddTaxonomyEntry(Database &db, TaxonomyKind kind, const QString &name,
    qint64 parentId, const QString &localityLevel)
    : TaxonomyCommand(db, kind)
    , m_name(name)
    , m_parentId(parentId)
    , m_level(localityLevel)
{
    setText(tr("Add “%1”").arg(name.trimmed()));
}

void AddTaxonomyEntry::apply()
{
    if (!m_row.isEmpty()) { // a redo: the same entry again
        restoreRow();
        return;
    }
    m_uuid = TaxonomyEntries(m_db).add(m_kind, m_name, m_parentId, m_level);
}

void AddTaxonomyEntry::revert()
{
    removeKeepingRow();
}

RenameTaxonomyEntry::RenameTaxonomyEntry(
    Database &db, TaxonomyKind kind, qint64 id, const QString &name, int expectedVersion)
    : TaxonomyCommand(db, kind)
    , m_new(name)
    , m_read(expectedVersion)
{
    m_old = identify(id);
    setText(tr("Rename “%1” to “%2”").arg(m_old, name.trimmed()));
}

void RenameTaxonomyEntry::rename(const QString &name)
{
    const qint64 id = entryId();
    if (id <= 0)
        throw ValidationError(QStringLiteral("id"), tr("The entry no longer exists."));
    // The first write expects the version the dialog read, later ones what this stack wrote.
    const QString table = tableName();
    const int expected = m_first ? m_read : versionOf(table, m_uuid, m_read);
    m_first = false;
    wrote(table, m_uuid, TaxonomyEntries(m_db).rename(m_kind, id, name, expected));
}

void RenameTaxonomyEntry::apply()
{
    rename(m_new);
}

void RenameTaxonomyEntry::revert()
{
    rename(m_old);
}

RemoveTaxonomyEntry::RemoveTaxonomyEntry(Database &db, TaxonomyKind kind, qint64 id)
    : TaxonomyCommand(db, kind)
{
    setText(tr("Delete “%1”").arg(identify(id)));
}

void RemoveTaxonomyEntry::apply()
{
    removeKeepingRow();
}

void RemoveTaxonomyEntry::revert()
{
    restoreRow();
}

RelabelChannel::RelabelChannel(
    Database &db, const QString &code, const QString &labelVi, const QString &labelEn)
    : DatabaseCommand(db)
    , m_code(code)
    , m_vi(labelVi)
    , m_en(labelEn)
{
    for (const Channel &c : TaxonomyRepository(m_db).channels()) {
        if (c.code == code) {
            m_oldVi = c.labelVi;
            m_oldEn = c.labelEn;
        }
    }
    setText(tr("Relabel the channel %1").arg(code));
}

void RelabelChannel::apply()
{
    TaxonomyRepository(m_db).setChannelLabels(m_code, m_vi, m_en);
}

void RelabelChannel::revert()
{
    TaxonomyRepository(m_db).setChannelLabels(m_code, m_oldVi, m_oldEn);
}

} // namespace thuky
