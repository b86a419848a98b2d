// OpinionRepository and TaxonomyRepository: writes, workflow, filtered list and count, bulk
// insert and import undo (search and its ranking: tst_opinionsearch).

#include "opinionfixture.h"
#include <core/opinions/opinionbulkinserter.h>
#include <core/opinions/opinionimport.h>

#include <QTest>

#include <algorithm>

using namespace thuky;

class TestOpinionRepository : public QObject, private test::OpinionFixture
{
    Q_OBJECT
private slots:
    void init();
    void addKeepsQuarterAndSearchText_data() { test::addBackendRows(); }
    void addKeepsQuarterAndSearchText();
    void validationRejects_data();
    void validationRejects();
    void updateChecksRowVersion_data() { test::addBackendRows(); }
    void updateChecksRowVersion();
    void workflow_data() { test::addBackendRows(); }
    void workflow();
    void filters_data();
    void filters();
    void sortingAndPaging_data() { test::addBackendRows(); }
    void sortingAndPaging();
    void sortByNameInPages_data() { test::addBackendRows(); }
    void unitWithItsCommunesByDateInPages_data() { test::addBackendRows(); }
    void unitWithItsCommunesByDateInPages();
    void sortByNameInPages();
    void sortByReporterFollowsRenames_data() { test::addBackendRows(); }
    void sortByReporterFollowsRenames();
    void bulkInsertIsSearchableAndSorted_data() { test::addBackendRows(); }
    void bulkInsertIsSearchableAndSorted();
    void bulkInsertFailureWritesNothing_data() { test::addBackendRows(); }
    void bulkInsertFailureWritesNothing();
    void importCanBeTakenBack_data() { test::addBackendRows(); }
    void importCanBeTakenBack();
    void taxonomyRenameAndDelete_data() { test::addBackendRows(); }
    void taxonomyRenameAndDelete();
    void topicsHaveTwoLevels();
};

void TestOpinionRepository::init()
{
    reset();
}

void TestOpinionRepository::addKeepsQuarterAndSearchText()
{
    QFETCH(QString, backend);
    open(backend);
    const qint64 id = addReport(
        QDate(2024, 5, 17), m_commune, m_land, QStringLiteral("  Người dân phản ánh Đất Đai  "));
    const auto r = OpinionRepository(*m_db).report(id);
    QVERIFY(r);
    QCOMPARE(r->quarter, QStringLiteral("2024-Q2"));
    QCOMPARE(r->summary, QStringLiteral("Người dân phản ánh Đất Đai"));
    QCOMPARE(r->localityName, QStringLiteral("Ba Chúc"));
    QCOMPARE(r->topicName, QStringLiteral("Đất đai"));
    QCOMPARE(r->rowVersion, 1);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT search_text FROM opinions WHERE id = ?"), { id })
                 .toString(),
        QStringLiteral("nguoi dan phan anh dat dai"));
}

void TestOpinionRepository::validationRejects_data()
{
    QTest::addColumn<QString>("field");
    QTest::newRow("date") << QStringLiteral("date");
    QTest::newRow("summary") << QStringLiteral("summary");
    QTest::newRow("sentiment") << QStringLiteral("sentiment");
    QTest::newRow("response_date") << QStringLiteral("response_date");
}

void TestOpinionRepository::validationRejects()
{
    QFETCH(QString, field);
    open(QStringLiteral("sqlite"));
    OpinionReport r;
    r.observedOn = QDate(2024, 3, 1);
    r.localityId = m_commune;
    r.topicId = m_land;
    r.summary = QStringLiteral("x");
    if (field == QLatin1String("date"))
        r.observedOn = QDate();
    else if (field == QLatin1String("summary"))
        r.summary = QStringLiteral("   ");
    else if (field == QLatin1String("sentiment"))
        r.sentiment
            = QStringLiteral("tiêu cực"); // labels are for import; the value type holds codes
    else
        r.responseOn = QDate(2024, 2, 1);
    try {
        OpinionRepository(*m_db).add(r);
        QFAIL("no ValidationError");
    } catch (const ValidationError &e) {
        QCOMPARE(e.field(), field);
    }
    QCOMPARE(OpinionRepository(*m_db).totalCount(), 0);
}

