// A large import of opinion reports (OpinionImport::write on SQLite with at least as many rows as
// the table holds, and at least THUKY_IMPORT_REBUILD_ROWS) writes the rows into the bare table
// and builds the indexes and the search index after them: it must end with the very schema,
// rows and search results of the row-by-row path, and a cancel or a failure anywhere in it
// must leave the database file byte for byte as it was.

#include "opinionfixture.h"
#include <core/opinions/opinionimport.h>

#include <QFile>
#include <QMap>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <algorithm>

using namespace thuky;

namespace {

const char *const words[]
    = { "đất đai", "bờ kè", "sạt lở", "giá lúa", "karaoke", "ồn ào", "tái định cư", "học phí",
          "bảo hiểm", "nước sạch", "lừa đảo", "qua mạng", "đường", "điện", "rác thải", "thủ tục" };
constexpr int wordCount = int(sizeof(words) / sizeof(words[0]));

/** @p rows varied rows over the fixture's names, new reporters and agencies among them. */
QByteArray csv(int rows, int seed)
{
    QByteArray out = "date,locality,topic,summary,channel,sentiment,urgency,recommendation,"
                     "reporter,forwarded_to,status,response,response_date\n";
    const char *const localities[] = { "Ba Chúc", "Tri Tôn", "Chợ Mới", "An Giang" };
    const char *const topics[] = { "Đất đai", "Kinh tế", "Giá cả thị trường" };
    const char *const sentiments[] = { "negative", "neutral", "positive", "mixed" };
    const char *const channels[] = { "direct", "press", "hotline", "social_media" };
    for (int i = 0; i < rows; ++i) {
        const int n = i * 7919 + seed;
        QString summary;
        for (int w = 0; w < 3 + n % 5; ++w)
            summary += QString::fromUtf8(words[(n / (w + 1)) % wordCount]) + QLatin1Char(' ');
        summary += QString::number(i);
        const bool answered = n % 3 == 0;
        out += QStringLiteral("2024-%1-%2,%3,%4,\"%5\",%6,%7,%8,%9,%10,%11,%12,%13,%14\n")
                   .arg(1 + n % 12, 2, 10, QLatin1Char('0'))
                   .arg(1 + n % 28, 2, 10, QLatin1Char('0'))
                   .arg(QString::fromUtf8(localities[n % 4]), QString::fromUtf8(topics[n % 3]),
                       summary, QLatin1String(channels[n % 4]), QLatin1String(sentiments[n % 4]),
                       QLatin1String(n % 10 == 0 ? "hot" : "normal"),
                       n % 4 == 0 ? QString::fromUtf8(words[n % wordCount]) : QString(),
                       QStringLiteral("Người %1").arg(n % 37),
                       answered ? QStringLiteral("Sở %1").arg(n % 5) : QString(),
                       answered ? QStringLiteral("answered") : QString(),
                       answered ? QStringLiteral("Đã trả lời %1").arg(n % 11) : QString(),
                       answered ? QStringLiteral("2025-01-15") : QString())
                   .toUtf8();
    }
    return out;
}

QStringList rowsOf(Database &db, const QString &sql)
{
    QStringList out;
    QSqlQuery q = db.exec(sql);
    const int columns = q.record().count();
    while (q.next()) {
        QStringList fields;
        for (int c = 0; c < columns; ++c)
            fields.append(q.value(c).isNull() ? QStringLiteral("<null>") : q.value(c).toString());
        out.append(fields.join(QLatin1Char('|')));
    }
    return out;
}

/** The objects of the schema (indexes, triggers, tables) with their SQL, by name. */
QStringList schemaOf(Database &db)
{
    return rowsOf(db,
        QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"));
}

/** The reports as imported, but for what differs from one import to the next. */
QStringList reportsOf(Database &db)
{
    return rowsOf(db,
        QStringLiteral("SELECT id, updated_by, row_version, observed_on, quarter, reporter_id, "
                       "locality_id, topic_id, channel, sentiment, urgency, scope, summary, "
                       "recommendation, agency_id, forwarded_on, status, response, response_on, "
                       "search_text, reporter_key, response_days FROM opinions ORDER BY id"));
}

/** The main file with everything committed in it (the WAL emptied). */
QByteArray fileOf(Database &db)
{
    db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    QFile f(db.location());
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

/** Sets THUKY_IMPORT_REBUILD_ROWS for the life of the object. */
class Threshold
{
public:
    explicit Threshold(int rows) { qputenv("THUKY_IMPORT_REBUILD_ROWS", QByteArray::number(rows)); }
    ~Threshold() { qunsetenv("THUKY_IMPORT_REBUILD_ROWS"); }
    Threshold(const Threshold &) = delete;
    Threshold &operator=(const Threshold &) = delete;
};

} // namespace

class TestOpinionImportRebuild : public QObject, private test::OpinionFixture
{
    Q_OBJECT
private slots:
    void init() { reset(); }
    void rebuildEndsLikeRowByRow();
    void smallImportKeepsIndexes();
    void stopInRebuildLeavesFile_data();
    void stopInRebuildLeavesFile();

private:
    /** Imports @p data with --create-missing; whether the rebuild path was taken. */
    bool import(const QByteArray &data,
        const std::function<void(OpinionImport &, int, int)> &progress = {});
};

bool TestOpinionImportRebuild::import(
    const QByteArray &data, const std::function<void(OpinionImport &, int, int)> &progress)
{
    OpinionImport::Options options;
    options.createMissing = true;
    OpinionImport importer(*m_db, options);
    if (!importer.analyse(data)) {
        for (const ImportProblem &p : importer.problems())
            qWarning("%d: %s", p.line, qPrintable(p.message));
        return false;
    }
    importer.write([&](int done, int total) {
        if (progress)
            progress(importer, done, total);
    });
    return importer.rebuiltIndexes();
}

void TestOpinionImportRebuild::rebuildEndsLikeRowByRow()
{
    const QByteArray data = csv(5000, 1);

    open(QStringLiteral("sqlite"));
    const QStringList schemaBefore = schemaOf(*m_db);
    {
        const Threshold rowByRow(1000000);
        QVERIFY(!import(data));
    }
    const QStringList schema = schemaOf(*m_db);
    const QStringList reports = reportsOf(*m_db);
    QCOMPARE(schema, schemaBefore);
    QCOMPARE(reports.size(), 5000);
    QMap<QString, QList<qint64>> found;
    const QStringList queries { QStringLiteral("dat dai"), QStringLiteral("bờ kè"),
        QStringLiteral("karaoke lua"), QStringLiteral("tai dinh"), QStringLiteral("tra loi 7"),
        QStringLiteral("4999") };
    for (const QString &query : queries) {
        for (const OpinionReport &r : OpinionRepository(*m_db).search(query, 100000))
            found[query].append(r.id);
        std::sort(found[query].begin(), found[query].end());
    }

    reset();
    open(QStringLiteral("sqlite"));
    QList<int> phases;
    {
        const Threshold rebuild(1000);
        QVERIFY(import(data, [&](OpinionImport &importer, int, int) {
            if (phases.isEmpty() || phases.last() != int(importer.phase()))
                phases.append(int(importer.phase()));
        }));
    }
    QCOMPARE(phases,
        QList<int>({ int(OpinionImport::Phase::Rows), int(OpinionImport::Phase::Indexes),
            int(OpinionImport::Phase::SearchIndex), int(OpinionImport::Phase::Saving) }));
    QCOMPARE(schemaOf(*m_db), schema);
    QCOMPARE(reportsOf(*m_db), reports);
    for (const QString &query : queries) {
        QList<qint64> ids;
        for (const OpinionReport &r : OpinionRepository(*m_db).search(query, 100000))
            ids.append(r.id);
        std::sort(ids.begin(), ids.end());
        QVERIFY2(!ids.isEmpty(), qPrintable(query));
        QCOMPARE(ids, found.value(query));
    }
    // The search index holds exactly the table's text, and the file is whole.
    m_db->exec(QStringLiteral(
        "INSERT INTO opinions_fts(opinions_fts, rank) VALUES('integrity-check', 1)"));
    QCOMPARE(
        m_db->scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    // The triggers are back: a report added by hand is found, with its reporter's sort key.
    const qint64 id = addReport(
        QDate(2024, 6, 1), m_commune, m_land, QStringLiteral("Xóm chài ven sông bị sạt lở"));
    bool listed = false;
    for (const OpinionReport &r : OpinionRepository(*m_db).search(QStringLiteral("xom chai")))
        listed = listed || r.id == id;
    QVERIFY(listed);
}

void TestOpinionImportRebuild::smallImportKeepsIndexes()
{
    open(QStringLiteral("sqlite"));
    const Threshold low(10);
    QVERIFY(import(csv(300, 2))); // 300 rows into an empty table: rebuilt
    QVERIFY(!import(csv(200, 3))); // fewer than the 300 it holds: row by row
    QVERIFY(import(csv(600, 4))); // more than the 500 it holds
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM opinions")).toInt(), 1100);
}

void TestOpinionImportRebuild::stopInRebuildLeavesFile_data()
{
    QTest::addColumn<int>("phase");
    QTest::addColumn<int>("at");
    QTest::addColumn<bool>("fail");
    using P = OpinionImport::Phase;
    QTest::newRow("cancel in the rows") << int(P::Rows) << 2000 << false;
    QTest::newRow("cancel after 3 indexes") << int(P::Indexes) << 3 << false;
    QTest::newRow("cancel after the indexes") << int(P::Indexes) << -1 << false;
    QTest::newRow("cancel in the search index") << int(P::SearchIndex) << 0 << false;
    QTest::newRow("cancel before the commit") << int(P::Saving) << 0 << false;
    QTest::newRow("failure after 5 indexes") << int(P::Indexes) << 5 << true;
}

void TestOpinionImportRebuild::stopInRebuildLeavesFile()
{
    QFETCH(int, phase);
    QFETCH(int, at);
    QFETCH(bool, fail);
    open(QStringLiteral("sqlite"));
    {
        const Threshold rowByRow(1000000);
        QVERIFY(!import(csv(120, 5)));
    }
    const QByteArray before = fileOf(*m_db);
    const QStringList schema = schemaOf(*m_db);
    QVERIFY(schema.filter(QStringLiteral("opinions_locality")).size() == 1);

    const Threshold rebuild(1000);
    bool stopped = false;
    try {
        import(csv(3000, 6), [&](OpinionImport &importer, int done, int total) {
            if (int(importer.phase()) != phase || (at >= 0 ? done != at : done != total))
                return;
        stopped = true;
        if (fail)
            throw DbError(DbError::QueryFailed, QStringLiteral("the disk is full"));
        importer.cancel();
    });
    QFAIL("the import was not stopped");
}
catch (const ImportCancelled &)
{
    QVERIFY(!fail);
}
catch (const DbError &)
{
    QVERIFY(fail);
}
QVERIFY(stopped);
QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM opinions")).toInt(), 120);
QCOMPARE(schemaOf(*m_db), schema);
QVERIFY(fileOf(*m_db) == before);
// And the connection still writes as before (the triggers and indexes in use).
addReport(QDate(2024, 6, 1), m_commune, m_land, QStringLiteral("Xóm chài ven sông"));
QCOMPARE(OpinionRepository(*m_db).search(QStringLiteral("xom chai")).size(), 1);
}

QTEST_GUILESS_MAIN(TestOpinionImportRebuild)
#include "tst_opinionimportrebuild.moc"
