#pragma once

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace thuky {

class Database;

/**
 * The exchange file a district committee sends to the province (SPEC.md "Audit, backups and
 * exchange files"): every record changed since a date, keyed by UUID, references as UUIDs, a
 * meeting with its chairs, attendance, agenda and speakers; sealed with a passphrase
 * (SealedFile).
 *
 * Importing is two steps: plan() reads, checks every record as typed input is checked and sorts
 * it into added, updated, unchanged or in conflict (changed here and there since the last
 * exchange); apply() writes the plan in one transaction once every conflict has a choice.
 * Nothing is written on any problem.
 */
class Exchange
{
public:
    /** One record of a file: its table, its UUID and its values (references as UUIDs). */
    struct Record
    {
        QString table;
        QString uuid;
        QJsonObject values;
    };

    /** What a file holds, once its structure and values are known to be sound. */
    struct Content
    {
        int schema = 0;
        QString exportedAt;
        QString since;
        QList<Record> records; ///< parents before children
    };

    enum class Action {
        Add, ///< not here yet
        Update, ///< changed there since the last exchange, not here
        Unchanged, ///< the same here, or changed here only (kept)
        Conflict, ///< changed here and there since the last exchange
    };

    enum class Choice { Incoming, Local };

    /** What importing one record would do. */
    struct Change
    {
        QString table;
        QString uuid;
        QString title; ///< a name, title or summary a clerk recognises
        Action action = Action::Unchanged;
        QString localUpdatedBy;
        QString localUpdatedAt;
        QString incomingUpdatedBy;
        QString incomingUpdatedAt;
        int record = -1; ///< index in Content::records
    };

    struct Plan
    {
        QString source; ///< the file, for messages
        Content content;
        QList<Change> changes;

        int count(Action action) const;
        int added() const { return count(Action::Add); }
        int updated() const { return count(Action::Update); }
        int unchanged() const { return count(Action::Unchanged); }
        QList<Change> conflicts() const;
    };

    struct Result
    {
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        int keptLocal = 0; ///< conflicts resolved for the local record
    };

    /**
     * Writes the sealed exchange file; returns the number of records written (a meeting with
     * its children counts once). Throws ValidationError when the file cannot be written.
     */
    static int exportTo(
        Database &db, const QString &file, const QString &passphrase, const QDate &since = {});

    /**
     * Reads and checks the plain (unsealed, uncompressed) JSON of an exchange file without a
     * database: structure, types, dates, enumerations, the quarter of each report. Throws
     * ValidationError whose message lists the problems, one `SOURCE:TABLE/UUID: message` a line.
     */
    static Content parse(const QByteArray &plainJson, const QString &source = QStringLiteral("-"));

    /**
     * Opens @p file with @p passphrase and plans its import into @p db. Throws
     * PermissionError for a wrong passphrase; ValidationError for a damaged, truncated or
     * foreign file, or records that are invalid or refer to what is neither in the file nor here.
     */
    static Plan plan(Database &db, const QString &file, const QString &passphrase);
    /** Plans the import of @p content (read from @p source). */
    static Plan plan(Database &db, const Content &content, const QString &source);

    /** The key of a record in @p choices. */
    static QString key(const QString &table, const QString &uuid)
    {
        return table + QLatin1Char('/') + uuid;
    }

    /**
     * Writes @p plan in one transaction. A conflict takes its choice from @p choices, else
     * @p prefer; one with neither is refused (ValidationError listing the conflicts). Approved
     * minutes here are never changed (ValidationError). @p dryRun checks everything, then
     * rolls back.
     */
    static Result apply(Database &db, const Plan &plan, const QHash<QString, Choice> &choices = {},
        std::optional<Choice> prefer = std::nullopt, bool dryRun = false);
};

} // namespace thuky