void TestOpinionRepository::updateChecksRowVersion()
{
    QFETCH(QString, backend);
    open(backend);
    OpinionRepository repo(*m_db);
    const qint64 id = addReport(QDate(2024, 1, 2), m_commune, m_land, QStringLiteral("Ban đầu"));
    OpinionReport mine = *repo.report(id);
    OpinionReport theirs = *repo.report(id);
    mine.summary = QStringLiteral("Sửa lần một");
    repo.update(mine);
    theirs.summary = QStringLiteral("Sửa cùng lúc");
    QVERIFY_THROWS_EXCEPTION(ValidationError, repo.update(theirs));
    const auto now = repo.report(id);
    QCOMPARE(now->summary, QStringLiteral("Sửa lần một"));
    QCOMPARE(now->rowVersion, 2);
    QCOMPARE(repo.search(QStringLiteral("sua lan mot")).size(), 1);
    QCOMPARE(repo.search(QStringLiteral("ban dau")).size(), 0);
}

void TestOpinionRepository::workflow()
{
    QFETCH(QString, backend);
    open(backend);
    OpinionRepository repo(*m_db);
    TaxonomyRepository taxonomy(*m_db);
    const qint64 agency = taxonomy.addAgency(QStringLiteral("Sở Tài nguyên và Môi trường"));
    const qint64 id
        = addReport(QDate(2024, 3, 10), m_commune, m_land, QStringLiteral("Bồi thường chậm"));
    QVERIFY_THROWS_EXCEPTION(ValidationError, repo.forward(id, agency, QDate(2024, 3, 1)));
    repo.forward(id, agency, QDate(2024, 3, 12));
    auto r = repo.report(id);
    QCOMPARE(r->status, QStringLiteral("forwarded"));
    QCOMPARE(r->agencyName, QStringLiteral("Sở Tài nguyên và Môi trường"));
    QCOMPARE(r->forwardedOn, QDate(2024, 3, 12));
    repo.recordAnswer(id, QStringLiteral("Đã chi trả xong"), QDate(2024, 4, 2));
    r = repo.report(id);
    QCOMPARE(r->status, QStringLiteral("answered"));
    QCOMPARE(r->responseOn, QDate(2024, 4, 2));
    QCOMPARE(repo.search(QStringLiteral("chi tra")).size(), 1); // the response is searchable
    repo.resolve(id);
    QCOMPARE(repo.report(id)->status, QStringLiteral("resolved"));
    repo.close(id);
    r = repo.report(id);
    QCOMPARE(r->status, QStringLiteral("closed"));
    QCOMPARE(r->rowVersion, 5);
    // The agency is in use now.
    QVERIFY_THROWS_EXCEPTION(ValidationError, taxonomy.removeAgency(agency));
}

void TestOpinionRepository::filters_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("what");
    QTest::addColumn<qint64>("expected");
    QList<QString> backends { QStringLiteral("sqlite") };
    if (!test::postgresUrl().isEmpty())
        backends.append(QStringLiteral("postgresql"));
    for (const QString &b : backends) {
        auto row = [&](const char *what, qint64 n) {
            QTest::newRow(qPrintable(b + QLatin1Char(' ') + QLatin1String(what)))
                << b << QString::fromLatin1(what) << n;
        };
        row("none", 6);
        row("district with communes", 4);
        row("commune", 2);
        row("topic with children", 3);
        row("subtopic", 2);
        row("quarter", 2);
        row("date range", 3);
        row("sentiment", 3);
        row("two channels", 4);
        row("text", 2);
        row("combined", 1);
        row("nothing matches", 0);
    }
}

