// OpinionStats: every aggregate against counts the test makes itself from the rows it
// inserted.

#include <common/statsfixture.h>

#include <core/db/database.h>
#include <core/reports/stats.h>

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace thuky;
using thuky::test::FixtureReport;
using thuky::test::StatsFixture;

Q_DECLARE_METATYPE(thuky::StatsDimension)

class TestStats : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void parseDims_data();
    void parseDims();
    void countByQuarter_data();
    void countByQuarter();
    void sortedByQuarterThenKey();
    void emptyDatabase();
    void responsesByQuarter_data();
    void responsesByQuarter();
    void hotItems();
    void comparePeriods();
    void rollUpMergedLocalities();
    void rollUpLevels();

private:
    struct Case
    {
        StatsFilter filter;
        bool (*match)(const StatsFixture &, const FixtureReport &, const StatsFilter &);
    };
    static bool matches(const StatsFixture &fx, const FixtureReport &r, const StatsFilter &f)
    {
        if (f.from.isValid() && r.observed < f.from)
            return false;
        if (f.to.isValid() && r.observed > f.to)
            return false;
        if (f.localityId && !fx.localityUnder(r.localityId, f.localityId))
            return false;
        if (f.topicId && r.topicId != f.topicId && fx.topicParent.value(r.topicId) != f.topicId)
            return false;
        return true;
    }
    static QString keyOf(const FixtureReport &r, StatsDimension dim)
    {
        switch (dim) {
        case StatsDimension::Topic:
            return r.topic;
        case StatsDimension::Locality:
            return r.locality;
        case StatsDimension::Sentiment:
            return r.sentiment;
        case StatsDimension::Channel:
            return r.channel;
        case StatsDimension::Status:
            return r.status;
        case StatsDimension::None:
            break;
        }
        return {};
    }
    void addFilterRows(const char *suffix, StatsDimension dim);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    StatsFixture m_fx;
};

void TestStats::initTestCase()
{
    m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("stats.sqlite")));
    m_db->open();
    m_fx.fill(*m_db, 3000);
}

void TestStats::parseDims_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<StatsDimension>("dim");
    QTest::newRow("quarter") << "quarter" << true << StatsDimension::None;
    QTest::newRow("topic") << "quarter,topic" << true << StatsDimension::Topic;
    QTest::newRow("locality") << "quarter,locality" << true << StatsDimension::Locality;
    QTest::newRow("sentiment") << "quarter,sentiment" << true << StatsDimension::Sentiment;
    QTest::newRow("channel") << "quarter,channel" << true << StatsDimension::Channel;
    QTest::newRow("status") << "quarter,status" << true << StatsDimension::Status;
    QTest::newRow("bad dim") << "quarter,colour" << false << StatsDimension::None;
    QTest::newRow("no quarter") << "topic" << false << StatsDimension::None;
    QTest::newRow("three") << "quarter,topic,status" << false << StatsDimension::None;
    QTest::newRow("empty") << "" << false << StatsDimension::None;
}

void TestStats::parseDims()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(StatsDimension, dim);
    const auto parsed = StatsDimensions::parseDims(text);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(*parsed, dim);
}

void TestStats::addFilterRows(const char *name, StatsDimension dim)
{
    auto row = [&](const char *what, const StatsFilter &f) {
        QTest::newRow(
            qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(name), QLatin1String(what))))
            << dim << f;
    };
    row("all", {});
    StatsFilter f;
    f.from = QDate(2023, 2, 15);
    f.to = QDate(2024, 5, 10);
    row("partial ends", f);
    f.from = QDate(2023, 4, 1);
    f.to = QDate(2023, 9, 30);
    row("whole quarters", f);
    f.from = QDate(2024, 2, 3);
    f.to = QDate(2024, 2, 20);
    row("inside one quarter", f);
    f.from = QDate(2024, 4, 1);
    f.to = QDate(2024, 5, 31);
    row("quarter start to mid", f);
    f = {};
    f.from = QDate(2024, 8, 8);
    row("from only", f);
    f = {};
    f.to = QDate(2023, 3, 31);
    row("to only", f);
    f = {};
    f.from = QDate(2024, 3, 1);
    f.to = QDate(2023, 3, 1);
    row("reversed", f);
    f = {};
    f.localityId = m_fx.districts.at(1);
    row("district", f);
    f.topicId = m_fx.topicParents.at(0);
    f.from = QDate(2023, 7, 7);
    row("district topic from", f);
    f = {};
    f.topicId = m_fx.topics.at(2);
    row("leaf topic", f);
}

void TestStats::countByQuarter_data()
{
    QTest::addColumn<StatsDimension>("dim");
    QTest::addColumn<StatsFilter>("filter");
    addFilterRows("quarter", StatsDimension::None);
    addFilterRows("topic", StatsDimension::Topic);
    addFilterRows("locality", StatsDimension::Locality);
    addFilterRows("sentiment", StatsDimension::Sentiment);
    addFilterRows("channel", StatsDimension::Channel);
    addFilterRows("status", StatsDimension::Status);
}

