// The printed list of opinion reports: the filter named in the heading, the rows of exactly
// the filter, the cap on the rows with the number left out, shortened summaries, and the ODT.

#include "opinionfixture.h"

#include <common/printedtext.h>
#include <core/documents/printedlist.h>
#include <core/opinions/opinionbulkinserter.h>
#include <core/opinions/opinionlistdocument.h>

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>

using namespace thuky;

class TestOpinionListDocument : public QObject, public test::OpinionFixture
{
    Q_OBJECT
private slots:
    void init();
    void cleanup() { m_db.reset(); }
    void headingNamesTheFilter_data() { test::addBackendRows(); }
    void headingNamesTheFilter();
    void rowsOfTheFilterOnly_data() { test::addBackendRows(); }
    void rowsOfTheFilterOnly();
    void capSaysHowManyWereLeftOut_data() { test::addBackendRows(); }
    void capSaysHowManyWereLeftOut();
    void defaultCapOnALargeFilter();
    void longSummaryIsShortened_data() { test::addBackendRows(); }
    void longSummaryIsShortened();
    void odtHoldsTheReports_data() { test::addBackendRows(); }
    void odtHoldsTheReports();
    void vietnameseNumbers();

private:
    QString write(const OpinionListDocument::Options &options, const QString &name);
};

void TestOpinionListDocument::init()
{
    reset();
    m_dir->setAutoRemove(qEnvironmentVariableIsEmpty("THUKY_KEEP"));
    QString backend = QStringLiteral("sqlite");
    if (QTest::currentDataTag() && QByteArray(QTest::currentDataTag()) == "postgresql")
        backend = QStringLiteral("postgresql");
    open(backend);
    Committee c;
    c.name = QStringLiteral("Ban Chỉ đạo 35 tỉnh An Giang");
    c.level = QStringLiteral("province");
    c.superiorBody = QStringLiteral("Tỉnh ủy An Giang");
    c.placeName = QStringLiteral("An Giang");
    c.localityId = m_province;
    RosterRepository(*m_db).addCommittee(c);
}

QString TestOpinionListDocument::write(
    const OpinionListDocument::Options &options, const QString &name)
{
    const QString path = m_dir->filePath(name);
    QString error;
    if (!OpinionListDocument(*m_db).write(options, path, &error))
        qWarning() << "cannot write" << path << error;
    return path;
}

void TestOpinionListDocument::headingNamesTheFilter()
{
    QFETCH(QString, backend);
    addReport(QDate(2024, 5, 3), m_commune, m_land, QStringLiteral("Chậm cấp giấy đất ở"));
    OpinionListDocument::Options o;
    o.issuedOn = QDate(2024, 7, 1);
    o.filter.quarter = QStringLiteral("2024-Q2");
    o.filter.localityId = m_district;
    o.filter.topicId = m_land;
    o.filter.text = QStringLiteral("giay dat");
    o.filter.sentiments = { QStringLiteral("neutral"), QStringLiteral("negative") };
    o.filter.statuses = { QStringLiteral("new") };
    const QString text = test::pdfText(write(o, QStringLiteral("heading.pdf")));
    for (const char *expected : { "TỈNH ỦY AN GIANG", "ĐẢNG CỘNG SẢN VIỆT NAM",
             "An Giang, ngày 01 tháng 7 năm 2024", "DANH SÁCH PHẢN ÁNH DƯ LUẬN XÃ HỘI",
             "Quý II/2024", "Địa bàn: Tri Tôn (kể cả các địa bàn trực thuộc)", "Lĩnh vực: Đất đai",
             "Nội dung tìm kiếm: “giay dat”", "Chiều hướng: trung lập, tiêu cực", "Trạng thái: mới",
             "Tổng số phản ánh: 1." })
        QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
    QVERIFY(!text.contains(QStringLiteral("Kênh:")));

    QCOMPARE(OpinionListDocument::periodText(OpinionFilter()), QStringLiteral("Toàn bộ thời gian"));
    OpinionFilter range;
    range.from = QDate(2024, 4, 1);
    range.to = QDate(2024, 4, 30);
    QCOMPARE(OpinionListDocument::periodText(range),
        QStringLiteral("Từ ngày 01/04/2024 đến ngày 30/04/2024"));
}

void TestOpinionListDocument::rowsOfTheFilterOnly()
{
    QFETCH(QString, backend);
    addReport(QDate(2024, 5, 3), m_commune, m_land, QStringLiteral("Chậm cấp giấy đất ở"));
    addReport(QDate(2024, 4, 9), m_district, m_prices, QStringLiteral("Giá phân bón tăng"));
    addReport(QDate(2024, 5, 20), m_otherDistrict, m_land, QStringLiteral("Sạt lở bờ sông"));
    addReport(QDate(2024, 8, 1), m_commune, m_land, QStringLiteral("Quý sau không in"));
    OpinionListDocument::Options o;
    o.filter.quarter = QStringLiteral("2024-Q2");
    o.filter.localityId = m_district; // Tri Tôn with its commune Ba Chúc
    const QString text = test::pdfText(write(o, QStringLiteral("rows.pdf")));
    for (const char *expected : { "STT", "Ngày", "Địa bàn", "Lĩnh vực", "Nội dung", "Trạng thái",
             "03/05/2024", "Ba Chúc", "Đất đai", "Chậm cấp giấy đất ở", "09/04/2024",
             "Giá cả thị trường", "Giá phân bón tăng", "Mới", "Tổng số phản ánh: 2." })
        QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
    QVERIFY(!text.contains(QStringLiteral("Sạt lở bờ sông")));
    QVERIFY(!text.contains(QStringLiteral("Quý sau không in")));
    // Newest first, as the list shows them.
    QVERIFY(test::inOrder(
        text, { QStringLiteral("Chậm cấp giấy đất ở"), QStringLiteral("Giá phân bón tăng") }));

    // A filter nothing matches.
    o.filter.quarter = QStringLiteral("2021-Q1");
    const QString empty = test::pdfText(write(o, QStringLiteral("empty.pdf")));
    QVERIFY(empty.contains(QStringLiteral("Không có phản ánh nào phù hợp.")));
    QVERIFY(!empty.contains(QStringLiteral("STT")));
}

