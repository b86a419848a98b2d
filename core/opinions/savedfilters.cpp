#include <core/opinions/savedfilters.h>

#include <core/db/database.h>
#include <core/text/textnorm.h>
#include <core/text/vndate.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace thuky {

namespace {
// The context of this file's messages, seen by lupdate in member and free functions alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(thuky::SavedFilterRepository)
};

QJsonArray toArray(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

QStringList toStrings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &e : v.toArray())
        out.append(e.toString());
    return out;
}
} // namespace

SavedFilterRepository::SavedFilterRepository(Database &db)
    : m_db(db)
{
}

QByteArray SavedFilterRepository::toJson(const OpinionFilter &f)
{
    QJsonObject o;
    if (f.from.isValid())
        o.insert(QStringLiteral("from"), VnDate::iso(f.from));
    if (f.to.isValid())
        o.insert(QStringLiteral("to"), VnDate::iso(f.to));
    if (!f.quarter.isEmpty())
        o.insert(QStringLiteral("quarter"), f.quarter);
    if (f.localityId > 0)
        o.insert(QStringLiteral("locality"), f.localityId);
    if (f.topicId > 0)
        o.insert(QStringLiteral("topic"), f.topicId);
    if (!f.channels.isEmpty())
        o.insert(QStringLiteral("channels"), toArray(f.channels));
    if (!f.sentiments.isEmpty())
        o.insert(QStringLiteral("sentiments"), toArray(f.sentiments));
    if (!f.urgencies.isEmpty())
        o.insert(QStringLiteral("urgencies"), toArray(f.urgencies));
    if (!f.statuses.isEmpty())
        o.insert(QStringLiteral("statuses"), toArray(f.statuses));
    if (f.reporterId > 0)
        o.insert(QStringLiteral("reporter"), f.reporterId);
    if (!f.text.isEmpty())
        o.insert(QStringLiteral("text"), f.text);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

OpinionFilter SavedFilterRepository::fromJson(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    OpinionFilter f;
    f.from = VnDate::parse(o.value(QStringLiteral("from")).toString());
    f.to = VnDate::parse(o.value(QStringLiteral("to")).toString());
    f.quarter = o.value(QStringLiteral("quarter")).toString();
    f.localityId = o.value(QStringLiteral("locality")).toInteger();
    f.topicId = o.value(QStringLiteral("topic")).toInteger();
    f.channels = toStrings(o.value(QStringLiteral("channels")));
    f.sentiments = toStrings(o.value(QStringLiteral("sentiments")));
    f.urgencies = toStrings(o.value(QStringLiteral("urgencies")));
    f.statuses = toStrings(o.value(QStringLiteral("statuses")));
    f.reporterId = o.value(QStringLiteral("reporter")).toInteger();
    f.text = o.value(QStringLiteral("text")).toString();
    return f;
}

QList<SavedFilter> SavedFilterRepository::list()
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, name, definition FROM saved_filters"));
    QList<SavedFilter> out;
    while (q.next()) {
        SavedFilter s;
        s.id = q.value(0).toLongLong();
        s.name = q.value(1).toString();
        s.filter = fromJson(q.value(2).toString().toUtf8());
        out.append(s);
    }
    std::sort(out.begin(), out.end(), [](const SavedFilter &a, const SavedFilter &b) {
        return TextNorm::compare(a.name, b.name) < 0;
    });
    return out;
}

std::optional<SavedFilter> SavedFilterRepository::find(const QString &name)
{
    QSqlQuery q
        = m_db.exec(QStringLiteral("SELECT id, name, definition FROM saved_filters WHERE name = ?"),
            { TextNorm::clean(name) });
    if (!q.next())
        return std::nullopt;
    SavedFilter s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.filter = fromJson(q.value(2).toString().toUtf8());
    return s;
}

qint64 SavedFilterRepository::save(const QString &name, const OpinionFilter &filter)
{
    const QString clean = TextNorm::clean(name);
    if (clean.isEmpty())
        throw ValidationError(QStringLiteral("name"), Tr::tr("The saved filter needs a name."));
    const QString definition = QString::fromUtf8(toJson(filter));
    Transaction tx(m_db);
    qint64 id
        = m_db.scalar(QStringLiteral("SELECT id FROM saved_filters WHERE name = ?"), { clean })
              .toLongLong();
    if (id > 0) {
        m_db.exec(QStringLiteral(
                      "UPDATE saved_filters SET definition = ?, updated_at = ?, updated_by = ?, "
                      "row_version = row_version + 1 WHERE id = ?"),
            { definition, Database::now(), m_db.currentUser(), id });
    } else {
        const QString now = Database::now();
        id = m_db.insert(QStringLiteral("INSERT INTO saved_filters (uuid, created_at, updated_at, "
                                        "updated_by, name, definition) VALUES (?, ?, ?, ?, ?, ?)"),
            { Database::newUuid(), now, now, m_db.currentUser(), clean, definition });
    }
    tx.commit();
    return id;
}

bool SavedFilterRepository::remove(const QString &name)
{
    Transaction tx(m_db);
    QSqlQuery q = m_db.exec(
        QStringLiteral("DELETE FROM saved_filters WHERE name = ?"), { TextNorm::clean(name) });
    const bool removed = q.numRowsAffected() > 0;
    tx.commit();
    return removed;
}

} // namespace thuky
