// The one ranked search of opinion reports (OpinionSearch): what `thuky-cli search opinions`
// prints (OpinionRepository::search) and what the report list shows page by page are the same
// order; diacritic-insensitive matching, best match first, the limit, and the older matches
// that follow the ranked ones. Each on SQLite (FTS5) and, with THUKY_TEST_PG_URL, PostgreSQL
// (the GIN index over the same folded text).

#include "opinionfixture.h"
#include <core/db/auditrepository.h>
#include <core/opinions/opinionsearch.h>

#include <QTest>

using namespace thuky;

class TestOpinionSearch : public QObject, private test::OpinionFixture
{
    Q_OBJECT
private slots:
    void init() { reset(); }
    void searchFoldsDiacritics_data();
    void searchFoldsDiacritics();
    void searchBestMatchFirstAndLimit_data() { test::addBackendRows(); }
    void searchBestMatchFirstAndLimit();
    void searchSyntaxNeverFails_data();
    void searchSyntaxNeverFails();
    void searchAndListPagesAgree_data();
    void searchAndListPagesAgree();
    void olderMatchesFollowTheRanked_data();
    void olderMatchesFollowTheRanked();
    void countIsTheNumberOfMatches_data() { test::addBackendRows(); }
    void countIsTheNumberOfMatches();
    void wordsThatNeverMeetFindNothing_data() { test::addBackendRows(); }
    void wordsThatNeverMeetFindNothing();
    void wordsSplitAsSqliteSplitsThem_data();
    void wordsSplitAsSqliteSplitsThem();
    void postgresqlUsesTheIndex();
    void serverWordsFollowMigrationAndEdits();

private:
    void addVariedReports();
    QList<qint64> pagedIds(OpinionSearch &search, const OpinionFilter &filter, int pageSize);
};

namespace {
/** The backends a test runs on: SQLite, and PostgreSQL when a test server is given. */
QStringList backends()
{
    QStringList b { QStringLiteral("sqlite") };
    if (!test::postgresUrl().isEmpty())
        b.append(QStringLiteral("postgresql"));
    return b;
}
} // namespace

void TestOpinionSearch::searchFoldsDiacritics_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("hits");
    for (const QString &backend : backends()) {
        auto row = [&](const char *name, const QString &query, int hits) {
            QTest::addRow("%s: %s", qPrintable(backend), name) << backend << query << hits;
        };
        row("dat dai", QStringLiteral("dat dai"), 2);
        row("Đất Đai", QStringLiteral("Đất Đai"), 2);
        row("đất đai", QStringLiteral("đất đai"), 2);
        row("DAT DAI upper", QStringLiteral("DAT DAI"), 2);
        row("nguyen", QStringLiteral("nguyen"), 1);
        row("prefix", QStringLiteral("nguy"), 1);
        row("đa prefix", QStringLiteral("đa"), 2);
        row("a prefix of no word start", QStringLiteral("guyen"), 0);
        row("one letter is a whole word", QStringLiteral("đ"), 0);
        row("one letter word", QStringLiteral("Hue b"), 1);
        row("no match", QStringLiteral("khong co"), 0);
        row("words in any order", QStringLiteral("dai dat"), 2);
    }
}

void TestOpinionSearch::searchFoldsDiacritics()
{
    QFETCH(QString, backend);
    QFETCH(QString, query);
    QFETCH(int, hits);
    open(backend);
    addReport(QDate(2024, 1, 1), m_commune, m_land, QStringLiteral("Tranh chấp đất đai kéo dài"));
    addReport(QDate(2024, 1, 2), m_commune, m_land, QStringLiteral("ĐẤT ĐAI bị lấn chiếm"));
    addReport(
        QDate(2024, 1, 3), m_commune, m_land, QStringLiteral("Đường Nguyễn Huệ hư hỏng, khu B"));
    addReport(QDate(2024, 1, 4), m_commune, m_land, QStringLiteral("Giá lúa giảm"));
    QCOMPARE(OpinionRepository(*m_db).search(query).size(), hits);
}

