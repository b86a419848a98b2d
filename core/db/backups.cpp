#include <core/db/backups.h>

#include <core/db/database.h>
#include <core/db/settingsrepository.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

#include <sqlite3.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace thuky {

namespace {
// The context of this file's messages, seen by lupdate in member and free functions alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(thuky::Backups)
};

const QRegularExpression &dailyPattern()
{
    static const QRegularExpression re(QStringLiteral("^thuky-\\d{4}-\\d{2}-\\d{2}\\.sqlite$"));
    return re;
}

/** A leftover of a backup killed half-way: `.NAME.tmp-PID`. */
const QRegularExpression &tempPattern()
{
    static const QRegularExpression re(QStringLiteral("^\\..*\\.tmp-\\d+$"));
    return re;
}

bool isServer(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"))
        || location.startsWith(QLatin1String("postgres://"));
}

/**
 * A plain SQLite connection, apart from Qt's: to read a backup without changing one byte of
 * it (immutable: no locks, no -wal or -shm files), and for the online backup API.
 */
class RawSqlite
{
public:
    enum Mode { Immutable, ReadOnly, ReadWrite };
    RawSqlite(const QString &path, Mode mode)
    {
        QByteArray name;
        int flags = SQLITE_OPEN_READONLY;
        if (mode == Immutable) {
            name = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded()
                + "?immutable=1";
            flags |= SQLITE_OPEN_URI;
        } else {
            name = QFile::encodeName(path);
            if (mode == ReadWrite)
                flags = SQLITE_OPEN_READWRITE;
        }
        m_rc = sqlite3_open_v2(name.constData(), &m_handle, flags, nullptr);
        if (m_handle)
            sqlite3_busy_timeout(m_handle, 10000);
    }
    ~RawSqlite() { sqlite3_close(m_handle); }
    RawSqlite(const RawSqlite &) = delete;
    RawSqlite &operator=(const RawSqlite &) = delete;

    bool ok() const { return m_rc == SQLITE_OK; }
    sqlite3 *handle() const { return m_handle; }
    QString error() const
    {
        return m_handle ? QString::fromUtf8(sqlite3_errmsg(m_handle)) : QStringLiteral("no memory");
    }
    int errorCode() const { return m_handle ? sqlite3_extended_errcode(m_handle) : SQLITE_NOMEM; }

    /** The first column of every row of @p sql; @p error set on a failure. */
    QStringList column(const char *sql, QString *error) const
    {
        QStringList rows;
        sqlite3_stmt *stmt = nullptr;
        int rc = sqlite3_prepare_v2(m_handle, sql, -1, &stmt, nullptr);
        while (rc == SQLITE_OK && (rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
            rows.append(text ? QString::fromUtf8(text) : QString());
            rc = SQLITE_OK;
        }
        if (rc != SQLITE_DONE)
            *error = this->error();
        sqlite3_finalize(stmt);
        return rows;
    }

private:
    sqlite3 *m_handle = nullptr;
    int m_rc = SQLITE_ERROR;
};

QByteArray sha256(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&f))
        return {};
    return hash.result().toHex();
}

/** The checksum a sidecar holds (`HEX  NAME`, as sha256sum writes it), or empty. */
QByteArray readChecksum(const QString &sidecar)
{
    QFile f(sidecar);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray hex = f.read(64).toLower();
    static const QRegularExpression hexOnly(QStringLiteral("^[0-9a-f]{64}$"));
    return hexOnly.match(QString::fromLatin1(hex)).hasMatch() ? hex : QByteArray();
}

/** Makes what was written to @p path durable (a file's content, or a folder's entries). */
bool syncPath(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

/** Renames @p from to @p to unless @p to exists (atomic where the system can); 0 or errno. */
int renameNoReplace(const QString &from, const QString &to)
{
    const QByteArray f = QFile::encodeName(from);
    const QByteArray t = QFile::encodeName(to);
#ifdef RENAME_NOREPLACE
    if (::renameat2(AT_FDCWD, f.constData(), AT_FDCWD, t.constData(), RENAME_NOREPLACE) == 0)
        return 0;
    if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP)
        return errno;
#endif
    if (::link(f.constData(), t.constData()) == 0) {
        ::unlink(f.constData());
        return 0;
    }
    if (errno == EEXIST || QFileInfo::exists(to))
        return EEXIST;
    return std::rename(f.constData(), t.constData()) == 0 ? 0 : errno;
}

