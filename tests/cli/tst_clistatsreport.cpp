// thuky-cli report quarterly|weekly end to end: the PDF's text (pdftotext) and the ODT's
// content against figures the test counts itself.

#include <common/clirunner.h>
#include <common/statsfixture.h>

#include <core/db/database.h>

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace thuky;
using thuky::test::CommitteeFixture;
using thuky::test::FixtureReport;
using thuky::test::runCli;
using thuky::test::StatsFixture;

class TestCliStatsReport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void quarterlyPdf();
    void weeklyPdf();
    void quarterlyOdt();
    void districtCommittee();
    void emptyDatabase();
    void usage_data();
    void usage();

private:
    QString db() const { return m_dir.filePath(QStringLiteral("report.sqlite")); }
    static QString pdfText(const QString &path)
    {
        QProcess p;
        p.start(
            QStringLiteral("pdftotext"), { QStringLiteral("-layout"), path, QStringLiteral("-") });
        p.waitForFinished(60000);
        return QString::fromUtf8(p.readAllStandardOutput());
    }
    int count(const QDate &from, const QDate &to, qint64 under = 0) const
    {
        int n = 0;
        for (const FixtureReport &r : m_fx.reports)
            n += r.observed >= from && r.observed <= to
                && (!under || m_fx.localityUnder(r.localityId, under));
        return n;
    }

    QTemporaryDir m_dir;
    StatsFixture m_fx;
    CommitteeFixture m_committees;
};

void TestCliStatsReport::initTestCase()
{
    Database database(db());
    database.open();
    m_fx.fill(database, 2000, 9);
    m_committees.fill(database, m_fx);
    database.close();
}

void TestCliStatsReport::quarterlyPdf()
{
    const QString out = m_dir.filePath(QStringLiteral("q2.pdf"));
    const auto r = runCli(
        { QStringLiteral("--db"), db(), QStringLiteral("report"), QStringLiteral("quarterly"),
            QStringLiteral("--quarter"), QStringLiteral("2024-Q2"), QStringLiteral("--out"), out });
    QCOMPARE(r.exitCode, 0);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(5).startsWith("%PDF"));
    const QString text = pdfText(out);
    const int total = count(QDate(2024, 4, 1), QDate(2024, 6, 30));
    const int previous = count(QDate(2024, 1, 1), QDate(2024, 3, 31));
    QVERIFY2(text.contains(QString::fromUtf8("Quý II/2024")), qPrintable(text));
    QVERIFY2(
        text.contains(QString::fromUtf8("Tổng số phản ánh: %1 ").arg(total)), qPrintable(text));
    QVERIFY(text.contains(QString::fromUtf8("Quý I/2024: %1").arg(previous)));
    QVERIFY(text.contains(QString::fromUtf8("ĐẢNG CỘNG SẢN VIỆT NAM")));
    QVERIFY(text.contains(QString::fromUtf8("BÁO CÁO")));
    QVERIFY(text.contains(QString::fromUtf8("BAN CHỈ ĐẠO 35 TỈNH AN"))); // the issuer, in capitals
    QVERIFY(text.contains(QString::fromUtf8("Hội nghị chuyên đề đất đai")));
    QVERIFY(!text.contains(QString::fromUtf8("Giao ban huyện")));
    QVERIFY(text.contains(QString::fromUtf8("ĐÁNH GIÁ CHUNG")));
    QVERIFY(text.contains(QString::fromUtf8("PHƯƠNG HƯỚNG")));
    QVERIFY(text.contains(QString::fromUtf8("Trần Văn Bình")));
    QVERIFY(text.contains(QString::fromUtf8("Biểu đồ 1")));
}

void TestCliStatsReport::weeklyPdf()
{
    const QString out = m_dir.filePath(QStringLiteral("w29.pdf"));
    const auto r
        = runCli({ QStringLiteral("--db"), db(), QStringLiteral("report"), QStringLiteral("weekly"),
            QStringLiteral("--week"), QStringLiteral("2024-W29"), QStringLiteral("--out"), out });
    QCOMPARE(r.exitCode, 0);
    const QString text = pdfText(out);
    QVERIFY2(text.contains(QString::fromUtf8("Tuần 29/2024")), qPrintable(text));
    QVERIFY(text.contains(QString::fromUtf8("Tổng số phản ánh: %1 ")
                              .arg(count(QDate(2024, 7, 15), QDate(2024, 7, 21)))));
    QVERIFY(text.contains(
        QString::fromUtf8("Tuần 28/2024: %1").arg(count(QDate(2024, 7, 8), QDate(2024, 7, 14)))));
}

