#pragma once

#include <core/documents/documentpagesettings.h>

#include <QDate>
#include <QFont>
#include <QMarginsF>
#include <QString>
#include <QTextCharFormat>
#include <QTextCursor>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;
class QTextTable;

namespace thuky {

/**
 * A document in the Party format (Hướng dẫn 36-HD/VPTW): the two-column header (superior
 * body, issuing committee, `*`, number — `ĐẢNG CỘNG SẢN VIỆT NAM`, rule, italic place and
 * date), a title, a body the caller fills, and a signature block that is never split across
 * pages. Minutes and the weekly/quarterly reports are built on it.
 *
 * Typical use:
 * @code
 *   PartyDocument doc(DocumentPageSettings::fromDatabase(db));
 *   doc.setHeader(header);
 *   doc.setTitle(QStringLiteral("BIÊN BẢN"), QStringLiteral("Hội nghị giao ban quý II/2024"));
 *   doc.addHeading(QStringLiteral("1. Thành phần hội nghị"));
 *   doc.addParagraph(QStringLiteral("Có mặt: 14 đồng chí."));
 *   doc.setSignatures(signatures);
 *   doc.writePdf(QStringLiteral("out.pdf"));
 * @endcode
 *
 * PDF output is painted page by page through QPdfWriter: the font is embedded (a subset,
 * text extractable), page numbers are centred in the top margin from page 2. ODT output goes
 * through QTextDocumentWriter. Drawing needs a QGuiApplication (offscreen is fine).
 */
class PartyDocument
{
public:
    /** The document header, both columns. */
    struct Header
    {
        QString superiorBody; ///< e.g. "Tỉnh ủy An Giang" (printed in capitals)
        QString issuer; ///< e.g. "Ban Chỉ đạo 35 tỉnh An Giang" (bold capitals)
        /** The number line, e.g. "Số 12-BB/BCĐ"; see numberLine(). Empty: no line. */
        QString number;
        QString place; ///< e.g. "An Giang"
        QDate date; ///< printed "An Giang, ngày 17 tháng 7 năm 2024"
    };

    /** One signature column: label (bold capitals), optional second line, the name below the space.
     */
    struct Signature
    {
        QString label; ///< e.g. "CHỦ TRÌ HỘI NGHỊ"
        QString subLabel; ///< optional line under the label (e.g. "(Ký, ghi rõ họ tên)"); italic
        QString name; ///< printed bold below the space for the signature
    };

    explicit PartyDocument(const DocumentPageSettings &settings = {});
    ~PartyDocument();
    PartyDocument(const PartyDocument &) = delete;
    PartyDocument &operator=(const PartyDocument &) = delete;

    /** "Số 12-BB/BCĐ", or "Số    -BB/BCĐ" with the number left blank when @p number <= 0. */
    static QString numberLine(int number, const QString &suffix);

    /**
     * The issuer as printed under the superior body: the committee's name without its
     * locality ("Ban Chỉ đạo 35 tỉnh An Giang", "An Giang" → "Ban Chỉ đạo 35"), since the
     * superior body above it already names the place.
     */
    static QString shortIssuer(const QString &committeeName, const QString &place);

    void setHeader(const Header &header);
    /** @p title in 16 pt bold capitals, @p subtitle (the trích yếu) in 14 pt bold below it. */
    void setTitle(const QString &title, const QString &subtitle = {});
    /** The left and right signature columns (either may be empty). */
    void setSignatures(const Signature &left, const Signature &right);

    /** A bold section heading ("1. Thành phần hội nghị"). */
    void addHeading(const QString &text);
    /** A justified body paragraph with a first-line indent; @p boldLead is printed bold before it.
     */
    void addParagraph(const QString &text, const QString &boldLead = {});
    /** A paragraph from (trusted, sanitised) rich text: the conclusion, the report's assessment. */
    void addHtml(const QString &html);
    /** A paragraph indented like a list item ("- Đồng chí …"). */
    void addListItem(const QString &text, const QString &boldLead = {});
    /** A blank line of body height. */
    void addSpacer();
    /**
     * Direct access to the body for anything else (tables, images): a cursor at the end of
     * the body. The body document has the body font as its default font.
     */
    QTextCursor bodyCursor();

    /** The page count the PDF will have (lays out for the PDF device). */
    int pageCount();
    /** Writes the PDF; returns false (and sets errorString()) when the file cannot be written. */
    bool writePdf(const QString &path);
    /** Writes an OpenDocument text file (opens in LibreOffice and Word). */
    bool writeOdt(const QString &path);
    /**
     * Paints every page on @p device (a QPdfWriter, or a QPrinter for print preview). The
     * device's page layout is set to A4 without margins; the margins are drawn here.
     */
    void print(QPagedPaintDevice *device);
    QString errorString() const { return m_error; }

    /**
     * The assembled document (header, title, body, signatures) laid out for @p device, or
     * for no device (screen/ODT) when null. Owned by this object; valid until the next call.
     */
    QTextDocument *assembled(QPagedPaintDevice *device = nullptr);

    /** Makes sure Liberation Serif is available (loads it from fonts-liberation2 if needed). */
    static QString ensureFont(const QString &family = QStringLiteral("Liberation Serif"));

    const DocumentPageSettings &settings() const { return m_settings; }

private:
    void buildHeader(QTextCursor &cursor);
    void buildSignatures(QTextCursor &cursor, QTextTable **table);
    QFont font(double pointSize, bool bold = false, bool italic = false) const;
    QTextCharFormat charFormat(double pointSize, bool bold = false, bool italic = false) const;

    DocumentPageSettings m_settings;
    Header m_header;
    QString m_title;
    QString m_subtitle;
    Signature m_left;
    Signature m_right;
    std::unique_ptr<QTextDocument> m_body;
    std::unique_ptr<QTextDocument> m_assembled;
    QString m_error;
};

} // namespace thuky
