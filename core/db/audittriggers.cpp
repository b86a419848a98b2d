#include <core/db/audittriggers.h>

#include <core/db/database.h>

#include <QSqlQuery>
#include <QStringList>

namespace thuky {

namespace {

/** A table whose records are audited field by field, under their own uuid. */
struct Audited
{
    const char *table;
    const char *entity;
    const char *skip; ///< comma-separated columns that are not a user's fields
};

const char *const bookkeeping = "id,uuid,created_at,updated_at,updated_by,row_version";

const Audited auditedTables[] = {
    { "users", "user", "password_hash" },
    { "localities", "locality", "" },
    { "committees", "committee", "" },
    { "persons", "person", "sort_key,search_name" },
    { "memberships", "membership", "" },
    { "meetings", "meeting", "" },
    { "tasks", "task", "" },
    { "topics", "topic", "" },
    { "agencies", "agency", "" },
    { "opinions", "opinion", "quarter,search_text,search_vector,reporter_key,response_days" },
};

/**
 * A meeting's rows that are replaced as a whole on each save: each added or removed row is a
 * line under the meeting, its value one readable text (the same SQL on both engines; ROW is
 * the row). A row removed and added back unchanged cancels out (Database::audit).
 */
struct Child
{
    const char *table;
    const char *field;
    const char *value;
};

const Child childTables[] = {
    { "meeting_chairs", "chair", "(SELECT full_name FROM persons WHERE id = ROW.person_id)" },
    { "attendance", "attendance",
        "COALESCE((SELECT full_name FROM persons WHERE id = ROW.person_id), '') || ': ' || "
        "ROW.status || COALESCE(' (' || NULLIF(ROW.reason, '') || ')', '') || "
        "COALESCE(' - ' || NULLIF(ROW.delegate, ''), '')" },
    { "agenda_items", "agenda", "ROW.title || COALESCE(' - ' || NULLIF(ROW.presenter, ''), '')" },
    { "speeches", "speech",
        "COALESCE((SELECT full_name FROM persons WHERE id = ROW.person_id), ROW.guest_name, '') "
        "|| COALESCE(' (' || NULLIF(ROW.unit, '') || ')', '') || "
        "COALESCE(': ' || NULLIF(ROW.summary, ''), '')" },
};

QString latin(const char *s)
{
    return QString::fromLatin1(s);
}

QStringList skipped(const Audited &t)
{
    QStringList skip = latin(bookkeeping).split(QLatin1Char(','));
    if (*t.skip)
        skip += latin(t.skip).split(QLatin1Char(','));
    return skip;
}

QStringList sqliteColumns(Database &db, const QString &table)
{
    QSqlQuery q = db.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
    QStringList columns;
    while (q.next())
        columns.append(q.value(1).toString());
    return columns;
}

void installSqlite(Database &db)
{
    const QString pending = QStringLiteral(
        "INSERT INTO audit_pending (entity, entity_uuid, field, old_value, new_value, kind) ");
    for (const Audited &t : auditedTables) {
        const QString table = latin(t.table);
        const QStringList skip = skipped(t);
        QString update, remove;
        for (const QString &c : sqliteColumns(db, table)) {
            if (skip.contains(c))
                continue;
            update += pending
                + QStringLiteral("SELECT '%1', NEW.uuid, '%2', OLD.%2, NEW.%2, 'update' "
                                 "WHERE OLD.%2 IS NOT NEW.%2; ")
                      .arg(latin(t.entity), c);
            remove += pending
                + QStringLiteral("SELECT '%1', OLD.uuid, '%2', OLD.%2, NULL, 'delete' "
                                 "WHERE OLD.%2 IS NOT NULL; ")
                      .arg(latin(t.entity), c);
        }
        db.exec(QStringLiteral("CREATE TRIGGER audit_%1_au AFTER UPDATE ON %1 BEGIN %2END")
                    .arg(table, update));
        db.exec(QStringLiteral("CREATE TRIGGER audit_%1_ad AFTER DELETE ON %1 BEGIN %2END")
                    .arg(table, remove));
    }
    for (const Child &c : childTables) {
        const QString table = latin(c.table);
        const QString parent
            = QStringLiteral("(SELECT uuid FROM meetings WHERE id = ROW.meeting_id)");
        for (const bool added : { true, false }) {
            const QString row = added ? QStringLiteral("NEW") : QStringLiteral("OLD");
            const QString value
                = latin(c.value).replace(QLatin1String("ROW."), row + QLatin1Char('.'));
            const QString uuid
                = QString(parent).replace(QLatin1String("ROW."), row + QLatin1Char('.'));
            db.exec(
                QStringLiteral("CREATE TRIGGER audit_%1_%2 AFTER %3 ON %1 BEGIN %4"
                               "SELECT 'meeting', %5, '%6', %7, %8, '%9' WHERE %5 IS NOT NULL; END")
                    .arg(table, added ? QStringLiteral("ai") : QStringLiteral("ad"),
                        added ? QStringLiteral("INSERT") : QStringLiteral("DELETE"), pending, uuid,
                        latin(c.field), added ? QStringLiteral("NULL") : value,
                        added ? value : QStringLiteral("NULL"),
                        added ? QStringLiteral("added") : QStringLiteral("removed")));
        }
    }
    for (const char *op : { "UPDATE", "DELETE" })
        db.exec(QStringLiteral("CREATE TRIGGER audit_log_no_%1 BEFORE %2 ON audit_log BEGIN "
                               "SELECT RAISE(ABORT, 'the audit log is append-only'); END")
                    .arg(latin(op).toLower(), latin(op)));
}

void installPostgres(Database &db)
{
    db.exec(QStringLiteral(
        "CREATE OR REPLACE FUNCTION thuky_audit_fields() RETURNS trigger AS $$ "
        "DECLARE o jsonb := '{}'; n jsonb := '{}'; skip text[] := string_to_array(TG_ARGV[1], "
        "','); "
        "BEGIN "
        "IF TG_OP <> 'INSERT' THEN o := to_jsonb(OLD); END IF; "
        "IF TG_OP <> 'DELETE' THEN n := to_jsonb(NEW); END IF; "
        "INSERT INTO audit_pending (entity, entity_uuid, field, old_value, new_value, kind) "
        "SELECT TG_ARGV[0], COALESCE(n->>'uuid', o->>'uuid'), k, o->>k, n->>k, lower(TG_OP) "
        "FROM jsonb_object_keys(CASE WHEN TG_OP = 'DELETE' THEN o ELSE n END) AS k "
        "WHERE NOT (k = ANY (skip)) AND (o->k) IS DISTINCT FROM (n->k) "
        "AND NOT (TG_OP = 'DELETE' AND o->k = 'null'::jsonb); "
        "RETURN NULL; END $$ LANGUAGE plpgsql"));
    for (const Audited &t : auditedTables) {
        db.exec(QStringLiteral("CREATE TRIGGER audit_%1 AFTER UPDATE OR DELETE ON %1 FOR EACH ROW "
                               "EXECUTE FUNCTION thuky_audit_fields('%2', '%3')")
                    .arg(latin(t.table), latin(t.entity), skipped(t).join(QLatin1Char(','))));
    }
    QString branches;
    for (const Child &c : childTables) {
        branches += QStringLiteral("%1 TG_TABLE_NAME = '%2' THEN f := '%3'; v := %4; ")
                        .arg(branches.isEmpty() ? QStringLiteral("IF") : QStringLiteral("ELSIF"),
                            latin(c.table), latin(c.field),
                            latin(c.value).replace(QLatin1String("ROW."), QLatin1String("r.")));
    }
    db.exec(QStringLiteral(
        "CREATE OR REPLACE FUNCTION thuky_audit_child() RETURNS trigger AS $$ "
        "DECLARE r record; f text; v text; u text; "
        "BEGIN "
        "IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF; "
        "SELECT uuid INTO u FROM meetings WHERE id = r.meeting_id; "
        "IF u IS NULL THEN RETURN NULL; END IF; "
        "%1END IF; "
        "INSERT INTO audit_pending (entity, entity_uuid, field, old_value, new_value, kind) "
        "VALUES ('meeting', u, f, CASE WHEN TG_OP = 'DELETE' THEN v END, "
        "CASE WHEN TG_OP = 'INSERT' THEN v END, "
        "CASE WHEN TG_OP = 'INSERT' THEN 'added' ELSE 'removed' END); "
        "RETURN NULL; END $$ LANGUAGE plpgsql")
                .arg(branches));
    for (const Child &c : childTables)
        db.exec(QStringLiteral("CREATE TRIGGER audit_%1 AFTER INSERT OR DELETE ON %1 FOR EACH ROW "
                               "EXECUTE FUNCTION thuky_audit_child()")
                    .arg(latin(c.table)));
    db.exec(QStringLiteral("CREATE OR REPLACE FUNCTION thuky_audit_append_only() RETURNS trigger "
                           "AS $$ BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$ "
                           "LANGUAGE plpgsql"));
    db.exec(QStringLiteral("CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON "
                           "audit_log FOR EACH ROW EXECUTE FUNCTION thuky_audit_append_only()"));
    db.exec(QStringLiteral("CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log "
                           "FOR EACH STATEMENT EXECUTE FUNCTION thuky_audit_append_only()"));
}

} // namespace

void AuditTriggers::drop(Database &db)
{
    const bool lite = db.backend() == Database::Backend::SQLite;
    for (const Audited &t : auditedTables) {
        if (lite) {
            db.exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_%1_au").arg(latin(t.table)));
            db.exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_%1_ad").arg(latin(t.table)));
        } else {
            db.exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_%1 ON %1").arg(latin(t.table)));
        }
    }
    for (const Child &c : childTables) {
        if (lite) {
            db.exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_%1_ai").arg(latin(c.table)));
            db.exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_%1_ad").arg(latin(c.table)));
        } else {
            db.exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_%1 ON %1").arg(latin(c.table)));
        }
    }
    if (lite) {
        db.exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_update"));
        db.exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_delete"));
    } else {
        db.exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log"));
        db.exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log"));
    }
}

void AuditTriggers::install(Database &db)
{
    drop(db);
    if (db.backend() == Database::Backend::SQLite)
        installSqlite(db);
    else
        installPostgres(db);
}

} // namespace thuky