void TestCliStatsReport::quarterlyOdt()
{
    const QString out = m_dir.filePath(QStringLiteral("q3.odt"));
    const auto r = runCli(
        { QStringLiteral("--db"), db(), QStringLiteral("report"), QStringLiteral("quarterly"),
            QStringLiteral("--quarter"), QStringLiteral("2023-Q3"), QStringLiteral("--out"), out });
    QCOMPARE(r.exitCode, 0);
    QProcess unzip;
    unzip.start(
        QStringLiteral("unzip"), { QStringLiteral("-p"), out, QStringLiteral("content.xml") });
    QVERIFY(unzip.waitForFinished(30000));
    const QString xml = QString::fromUtf8(unzip.readAllStandardOutput());
    QVERIFY(xml.contains(QString::fromUtf8("Quý III/2023")));
    QVERIFY(xml.contains(QString::fromUtf8("Tổng số phản ánh: %1 ")
                             .arg(count(QDate(2023, 7, 1), QDate(2023, 9, 30)))));
    QProcess list;
    list.start(QStringLiteral("unzip"), { QStringLiteral("-l"), out });
    QVERIFY(list.waitForFinished(30000));
    QCOMPARE(list.readAllStandardOutput().count("Pictures/Picture"), 3); // the charts travel inside
}

void TestCliStatsReport::districtCommittee()
{
    const QString out = m_dir.filePath(QStringLiteral("district.pdf"));
    const auto r = runCli({ QStringLiteral("--db"), db(), QStringLiteral("report"),
        QStringLiteral("quarterly"), QStringLiteral("--quarter"), QStringLiteral("2024-Q2"),
        QStringLiteral("--committee"), QString::fromUtf8("Ban Chỉ đạo 35 thành phố Long Xuyên"),
        QStringLiteral("--out"), out });
    QCOMPARE(r.exitCode, 0);
    const QString text = pdfText(out);
    QVERIFY(text.contains(
        QString::fromUtf8("Tổng số phản ánh: %1 ")
            .arg(count(QDate(2024, 4, 1), QDate(2024, 6, 30), m_fx.districts.at(0)))));
    QVERIFY(text.contains(QString::fromUtf8("Giao ban huyện")));
}

void TestCliStatsReport::emptyDatabase()
{
    const QString empty = m_dir.filePath(QStringLiteral("empty.sqlite"));
    QCOMPARE(runCli({ QStringLiteral("--db"), empty, QStringLiteral("init") }).exitCode, 0);
    const QString out = m_dir.filePath(QStringLiteral("empty.pdf"));
    const auto r = runCli(
        { QStringLiteral("--db"), empty, QStringLiteral("report"), QStringLiteral("quarterly"),
            QStringLiteral("--quarter"), QStringLiteral("2024-Q1"), QStringLiteral("--out"), out });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(pdfText(out).contains(QString::fromUtf8("Tổng số phản ánh: 0 ")));
}

void TestCliStatsReport::usage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    const QString pdf = QStringLiteral("/tmp/never-written-thuky.pdf");
    QTest::newRow("bad quarter") << QStringList { QStringLiteral("report"),
        QStringLiteral("quarterly"), QStringLiteral("--quarter"), QStringLiteral("2024-Q7"),
        QStringLiteral("--out"), pdf }
                                 << 2;
    QTest::newRow("bad week") << QStringList { QStringLiteral("report"), QStringLiteral("weekly"),
        QStringLiteral("--week"), QStringLiteral("2021-W53"), QStringLiteral("--out"), pdf }
                              << 2;
    QTest::newRow("no kind") << QStringList { QStringLiteral("report"), QStringLiteral("--quarter"),
        QStringLiteral("2024-Q1"), QStringLiteral("--out"), pdf }
                             << 2;
    QTest::newRow("monthly") << QStringList { QStringLiteral("report"), QStringLiteral("monthly"),
        QStringLiteral("--out"), pdf }
                             << 2;
    QTest::newRow("docx") << QStringList { QStringLiteral("report"), QStringLiteral("quarterly"),
        QStringLiteral("--quarter"), QStringLiteral("2024-Q1"), QStringLiteral("--out"),
        QStringLiteral("/tmp/x.docx") }
                          << 2;
    QTest::newRow("no out") << QStringList { QStringLiteral("report"), QStringLiteral("quarterly"),
        QStringLiteral("--quarter"), QStringLiteral("2024-Q1") }
                            << 2;
    QTest::newRow("unknown committee") << QStringList { QStringLiteral("report"),
        QStringLiteral("quarterly"), QStringLiteral("--quarter"), QStringLiteral("2024-Q1"),
        QStringLiteral("--committee"), QStringLiteral("Ban không có"), QStringLiteral("--out"),
        pdf } << 3;
}

void TestCliStatsReport::usage()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    const auto r = runCli(QStringList { QStringLiteral("--db"), db() } + args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY(!QFile::exists(QStringLiteral("/tmp/never-written-thuky.pdf")));
}

QTEST_GUILESS_MAIN(TestCliStatsReport)
#include "tst_clistatsreport.moc"
