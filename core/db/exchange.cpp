#include <core/db/exchange.h>

#include <core/db/database.h>
#include <core/text/vndate.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlQuery>
#include <QSqlRecord>

namespace thuky {

namespace {
const char formatName[] = "thuky-exchange";
const int formatVersion = 1;

struct Reference
{
    const char *column;
    const char *table;
};

struct ExchangedTable
{
    const char *name;
    QList<Reference> references;
};

// Parents before children. Users, audit log and settings stay local.
const QList<ExchangedTable> &exchangedTables()
{
    static const QList<ExchangedTable> tables = {
        { "localities", { { "parent_id", "localities" }, { "merged_into_id", "localities" } } },
        { "committees",
            { { "parent_id", "committees" }, { "locality_id", "localities" },
                { "successor_id", "committees" } } },
        { "persons", {} },
        { "memberships", { { "person_id", "persons" }, { "committee_id", "committees" } } },
        { "meetings", { { "committee_id", "committees" }, { "secretary_id", "persons" } } },
        { "attendance", { { "meeting_id", "meetings" }, { "person_id", "persons" } } },
        { "agenda_items", { { "meeting_id", "meetings" } } },
        { "speeches", { { "meeting_id", "meetings" }, { "person_id", "persons" } } },
        { "tasks", { { "meeting_id", "meetings" }, { "owner_person_id", "persons" } } },
        { "topics", { { "parent_id", "topics" } } },
        { "agencies", {} },
        { "opinions",
            { { "reporter_id", "persons" }, { "locality_id", "localities" },
                { "topic_id", "topics" } } },
    };
    return tables;
}

// The context of this file's messages, seen by lupdate in member and free functions alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(thuky::Exchange)
};

QByteArray checksum(const QJsonObject &tables)
{
    return QCryptographicHash::hash(
        QJsonDocument(tables).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
        .toHex();
}

QStringList columnsOf(Database &db, const QString &table)
{
    const QSqlRecord record = db.connection().record(table);
    QStringList columns;
    for (int i = 0; i < record.count(); ++i)
        columns.append(record.fieldName(i));
    return columns;
}

QJsonValue toJson(const QVariant &v)
{
    if (v.isNull())
        return QJsonValue::Null;
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QJsonValue(v.toLongLong());
    case QMetaType::Double:
        return QJsonValue(v.toDouble());
    default:
        return QJsonValue(v.toString());
    }
}
} // namespace

int Exchange::exportTo(Database &db, const QString &file, const QDate &since)
{
    QJsonObject tables;
    int count = 0;
    const QString from = since.isValid() ? VnDate::iso(since) : QStringLiteral("0000");
    for (const ExchangedTable &t : exchangedTables()) {
        const QString table = QString::fromLatin1(t.name);
        const QStringList columns = columnsOf(db, table);
        QSqlQuery q = db.exec(QStringLiteral("SELECT %1 FROM %2 WHERE updated_at >= ? ORDER BY id")
                                  .arg(columns.join(QLatin1Char(',')), table),
            { from });
        QJsonArray rows;
        while (q.next()) {
            QJsonObject row;
            for (int i = 0; i < columns.size(); ++i) {
                const QString &c = columns.at(i);
                if (c == QLatin1String("id"))
                    continue;
                row.insert(c, toJson(q.value(i)));
            }
            for (const Reference &r : t.references) {
                const QVariant id = q.value(columns.indexOf(QLatin1String(r.column)));
                row.insert(QLatin1String(r.column),
                    id.isNull()
                        ? QJsonValue(QJsonValue::Null)
                        : QJsonValue(db.scalar(QStringLiteral("SELECT uuid FROM %1 WHERE id = ?")
                                                   .arg(QLatin1String(r.table)),
                                           { id })
                                         .toString()));
            }
            rows.append(row);
            ++count;
        }
        tables.insert(table, rows);
    }
    QJsonObject root;
    root.insert(QStringLiteral("format"), QLatin1String(formatName));
    root.insert(QStringLiteral("version"), formatVersion);
    root.insert(QStringLiteral("schema"), db.schemaVersion());
    root.insert(QStringLiteral("exported_at"), Database::now());
    root.insert(QStringLiteral("since"), since.isValid() ? VnDate::iso(since) : QString());
    root.insert(QStringLiteral("tables"), tables);
    root.insert(QStringLiteral("sha256"), QString::fromLatin1(checksum(tables)));
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        throw ValidationError(
            QStringLiteral("file"), Tr::tr("%1: cannot write: %2").arg(file, out.errorString()));
    out.write(qCompress(QJsonDocument(root).toJson(QJsonDocument::Compact), 6));
    if (!out.commit())
        throw ValidationError(
            QStringLiteral("file"), Tr::tr("%1: cannot write: %2").arg(file, out.errorString()));
    return count;
}