void removeFileSet(const QString &path)
{
    for (const char *suffix : { "", "-wal", "-shm", "-journal" })
        QFile::remove(path + QLatin1String(suffix));
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(content) != content.size())
        return false;
    f.flush();
    const bool synced = ::fsync(f.handle()) == 0;
    f.close();
    return synced;
}

QString pidSuffix()
{
    return QStringLiteral(".tmp-%1").arg(QCoreApplication::applicationPid());
}
} // namespace

QString Backups::folderFor(const QString &databaseLocation)
{
    if (isServer(databaseLocation))
        return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
            .filePath(QStringLiteral("backups"));
    return QFileInfo(databaseLocation).absoluteDir().filePath(QStringLiteral("backups"));
}

QString Backups::dailyName(const QDate &day)
{
    return QStringLiteral("thuky-%1.sqlite").arg(day.toString(Qt::ISODate));
}

QString Backups::checksumFile(const QString &file)
{
    return file + QStringLiteral(".sha256");
}

void Backups::write(Database &db, const QString &file, const DatabaseCopy::Progress &progress)
{
    const QFileInfo target(file);
    const QString path = target.absoluteFilePath();
    const QString folder = target.absolutePath();
    if (target.exists())
        throw ValidationError(QStringLiteral("file"),
            Tr::tr("%1 exists already: a backup never replaces a file").arg(file));
    if (!QDir().mkpath(folder))
        throw DbError(DbError::CannotOpen, Tr::tr("Cannot create the folder %1").arg(folder));
    // Hidden, and not named *.sqlite: nothing lists or trusts it until the rename below.
    const QString temp = folder + QStringLiteral("/.") + target.fileName() + pidSuffix();
    const QString tempSum = folder + QStringLiteral("/.") + target.fileName()
        + QStringLiteral(".sha256") + pidSuffix();
    removeFileSet(temp);
    QFile::remove(tempSum);
    try {
        if (db.backend() == Database::Backend::SQLite) {
            // A consistent snapshot through SQLite itself, even with a WAL file beside it.
            db.exec(QStringLiteral("VACUUM INTO ?"), { temp });
        } else {
            Database copy(temp);
            copy.open(Database::OpenMode::CreateIfMissing);
            DatabaseCopy::copy(db, copy, progress);
        }
        {
            // In WAL mode already, so that opening the backup later changes none of its bytes
            // (and its checksum still holds).
            RawSqlite raw(temp, RawSqlite::ReadWrite);
            QString error;
            const QStringList mode = raw.column("PRAGMA journal_mode=WAL", &error);
            if (!raw.ok() || !error.isEmpty())
                throw DbError(DbError::CannotOpen,
                    Tr::tr("Cannot write the backup %1: %2").arg(file, raw.error()));
        }
        if (!syncPath(temp))
            throw DbError(DbError::CannotOpen,
                Tr::tr("Cannot write the backup %1: the copy could not be synced to the disk")
                    .arg(file));
        const QStringList problems = verify(temp);
        if (!problems.isEmpty())
            throw DbError(DbError::CannotOpen,
                Tr::tr("The backup copy failed its check (%1); nothing was kept")
                    .arg(problems.join(QStringLiteral("; "))));
        const QByteArray sum = sha256(temp);
        if (sum.isEmpty() || !writeFile(tempSum, sum + "  " + target.fileName().toUtf8() + '\n'))
            throw DbError(DbError::CannotOpen,
                Tr::tr("Cannot write the checksum of the backup %1").arg(file));
        // A checksum left by a backup of that name killed before its own rename.
        if (!QFileInfo::exists(path))
            QFile::remove(checksumFile(path));
        const int error = renameNoReplace(temp, path);
        if (error == EEXIST)
            throw ValidationError(QStringLiteral("file"),
                Tr::tr("%1 exists already: a backup never replaces a file").arg(file));
        if (error != 0)
            throw DbError(DbError::CannotOpen,
                Tr::tr("Cannot write the backup %1: %2")
                    .arg(file, QString::fromLocal8Bit(strerror(error))));
        std::rename(QFile::encodeName(tempSum).constData(),
            QFile::encodeName(checksumFile(path)).constData());
        syncPath(folder);
    } catch (...) {
        removeFileSet(temp);
        QFile::remove(tempSum);
        throw;
    }
}