void TestOpinionSearch::searchBestMatchFirstAndLimit()
{
    QFETCH(QString, backend);
    open(backend);
    for (int i = 0; i < 60; ++i)
        addReport(QDate(2024, 1, 1).addDays(i), m_commune, m_prices,
            QStringLiteral(
                "Giá phân bón tăng, nông dân lo lắng về thu nhập trong vụ lúa năm nay số %1")
                .arg(i));
    const qint64 best
        = addReport(QDate(2023, 1, 1), m_commune, m_prices, QStringLiteral("Giá phân bón"));
    OpinionRepository repo(*m_db);
    const QList<OpinionReport> hits = repo.search(QStringLiteral("phan bon"));
    QCOMPARE(hits.size(), 50); // default limit
    QCOMPARE(hits.first().id, best); // short document, same terms: best bm25 (ts_rank)
    QCOMPARE(hits.at(1).observedOn, QDate(2024, 1, 1).addDays(59)); // then newest
    QCOMPARE(repo.search(QStringLiteral("phan bon"), 1000).size(), 61);
    QCOMPARE(repo.search(QStringLiteral("phan bon"), 3).size(), 3);
}

void TestOpinionSearch::searchSyntaxNeverFails_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("query");
    for (const QString &backend : backends()) {
        auto row = [&](const char *name, const QString &query) {
            QTest::addRow("%s: %s", qPrintable(backend), name) << backend << query;
        };
        row("quote", QStringLiteral("\"dat"));
        row("single quote", QStringLiteral("'dat' & !dai"));
        row("operators", QStringLiteral("dat AND OR NOT -dai"));
        row("tsquery operators", QStringLiteral("dat & (dai | !x) <-> y:*"));
        row("near", QStringLiteral("NEAR(dat dai)"));
        row("column filter", QStringLiteral("search_text:dat"));
        row("star and caret", QStringLiteral("^dat* +dai"));
        row("only punctuation", QStringLiteral("\"*()"));
    }
}

void TestOpinionSearch::searchSyntaxNeverFails()
{
    QFETCH(QString, backend);
    QFETCH(QString, query);
    open(backend);
    addReport(QDate(2024, 1, 1), m_commune, m_land, QStringLiteral("đất đai and or not near"));
    OpinionRepository repo(*m_db);
    const QList<OpinionReport> hits = repo.search(query);
    QVERIFY(hits.size() <= 1);
    OpinionFilter f;
    f.text = query;
    QVERIFY(repo.count(f) <= 1);
}

/** Reports of varied length and word counts over two years, two localities and topics. */
void TestOpinionSearch::addVariedReports()
{
    const char *const summaries[] = {
        "Tranh chấp đất đai kéo dài",
        "ĐẤT ĐAI bị lấn chiếm, người dân bức xúc về việc thu hồi đất đai không đền bù",
        "Đường Nguyễn Huệ hư hỏng",
        "Lừa đảo qua mạng ngày càng tinh vi, nhiều người mất tiền",
        "Giá lúa giảm, nông dân lo lắng",
        "Đất đai",
        "Cảnh báo lừa đảo qua mạng xã hội và qua điện thoại",
        "Ông Nguyễn Văn A phản ánh về đất đai ở ấp Nguyễn Trãi",
    };
    const qint64 localities[] = { m_commune, m_otherDistrict };
    const qint64 topics[] = { m_land, m_prices };
    int n = 0;
    for (int round = 0; round < 5; ++round) {
        for (const char *s : summaries) {
            addReport(QDate(2024, 1, 1).addDays((n * 37) % 700), localities[n % 2],
                topics[(n / 2) % 2], QString::fromUtf8(s));
            ++n;
        }
    }
}

QList<qint64> TestOpinionSearch::pagedIds(
    OpinionSearch &search, const OpinionFilter &filter, int pageSize)
{
    QList<qint64> ids;
    for (int offset = 0;; offset += pageSize) {
        const QList<OpinionReport> page = search.page(filter, pageSize, offset);
        for (const OpinionReport &r : page)
            ids.append(r.id);
        if (page.size() < pageSize)
            return ids;
    }
}

void TestOpinionSearch::searchAndListPagesAgree_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("hits");
    for (const QString &backend : backends()) {
        auto row = [&](const char *name, const QString &query, int hits) {
            QTest::addRow("%s: %s", qPrintable(backend), name) << backend << query << hits;
        };
        row("dat dai", QStringLiteral("dat dai"), 20);
        row("nguyen", QStringLiteral("nguyen"), 10);
        row("lua dao qua mang", QStringLiteral("lua dao qua mang"), 10);
        row("Đất", QStringLiteral("Đất"), 20);
    }
}

