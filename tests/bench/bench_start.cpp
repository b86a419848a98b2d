// Start-up benchmark (run by hand):
//   QT_QPA_PLATFORM=offscreen build/tests/bench_start BIG.sqlite [--runs N]
//
// Times whole processes, paired in one run (the three alternate, medians of N, default 5):
//   floor  — an empty Qt Widgets window shown and closed at its first paint (floor_emptywindow)
//   empty  — `thuky --exit-after-load --area opinions` on a new, empty database
//   big    — the same on BIG.sqlite (a copy of it: the benchmark never writes the file given)
// and prints each with its peak memory, and the ratios the goals are stated in (issue 13):
// big/empty ≤ 2 and empty/floor ≤ 2. One unmeasured round first warms the page cache.

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

QTextStream out(stdout);

struct Run
{
    double seconds = 0;
    long maxRssKiB = 0;
    int code = -1;
};

/** Runs @p program with @p args (fork/exec, so that wait4 gives this child's own peak RSS). */
Run runOnce(const QString &program, const QStringList &args)
{
    QList<QByteArray> bytes { program.toLocal8Bit() };
    for (const QString &a : args)
        bytes << a.toLocal8Bit();
    std::vector<char *> argv;
    for (QByteArray &b : bytes)
        argv.push_back(b.data());
    argv.push_back(nullptr);
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        execv(argv[0], argv.data());
        _exit(127);
    }
    int status = 0;
    rusage usage {};
    wait4(pid, &status, 0, &usage);
    Run r;
    r.seconds = timer.nsecsElapsed() / 1e9;
    r.maxRssKiB = usage.ru_maxrss;
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int runs = 5;
    if (const int i = args.indexOf(QStringLiteral("--runs")); i >= 0 && i + 1 < args.size()) {
        runs = qMax(1, args.at(i + 1).toInt());
        args.remove(i, 2);
    }
    if (args.size() != 1) {
        std::fprintf(stderr, "usage: bench_start BIG.sqlite [--runs N]\n");
        return 2;
    }
    qputenv("QT_QPA_PLATFORM",
        qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QTemporaryDir dir;
    const QString big = dir.filePath(QStringLiteral("big.sqlite"));
    const QString empty = dir.filePath(QStringLiteral("empty.sqlite"));
    if (!QFile::copy(args.first(), big)) {
        std::fprintf(stderr, "cannot copy %s\n", qPrintable(args.first()));
        return 2;
    }
    // Settings of its own: a remembered area or window size must not differ between runs.
    qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("config")).toLocal8Bit());
    const QString gui = QStringLiteral(THUKY_GUI_PATH);
    const QString floor
        = QCoreApplication::applicationDirPath() + QStringLiteral("/floor_emptywindow");
    const auto thuky = [&](const QString &db) {
        return QStringList { QStringLiteral("--exit-after-load"), QStringLiteral("--area"),
            QStringLiteral("opinions"), QStringLiteral("--db"), db };
    };
    // The empty database is created by a first start (unmeasured), then only opened.
    runOnce(gui, thuky(empty));
    struct Side
    {
        QString name;
        QString program;
        QStringList args;
        QList<double> seconds;
        long rss = 0;
    };
    QList<Side> sides { { QStringLiteral("floor (empty Qt Widgets window)"), floor, {}, {}, 0 },
        { QStringLiteral("thuky, empty database"), gui, thuky(empty), {}, 0 },
        { QStringLiteral("thuky, %1").arg(QFileInfo(args.first()).fileName()), gui, thuky(big), {},
            0 } };
    for (Side &s : sides) // warm-up
        runOnce(s.program, s.args);
    for (int round = 0; round < runs; ++round) {
        for (Side &s : sides) {
            const Run r = runOnce(s.program, s.args);
            if (r.code != 0) {
                std::fprintf(stderr, "%s exited %d\n", qPrintable(s.name), r.code);
                return 1;
            }
            s.seconds << r.seconds;
            s.rss = qMax(s.rss, r.maxRssKiB);
        }
    }
    out << "start-up to the first paint, whole processes, median of " << runs << " paired runs\n";
    for (const Side &s : sides)
        out << QStringLiteral("  %1: %2 s (min %3, max %4), peak memory %5 MiB\n")
                   .arg(s.name, -44)
                   .arg(median(s.seconds), 0, 'f', 3)
                   .arg(*std::min_element(s.seconds.begin(), s.seconds.end()), 0, 'f', 3)
                   .arg(*std::max_element(s.seconds.begin(), s.seconds.end()), 0, 'f', 3)
                   .arg(s.rss / 1024.0, 0, 'f', 1);
    const double f = median(sides.at(0).seconds), e = median(sides.at(1).seconds),
                 b = median(sides.at(2).seconds);
    out << QStringLiteral("  ratio big/empty: %1 (goal ≤ 2)\n").arg(b / e, 0, 'f', 2);
    out << QStringLiteral("  ratio empty/floor: %1 (goal ≤ 2)\n").arg(e / f, 0, 'f', 2);
    out << QStringLiteral("  memory big − floor: %1 MiB (goal ≤ 100)\n")
               .arg((sides.at(2).rss - sides.at(0).rss) / 1024.0, 0, 'f', 1);
    return 0;
}