QStringList Backups::verify(const QString &file, const QString &checksumOf)
{
    const QFileInfo info(file);
    if (!info.exists())
        return { Tr::tr("no such file") };
    if (info.size() == 0)
        return { Tr::tr("the file is empty") };
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return { Tr::tr("cannot be read: %1").arg(f.errorString()) };
        if (f.read(16) != QByteArray("SQLite format 3\0", 16))
            return { Tr::tr("not a SQLite database") };
    }
    const QString sidecar = checksumFile(checksumOf.isEmpty() ? file : checksumOf);
    if (QFileInfo::exists(sidecar)) {
        const QByteArray expected = readChecksum(sidecar);
        if (expected.isEmpty())
            return { Tr::tr("its checksum file %1 cannot be read").arg(sidecar) };
        if (sha256(file) != expected)
            return { Tr::tr("it does not match its checksum in %1: it was damaged or changed after "
                            "the backup was written (remove that file to restore it anyway)")
                         .arg(QFileInfo(sidecar).fileName()) };
    }
    RawSqlite raw(file, RawSqlite::Immutable);
    if (!raw.ok())
        return { Tr::tr("cannot be read: %1").arg(raw.error()) };
    QString error;
    const QStringList appId = raw.column("PRAGMA application_id", &error);
    if (!error.isEmpty() || appId.isEmpty())
        return { Tr::tr("cannot be read: %1").arg(error) };
    if (appId.first().toInt() != Database::ApplicationId)
        return { Tr::tr("not a Thư Ký database (a file of another application)") };
    const int version = raw.column("PRAGMA user_version", &error).value(0).toInt();
    if (version > Database::SchemaVersion)
        return { Tr::tr("written by a newer version of Thư Ký (schema %1, this version knows %2)")
                     .arg(version)
                     .arg(Database::SchemaVersion) };
    QStringList problems;
    for (const QString &row : raw.column("PRAGMA integrity_check(20)", &error)) {
        if (row != QLatin1String("ok"))
            problems.append(row);
    }
    if (!error.isEmpty())
        problems.append(error);
    return problems;
}

BackupContents Backups::contents(const QString &file)
{
    RawSqlite raw(file, RawSqlite::Immutable);
    if (!raw.ok())
        throw DbError(DbError::CannotOpen, Tr::tr("Cannot read %1: %2").arg(file, raw.error()));
    QString error;
    auto number = [&](const char *sql) { return raw.column(sql, &error).value(0).toLongLong(); };
    BackupContents c;
    c.schemaVersion = int(number("PRAGMA user_version"));
    c.reports = number("SELECT count(*) FROM opinions");
    c.meetings = number("SELECT count(*) FROM meetings");
    c.people = number("SELECT count(*) FROM persons");
    c.newest = raw.column("SELECT max(m) FROM (SELECT max(updated_at) AS m FROM opinions "
                          "UNION ALL SELECT max(updated_at) FROM meetings "
                          "UNION ALL SELECT max(updated_at) FROM persons)",
                      &error)
                   .value(0);
    if (!error.isEmpty())
        throw DbError(DbError::CannotOpen, Tr::tr("Cannot read %1: %2").arg(file, error));
    return c;
}

QList<BackupFile> Backups::list(const QString &databaseLocation, bool check)
{
    static const QRegularExpression dated(QStringLiteral("^thuky-(\\d{4}-\\d{2}-\\d{2})"));
    QList<BackupFile> files;
    const QDir dir(folderFor(databaseLocation));
    for (const QFileInfo &info :
        dir.entryInfoList({ QStringLiteral("*.sqlite") }, QDir::Files, QDir::Name)) {
        BackupFile b;
        b.path = info.absoluteFilePath();
        b.name = info.fileName();
        b.modified = info.lastModified();
        b.size = info.size();
        const QRegularExpressionMatch m = dated.match(b.name);
        b.date = m.hasMatch() ? QDate::fromString(m.captured(1), Qt::ISODate) : QDate();
        if (!b.date.isValid())
            b.date = b.modified.date();
        files.append(b);
    }
    // Newest first: the one a restore most likely wants leads.
    std::sort(files.begin(), files.end(), [](const BackupFile &a, const BackupFile &b) {
        if (a.date != b.date)
            return a.date > b.date;
        if (a.modified != b.modified)
            return a.modified > b.modified;
        return a.name > b.name;
    });
    if (check) {
        for (BackupFile &b : files)
            b.problems = verify(b.path);
    }
    return files;
}