void TestOpinionSearch::searchAndListPagesAgree()
{
    QFETCH(QString, backend);
    QFETCH(QString, query);
    QFETCH(int, hits);
    open(backend);
    addVariedReports();
    // What the command line prints: one call with its limit.
    QList<qint64> cli;
    for (const OpinionReport &r : OpinionRepository(*m_db).search(query, 1000))
        cli.append(r.id);
    QCOMPARE(cli.size(), hits);
    // What the report list shows: pages fetched one after another.
    OpinionFilter filter;
    filter.text = query;
    OpinionSearch search(*m_db);
    QCOMPARE(pagedIds(search, filter, 4), cli);
    QCOMPARE(pagedIds(search, filter, 7), cli);
    // --limit N is the first N of the same order.
    QList<qint64> firstThree;
    for (const OpinionReport &r : OpinionRepository(*m_db).search(query, 3))
        firstThree.append(r.id);
    QCOMPARE(firstThree, cli.mid(0, 3));
}

void TestOpinionSearch::olderMatchesFollowTheRanked_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<bool>("filtered");
    QTest::addColumn<bool>("memo");
    QTest::addColumn<int>("walk");
    const int walk = OpinionSearch::RecentWalkServer;
    for (const QString &backend : backends()) {
        QTest::addRow("%s: text only", qPrintable(backend)) << backend << false << false << walk;
        QTest::addRow("%s: text and locality", qPrintable(backend))
            << backend << true << false << walk;
        // The report list keeps a server search's ranked matches between pages.
        QTest::addRow("%s: text only, memo", qPrintable(backend))
            << backend << false << true << walk;
        QTest::addRow("%s: text and locality, memo", qPrintable(backend))
            << backend << true << true << walk;
        // The three newest reports hold two matches, fewer than the four ranked: a second walk
        // on below them, as far as needed (five more, eight in all), finds the other two
        // without finding the first two again.
        QTest::addRow("%s: text only, memo, second walk", qPrintable(backend))
            << backend << false << true << 3;
        // The newest report holds none: the bitmap of all matches is read.
        QTest::addRow("%s: text only, memo, no walk", qPrintable(backend))
            << backend << false << true << 1;
    }
}

void TestOpinionSearch::olderMatchesFollowTheRanked()
{
    QFETCH(QString, backend);
    QFETCH(bool, filtered);
    QFETCH(bool, memo);
    QFETCH(int, walk);
    open(backend);
    // Entered oldest first: ids grow. Short summaries rank above long ones.
    QList<qint64> ids;
    for (int i = 0; i < 8; ++i) {
        const QString summary = i % 2 == 0
            ? QStringLiteral("Đất đai")
            : QStringLiteral("Đất đai bị lấn chiếm, người dân bức xúc về việc thu hồi");
        ids.append(addReport(QDate(2024, 1, 1).addDays(i), m_commune, m_land, summary));
    }
    addReport(QDate(2024, 2, 1), m_otherDistrict, m_land, QStringLiteral("Đất đai"));
    addReport(QDate(2024, 2, 2), m_commune, m_land, QStringLiteral("Giá lúa"));
    OpinionFilter filter;
    filter.text = QStringLiteral("dat dai");
    if (filtered)
        filter.localityId = m_commune;
    // The four most recently entered matches are ranked.
    OpinionSearch::Memo held;
    OpinionSearch search(*m_db, 4, memo ? &held : nullptr);
    search.setRecentWalk(walk);
    // They are the other district's report (left out by the filter), ids[7], ids[6] and
    // ids[5]: short summaries first, equal scores most recently entered first.
    const QList<qint64> ranked = filtered
        ? QList<qint64> { ids[6], ids[7], ids[5] }
        : QList<qint64> { ids.last() + 1, ids[6], ids[7], ids[5] };
    const QList<qint64> older { ids[4], ids[3], ids[2], ids[1], ids[0] };
    const bool serverMemo = memo && backend == QLatin1String("postgresql") && !filtered;
    if (serverMemo) {
        // The first page: the walk of the newest reports finds the four and leaves the count
        // to the first asking; the bitmap's reading comes with it.
        QCOMPARE(search.page(filter, 2, 0).size(), 2);
        QCOMPARE(held.ranked, ranked);
        QCOMPARE(held.matches, walk > 1 ? qint64(-1) : qint64(ranked.size() + older.size()));
    }
    const QList<qint64> all = pagedIds(search, filter, 100);
    QCOMPARE(all, ranked + older);
    for (int pageSize : { 1, 2, 3, 5 })
        QCOMPARE(pagedIds(search, filter, pageSize), all);
    QCOMPARE(search.count(filter), qint64(all.size()));
    if (serverMemo) {
        // Held: the ranked matches and the count of all, read once.
        QCOMPARE(held.ranked, ranked);
        QCOMPARE(held.matches, qint64(all.size()));
        // A new text is read anew; what was held for the old one is not used for it.
        filter.text = QStringLiteral("gia lua");
        QCOMPARE(search.count(filter), qint64(1));
        QCOMPARE(held.matches, qint64(1));
        QCOMPARE(search.page(filter, 10, 0).value(0).summary, QStringLiteral("Giá lúa"));
    } else {
        QVERIFY(held.query.isEmpty()); // SQLite, or other fields: no memo
    }
}