void TestOpinionRepository::filters()
{
    QFETCH(QString, backend);
    QFETCH(QString, what);
    QFETCH(qint64, expected);
    open(backend);
    const QString neg = QStringLiteral("negative");
    addReport(QDate(2023, 12, 30), m_commune, m_prices, QStringLiteral("Giá phân bón tăng"), neg);
    addReport(QDate(2024, 1, 5), m_commune, m_land, QStringLiteral("Đất đai quy hoạch treo"), neg,
        QStringLiteral("press"));
    addReport(QDate(2024, 2, 5), m_district, m_economy, QStringLiteral("Thiếu việc làm"),
        QStringLiteral("mixed"), QStringLiteral("social_media"));
    addReport(QDate(2024, 4, 1), m_district, m_prices, QStringLiteral("Giá lúa giảm"), neg,
        QStringLiteral("social_media"));
    addReport(QDate(2024, 5, 1), m_otherDistrict, m_land, QStringLiteral("Bồi thường đất đai"),
        QStringLiteral("positive"), QStringLiteral("press"));
    addReport(QDate(2024, 6, 1), m_province, m_land, QStringLiteral("Sạt lở"));

    OpinionFilter f;
    if (what == QLatin1String("district with communes"))
        f.localityId = m_district;
    else if (what == QLatin1String("commune"))
        f.localityId = m_commune;
    else if (what == QLatin1String("topic with children"))
        f.topicId = m_economy;
    else if (what == QLatin1String("subtopic"))
        f.topicId = m_prices;
    else if (what == QLatin1String("quarter"))
        f.quarter = QStringLiteral("2024-Q1");
    else if (what == QLatin1String("date range")) {
        f.from = QDate(2023, 12, 30);
        f.to = QDate(2024, 2, 5);
    } else if (what == QLatin1String("sentiment"))
        f.sentiments = { neg };
    else if (what == QLatin1String("two channels"))
        f.channels = { QStringLiteral("press"), QStringLiteral("social_media") };
    else if (what == QLatin1String("text"))
        f.text = QStringLiteral("DAT dai");
    else if (what == QLatin1String("combined")) {
        f.localityId = m_district;
        f.sentiments = { neg };
        f.channels = { QStringLiteral("press") };
        f.from = QDate(2024, 1, 1);
    } else if (what == QLatin1String("nothing matches")) {
        f.localityId = m_otherDistrict;
        f.topicId = m_economy;
    }
    OpinionRepository repo(*m_db);
    QCOMPARE(repo.count(f), expected);
    QCOMPARE(
        qint64(repo.list(f, OpinionColumn::Date, Qt::DescendingOrder, 100, 0).size()), expected);
}

void TestOpinionRepository::sortingAndPaging()
{
    QFETCH(QString, backend);
    open(backend);
    for (int i = 0; i < 25; ++i)
        addReport(QDate(2024, 1, 1).addDays(i), i % 2 ? m_commune : m_otherDistrict,
            i % 3 ? m_land : m_prices,
            QStringLiteral("Phản ánh số %1").arg(i, 2, 10, QLatin1Char('0')));
    OpinionRepository repo(*m_db);
    const OpinionFilter all;
    const QList<OpinionReport> first
        = repo.list(all, OpinionColumn::Date, Qt::DescendingOrder, 10, 0);
    QCOMPARE(first.size(), 10);
    QCOMPARE(first.first().observedOn, QDate(2024, 1, 25));
    const QList<OpinionReport> last
        = repo.list(all, OpinionColumn::Date, Qt::DescendingOrder, 10, 20);
    QCOMPARE(last.size(), 5);
    QCOMPARE(last.last().observedOn, QDate(2024, 1, 1));

    const QList<OpinionReport> byLocality
        = repo.list(all, OpinionColumn::Locality, Qt::AscendingOrder, 25, 0);
    QCOMPARE(byLocality.first().localityName, QStringLiteral("Ba Chúc"));
    QCOMPARE(byLocality.last().localityName, QStringLiteral("Chợ Mới"));
    // Ties by date in the same direction.
    QCOMPARE(byLocality.first().observedOn, QDate(2024, 1, 2));

    const QList<OpinionReport> bySummary
        = repo.list(all, OpinionColumn::Summary, Qt::AscendingOrder, 3, 0);
    QCOMPARE(bySummary.first().summary, QStringLiteral("Phản ánh số 00"));
    const QList<OpinionReport> byTopic
        = repo.list(all, OpinionColumn::Topic, Qt::DescendingOrder, 25, 0);
    QCOMPARE(byTopic.first().topicName, QStringLiteral("Đất đai"));
}

/**
 * The whole list by locality or topic name, page after page, in the order of the names, then
 * date and id (on a server read per name, not by joining every report): the same as sorting the
 * joined rows, with names shared by two topics and days shared by several reports.
 */
