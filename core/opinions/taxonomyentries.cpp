#include <core/opinions/taxonomyentries.h>

#include <core/db/database.h>
#include <core/opinions/localityedits.h>
#include <core/opinions/taxonomyrepository.h>
#include <core/roster/rosterrepository.h>

#include <QCoreApplication>
#include <QSqlQuery>
#include <QSqlRecord>

namespace thuky {

namespace {
// The context of this file's messages, seen by lupdate in member and free functions alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(thuky::TaxonomyEntries)
};

QString tableOf(TaxonomyKind kind)
{
    switch (kind) {
    case TaxonomyKind::Topic:
        return QStringLiteral("topics");
    case TaxonomyKind::Locality:
        return QStringLiteral("localities");
    case TaxonomyKind::Agency:
        return QStringLiteral("agencies");
    }
    return {};
}

/** The entity name the audit log records. */
QString entityOf(TaxonomyKind kind)
{
    switch (kind) {
    case TaxonomyKind::Topic:
        return QStringLiteral("topic");
    case TaxonomyKind::Locality:
        return QStringLiteral("locality");
    case TaxonomyKind::Agency:
        return QStringLiteral("agency");
    }
    return {};
}
} // namespace

TaxonomyEntries::TaxonomyEntries(Database &db)
    : m_db(db)
{
}

std::optional<TaxonomyEntry> TaxonomyEntries::entry(TaxonomyKind kind, qint64 id)
{
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT uuid, name, row_version FROM %1 WHERE id = ?").arg(tableOf(kind)),
        { id });
    if (!q.next())
        return std::nullopt;
    return TaxonomyEntry { q.value(0).toString(), q.value(1).toString(), q.value(2).toInt() };
}

qint64 TaxonomyEntries::idOf(TaxonomyKind kind, const QString &uuid)
{
    if (uuid.isEmpty())
        return 0;
    return m_db
        .scalar(QStringLiteral("SELECT id FROM %1 WHERE uuid = ?").arg(tableOf(kind)), { uuid })
        .toLongLong();
}

QString TaxonomyEntries::add(
    TaxonomyKind kind, const QString &name, qint64 parentId, const QString &localityLevel)
{
    qint64 id = 0;
    switch (kind) {
    case TaxonomyKind::Topic:
        id = TaxonomyRepository(m_db).addTopic(name, parentId);
        break;
    case TaxonomyKind::Locality: {
        Locality l;
        l.name = name;
        l.level = localityLevel.isEmpty() ? QStringLiteral("province") : localityLevel;
        l.parentId = parentId;
        id = RosterRepository(m_db).addLocality(l);
        break;
    }
    case TaxonomyKind::Agency:
        id = TaxonomyRepository(m_db).addAgency(name);
        break;
    }
    const auto added = entry(kind, id);
    return added ? added->uuid : QString();
}

int TaxonomyEntries::rename(TaxonomyKind kind, qint64 id, const QString &name, int expectedVersion)
{
    switch (kind) {
    case TaxonomyKind::Topic:
        return TaxonomyRepository(m_db).renameTopic(id, name, expectedVersion);
    case TaxonomyKind::Locality:
        return LocalityEdits::rename(m_db, id, name, expectedVersion);
    case TaxonomyKind::Agency:
        return TaxonomyRepository(m_db).renameAgency(id, name, expectedVersion);
    }
    return expectedVersion;
}

TaxonomyRow TaxonomyEntries::remove(TaxonomyKind kind, qint64 id)
{
    Transaction tx(m_db);
    QSqlQuery q
        = m_db.exec(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(tableOf(kind)), { id });
    if (!q.next())
        throw ValidationError(QStringLiteral("id"), Tr::tr("The entry no longer exists."));
    const QSqlRecord record = q.record();
    q.finish();
    TaxonomyRow row;
    for (int i = 0; i < record.count(); ++i) {
        row.columns.append(record.fieldName(i));
        row.values.append(record.value(i));
    }
    switch (kind) {
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
    return row;
}

void TaxonomyEntries::restore(TaxonomyKind kind, const TaxonomyRow &row, const QString &uuid)
{
    const QStringList marks(row.columns.size(), QStringLiteral("?"));
    Transaction tx(m_db);
    m_db.exec(
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(tableOf(kind), row.columns.join(QLatin1Char(',')), marks.join(QLatin1Char(','))),
        row.values);
    m_db.audit(QStringLiteral("restore"), entityOf(kind), uuid);
    tx.commit();
}

} // namespace thuky
