// The backup reader: what restore does with a candidate file before it trusts it. The input
// is written to a fresh SQLite file, checked as `restore` checks it (Backups::verify and
// contents), then opened as it opens it (Database::open, which
// refuses foreign and newer files and upgrades older ones) and checked (DatabaseCopy::check,
// what `check` runs: integrity, foreign keys, the search index), then counted.

#include "fuzzcommon.h"

#include <core/db/backups.h>
#include <core/db/databasecopy.h>

#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    thuky::fuzz::init();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace thuky;
    QTemporaryDir dir(fuzz::scratch().filePath(QStringLiteral("backup-XXXXXX")));
    fuzz::require(dir.isValid(), "scratch folder");
    const QString path = dir.filePath(QStringLiteral("backup.sqlite"));
    {
        QFile file(path);
        fuzz::require(file.open(QIODevice::WriteOnly), "scratch file");
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    try {
        // What restore checks first (without changing the file), then what it opens.
        if (!Backups::verify(path).isEmpty())
            return 0;
        Backups::contents(path);
        Database source(path);
        source.open(Database::OpenMode::MustExist);
        DatabaseCopy::check(source);
        DatabaseCopy::recordCount(source);
    } catch (const DbError &) {
        // not a usable backup: refused
    } catch (const ValidationError &) {
        // refused
    }
    return 0;
}
