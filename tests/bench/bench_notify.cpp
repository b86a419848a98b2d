// Several workstations benchmark (run by hand, offscreen):
//   QT_QPA_PLATFORM=offscreen build/tests/bench_notify [--pg URL] [--sqlite PATH]
//       [--reports N] [--changes 20]
// URL defaults to THUKY_TEST_PG_URL. One connection writes a report (OpinionRepository::add,
// committed); a main window open on a second connection shows the opinion reports area. For
// each of the changes it measures, from the commit's return:
//  - notified (PostgreSQL): until the driver hands the window's connection the NOTIFY,
//  - shown: until the list's count shows the new report (count + the rows on screen read;
//    on SQLite after the watcher's once-a-second PRAGMA data_version saw the commit),
// and prints the median and the maximum, then times the list's refresh and its two queries. A
// database with fewer than N reports is first filled: the demo generator (20,000 reports), then on
// PostgreSQL copies of those rows by SQL (new uuids) up to N. An existing SQLite PATH is used as it
// is (copy the million-report demo).

#include <common/shownnumber.h>
#include <core/db/changewatch.h>
#include <core/db/database.h>
#include <core/demo/demo.h>
#include <core/opinions/opinionrepository.h>
#include <core/opinions/opinionsearch.h>
#include <ui/opinions/opinionsview.h>
#include <ui/opinions/opiniontablemodel.h>
#include <ui/shell/mainwindow.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTextStream>
#include <QWindow>

#include <algorithm>

using namespace thuky;

namespace {

QTextStream out(stdout);

/** Runs the event loop for @p ms (what QTest::qWait does; benchmarks do not link Qt Test). */
void wait(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, int(ms - t.elapsed()));
}

QString figures(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    if (ms.isEmpty())
        return QStringLiteral("-");
    const double median = ms.size() % 2 ? ms.at(ms.size() / 2)
                                        : (ms.at(ms.size() / 2 - 1) + ms.at(ms.size() / 2)) / 2;
    return QStringLiteral("median %1 ms, max %2 ms")
        .arg(median, 0, 'f', 1)
        .arg(ms.last(), 0, 'f', 1);
}

/** Fills @p db up to @p reports reports (see the top of the file). */
void fill(Database &db, qint64 reports)
{
    qint64 have = OpinionRepository(db).totalCount();
    if (have >= reports)
        return;
    QElapsedTimer t;
    t.start();
    if (have == 0) {
        out << "  demo generator: " << qMin<qint64>(reports, 20000) << " reports…" << Qt::endl;
        DemoGenerator(db, 35).generate(int(qMin<qint64>(reports, 20000)));
        have = OpinionRepository(db).totalCount();
    }
    if (db.backend() == Database::Backend::PostgreSQL && have < reports) {
        QStringList columns;
        QSqlQuery q = db.exec(QStringLiteral(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'opinions' "
            "AND table_schema = current_schema() AND column_name NOT IN ('id', 'uuid') "
            "AND is_generated = 'NEVER' ORDER BY ordinal_position"));
        while (q.next())
            columns.append(q.value(0).toString());
        const QString list = columns.join(QStringLiteral(", "));
        while (have < reports) {
            const qint64 batch = qMin(have, reports - have);
            out << "  copying " << batch << " reports by SQL (" << have << " so far)…" << Qt::endl;
            Transaction tx(db);
            db.exec(
                QStringLiteral("INSERT INTO opinions (uuid, %1) SELECT gen_random_uuid()::text, "
                               "%1 FROM opinions ORDER BY id LIMIT %2")
                    .arg(list)
                    .arg(batch));
            tx.commit();
            have += batch;
        }
        db.exec(QStringLiteral("ANALYZE opinions"));
    }
    out << "  filled to " << OpinionRepository(db).totalCount() << " reports in "
        << t.elapsed() / 1000.0 << " s" << Qt::endl;
}