void TestOpinionRepository::sortByNameInPages()
{
    QFETCH(QString, backend);
    open(backend);
    TaxonomyRepository taxonomy(*m_db);
    const qint64 otherLand = taxonomy.addTopic(
        QStringLiteral("Đất đai"), taxonomy.addTopic(QStringLiteral("Nông thôn")));
    const qint64 topics[] = { m_land, m_prices, otherLand, m_economy };
    const qint64 places[] = { m_commune, m_otherDistrict, m_district };
    for (int i = 0; i < 40; ++i)
        addReport(QDate(2024, 1, 1).addDays(i % 7), places[i % 3], topics[i % 4],
            QStringLiteral("Phản ánh số %1").arg(i));
    OpinionRepository repo(*m_db);
    for (const OpinionColumn column : { OpinionColumn::Topic, OpinionColumn::Locality }) {
        for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            const QString dir
                = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
            const bool byTopic = column == OpinionColumn::Topic;
            QSqlQuery q = m_db->exec(
                QStringLiteral("SELECT o.id FROM opinions o JOIN %1 n ON n.id = o.%2 ORDER BY "
                               "n.name %3, o.observed_on %3, o.id %3")
                    .arg(byTopic ? QStringLiteral("topics") : QStringLiteral("localities"),
                        byTopic ? QStringLiteral("topic_id") : QStringLiteral("locality_id"), dir));
            QList<qint64> expected;
            while (q.next())
                expected.append(q.value(0).toLongLong());
            QCOMPARE(expected.size(), 40);
            for (int pageSize : { 1, 3, 7, 40 }) {
                QList<qint64> paged;
                for (int offset = 0; offset < 45; offset += pageSize) {
                    for (const OpinionReport &r : repo.list({}, column, order, pageSize, offset))
                        paged.append(r.id);
                }
                QCOMPARE(paged, expected);
            }
        }
    }
}

/**
 * A district with its communes by date, page after page (on a server each unit's reports are
 * walked apart and merged): the order of all its reports by date and id, with another field
 * filtered too, in both directions.
 */
void TestOpinionRepository::unitWithItsCommunesByDateInPages()
{
    QFETCH(QString, backend);
    open(backend);
    const qint64 places[] = { m_district, m_commune, m_otherDistrict, m_province };
    for (int i = 0; i < 48; ++i)
        addReport(QDate(2024, 1, 1).addDays(i % 9), places[i % 4], i % 3 ? m_land : m_prices,
            QStringLiteral("Phản ánh số %1").arg(i),
            i % 5 < 2 ? QStringLiteral("negative") : QStringLiteral("neutral"));
    OpinionRepository repo(*m_db);
    for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
        for (const bool negative : { false, true }) {
            const QString dir
                = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
            QSqlQuery q = m_db->exec(
                QStringLiteral("SELECT id FROM opinions WHERE locality_id IN (?, ?)%1 ORDER BY "
                               "observed_on %2, id %2")
                    .arg(negative ? QStringLiteral(" AND sentiment = 'negative'") : QString(), dir),
                { m_district, m_commune });
            QList<qint64> expected;
            while (q.next())
                expected.append(q.value(0).toLongLong());
            QVERIFY(negative ? expected.size() > 5 && expected.size() < 24 : expected.size() == 24);
            OpinionFilter f;
            f.localityId = m_district;
            if (negative)
                f.sentiments = { QStringLiteral("negative") };
            for (int pageSize : { 1, 4, 50 }) {
                QList<qint64> paged;
                for (int offset = 0; offset < 30; offset += pageSize) {
                    for (const OpinionReport &r :
                        repo.list(f, OpinionColumn::Date, order, pageSize, offset))
                        paged.append(r.id);
                }
                QCOMPARE(paged, expected);
            }
        }
    }
}