namespace {
/** The tables of an exchange file, once it is known to be whole, ours and not too new. */
QJsonObject readTables(Database &db, const QString &file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        throw ValidationError(
            QStringLiteral("file"), Tr::tr("%1: cannot read: %2").arg(file, in.errorString()));
    const QByteArray raw = qUncompress(in.readAll());
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(raw, &error);
    const QJsonObject root = doc.object();
    if (raw.isEmpty() || error.error != QJsonParseError::NoError
        || root.value(QStringLiteral("format")).toString() != QLatin1String(formatName))
        throw ValidationError(
            QStringLiteral("file"), Tr::tr("%1:1: not a Thư Ký exchange file").arg(file));
    if (root.value(QStringLiteral("version")).toInt() > formatVersion
        || root.value(QStringLiteral("schema")).toInt() > db.schemaVersion())
        throw ValidationError(
            QStringLiteral("file"), Tr::tr("%1:1: written by a newer version of Thư Ký").arg(file));
    const QJsonObject tables = root.value(QStringLiteral("tables")).toObject();
    if (QString::fromLatin1(checksum(tables)) != root.value(QStringLiteral("sha256")).toString())
        throw ValidationError(QStringLiteral("file"),
            Tr::tr("%1:1: the file is damaged (checksum mismatch)").arg(file));
    return tables;
}

QVariant localId(Database &db, const QString &table, const QString &uuid)
{
    return db.scalar(QStringLiteral("SELECT id FROM %1 WHERE uuid = ?").arg(table), { uuid });
}

/** A record of the file as this database's columns and values, references as local ids. */
struct LocalRow
{
    QStringList columns;
    QVariantList values;
};

LocalRow toLocalRow(Database &db, const ExchangedTable &t, const QStringList &localColumns,
    const QJsonObject &row, const QString &file)
{
    const QString table = QString::fromLatin1(t.name);
    LocalRow local;
    for (auto it = row.begin(); it != row.end(); ++it) {
        if (!localColumns.contains(it.key()) || it.key() == QLatin1String("id"))
            continue;
        QVariant v = it.value().isNull() ? QVariant(QMetaType::fromType<QString>())
                                         : it.value().toVariant();
        for (const Reference &r : t.references) {
            // References into the record's own table may point to a later record: they are
            // written in a second pass (writeSelfReferences).
            if (it.key() == QLatin1String(r.column) && table == QLatin1String(r.table)) {
                v = QVariant(QMetaType::fromType<qint64>());
                break;
            }
            if (it.key() == QLatin1String(r.column) && !it.value().isNull()) {
                v = localId(db, QLatin1String(r.table), it.value().toString());
                if (!v.isValid())
                    throw ValidationError(QStringLiteral("file"),
                        Tr::tr("%1:1: a %2 record refers to a %3 record that is "
                               "neither in the file nor in the database")
                            .arg(file, table, QLatin1String(r.table)));
            }
        }
        local.columns.append(it.key());
        local.values.append(v);
    }
    return local;
}

/** Inserts the record, or updates it when the file's copy is newer; true when it wrote. */
bool merge(Database &db, const QString &table, const QJsonObject &row, const LocalRow &local,
    Exchange::Result *result)
{
    const QVariant existing = localId(db, table, row.value(QStringLiteral("uuid")).toString());
    if (existing.isValid()) {
        const QString localStamp
            = db.scalar(QStringLiteral("SELECT updated_at FROM %1 WHERE id = ?").arg(table),
                    { existing })
                  .toString();
        if (row.value(QStringLiteral("updated_at")).toString() <= localStamp) {
            ++result->unchanged;
            return false;
        }
        QStringList sets;
        for (const QString &c : local.columns)
            sets.append(c + QStringLiteral(" = ?"));
        db.exec(
            QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, sets.join(QLatin1Char(','))),
            QVariantList(local.values) << existing);
        ++result->updated;
        return true;
    }
    QStringList marks;
    for (int i = 0; i < local.columns.size(); ++i)
        marks.append(QStringLiteral("?"));
    db.exec(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(table, local.columns.join(QLatin1Char(',')), marks.join(QLatin1Char(','))),
        local.values);
    ++result->inserted;
    return true;
}

/** The references of @p rows into their own table, once every record of it is in. */
void writeSelfReferences(
    Database &db, const ExchangedTable &t, const QList<QJsonObject> &rows, const QString &file)
{
    const QString table = QString::fromLatin1(t.name);
    for (const Reference &r : t.references) {
        if (table != QLatin1String(r.table))
            continue;
        const QString column = QLatin1String(r.column);
        for (const QJsonObject &row : rows) {
            if (!row.contains(column))
                continue;
            QVariant target(QMetaType::fromType<qint64>());
            if (!row.value(column).isNull()) {
                target = localId(db, table, row.value(column).toString());
                if (!target.isValid())
                    throw ValidationError(QStringLiteral("file"),
                        Tr::tr("%1:1: a %2 record refers to a %3 record that is "
                               "neither in the file nor in the database")
                            .arg(file, table, table));
            }
            db.exec(QStringLiteral("UPDATE %1 SET %2 = ? WHERE uuid = ?").arg(table, column),
                { target, row.value(QStringLiteral("uuid")).toString() });
        }
    }
}
} // namespace

Exchange::Result Exchange::importFrom(Database &db, const QString &file)
{
    const QJsonObject tables = readTables(db, file);
    Result result;
    Transaction tx(db);
    for (const ExchangedTable &t : exchangedTables()) {
        const QString table = QString::fromLatin1(t.name);
        const QStringList localColumns = columnsOf(db, table);
        const QJsonArray rows = tables.value(table).toArray();
        QList<QJsonObject> written;
        for (const QJsonValue &value : rows) {
            const QJsonObject row = value.toObject();
            if (merge(db, table, row, toLocalRow(db, t, localColumns, row, file), &result))
                written.append(row);
        }
        writeSelfReferences(db, t, written, file);
    }
    db.audit(QStringLiteral("exchange-import"), QStringLiteral("database"), QString(),
        QStringLiteral("%1: %2 new, %3 updated")
            .arg(file)
            .arg(result.inserted)
            .arg(result.updated));
    tx.commit();
    return result;
}

} // namespace thuky
