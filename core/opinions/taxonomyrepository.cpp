#include <core/opinions/taxonomyrepository.h>

#include <core/db/sqlvalue.h>

#include <core/db/conflict.h>
#include <core/db/database.h>
#include <core/text/textnorm.h>

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace thuky {

using SqlValue::nullableId;

namespace {
// The context of this file's messages, seen by lupdate in member and free functions alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(thuky::TaxonomyRepository)
};

} // namespace

TaxonomyRepository::TaxonomyRepository(Database &db)
    : m_db(db)
{
}

QString TaxonomyRepository::nameKey(const QString &name)
{
    return TextNorm::clean(name).toCaseFolded();
}

QList<Topic> TaxonomyRepository::topics()
{
    QSqlQuery q = m_db.exec(QStringLiteral(
        "SELECT id, uuid, name, parent_id, position, active, row_version FROM topics"));
    QList<Topic> all;
    while (q.next()) {
        Topic t;
        t.id = q.value(0).toLongLong();
        t.uuid = q.value(1).toString();
        t.name = q.value(2).toString();
        t.parentId = q.value(3).toLongLong();
        t.position = q.value(4).toInt();
        t.active = q.value(5).toInt() != 0;
        t.rowVersion = q.value(6).toInt();
        all.append(t);
    }
    std::sort(all.begin(), all.end(), [](const Topic &a, const Topic &b) {
        if (a.position != b.position)
            return a.position < b.position;
        return TextNorm::compare(a.name, b.name) < 0;
    });
    QList<Topic> ordered;
    for (const Topic &top : std::as_const(all)) {
        if (top.parentId != 0)
            continue;
        ordered.append(top);
        for (const Topic &child : std::as_const(all)) {
            if (child.parentId == top.id)
                ordered.append(child);
        }
    }
    // Children of a missing parent (should not happen) still show.
    for (const Topic &t : std::as_const(all)) {
        if (!std::any_of(
                ordered.cbegin(), ordered.cend(), [&](const Topic &o) { return o.id == t.id; }))
            ordered.append(t);
    }
    return ordered;
}

std::optional<Topic> TaxonomyRepository::topic(qint64 id)
{
    for (const Topic &t : topics()) {
        if (t.id == id)
            return t;
    }
    return std::nullopt;
}

std::optional<Topic> TaxonomyRepository::findTopic(const QString &name)
{
    const QString key = nameKey(name);
    std::optional<Topic> found;
    for (const Topic &t : topics()) {
        if (nameKey(t.name) == key && (!found || t.id < found->id))
            found = t;
    }
    return found;
}

qint64 TaxonomyRepository::addTopic(const QString &name, qint64 parentId)
{
    const QString clean = TextNorm::clean(name);
    if (clean.isEmpty())
        throw ValidationError(QStringLiteral("name"), Tr::tr("The topic needs a name."));
    if (parentId > 0) {
        const auto parent = topic(parentId);
        if (!parent)
            throw ValidationError(
                QStringLiteral("parent"), Tr::tr("The parent topic does not exist."));
        if (parent->parentId != 0)
            throw ValidationError(QStringLiteral("parent"),
                Tr::tr("Topics have two levels: a subtopic cannot have children."));
    }
    Transaction tx(m_db);
    const QString uuid = Database::newUuid();
    const QString now = Database::now();
    const int position
        = m_db.scalar(QStringLiteral("SELECT coalesce(max(position), 0) + 1 FROM topics")).toInt();
    const qint64 id = m_db.insert(
        QStringLiteral("INSERT INTO topics (uuid, created_at, updated_at, updated_by, name, "
                       "parent_id, position) VALUES (?,?,?,?,?,?,?)"),
        { uuid, now, now, m_db.currentUser(), clean, nullableId(parentId), position });
    m_db.audit(QStringLiteral("add"), QStringLiteral("topic"), uuid, clean);
    tx.commit();
    return id;
}