void TestOpinionSearch::countIsTheNumberOfMatches()
{
    QFETCH(QString, backend);
    open(backend);
    addVariedReports();
    OpinionFilter filter;
    filter.text = QStringLiteral("dat dai");
    OpinionSearch search(*m_db);
    QCOMPARE(search.count(filter), qint64(20));
    filter.localityId = m_commune;
    QCOMPARE(search.count(filter), OpinionRepository(*m_db).count(filter));
    QCOMPARE(search.count(filter), qint64(pagedIds(search, filter, 100).size()));
}

void TestOpinionSearch::wordsThatNeverMeetFindNothing()
{
    QFETCH(QString, backend);
    open(backend);
    for (int i = 0; i < 5; ++i) {
        addReport(QDate(2024, 1, 1).addDays(i), m_commune, m_land,
            QStringLiteral("Quán karaoke hát khuya gây ồn ào"));
        addReport(
            QDate(2024, 2, 1).addDays(i), m_commune, m_prices, QStringLiteral("Giá lúa giảm mạnh"));
    }
    OpinionRepository repo(*m_db);
    QCOMPARE(repo.search(QStringLiteral("karaoke")).size(), 5);
    QCOMPARE(repo.search(QStringLiteral("lúa")).size(), 5);
    QCOMPARE(repo.search(QStringLiteral("karaoke lúa")).size(), 0);
    OpinionFilter filter;
    filter.text = QStringLiteral("karaoke lúa");
    OpinionSearch search(*m_db, 2);
    QCOMPARE(search.count(filter), qint64(0));
    QCOMPARE(search.page(filter, 10).size(), 0);
    // Sorted by a column, as the list is when a heading is clicked during a search.
    QCOMPARE(repo.list(filter, OpinionColumn::Locality).size(), 0);
    filter.text = QStringLiteral("karaoke khuya");
    QCOMPARE(repo.list(filter, OpinionColumn::Locality).size(), 5);
    QCOMPARE(search.page(filter, 10).size(), 5);
}

void TestOpinionSearch::wordsSplitAsSqliteSplitsThem_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("hits");
    for (const QString &backend : backends()) {
        auto row = [&](const char *name, const QString &query, int hits) {
            QTest::addRow("%s: %s", qPrintable(backend), name) << backend << query << hits;
        };
        row("decimal part", QStringLiteral("5"), 1);
        row("whole number", QStringLiteral("12"), 1);
        row("mail domain", QStringLiteral("xyz"), 1);
        row("after a slash", QStringLiteral("tấn"), 1);
        row("hyphenated part", QStringLiteral("sinh"), 1);
        row("inside a word", QStringLiteral("yz"), 0);
    }
}

/** "12.5", an e-mail address, "triệu/tấn": words split at every non-letter, as FTS5 does. */
void TestOpinionSearch::wordsSplitAsSqliteSplitsThem()
{
    QFETCH(QString, backend);
    QFETCH(QString, query);
    QFETCH(int, hits);
    open(backend);
    addReport(QDate(2024, 1, 1), m_commune, m_prices,
        QStringLiteral("Giá 12.5 triệu/tấn, liên hệ abc@xyz.vn, vệ-sinh"));
    addReport(QDate(2024, 1, 2), m_commune, m_prices, QStringLiteral("Giá lúa giảm"));
    QCOMPARE(OpinionRepository(*m_db).search(query).size(), hits);
    OpinionFilter filter;
    filter.text = query;
    QCOMPARE(OpinionSearch(*m_db).count(filter), qint64(hits));
}

