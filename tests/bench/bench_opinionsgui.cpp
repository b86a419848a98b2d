// Opinion reports GUI benchmark (run by hand, offscreen):
//   QT_QPA_PLATFORM=offscreen build/tests/bench_opinionsgui [DB_PATH] [ROWS]
// With no DB_PATH (or a missing file) it builds one with the demo generator: ROWS reports
// (default 1,000,000) at /tmp/bench_opinionsgui.sqlite. An existing DB_PATH is reused, and so is
// a server URL (e.g. a million-report demo copied there with copy --to).
//
// Measures, as a user gets them:
//  - time from constructing OpinionsView to its first painted screen (first page fetched),
//  - resident memory (VmRSS) of an empty window and after the view is shown and scrolled,
//  - p50/p95 of filter changes, sorts and searches through the view's model (first page, and
//    on SQLite the count, what the list shows after each change; on a server the count is made
//    on a thread of its own while the list is shown),
//  - p50/p95 of the time until the count is shown after a filter change or a search.

#include <core/db/database.h>
#include <core/demo/demo.h>
#include <core/opinions/opinionrepository.h>
#include <core/opinions/taxonomyrepository.h>
#include <core/roster/rosterrepository.h>
#include <ui/opinions/opinionsview.h>
#include <ui/opinions/opiniontablemodel.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QTableView>
#include <QTextStream>
#include <QUndoStack>

#include <algorithm>
#include <functional>
#include <iterator>

using namespace thuky;