int TaxonomyRepository::renameTopic(qint64 id, const QString &name, int expectedVersion)
{
    const QString clean = TextNorm::clean(name);
    if (clean.isEmpty())
        throw ValidationError(QStringLiteral("name"), Tr::tr("The topic needs a name."));
    Transaction tx(m_db);
    QSqlQuery q = m_db.exec(QStringLiteral("UPDATE topics SET name = ?, updated_at = ?, "
                                           "updated_by = ?, row_version = row_version + 1 "
                                           "WHERE id = ? AND row_version = ?"),
        { clean, Database::now(), m_db.currentUser(), id, expectedVersion });
    RowVersions::require(m_db, q.numRowsAffected(), QStringLiteral("topics"),
        QStringLiteral("topic"), id, Tr::tr("The topic does not exist."));
    m_db.audit(QStringLiteral("rename"), QStringLiteral("topic"),
        m_db.scalar(QStringLiteral("SELECT uuid FROM topics WHERE id = ?"), { id }).toString(),
        clean);
    tx.commit();
    return expectedVersion + 1;
}

void TaxonomyRepository::removeTopic(qint64 id)
{
    Transaction tx(m_db);
    if (m_db.scalar(QStringLiteral("SELECT count(*) FROM opinions WHERE topic_id = ?"), { id })
            .toLongLong()
        > 0)
        throw ValidationError(QStringLiteral("id"),
            Tr::tr("Reports use this topic: it cannot be deleted (rename it or "
                   "mark it inactive instead)."));
    if (m_db.scalar(QStringLiteral("SELECT count(*) FROM topics WHERE parent_id = ?"), { id })
            .toLongLong()
        > 0)
        throw ValidationError(
            QStringLiteral("id"), Tr::tr("The topic has subtopics: delete or move them first."));
    const QString uuid
        = m_db.scalar(QStringLiteral("SELECT uuid FROM topics WHERE id = ?"), { id }).toString();
    m_db.exec(QStringLiteral("DELETE FROM topics WHERE id = ?"), { id });
    m_db.audit(QStringLiteral("remove"), QStringLiteral("topic"), uuid);
    tx.commit();
}