void TestStats::countByQuarter()
{
    QFETCH(StatsDimension, dim);
    QFETCH(StatsFilter, filter);
    QMap<QPair<QString, QString>, int> expected;
    QMap<QString, int> expectedPeriod;
    int expectedTotal = 0;
    for (const FixtureReport &r : std::as_const(m_fx.reports)) {
        if (!matches(m_fx, r, filter))
            continue;
        ++expected[qMakePair(r.quarter, keyOf(r, dim))];
        ++expectedPeriod[keyOf(r, dim)];
        ++expectedTotal;
    }
    OpinionStats stats(*m_db);
    QMap<QPair<QString, QString>, int> actual;
    for (const StatsCount &c : stats.countByQuarter(dim, filter)) {
        QVERIFY2(!actual.contains(qMakePair(c.quarter, c.key)), qPrintable(c.key));
        QVERIFY(c.count > 0);
        actual.insert(qMakePair(c.quarter, c.key), c.count);
    }
    QCOMPARE(actual, expected);
    QMap<QString, int> period;
    for (const StatsCount &c : stats.countOverPeriod(dim, filter))
        period.insert(c.key, c.count);
    QCOMPARE(period, expectedPeriod);
    QCOMPARE(stats.total(filter), expectedTotal);
}

void TestStats::sortedByQuarterThenKey()
{
    const QList<StatsCount> rows = OpinionStats(*m_db).countByQuarter(StatsDimension::Locality);
    QVERIFY(rows.size() > 20);
    for (int i = 1; i < rows.size(); ++i) {
        const auto &a = rows.at(i - 1);
        const auto &b = rows.at(i);
        QVERIFY(a.quarter < b.quarter || (a.quarter == b.quarter && a.key < b.key));
    }
    // Two communes share the name "Phường 1": one group, both ids behind it.
    const auto it = std::find_if(rows.begin(), rows.end(),
        [](const StatsCount &c) { return c.key == QString::fromUtf8("Phường 1"); });
    QVERIFY(it != rows.end());
    QCOMPARE(it->ids.size(), 2);
}

void TestStats::emptyDatabase()
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("empty.sqlite")));
    db.open();
    OpinionStats stats(db);
    QVERIFY(stats.countByQuarter(StatsDimension::Topic).isEmpty());
    QVERIFY(stats.responsesByQuarter().isEmpty());
    QCOMPARE(stats.total(), 0);
    QCOMPARE(stats.responses().total, 0);
    QVERIFY(stats.hotItems().isEmpty());
}

void TestStats::responsesByQuarter_data()
{
    QTest::addColumn<StatsFilter>("filter");
    QTest::newRow("all") << StatsFilter();
    StatsFilter f;
    f.from = QDate(2023, 5, 5);
    f.to = QDate(2024, 2, 2);
    QTest::newRow("partial") << f;
    f = {};
    f.localityId = m_fx.districts.at(0);
    QTest::newRow("district") << f;
}

void TestStats::responsesByQuarter()
{
    QFETCH(StatsFilter, filter);
    QMap<QString, int> total, answered;
    QMap<QString, QList<int>> days;
    QList<int> allDays;
    for (const FixtureReport &r : std::as_const(m_fx.reports)) {
        if (!matches(m_fx, r, filter))
            continue;
        ++total[r.quarter];
        if (r.status == QLatin1String("answered") || r.status == QLatin1String("resolved")
            || r.status == QLatin1String("closed"))
            ++answered[r.quarter];
        if (r.responseOn.isValid()) {
            days[r.quarter].append(int(r.observed.daysTo(r.responseOn)));
            allDays.append(int(r.observed.daysTo(r.responseOn)));
        }
    }
    auto median = [](QList<int> v) {
        std::sort(v.begin(), v.end());
        const int n = int(v.size());
        return n % 2 ? double(v.at(n / 2)) : (v.at(n / 2 - 1) + v.at(n / 2)) / 2.0;
    };
    OpinionStats stats(*m_db);
    const QList<ResponseSummary> rows = stats.responsesByQuarter(filter);
    QCOMPARE(rows.size(), total.size());
    for (const ResponseSummary &r : rows) {
        QCOMPARE(r.total, total.value(r.quarter));
        QCOMPARE(r.answered, answered.value(r.quarter));
        QCOMPARE(r.withResponseDate, int(days.value(r.quarter).size()));
        QCOMPARE(r.medianDays, median(days.value(r.quarter)));
        QVERIFY(qAbs(r.rate() - double(answered.value(r.quarter)) / total.value(r.quarter)) < 1e-9);
    }
    const ResponseSummary whole = stats.responses(filter);
    int sumTotal = 0, sumAnswered = 0;
    for (int n : std::as_const(total))
        sumTotal += n;
    for (int n : std::as_const(answered))
        sumAnswered += n;
    QCOMPARE(whole.total, sumTotal);
    QCOMPARE(whole.answered, sumAnswered);
    QCOMPARE(whole.medianDays, median(allDays));
}