void measure(const QString &location, qint64 reports, int changes)
{
    Database writer(location);
    writer.open();
    writer.setCurrentUser(QStringLiteral("other-workstation"));
    fill(writer, reports);
    const qint64 total = OpinionRepository(writer).totalCount();
    const OpinionReport sample = OpinionRepository(writer)
                                     .list({}, OpinionColumn::Date, Qt::DescendingOrder, 1, 0)
                                     .first();

    Database here(location);
    here.open(Database::OpenMode::MustExist);
    here.setCurrentUser(QStringLiteral("here"));
    MainWindow w(here);
    w.resize(1280, 800);
    w.show();
    w.setCurrentArea(MainWindow::Area::Opinions);
    for (int i = 0; i < 100 && !(w.windowHandle() && w.windowHandle()->isExposed()); ++i)
        wait(20);
    auto *view = qobject_cast<OpinionsView *>(w.areaWidget(MainWindow::Area::Opinions));
    QLabel *count = view->countLabel();

    QElapsedTimer clock;
    double notifiedAt = -1;
    // PostgreSQL's notification as the driver hands it over, before the window reads the list.
    QObject::connect(here.connection().driver(), &QSqlDriver::notification, &w, [&] {
        if (notifiedAt < 0)
            notifiedAt = clock.nsecsElapsed() / 1e6;
    });
    QList<double> notified, shown, refresh;
    int missed = 0;
    for (int i = 0; i < changes; ++i) {
        OpinionReport r;
        r.localityId = sample.localityId;
        r.topicId = sample.topicId;
        r.observedOn = QDate::currentDate();
        r.summary = QStringLiteral("Báo cáo từ máy khác số %1").arg(i);
        const qint64 before = test::shownNumber(count->text());
        OpinionRepository(writer).add(r);
        clock.start();
        notifiedAt = -1;
        // Shown: a new number, not "Counting…" on the way to it (a server counts afterwards).
        const auto changed = [&] {
            const qint64 now = test::shownNumber(count->text());
            return now >= 0 && now != before;
        };
        while (!changed() && clock.elapsed() < 5000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        if (!changed()) {
            ++missed;
            continue;
        }
        shown.append(clock.nsecsElapsed() / 1e6);
        if (notifiedAt >= 0)
            notified.append(notifiedAt);
        // Apart, so that each change is its own signal (ChangeWatch::CoalesceMs).
        wait(ChangeWatch::CoalesceMs + 100);
    }
    // The refresh alone: what the list does on each notification, and its two queries.
    QList<double> counts, pages;
    for (int i = 0; i < changes; ++i) {
        QElapsedTimer t;
        t.start();
        view->followOtherChanges({ QStringLiteral("opinions") });
        refresh.append(t.nsecsElapsed() / 1e6);
        t.start();
        OpinionSearch(here).count(OpinionFilter());
        counts.append(t.nsecsElapsed() / 1e6);
        t.start();
        OpinionRepository(here).list(
            {}, OpinionColumn::Date, Qt::DescendingOrder, OpinionTableModel::PageSize, 0);
        pages.append(t.nsecsElapsed() / 1e6);
    }
    const QString engine = writer.backend() == Database::Backend::SQLite
        ? QStringLiteral("SQLite")
        : QStringLiteral("PostgreSQL");
    out << engine << ", " << total << " reports, " << changes << " changes"
        << (missed ? QStringLiteral(" (%1 not shown within 5 s)").arg(missed) : QString())
        << Qt::endl;
    if (here.backend() == Database::Backend::PostgreSQL)
        out << "  commit -> other connection notified:  " << figures(notified) << Qt::endl;
    else // the window's handler, connected first, has already read the list then
        out << "  (SQLite: PRAGMA data_version is read once a second, half a second on average)"
            << Qt::endl;
    out << "  commit -> other window's list shows it: " << figures(shown) << Qt::endl;
    out << "  the list's refresh alone (count + rows on screen): " << figures(refresh) << Qt::endl;
    out << "    of which the count, unfiltered: " << figures(counts) << Qt::endl;
    out << "    of which one page of " << OpinionTableModel::PageSize << " rows: " << figures(pages)
        << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("bench_notify"));
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    const QStringList args = QApplication::arguments();
    QString url = qEnvironmentVariable("THUKY_TEST_PG_URL");
    QString sqlite;
    qint64 reports = 1000000;
    int changes = 20;
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--pg"))
            url = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--sqlite"))
            sqlite = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--reports"))
            reports = args.at(i + 1).toLongLong();
        else if (args.at(i) == QLatin1String("--changes"))
            changes = args.at(i + 1).toInt();
    }
    if (url.isEmpty() && sqlite.isEmpty()) {
        out << "usage: bench_notify [--pg URL] [--sqlite PATH] [--reports N] [--changes 20]"
            << Qt::endl;
        return 2;
    }
    try {
        if (!url.isEmpty())
            measure(url, reports, changes);
        if (!sqlite.isEmpty())
            measure(sqlite, QFile::exists(sqlite) ? 0 : reports, changes);
    } catch (const DbError &e) {
        out << "error: " << e.message() << Qt::endl;
        return 1;
    } catch (const ValidationError &e) {
        out << "error: " << e.message() << Qt::endl;
        return 1;
    }
    return 0;
}
