// PostgreSQL at a million benchmark (run by hand, as root or as the postgres user):
//   build/tests/bench_pg SOURCE.sqlite [--port 55499] [--dir DIR] [--runs 5] [--copy-runs N]
//       [--frequent "dat dai"] [--rare "WORDS"] [--never "karaoke lua"]
//
// 1. Copies SOURCE (a Thư Ký SQLite database, e.g. the million-report demo) into DIR (the
//    source is never opened itself), initdb's a PostgreSQL 15 server into DIR/pg and starts it
//    on 127.0.0.1:PORT (as the postgres user, like tests/run.sh); it is stopped at the end.
// 2. copy: the real `thuky-cli --db SOURCE copy --to postgresql://…` into a new database,
//    against `psql \copy` of the same opinion rows (a text file written from the copy) into a
//    plain table without indexes, in the same server; paired, alternated, medians of RUNS.
// 3. stats: `thuky-cli stats opinions --by quarter,topic` on the server, against `psql` running
//    the GROUP BY on a reference table (quarter, topic name) with a covering index.
// 4. search: `thuky-cli search opinions QUERY --limit 20` for frequent words, rare words and
//    words that never meet in one report, against `psql` running the plain indexed query on a
//    reference table (id, folded text) with a GIN index on to_tsvector('simple', text):
//    matches ranked by ts_rank, then newest, first 20.
// Every figure is a whole process, wall time; the table at the end gives the ratios.

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTextStream>

#include <algorithm>
#include <functional>

#include <unistd.h>

namespace {

QTextStream out(stdout);

const QString pgBin = QStringLiteral("/usr/lib/postgresql/15/bin");

struct Options
{
    QString source;
    QString dir = QDir::tempPath() + QStringLiteral("/thuky-bench-pg");
    int port = 55499;
    int runs = 5;
    int copyRuns = 0; ///< 0: runs
    QString frequent = QStringLiteral("dat dai");
    QString rare = QStringLiteral("karaoke");
    QString never = QStringLiteral("karaoke lua");
};

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

QString shellQuote(const QString &s)
{
    return QLatin1Char('\'') + QString(s).replace(QLatin1String("'"), QLatin1String("'\\''"))
        + QLatin1Char('\'');
}

/** Runs a command line as the postgres user (directly when not root). */
QByteArray asPostgres(const QString &command, double *ms = nullptr, bool mustSucceed = true)
{
    QProcess p;
    if (geteuid() == 0)
        p.start(QStringLiteral("su"),
            { QStringLiteral("postgres"), QStringLiteral("-s"), QStringLiteral("/bin/sh"),
                QStringLiteral("-c"), command });
    else
        p.start(QStringLiteral("/bin/sh"), { QStringLiteral("-c"), command });
    QElapsedTimer t;
    t.start();
    p.waitForFinished(-1);
    if (ms)
        *ms = t.nsecsElapsed() / 1e6;
    if (mustSucceed && (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)) {
        out << "FAILED: " << command << '\n' << p.readAllStandardError() << Qt::endl;
        ::exit(1);
    }
    return p.readAllStandardOutput();
}

/** Wall time of a whole process, in ms; stops the benchmark if it fails. */
double timeProcess(const QString &program, const QStringList &args, QByteArray *output = nullptr)
{
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    p.waitForFinished(-1);
    const double ms = t.nsecsElapsed() / 1e6;
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        out << "FAILED: " << program << ' ' << args.join(QLatin1Char(' ')) << '\n'
            << p.readAllStandardError() << Qt::endl;
        ::exit(1);
    }
    if (output)
        *output = p.readAllStandardOutput();
    return ms;
}

