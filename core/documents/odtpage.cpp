#include <core/documents/odtpage.h>

#include <core/db/lazylibrary.h>
#include <core/documents/documentpagesettings.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <memory>

#include <zip.h>

namespace thuky {

namespace {
LazyLibrary &zipLibrary()
{
    static LazyLibrary lib("zip", 4, "libzip4");
    return lib;
}

// The context of this file's messages, seen by lupdate in member and free functions alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(thuky::OdtPage)
};

QByteArray mm(double value)
{
    return QByteArray::number(value, 'f', 2) + "mm";
}

/** The name of the paragraph style that puts the first page on the page without a number. */
constexpr char firstPageStyle[] = "ThukyFirstPage";

struct ZipCloser
{
    void operator()(zip_t *z) const { THUKY_LAZY(zipLibrary(), zip_discard)(z); }
};

QByteArray readEntry(zip_t *archive, const char *name, QString *error)
{
    zip_stat_t st;
    THUKY_LAZY(zipLibrary(), zip_stat_init)(&st);
    if (THUKY_LAZY(zipLibrary(), zip_stat)(archive, name, 0, &st) != 0
        || !(st.valid & ZIP_STAT_SIZE)) {
        *error = Tr::tr("the document has no %1").arg(QLatin1String(name));
        return {};
    }
    zip_file_t *file = THUKY_LAZY(zipLibrary(), zip_fopen)(archive, name, 0);
    if (!file) {
        *error = QString::fromUtf8(THUKY_LAZY(zipLibrary(), zip_strerror)(archive));
        return {};
    }
    QByteArray data(qsizetype(st.size), Qt::Uninitialized);
    const zip_int64_t read = THUKY_LAZY(zipLibrary(), zip_fread)(file, data.data(), st.size);
    THUKY_LAZY(zipLibrary(), zip_fclose)(file);
    if (read != zip_int64_t(st.size)) {
        *error = Tr::tr("cannot read %1 of the document").arg(QLatin1String(name));
        return {};
    }
    return data;
}

bool putEntry(zip_t *archive, const char *name, const QByteArray &data, QString *error)
{
    // libzip reads the buffer when the archive is closed: the caller keeps it alive till then.
    zip_source_t *source = THUKY_LAZY(zipLibrary(), zip_source_buffer)(
        archive, data.constData(), zip_uint64_t(data.size()), 0);
    if (!source) {
        *error = QString::fromUtf8(THUKY_LAZY(zipLibrary(), zip_strerror)(archive));
        return false;
    }
    if (THUKY_LAZY(zipLibrary(), zip_file_add)(
            archive, name, source, ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8)
        < 0) {
        THUKY_LAZY(zipLibrary(), zip_source_free)(source);
        *error = QString::fromUtf8(THUKY_LAZY(zipLibrary(), zip_strerror)(archive));
        return false;
    }
    return true;
}

/**
 * Qt writes the family into its text styles only from the old single-family property: give
 * the content the printed font where Qt wrote its own default, "Sans".
 */
QByteArray withFont(QByteArray content, const QString &family)
{
    content.replace(
        "fo:font-family=\"Sans\"", "fo:font-family=\"" + family.toHtmlEscaped().toUtf8() + '"');
    return content;
}

/** The first page carries no number: an empty, hair-thin first paragraph starts it. */
QByteArray withFirstPage(QByteArray content, QString *error)
{
    QByteArray style = QByteArray("<style:style style:name=\"") + firstPageStyle
        + "\" style:family=\"paragraph\" style:master-page-name=\"First_20_Page\">"
          "<style:paragraph-properties fo:margin-top=\"0mm\" fo:margin-bottom=\"0mm\" "
          "fo:line-height=\"0.1mm\"/><style:text-properties fo:font-size=\"1pt\"/></style:style>";
    const QByteArray paragraph = QByteArray("<text:p text:style-name=\"") + firstPageStyle + "\"/>";
    // A table row (the header, a signature block) is never split between two pages.
    style += "<style:style style:name=\"ThukyRow\" style:family=\"table-row\">"
             "<style:table-row-properties fo:keep-together=\"always\"/></style:style>";
    content.replace("<table:table-row>", "<table:table-row table:style-name=\"ThukyRow\">");
    const qsizetype styles = content.indexOf("<office:automatic-styles>");
    if (styles >= 0) {
        content.insert(styles + qsizetype(qstrlen("<office:automatic-styles>")), style);
    } else {
        const qsizetype body = content.indexOf("<office:body>");
        if (body < 0) {
            *error = Tr::tr("the document has no body");
            return {};
        }
        content.insert(body, "<office:automatic-styles>" + style + "</office:automatic-styles>");
    }
    const qsizetype text = content.indexOf("<office:text");
    const qsizetype textEnd = text < 0 ? -1 : content.indexOf('>', text);
    if (textEnd < 0 || content.at(textEnd - 1) == '/') {
        *error = Tr::tr("the document has no text");
        return {};
    }
    content.insert(textEnd + 1, paragraph);
    return content;
}

} // namespace