void TestOpinionListDocument::capSaysHowManyWereLeftOut()
{
    QFETCH(QString, backend);
    for (int i = 1; i <= 30; ++i)
        addReport(QDate(2024, 1, 1).addDays(i), m_commune, m_land,
            QStringLiteral("Phản ánh thứ %1").arg(i, 2, 10, QLatin1Char('0')));
    OpinionListDocument::Options o;
    o.limit = 10;
    const QString text = test::pdfText(write(o, QStringLiteral("cap.pdf")));
    QVERIFY(
        text.contains(QStringLiteral("Tổng số phản ánh: 30 (danh sách in 10 phản ánh đầu tiên).")));
    QVERIFY(text.contains(QStringLiteral("… và 20 phản ánh khác không in")));
    QVERIFY(text.contains(QStringLiteral("thu hẹp bộ lọc")));
    QVERIFY(text.contains(QStringLiteral("Phản ánh thứ 30")));
    QVERIFY(text.contains(QStringLiteral("Phản ánh thứ 21")));
    QVERIFY(!text.contains(QStringLiteral("Phản ánh thứ 20")));
    QVERIFY(!text.contains(QStringLiteral("Phản ánh thứ 01")));
}

void TestOpinionListDocument::defaultCapOnALargeFilter()
{
    // The default cap: 1,000 rows printed of 1,050, in a few seconds.
    {
        Transaction tx(*m_db);
        OpinionBulkInserter inserter(*m_db);
        for (int i = 0; i < 1050; ++i) {
            OpinionReport r;
            r.observedOn = QDate(2023, 1, 1).addDays(i % 700);
            r.localityId = i % 2 ? m_commune : m_otherDistrict;
            r.topicId = i % 3 ? m_land : m_prices;
            r.summary = QStringLiteral("Báo cáo tự động số %1 về tình hình dư luận").arg(i);
            inserter.append(r);
        }
        inserter.finish();
        tx.commit();
    }
    OpinionListDocument::Options o;
    QCOMPARE(o.limit, 1000);
    QElapsedTimer timer;
    timer.start();
    const QString text = test::pdfText(write(o, QStringLiteral("large.pdf")));
    qInfo() << "1,000 rows printed in" << timer.elapsed() << "ms";
    QVERIFY(text.contains(QStringLiteral("Tổng số phản ánh: 1.050 (danh sách in 1.000 phản ánh")));
    QVERIFY(text.contains(QStringLiteral("… và 50 phản ánh khác")));
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("\\b1\\.000\\s"))));
    QVERIFY(!text.contains(QRegularExpression(QStringLiteral("\\b1\\.001\\s"))));
}

void TestOpinionListDocument::longSummaryIsShortened()
{
    QFETCH(QString, backend);
    QString summary;
    for (int i = 0; i < 150; ++i)
        summary += QStringLiteral("từ%1 ").arg(i);
    addReport(QDate(2024, 5, 3), m_commune, m_land, summary.trimmed());
    OpinionListDocument::Options o;
    const QString text = test::pdfText(write(o, QStringLiteral("long.pdf")));
    QVERIFY(text.contains(QStringLiteral("từ0")));
    QVERIFY(!text.contains(QStringLiteral("từ149")));
    QVERIFY(!text.contains(QStringLiteral("từ100 ")));
    QVERIFY(text.contains(QStringLiteral("…")));
}

void TestOpinionListDocument::odtHoldsTheReports()
{
    QFETCH(QString, backend);
    addReport(QDate(2024, 5, 3), m_commune, m_land, QStringLiteral("Chậm cấp giấy đất ở"));
    addReport(QDate(2024, 4, 9), m_district, m_prices, QStringLiteral("Giá phân bón tăng"));
    OpinionListDocument::Options o;
    const QString odt = write(o, QStringLiteral("list.odt"));
    QCOMPARE(test::odtEntry(odt, QStringLiteral("mimetype")),
        QStringLiteral("application/vnd.oasis.opendocument.text"));
    const QString content = test::odtEntry(odt, QStringLiteral("content.xml"));
    for (const char *expected : { "DANH SÁCH PHẢN ÁNH DƯ LUẬN XÃ HỘI", "Chậm cấp giấy đất ở",
             "Giá phân bón tăng", "Ba Chúc", "Tri Tôn", "03/05/2024" })
        QVERIFY2(content.contains(QString::fromUtf8(expected)), expected);
}

void TestOpinionListDocument::vietnameseNumbers()
{
    QCOMPARE(PrintedList::number(7), QStringLiteral("7"));
    QCOMPARE(PrintedList::number(2000), QStringLiteral("2.000"));
    QCOMPARE(PrintedList::number(1234567), QStringLiteral("1.234.567"));
    QVERIFY(PrintedList::isSupportedPath(QStringLiteral("a.PDF")));
    QVERIFY(PrintedList::isSupportedPath(QStringLiteral("a.odt")));
    QVERIFY(!PrintedList::isSupportedPath(QStringLiteral("a.docx")));
}

QTEST_MAIN(TestOpinionListDocument)
#include "tst_opinionlistdocument.moc"