class Server
{
public:
    explicit Server(const Options &o)
        : m_dir(o.dir + QStringLiteral("/pg"))
        , m_port(o.port)
    {
        QDir(m_dir).removeRecursively();
        QDir().mkpath(m_dir);
        if (geteuid() == 0)
            QProcess::execute(QStringLiteral("chown"), { QStringLiteral("postgres"), m_dir });
        asPostgres(
            QStringLiteral("%1/initdb -D %2/data -A trust -E UTF8 --locale=C.UTF-8 >/dev/null")
                .arg(pgBin, m_dir));
        asPostgres(QStringLiteral("%1/pg_ctl -D %2/data -l %2/log -w -o \"-p %3 -k %2 -c "
                                  "listen_addresses=127.0.0.1 -c fsync=off\" start >/dev/null")
                       .arg(pgBin, m_dir)
                       .arg(m_port));
    }
    ~Server()
    {
        asPostgres(QStringLiteral("%1/pg_ctl -D %2/data -m fast stop >/dev/null").arg(pgBin, m_dir),
            nullptr, false);
        QDir(m_dir).removeRecursively();
    }
    QString url(const QString &db) const
    {
        return QStringLiteral("postgresql://postgres@127.0.0.1:%1/%2").arg(m_port).arg(db);
    }
    QStringList psqlArgs(const QString &db) const
    {
        return { QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"),
            QStringLiteral("-t"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
            QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
            QString::number(m_port), QStringLiteral("-U"), QStringLiteral("postgres"),
            QStringLiteral("-d"), db };
    }
    /** psql -c SQL in @p db, timed. */
    double psql(const QString &db, const QString &sql, QByteArray *output = nullptr) const
    {
        return timeProcess(
            QStringLiteral("psql"), psqlArgs(db) << QStringLiteral("-c") << sql, output);
    }

private:
    QString m_dir;
    int m_port;
};

struct Row
{
    QString work;
    double thuky;
    QString floorName;
    double floor;
};

QString ms(double v)
{
    return v >= 10000 ? QStringLiteral("%1 s").arg(v / 1000, 0, 'f', 1)
                      : QStringLiteral("%1 ms").arg(v, 0, 'f', 0);
}

/** The raw indexed query: matches ranked by ts_rank, then newest; first 20. */
QString rawSearch(const QString &words)
{
    QStringList terms;
    for (const QString &w : words.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        terms.append(w.size() > 1 ? w + QStringLiteral(":*") : w);
    const QString q
        = QStringLiteral("to_tsquery('simple', '%1')").arg(terms.join(QLatin1String(" & ")));
    return QStringLiteral("SELECT id FROM fts WHERE to_tsvector('simple', search_text) @@ %1 "
                          "ORDER BY ts_rank(to_tsvector('simple', search_text), %1) DESC, id DESC "
                          "LIMIT 20")
        .arg(q);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    Options o;
    for (int i = 0; i < args.size(); ++i) {
        const QString a = args.at(i);
        const QString next = i + 1 < args.size() ? args.at(i + 1) : QString();
        if (a == QLatin1String("--port"))
            o.port = next.toInt(), ++i;
        else if (a == QLatin1String("--dir"))
            o.dir = next, ++i;
        else if (a == QLatin1String("--runs"))
            o.runs = std::max(1, next.toInt()), ++i;
        else if (a == QLatin1String("--copy-runs"))
            o.copyRuns = std::max(1, next.toInt()), ++i;
        else if (a == QLatin1String("--frequent"))
            o.frequent = next, ++i;
        else if (a == QLatin1String("--rare"))
            o.rare = next, ++i;
        else if (a == QLatin1String("--never"))
            o.never = next, ++i;
        else
            o.source = a;
    }
    if (o.source.isEmpty() || !QFile::exists(o.source)) {
        out << "usage: bench_pg SOURCE.sqlite [--port N] [--dir DIR] [--runs N] [--frequent W] "
               "[--rare W] [--never W]"
            << Qt::endl;
        return 2;
    }
    QDir().mkpath(o.dir);
    if (geteuid() == 0)
        QProcess::execute(QStringLiteral("chmod"), { QStringLiteral("755"), o.dir });
    const QString source = o.dir + QStringLiteral("/source.sqlite");
    QFile::remove(source);
    if (!QFile::copy(o.source, source)) {
        out << "cannot copy " << o.source << " to " << source << Qt::endl;
        return 1;
    }
    const QString cli = QStringLiteral(THUKY_CLI_PATH);
    // The first open upgrades the copy's schema and checks it: not part of any figure.
    timeProcess(cli,
        { QStringLiteral("--db"), source, QStringLiteral("stats"), QStringLiteral("opinions"),
            QStringLiteral("--by"), QStringLiteral("quarter") });

    Server server(o);
    const QString copyFile = o.dir + QStringLiteral("/pg/opinions.copy");
    QList<double> copies, copyFloor;
    const int copyRuns = o.copyRuns > 0 ? o.copyRuns : o.runs;
    for (int run = 0; run < copyRuns; ++run) {
        server.psql(QStringLiteral("postgres"), QStringLiteral("DROP DATABASE IF EXISTS thuky"));
        server.psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE thuky"));
        copies.append(timeProcess(cli,
            { QStringLiteral("--db"), source, QStringLiteral("copy"), QStringLiteral("--to"),
                server.url(QStringLiteral("thuky")) }));
        // The rows as a user wrote them: not the columns the server computes from them (the
        // search words), which the floor's plain table leaves empty.
        QByteArray written;
        server.psql(QStringLiteral("thuky"),
            QStringLiteral("SELECT string_agg(attname, ',' ORDER BY attnum) FROM pg_attribute "
                           "WHERE attrelid = 'opinions'::regclass AND attnum > 0 AND NOT "
                           "attisdropped AND attgenerated = ''"),
            &written);
        const QString columns = QString::fromUtf8(written).trimmed();
        if (run == 0)
            server.psql(QStringLiteral("thuky"),
                QStringLiteral("\\copy opinions (%1) TO %2").arg(columns, shellQuote(copyFile)));
        server.psql(QStringLiteral("thuky"), QStringLiteral("CREATE TABLE plain (LIKE opinions)"));
        copyFloor.append(server.psql(QStringLiteral("thuky"),
            QStringLiteral("\\copy plain (%1) FROM %2").arg(columns, shellQuote(copyFile))));
        server.psql(QStringLiteral("thuky"), QStringLiteral("DROP TABLE plain"));
        out << QStringLiteral("copy run %1: thuky-cli copy --to %2, psql \\copy %3")
                   .arg(run + 1)
                   .arg(ms(copies.last()), ms(copyFloor.last()))
            << Qt::endl;
    }
    QByteArray rows;
    server.psql(QStringLiteral("thuky"), QStringLiteral("SELECT count(*) FROM opinions"), &rows);
    out << "reports on the server: " << rows.trimmed() << Qt::endl;

    // The reference tables, as a DBA would make them for these two questions.
    for (const QString &sql :
        { QStringLiteral("CREATE TABLE flat AS SELECT o.quarter, t.name AS topic FROM opinions o "
                         "JOIN topics t ON t.id = o.topic_id"),
            QStringLiteral("CREATE INDEX flat_quarter_topic ON flat (quarter, topic)"),
            QStringLiteral("CREATE TABLE fts AS SELECT id, search_text FROM opinions"),
            QStringLiteral("CREATE INDEX fts_text ON fts USING gin (to_tsvector('simple', "
                           "search_text))"),
            QStringLiteral("VACUUM ANALYZE flat"), QStringLiteral("VACUUM ANALYZE fts") })
        server.psql(QStringLiteral("thuky"), sql);

    const QString url = server.url(QStringLiteral("thuky"));
    QList<Row> table;
    table.append({ QStringLiteral("copy --to a new database (%1 runs)").arg(copyRuns),
        median(copies), QStringLiteral("COPY"), median(copyFloor) });

    auto paired = [&](const QString &work, const QStringList &cliArgs, const QString &floorName,
                      const QString &sql) {
        QByteArray a, b;
        timeProcess(cli, cliArgs, &a); // warm both
        server.psql(QStringLiteral("thuky"), sql, &b);
        QList<double> mine, raw;
        for (int i = 0; i < o.runs; ++i) {
            mine.append(timeProcess(cli, cliArgs));
            raw.append(server.psql(QStringLiteral("thuky"), sql));
        }
        out << work << ": thuky " << a.count('\n') << " lines, psql " << b.count('\n') << " lines"
            << Qt::endl;
        table.append({ work, median(mine), floorName, median(raw) });
    };
    paired(QStringLiteral("stats opinions --by quarter,topic"),
        { QStringLiteral("--db"), url, QStringLiteral("stats"), QStringLiteral("opinions"),
            QStringLiteral("--by"), QStringLiteral("quarter,topic"), QStringLiteral("--format"),
            QStringLiteral("csv") },
        QStringLiteral("GROUP BY"),
        QStringLiteral("SELECT quarter, topic, count(*) FROM flat GROUP BY quarter, topic ORDER "
                       "BY quarter, topic"));
    for (const auto &[kind, words] : { std::pair { QStringLiteral("frequent"), o.frequent },
             std::pair { QStringLiteral("rare"), o.rare },
             std::pair { QStringLiteral("never meet"), o.never } }) {
        QByteArray count;
        server.psql(QStringLiteral("thuky"),
            QStringLiteral("SELECT count(*) FROM (%1) s")
                .arg(rawSearch(words).replace(QLatin1String(" LIMIT 20"), QString())),
            &count);
        paired(QStringLiteral("search opinions '%1' --limit 20 (%2, %3 matches)")
                   .arg(words, kind, QString::fromUtf8(count.trimmed())),
            { QStringLiteral("--db"), url, QStringLiteral("search"), QStringLiteral("opinions"),
                words, QStringLiteral("--limit"), QStringLiteral("20") },
            QStringLiteral("tsvector"), rawSearch(words));
    }

    out << "\nPostgreSQL 15 on 127.0.0.1, " << rows.trimmed()
        << " reports, whole processes, medians of " << o.runs << " paired runs\n";
    out << QStringLiteral("| %1 | %2 | %3 | %4 |\n")
               .arg(QStringLiteral("work"), -62)
               .arg(QStringLiteral("Thư Ký"), 9)
               .arg(QStringLiteral("floor"), 18)
               .arg(QStringLiteral("ratio"));
    for (const Row &r : std::as_const(table))
        out << QStringLiteral("| %1 | %2 | %3 | ×%4 |\n")
                   .arg(r.work, -62)
                   .arg(ms(r.thuky), 9)
                   .arg(r.floorName + QLatin1Char(' ') + ms(r.floor), 18)
                   .arg(r.thuky / r.floor, 0, 'f', 2);
    out.flush();
    return 0;
}