void TestStats::hotItems()
{
    StatsFilter f;
    f.from = QDate(2024, 4, 1);
    f.to = QDate(2024, 6, 30);
    QList<FixtureReport> hot;
    for (const FixtureReport &r : std::as_const(m_fx.reports)) {
        if (matches(m_fx, r, f) && r.urgency == QLatin1String("hot"))
            hot.append(r);
    }
    std::sort(hot.begin(), hot.end(), [](const FixtureReport &a, const FixtureReport &b) {
        return a.observed != b.observed ? a.observed > b.observed : a.id > b.id;
    });
    OpinionStats stats(*m_db);
    QCOMPARE(stats.hotCount(f), int(hot.size()));
    const QList<HotItem> items = stats.hotItems(f, 10);
    QCOMPARE(items.size(), qMin(10, int(hot.size())));
    for (int i = 0; i < items.size(); ++i) {
        QCOMPARE(items.at(i).id, hot.at(i).id);
        QCOMPARE(items.at(i).observed, hot.at(i).observed);
        QCOMPARE(items.at(i).locality, hot.at(i).locality);
        QCOMPARE(items.at(i).topic, hot.at(i).topic);
    }
}

void TestStats::comparePeriods()
{
    StatsFilter current, previous;
    current.from = QDate(2024, 4, 1);
    current.to = QDate(2024, 6, 30);
    previous.from = QDate(2024, 1, 1);
    previous.to = QDate(2024, 3, 31);
    QMap<QString, int> cur, prev;
    for (const FixtureReport &r : std::as_const(m_fx.reports)) {
        if (matches(m_fx, r, current))
            ++cur[r.topic];
        if (matches(m_fx, r, previous))
            ++prev[r.topic];
    }
    const QList<ComparisonRow> rows
        = OpinionStats(*m_db).compare(StatsDimension::Topic, current, previous);
    QSet<QString> keys;
    for (auto it = cur.constBegin(); it != cur.constEnd(); ++it)
        keys.insert(it.key());
    for (auto it = prev.constBegin(); it != prev.constEnd(); ++it)
        keys.insert(it.key());
    QCOMPARE(rows.size(), keys.size());
    for (int i = 0; i < rows.size(); ++i) {
        QCOMPARE(rows.at(i).current, cur.value(rows.at(i).key));
        QCOMPARE(rows.at(i).previous, prev.value(rows.at(i).key));
        QCOMPARE(rows.at(i).change(), cur.value(rows.at(i).key) - prev.value(rows.at(i).key));
        if (i > 0)
            QVERIFY(rows.at(i - 1).current >= rows.at(i).current);
    }
}

void TestStats::rollUpMergedLocalities()
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("merge.sqlite")));
    db.open();
    StatsFixture fx;
    fx.fill(db, 400, 11);
    // The second commune was merged into the first.
    const qint64 from = fx.communes.at(1), into = fx.communes.at(0);
    db.exec(QStringLiteral(
                "UPDATE localities SET merged_into_id = ?, merged_on = '2025-07-01' WHERE id = ?"),
        { into, from });
    int both = 0;
    for (const FixtureReport &r : std::as_const(fx.reports))
        both += (r.localityId == from || r.localityId == into) ? 1 : 0;
    StatsFilter f;
    f.rollUpMerged = true;
    int rolled = 0;
    bool oldNameSeen = false;
    for (const StatsCount &c : OpinionStats(db).countOverPeriod(StatsDimension::Locality, f)) {
        if (c.key == fx.localityNames.value(into))
            rolled = c.count;
        oldNameSeen |= c.key == fx.localityNames.value(from);
    }
    QCOMPARE(rolled, both);
    QVERIFY(!oldNameSeen);
    // Filtering by the new unit includes the reports made under the merged one.
    f = {};
    f.localityId = into;
    QCOMPARE(OpinionStats(db).total(f), both);
}

void TestStats::rollUpLevels()
{
    QMap<QString, int> topics, localities;
    for (const FixtureReport &r : std::as_const(m_fx.reports)) {
        const qint64 parent = m_fx.topicParent.value(r.topicId);
        ++topics[m_fx.topicNames.value(parent ? parent : r.topicId)];
        const qint64 up = m_fx.localityParent.value(r.localityId) == m_fx.province
            ? r.localityId
            : m_fx.localityParent.value(r.localityId);
        ++localities[m_fx.localityNames.value(up)];
    }
    StatsFilter f;
    f.rollUpTopics = true;
    f.rollUpLocalities = true;
    QMap<QString, int> actualTopics, actualLocalities;
    OpinionStats stats(*m_db);
    for (const StatsCount &c : stats.countOverPeriod(StatsDimension::Topic, f))
        actualTopics.insert(c.key, c.count);
    for (const StatsCount &c : stats.countOverPeriod(StatsDimension::Locality, f))
        actualLocalities.insert(c.key, c.count);
    QCOMPARE(actualTopics, topics);
    QCOMPARE(actualTopics.size(), 2);
    QCOMPARE(actualLocalities, localities);
    QCOMPARE(actualLocalities.size(), 3);
}

QTEST_GUILESS_MAIN(TestStats)
#include "tst_stats.moc"
