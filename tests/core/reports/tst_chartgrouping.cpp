// How a chart groups (StatsFilter::forChart, OpinionStats::countForChart): topics and
// localities roll up a level when their keys would not fit in the chart's series, and
// nothing else changes. The GUI, thuky-cli-draw and the periodic report all draw with it.

#include <common/statsfixture.h>

#include <core/db/database.h>
#include <core/reports/stats.h>

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace thuky;
using thuky::test::FixtureReport;
using thuky::test::StatsFixture;

Q_DECLARE_METATYPE(thuky::StatsDimension)

class TestChartGrouping : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void forChart_data();
    void forChart();
    void keysThatFitStayAsTheyAre();
    void topicsRollUpWhenTheyDoNotFit();
    void localitiesRollUpWhenTheyDoNotFit();
    void enumerationsNeverRollUp();
    void keysKeepTheirPositions();

private:
    static QMap<QString, int> positions(const QList<StatsCount> &rows)
    {
        QMap<QString, int> result;
        for (const StatsCount &r : rows)
            result.insert(r.key, r.position);
        return result;
    }
    static QSet<QString> keys(const QList<StatsCount> &rows)
    {
        QSet<QString> result;
        for (const StatsCount &r : rows)
            result.insert(r.key);
        return result;
    }
    static QMap<QPair<QString, QString>, int> counts(const QList<StatsCount> &rows)
    {
        QMap<QPair<QString, QString>, int> result;
        for (const StatsCount &r : rows)
            result.insert(qMakePair(r.quarter, r.key), r.count);
        return result;
    }
    /** Moves every @p step-th report to @p id in @p column (`topic_id`, `locality_id`). */
    void moveReports(const QString &column, qint64 id, int step);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    StatsFixture m_fx;
};

void TestChartGrouping::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(m_dir->filePath(QStringLiteral("chart.sqlite")));
    m_db->open();
    m_fx = StatsFixture();
    m_fx.fill(*m_db, 600, 5);
}

void TestChartGrouping::moveReports(const QString &column, qint64 id, int step)
{
    for (int i = 0; i < m_fx.reports.size(); i += step) {
        FixtureReport &r = m_fx.reports[i];
        m_db->exec(
            QStringLiteral("UPDATE opinions SET %1 = ? WHERE id = ?").arg(column), { id, r.id });
        if (column == QLatin1String("topic_id")) {
            r.topicId = id;
            r.topic = m_fx.topicNames.value(id);
        } else {
            r.localityId = id;
            r.locality = m_fx.localityNames.value(id);
        }
    }
}

void TestChartGrouping::forChart_data()
{
    QTest::addColumn<StatsDimension>("dim");
    QTest::addColumn<int>("keyCount");
    QTest::addColumn<bool>("rolledUp");
    QTest::newRow("topics that fit") << StatsDimension::Topic << 8 << false;
    QTest::newRow("one topic too many") << StatsDimension::Topic << 9 << true;
    QTest::newRow("localities that fit") << StatsDimension::Locality << 8 << false;
    QTest::newRow("one locality too many") << StatsDimension::Locality << 9 << true;
    QTest::newRow("many channels") << StatsDimension::Channel << 40 << false;
    QTest::newRow("many statuses") << StatsDimension::Status << 40 << false;
    QTest::newRow("many sentiments") << StatsDimension::Sentiment << 40 << false;
    QTest::newRow("total only") << StatsDimension::None << 40 << false;
}

void TestChartGrouping::forChart()
{
    QFETCH(StatsDimension, dim);
    QFETCH(int, keyCount);
    QFETCH(bool, rolledUp);
    QCOMPARE(StatsFilter::MaxChartSeries, 8);
    StatsFilter f;
    f.from = QDate(2024, 1, 1);
    f.to = QDate(2024, 6, 30);
    f.localityId = 3;
    f.topicId = 4;
    f.rollUpMerged = true;
    const StatsFilter chart = f.forChart(dim, keyCount);
    QCOMPARE(chart.rollUpTopics, rolledUp);
    QCOMPARE(chart.rollUpLocalities, rolledUp);
    // The period, the scope and the merge roll-up are the caller's and stay.
    StatsFilter rest = chart;
    rest.rollUpTopics = rest.rollUpLocalities = false;
    QCOMPARE(rest, f);
}

void TestChartGrouping::keysThatFitStayAsTheyAre()
{
    OpinionStats stats(*m_db);
    // The fixture has 6 topic keys and exactly 8 locality names: both fit.
    const QList<StatsCount> topics = stats.countForChart(StatsDimension::Topic);
    QCOMPARE(keys(topics).size(), 6);
    QCOMPARE(counts(topics), counts(stats.countByQuarter(StatsDimension::Topic)));
    const QList<StatsCount> localities = stats.countForChart(StatsDimension::Locality);
    QCOMPARE(keys(localities).size(), StatsFilter::MaxChartSeries);
    QCOMPARE(counts(localities), counts(stats.countByQuarter(StatsDimension::Locality)));
}