/** On PostgreSQL the search queries are answered by the GIN index, not by reading each row. */
void TestOpinionSearch::postgresqlUsesTheIndex()
{
    if (test::postgresUrl().isEmpty())
        QSKIP("no PostgreSQL test server (THUKY_TEST_PG_URL)");
    open(QStringLiteral("postgresql"));
    addVariedReports();
    m_db->exec(QStringLiteral("ANALYZE opinions"));
    // As the planner sees a million reports: reading the table costs more than the index.
    m_db->exec(QStringLiteral("SET enable_seqscan = off"));
    QVariantList values;
    const QString match
        = OpinionSearch::tsMatch(QStringLiteral("o"), QStringLiteral("karaoke lúa"), &values);
    QCOMPARE(values, QVariantList { QStringLiteral("'karaoke':* & 'lua':*") });
    // EXPLAIN cannot be prepared: the query's value goes in as a literal.
    QString literal = values.first().toString();
    literal = QLatin1Char('\'') + literal.replace(QLatin1String("'"), QLatin1String("''"))
        + QLatin1Char('\'');
    QSqlQuery plan = m_db->exec(QStringLiteral("EXPLAIN SELECT count(*) FROM opinions o WHERE ")
        + QString(match).replace(QLatin1Char('?'), literal));
    QString text;
    while (plan.next())
        text += plan.value(0).toString() + QLatin1Char('\n');
    QVERIFY2(text.contains(QLatin1String("opinions_search")), qPrintable(text));
    QCOMPARE(OpinionSearch::tsQuery(QStringLiteral("Đất a 12")),
        QStringLiteral("'dat':* & 'a' & '12':*"));
}

/**
 * On PostgreSQL the words are a stored column the server computes (migration v10): reports
 * written before it are found after it, and an edit's new words replace the old ones at once,
 * without an audit line of their own.
 */
void TestOpinionSearch::serverWordsFollowMigrationAndEdits()
{
    if (test::postgresUrl().isEmpty())
        QSKIP("no PostgreSQL test server (THUKY_TEST_PG_URL)");
    const QString url = test::freshLocation(QStringLiteral("postgresql"), *m_dir);
    qint64 id = 0;
    {
        Database old(url);
        old.open(Database::OpenMode::CreateIfMissing, 9);
        old.setCurrentUser(QStringLiteral("test"));
        Locality l;
        l.name = QStringLiteral("Ba Chúc");
        l.level = QStringLiteral("commune");
        const qint64 commune = RosterRepository(old).addLocality(l);
        OpinionReport r;
        r.observedOn = QDate(2024, 5, 17);
        r.localityId = commune;
        r.topicId = TaxonomyRepository(old).addTopic(QStringLiteral("Đất đai"));
        r.summary = QStringLiteral("Đê bao sạt lở ở ấp Sóc Triết");
        r.sentiment = QStringLiteral("negative");
        r.channel = QStringLiteral("direct");
        id = OpinionRepository(old).add(r);
    }
    Database db(url);
    db.open();
    db.setCurrentUser(QStringLiteral("test"));
    QCOMPARE(db.schemaVersion(), 10);
    OpinionSearch search(db);
    OpinionFilter filter;
    filter.text = QStringLiteral("de bao sat lo");
    QCOMPARE(search.count(filter), qint64(1));
    QCOMPARE(search.page(filter, 10, 0).value(0).id, id);

    OpinionRepository repo(db);
    OpinionReport r = *repo.report(id);
    r.summary = QStringLiteral("Karaoke ồn ào sau 22 giờ");
    repo.update(r);
    QCOMPARE(search.count(filter), qint64(0));
    filter.text = QStringLiteral("karaoke on ao");
    QCOMPARE(search.count(filter), qint64(1));
    QCOMPARE(search.page(filter, 10, 0).value(0).id, id);

    AuditFilter lines;
    lines.uuid = r.uuid;
    QStringList fields;
    for (const AuditEntry &e : AuditRepository(db).find(lines, 100, 0, AuditOrder::Oldest))
        fields.append(e.field);
    QVERIFY2(fields.contains(QStringLiteral("summary")), qPrintable(fields.join(u',')));
    QVERIFY2(!fields.contains(QStringLiteral("search_vector")), qPrintable(fields.join(u',')));
}

QTEST_GUILESS_MAIN(TestOpinionSearch)
#include "tst_opinionsearch.moc"
