// StatsDrillDown: the report list's filter behind a figure holds exactly the reports the figure
// counts, whatever the dimension, the dates, the scope and the roll-ups: a parent topic's own
// reports without its sub-topics', a district's own without its communes', names shared by
// two units, merged units, the "others" series.

#include <common/statsfixture.h>

#include <core/db/database.h>
#include <core/opinions/opinionrepository.h>
#include <core/reports/stats.h>
#include <core/reports/statsdrilldown.h>
#include <core/roster/organisation.h>

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace thuky;
using thuky::test::FixtureReport;
using thuky::test::StatsFixture;

Q_DECLARE_METATYPE(thuky::StatsDimension)
Q_DECLARE_METATYPE(thuky::StatsFilter)

class TestStatsDrillDown : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyFigureOpensItsReports_data();
    void everyFigureOpensItsReports();
    void parentTopicOpensItsOwnReports();
    void othersOpenTheRest();

private:
    int count(const OpinionFilter &f) { return int(OpinionRepository(*m_db).count(f)); }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    StatsFixture m_fx;
    qint64 m_into = 0;
};

void TestStatsDrillDown::initTestCase()
{
    m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("drill.sqlite")));
    m_db->open();
    m_fx.fill(*m_db, 900, 41);
    // Long Sơn merged into Mỹ Bình, which lies in another district.
    m_into = m_fx.communes.at(0);
    Organisation(*m_db).mergeLocalities({ m_fx.communes.at(2) }, m_into, QDate(2024, 7, 1));
}

void TestStatsDrillDown::everyFigureOpensItsReports_data()
{
    QTest::addColumn<StatsDimension>("dim");
    QTest::addColumn<StatsFilter>("filter");
    StatsFilter dates;
    dates.from = QDate(2023, 2, 11); // mid-quarter at both ends
    dates.to = QDate(2024, 8, 20);
    StatsFilter district;
    district.localityId = m_fx.districts.at(0);
    StatsFilter merged;
    merged.localityId = m_into;
    StatsFilter mergedRolled = merged;
    mergedRolled.rollUpMerged = true;
    StatsFilter parentTopic;
    parentTopic.topicId = m_fx.topicParents.at(0);
    StatsFilter rolled;
    rolled.rollUpMerged = rolled.rollUpTopics = rolled.rollUpLocalities = true;
    // A commune's reports counted under its district: its district's bar holds them alone.
    StatsFilter communeRolled = rolled;
    communeRolled.localityId = m_fx.communes.at(1);
    StatsFilter subTopicRolled = rolled;
    subTopicRolled.topicId = m_fx.topics.at(0);
    const QList<QPair<const char *, StatsFilter>> filters
        = { { "all", StatsFilter() }, { "dates", dates }, { "district", district },
              { "merged unit", merged }, { "merged unit rolled up", mergedRolled },
              { "parent topic", parentTopic }, { "rolled up", rolled },
              { "commune rolled up", communeRolled }, { "sub-topic rolled up", subTopicRolled } };
    const QList<QPair<const char *, StatsDimension>> dims
        = { { "topic", StatsDimension::Topic }, { "locality", StatsDimension::Locality },
              { "channel", StatsDimension::Channel }, { "sentiment", StatsDimension::Sentiment },
              { "status", StatsDimension::Status }, { "total", StatsDimension::None } };
    for (const auto &[fname, f] : filters) {
        for (const auto &[dname, d] : dims)
            QTest::addRow("%s, %s", fname, dname) << d << f;
    }
}

void TestStatsDrillDown::everyFigureOpensItsReports()
{
    QFETCH(StatsDimension, dim);
    QFETCH(StatsFilter, filter);
    const StatsDrillDown drill(*m_db);
    const QList<StatsCount> rows = OpinionStats(*m_db).countByQuarter(dim, filter);
    QVERIFY(!rows.isEmpty());
    for (const StatsCount &r : rows) {
        QCOMPARE(count(drill.filterFor(dim, filter, r.quarter, { r })), r.count);
    }
    // Over the whole period too (the periodic report's tables).
    for (const StatsCount &r : OpinionStats(*m_db).countOverPeriod(dim, filter))
        QCOMPARE(count(drill.filterFor(dim, filter, QString(), { r })), r.count);
}

void TestStatsDrillDown::parentTopicOpensItsOwnReports()
{
    // "Kinh tế" holds reports of its own and has sub-topics with bars of their own.
    const qint64 parent = m_fx.topicParents.at(0);
    const QString name = m_fx.topicNames.value(parent);
    int own = 0;
    for (const FixtureReport &r : std::as_const(m_fx.reports))
        own += r.quarter == QLatin1String("2024-Q1") && r.topicId == parent;
    QVERIFY(own > 0);
    StatsCount bar;
    for (const StatsCount &r : OpinionStats(*m_db).countByQuarter(StatsDimension::Topic)) {
        if (r.quarter == QLatin1String("2024-Q1") && r.key == name)
            bar = r;
    }
    QCOMPARE(bar.count, own);
    const OpinionFilter f = StatsDrillDown(*m_db).filterFor(
        StatsDimension::Topic, StatsFilter(), QStringLiteral("2024-Q1"), { bar });
    QCOMPARE(f.topicIds, QList<qint64> { parent });
    QCOMPARE(f.from, QDate(2024, 1, 1));
    QCOMPARE(f.to, QDate(2024, 3, 31));
    QCOMPARE(count(f), own);
    // "Phường 1", two communes of one name: one bar, both communes' reports.
    int both = 0;
    for (const FixtureReport &r : std::as_const(m_fx.reports))
        both += r.quarter == QLatin1String("2024-Q1")
            && (r.localityId == m_fx.communes.at(3) || r.localityId == m_fx.communes.at(4));
    for (const StatsCount &r : OpinionStats(*m_db).countByQuarter(StatsDimension::Locality)) {
        if (r.quarter == QLatin1String("2024-Q1") && r.key == QString::fromUtf8("Phường 1")) {
            QCOMPARE(r.count, both);
            QCOMPARE(count(StatsDrillDown(*m_db).filterFor(
                         StatsDimension::Locality, StatsFilter(), r.quarter, { r })),
                both);
        }
    }
}

void TestStatsDrillDown::othersOpenTheRest()
{
    // The keys beyond a chart's series, summed: the report list opens all of them.
    for (StatsDimension dim : { StatsDimension::Topic, StatsDimension::Locality }) {
        QList<StatsCount> rest;
        int sum = 0;
        for (const StatsCount &r : OpinionStats(*m_db).countByQuarter(dim)) {
            if (r.quarter == QLatin1String("2023-Q3") && r.position % 2 == 1) {
                rest.append(r);
                sum += r.count;
            }
        }
        QVERIFY(rest.size() >= 2);
        QCOMPARE(count(StatsDrillDown(*m_db).filterFor(
                     dim, StatsFilter(), QStringLiteral("2023-Q3"), rest)),
            sum);
    }
}

QTEST_GUILESS_MAIN(TestStatsDrillDown)
#include "tst_statsdrilldown.moc"
