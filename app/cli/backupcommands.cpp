// Backups: backup, backups, restore, check (SPEC.md "Audit, backups and exchange files").

#include "clicontext.h"

#include <core/db/backups.h>
#include <core/db/databasecopy.h>
#include <core/text/output.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <unistd.h>

namespace thuky::cli {

namespace {
// The context of this file's messages, seen by lupdate in member and free functions alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(thuky::cli)
};

/** Progress on stderr, only when it is a terminal. */
DatabaseCopy::Progress terminalProgress(Context &ctx)
{
    if (!isatty(STDERR_FILENO))
        return {};
    return [&ctx](const QString &table, qint64 rows) {
        ctx.err << QStringLiteral("\r%1: %2   ").arg(table).arg(rows) << Qt::flush;
    };
}
} // namespace

int runBackup(Context &ctx)
{
    Arguments args(ctx.args, { QStringLiteral("out") }, {});
    const QString out = args.value(QStringLiteral("out"));
    if (out.isEmpty())
        throw UsageError(Tr::tr("backup needs --out FILE"));
    if (QFileInfo::exists(out))
        throw InputError({ Tr::tr("%1: the file exists already; choose a new name").arg(out) });
    Backups::write(ctx.database(Database::OpenMode::MustExist), out, terminalProgress(ctx));
    ctx.err
        << Tr::tr("Backed up to %1 (checked; checksum in %2).").arg(out, Backups::checksumFile(out))
        << Qt::endl;
    return 0;
}

int runBackups(Context &ctx)
{
    Arguments args(ctx.args, { QStringLiteral("format") }, {});
    const QString format = args.format();
    Database &db = ctx.database(Database::OpenMode::MustExist);
    OutputTable table({ QStringLiteral("file"), QStringLiteral("date"), QStringLiteral("size"),
        QStringLiteral("check") });
    // Newest first, each read and checked (integrity_check and checksum) without a change.
    for (const BackupFile &b : Backups::list(db.location()))
        table.addRow({ b.name, b.date.toString(Qt::ISODate), QString::number(b.size),
            b.problems.isEmpty() ? QStringLiteral("ok") : b.problems.join(QStringLiteral("; ")) });
    ctx.out << table.render(format);
    if (format == QLatin1String("table"))
        ctx.err
            << Tr::tr("Folder: %1").arg(QDir::toNativeSeparators(Backups::folderFor(db.location())))
            << Qt::endl;
    return 0;
}

int runRestore(Context &ctx)
{
    Arguments args(ctx.args, {}, {});
    const QString file = args.required(0, Tr::tr("backup file"));
    if (!QFileInfo::exists(file))
        throw InputError({ Tr::tr("%1: no such file").arg(file) });
    Database &db = ctx.database(Database::OpenMode::MustExist);
    const QString kept = Backups::restore(db, file, terminalProgress(ctx));
    ctx.err << Tr::tr("Restored %1 from %2; what it held before is kept in %3.")
                   .arg(db.location(), file, kept)
            << Qt::endl;
    return 0;
}

int runCheck(Context &ctx)
{
    Arguments args(ctx.args, {}, {});
    Database &db = ctx.database(Database::OpenMode::MustExist);
    const QStringList problems = DatabaseCopy::check(db);
    for (const QString &p : problems)
        ctx.err << db.location() << ": " << p << Qt::endl;
    if (!problems.isEmpty())
        return 4;
    ctx.out << Tr::tr("ok: schema %1, %2 records")
                   .arg(db.schemaVersion())
                   .arg(DatabaseCopy::recordCount(db))
            << Qt::endl;
    return 0;
}

} // namespace thuky::cli
