// Import at a million rows (issue 13): `thuky-cli import opinions FILE --create-missing` of a
// 1,000,000-row CSV into a new database against its floor, `sqlite3 .import` of the same file
// into a plain table of a new database, paired (the two alternate, medians of RUNS), and the
// ratio; then an import of 100,000 rows into a copy of the million-report database.
//
//   bench_import BIG.sqlite [--dir DIR] [--rows N] [--runs N] [--no-into]
//   bench_import --csv FILE.csv [--dir DIR] [--runs N]
//
// BIG.sqlite is only read: it is copied into DIR first (default: a temporary folder), and the
// CSV exported from the copy with `thuky-cli export opinions`; both are kept in DIR and
// reused by the next run. With --csv, FILE.csv is the file imported (and nothing goes into a
// big database).

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

struct Run
{
    double wall = -1; ///< seconds
    double cpu = -1; ///< user + system seconds, when /usr/bin/time tells
    bool ok = false;
};

/** Runs @p program with @p args under /usr/bin/time; its wall and CPU seconds. */
Run timed(const QString &program, const QStringList &args, const QString &input = {})
{
    QProcess p;
    const bool haveTime = QFileInfo::exists(QStringLiteral("/usr/bin/time"));
    QElapsedTimer t;
    t.start();
    if (haveTime)
        p.start(QStringLiteral("/usr/bin/time"),
            QStringList { QStringLiteral("-f"), QStringLiteral("cpu %U %S"), program } + args);
    else
        p.start(program, args);
    if (!input.isEmpty()) {
        p.write(input.toUtf8());
        p.closeWriteChannel();
    }
    p.waitForFinished(-1);
    Run r;
    r.wall = double(t.nsecsElapsed()) / 1e9;
    const QString err = QString::fromUtf8(p.readAllStandardError());
    r.ok = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (!r.ok)
        std::fprintf(stderr, "%s %s failed:\n%s\n", qPrintable(program),
            qPrintable(args.join(QLatin1Char(' '))), qPrintable(err.right(2000)));
    const QStringList cpu = err.split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                                .filter(QStringLiteral("cpu "))
                                .value(0)
                                .split(QLatin1Char(' '));
    if (cpu.size() == 3)
        r.cpu = cpu.at(1).toDouble() + cpu.at(2).toDouble();
    return r;
}

