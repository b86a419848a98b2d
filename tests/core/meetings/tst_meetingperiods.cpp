// A meeting's period as a clerk types it and as a title says it; the title suggested for a
// kind and a period.

#include <core/meetings/meeting.h>

#include <QTest>

using namespace thuky;

class TestMeetingPeriods : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void vietnamese_data();
    void vietnamese();
    void suggestedTitle_data();
    void suggestedTitle();
};

void TestMeetingPeriods::parse_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("code");
    QTest::newRow("code") << QStringLiteral("2024-Q2") << QStringLiteral("2024-Q2");
    QTest::newRow("code, lower case") << QStringLiteral(" 2024-q4 ") << QStringLiteral("2024-Q4");
    QTest::newRow("roman") << QStringLiteral("II/2024") << QStringLiteral("2024-Q2");
    QTest::newRow("roman, lower") << QStringLiteral("iv/2026") << QStringLiteral("2026-Q4");
    QTest::newRow("quý") << QStringLiteral("Quý III/2025") << QStringLiteral("2025-Q3");
    QTest::newRow("quý digits") << QStringLiteral("quý 4/2026") << QStringLiteral("2026-Q4");
    QTest::newRow("quy năm") << QStringLiteral("quy 1 nam 2024") << QStringLiteral("2024-Q1");
    QTest::newRow("Q") << QStringLiteral("Q2/2024") << QStringLiteral("2024-Q2");
    QTest::newRow("digits") << QStringLiteral("3/2024") << QStringLiteral("2024-Q3");
    QTest::newRow("half") << QStringLiteral("6 tháng đầu năm 2024") << QStringLiteral("2024-H1");
    QTest::newRow("second half") << QStringLiteral("6 tháng cuối năm 2024")
                                 << QStringLiteral("2024-H2");
    QTest::newRow("half code") << QStringLiteral("2024-H2") << QStringLiteral("2024-H2");
    QTest::newRow("year") << QStringLiteral("2024") << QStringLiteral("2024");
    QTest::newRow("năm") << QStringLiteral("năm 2023") << QStringLiteral("2023");
    QTest::newRow("no quarter 5") << QStringLiteral("5/2024") << QString();
    QTest::newRow("no half 3") << QStringLiteral("2024-H3") << QString();
    QTest::newRow("words") << QStringLiteral("đợt thi đua") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestMeetingPeriods::parse()
{
    QFETCH(QString, typed);
    QFETCH(QString, code);
    QCOMPARE(MeetingPeriods::parse(typed), code);
}

void TestMeetingPeriods::vietnamese_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("words");
    QTest::newRow("quarter") << QStringLiteral("2026-Q4") << QStringLiteral("Quý IV/2026");
    QTest::newRow("half") << QStringLiteral("2024-H1") << QStringLiteral("6 tháng đầu năm 2024");
    QTest::newRow("year") << QStringLiteral("2023") << QStringLiteral("năm 2023");
    QTest::newRow("free text") << QStringLiteral("đợt 1") << QStringLiteral("đợt 1");
    QTest::newRow("none") << QString() << QString();
}

void TestMeetingPeriods::vietnamese()
{
    QFETCH(QString, code);
    QFETCH(QString, words);
    QCOMPARE(MeetingPeriods::vietnamese(code), words);
}

void TestMeetingPeriods::suggestedTitle_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("period");
    QTest::addColumn<QString>("title");
    QTest::newRow("briefing") << QStringLiteral("quarterly_briefing") << QStringLiteral("2026-Q4")
                              << QStringLiteral("Hội nghị giao ban Quý IV/2026");
    QTest::newRow("review") << QStringLiteral("review") << QStringLiteral("2024-H1")
                            << QStringLiteral("Hội nghị sơ kết 6 tháng đầu năm 2024");
    QTest::newRow("annual") << QStringLiteral("annual_review") << QStringLiteral("2023")
                            << QStringLiteral("Hội nghị tổng kết năm 2023");
    QTest::newRow("thematic") << QStringLiteral("thematic") << QString()
                              << QStringLiteral("Hội nghị chuyên đề");
    QTest::newRow("extraordinary") << QStringLiteral("extraordinary") << QStringLiteral("2025-Q1")
                                   << QStringLiteral("Hội nghị đột xuất Quý I/2025");
}

void TestMeetingPeriods::suggestedTitle()
{
    QFETCH(QString, kind);
    QFETCH(QString, period);
    QFETCH(QString, title);
    QCOMPARE(MeetingKinds::suggestedTitle(kind, period), title);
}

QTEST_GUILESS_MAIN(TestMeetingPeriods)
#include "tst_meetingperiods.moc"
