#include <core/db/databasecopy.h>

#include <core/db/backups.h>
#include <core/db/database.h>

#include <QCoreApplication>
#include <QSqlQuery>
#include <QSqlRecord>

namespace thuky {

namespace {
// Parents before children; tables a later version adds go at the end in name order.
const char *const tableOrder[] = {
    "settings",
    "users",
    "audit_log",
    "localities",
    "committees",
    "persons",
    "memberships",
    "meetings",
    "meeting_chairs",
    "attendance",
    "agenda_items",
    "speeches",
    "tasks",
    "channels",
    "topics",
    "agencies",
    "opinions",
    "saved_filters",
};
// Columns that point into their own table: written in a second pass.
const char *const selfReferences[][2] = {
    { "localities", "parent_id" },
    { "localities", "merged_into_id" },
    { "committees", "parent_id" },
    { "committees", "successor_id" },
    { "topics", "parent_id" },
};
// Tables holding nothing a user made.
bool isBookkeeping(const QString &table)
{
    return table == QLatin1String("thuky_meta") || table == QLatin1String("channels")
        || table == QLatin1String("audit_log") || table == QLatin1String("settings")
        || table == QLatin1String("exchange_seen")
        || table.startsWith(QLatin1String("opinions_fts"))
        || table.startsWith(QLatin1String("sqlite_"));
}
} // namespace

QStringList DatabaseCopy::tables(Database &db)
{
    QStringList present = db.connection().tables(QSql::Tables);
    present.removeIf([](const QString &t) {
        return t == QLatin1String("thuky_meta") || t.startsWith(QLatin1String("opinions_fts"))
            || t.startsWith(QLatin1String("sqlite_"));
    });
    QStringList ordered;
    for (const char *t : tableOrder) {
        const QString name = QString::fromLatin1(t);
        if (present.removeAll(name) > 0)
            ordered.append(name);
    }
    present.sort();
    return ordered + present;
}

qint64 DatabaseCopy::recordCount(Database &db)
{
    qint64 n = 0;
    for (const QString &t : tables(db)) {
        if (!isBookkeeping(t))
            n += db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(t)).toLongLong();
    }
    return n;
}

void DatabaseCopy::clear(Database &to)
{
    QStringList order = tables(to);
    std::reverse(order.begin(), order.end());
    for (const auto &ref : selfReferences)
        to.exec(QStringLiteral("UPDATE %1 SET %2 = NULL")
                    .arg(QLatin1String(ref[0]), QLatin1String(ref[1])));
    for (const QString &t : order) {
        // The audit log is append-only: what was done stays, whatever replaces the records.
        if (t != QLatin1String("channels") && t != QLatin1String("audit_log"))
            to.exec(QStringLiteral("DELETE FROM %1").arg(t));
    }
    // Emptied for a restore, which is audited as one act, not as each record it replaces.
    if (order.contains(QStringLiteral("audit_pending")))
        to.exec(QStringLiteral("DELETE FROM audit_pending"));
}

