// Opinion reports at scale (issue 4): builds a SQLite database of ROWS reports (default
// 1,000,000) with the demo generator, then prints p50/p95 timings of the report list (first
// page of 100 + COUNT) for filter combinations and sorts, of search, and of importing a
// 100,000-row CSV through the real thuky-cli.
//
//   bench_opinions [ROWS] [--dir DIR] [--runs N] [--no-import]
//
// DIR (default: a temporary folder) keeps the databases; an existing bench.sqlite there with
// ROWS reports is reused instead of generated again.

#include <core/db/database.h>
#include <core/demo/demo.h>
#include <core/opinions/opinionexport.h>
#include <core/opinions/opinionimport.h>
#include <core/opinions/opinionrepository.h>
#include <core/opinions/taxonomyrepository.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace thuky;

namespace {

struct Figures
{
    double p50 = 0;
    double p95 = 0;
    double max = 0;
};

Figures measure(int runs, const std::function<void()> &work)
{
    work(); // warm the cache once, as a user who already opened the list
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        ms.append(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    auto at = [&](double q) {
        return ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(q * (ms.size() - 1) + 0.5)));
    };
    return { at(0.5), at(0.95), ms.last() };
}

void line(const char *what, const QString &detail, const Figures &f, qint64 rows = -1)
{
    std::printf("  %-34s %-40s %8.1f %8.1f %8.1f %s\n", what, qPrintable(detail.left(40)), f.p50,
        f.p95, f.max, rows >= 0 ? qPrintable(QString::number(rows)) : "");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    qint64 rows = 1000000;
    int runs = 20;
    QString dir;
    bool withImport = true;
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--no-import"))
            withImport = false;
        else if (args.at(i) == QLatin1String("--dir") && i + 1 < args.size())
            dir = args.at(++i);
        else if (args.at(i) == QLatin1String("--runs") && i + 1 < args.size())
            runs = args.at(++i).toInt();
        else
            rows = args.at(i).toLongLong();
    }
    QTemporaryDir temp;
    if (dir.isEmpty())
        dir = temp.path();
    const QString path = dir + QStringLiteral("/bench.sqlite");

    std::printf("Opinion reports benchmark: %lld reports, %d runs per figure, SQLite %s\n",
        static_cast<long long>(rows), runs, qPrintable(path));

    Database db(path);
    db.open();
    db.setCurrentUser(QStringLiteral("bench"));
    OpinionRepository repo(db);
    if (repo.totalCount() != rows) {
        if (repo.totalCount() > 0) {
            std::fprintf(stderr, "%s holds other data; give another --dir\n", qPrintable(path));
            return 1;
        }
        QElapsedTimer t;
        t.start();
        DemoGenerator(db, 2024).generate(int(rows));
        std::printf(
            "\nGenerated %lld reports (demo generator, one transaction) in %.1f s; file %.0f MiB\n",
            static_cast<long long>(repo.totalCount()), double(t.elapsed()) / 1000,
            double(QFileInfo(path).size()) / 1048576);
    } else {
        std::printf("\nReusing %s\n", qPrintable(path));
    }

    TaxonomyRepository taxonomy(db);
    const qint64 district = *taxonomy.findLocalityId(QStringLiteral("Châu Đốc"));
    const qint64 commune = *taxonomy.findLocalityId(QStringLiteral("Núi Sam"));
    const qint64 land = taxonomy.findTopic(QStringLiteral("Đất đai"))->id;
    const qint64 prices = taxonomy.findTopic(QStringLiteral("Giá cả thị trường"))->id;
    const qint64 reporter
        = db.scalar(QStringLiteral(
                        "SELECT reporter_id FROM opinions WHERE reporter_id IS NOT NULL LIMIT 1"))
              .toLongLong();

    struct Case
    {
        const char *name;
        OpinionFilter filter;
        OpinionColumn column = OpinionColumn::Date;
        Qt::SortOrder order = Qt::DescendingOrder;
    };
    QList<Case> cases;
    auto add = [&](const char *name, const std::function<void(OpinionFilter &)> &set,
                   OpinionColumn column = OpinionColumn::Date,
                   Qt::SortOrder order = Qt::DescendingOrder) {
        Case c;
        c.name = name;
        set(c.filter);
        c.column = column;
        c.order = order;
        cases.append(c);
    };
    auto none = [](OpinionFilter &) {};
    add("no filter", none);
    add("quarter 2024-Q2", [](OpinionFilter &f) { f.quarter = QStringLiteral("2024-Q2"); });
    add("date range 2023", [](OpinionFilter &f) {
        f.from = QDate(2023, 1, 1);
        f.to = QDate(2023, 12, 31);
    });
    add("district + communes", [&](OpinionFilter &f) { f.localityId = district; });
    add("commune", [&](OpinionFilter &f) { f.localityId = commune; });
    add("topic + subtopics", [&](OpinionFilter &f) { f.topicId = land; });
    add("subtopic", [&](OpinionFilter &f) { f.topicId = prices; });
    add("sentiment negative + hot", [](OpinionFilter &f) {
        f.sentiments = { QStringLiteral("negative") };
        f.urgencies = { QStringLiteral("hot") };
    });
    add("channel social + status new", [](OpinionFilter &f) {
        f.channels = { QStringLiteral("social_media") };
        f.statuses = { QStringLiteral("new") };
    });
    add("two statuses", [](OpinionFilter &f) {
        f.statuses = { QStringLiteral("forwarded"), QStringLiteral("answered") };
    });
    add("reporter", [&](OpinionFilter &f) { f.reporterId = reporter; });
    add("district + topic + 2023", [&](OpinionFilter &f) {
        f.localityId = district;
        f.topicId = land;
        f.from = QDate(2023, 1, 1);
        f.to = QDate(2023, 12, 31);
    });
    add("text 'dat dai' + district", [&](OpinionFilter &f) {
        f.text = QStringLiteral("dat dai");
        f.localityId = district;
    });
    add("every filter", [&](OpinionFilter &f) {
        f.quarter = QStringLiteral("2024-Q3");
        f.localityId = district;
        f.topicId = land;
        f.channels = { QStringLiteral("direct"), QStringLiteral("social_media") };
        f.sentiments = { QStringLiteral("negative") };
        f.urgencies = { QStringLiteral("normal"), QStringLiteral("notable") };
        f.statuses = { QStringLiteral("new"), QStringLiteral("forwarded") };
    });
    add("sort locality A-Z", none, OpinionColumn::Locality, Qt::AscendingOrder);
    add("sort topic Z-A", none, OpinionColumn::Topic, Qt::DescendingOrder);
    add("sort channel", none, OpinionColumn::Channel, Qt::AscendingOrder);
    add("sort sentiment", none, OpinionColumn::Sentiment, Qt::AscendingOrder);
    add("sort urgency", none, OpinionColumn::Urgency, Qt::DescendingOrder);
    add("sort status", none, OpinionColumn::Status, Qt::AscendingOrder);
    add("sort reporter", none, OpinionColumn::Reporter, Qt::AscendingOrder);
    add("sort summary", none, OpinionColumn::Summary, Qt::AscendingOrder);
    add("sort date oldest first", none, OpinionColumn::Date, Qt::AscendingOrder);
    add(
        "district, sort topic", [&](OpinionFilter &f) { f.localityId = district; },
        OpinionColumn::Topic, Qt::AscendingOrder);
    add(
        "negative, sort locality",
        [](OpinionFilter &f) { f.sentiments = { QStringLiteral("negative") }; },
        OpinionColumn::Locality, Qt::AscendingOrder);

    std::printf("\nReport list: first page of 100 rows, then the COUNT of the same filter (ms)\n");
    std::printf("  %-34s %-40s %8s %8s %8s %s\n", "case", "", "p50", "p95", "max", "matching");
    double worst = 0;
    for (const Case &c : std::as_const(cases)) {
        qint64 matching = 0;
        const Figures page = measure(runs, [&] { repo.list(c.filter, c.column, c.order, 100, 0); });
        const Figures count = measure(runs, [&] { matching = repo.count(c.filter); });
        line(c.name, QStringLiteral("page"), page);
        line("", QStringLiteral("count"), count, matching);
        worst = std::max({ worst, page.p95, count.p95 });
    }
    const Figures deep = measure(runs,
        [&] { repo.list(OpinionFilter(), OpinionColumn::Date, Qt::DescendingOrder, 100, 5000); });
    line("no filter, page at row 5,000", QStringLiteral("page"), deep);

    std::printf("\nSearch (thuky-cli search: best match first, 50 rows) (ms)\n");
    for (const char *q : { "dat dai", "Đất Đai", "nguyen", "bồi thường", "gia lua",
             "lua dao qua mang", "sat lo bo song", "xa", "d", "khong co tu nay" }) {
        int hits = 0;
        const Figures f
            = measure(runs, [&] { hits = int(repo.search(QString::fromUtf8(q), 50).size()); });
        line("search", QString::fromUtf8(q), f, hits);
        worst = std::max(worst, f.p95);
    }
    std::printf("\nWorst p95 of list, count and search: %.1f ms (target < 100 ms)\n", worst);

    if (!withImport)
        return 0;

    // Import: 100,000 rows exported from the big database, imported by the real CLI into a
    // fresh database (creating localities and topics) and into the big one.
    const QString csv = dir + QStringLiteral("/import-100k.csv");
    {
        QFile f(csv);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        QByteArray text = OpinionImport::columns().join(QLatin1Char(',')).toUtf8() + '\n';
        OpinionFilter filter;
        filter.from = QDate(2022, 1, 1);
        int n = 0;
        repo.forEach(filter, [&](const OpinionReport &r) {
            if (n++ >= 100000)
                return;
            QStringList fields;
            for (const QString &v : OpinionExport::csvFields(r)) {
                QString q = v;
                if (q.contains(QLatin1Char(',')) || q.contains(QLatin1Char('"'))
                    || q.contains(QLatin1Char('\n')))
                    q = QLatin1Char('"') + q.replace(QLatin1String("\""), QLatin1String("\"\""))
                        + QLatin1Char('"');
                fields.append(q);
            }
            text += fields.join(QLatin1Char(',')).toUtf8() + '\n';
        });
        f.write(text);
    }
    db.close();
    // Wall-clock seconds, and CPU seconds (user + system) when /usr/bin/time can tell: on a
    // shared machine the wall clock also counts the time spent waiting for a core.
    const bool haveTime = QFileInfo::exists(QStringLiteral("/usr/bin/time"));
    auto cli = [&](const QStringList &a) {
        QProcess p;
        QElapsedTimer t;
        t.start();
        if (haveTime)
            p.start(QStringLiteral("/usr/bin/time"),
                QStringList { QStringLiteral("-f"), QStringLiteral("cpu %U %S"),
                    QStringLiteral(THUKY_CLI_PATH) }
                    + a);
        else
            p.start(QStringLiteral(THUKY_CLI_PATH), a);
        p.waitForFinished(-1);
        const double s = double(t.elapsed()) / 1000;
        const QString err = QString::fromUtf8(p.readAllStandardError());
        if (p.exitCode() != 0)
            std::printf("  thuky-cli %s failed: %s\n", qPrintable(a.join(QLatin1Char(' '))),
                qPrintable(err));
        const QStringList cpu = err.split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                                    .filter(QStringLiteral("cpu "))
                                    .value(0)
                                    .split(QLatin1Char(' '));
        const double cpuSeconds
            = cpu.size() == 3 ? cpu.at(1).toDouble() + cpu.at(2).toDouble() : -1;
        return QStringLiteral("%1 s wall, %2 s CPU").arg(s, 0, 'f', 1).arg(cpuSeconds, 0, 'f', 1);
    };
    const QString fresh = dir + QStringLiteral("/import-fresh.sqlite");
    QFile::remove(fresh);
    cli({ QStringLiteral("--db"), fresh, QStringLiteral("init") });
    std::printf("\nImport of a 100,000-row CSV (%.1f MiB) with thuky-cli (s)\n",
        double(QFileInfo(csv).size()) / 1048576);
    std::printf("  %-60s %s\n", "dry run (parse and check every row), fresh database",
        qPrintable(cli(
            { QStringLiteral("--db"), fresh, QStringLiteral("import"), QStringLiteral("opinions"),
                csv, QStringLiteral("--create-missing"), QStringLiteral("--dry-run") })));
    std::printf("  %-60s %s\n", "import --create-missing into a fresh database",
        qPrintable(cli({ QStringLiteral("--db"), fresh, QStringLiteral("import"),
            QStringLiteral("opinions"), csv, QStringLiteral("--create-missing") })));
    std::printf("  %-60s %s\n", "import --skip-duplicates again (every row a duplicate)",
        qPrintable(cli({ QStringLiteral("--db"), fresh, QStringLiteral("import"),
            QStringLiteral("opinions"), csv, QStringLiteral("--skip-duplicates") })));
    std::printf("  %-60s %s\n",
        qPrintable(QStringLiteral("import into the %1-report database").arg(rows)),
        qPrintable(cli({ QStringLiteral("--db"), path, QStringLiteral("import"),
            QStringLiteral("opinions"), csv })));
    return 0;
}