QString Backups::newest(const QString &databaseLocation)
{
    if (isServer(databaseLocation))
        return {};
    return list(databaseLocation, false).value(0).path;
}

QString Backups::daily(Database &db, const QDate &today)
{
    // A database this open created holds nothing worth a copy yet.
    if (db.backend() != Database::Backend::SQLite || db.wasCreated())
        return {};
    const QFileInfo source(db.location());
    // A backup opened as a database makes no backups of its own.
    if (source.absoluteDir().dirName() == QLatin1String("backups"))
        return {};
    const QString folder = folderFor(db.location());
    const QString file = QDir(folder).filePath(dailyName(today));
    if (QFileInfo::exists(file))
        return {};
    const SettingsRepository settings(db);
    if (settings.value(QLatin1String(SettingsRepository::BackupDaily)) == QLatin1String("off"))
        return {};
    // Big files are quick-checked here, once a day, rather than at every open.
    if (!db.quickChecked())
        db.quickCheck();
    if (db.isDamaged())
        throw DbError(DbError::Damaged, db.damageMessage());
    try {
        write(db, file);
    } catch (const ValidationError &) {
        if (!QFileInfo::exists(file)) // another process wrote it first: that one serves
            throw;
    }
    rotate(folder,
        settings.number(QLatin1String(SettingsRepository::BackupKeep), DefaultKeep, 1, 3650));
    return file;
}

void Backups::rotate(const QString &folder, int keep)
{
    const QDir dir(folder);
    QStringList daily;
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        if (dailyPattern().match(name).hasMatch())
            daily.append(name);
    }
    std::sort(daily.begin(), daily.end(), std::greater<QString>());
    for (int i = keep; i < daily.size(); ++i) {
        QFile::remove(dir.filePath(daily.at(i)));
        QFile::remove(checksumFile(dir.filePath(daily.at(i))));
    }
    // Leftovers of backups killed half-way (a running one keeps its file's time fresh).
    const QDateTime stale = QDateTime::currentDateTime().addSecs(-3600);
    for (const QFileInfo &info : dir.entryInfoList(QDir::Files | QDir::Hidden)) {
        if (tempPattern().match(info.fileName()).hasMatch() && info.lastModified() < stale)
            QFile::remove(info.absoluteFilePath());
    }
}

QString Backups::safetyCopy(Database &db, const QString &reason)
{
    const QDir folder(folderFor(db.location()));
    const QString stamp
        = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd-HHmmss"));
    QString path = folder.filePath(QStringLiteral("thuky-%1-%2.sqlite").arg(stamp, reason));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = folder.filePath(QStringLiteral("thuky-%1-%2-%3.sqlite").arg(stamp, reason).arg(n));
    write(db, path);
    return path;
}