void TestChartGrouping::topicsRollUpWhenTheyDoNotFit()
{
    // Three more sub-topics with reports: 9 topic keys, one too many.
    const qint64 parent = m_fx.topicParents.at(1);
    moveReports(QStringLiteral("topic_id"),
        m_fx.addTopic(*m_db, QString::fromUtf8("An ninh trật tự"), parent), 7);
    moveReports(
        QStringLiteral("topic_id"), m_fx.addTopic(*m_db, QString::fromUtf8("Văn hóa"), parent), 11);
    moveReports(QStringLiteral("topic_id"),
        m_fx.addTopic(*m_db, QString::fromUtf8("Giao thông"), m_fx.topicParents.at(0)), 13);
    OpinionStats stats(*m_db);
    QCOMPARE(keys(stats.countByQuarter(StatsDimension::Topic)).size(), 9);

    QMap<QPair<QString, QString>, int> expected;
    for (const FixtureReport &r : std::as_const(m_fx.reports)) {
        const qint64 up = m_fx.topicParent.value(r.topicId);
        ++expected[qMakePair(r.quarter, m_fx.topicNames.value(up ? up : r.topicId))];
    }
    const QList<StatsCount> rows = stats.countForChart(StatsDimension::Topic);
    QCOMPARE(counts(rows), expected);
    QCOMPARE(keys(rows),
        QSet<QString>({ m_fx.topicNames.value(m_fx.topicParents.at(0)),
            m_fx.topicNames.value(m_fx.topicParents.at(1)) }));
}

void TestChartGrouping::localitiesRollUpWhenTheyDoNotFit()
{
    // A ninth locality name with reports: the communes count under their districts.
    moveReports(QStringLiteral("locality_id"),
        m_fx.addLocality(
            *m_db, QString::fromUtf8("Mỹ Hòa"), QStringLiteral("commune"), m_fx.districts.at(1)),
        9);
    OpinionStats stats(*m_db);
    QCOMPARE(keys(stats.countByQuarter(StatsDimension::Locality)).size(), 9);

    QMap<QPair<QString, QString>, int> expected;
    for (const FixtureReport &r : std::as_const(m_fx.reports)) {
        const qint64 parent = m_fx.localityParent.value(r.localityId);
        const qint64 district = parent == m_fx.province ? r.localityId : parent;
        ++expected[qMakePair(r.quarter, m_fx.localityNames.value(district))];
    }
    StatsFilter f;
    f.to = QDate(2024, 12, 31);
    const QList<StatsCount> rows = stats.countForChart(StatsDimension::Locality, f);
    QCOMPARE(counts(rows), expected);
    QCOMPARE(keys(rows).size(), 3);
}

void TestChartGrouping::enumerationsNeverRollUp()
{
    OpinionStats stats(*m_db);
    for (StatsDimension dim : { StatsDimension::Sentiment, StatsDimension::Channel,
             StatsDimension::Status, StatsDimension::None }) {
        QCOMPARE(counts(stats.countForChart(dim)), counts(stats.countByQuarter(dim)));
    }
}

void TestChartGrouping::keysKeepTheirPositions()
{
    // A key's position (its colour in a chart) is its place in the tree, siblings by id:
    // Kinh tế, its sub-topics, Xã hội, its sub-topics; counts do not move it.
    QList<qint64> order;
    for (qint64 parent : std::as_const(m_fx.topicParents)) {
        order.append(parent);
        for (qint64 t : std::as_const(m_fx.topics)) {
            if (m_fx.topicParent.value(t) == parent)
                order.append(t);
        }
    }
    OpinionStats stats(*m_db);
    const QMap<QString, int> before = positions(stats.countByQuarter(StatsDimension::Topic));
    QCOMPARE(before.size(), 6); // Xã hội has no reports of its own
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        QCOMPARE(order.at(it.value()), m_fx.topicNames.key(it.key()));
    moveReports(QStringLiteral("topic_id"), m_fx.topics.at(4), 2);
    QCOMPARE(positions(stats.countByQuarter(StatsDimension::Topic)), before);
    // Rolled up, the first-level topics are the only keys: 0 and 1.
    StatsFilter rolled;
    rolled.rollUpTopics = true;
    QMap<QString, int> firstLevel;
    firstLevel.insert(m_fx.topicNames.value(m_fx.topicParents.at(0)), 0);
    firstLevel.insert(m_fx.topicNames.value(m_fx.topicParents.at(1)), 1);
    QCOMPARE(positions(stats.countByQuarter(StatsDimension::Topic, rolled)), firstLevel);
    // Enumerations: the codes' order.
    const QMap<QString, int> sentiments
        = positions(stats.countByQuarter(StatsDimension::Sentiment));
    QCOMPARE(sentiments.value(QStringLiteral("positive")), 0);
    QCOMPARE(sentiments.value(QStringLiteral("mixed")), 3);
}

QTEST_GUILESS_MAIN(TestChartGrouping)
#include "tst_chartgrouping.moc"
