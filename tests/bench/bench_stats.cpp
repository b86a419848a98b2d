// Statistics benchmark (run by hand: build/tests/bench_stats [ROWS] [DIR]).
//
// 1. Builds a database of ROWS opinion reports (default 1,000,000) with one INSERT … SELECT.
// 2. Times the whole `thuky-cli stats opinions --by quarter,topic --format csv` process,
//    several runs, against the `sqlite3` shell answering the same question from a flat
//    table (quarter, topic) with a covering index, and prints both and the ratio (the goal
//    is at most 1.5).
// 3. Times the dashboard's queries in-process, unfiltered and after a filter change
//    (goal: under 200 ms for a whole redraw's worth of queries).

#include <core/db/database.h>
#include <core/reports/stats.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <functional>

#include <sys/resource.h>
#include <time.h>

using namespace thuky;

namespace {

QTextStream out(stdout);

void build(const QString &path, int rows)
{
    QFile::remove(path);
    Database db(path);
    db.open();
    Transaction tx(db);
    const QString now = Database::now();
    auto common = [&]() { return QVariantList { Database::newUuid(), now, now }; };
    // Province → 11 districts → 10 communes each.
    const qint64 province = db.insert(
        QStringLiteral("INSERT INTO localities (uuid, created_at, updated_at, name, level) "
                       "VALUES (?, ?, ?, 'An Giang', 'province')"),
        common());
    for (int d = 1; d <= 11; ++d) {
        QVariantList v = common();
        v << QStringLiteral("Huyện %1").arg(d) << province;
        const qint64 district = db.insert(
            QStringLiteral("INSERT INTO localities (uuid, created_at, updated_at, "
                           "name, level, parent_id) VALUES (?, ?, ?, ?, 'district', ?)"),
            v);
        for (int c = 1; c <= 10; ++c) {
            QVariantList w = common();
            w << QStringLiteral("Xã %1-%2").arg(d).arg(c) << district;
            db.insert(
                QStringLiteral("INSERT INTO localities (uuid, created_at, updated_at, name, level, "
                               "parent_id) VALUES (?, ?, ?, ?, 'commune', ?)"),
                w);
        }
    }
    const QStringList topics { QStringLiteral("Đất đai"), QStringLiteral("Y tế"),
        QStringLiteral("Giáo dục"), QStringLiteral("Giá cả"), QStringLiteral("Môi trường"),
        QStringLiteral("Giao thông"), QStringLiteral("An ninh trật tự"), QStringLiteral("Việc làm"),
        QStringLiteral("Chính sách xã hội"), QStringLiteral("Cải cách hành chính"),
        QStringLiteral("Tôn giáo"), QStringLiteral("Nông nghiệp") };
    for (int i = 0; i < topics.size(); ++i) {
        QVariantList v = common();
        v << topics.at(i);
        db.insert(
            QStringLiteral(
                "INSERT INTO topics (uuid, created_at, updated_at, name) VALUES (?, ?, ?, ?)"),
            v);
    }
    const int localities = db.scalar(QStringLiteral("SELECT count(*) FROM localities")).toInt();
    db.exec(QStringLiteral(
        "INSERT INTO opinions (uuid, created_at, updated_at, observed_on, quarter, locality_id, "
        "topic_id, channel, sentiment, urgency, summary, status, response_on) "
        "SELECT lower(hex(randomblob(16))), '%1', '%1', d, "
        "  strftime('%Y', d) || '-Q' || ((CAST(strftime('%m', d) AS INTEGER) + 2) / 3), "
        "  1 + abs(random()) % %2, 1 + abs(random()) % %3, "
        "  CASE abs(random()) % 6 WHEN 0 THEN 'direct' WHEN 1 THEN 'social_media' WHEN 2 THEN "
        "'press' "
        "    WHEN 3 THEN 'meeting' WHEN 4 THEN 'hotline' ELSE 'survey' END, "
        "  CASE abs(random()) % 4 WHEN 0 THEN 'positive' WHEN 1 THEN 'neutral' WHEN 2 THEN "
        "'negative' ELSE 'mixed' END, "
        "  CASE WHEN abs(random()) % 20 = 0 THEN 'hot' ELSE 'normal' END, "
        "  'Phản ánh ' || x, st, "
        "  CASE WHEN st IN ('answered','resolved','closed') THEN date(d, '+' || (abs(random()) % "
        "45) || ' days') END "
        "FROM (WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < %4) "
        "  SELECT x, date('2021-01-01', '+' || (abs(random()) % 1461) || ' days') AS d, "
        "  CASE abs(random()) % 5 WHEN 0 THEN 'new' WHEN 1 THEN 'forwarded' WHEN 2 THEN 'answered' "
        "    WHEN 3 THEN 'resolved' ELSE 'closed' END AS st FROM c)")
                .arg(now)
                .arg(localities)
                .arg(topics.size())
                .arg(rows));
    tx.commit();
    db.exec(QStringLiteral("ANALYZE"));
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

double childrenCpuMs()
{
    rusage u {};
    getrusage(RUSAGE_CHILDREN, &u);
    return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3
        + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}

double lastCpuMs = 0;

/** Wall time of a whole process, in ms (its CPU time in lastCpuMs); checks that it succeeds. */
double timeProcess(const QString &program, const QStringList &args, QByteArray *output = nullptr)
{
    QProcess p;
    const double cpuBefore = childrenCpuMs();
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    p.waitForFinished(-1);
    const double ms = t.nsecsElapsed() / 1e6;
    lastCpuMs = childrenCpuMs() - cpuBefore;
    if (p.exitCode() != 0)
        out << "FAILED: " << program << ' ' << args.join(QLatin1Char(' ')) << '\n'
            << p.readAllStandardError() << Qt::endl;
    if (output)
        *output = p.readAllStandardOutput();
    return ms;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int rows = args.size() > 1 ? args.at(1).toInt() : 1000000;
    const QString dir
        = args.size() > 2 ? args.at(2) : QDir::tempPath() + QStringLiteral("/thuky-bench-stats");
    QDir().mkpath(dir);
    const QString dbPath = dir + QStringLiteral("/opinions-%1.sqlite").arg(rows);
    const QString flatPath = dir + QStringLiteral("/flat-%1.sqlite").arg(rows);

    if (!QFile::exists(dbPath) || !QFile::exists(flatPath)) {
        QElapsedTimer t;
        t.start();
        build(dbPath, rows);
        out << "built " << rows << " reports in " << t.elapsed() / 1000.0 << " s" << Qt::endl;
        QFile::remove(flatPath);
        // The reference: a flat table with the topic name and a covering index.
        const QString sql = QStringLiteral(
            "ATTACH '%1' AS src; CREATE TABLE flat AS SELECT o.quarter AS quarter, t.name AS topic "
            "FROM src.opinions o JOIN src.topics t ON t.id = o.topic_id; "
            "CREATE INDEX flat_quarter_topic ON flat (quarter, topic); ANALYZE;")
                                .arg(dbPath);
        timeProcess(QStringLiteral("sqlite3"), { flatPath, sql });
    }
    out << "database: " << dbPath << Qt::endl;

    const QString sqliteQuery = QStringLiteral("SELECT quarter, topic, count(*) FROM flat GROUP BY "
                                               "quarter, topic ORDER BY quarter, topic;");
    const QStringList cliArgs { QStringLiteral("--db"), dbPath, QStringLiteral("stats"),
        QStringLiteral("opinions"), QStringLiteral("--by"), QStringLiteral("quarter,topic"),
        QStringLiteral("--format"), QStringLiteral("csv") };
    // Warm the page cache for both, then alternate runs.
    QByteArray cliOut, sqliteOut;
    timeProcess(QStringLiteral(THUKY_CLI_PATH), cliArgs, &cliOut);
    timeProcess(
        QStringLiteral("sqlite3"), { QStringLiteral("-csv"), flatPath, sqliteQuery }, &sqliteOut);
    QList<double> cli, shell, cliCpu, shellCpu;
    for (int i = 0; i < 9; ++i) {
        cli.append(timeProcess(QStringLiteral(THUKY_CLI_PATH), cliArgs));
        cliCpu.append(lastCpuMs);
        shell.append(timeProcess(
            QStringLiteral("sqlite3"), { QStringLiteral("-csv"), flatPath, sqliteQuery }));
        shellCpu.append(lastCpuMs);
    }
    const int cliLines = cliOut.count('\n') - 1;
    const int shellLines = sqliteOut.count('\n');
    out << QStringLiteral("stats opinions --by quarter,topic (%1 groups; sqlite3 %2 groups)\n")
               .arg(cliLines)
               .arg(shellLines);
    out << QStringLiteral("  thuky-cli process: median %1 ms (min %2)\n")
               .arg(median(cli), 0, 'f', 1)
               .arg(*std::min_element(cli.begin(), cli.end()), 0, 'f', 1);
    out << QStringLiteral("  sqlite3 flat table + covering index: median %1 ms (min %2)\n")
               .arg(median(shell), 0, 'f', 1)
               .arg(*std::min_element(shell.begin(), shell.end()), 0, 'f', 1);
    const double ratio = median(cli) / median(shell);
    out << QStringLiteral("  wall-time ratio: %1 (goal <= 1.5) %2\n")
               .arg(ratio, 0, 'f', 2)
               .arg(ratio <= 1.5 ? QStringLiteral("OK") : QStringLiteral("TOO SLOW"));
    // On a busy machine wall time mostly measures the wait for a core; CPU time does not.
    const double cpuRatio = median(cliCpu) / median(shellCpu);
    out << QStringLiteral("  CPU time (user+sys): thuky-cli %1 ms, sqlite3 %2 ms, ratio %3 %4\n")
               .arg(median(cliCpu), 0, 'f', 1)
               .arg(median(shellCpu), 0, 'f', 1)
               .arg(cpuRatio, 0, 'f', 2)
               .arg(cpuRatio <= 1.5 ? QStringLiteral("OK") : QStringLiteral("TOO SLOW"));
    // Reference: the question asked without the quarter column.
    QList<double> computed;
    for (int i = 0; i < 3; ++i)
        computed.append(timeProcess(QStringLiteral("sqlite3"),
            { dbPath,
                QStringLiteral("SELECT strftime('%Y', observed_on) || '-Q' || "
                               "((CAST(strftime('%m', observed_on) AS INTEGER) + 2) / 3) AS q, "
                               "topic_id, count(*) FROM opinions GROUP BY q, topic_id;") }));
    out << QStringLiteral("  (sqlite3 computing the quarter from the date: %1 ms)\n")
               .arg(median(computed), 0, 'f', 1);
    out.flush();

    // Dashboard: what one redraw asks for.
    Database db(dbPath);
    db.open(Database::OpenMode::MustExist);
    OpinionStats stats(db);
    const qint64 district
        = db.scalar(QStringLiteral("SELECT id FROM localities WHERE level = 'district' LIMIT 1"))
              .toLongLong();
    struct Scenario
    {
        const char *name;
        StatsFilter filter;
    };
    StatsFilter year2024;
    year2024.from = QDate(2024, 1, 1);
    year2024.to = QDate(2024, 12, 31);
    StatsFilter oddPeriod;
    oddPeriod.from = QDate(2022, 2, 14);
    oddPeriod.to = QDate(2023, 11, 5);
    StatsFilter byDistrict;
    byDistrict.localityId = district;
    StatsFilter byTopic;
    byTopic.topicId = 3;
    StatsFilter both = byDistrict;
    both.topicId = 3;
    both.from = QDate(2023, 1, 1);
    const Scenario scenarios[] = { { "no filter", {} }, { "year 2024", year2024 },
        { "2022-02-14..2023-11-05", oddPeriod }, { "one district", byDistrict },
        { "one topic", byTopic }, { "district+topic+from", both } };
    out << "dashboard redraw after a filter change, median of 5 (wall ms / CPU ms):\n"
           "  [bars+trend+hot: what the chart area draws at once; responses: rate + median days]\n";
    auto cpuNow = []() {
        timespec ts {};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
        return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
    };
    for (const Scenario &s : scenarios) {
        QList<double> drawWall, drawCpu, respWall, respCpu;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer t;
            t.start();
            double c = cpuNow();
            // The trend is the stacked bars summed (ChartsView does not scan twice).
            stats.countByQuarter(StatsDimension::Topic, s.filter);
            stats.hotItems(s.filter, 50);
            drawWall.append(t.nsecsElapsed() / 1e6);
            drawCpu.append(cpuNow() - c);
            t.restart();
            c = cpuNow();
            stats.responsesByQuarter(s.filter);
            respWall.append(t.nsecsElapsed() / 1e6);
            respCpu.append(cpuNow() - c);
        }
        out << QStringLiteral("  %1: bars+trend+hot %2 / %3 %4; responses %5 / %6 %7\n")
                   .arg(QLatin1String(s.name), -24)
                   .arg(median(drawWall), 0, 'f', 1)
                   .arg(median(drawCpu), 0, 'f', 1)
                   .arg(median(drawCpu) < 200 ? QStringLiteral("OK") : QStringLiteral("SLOW"))
                   .arg(median(respWall), 0, 'f', 1)
                   .arg(median(respCpu), 0, 'f', 1)
                   .arg(median(respCpu) < 200 ? QStringLiteral("OK") : QStringLiteral("SLOW"));
        out.flush();
    }
    out.flush();
    return 0;
}