QString Backups::restore(Database &db, const QString &file, const DatabaseCopy::Progress &progress)
{
    auto refuse = [&](const QStringList &problems) {
        return ValidationError(QStringLiteral("file"),
            Tr::tr("%1: not restored: %2").arg(file, problems.join(QStringLiteral("; "))));
    };
    QStringList problems = verify(file);
    if (!problems.isEmpty())
        throw refuse(problems);
    // Work on a copy: opening an older backup upgrades it, the backup stays as it was, and the
    // copy is checked again (the bytes used are the bytes checked).
    const bool lite = db.backend() == Database::Backend::SQLite;
    QTemporaryDir scratch(lite ? QFileInfo(db.location())
                                     .absoluteDir()
                                     .filePath(QStringLiteral(".thuky-restore-XXXXXX"))
                               : QDir::tempPath() + QStringLiteral("/thuky-restore-XXXXXX"));
    if (!scratch.isValid())
        throw DbError(DbError::CannotOpen,
            Tr::tr("Cannot make a working folder for the restore: %1").arg(scratch.errorString()));
    const QString copyPath = scratch.filePath(QStringLiteral("restore.sqlite"));
    if (!QFile::copy(file, copyPath))
        throw DbError(DbError::CannotOpen, Tr::tr("Cannot copy %1 to %2").arg(file, copyPath));
    problems = verify(copyPath, file);
    if (!problems.isEmpty())
        throw refuse(problems);
    Database source(copyPath);
    try {
        source.open(Database::OpenMode::MustExist);
    } catch (const DbError &e) {
        throw refuse({ e.message() });
    }

    // What is replaced is kept first; a damaged file, which SQLite cannot copy, byte for byte.
    QString safety;
    try {
        safety = safetyCopy(db, QStringLiteral("before-restore"));
    } catch (const std::exception &) {
        if (!db.isDamaged())
            throw;
        safety = QDir(folderFor(db.location()))
                     .filePath(QStringLiteral("thuky-%1-before-restore-damaged.sqlite")
                                   .arg(QDateTime::currentDateTime().toString(
                                       QStringLiteral("yyyy-MM-dd-HHmmss"))));
        QDir().mkpath(folderFor(db.location()));
        if (!QFile::copy(db.location(), safety))
            throw DbError(DbError::CannotOpen,
                Tr::tr("Cannot keep a copy of %1 before the restore").arg(db.location()));
    }

    const QString detail = QFileInfo(file).absoluteFilePath();
    if (!lite) {
        // The server's audit log is append-only: it stays, and the backup's is not brought in.
        Transaction tx(db);
        DatabaseCopy::clear(db);
        DatabaseCopy::copy(source, db, progress, { QStringLiteral("audit_log") });
        db.audit(QStringLiteral("restore"), QStringLiteral("database"), QString(), detail);
        tx.commit();
        return safety;
    }

    // Carry the current audit history into the restored database: every row the backup does
    // not hold already, by the columns both have (a later schema may add some).
    {
        const QSqlRecord here = db.connection().record(QStringLiteral("audit_log"));
        const QSqlRecord there = source.connection().record(QStringLiteral("audit_log"));
        QStringList columns;
        for (int i = 0; i < here.count(); ++i) {
            const QString c = here.fieldName(i);
            if (c != QLatin1String("id") && there.contains(c))
                columns.append(c);
        }
        const QString list = columns.join(QLatin1Char(','));
        auto key = [&](QSqlQuery &q) {
            QStringList parts;
            for (int i = 0; i < columns.size(); ++i)
                parts.append(q.value(i).toString());
            return parts.join(QChar(0x1f));
        };
        Transaction tx(source);
        QSet<QString> present;
        QSqlQuery theirs
            = source.exec(QStringLiteral("SELECT %1 FROM audit_log ORDER BY id").arg(list));
        while (theirs.next())
            present.insert(key(theirs));
        QStringList marks;
        for (int i = 0; i < columns.size(); ++i)
            marks.append(QStringLiteral("?"));
        QSqlQuery insert = source.prepare(QStringLiteral("INSERT INTO audit_log (%1) VALUES (%2)")
                                              .arg(list, marks.join(QLatin1Char(','))));
        QSqlQuery ours = db.exec(QStringLiteral("SELECT %1 FROM audit_log ORDER BY id").arg(list));
        while (ours.next()) {
            if (present.contains(key(ours)))
                continue;
            for (int i = 0; i < columns.size(); ++i)
                insert.bindValue(i, ours.value(i));
            source.exec(insert);
        }
        // The search index is made anew from the reports: what the file held of it is not
        // read, so an index damaged or made to harm (integrity_check does not look into it)
        // does not come along.
        source.exec(QStringLiteral("INSERT INTO opinions_fts(opinions_fts) VALUES ('rebuild')"));
        source.setCurrentUser(db.currentUser());
        source.audit(QStringLiteral("restore"), QStringLiteral("database"), QString(), detail);
        tx.commit();
    }
    source.close(); // its WAL goes into the file: the copy is whole on its own

    // The swap: SQLite's online backup writes every page in one transaction of the live
    // database, so a kill leaves the old database or the new one, whole, and other
    // connections see one or the other.
    RawSqlite from(copyPath, RawSqlite::ReadOnly);
    RawSqlite to(db.location(), RawSqlite::ReadWrite);
    if (!from.ok() || !to.ok())
        throw DbError(DbError::CannotOpen,
            Tr::tr("Cannot restore into %1: %2")
                .arg(db.location(), from.ok() ? to.error() : from.error()));
    sqlite3_backup *backup = sqlite3_backup_init(to.handle(), "main", from.handle(), "main");
    if (!backup)
        throw DbError(DbError::fromSqliteCode(to.errorCode()),
            Tr::tr("Cannot restore into %1: %2").arg(db.location(), to.error()));
    const int rc = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        throw DbError(DbError::fromSqliteCode(rc),
            Tr::tr("Cannot restore into %1: %2")
                .arg(db.location(), QString::fromUtf8(sqlite3_errstr(rc))));
    return safety;
}

} // namespace thuky
