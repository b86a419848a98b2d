// Periodic report figures (PeriodReport::build), periods and the drafted assessment,
// against counts made by the test from the rows it inserted.

#include <common/statsfixture.h>

#include <core/db/database.h>
#include <core/reports/periodreport.h>

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace thuky;
using thuky::test::CommitteeFixture;
using thuky::test::FixtureReport;
using thuky::test::StatsFixture;

class TestStatsReport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void quarters_data();
    void quarters();
    void weeks_data();
    void weeks();
    void figuresOfQuarter();
    void districtCommitteeCountsItsLocality();
    void weeklyFigures();
    void draftNamesTheFigures();
    void emptyPeriod();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    StatsFixture m_fx;
    CommitteeFixture m_committees;
};

void TestStatsReport::initTestCase()
{
    m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("report.sqlite")));
    m_db->open();
    m_fx.fill(*m_db, 2500, 5);
    m_committees.fill(*m_db, m_fx);
}

void TestStatsReport::quarters_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("previous");
    QTest::newRow("Q2") << "2024-Q2" << QDate(2024, 4, 1) << QDate(2024, 6, 30)
                        << QString::fromUtf8("Quý II/2024") << "2024-Q1";
    QTest::newRow("Q1") << "2024-Q1" << QDate(2024, 1, 1) << QDate(2024, 3, 31)
                        << QString::fromUtf8("Quý I/2024") << "2023-Q4";
    QTest::newRow("Q4") << "2023-Q4" << QDate(2023, 10, 1) << QDate(2023, 12, 31)
                        << QString::fromUtf8("Quý IV/2023") << "2023-Q3";
}

void TestStatsReport::quarters()
{
    QFETCH(QString, code);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(QString, label);
    QFETCH(QString, previous);
    const auto p = ReportPeriod::quarter(code);
    QVERIFY(p);
    QCOMPARE(p->first, first);
    QCOMPARE(p->last, last);
    QCOMPARE(p->label(), label);
    QCOMPARE(p->code(), code);
    QCOMPARE(p->previous().code(), previous);
    QVERIFY(!ReportPeriod::quarter(QStringLiteral("2024-Q5")));
    QVERIFY(!ReportPeriod::quarter(QStringLiteral("2024-W05")));
}

void TestStatsReport::weeks_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QDate>("monday");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("previous");
    QTest::newRow("2024-W29") << "2024-W29" << true << QDate(2024, 7, 15)
                              << QString::fromUtf8("Tuần 29/2024") << "2024-W28";
    QTest::newRow("2024-W01") << "2024-W01" << true << QDate(2024, 1, 1)
                              << QString::fromUtf8("Tuần 1/2024") << "2023-W52";
    QTest::newRow("2025-W01 starts in 2024") << "2025-W01" << true << QDate(2024, 12, 30)
                                             << QString::fromUtf8("Tuần 1/2025") << "2024-W52";
    QTest::newRow("2020-W53") << "2020-W53" << true << QDate(2020, 12, 28)
                              << QString::fromUtf8("Tuần 53/2020") << "2020-W52";
    QTest::newRow("2021-W01 after W53") << "2021-W01" << true << QDate(2021, 1, 4)
                                        << QString::fromUtf8("Tuần 1/2021") << "2020-W53";
    QTest::newRow("2021-W53 does not exist")
        << "2021-W53" << false << QDate() << QString() << QString();
    QTest::newRow("W00") << "2024-W00" << false << QDate() << QString() << QString();
    QTest::newRow("garbage") << "2024-29" << false << QDate() << QString() << QString();
}

void TestStatsReport::weeks()
{
    QFETCH(QString, code);
    QFETCH(bool, valid);
    QFETCH(QDate, monday);
    QFETCH(QString, label);
    QFETCH(QString, previous);
    const auto p = ReportPeriod::isoWeek(code);
    QCOMPARE(bool(p), valid);
    if (!valid)
        return;
    QCOMPARE(p->first, monday);
    QCOMPARE(p->last, monday.addDays(6));
    QCOMPARE(p->label(), label);
    QCOMPARE(p->code(), code);
    QCOMPARE(p->previous().code(), previous);
}

