// The Party document frame (PartyDocument): A4, embedded font, extractable Vietnamese text,
// header, page numbers from page 2, signature block kept together, ODT output.

#include <core/documents/partydocument.h>

#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace thuky;

namespace {
QString runTool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(30000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

QStringList pdfPages(const QString &pdf)
{
    // pdftotext separates pages with form feeds.
    return runTool(
        QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") })
        .split(QLatin1Char('\f'));
}

PartyDocument::Header sampleHeader()
{
    PartyDocument::Header h;
    h.superiorBody = QStringLiteral("Tỉnh ủy An Giang");
    h.issuer = QStringLiteral("Ban Chỉ đạo 35");
    h.number = PartyDocument::numberLine(12, QStringLiteral("BB/BCĐ"));
    h.place = QStringLiteral("An Giang");
    h.date = QDate(2024, 7, 17);
    return h;
}

/** Minutes of @p paragraphs numbered paragraphs with the usual signature block. */
void fillLongMinutes(PartyDocument &doc, int paragraphs, const QString &meeting)
{
    doc.setHeader(sampleHeader());
    doc.setTitle(QStringLiteral("Biên bản"), meeting);
    for (int i = 0; i < paragraphs; ++i)
        doc.addParagraph(QStringLiteral("Đoạn %1: công tác nắm tình hình tư tưởng, dư luận xã hội "
                                        "được triển khai đồng bộ, kịp thời ở các cấp.")
                             .arg(i + 1));
    doc.setSignatures({ QStringLiteral("Người ghi biên bản"), {}, QStringLiteral("Lê Thị Thu") },
        { QStringLiteral("Chủ trì hội nghị"), {}, QStringLiteral("Trần Văn Đạt") });
}

/** The text of each page of @p pdf, without the empty tail pdftotext leaves. */
QStringList nonEmptyPages(const QString &pdf)
{
    QStringList pages = pdfPages(pdf);
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

/** The pages of the signature labels and of the chair's name (-1 when missing). */
QPair<int, int> signaturePages(const QStringList &pages)
{
    int labelPage = -1, namePage = -1;
    for (int p = 0; p < pages.size(); ++p) {
        if (pages.at(p).contains(QStringLiteral("CHỦ TRÌ HỘI NGHỊ")))
            labelPage = p;
        if (pages.at(p).contains(QStringLiteral("Trần Văn Đạt")))
            namePage = p;
    }
    return { labelPage, namePage };
}
} // namespace

class TestMinutesDocument : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_dir->setAutoRemove(qEnvironmentVariableIsEmpty("THUKY_KEEP"));
    }
    void numberLine();
    void shortIssuer();
    void onePagePdf();
    void longPdfHasPageNumbersFromPageTwo();
    void signatureBlockNeverSplit();
    void odtHoldsTheText();
    void odtHasThePartyPage();
    void odtInLibreOffice();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMinutesDocument::numberLine()
{
    QCOMPARE(
        PartyDocument::numberLine(12, QStringLiteral("BB/BCĐ")), QStringLiteral("Số 12-BB/BCĐ"));
    const QString blank = PartyDocument::numberLine(0, QStringLiteral("BB/BCĐ"));
    QVERIFY(blank.startsWith(QStringLiteral("Số ")));
    QVERIFY(blank.endsWith(QStringLiteral("-BB/BCĐ")));
    QVERIFY(!blank.contains(QRegularExpression(QStringLiteral("\\d"))));
}

void TestMinutesDocument::shortIssuer()
{
    QCOMPARE(PartyDocument::shortIssuer(
                 QStringLiteral("Ban Chỉ đạo 35 tỉnh An Giang"), QStringLiteral("An Giang")),
        QStringLiteral("Ban Chỉ đạo 35"));
    QCOMPARE(PartyDocument::shortIssuer(QStringLiteral("Ban Chỉ đạo 35 thành phố Long Xuyên"),
                 QStringLiteral("Long Xuyên")),
        QStringLiteral("Ban Chỉ đạo 35"));
    QCOMPARE(PartyDocument::shortIssuer(
                 QStringLiteral("Ban Chỉ đạo 35 Sở Y tế"), QStringLiteral("An Giang")),
        QStringLiteral("Ban Chỉ đạo 35 Sở Y tế"));
}

void TestMinutesDocument::onePagePdf()
{
    PartyDocument doc;
    doc.setHeader(sampleHeader());
    doc.setTitle(QStringLiteral("Biên bản"), QStringLiteral("Hội nghị giao ban quý II/2024"));
    doc.addHeading(QStringLiteral("1. Thành phần hội nghị"));
    doc.addParagraph(QStringLiteral("Có mặt: 14 đồng chí."));
    doc.setSignatures({ QStringLiteral("Người ghi biên bản"), {}, QStringLiteral("Lê Thị Thu") },
        { QStringLiteral("Chủ trì hội nghị"), {}, QStringLiteral("Trần Văn Đạt") });
    const QString pdf = m_dir->filePath(QStringLiteral("one.pdf"));
    QVERIFY(doc.writePdf(pdf));

    const QString info = runTool(QStringLiteral("pdfinfo"), { pdf });
    QVERIFY2(info.contains(QStringLiteral("(A4)")), qPrintable(info));
    QVERIFY(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))));

    const QString fonts = runTool(QStringLiteral("pdffonts"), { pdf });
    const QStringList fontLines
        = fonts.split(QLatin1Char('\n')).filter(QStringLiteral("LiberationSerif"));
    QVERIFY2(!fontLines.isEmpty(), qPrintable(fonts));
    for (const QString &l : fontLines)
        QVERIFY2(l.contains(QRegularExpression(QStringLiteral("\\byes\\s+(yes|no)\\s+yes\\b"))),
            qPrintable(l));

    const QString text = pdfPages(pdf).first();
    QVERIFY2(text.contains(QStringLiteral("TỈNH ỦY AN GIANG")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("BAN CHỈ ĐẠO 35")));
    QVERIFY(text.contains(QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM")));
    QVERIFY(text.contains(QStringLiteral("Số 12-BB/BCĐ")));
    QVERIFY(text.contains(QStringLiteral("An Giang, ngày 17 tháng 7 năm 2024")));
    QVERIFY(text.contains(QStringLiteral("BIÊN BẢN")));
    QVERIFY(text.contains(QStringLiteral("Hội nghị giao ban quý II/2024")));
    QVERIFY(text.contains(QStringLiteral("1. Thành phần hội nghị")));
    QVERIFY(text.contains(QStringLiteral("NGƯỜI GHI BIÊN BẢN")));
    QVERIFY(text.contains(QStringLiteral("CHỦ TRÌ HỘI NGHỊ")));
    QVERIFY(text.contains(QStringLiteral("Trần Văn Đạt")));
    // Page 1 carries no page number: no line holding only "1".
    QVERIFY(!text.contains(
        QRegularExpression(QStringLiteral("^\\s*1\\s*$"), QRegularExpression::MultilineOption)));
}

void TestMinutesDocument::longPdfHasPageNumbersFromPageTwo()
{
    PartyDocument doc;
    fillLongMinutes(doc, 80, QStringLiteral("Hội nghị tổng kết năm 2024"));
    const QString pdf = m_dir->filePath(QStringLiteral("long.pdf"));
    QVERIFY(doc.writePdf(pdf));
    const QStringList pages = nonEmptyPages(pdf);
    QVERIFY2(pages.size() >= 3, qPrintable(QString::number(pages.size())));
    QCOMPARE(pages.size(), doc.pageCount());
    for (int i = 1; i < pages.size(); ++i) {
        const QString firstLine = pages.at(i).trimmed().section(QLatin1Char('\n'), 0, 0).trimmed();
        QCOMPARE(firstLine, QString::number(i + 1));
    }
    QVERIFY(!pages.first().trimmed().startsWith(QLatin1Char('1')));
    // Every paragraph made it (no clipped lines).
    const QString all = pages.join(QLatin1Char('\n'));
    for (int i = 1; i <= 80; ++i)
        QVERIFY2(all.contains(QStringLiteral("Đoạn %1:").arg(i)), qPrintable(QString::number(i)));
}

void TestMinutesDocument::signatureBlockNeverSplit()
{
    // Try body lengths until the signature block would fall across a page break for at
    // least one of them; in every case the labels and names share a page.
    int checked = 0;
    for (int n = 30; n < 60; ++n) {
        PartyDocument doc;
        doc.setHeader(sampleHeader());
        doc.setTitle(QStringLiteral("Biên bản"), QStringLiteral("Hội nghị"));
        for (int i = 0; i < n; ++i)
            doc.addParagraph(QStringLiteral("Dòng nội dung số %1.").arg(i + 1));
        doc.setSignatures(
            { QStringLiteral("Người ghi biên bản"), {}, QStringLiteral("Lê Thị Thu") },
            { QStringLiteral("Chủ trì hội nghị"), {}, QStringLiteral("Trần Văn Đạt") });
        const QString pdf = m_dir->filePath(QStringLiteral("sig%1.pdf").arg(n));
        QVERIFY(doc.writePdf(pdf));
        const auto [labelPage, namePage] = signaturePages(pdfPages(pdf));
        QVERIFY(labelPage >= 0);
        QCOMPARE(namePage, labelPage);
        ++checked;
    }
    QCOMPARE(checked, 30);
}

void TestMinutesDocument::odtHoldsTheText()
{
    PartyDocument doc;
    doc.setHeader(sampleHeader());
    doc.setTitle(QStringLiteral("Biên bản"), QStringLiteral("Hội nghị giao ban quý II/2024"));
    doc.addHtml(QStringLiteral("<p>Kết luận <b>quan trọng</b></p><ul><li>Ý thứ nhất</li></ul>"));
    doc.setSignatures({ QStringLiteral("Người ghi biên bản"), {}, QStringLiteral("Lê Thị Thu") },
        { QStringLiteral("Chủ trì hội nghị"), {}, QStringLiteral("Trần Văn Đạt") });
    const QString odt = m_dir->filePath(QStringLiteral("m.odt"));
    QVERIFY(doc.writeOdt(odt));
    const QString xml = runTool(
        QStringLiteral("unzip"), { QStringLiteral("-p"), odt, QStringLiteral("content.xml") });
    QVERIFY2(xml.contains(QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM")), qPrintable(xml.left(400)));
    QVERIFY(xml.contains(QStringLiteral("An Giang, ngày 17 tháng 7 năm 2024")));
    QVERIFY(xml.contains(QStringLiteral("Số 12-BB/BCĐ")));
    QVERIFY(xml.contains(QStringLiteral("quan trọng")));
    QVERIFY(xml.contains(QStringLiteral("Ý thứ nhất")));
    QVERIFY(xml.contains(QStringLiteral("Trần Văn Đạt")));
    // Tables span the text area (165 mm = 467.7 pt with the default margins).
    QVERIFY(xml.contains(QStringLiteral("style:width=\"467.717pt\"")));
    QVERIFY(!xml.contains(QStringLiteral("style:width=\"100pt\"")));
    const QString mime = runTool(
        QStringLiteral("unzip"), { QStringLiteral("-p"), odt, QStringLiteral("mimetype") });
    QCOMPARE(mime, QStringLiteral("application/vnd.oasis.opendocument.text"));
    // The header is one row of two cells, each holding all its lines (Qt's writer made a
    // cell of every line).
    const QString header = xml.section(QStringLiteral("<table:table "), 1, 1)
                               .section(QStringLiteral("</table:table>"), 0, 0);
    QCOMPARE(header.count(QStringLiteral("<table:table-cell")), 2);
    const QString right = header.section(QStringLiteral("<table:table-cell"), 2, 2);
    QVERIFY(right.contains(QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM")));
    QVERIFY(right.contains(QStringLiteral("An Giang, ngày 17 tháng 7 năm 2024")));
    QVERIFY(header.section(QStringLiteral("<table:table-cell"), 1, 1)
                .contains(QStringLiteral("Số 12-BB/BCĐ")));
    // Text in the printed font, never Qt's stand-in.
    QVERIFY(!xml.contains(QStringLiteral("fo:font-family=\"Sans\"")));
    QVERIFY(xml.contains(QStringLiteral("fo:font-family=\"Liberation Serif\"")));
}

void TestMinutesDocument::odtHasThePartyPage()
{
    DocumentPageSettings settings;
    settings.marginLeftMm = 32;
    PartyDocument doc(settings);
    doc.setHeader(sampleHeader());
    doc.setTitle(QStringLiteral("Biên bản"), QStringLiteral("Hội nghị"));
    doc.addParagraph(QStringLiteral("Nội dung."));
    const QString odt = m_dir->filePath(QStringLiteral("page.odt"));
    QVERIFY(doc.writeOdt(odt));
    const QString files = runTool(QStringLiteral("unzip"), { QStringLiteral("-Z1"), odt });
    QCOMPARE(
        files.split(QLatin1Char('\n'), Qt::SkipEmptyParts).first(), QStringLiteral("mimetype"));
    QVERIFY(files.contains(QStringLiteral("styles.xml")));
    const QString manifest = runTool(QStringLiteral("unzip"),
        { QStringLiteral("-p"), odt, QStringLiteral("META-INF/manifest.xml") });
    QVERIFY(manifest.contains(QStringLiteral("manifest:full-path=\"styles.xml\"")));
    const QString styles = runTool(
        QStringLiteral("unzip"), { QStringLiteral("-p"), odt, QStringLiteral("styles.xml") });
    QVERIFY(styles.contains(QStringLiteral("fo:page-width=\"210mm\" fo:page-height=\"297mm\"")));
    QVERIFY(styles.contains(QStringLiteral("fo:margin-left=\"32.00mm\"")));
    QVERIFY(styles.contains(QStringLiteral("fo:margin-right=\"15.00mm\"")));
    QVERIFY(styles.contains(QStringLiteral("fo:margin-bottom=\"20.00mm\"")));
    QVERIFY(styles.contains(QStringLiteral("<text:page-number")));
    QVERIFY(styles.contains(QStringLiteral("style:next-style-name=\"Standard\"")));
    // The text opens on the first-page master, which has no number.
    const QString xml = runTool(
        QStringLiteral("unzip"), { QStringLiteral("-p"), odt, QStringLiteral("content.xml") });
    const QString body = xml.section(QStringLiteral("<office:text>"), 1, 1).trimmed();
    QVERIFY2(body.startsWith(QStringLiteral("<text:p text:style-name=\"ThukyFirstPage\"/>")),
        qPrintable(body.left(200)));
    QVERIFY(xml.contains(QStringLiteral("style:master-page-name=\"First_20_Page\"")));
}

void TestMinutesDocument::odtInLibreOffice()
{
    // What a clerk sees: the file opened by LibreOffice (installed by the test command).
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty())
        QSKIP("LibreOffice is not installed (the test command installs libreoffice-writer-nogui)");
    PartyDocument doc;
    fillLongMinutes(doc, 60, QStringLiteral("Hội nghị tổng kết năm 2024"));
    const QString odt = m_dir->filePath(QStringLiteral("lo.odt"));
    QVERIFY(doc.writeOdt(odt));
    QProcess lo;
    lo.setWorkingDirectory(m_dir->path());
    lo.start(soffice,
        { QStringLiteral("-env:UserInstallation=file://")
                + m_dir->filePath(QStringLiteral("lo-profile")),
            QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf"),
            QStringLiteral("--outdir"), m_dir->path(), odt });
    QVERIFY(lo.waitForFinished(180000));
    const QString pdf = m_dir->filePath(QStringLiteral("lo.pdf"));
    QVERIFY2(QFileInfo::exists(pdf), lo.readAllStandardError().constData());
    const QString info = runTool(QStringLiteral("pdfinfo"), { pdf });
    QVERIFY2(info.contains(QStringLiteral("(A4)")), qPrintable(info));
    const QStringList pages = nonEmptyPages(pdf);
    QVERIFY(pages.size() >= 2);
    const QString first = pages.first();
    QVERIFY(first.contains(QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM")));
    QVERIFY(first.contains(QStringLiteral("Số 12-BB/BCĐ")));
    QVERIFY(first.contains(QStringLiteral("An Giang, ngày 17 tháng 7 năm 2024")));
    QVERIFY(!first.trimmed().startsWith(QLatin1Char('1')));
    for (int i = 1; i < pages.size(); ++i)
        QCOMPARE(pages.at(i).trimmed().section(QLatin1Char('\n'), 0, 0).trimmed(),
            QString::number(i + 1));
    // The signature block stays on one page; the font is the printed one.
    const auto [labelPage, namePage] = signaturePages(pages);
    QVERIFY(labelPage >= 0);
    QCOMPARE(namePage, labelPage);
    QVERIFY(
        runTool(QStringLiteral("pdffonts"), { pdf }).contains(QStringLiteral("LiberationSerif")));
}

QTEST_MAIN(TestMinutesDocument)
#include "tst_minutesdocument.moc"
