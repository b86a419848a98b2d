// Dates as clerks type them, quarters, and the Party date line.

#include <core/text/vndate.h>

#include <QTest>

using namespace thuky;

class TestVnDate : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void quarters();
    void range();
    void longForm_data();
    void longForm();
};

void TestVnDate::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("iso") << QStringLiteral("2024-07-17") << QDate(2024, 7, 17);
    QTest::newRow("vietnamese") << QStringLiteral("17/07/2024") << QDate(2024, 7, 17);
    QTest::newRow("short day month") << QStringLiteral("5/3/2024") << QDate(2024, 3, 5);
    QTest::newRow("never MM/DD") << QStringLiteral("03/05/2024") << QDate(2024, 5, 3);
    QTest::newRow("31/02 invalid") << QStringLiteral("31/02/2024") << QDate();
    QTest::newRow("month 13 invalid") << QStringLiteral("2024-13-01") << QDate();
    QTest::newRow("29/02 leap") << QStringLiteral("29/02/2024") << QDate(2024, 2, 29);
    QTest::newRow("29/02 non-leap") << QStringLiteral("29/02/2023") << QDate();
    QTest::newRow("garbage") << QStringLiteral("hôm qua") << QDate();
    QTest::newRow("empty") << QString() << QDate();
}

void TestVnDate::parse()
{
    QFETCH(QString, text);
    QFETCH(QDate, expected);
    QCOMPARE(VnDate::parse(text), expected);
}

void TestVnDate::quarters()
{
    QCOMPARE(VnDate::quarterCode(QDate(2024, 4, 1)), QStringLiteral("2024-Q2"));
    QCOMPARE(VnDate::quarterCode(QDate(2024, 12, 31)), QStringLiteral("2024-Q4"));
    QCOMPARE(VnDate::quarterLabel(QStringLiteral("2024-Q2")), QStringLiteral("Quý II/2024"));
    QCOMPARE(VnDate::quarterLabel(QStringLiteral("2021-Q4")), QStringLiteral("Quý IV/2021"));
    QDate last;
    QCOMPARE(VnDate::parseQuarter(QStringLiteral("2024-Q1"), &last), QDate(2024, 1, 1));
    QCOMPARE(last, QDate(2024, 3, 31));
    QVERIFY(!VnDate::parseQuarter(QStringLiteral("2024-Q5")).isValid());
}

void TestVnDate::longForm_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected");
    QTest::newRow("july 17") << QDate(2024, 7, 17) << QStringLiteral("ngày 17 tháng 7 năm 2024");
    QTest::newRow("day padded") << QDate(2024, 7, 5) << QStringLiteral("ngày 05 tháng 7 năm 2024");
    QTest::newRow("january padded")
        << QDate(2024, 1, 20) << QStringLiteral("ngày 20 tháng 01 năm 2024");
    QTest::newRow("february padded")
        << QDate(2023, 2, 28) << QStringLiteral("ngày 28 tháng 02 năm 2023");
    QTest::newRow("march not padded")
        << QDate(2023, 3, 9) << QStringLiteral("ngày 09 tháng 3 năm 2023");
}

void TestVnDate::longForm()
{
    QFETCH(QDate, date);
    QFETCH(QString, expected);
    QCOMPARE(VnDate::longVietnamese(date), expected);
}

void TestVnDate::range()
{
    const QDate today = QDate::currentDate();
    QCOMPARE(VnDate::earliest(), QDate(1945, 1, 1));
    QCOMPARE(VnDate::latest(), today.addYears(1));
    QVERIFY(VnDate::inRange(QDate(1945, 1, 1)));
    QVERIFY(VnDate::inRange(QDate(1976, 1, 1))); // the demo's oldest locality
    QVERIFY(VnDate::inRange(today));
    QVERIFY(VnDate::inRange(today.addYears(1)));
    QVERIFY(!VnDate::inRange(today.addYears(1).addDays(1)));
    QVERIFY(!VnDate::inRange(QDate(1944, 12, 31)));
    QVERIFY(!VnDate::inRange(VnDate::parse(QStringLiteral("0001-01-01"))));
    QVERIFY(!VnDate::inRange(VnDate::parse(QStringLiteral("9999-12-31"))));
    QVERIFY(!VnDate::inRange(QDate()));
}

QTEST_GUILESS_MAIN(TestVnDate)
#include "tst_vndate.moc"