void TestStatsReport::figuresOfQuarter()
{
    const ReportPeriod q2 = *ReportPeriod::quarter(QStringLiteral("2024-Q2"));
    const PeriodReportData d = PeriodReport(*m_db).build(q2);
    int total = 0, previous = 0, answered = 0, hot = 0;
    QMap<QString, int> topics, previousTopics, localities;
    for (const FixtureReport &r : std::as_const(m_fx.reports)) {
        if (r.quarter == QLatin1String("2024-Q2")) {
            ++total;
            ++topics[r.topic];
            ++localities[r.locality];
            answered += (r.status == QLatin1String("answered")
                || r.status == QLatin1String("resolved") || r.status == QLatin1String("closed"));
            hot += r.urgency == QLatin1String("hot");
        } else if (r.quarter == QLatin1String("2024-Q1")) {
            ++previous;
            ++previousTopics[r.topic];
        }
    }
    QCOMPARE(d.committeeId, m_committees.province);
    QCOMPARE(d.committeeName, QString::fromUtf8("Ban Chỉ đạo 35 tỉnh An Giang"));
    QCOMPARE(d.headName, QString::fromUtf8("Trần Văn Bình"));
    QCOMPARE(d.total, total);
    QCOMPARE(d.previousTotal, previous);
    QCOMPARE(d.responses.answered, answered);
    QCOMPARE(d.hotCount, hot);
    QCOMPARE(d.hot.size(), qMin(15, hot));
    for (const ComparisonRow &r : d.byTopic) {
        QCOMPARE(r.current, topics.value(r.key));
        QCOMPARE(r.previous, previousTopics.value(r.key));
    }
    int sum = 0;
    for (const ComparisonRow &r : d.byLocality) {
        QCOMPARE(r.current, localities.value(r.key));
        sum += r.current;
    }
    QCOMPARE(sum, total);
    // Meetings held in the quarter by this committee; the district's is not one of them.
    QCOMPARE(d.meetings.size(), 2);
    QCOMPARE(d.meetings.at(0).title, QString::fromUtf8("Hội nghị chuyên đề đất đai"));
    // Tasks due in Q2: done 2024-04-30 and 2024-06-15, open 2024-05-30, cancelled 2024-06-20.
    QCOMPARE(d.tasks.due, 4);
    QCOMPARE(d.tasks.dueDone, 2);
    QCOMPARE(d.tasks.dueOpen, 1);
    QCOMPARE(d.tasks.dueCancelled, 1);
    QCOMPARE(d.tasks.overdue, 2); // 2024-03-30 in progress, 2024-05-30 open
    QCOMPARE(d.tasks.assigned, 3); // at the two Q2 meetings
}

void TestStatsReport::districtCommitteeCountsItsLocality()
{
    const ReportPeriod q3 = *ReportPeriod::quarter(QStringLiteral("2023-Q3"));
    const PeriodReportData d = PeriodReport(*m_db).build(q3, m_committees.district);
    int total = 0;
    for (const FixtureReport &r : std::as_const(m_fx.reports))
        total += r.quarter == QLatin1String("2023-Q3")
            && m_fx.localityUnder(r.localityId, m_fx.districts.at(0));
    QCOMPARE(d.total, total);
    QVERIFY(d.meetings.isEmpty());
    QVERIFY_THROWS_EXCEPTION(ValidationError, PeriodReport(*m_db).build(q3, 999));
}

void TestStatsReport::weeklyFigures()
{
    const ReportPeriod w = *ReportPeriod::isoWeek(QStringLiteral("2024-W29"));
    const PeriodReportData d = PeriodReport(*m_db).build(w);
    int total = 0, previous = 0;
    for (const FixtureReport &r : std::as_const(m_fx.reports)) {
        total += r.observed >= QDate(2024, 7, 15) && r.observed <= QDate(2024, 7, 21);
        previous += r.observed >= QDate(2024, 7, 8) && r.observed <= QDate(2024, 7, 14);
    }
    QCOMPARE(d.total, total);
    QCOMPARE(d.previousTotal, previous);
    QCOMPARE(d.previousPeriod.label(), QString::fromUtf8("Tuần 28/2024"));
}

void TestStatsReport::draftNamesTheFigures()
{
    const PeriodReportData d
        = PeriodReport(*m_db).build(*ReportPeriod::quarter(QStringLiteral("2024-Q2")));
    QVERIFY(d.assessment.contains(QString::fromUtf8("Quý II/2024")));
    QVERIFY(d.assessment.contains(QString::number(d.total)));
    QVERIFY2(d.assessment.contains(d.byTopic.first().key), qPrintable(d.assessment));
    QVERIFY(d.assessment.contains(d.byLocality.first().key));
    QVERIFY(d.assessment.contains(PeriodReport::changeText(d.total, d.previousTotal)));
    QVERIFY(d.assessment.contains(QString::fromUtf8("%1 vấn đề nóng").arg(d.hotCount)));
    QVERIFY(d.direction.contains(d.byTopic.first().key));
    QCOMPARE(PeriodReport::changeText(120, 100), QString::fromUtf8("tăng 20 (20,0%)"));
    QCOMPARE(PeriodReport::changeText(90, 100), QString::fromUtf8("giảm 10 (10,0%)"));
    QCOMPARE(PeriodReport::changeText(5, 5), QString::fromUtf8("không thay đổi"));
    QCOMPARE(PeriodReport::changeText(5, 0), QString::fromUtf8("tăng 5"));
}

void TestStatsReport::emptyPeriod()
{
    const PeriodReportData d
        = PeriodReport(*m_db).build(*ReportPeriod::quarter(QStringLiteral("2019-Q3")));
    QCOMPARE(d.total, 0);
    QVERIFY(d.byTopic.isEmpty());
    QVERIFY(d.assessment.contains(QString::fromUtf8("không có phản ánh")));
}

QTEST_GUILESS_MAIN(TestStatsReport)
#include "tst_statsreport.moc"