void DatabaseCopy::copy(
    Database &from, Database &to, const Progress &progress, const QStringList &skip)
{
    if (from.schemaVersion() != to.schemaVersion())
        throw ValidationError(QStringLiteral("target"),
            QCoreApplication::translate("thuky::DatabaseCopy",
                "The two databases have different "
                "schema versions (%1 and %2).")
                .arg(from.schemaVersion())
                .arg(to.schemaVersion()));
    Transaction tx(to);
    if (recordCount(to) > 0)
        throw ValidationError(QStringLiteral("target"),
            QCoreApplication::translate("thuky::DatabaseCopy",
                "The target database already holds "
                "records; copy only into an empty one."));
    const QStringList targetTables = tables(to);
    // A target that has a history of its own (a restore) keeps it; a new one takes the source's.
    const bool copyAudit = !to.scalar(QStringLiteral("SELECT 1 FROM audit_log LIMIT 1")).isValid();
    for (const QString &table : tables(from)) {
        if (!targetTables.contains(table) || skip.contains(table)
            || table == QLatin1String("audit_pending")
            || (table == QLatin1String("audit_log") && !copyAudit))
            continue;
        const QSqlRecord record = to.connection().record(table);
        QStringList columns;
        for (int i = 0; i < record.count(); ++i)
            columns.append(record.fieldName(i));
        QStringList deferred;
        for (const auto &ref : selfReferences) {
            if (table == QLatin1String(ref[0]))
                deferred.append(QLatin1String(ref[1]));
        }
        if (table == QLatin1String("channels")) {
            QSqlQuery src
                = from.exec(QStringLiteral("SELECT code, label_vi, label_en FROM channels"));
            while (src.next())
                to.exec(
                    QStringLiteral("UPDATE channels SET label_vi = ?, label_en = ? WHERE code = ?"),
                    { src.value(1), src.value(2), src.value(0) });
            continue;
        }
        QStringList marks;
        for (int i = 0; i < columns.size(); ++i)
            marks.append(QStringLiteral("?"));
        QSqlQuery insert = to.prepare(
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(table, columns.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
        QSqlQuery src = from.exec(
            QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QLatin1Char(',')), table));
        qint64 rows = 0;
        QList<QVariantList> later;
        while (src.next()) {
            QVariantList laterValues;
            for (int i = 0; i < columns.size(); ++i) {
                QVariant v = src.value(i);
                if (deferred.contains(columns.at(i))) {
                    laterValues.append(v);
                    v = QVariant(QMetaType::fromType<qint64>());
                }
                insert.bindValue(i, v);
            }
            to.exec(insert);
            if (!deferred.isEmpty())
                later.append(laterValues << src.value(columns.indexOf(QStringLiteral("id"))));
            if (progress && ++rows % 10000 == 0)
                progress(table, rows);
        }
        for (const QVariantList &values : std::as_const(later)) {
            QStringList sets;
            for (const QString &c : std::as_const(deferred))
                sets.append(c + QStringLiteral(" = ?"));
            to.exec(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                        .arg(table, sets.join(QLatin1Char(','))),
                values);
        }
        if (to.backend() == Database::Backend::PostgreSQL && columns.contains(QStringLiteral("id")))
            to.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                   "COALESCE((SELECT max(id) FROM %1), 0) + 1, false)")
                        .arg(table));
        if (progress)
            progress(table, rows);
    }
    // The second pass over self-references is part of the copy, not a change of a record.
    if (targetTables.contains(QStringLiteral("audit_pending")))
        to.exec(QStringLiteral("DELETE FROM audit_pending"));
    tx.commit();
}

void DatabaseCopy::backup(Database &db, const QString &file, const Progress &progress)
{
    Backups::write(db, file, progress);
}

QStringList DatabaseCopy::check(Database &db)
{
    QStringList problems;
    if (db.backend() != Database::Backend::SQLite)
        return problems;
    QSqlQuery q = db.exec(QStringLiteral("PRAGMA integrity_check"));
    while (q.next()) {
        if (q.value(0).toString() != QLatin1String("ok"))
            problems.append(q.value(0).toString());
    }
    q = db.exec(QStringLiteral("PRAGMA foreign_key_check"));
    while (q.next())
        problems.append(
            QCoreApplication::translate(
                "thuky::DatabaseCopy", "%1 row %2 points to a missing %3 record")
                .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString()));
    QSqlQuery fts(db.connection());
    // A damaged file is open read-only: the index check, a write command, cannot run.
    if (!db.isDamaged() && db.connection().tables().contains(QStringLiteral("opinions_fts"))
        && !fts.exec(
            QStringLiteral("INSERT INTO opinions_fts(opinions_fts) VALUES ('integrity-check')")))
        problems.append(QCoreApplication::translate(
            "thuky::DatabaseCopy", "the search index does not match the reports"));
    return problems;
}

} // namespace thuky
