#include <ui/opinions/taxonomycommands.h>

#include <core/db/database.h>
#include <core/opinions/localityedits.h>
#include <core/opinions/taxonomyrepository.h>
#include <core/roster/rosterrepository.h>

#include <QSqlField>
#include <QSqlQuery>

namespace thuky {

QString TaxonomyCommand::table() const
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

QString TaxonomyCommand::identify(qint64 id)
{
    QSqlQuery q
        = m_db.exec(QStringLiteral("SELECT uuid, name FROM %1 WHERE id = ?").arg(table()), { id });
    if (!q.next())
        return {};
    m_uuid = q.value(0).toString();
    return q.value(1).toString();
}

qint64 TaxonomyCommand::entryId() const
{
    if (m_uuid.isEmpty())
        return 0;
    return m_db.scalar(QStringLiteral("SELECT id FROM %1 WHERE uuid = ?").arg(table()), { m_uuid })
        .toLongLong();
}

void TaxonomyCommand::removeKeepingRow()
{
    const qint64 id = entryId();
    if (id <= 0)
        throw ValidationError(QStringLiteral("id"), tr("The entry no longer exists."));
    Transaction tx(m_db);
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table()), { id });
    if (!q.next())
        throw ValidationError(QStringLiteral("id"), tr("The entry no longer exists."));
    const QSqlRecord row = q.record();
    q.finish();
    switch (m_kind) {
    case TaxonomyKind::Topic:
        TaxonomyRepository(m_db).removeTopic(id);
        break;
    case TaxonomyKind::Locality:
        LocalityEdits::remove(m_db, id);
        break;
    case TaxonomyKind::Agency:
        TaxonomyRepository(m_db).removeAgency(id);
        break;
    }
    tx.commit();
    m_row = row;
}

void TaxonomyCommand::restoreRow()
{
    QStringList columns;
    QStringList marks;
    QVariantList values;
    for (int i = 0; i < m_row.count(); ++i) {
        columns.append(m_row.fieldName(i));
        marks.append(QStringLiteral("?"));
        values.append(m_row.value(i));
    }
    Transaction tx(m_db);
    m_db.exec(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                  .arg(table(), columns.join(QLatin1Char(',')), marks.join(QLatin1Char(','))),
        values);
    const QString entity = m_kind == TaxonomyKind::Topic ? QStringLiteral("topic")
        : m_kind == TaxonomyKind::Locality               ? QStringLiteral("locality")
                                                         : QStringLiteral("agency");
    m_db.audit(QStringLiteral("restore"), entity, m_uuid);
    tx.commit();
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
    qint64 id = 0;
    switch (m_kind) {
    case TaxonomyKind::Topic:
        id = TaxonomyRepository(m_db).addTopic(m_name, m_parentId);
        break;
    case TaxonomyKind::Locality: {
        Locality l;
        l.name = m_name;
        l.level = m_level.isEmpty() ? QStringLiteral("province") : m_level;
        l.parentId = m_parentId;
        id = RosterRepository(m_db).addLocality(l);
        break;
    }
    case TaxonomyKind::Agency:
        id = TaxonomyRepository(m_db).addAgency(m_name);
        break;
    }
    m_uuid = m_db.scalar(QStringLiteral("SELECT uuid FROM %1 WHERE id = ?").arg(table()), { id })
                 .toString();
}

void AddTaxonomyEntry::revert()
{
    removeKeepingRow();
}

RenameTaxonomyEntry::RenameTaxonomyEntry(
    Database &db, TaxonomyKind kind, qint64 id, const QString &name)
    : TaxonomyCommand(db, kind)
    , m_new(name)
{
    m_old = identify(id);
    setText(tr("Rename “%1” to “%2”").arg(m_old, name.trimmed()));
}

void RenameTaxonomyEntry::rename(const QString &name)
{
    const qint64 id = entryId();
    if (id <= 0)
        throw ValidationError(QStringLiteral("id"), tr("The entry no longer exists."));
    switch (m_kind) {
    case TaxonomyKind::Topic:
        TaxonomyRepository(m_db).renameTopic(id, name);
        break;
    case TaxonomyKind::Locality:
        LocalityEdits::rename(m_db, id, name);
        break;
    case TaxonomyKind::Agency:
        TaxonomyRepository(m_db).renameAgency(id, name);
        break;
    }
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
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT label_vi, label_en FROM channels WHERE code = ?"), { code });
    if (q.next()) {
        m_oldVi = q.value(0).toString();
        m_oldEn = q.value(1).toString();
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