QList<qint64> TaxonomyRepository::topicWithChildren(qint64 id)
{
    QList<qint64> ids { id };
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id FROM topics WHERE parent_id = ?"), { id });
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

QList<Agency> TaxonomyRepository::agencies()
{
    QSqlQuery q
        = m_db.exec(QStringLiteral("SELECT id, uuid, name, active, row_version FROM agencies"));
    QList<Agency> all;
    while (q.next()) {
        Agency a;
        a.id = q.value(0).toLongLong();
        a.uuid = q.value(1).toString();
        a.name = q.value(2).toString();
        a.active = q.value(3).toInt() != 0;
        a.rowVersion = q.value(4).toInt();
        all.append(a);
    }
    std::sort(all.begin(), all.end(),
        [](const Agency &a, const Agency &b) { return TextNorm::compare(a.name, b.name) < 0; });
    return all;
}

std::optional<Agency> TaxonomyRepository::findAgency(const QString &name)
{
    const QString key = nameKey(name);
    std::optional<Agency> found;
    for (const Agency &a : agencies()) {
        if (nameKey(a.name) == key && (!found || a.id < found->id))
            found = a;
    }
    return found;
}

qint64 TaxonomyRepository::addAgency(const QString &name)
{
    const QString clean = TextNorm::clean(name);
    if (clean.isEmpty())
        throw ValidationError(QStringLiteral("name"), Tr::tr("The agency needs a name."));
    Transaction tx(m_db);
    const QString uuid = Database::newUuid();
    const QString now = Database::now();
    const qint64 id
        = m_db.insert(QStringLiteral("INSERT INTO agencies (uuid, created_at, "
                                     "updated_at, updated_by, name) VALUES (?,?,?,?,?)"),
            { uuid, now, now, m_db.currentUser(), clean });
    m_db.audit(QStringLiteral("add"), QStringLiteral("agency"), uuid, clean);
    tx.commit();
    return id;
}

int TaxonomyRepository::renameAgency(qint64 id, const QString &name, int expectedVersion)
{
    const QString clean = TextNorm::clean(name);
    if (clean.isEmpty())
        throw ValidationError(QStringLiteral("name"), Tr::tr("The agency needs a name."));
    Transaction tx(m_db);
    QSqlQuery q = m_db.exec(QStringLiteral("UPDATE agencies SET name = ?, updated_at = ?, "
                                           "updated_by = ?, row_version = row_version + 1 "
                                           "WHERE id = ? AND row_version = ?"),
        { clean, Database::now(), m_db.currentUser(), id, expectedVersion });
    RowVersions::require(m_db, q.numRowsAffected(), QStringLiteral("agencies"),
        QStringLiteral("agency"), id, Tr::tr("The agency does not exist."));
    m_db.audit(QStringLiteral("rename"), QStringLiteral("agency"),
        m_db.scalar(QStringLiteral("SELECT uuid FROM agencies WHERE id = ?"), { id }).toString(),
        clean);
    tx.commit();
    return expectedVersion + 1;
}

void TaxonomyRepository::removeAgency(qint64 id)
{
    Transaction tx(m_db);
    if (m_db.scalar(QStringLiteral("SELECT count(*) FROM opinions WHERE agency_id = ?"), { id })
            .toLongLong()
        > 0)
        throw ValidationError(QStringLiteral("id"),
            Tr::tr("Reports were forwarded to this agency: it cannot be deleted."));
    const QString uuid
        = m_db.scalar(QStringLiteral("SELECT uuid FROM agencies WHERE id = ?"), { id }).toString();
    m_db.exec(QStringLiteral("DELETE FROM agencies WHERE id = ?"), { id });
    m_db.audit(QStringLiteral("remove"), QStringLiteral("agency"), uuid);
    tx.commit();
}

QList<Channel> TaxonomyRepository::channels()
{
    QSqlQuery q = m_db.exec(QStringLiteral(
        "SELECT code, label_vi, label_en, position FROM channels ORDER BY position"));
    QList<Channel> out;
    while (q.next())
        out.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toInt() });
    return out;
}

void TaxonomyRepository::setChannelLabels(
    const QString &code, const QString &labelVi, const QString &labelEn)
{
    if (TextNorm::clean(labelVi).isEmpty() || TextNorm::clean(labelEn).isEmpty())
        throw ValidationError(QStringLiteral("label"), Tr::tr("A channel needs both labels."));
    Transaction tx(m_db);
    QSqlQuery q
        = m_db.exec(QStringLiteral("UPDATE channels SET label_vi = ?, label_en = ? WHERE code = ?"),
            { TextNorm::clean(labelVi), TextNorm::clean(labelEn), code });
    if (q.numRowsAffected() != 1)
        throw ValidationError(QStringLiteral("code"), Tr::tr("There is no channel %1.").arg(code));
    m_db.audit(QStringLiteral("relabel"), QStringLiteral("channel"), code, labelVi);
    tx.commit();
}

QList<qint64> TaxonomyRepository::localityWithDescendants(qint64 localityId)
{
    QHash<qint64, QList<qint64>> children;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, parent_id FROM localities"));
    while (q.next())
        children[q.value(1).toLongLong()].append(q.value(0).toLongLong());
    QList<qint64> out { localityId };
    for (int i = 0; i < out.size(); ++i)
        out.append(children.value(out.at(i)));
    return out;
}

std::optional<qint64> TaxonomyRepository::findLocalityId(const QString &name)
{
    const QString key = nameKey(name);
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, name FROM localities ORDER BY id"));
    while (q.next()) {
        if (nameKey(q.value(1).toString()) == key)
            return q.value(0).toLongLong();
    }
    return std::nullopt;
}

bool TaxonomyRepository::hasLocality(qint64 id)
{
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM localities WHERE id = ?"), { id })
               .toInt()
        > 0;
}

} // namespace thuky
