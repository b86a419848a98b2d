#pragma once

#include <core/db/databasecopy.h>

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace thuky {

class Database;

/** One file of the backups folder, as `thuky-cli backups` and the Backups dialog list it. */
struct BackupFile
{
    QString path;
    QString name;
    QDate date; ///< the day in its name (thuky-YYYY-MM-DD…), else the day it was written
    QDateTime modified;
    qint64 size = 0;
    QStringList problems; ///< empty: it passed its check (Backups::verify)
};

/** What a backup holds, for the preview before a restore. */
struct BackupContents
{
    int schemaVersion = 0;
    qint64 reports = 0;
    qint64 meetings = 0;
    qint64 people = 0;
    QString newest; ///< the latest updated_at of those records (ISO date and time), or empty
};

/**
 * Backups of a Thư Ký database that a later command can trust (SPEC.md "Audit, backups and
 * exchange files"): a copy is written to a hidden temporary file in the target folder,
 * synced, checked with `PRAGMA integrity_check`, given a SHA-256 checksum in a sidecar file
 * (`FILE.sha256`, the format of `sha256sum`), and only then renamed to its name. A kill at
 * any point leaves no file at that name, or a whole, checked one.
 *
 * The daily backups are `backups/thuky-YYYY-MM-DD.sqlite` beside the SQLite file; the copies
 * taken before an upgrade or a restore go to the same folder under other names and are never
 * rotated away.
 */
class Backups
{
public:
    /** The folder of the backups of the SQLite file @p databaseLocation (or of a server's). */
    static QString folderFor(const QString &databaseLocation);
    /** `thuky-YYYY-MM-DD.sqlite`. */
    static QString dailyName(const QDate &day);
    /** The sidecar that holds the checksum of @p file. */
    static QString checksumFile(const QString &file);

    /**
     * Writes a checked backup of @p db to the new file @p file (a consistent snapshot of a
     * SQLite file even while others write; a server's records into a new SQLite file).
     * Throws ValidationError when @p file exists, DbError when the copy cannot be written or
     * fails its check; either way nothing is left at @p file.
     */
    static void write(
        Database &db, const QString &file, const DatabaseCopy::Progress &progress = {});

    /**
     * Checks a backup without changing it: a SQLite file of Thư Ký, not newer than this
     * version, passing `PRAGMA integrity_check` and matching the checksum in the sidecar of
     * @p checksumOf (default: @p file's own) when there is one. Returns the problems.
     */
    static QStringList verify(const QString &file, const QString &checksumOf = {});
    /** Counts of what @p file holds (read without changing it). Throws DbError. */
    static BackupContents contents(const QString &file);

    /** The backups beside @p databaseLocation, newest first, each checked when @p check. */
    static QList<BackupFile> list(const QString &databaseLocation, bool check = true);
    /** Path of the newest backup beside @p databaseLocation, unchecked; empty when none. */
    static QString newest(const QString &databaseLocation);

    /**
     * The daily backup: on the first open of @p today (SQLite only, unless the setting
     * backup.daily is "off") a checked copy goes to backups/thuky-YYYY-MM-DD.sqlite, then
     * only the newest backup.keep (default 14) of those daily files are kept. Costs one
     * stat() when today's copy exists. Returns the file written, or empty; throws on a
     * failure (the caller warns and goes on). A damaged database is not copied.
     */
    static QString daily(Database &db, const QDate &today = QDate::currentDate());
    /** Keeps the newest @p keep daily backups in @p folder (other files are left alone). */
    static void rotate(const QString &folder, int keep);

    /** A checked copy named after @p reason (e.g. "before-restore"); returns its path. */
    static QString safetyCopy(Database &db, const QString &reason);

    /**
     * Replaces the records of @p db with those of the backup @p file, atomically. Refuses
     * (ValidationError, nothing changed) a file that fails verify(). Takes a safetyCopy()
     * first; keeps the audit history (the current rows are carried into the restored
     * database and the restore itself is logged). Returns the path of the safety copy.
     */
    static QString restore(
        Database &db, const QString &file, const DatabaseCopy::Progress &progress = {});

    /** The default of the setting backup.keep. */
    static constexpr int DefaultKeep = 14;
};

} // namespace thuky