void TestOpinionRepository::sortByReporterFollowsRenames()
{
    QFETCH(QString, backend);
    open(backend);
    RosterRepository roster(*m_db);
    auto person = [&](const char *name) {
        Person p;
        p.fullName = QString::fromUtf8(name);
        return roster.addPerson(p);
    };
    // Vietnamese order: by given name (the last word), then the rest; đ after d.
    const qint64 cuong = person("Trần Văn Cường");
    const qint64 an = person("Nguyễn Văn An");
    const qint64 dung = person("Lê Thị Dung");
    const qint64 dat = person("Phạm Đạt");
    OpinionRepository repo(*m_db);
    const qint64 reporters[] = { cuong, an, dung, dat, 0 };
    for (int i = 0; i < 10; ++i) {
        OpinionReport r;
        r.observedOn = QDate(2024, 3, 1).addDays(i);
        r.localityId = m_commune;
        r.topicId = m_land;
        r.summary = QStringLiteral("Phản ánh %1").arg(i);
        r.reporterId = reporters[i % 5];
        repo.add(r);
    }
    auto names = [&](Qt::SortOrder order) {
        QStringList out;
        for (const OpinionReport &r :
            repo.list(OpinionFilter(), OpinionColumn::Reporter, order, 100, 0)) {
            if (!r.reporterName.isEmpty() && (out.isEmpty() || out.last() != r.reporterName))
                out.append(r.reporterName);
        }
        return out;
    };
    QCOMPARE(names(Qt::AscendingOrder),
        QStringList({ QStringLiteral("Nguyễn Văn An"), QStringLiteral("Trần Văn Cường"),
            QStringLiteral("Lê Thị Dung"), QStringLiteral("Phạm Đạt") }));
    // Ties by date in the same direction.
    const QList<OpinionReport> asc
        = repo.list(OpinionFilter(), OpinionColumn::Reporter, Qt::AscendingOrder, 100, 0);
    const auto firstAn = std::find_if(
        asc.cbegin(), asc.cend(), [&](const OpinionReport &r) { return r.reporterId == an; });
    QVERIFY(firstAn != asc.cend());
    QCOMPARE(firstAn->observedOn, QDate(2024, 3, 2));

    // Renaming a person moves their reports; so does changing a report's reporter.
    Person p = *roster.person(dat);
    p.fullName = QStringLiteral("Phạm Văn Ân");
    roster.updatePerson(p);
    OpinionReport moved
        = repo.list(OpinionFilter(), OpinionColumn::Date, Qt::DescendingOrder, 1, 0).first();
    QCOMPARE(moved.reporterId, qint64(0)); // the newest report (day 9) has no reporter
    moved.reporterId = dung;
    repo.update(moved);
    QCOMPARE(names(Qt::AscendingOrder),
        QStringList({ QStringLiteral("Nguyễn Văn An"), QStringLiteral("Phạm Văn Ân"),
            QStringLiteral("Trần Văn Cường"), QStringLiteral("Lê Thị Dung") }));
    QCOMPARE(names(Qt::DescendingOrder).first(), QStringLiteral("Lê Thị Dung"));
    QCOMPARE(
        m_db->scalar(QStringLiteral(
                         "SELECT count(*) FROM opinions o JOIN persons p ON p.id = o.reporter_id "
                         "WHERE o.reporter_key IS NULL OR o.reporter_key <> p.sort_key"))
            .toInt(),
        0);
}