double median(QList<double> v)
{
    if (v.isEmpty())
        return -1;
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

QString cli()
{
    return QStringLiteral(THUKY_CLI_PATH);
}

bool copyFile(const QString &from, const QString &to)
{
    QFile::remove(to);
    return QFile::copy(from, to);
}

/** The first @p rows data lines of @p csv (header kept) into @p out. */
bool headOf(const QString &csv, qint64 rows, const QString &out)
{
    QFile in(csv);
    QFile o(out);
    if (!in.open(QIODevice::ReadOnly) || !o.open(QIODevice::WriteOnly))
        return false;
    // Records may span lines (quoted newlines): count the quotes to find record ends.
    qint64 records = -1; // the header
    bool quoted = false;
    QByteArray chunk;
    while (records < rows && !(chunk = in.read(1 << 20)).isEmpty()) {
        qsizetype end = chunk.size();
        for (qsizetype i = 0; i < chunk.size(); ++i) {
            if (chunk.at(i) == '"')
                quoted = !quoted;
            else if (chunk.at(i) == '\n' && !quoted && ++records == rows) {
                end = i + 1;
                break;
            }
        }
        o.write(chunk.constData(), end);
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    QString big;
    QString given;
    QString dir;
    qint64 rows = 1000000;
    int runs = 5;
    bool into = true;
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--dir") && i + 1 < args.size())
            dir = args.at(++i);
        else if (args.at(i) == QLatin1String("--rows") && i + 1 < args.size())
            rows = args.at(++i).toLongLong();
        else if (args.at(i) == QLatin1String("--runs") && i + 1 < args.size())
            runs = args.at(++i).toInt();
        else if (args.at(i) == QLatin1String("--no-into"))
            into = false;
        else if (args.at(i) == QLatin1String("--csv") && i + 1 < args.size())
            given = args.at(++i);
        else
            big = args.at(i);
    }
    if (!given.isEmpty())
        into = false;
    if (given.isEmpty() && (big.isEmpty() || !QFileInfo::exists(big))) {
        std::fprintf(stderr,
            "usage: bench_import BIG.sqlite [--dir DIR] [--rows N] [--runs N] [--no-into]\n"
            "       bench_import --csv FILE.csv [--dir DIR] [--runs N]\n");
        return 2;
    }
    QTemporaryDir temp;
    if (dir.isEmpty())
        dir = temp.path();
    const QString copy = dir + QStringLiteral("/big-copy.sqlite");
    const QString all = dir + QStringLiteral("/export-all.csv");
    const QString csv = given.isEmpty() ? dir + QStringLiteral("/import-%1.csv").arg(rows) : given;

    std::printf("Import benchmark: %lld rows, %d paired runs, files in %s\n",
        static_cast<long long>(rows), runs, qPrintable(dir));
    if (given.isEmpty() && !QFileInfo::exists(copy) && !copyFile(big, copy)) {
        std::fprintf(stderr, "cannot copy %s\n", qPrintable(big));
        return 1;
    }
    if (given.isEmpty() && !QFileInfo::exists(all)) {
        const Run e = timed(cli(),
            { QStringLiteral("--db"), copy, QStringLiteral("export"), QStringLiteral("opinions"),
                QStringLiteral("--out"), all });
        if (!e.ok)
            return 1;
        std::printf("Exported %s in %.1f s\n", qPrintable(all), e.wall);
    }
    if (!QFileInfo::exists(csv) && !headOf(all, rows, csv))
        return 1;
    std::printf("CSV: %.1f MiB\n\n", double(QFileInfo(csv).size()) / 1048576);

    // Paired: the floor and the import alternate, each into a new file.
    const QString floorDb = dir + QStringLiteral("/floor.sqlite");
    const QString freshDb = dir + QStringLiteral("/fresh.sqlite");
    auto removeDb = [](const QString &path) {
        for (const char *suffix : { "", "-wal", "-shm", "-journal" })
            QFile::remove(path + QLatin1String(suffix));
    };
    QList<double> floorWall, floorCpu, importWall, importCpu, ratios;
    for (int run = 0; run < runs; ++run) {
        removeDb(floorDb);
        const Run f = timed(
            QStringLiteral("sqlite3"), { floorDb, QStringLiteral(".import --csv %1 t").arg(csv) });
        removeDb(freshDb);
        timed(cli(), { QStringLiteral("--db"), freshDb, QStringLiteral("init") });
        const Run t = timed(cli(),
            { QStringLiteral("--db"), freshDb, QStringLiteral("import"), QStringLiteral("opinions"),
                csv, QStringLiteral("--create-missing") });
        if (!f.ok || !t.ok)
            return 1;
        floorWall.append(f.wall);
        floorCpu.append(f.cpu);
        importWall.append(t.wall);
        importCpu.append(t.cpu);
        ratios.append(t.wall / f.wall);
        std::printf("  run %d: sqlite3 .import %.1f s (CPU %.1f s), thuky-cli import %.1f s "
                    "(CPU %.1f s), ratio %.1f\n",
            run + 1, f.wall, f.cpu, t.wall, t.cpu, t.wall / f.wall);
        std::fflush(stdout);
    }
    removeDb(floorDb);
    removeDb(freshDb);
    std::printf("\n%-58s %8s %8s\n", "median of the runs", "wall s", "CPU s");
    std::printf("%-58s %8.1f %8.1f\n", "sqlite3 .import into a plain table (floor)",
        median(floorWall), median(floorCpu));
    std::printf("%-58s %8.1f %8.1f\n", "thuky-cli import opinions --create-missing, new database",
        median(importWall), median(importCpu));
    std::printf("ratio (median of paired ratios): %.1f (goal: within 10)\n", median(ratios));

    if (!into)
        return 0;
    // Into the million-report database (the table holds more than the file: row by row).
    const QString part = dir + QStringLiteral("/import-100000.csv");
    if (!QFileInfo::exists(part) && !headOf(all, 100000, part))
        return 1;
    const QString target = dir + QStringLiteral("/into.sqlite");
    QList<double> intoWall, intoCpu;
    for (int run = 0; run < std::min(runs, 3); ++run) {
        removeDb(target);
        if (!copyFile(copy, target))
            return 1;
        const Run t = timed(cli(),
            { QStringLiteral("--db"), target, QStringLiteral("import"), QStringLiteral("opinions"),
                part });
        if (!t.ok)
            return 1;
        intoWall.append(t.wall);
        intoCpu.append(t.cpu);
        std::printf(
            "  into the big database, run %d: %.1f s (CPU %.1f s)\n", run + 1, t.wall, t.cpu);
    }
    removeDb(target);
    std::printf("%-58s %8.1f %8.1f\n", "import of 100,000 rows into the big database",
        median(intoWall), median(intoCpu));
    return 0;
}