namespace {

QTextStream out(stdout);

/** A field of /proc/self/status in MiB (VmRSS, RssAnon, RssFile). */
double statusMiB(const char *field = "VmRSS:")
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray key(field);
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

double rssMiB()
{
    return statusMiB();
}

/** "123.4 MiB (anonymous 80.1, file-backed 43.3)": SQLite's mmap'd pages count as file-backed. */
QString rssText(double rss, double anon, double file)
{
    return QStringLiteral("%1 MiB (anonymous %2, file-backed/mmap %3)")
        .arg(rss, 0, 'f', 1)
        .arg(anon, 0, 'f', 1)
        .arg(file, 0, 'f', 1);
}

/** Processes events until @p widget has painted once. */
class PaintWatch : public QObject
{
public:
    bool painted = false;
    bool eventFilter(QObject *o, QEvent *e) override
    {
        if (e->type() == QEvent::Paint)
            painted = true;
        return QObject::eventFilter(o, e);
    }
};

void waitForPaint(QWidget *widget)
{
    PaintWatch watch;
    widget->installEventFilter(&watch);
    QElapsedTimer t;
    t.start();
    while (!watch.painted && t.elapsed() < 10000)
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    widget->removeEventFilter(&watch);
}

struct Row
{
    QString what;
    QList<double> ms;
    QString note;
};

double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    if (v.isEmpty())
        return 0;
    const int i = qBound(0, int(p * (v.size() - 1) + 0.5), int(v.size() - 1));
    return v.at(i);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("bench_opinionsgui"));
    const QStringList args = QApplication::arguments();
    QString path = args.size() > 1 ? args.at(1) : QStringLiteral("/tmp/bench_opinionsgui.sqlite");
    const int rows = args.size() > 2 ? args.at(2).toInt() : 1000000;

    // 1. The empty window's memory, before any database.
    {
        QWidget empty;
        empty.resize(1280, 800);
        empty.show();
        waitForPaint(&empty);
    }
    const double rssEmpty = rssMiB();
    const double anonEmpty = statusMiB("RssAnon:");
    const double fileEmpty = statusMiB("RssFile:");

    // A server URL (postgresql://…) is used as it is: the rows must be there already.
    if (!path.contains(QLatin1String("://")) && !QFile::exists(path)) {
        out << "Building " << path << " with " << rows << " demo reports…" << Qt::endl;
        QElapsedTimer t;
        t.start();
        Database db(path);
        db.open();
        db.setCurrentUser(QStringLiteral("bench"));
        DemoGenerator(db, 35).generate(rows);
        out << "  built in " << t.elapsed() / 1000.0 << " s" << Qt::endl;
    }

    Database db(path);
    QElapsedTimer openTimer;
    openTimer.start();
    db.open(Database::OpenMode::MustExist);
    db.setCurrentUser(QStringLiteral("bench"));
    const double openMs = openTimer.nsecsElapsed() / 1e6;
    const qint64 total = OpinionRepository(db).totalCount();
    const double rssBefore = rssMiB();
    const double anonBefore = statusMiB("RssAnon:");
    const double fileBefore = statusMiB("RssFile:");

    // 2. Construct the view and show its first screen.
    QUndoStack undo;
    QElapsedTimer first;
    first.start();
    auto *view = new OpinionsView(db, &undo);
    view->resize(1280, 800);
    view->show();
    waitForPaint(view->table()->viewport());
    const double firstScreenMs = first.nsecsElapsed() / 1e6;
    const double rssShown = rssMiB();
    const double anonShown = statusMiB("RssAnon:");
    const double fileShown = statusMiB("RssFile:");
    OpinionTableModel *model = view->model();
    const int firstRows = model->rowCount();

    // Scroll down through 20 pages as a reader would, then measure memory again.
    QElapsedTimer scroll;
    scroll.start();
    for (int i = 0; i < 20 && model->canFetchMore({}); ++i)
        model->fetchMore({});
    const double scrollMs = scroll.nsecsElapsed() / 1e6;
    const int scrolledRows = model->rowCount();
    view->table()->scrollToBottom();
    QApplication::processEvents();
    const double rssScrolled = rssMiB();
    const double anonScrolled = statusMiB("RssAnon:");
    const double fileScrolled = statusMiB("RssFile:");

    // 3. Filter changes, sorts and searches through the model (first page; count, see above).
    TaxonomyRepository taxonomy(db);
    const QList<Topic> topics = taxonomy.topics();
    const QList<Locality> localities = RosterRepository(db).localities();
    qint64 district = 0, commune = 0;
    for (const Locality &l : localities) {
        if (!district && l.level == QLatin1String("district"))
            district = l.id;
        if (!commune && l.level == QLatin1String("commune"))
            commune = l.id;
    }
    qint64 topTopic = 0, subTopic = 0;
    for (const Topic &t : topics) {
        if (!topTopic && t.parentId == 0)
            topTopic = t.id;
        if (!subTopic && t.parentId != 0)
            subTopic = t.id;
    }
    const QList<OpinionReport> one = OpinionRepository(db).list(
        OpinionFilter(), OpinionColumn::Date, Qt::DescendingOrder, 1, 0);
    const qint64 reporter = one.isEmpty() ? 0 : one.first().reporterId;

    QList<QPair<QString, OpinionFilter>> filters;
    auto add = [&](const QString &name, const std::function<void(OpinionFilter &)> &set) {
        OpinionFilter f;
        set(f);
        filters.append({ name, f });
    };
    add(QStringLiteral("quarter 2023-Q2"),
        [](OpinionFilter &f) { f.quarter = QStringLiteral("2023-Q2"); });
    add(QStringLiteral("district (with communes)"),
        [&](OpinionFilter &f) { f.localityId = district; });
    add(QStringLiteral("commune"), [&](OpinionFilter &f) { f.localityId = commune; });
    add(QStringLiteral("topic (with subtopics)"), [&](OpinionFilter &f) { f.topicId = topTopic; });
    add(QStringLiteral("channel + sentiment"), [](OpinionFilter &f) {
        f.channels = { QStringLiteral("hotline") };
        f.sentiments = { QStringLiteral("negative") };
    });
    add(QStringLiteral("status waiting"), [](OpinionFilter &f) {
        f.statuses = { QStringLiteral("new"), QStringLiteral("forwarded") };
    });
    add(QStringLiteral("urgency hot"),
        [](OpinionFilter &f) { f.urgencies = { QStringLiteral("hot") }; });
    add(QStringLiteral("reporter"), [&](OpinionFilter &f) { f.reporterId = reporter; });
    add(QStringLiteral("date range 2 months"), [](OpinionFilter &f) {
        f.from = QDate(2022, 3, 1);
        f.to = QDate(2022, 4, 30);
    });
    add(QStringLiteral("quarter+district+topic+status"), [&](OpinionFilter &f) {
        f.quarter = QStringLiteral("2024-Q1");
        f.localityId = district;
        f.topicId = topTopic;
        f.statuses = { QStringLiteral("new"), QStringLiteral("forwarded") };
    });
    add(QStringLiteral("all eight fields"), [&](OpinionFilter &f) {
        f.from = QDate(2022, 1, 1);
        f.to = QDate(2023, 12, 31);
        f.localityId = district;
        f.topicId = subTopic;
        f.channels = { QStringLiteral("direct") };
        f.sentiments = { QStringLiteral("negative") };
        f.urgencies = { QStringLiteral("normal") };
        f.statuses = { QStringLiteral("new") };
    });

    QList<Row> table;
    const int runs = 7;
    // On a server the view shows the first page and counts on a thread of its own: the time
    // until the count is shown too, from the same start.
    QList<double> allCounts;
    auto countShown = [&](const QElapsedTimer &t) {
        while (!model->totalKnown() && t.elapsed() < 120000)
            QApplication::processEvents(QEventLoop::AllEvents, 2);
        allCounts.append(t.nsecsElapsed() / 1e6);
    };
    // The list put back between two measures: its count made before the next one starts.
    auto settle = [&] {
        QElapsedTimer t;
        t.start();
        while (!model->totalKnown() && t.elapsed() < 120000)
            QApplication::processEvents(QEventLoop::AllEvents, 2);
    };
    QList<double> allFilters;
    for (const auto &[name, f] : std::as_const(filters)) {
        QList<double> only;
        for (int i = 0; i < runs; ++i) {
            model->setFilter(OpinionFilter());
            settle();
            QElapsedTimer t;
            t.start();
            model->setFilter(f);
            only.append(t.nsecsElapsed() / 1e6);
            countShown(t);
        }
        allFilters += only;
        table.append({ QStringLiteral("filter: ") + name, only,
            QStringLiteral("%1 rows").arg(model->totalCount()) });
    }
    model->setFilter(OpinionFilter());
    settle();
    QList<double> allSorts;
    const char *columnNames[] = { "date", "locality", "topic", "channel", "sentiment", "urgency",
        "status", "reporter", "summary" };
    static_assert(std::size(columnNames) == OpinionTableModel::ColumnCount);
    for (int c = 0; c < OpinionTableModel::ColumnCount; ++c) {
        QList<double> ms;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            model->sort(c, i % 2 ? Qt::DescendingOrder : Qt::AscendingOrder);
            ms.append(t.nsecsElapsed() / 1e6);
        }
        allSorts += ms;
        table.append({ QStringLiteral("sort: ") + QLatin1String(columnNames[c]), ms, QString() });
    }
    // Sorting a filtered list.
    {
        OpinionFilter f;
        f.localityId = district;
        f.statuses = { QStringLiteral("new"), QStringLiteral("forwarded") };
        model->setFilter(f);
        QList<double> ms;
        for (int i = 0; i < runs; ++i) {
            for (int c :
                { int(OpinionTableModel::TopicColumn), int(OpinionTableModel::SummaryColumn) }) {
                QElapsedTimer t;
                t.start();
                model->sort(c, i % 2 ? Qt::DescendingOrder : Qt::AscendingOrder);
                ms.append(t.nsecsElapsed() / 1e6);
            }
        }
        allSorts += ms;
        table.append({ QStringLiteral("sort filtered: topic, summary"), ms,
            QStringLiteral("%1 rows").arg(model->totalCount()) });
    }
    model->sort(-1);
    model->setFilter(OpinionFilter());
    QList<double> allSearches;
    const QStringList queries { QStringLiteral("dat dai"), QStringLiteral("boi thuong"),
        QStringLiteral("y te"), QStringLiteral("gia"), QStringLiteral("hoc phi"),
        QStringLiteral("o nhiem moi truong"), QStringLiteral("tai dinh cu"), QStringLiteral("d") };
    for (const QString &q : queries) {
        QList<double> ms;
        for (int i = 0; i < runs; ++i) {
            model->setFilter(OpinionFilter());
            settle();
            OpinionFilter f;
            f.text = q;
            QElapsedTimer t;
            t.start();
            model->setFilter(f);
            ms.append(t.nsecsElapsed() / 1e6);
            countShown(t);
        }
        allSearches += ms;
        table.append({ QStringLiteral("search: \"%1\" (best first)").arg(q), ms,
            QStringLiteral("%1 rows").arg(model->totalCount()) });
    }
    // Typing a search with the view's debounce: the cost of each keystroke's query.
    {
        QList<double> ms;
        const QString typed = QStringLiteral("dat dai");
        for (int n = 1; n <= typed.size(); ++n) {
            OpinionFilter f;
            f.text = typed.left(n);
            QElapsedTimer t;
            t.start();
            model->setFilter(f);
            ms.append(t.nsecsElapsed() / 1e6);
            countShown(t);
        }
        allSearches += ms;
        table.append({ QStringLiteral("search as typed: d, da, dat, … dat dai"), ms, QString() });
    }

    out << Qt::endl
        << "Opinion reports GUI benchmark — " << path << " (" << total << " reports)" << Qt::endl;
    out << QStringLiteral("%1 %2")
               .arg(QStringLiteral("open database (migrations check)"), -48)
               .arg(openMs, 9, 'f', 1)
        << " ms" << Qt::endl;
    out << QStringLiteral("%1 %2")
               .arg(QStringLiteral("OpinionsView constructed → first screen painted"), -48)
               .arg(firstScreenMs, 9, 'f', 1)
        << " ms (" << firstRows << " rows fetched)" << Qt::endl;
    out << QStringLiteral("%1 %2")
               .arg(QStringLiteral("20 more pages fetched (scrolling)"), -48)
               .arg(scrollMs, 9, 'f', 1)
        << " ms (" << scrolledRows << " rows)" << Qt::endl;
    out << QStringLiteral("%1 ").arg(QStringLiteral("RSS empty window"), -48)
        << rssText(rssEmpty, anonEmpty, fileEmpty) << Qt::endl;
    out << QStringLiteral("%1 ").arg(QStringLiteral("RSS database open"), -48)
        << rssText(rssBefore, anonBefore, fileBefore) << Qt::endl;
    out << QStringLiteral("%1 ").arg(QStringLiteral("RSS view shown (first screen)"), -48)
        << rssText(rssShown, anonShown, fileShown) << Qt::endl
        << QStringLiteral("%1 ").arg(QString(), -48) << "= +"
        << QString::number(rssShown - rssEmpty, 'f', 1) << " MiB over the empty window (+"
        << QString::number(anonShown - anonEmpty, 'f', 1) << " anonymous)" << Qt::endl;
    out << QStringLiteral("%1 ").arg(QStringLiteral("RSS after scrolling 20 pages"), -48)
        << rssText(rssScrolled, anonScrolled, fileScrolled) << Qt::endl
        << QStringLiteral("%1 ").arg(QString(), -48) << "= +"
        << QString::number(rssScrolled - rssEmpty, 'f', 1) << " MiB over the empty window (+"
        << QString::number(anonScrolled - anonEmpty, 'f', 1) << " anonymous)" << Qt::endl;
    out << Qt::endl
        << QStringLiteral("%1 %2 %3 %4  %5")
               .arg(QStringLiteral("operation (first page; count on SQLite)"), -46)
               .arg(QStringLiteral("p50 ms"), 8)
               .arg(QStringLiteral("p95 ms"), 8)
               .arg(QStringLiteral("max ms"), 8)
               .arg(QStringLiteral("matches"))
        << Qt::endl;
    for (const Row &r : std::as_const(table)) {
        out << QStringLiteral("%1 %2 %3 %4  %5")
                   .arg(r.what, -46)
                   .arg(percentile(r.ms, 0.5), 8, 'f', 1)
                   .arg(percentile(r.ms, 0.95), 8, 'f', 1)
                   .arg(*std::max_element(r.ms.cbegin(), r.ms.cend()), 8, 'f', 1)
                   .arg(r.note)
            << Qt::endl;
    }
    out << Qt::endl;
    for (const auto &[name, ms] :
        { std::pair<QString, QList<double>> { QStringLiteral("all filter changes"), allFilters },
            { QStringLiteral("all sorts"), allSorts },
            { QStringLiteral("all searches"), allSearches },
            { QStringLiteral("count shown (filters, searches)"), allCounts } }) {
        out << QStringLiteral("%1 %2 %3 %4")
                   .arg(name, -46)
                   .arg(percentile(ms, 0.5), 8, 'f', 1)
                   .arg(percentile(ms, 0.95), 8, 'f', 1)
                   .arg(*std::max_element(ms.cbegin(), ms.cend()), 8, 'f', 1)
            << Qt::endl;
    }
    delete view;
    return 0;
}