void TestOpinionRepository::bulkInsertIsSearchableAndSorted()
{
    QFETCH(QString, backend);
    open(backend);
    Person p;
    p.fullName = QStringLiteral("Võ Thị Yến");
    const qint64 yen = RosterRepository(*m_db).addPerson(p);
    addReport(QDate(2023, 1, 5), m_commune, m_land, QStringLiteral("Đã có trước"));
    const int n = 45000; // more than one staging batch
    {
        Transaction tx(*m_db);
        OpinionBulkInserter inserter(*m_db);
        for (int i = 0; i < n; ++i) {
            OpinionReport r;
            r.observedOn = QDate(2024, 1, 1).addDays(i % 300);
            r.localityId = i % 2 ? m_commune : m_otherDistrict;
            r.topicId = m_prices;
            r.reporterId = i % 3 ? 0 : yen;
            r.summary = i == n - 1 ? QStringLiteral("Giá lúa giảm mạnh ở Ba Chúc")
                                   : QStringLiteral("Phản ánh số %1 về giá cả").arg(i);
            inserter.append(r);
        }
        inserter.finish();
        tx.commit();
    }
    OpinionRepository repo(*m_db);
    QCOMPARE(repo.totalCount(), qint64(n + 1));
    const QList<OpinionReport> hits = repo.search(QStringLiteral("gia lua"), 10);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().summary, QStringLiteral("Giá lúa giảm mạnh ở Ba Chúc"));
    QCOMPARE(hits.first().localityName, QStringLiteral("Ba Chúc"));
    QCOMPARE(repo.search(QStringLiteral("Đã có"), 10).size(), 1); // the report from before
    QCOMPARE(
        m_db->scalar(QStringLiteral("SELECT count(*) FROM opinions WHERE reporter_key IS NOT NULL"))
            .toInt(),
        (n + 2) / 3);
    const OpinionReport top
        = repo.list(OpinionFilter(), OpinionColumn::Reporter, Qt::DescendingOrder, 1, 0).first();
    QCOMPARE(top.reporterName, QStringLiteral("Võ Thị Yến"));
    // Every row has its uuid, its quarter and its audit fields.
    QCOMPARE(
        m_db->scalar(QStringLiteral("SELECT count(DISTINCT uuid) FROM opinions")).toInt(), n + 1);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM opinions WHERE quarter = '2024-Q1'"))
                 .toInt(),
        m_db->scalar(
                QStringLiteral("SELECT count(*) FROM opinions WHERE observed_on < '2024-04-01' "
                               "AND observed_on >= '2024-01-01'"))
            .toInt());
}

void TestOpinionRepository::bulkInsertFailureWritesNothing()
{
    QFETCH(QString, backend);
    open(backend);
    addReport(QDate(2023, 1, 5), m_commune, m_land, QStringLiteral("Đã có trước"));
    OpinionRepository repo(*m_db);
    try {
        Transaction tx(*m_db);
        OpinionBulkInserter inserter(*m_db);
        for (int i = 0; i < 30; ++i) {
            OpinionReport r;
            r.observedOn = QDate(2024, 1, 1);
            r.localityId = i == 17 ? 999999 : m_commune; // no such locality
            r.topicId = m_land;
            r.summary = QStringLiteral("Hàng %1").arg(i);
            inserter.append(r);
        }
        inserter.finish();
        tx.commit();
        QFAIL("a report of an unknown locality was written");
    } catch (const DbError &e) {
        QVERIFY2(e.kind() == DbError::QueryFailed, e.what());
    }
    QCOMPARE(repo.totalCount(), qint64(1));
    QCOMPARE(repo.search(QStringLiteral("hang"), 10).size(), 0);
    // The connection goes on working: a second bulk insert succeeds.
    Transaction tx(*m_db);
    OpinionBulkInserter inserter(*m_db);
    OpinionReport r;
    r.observedOn = QDate(2024, 1, 1);
    r.localityId = m_commune;
    r.topicId = m_land;
    r.summary = QStringLiteral("Hàng mới");
    inserter.append(r);
    inserter.finish();
    tx.commit();
    QCOMPARE(repo.totalCount(), qint64(2));
    QCOMPARE(repo.search(QStringLiteral("hang moi"), 10).size(), 1);
}

