#include <core/db/migrations.h>

#include <core/db/audittriggers.h>
#include <core/db/database.h>

#include <QStringList>

namespace thuky {
namespace {

void run(Database &db, const QStringList &statements)
{
    for (const QString &sql : statements)
        db.exec(db.dialect(sql));
}

/** v1: the spine — metadata, users, audit, localities, committees, persons, memberships. */
void migrateToV1(Database &db)
{
    run(db,
        {
            QStringLiteral("CREATE TABLE thuky_meta (key TEXT PRIMARY KEY, value TEXT)"),
            QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT)"),
            QStringLiteral(
                "CREATE TABLE users ("
                " id {pk}, {common},"
                " name TEXT NOT NULL UNIQUE,"
                " role TEXT NOT NULL CHECK (role IN ('admin','secretary','viewer','collaborator')),"
                " password_hash TEXT NOT NULL,"
                " person_id {ref},"
                " active INTEGER NOT NULL DEFAULT 1)"),
            QStringLiteral("CREATE TABLE audit_log ("
                           " id {pk}, at TEXT NOT NULL, user_name TEXT, action TEXT NOT NULL,"
                           " entity TEXT, entity_uuid TEXT, detail TEXT)"),
            QStringLiteral("CREATE INDEX audit_log_at ON audit_log (at)"),
            QStringLiteral(
                "CREATE TABLE localities ("
                " id {pk}, {common},"
                " name TEXT NOT NULL,"
                " level TEXT NOT NULL CHECK (level IN ('province','district','commune')),"
                " parent_id {ref} REFERENCES localities(id),"
                " valid_from TEXT, valid_to TEXT,"
                " merged_into_id {ref} REFERENCES localities(id),"
                " merged_on TEXT)"),
            QStringLiteral("CREATE INDEX localities_parent ON localities (parent_id)"),
            QStringLiteral(
                "CREATE TABLE committees ("
                " id {pk}, {common},"
                " name TEXT NOT NULL,"
                " level TEXT NOT NULL CHECK (level IN ('province','district','commune','agency')),"
                " parent_id {ref} REFERENCES committees(id),"
                " locality_id {ref} REFERENCES localities(id),"
                " superior_body TEXT,"
                " place_name TEXT,"
                " valid_from TEXT, valid_to TEXT)"),
            QStringLiteral("CREATE INDEX committees_parent ON committees (parent_id)"),
            QStringLiteral("CREATE TABLE persons ("
                           " id {pk}, {common},"
                           " full_name TEXT NOT NULL CHECK (length(trim(full_name)) > 0),"
                           " sort_key TEXT NOT NULL,"
                           " search_name TEXT NOT NULL,"
                           " honorific TEXT, titles TEXT, organisation TEXT,"
                           " phone TEXT, email TEXT, note TEXT)"),
            QStringLiteral("CREATE INDEX persons_sort ON persons (sort_key)"),
            QStringLiteral(
                "CREATE TABLE memberships ("
                " id {pk}, {common},"
                " person_id {ref} NOT NULL REFERENCES persons(id),"
                " committee_id {ref} NOT NULL REFERENCES committees(id),"
                " role TEXT NOT NULL CHECK (role IN ('head','standing_deputy','deputy',"
                "'member','secretariat_lead','secretariat','expert','core','collaborator')),"
                " start_date TEXT NOT NULL,"
                " end_date TEXT CHECK (end_date IS NULL OR end_date >= start_date),"
                " decision TEXT, note TEXT)"),
            QStringLiteral("CREATE INDEX memberships_committee ON memberships (committee_id, role, "
                           "start_date)"),
            QStringLiteral(
                "CREATE INDEX memberships_person ON memberships (person_id, start_date)"),
            QStringLiteral("INSERT INTO thuky_meta (key, value) VALUES ('application', 'thuky')"),
            QStringLiteral("INSERT INTO thuky_meta (key, value) VALUES ('schema_version', '0')"),
        });
}

/** v2: meetings, their attendance, agenda, speakers, and the tasks they assign. */
void migrateToV2(Database &db)
{
    run(db,
        {
            QStringLiteral(
                "CREATE TABLE meetings ("
                " id {pk}, {common},"
                " committee_id {ref} NOT NULL REFERENCES committees(id),"
                " kind TEXT NOT NULL CHECK (kind IN ('quarterly_briefing','review',"
                "'annual_review','thematic','extraordinary')),"
                " period TEXT,"
                " title TEXT NOT NULL,"
                " starts_at TEXT NOT NULL, ends_at TEXT,"
                " place TEXT, bridge_points TEXT, guests TEXT, documents TEXT,"
                " secretary_id {ref} REFERENCES persons(id),"
                " conclusion TEXT,"
                " status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','approved')),"
                " number INTEGER, number_year INTEGER,"
                " approved_at TEXT, approved_by TEXT)"),
            QStringLiteral("CREATE INDEX meetings_committee ON meetings (committee_id, starts_at)"),
            QStringLiteral("CREATE UNIQUE INDEX meetings_number ON meetings (committee_id, "
                           "number_year, number)"),
            QStringLiteral("CREATE TABLE meeting_chairs ("
                           " meeting_id {ref} NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,"
                           " person_id {ref} NOT NULL REFERENCES persons(id),"
                           " position INTEGER NOT NULL DEFAULT 0,"
                           " PRIMARY KEY (meeting_id, person_id))"),
            QStringLiteral("CREATE TABLE attendance ("
                           " id {pk}, {common},"
                           " meeting_id {ref} NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,"
                           " person_id {ref} NOT NULL REFERENCES persons(id),"
                           " role TEXT,"
                           " status TEXT NOT NULL DEFAULT 'present' CHECK (status IN "
                           "('present','absent','delegate')),"
                           " reason TEXT, delegate TEXT,"
                           " UNIQUE (meeting_id, person_id))"),
            QStringLiteral("CREATE TABLE agenda_items ("
                           " id {pk}, {common},"
                           " meeting_id {ref} NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,"
                           " position INTEGER NOT NULL,"
                           " title TEXT NOT NULL, presenter TEXT, documents TEXT)"),
            QStringLiteral("CREATE TABLE speeches ("
                           " id {pk}, {common},"
                           " meeting_id {ref} NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,"
                           " position INTEGER NOT NULL,"
                           " person_id {ref} REFERENCES persons(id),"
                           " guest_name TEXT, unit TEXT, summary TEXT)"),
            QStringLiteral("CREATE TABLE tasks ("
                           " id {pk}, {common},"
                           " meeting_id {ref} NOT NULL REFERENCES meetings(id),"
                           " description TEXT NOT NULL,"
                           " owner TEXT NOT NULL,"
                           " owner_person_id {ref} REFERENCES persons(id),"
                           " due_date TEXT,"
                           " status TEXT NOT NULL DEFAULT 'open' CHECK (status IN "
                           "('open','in_progress','done','cancelled')),"
                           " completion_note TEXT, completed_on TEXT)"),
            QStringLiteral("CREATE INDEX tasks_meeting ON tasks (meeting_id)"),
            QStringLiteral("CREATE INDEX tasks_status ON tasks (status, due_date)"),
        });
}

/**
 * v3: the opinion-report log, its taxonomies and its search index.
 *
 * The indexes serve the report list (any filter combination, sorted, first page of 100 plus
 * a COUNT of a million rows in well under 100 ms, see tests/bench/bench_opinions.cpp):
 * - opinions_filter covers every filter column behind the date, so a date-sorted page and
 *   a COUNT with any combination of filters never touch the table;
 * - the (column, observed_on, other filter columns) indexes answer filters on that column
 *   and sorting by it, again without reading the table;
 * - the (quarter, column) indexes answer the GROUP BY quarter, column statistics.
 *
 * Long but whole on purpose: one schema version is one ordered list of statements run in one
 * transaction, read top to bottom like the schema it makes; split, its order would hide.
 */
void migrateToV3(Database &db)
{
    run(db,
        {
            QStringLiteral("CREATE TABLE topics ("
                           " id {pk}, {common},"
                           " name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
                           " parent_id {ref} REFERENCES topics(id),"
                           " position INTEGER NOT NULL DEFAULT 0,"
                           " active INTEGER NOT NULL DEFAULT 1)"),
            QStringLiteral("CREATE INDEX topics_parent ON topics (parent_id)"),
            QStringLiteral("CREATE INDEX topics_name ON topics (name)"),
            QStringLiteral("CREATE INDEX localities_name ON localities (name)"),
            QStringLiteral("CREATE TABLE channels ("
                           " code TEXT PRIMARY KEY, label_vi TEXT NOT NULL, label_en TEXT NOT NULL,"
                           " position INTEGER NOT NULL)"),
            QStringLiteral(
                "INSERT INTO channels VALUES ('direct','Trực tiếp','Direct',1),"
                "('social_media','Mạng xã hội','Social media',2),"
                "('press','Báo chí','Press',3),('meeting','Hội nghị','Meeting',4),"
                "('hotline','Đường dây nóng','Hotline',5),('survey','Khảo sát','Survey',6)"),
            QStringLiteral("CREATE TABLE agencies ("
                           " id {pk}, {common},"
                           " name TEXT NOT NULL CHECK (length(trim(name)) > 0),"
                           " active INTEGER NOT NULL DEFAULT 1)"),
            QStringLiteral("CREATE TABLE opinions ("
                           " id {pk}, {common},"
                           " observed_on TEXT NOT NULL,"
                           " quarter TEXT NOT NULL,"
                           " reporter_id {ref} REFERENCES persons(id),"
                           " locality_id {ref} NOT NULL REFERENCES localities(id),"
                           " topic_id {ref} NOT NULL REFERENCES topics(id),"
                           " channel TEXT NOT NULL DEFAULT 'direct' REFERENCES channels(code),"
                           " sentiment TEXT NOT NULL DEFAULT 'neutral' CHECK (sentiment IN "
                           "('positive','neutral','negative','mixed')),"
                           " urgency TEXT NOT NULL DEFAULT 'normal' CHECK (urgency IN "
                           "('normal','notable','hot')),"
                           " scope TEXT NOT NULL DEFAULT 'local' CHECK (scope IN "
                           "('local','provincial','national')),"
                           " summary TEXT NOT NULL CHECK (length(trim(summary)) > 0),"
                           " recommendation TEXT,"
                           " agency_id {ref} REFERENCES agencies(id),"
                           " forwarded_on TEXT,"
                           " status TEXT NOT NULL DEFAULT 'new' CHECK (status IN "
                           "('new','forwarded','answered','resolved','closed')),"
                           " response TEXT, response_on TEXT,"
                           " search_text TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX opinions_quarter_topic ON opinions (quarter, topic_id)"),
            QStringLiteral(
                "CREATE INDEX opinions_quarter_locality ON opinions (quarter, locality_id)"),
            QStringLiteral(
                "CREATE INDEX opinions_quarter_sentiment ON opinions (quarter, sentiment)"),
            QStringLiteral("CREATE INDEX opinions_quarter_channel ON opinions (quarter, channel)"),
            QStringLiteral("CREATE INDEX opinions_quarter_status ON opinions (quarter, status)"),
            // Every filter index carries all the filter columns, so a COUNT or a page of ids
            // never reads the table, whichever index the planner starts from.
            QStringLiteral("CREATE INDEX opinions_filter ON opinions (observed_on, locality_id, "
                           "topic_id, channel, sentiment, urgency, status, reporter_id)"),
            QStringLiteral("CREATE INDEX opinions_locality ON opinions (locality_id, observed_on, "
                           "topic_id, channel, sentiment, urgency, status, reporter_id)"),
            QStringLiteral("CREATE INDEX opinions_topic ON opinions (topic_id, observed_on, "
                           "locality_id, channel, sentiment, urgency, status, reporter_id)"),
            QStringLiteral("CREATE INDEX opinions_reporter ON opinions (reporter_id, observed_on)"),
            QStringLiteral("CREATE INDEX opinions_status ON opinions (status, observed_on, "
                           "locality_id, topic_id, channel, sentiment, urgency, reporter_id)"),
            QStringLiteral("CREATE INDEX opinions_channel ON opinions (channel, observed_on, "
                           "locality_id, topic_id, sentiment, urgency, status, reporter_id)"),
            QStringLiteral("CREATE INDEX opinions_sentiment ON opinions (sentiment, observed_on, "
                           "locality_id, topic_id, channel, urgency, status, reporter_id)"),
            QStringLiteral("CREATE INDEX opinions_urgency ON opinions (urgency, observed_on, "
                           "locality_id, topic_id, channel, sentiment, status, reporter_id)"),
            QStringLiteral(
                "CREATE TABLE saved_filters ("
                " id {pk}, {common}, name TEXT NOT NULL UNIQUE, definition TEXT NOT NULL)"),
        });
    if (db.backend() == Database::Backend::SQLite) {
        // External-content FTS5 over the folded (diacritic-free, đ→d) search text; the
        // repository folds both the text and the query, so remove_diacritics is a safety net.
        run(db,
            {
                // Days from observation to response, computed by SQLite and indexed with the
                // filter columns, so the response median per quarter is an index-only GROUP BY.
                QStringLiteral(
                    "ALTER TABLE opinions ADD COLUMN response_days INTEGER GENERATED ALWAYS AS "
                    "(CAST(julianday(substr(response_on, 1, 10)) - julianday(substr(observed_on, "
                    "1, 10)) "
                    "AS INTEGER)) VIRTUAL"),
                // Sorting the list by summary walks this index instead of sorting a million rows.
                QStringLiteral("CREATE INDEX opinions_summary ON opinions (substr(summary, 1, 40), "
                               "observed_on)"),
                QStringLiteral(
                    "CREATE INDEX opinions_response_days ON opinions (quarter, response_days, "
                    "observed_on, locality_id, topic_id) WHERE response_on IS NOT NULL AND "
                    "response_on <> ''"),
                QStringLiteral("CREATE VIRTUAL TABLE opinions_fts USING fts5(search_text, "
                               "content='opinions', content_rowid='id', "
                               "tokenize='unicode61 remove_diacritics 2', prefix='2 3')"),
                QStringLiteral("CREATE TRIGGER opinions_fts_ai AFTER INSERT ON opinions BEGIN "
                               "INSERT INTO opinions_fts(rowid, search_text) VALUES (new.id, "
                               "new.search_text); END"),
                QStringLiteral("CREATE TRIGGER opinions_fts_ad AFTER DELETE ON opinions BEGIN "
                               "INSERT INTO opinions_fts(opinions_fts, rowid, search_text) "
                               "VALUES ('delete', old.id, old.search_text); END"),
                QStringLiteral(
                    "CREATE TRIGGER opinions_fts_au AFTER UPDATE OF search_text ON opinions BEGIN "
                    "INSERT INTO opinions_fts(opinions_fts, rowid, search_text) "
                    "VALUES ('delete', old.id, old.search_text); "
                    "INSERT INTO opinions_fts(rowid, search_text) VALUES (new.id, "
                    "new.search_text); END"),
            });
    }
    // PostgreSQL has no FTS5: its full-text index over the same folded text came with v8.
}

/**
 * v4: the reporter's sort key copied onto each report, so that sorting a million reports by
 * reporter walks an index instead of joining and sorting. The repository writes it with each
 * report; triggers keep it right when a person is renamed or a row arrives another way
 * (an exchange file, a copy between servers).
 */
void migrateToV4(Database &db)
{
    run(db,
        {
            QStringLiteral("ALTER TABLE opinions ADD COLUMN reporter_key TEXT"),
            QStringLiteral("UPDATE opinions SET reporter_key = (SELECT p.sort_key FROM persons p "
                           "WHERE p.id = opinions.reporter_id) WHERE reporter_id IS NOT NULL"),
        });
    // Reports without a reporter sort first, as SQLite always sorts NULL (PostgreSQL is told).
    db.exec(db.backend() == Database::Backend::SQLite
            ? QStringLiteral(
                "CREATE INDEX opinions_reporter_key ON opinions (reporter_key, observed_on, id)")
            : QStringLiteral("CREATE INDEX opinions_reporter_key ON opinions (reporter_key NULLS "
                             "FIRST, observed_on, id)"));
    if (db.backend() == Database::Backend::SQLite) {
        run(db,
            {
                QStringLiteral(
                    "CREATE TRIGGER opinions_reporter_key_ai AFTER INSERT ON opinions "
                    "WHEN new.reporter_key IS NOT (SELECT sort_key FROM persons WHERE id = "
                    "new.reporter_id) "
                    "BEGIN UPDATE opinions SET reporter_key = (SELECT sort_key FROM persons "
                    "WHERE id = new.reporter_id) WHERE id = new.id; END"),
                QStringLiteral(
                    "CREATE TRIGGER opinions_reporter_key_au AFTER UPDATE OF reporter_id, "
                    "reporter_key ON opinions "
                    "WHEN new.reporter_key IS NOT (SELECT sort_key FROM persons WHERE id = "
                    "new.reporter_id) "
                    "BEGIN UPDATE opinions SET reporter_key = (SELECT sort_key FROM persons "
                    "WHERE id = new.reporter_id) WHERE id = new.id; END"),
                // Databases written by the first version-3 builds lack the summary sort index.
                QStringLiteral("CREATE INDEX IF NOT EXISTS opinions_summary ON opinions "
                               "(substr(summary, 1, 40), observed_on)"),
                QStringLiteral(
                    "CREATE TRIGGER persons_sort_key_au AFTER UPDATE OF sort_key ON persons "
                    "WHEN new.sort_key IS NOT old.sort_key "
                    "BEGIN UPDATE opinions SET reporter_key = new.sort_key WHERE reporter_id = "
                    "new.id; END"),
            });
    } else {
        run(db,
            {
                QStringLiteral(
                    "CREATE FUNCTION thuky_opinion_reporter_key() RETURNS trigger AS $$ BEGIN "
                    "NEW.reporter_key := (SELECT sort_key FROM persons WHERE id = "
                    "NEW.reporter_id); "
                    "RETURN NEW; END $$ LANGUAGE plpgsql"),
                QStringLiteral(
                    "CREATE TRIGGER opinions_reporter_key BEFORE INSERT OR UPDATE OF reporter_id, "
                    "reporter_key "
                    "ON opinions FOR EACH ROW EXECUTE FUNCTION thuky_opinion_reporter_key()"),
                QStringLiteral(
                    "CREATE FUNCTION thuky_person_sort_key() RETURNS trigger AS $$ BEGIN "
                    "UPDATE opinions SET reporter_key = NEW.sort_key WHERE reporter_id = NEW.id; "
                    "RETURN NULL; END $$ LANGUAGE plpgsql"),
                QStringLiteral("CREATE TRIGGER persons_sort_key AFTER UPDATE OF sort_key ON "
                               "persons FOR EACH ROW "
                               "WHEN (NEW.sort_key IS DISTINCT FROM OLD.sort_key) "
                               "EXECUTE FUNCTION thuky_person_sort_key()"),
            });
    }
}

/** v5: the organisation over time — the committee a dissolved one was dissolved into. */
void migrateToV5(Database &db)
{
    run(db,
        {
            QStringLiteral(
                "ALTER TABLE committees ADD COLUMN successor_id {ref} REFERENCES committees(id)"),
            QStringLiteral("CREATE INDEX localities_merged ON localities (merged_into_id)"),
        });
}

/**
 * v6: records a committee can trust — a field-level, append-only audit log (each changed
 * field's old and new value; see AuditTriggers), and on PostgreSQL the group roles whose
 * grants match the application's roles (ServerRoles).
 */
void migrateToV6(Database &db)
{
    run(db,
        {
            QStringLiteral("ALTER TABLE audit_log ADD COLUMN field TEXT"),
            QStringLiteral("ALTER TABLE audit_log ADD COLUMN old_value TEXT"),
            QStringLiteral("ALTER TABLE audit_log ADD COLUMN new_value TEXT"),
            QStringLiteral("CREATE INDEX audit_log_uuid ON audit_log (entity_uuid)"),
            QStringLiteral("CREATE INDEX audit_log_user ON audit_log (user_name, at)"),
            QStringLiteral("CREATE TABLE audit_pending ("
                           " id {pk}, entity TEXT NOT NULL, entity_uuid TEXT, field TEXT NOT NULL,"
                           " old_value TEXT, new_value TEXT, kind TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX audit_pending_uuid ON audit_pending (entity_uuid)"),
        });
    AuditTriggers::install(db); // the group roles and grants: Database, after the last step
}

/**
 * v7: what the last exchange file said of each record it carried, and the record's local
 * version after that import, so that a later file tells a change made here from one made there
 * (both since: a conflict the clerk resolves). Its grants follow (Database::checkAndMigrate).
 */
void migrateToV7(Database &db)
{
    run(db,
        {
            QStringLiteral("CREATE TABLE exchange_seen ("
                           " entity TEXT NOT NULL, uuid TEXT NOT NULL,"
                           " incoming_version INTEGER NOT NULL, local_version INTEGER NOT NULL,"
                           " PRIMARY KEY (entity, uuid))"),
        });
}

/**
 * v8, PostgreSQL only (SQLite has both since v3): a full-text index over the same folded text
 * as SQLite's FTS5 index, and the index of days from observation to response.
 *
 * The search index holds the words of search_text (folded: no diacritics, đ → d, lower case)
 * split at every character that is not a letter or digit, as FTS5's unicode61 splits them
 * (PostgreSQL's own parser would keep "12.5" or an e-mail address whole). OpinionSearch
 * queries the same expression, which must stay word for word what is indexed here.
 *
 * The response index holds every column the medians' GROUP BY reads (OpinionStats computes the
 * days from the two dates; a date cast reads DateStyle, so the days cannot be indexed
 * themselves): the histogram is an index-only scan of the answered reports.
 */
void migrateToV8(Database &db)
{
    if (db.backend() != Database::Backend::PostgreSQL)
        return;
    run(db,
        {
            QStringLiteral("CREATE INDEX opinions_search ON opinions USING gin (to_tsvector("
                           "'simple', regexp_replace(search_text, '[^[:alnum:]]+', ' ', 'g')))"),
            QStringLiteral("CREATE INDEX opinions_response_days ON opinions (quarter, response_on, "
                           "observed_on, locality_id, topic_id) WHERE response_on IS NOT NULL "
                           "AND response_on <> ''"),
        });
}

/**
 * v9 (PostgreSQL only): every change to a record table announces itself on the channel
 * `thuky_changes` (ChangeWatch), the table's name as payload, so that the other workstations'
 * open lists and charts follow within a second or two. The database sends it, not the
 * application, so that every writer does: the window, thuky-cli, imports, exchange files,
 * copies between servers and builds that predate it. One notification per statement (not per
 * row) and PostgreSQL folds repeats within a transaction, so an import of a million rows sends
 * one per table at its commit. SQLite has no NOTIFY: ChangeWatch reads `PRAGMA data_version`.
 */
void migrateToV9(Database &db)
{
    if (db.backend() != Database::Backend::PostgreSQL)
        return;
    db.exec(QStringLiteral("CREATE OR REPLACE FUNCTION thuky_notify_change() RETURNS trigger AS $$ "
                           "BEGIN PERFORM pg_notify('thuky_changes', TG_TABLE_NAME); RETURN NULL; "
                           "END $$ LANGUAGE plpgsql"));
    // The tables a user's records live in; not the audit log, the exchange bookkeeping or
    // thuky_meta, which no view shows as a list.
    static const char *const tables[] = { "settings", "users", "localities", "committees",
        "persons", "memberships", "meetings", "meeting_chairs", "attendance", "agenda_items",
        "speeches", "tasks", "topics", "channels", "agencies", "opinions", "saved_filters" };
    for (const char *table : tables)
        db.exec(QStringLiteral("CREATE TRIGGER %1_notify AFTER INSERT OR UPDATE OR DELETE OR "
                               "TRUNCATE ON %1 FOR EACH STATEMENT EXECUTE FUNCTION "
                               "thuky_notify_change()")
                    .arg(QLatin1String(table)));
}

/**
 * v10 (PostgreSQL only): the words of each report kept beside it, in a stored generated column
 * `search_vector` (the same folded words as before: split at every character that is not a
 * letter or digit, as FTS5's unicode61 splits them), and the search index built on that column.
 * A search then scores its candidates by reading their stored words instead of parsing each
 * report's text again (a word matching half a million reports was parsed half a million times),
 * and the server keeps the column in step with search_text on every write, whoever writes. The
 * column is not a user's field: the audit triggers are made anew without it. The table is
 * rewritten once (about two minutes for a million reports). And the index SQLite has had since
 * v3 for sorting by summary.
 */
void migrateToV10(Database &db)
{
    if (db.backend() != Database::Backend::PostgreSQL)
        return;
    run(db,
        {
            QStringLiteral("ALTER TABLE opinions ADD COLUMN search_vector tsvector GENERATED "
                           "ALWAYS AS (to_tsvector('simple', regexp_replace(search_text, "
                           "'[^[:alnum:]]+', ' ', 'g'))) STORED"),
            QStringLiteral("DROP INDEX opinions_search"),
            QStringLiteral("CREATE INDEX opinions_search ON opinions USING gin (search_vector)"),
            // The list sorted by summary walks this index (as on SQLite since v3) instead of
            // sorting a million rows (1.3 s).
            QStringLiteral("CREATE INDEX opinions_summary ON opinions (substr(summary, 1, 40), "
                           "observed_on, id)"),
        });
    AuditTriggers::install(db); // without the new column
}

} // namespace

bool Migrations::changesSqlite(int version)
{
    return version <= 7;
}

void Migrations::migrateTo(Database &db, int version)
{
    switch (version) {
    case 1:
        migrateToV1(db);
        break;
    case 2:
        migrateToV2(db);
        break;
    case 3:
        migrateToV3(db);
        break;
    case 4:
        migrateToV4(db);
        break;
    case 5:
        migrateToV5(db);
        break;
    case 6:
        migrateToV6(db);
        break;
    case 7:
        migrateToV7(db);
        break;
    case 8:
        migrateToV8(db);
        break;
    case 9:
        migrateToV9(db);
        break;
    case 10:
        migrateToV10(db);
        break;
    default:
        throw DbError(
            DbError::NewerSchema, QStringLiteral("no migration to version %1").arg(version));
    }
}

} // namespace thuky