QByteArray OdtPage::regroupCells(const QByteArray &content, const CellParagraphs &tables)
{
    // Qt writes no nested tables and no self-closing cells: plain patterns find them.
    static const QRegularExpression tablePattern(
        QStringLiteral("<table:table [^>]*>.*?</table:table>"),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression rowPattern(
        QStringLiteral("(<table:table-row[^>]*>)(.*?)(</table:table-row>)"),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression cellPattern(
        QStringLiteral("(<table:table-cell[^>]*>)(.*?)</table:table-cell>"),
        QRegularExpression::DotMatchesEverythingOption);
    const QString text = QString::fromUtf8(content);
    QString out;
    out.reserve(text.size());
    qsizetype done = 0;
    int t = 0;
    for (auto tm = tablePattern.globalMatch(text); tm.hasNext(); ++t) {
        const QRegularExpressionMatch table = tm.next();
        out += QStringView(text).mid(done, table.capturedStart() - done);
        done = table.capturedEnd();
        const QString tableXml = table.captured();
        if (t >= tables.size()) {
            out += tableXml;
            continue;
        }
        QString rebuilt;
        qsizetype rowDone = 0;
        int r = 0;
        for (auto rm = rowPattern.globalMatch(tableXml); rm.hasNext(); ++r) {
            const QRegularExpressionMatch row = rm.next();
            rebuilt += QStringView(tableXml).mid(rowDone, row.capturedStart() - rowDone);
            rowDone = row.capturedEnd();
            QList<QRegularExpressionMatch> cells;
            for (auto cm = cellPattern.globalMatch(row.captured(2)); cm.hasNext();)
                cells.append(cm.next());
            const QList<int> counts = tables.at(t).value(r);
            int expected = 0;
            for (int n : counts)
                expected += n;
            if (expected != cells.size() || counts.size() == cells.size()) {
                rebuilt += row.captured(); // already right, or not the table we think it is
                continue;
            }
            QString gathered = row.captured(1);
            int next = 0;
            for (int n : counts) {
                gathered += cells.at(next).captured(1);
                for (int k = 0; k < n; ++k)
                    gathered += cells.at(next + k).captured(2);
                gathered += QStringLiteral("</table:table-cell>");
                next += n;
            }
            rebuilt += gathered + row.captured(3);
        }
        rebuilt += QStringView(tableXml).mid(rowDone);
        out += rebuilt;
    }
    out += QStringView(text).mid(done);
    return out.toUtf8();
}

namespace {

QByteArray withStylesEntry(QByteArray manifest, QString *error)
{
    if (manifest.contains("manifest:full-path=\"styles.xml\""))
        return manifest;
    const qsizetype end = manifest.lastIndexOf("</manifest:manifest>");
    if (end < 0) {
        *error = Tr::tr("the document's manifest is damaged");
        return {};
    }
    manifest.insert(end,
        "<manifest:file-entry manifest:media-type=\"text/xml\" "
        "manifest:full-path=\"styles.xml\"/>\n");
    return manifest;
}

} // namespace

QByteArray OdtPage::stylesXml(const DocumentPageSettings &s)
{
    // The number sits in the top margin: the header starts part-way down it and the text
    // still begins at the top margin's full depth.
    constexpr double numberHeight = 6.0;
    const double numberTop = std::max(5.0, s.marginTopMm - numberHeight - 5.0);
    const double spacing = std::max(0.0, s.marginTopMm - numberTop - numberHeight);
    const QByteArray family = s.fontFamily.toHtmlEscaped().toUtf8();
    const QByteArray page
        = "fo:page-width=\"210mm\" fo:page-height=\"297mm\" style:print-orientation=\"portrait\" "
          "fo:margin-bottom=\""
        + mm(s.marginBottomMm) + "\" fo:margin-left=\"" + mm(s.marginLeftMm)
        + "\" fo:margin-right=\"" + mm(s.marginRightMm) + '"';
    QByteArray xml;
    xml += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<office:document-styles "
           "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
           "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
           "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
           "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" "
           "xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\" "
           "office:version=\"1.2\">\n";
    xml += "<office:font-face-decls><style:font-face style:name=\"" + family
        + "\" svg:font-family=\"&apos;" + family
        + "&apos;\" style:font-family-generic=\"roman\" "
          "style:font-pitch=\"variable\"/></office:font-face-decls>\n";
    xml += "<office:styles>\n"
           "<style:default-style style:family=\"paragraph\"><style:text-properties "
           "style:font-name=\""
        + family + "\" fo:font-family=\"" + family + "\" fo:font-size=\""
        + QByteArray::number(s.bodyPointSize)
        + "pt\" fo:language=\"vi\" fo:country=\"VN\"/></style:default-style>\n"
          "<style:style style:name=\"Standard\" style:family=\"paragraph\" style:class=\"text\"/>\n"
          "<style:style style:name=\"Header\" style:family=\"paragraph\" "
          "style:parent-style-name=\"Standard\" "
          "style:class=\"extra\"><style:paragraph-properties "
          "fo:text-align=\"center\"/></style:style>\n"
          "</office:styles>\n";
    xml += "<office:automatic-styles>\n"
           "<style:page-layout style:name=\"Numbered\"><style:page-layout-properties "
        + page + " fo:margin-top=\"" + mm(numberTop)
        + "\"/><style:header-style><style:header-footer-properties fo:min-height=\""
        + mm(numberHeight) + "\" fo:margin-bottom=\"" + mm(spacing)
        + "\" style:dynamic-spacing=\"false\"/></style:header-style></style:page-layout>\n"
          "<style:page-layout style:name=\"First\"><style:page-layout-properties "
        + page + " fo:margin-top=\"" + mm(s.marginTopMm)
        + "\"/></style:page-layout>\n"
          "</office:automatic-styles>\n";
    xml += "<office:master-styles>\n"
           "<style:master-page style:name=\"Standard\" "
           "style:page-layout-name=\"Numbered\"><style:header>"
           "<text:p text:style-name=\"Header\"><text:page-number "
           "text:select-page=\"current\"/></text:p>"
           "</style:header></style:master-page>\n"
           "<style:master-page style:name=\"First_20_Page\" style:display-name=\"First Page\" "
           "style:page-layout-name=\"First\" style:next-style-name=\"Standard\"/>\n"
           "</office:master-styles>\n"
           "</office:document-styles>\n";
    return xml;
}

bool OdtPage::apply(const QString &path, const DocumentPageSettings &settings,
    const CellParagraphs &tables, QString *error)
{
    if (!zipLibrary().load(error))
        return false;
    int code = 0;
    std::unique_ptr<zip_t, ZipCloser> archive(
        THUKY_LAZY(zipLibrary(), zip_open)(path.toLocal8Bit().constData(), 0, &code));
    if (!archive) {
        zip_error_t e;
        THUKY_LAZY(zipLibrary(), zip_error_init_with_code)(&e, code);
        *error = QString::fromUtf8(THUKY_LAZY(zipLibrary(), zip_error_strerror)(&e));
        THUKY_LAZY(zipLibrary(), zip_error_fini)(&e);
        return false;
    }
    QByteArray content = readEntry(archive.get(), "content.xml", error);
    QByteArray manifest = content.isEmpty()
        ? QByteArray()
        : readEntry(archive.get(), "META-INF/manifest.xml", error);
    if (content.isEmpty() || manifest.isEmpty())
        return false;
    content = withFirstPage(withFont(regroupCells(content, tables), settings.fontFamily), error);
    manifest = withStylesEntry(manifest, error);
    const QByteArray styles = stylesXml(settings);
    if (content.isEmpty() || manifest.isEmpty())
        return false;
    if (!putEntry(archive.get(), "content.xml", content, error)
        || !putEntry(archive.get(), "styles.xml", styles, error)
        || !putEntry(archive.get(), "META-INF/manifest.xml", manifest, error))
        return false;
    // zip_close writes a new file beside the old one and renames it over: all or nothing.
    if (THUKY_LAZY(zipLibrary(), zip_close)(archive.get()) != 0) {
        *error = QString::fromUtf8(THUKY_LAZY(zipLibrary(), zip_strerror)(archive.get()));
        return false;
    }
    archive.release();
    return true;
}

} // namespace thuky