void TestOpinionRepository::importCanBeTakenBack()
{
    QFETCH(QString, backend);
    open(backend);
    addReport(QDate(2023, 1, 5), m_commune, m_land, QStringLiteral("Đã có trước"));
    const QByteArray csv = "date,locality,topic,summary,reporter,forwarded_to\n"
                           "2024-03-01,Ba Chúc,Đất đai,Tranh chấp ranh giới,,\n"
                           "2024-03-02,Hà Tiên,Việc làm,Thiếu việc làm,Ngô Văn Bé,Sở Lao động\n"
                           "2024-03-03,Hà Tiên,Đất đai,Sạt lở,Ngô Văn Bé,\n";
    auto countOf = [&](const char *table) {
        return m_db->scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
            .toInt();
    };
    const int localities = countOf("localities"), topics = countOf("topics"),
              persons = countOf("persons"), agencies = countOf("agencies");
    OpinionImport::Options options;
    options.createMissing = true;
    OpinionImport import(*m_db, options);
    QVERIFY(import.analyse(csv));
    QCOMPARE(import.write().imported, 3);
    OpinionRepository repo(*m_db);
    QCOMPARE(repo.totalCount(), qint64(4));
    QCOMPARE(countOf("localities"), localities + 1);
    QCOMPARE(countOf("persons"), persons + 1);
    // A report entered by hand after the import stays when the import is taken back.
    const qint64 later
        = addReport(QDate(2024, 4, 1), m_commune, m_land, QStringLiteral("Nhập tay sau"));

    import.revert();
    QCOMPARE(repo.totalCount(), qint64(2));
    QVERIFY(repo.report(later));
    QCOMPARE(countOf("localities"), localities);
    QCOMPARE(countOf("topics"), topics);
    QCOMPARE(countOf("persons"), persons);
    QCOMPARE(countOf("agencies"), agencies);
    QCOMPARE(repo.search(QStringLiteral("sat lo"), 10).size(), 0);

    // Redo: the same rows again, the new names created anew.
    QCOMPARE(import.write().imported, 3);
    QCOMPARE(repo.totalCount(), qint64(5));
    const QList<OpinionReport> landslide = repo.search(QStringLiteral("sat lo"), 10);
    QCOMPARE(landslide.size(), 1);
    QCOMPARE(landslide.first().localityName, QStringLiteral("Hà Tiên"));
    QCOMPARE(landslide.first().reporterName, QStringLiteral("Ngô Văn Bé"));

    // Once an imported report is edited, the import can no longer be taken back whole.
    OpinionReport edited = landslide.first();
    edited.summary = QStringLiteral("Sạt lở bờ sông");
    repo.update(edited);
    try {
        import.revert();
        QFAIL("an import with an edited report was taken back");
    } catch (const ValidationError &) {
    }
    QCOMPARE(repo.totalCount(), qint64(5));
    QCOMPARE(countOf("localities"), localities + 1);
}

void TestOpinionRepository::taxonomyRenameAndDelete()
{
    QFETCH(QString, backend);
    open(backend);
    TaxonomyRepository taxonomy(*m_db);
    const qint64 id = addReport(QDate(2024, 1, 1), m_commune, m_land, QStringLiteral("x"));
    taxonomy.renameTopic(
        m_land, QStringLiteral("Đất đai, tài nguyên"), taxonomy.topic(m_land)->rowVersion);
    QCOMPARE(OpinionRepository(*m_db).report(id)->topicName, QStringLiteral("Đất đai, tài nguyên"));
    QVERIFY_THROWS_EXCEPTION(ValidationError, taxonomy.removeTopic(m_land)); // used
    QVERIFY_THROWS_EXCEPTION(ValidationError, taxonomy.removeTopic(m_economy)); // has a child
    const qint64 unused = taxonomy.addTopic(QStringLiteral("Tạm"));
    taxonomy.removeTopic(unused);
    QVERIFY(!taxonomy.topic(unused));
    QCOMPARE(taxonomy.findTopic(QStringLiteral("GIÁ CẢ THỊ TRƯỜNG"))->id, m_prices);
    QCOMPARE(taxonomy.topicWithChildren(m_economy), (QList<qint64> { m_economy, m_prices }));
    QCOMPARE(
        taxonomy.localityWithDescendants(m_district), (QList<qint64> { m_district, m_commune }));
    // NFD spelling finds the NFC name.
    QCOMPARE(*taxonomy.findLocalityId(
                 QStringLiteral("Chợ Mới").normalized(QString::NormalizationForm_D)),
        m_otherDistrict);
}

void TestOpinionRepository::topicsHaveTwoLevels()
{
    open(QStringLiteral("sqlite"));
    TaxonomyRepository taxonomy(*m_db);
    QVERIFY_THROWS_EXCEPTION(
        ValidationError, taxonomy.addTopic(QStringLiteral("Phân bón"), m_prices));
    const QList<Topic> topics = taxonomy.topics();
    QCOMPARE(topics.size(), 3);
    QCOMPARE(topics.at(0).name, QStringLiteral("Kinh tế"));
    QCOMPARE(topics.at(1).name, QStringLiteral("Giá cả thị trường"));
    QCOMPARE(topics.at(2).name, QStringLiteral("Đất đai"));
}

QTEST_GUILESS_MAIN(TestOpinionRepository)
#include "tst_opinionrepository.moc"
