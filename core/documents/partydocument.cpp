#include <core/documents/partydocument.h>

#include <core/documents/odtpage.h>

#include <core/db/database.h>
#include <core/text/vndate.h>

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextDocumentWriter>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextList>
#include <QTextTable>

#include <cmath>

// The document is laid out once, without a paint device, in the logical pixels of the default
// screen resolution (with design metrics, so widths do not depend on hinting); PDF pages are
// drawn with the painter scaled to the writer's resolution, as QTextDocument::print does.
Q_GUI_EXPORT int qt_defaultDpiY();

namespace thuky {

namespace {

constexpr double A4WidthMm = 210.0;
constexpr double A4HeightMm = 297.0;
constexpr int PdfResolution = 1200;

double layoutDpi()
{
    return qt_defaultDpiY();
}

double mmToPx(double mm)
{
    return mm / 25.4 * layoutDpi();
}

double ptToPx(double pt)
{
    return pt / 72.0 * layoutDpi();
}

QString upper(const QString &text)
{
    // QString::toUpper is Unicode-aware: "Tỉnh ủy" → "TỈNH ỦY".
    return text.toUpper();
}

} // namespace

DocumentPageSettings DocumentPageSettings::fromDatabase(Database &db)
{
    DocumentPageSettings s;
    QSqlQuery q
        = db.exec(QStringLiteral("SELECT key, value FROM settings WHERE key LIKE 'document.%'"));
    while (q.next()) {
        const QString key = q.value(0).toString();
        bool ok = false;
        const double v = q.value(1).toString().toDouble(&ok);
        if (key == QLatin1String("document.font_family")) {
            if (!q.value(1).toString().trimmed().isEmpty())
                s.fontFamily = q.value(1).toString().trimmed();
            continue;
        }
        if (!ok || v < 0 || v > 80)
            continue;
        if (key == QLatin1String("document.margin_top"))
            s.marginTopMm = v;
        else if (key == QLatin1String("document.margin_bottom"))
            s.marginBottomMm = v;
        else if (key == QLatin1String("document.margin_left"))
            s.marginLeftMm = v;
        else if (key == QLatin1String("document.margin_right"))
            s.marginRightMm = v;
        else if (key == QLatin1String("document.body_size") && v >= 8)
            s.bodyPointSize = v;
    }
    return s;
}

PartyDocument::PartyDocument(const DocumentPageSettings &settings)
    : m_settings(settings)
    , m_body(std::make_unique<QTextDocument>())
{
    m_settings.fontFamily = ensureFont(m_settings.fontFamily);
    m_body->setDefaultFont(font(m_settings.bodyPointSize));
    m_body->setUseDesignMetrics(true);
    m_body->setDocumentMargin(0);
}

PartyDocument::~PartyDocument() = default;

QString PartyDocument::ensureFont(const QString &family)
{
    if (QFontDatabase::families().contains(family, Qt::CaseInsensitive))
        return family;
    if (family.compare(QLatin1String("Liberation Serif"), Qt::CaseInsensitive) == 0) {
        const QDir dir(QStringLiteral("/usr/share/fonts/truetype/liberation2"));
        QString loaded;
        for (const char *file : { "LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf",
                 "LiberationSerif-Italic.ttf", "LiberationSerif-BoldItalic.ttf" }) {
            const int id
                = QFontDatabase::addApplicationFont(dir.filePath(QString::fromLatin1(file)));
            if (id >= 0 && loaded.isEmpty()) {
                const QStringList families = QFontDatabase::applicationFontFamilies(id);
                if (!families.isEmpty())
                    loaded = families.first();
            }
        }
        if (!loaded.isEmpty())
            return loaded;
    }
    return family;
}

QString PartyDocument::shortIssuer(const QString &committeeName, const QString &place)
{
    const QString name = committeeName.trimmed();
    if (place.trimmed().isEmpty() || !name.endsWith(place.trimmed(), Qt::CaseInsensitive))
        return name;
    QString rest = name.left(name.size() - place.trimmed().size()).trimmed();
    for (const char *unit :
        { "thành phố", "thị xã", "tỉnh", "huyện", "quận", "xã", "phường", "thị trấn" }) {
        const QString u = QString::fromUtf8(unit);
        if (rest.endsWith(QLatin1Char(' ') + u, Qt::CaseInsensitive)) {
            rest = rest.left(rest.size() - u.size()).trimmed();
            break;
        }
    }
    return rest.isEmpty() ? name : rest;
}

QString PartyDocument::numberLine(int number, const QString &suffix)
{
    if (number > 0)
        return QStringLiteral("Số %1-%2").arg(number).arg(suffix);
    // A draft: the number is written in by hand once the minutes are signed.
    return QStringLiteral("Số %1-%2").arg(QString(6, QChar(0x00A0)), suffix);
}

QFont PartyDocument::font(double pointSize, bool bold, bool italic) const
{
    QFont f(m_settings.fontFamily);
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    f.setItalic(italic);
    f.setStyleStrategy(QFont::PreferOutline);
    return f;
}

QTextCharFormat PartyDocument::charFormat(double pointSize, bool bold, bool italic) const
{
    QTextCharFormat f;
    f.setFontFamilies({ m_settings.fontFamily });
    f.setFontPointSize(pointSize);
    f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    f.setFontItalic(italic);
    return f;
}

void PartyDocument::setHeader(const Header &header)
{
    m_header = header;
}

void PartyDocument::setTitle(const QString &title, const QString &subtitle)
{
    m_title = title;
    m_subtitle = subtitle;
}

void PartyDocument::setSignatures(const Signature &left, const Signature &right)
{
    m_left = left;
    m_right = right;
}

QTextCursor PartyDocument::bodyCursor()
{
    QTextCursor c(m_body.get());
    c.movePosition(QTextCursor::End);
    return c;
}

namespace {
/**
 * Starts a new block. The body's first block stays empty on purpose: when the body is copied
 * into the assembled document its first block merges into the block before it and loses its
 * format, so it must hold nothing.
 */
void newBlock(QTextCursor &c, const QTextBlockFormat &format, const QTextCharFormat &chars)
{
    c.insertBlock(format, chars);
}
} // namespace

void PartyDocument::addHeading(const QString &text)
{
    QTextCursor c = bodyCursor();
    QTextBlockFormat bf;
    bf.setAlignment(Qt::AlignJustify);
    bf.setTextIndent(mmToPx(10));
    bf.setTopMargin(ptToPx(6));
    bf.setBottomMargin(ptToPx(3));
    const QTextCharFormat cf = charFormat(m_settings.bodyPointSize, true);
    newBlock(c, bf, cf);
    c.insertText(text, cf);
}

void PartyDocument::addParagraph(const QString &text, const QString &boldLead)
{
    QTextCursor c = bodyCursor();
    QTextBlockFormat bf;
    bf.setAlignment(Qt::AlignJustify);
    bf.setTextIndent(mmToPx(10));
    bf.setBottomMargin(ptToPx(3));
    const QTextCharFormat cf = charFormat(m_settings.bodyPointSize);
    newBlock(c, bf, cf);
    if (!boldLead.isEmpty())
        c.insertText(boldLead, charFormat(m_settings.bodyPointSize, true));
    c.insertText(text, cf);
}

void PartyDocument::addListItem(const QString &text, const QString &boldLead)
{
    QTextCursor c = bodyCursor();
    QTextBlockFormat bf;
    bf.setAlignment(Qt::AlignJustify);
    bf.setTextIndent(mmToPx(10));
    bf.setBottomMargin(ptToPx(2));
    const QTextCharFormat cf = charFormat(m_settings.bodyPointSize);
    newBlock(c, bf, cf);
    if (!boldLead.isEmpty())
        c.insertText(boldLead, charFormat(m_settings.bodyPointSize, true));
    c.insertText(text, cf);
}

void PartyDocument::addHtml(const QString &html)
{
    // Parse into a scratch document with the body font as default so that unstyled text
    // gets the body font and size, then copy it in.
    QTextDocument scratch;
    scratch.setDefaultFont(font(m_settings.bodyPointSize));
    scratch.setHtml(html);
    QTextCursor all(&scratch);
    all.select(QTextCursor::Document);
    QTextCharFormat base;
    base.setFontFamilies({ m_settings.fontFamily });
    all.mergeCharFormat(base);
    for (QTextBlock b = scratch.begin(); b.isValid(); b = b.next()) {
        QTextCursor bc(b);
        QTextBlockFormat bf = b.blockFormat();
        if (!b.textList()) {
            bf.setTextIndent(mmToPx(10));
            if (bf.alignment() == Qt::AlignLeft
                || bf.alignment() == (Qt::AlignLeft | Qt::AlignAbsolute)
                || !bf.hasProperty(QTextFormat::BlockAlignment))
                bf.setAlignment(Qt::AlignJustify);
        }
        bf.setTopMargin(0);
        bf.setBottomMargin(ptToPx(3));
        bc.setBlockFormat(bf);
        // Sizes from foreign HTML (pasted from a browser) are ignored: the body is 14 pt.
        QTextCursor sel(b);
        sel.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        QTextCharFormat size;
        size.setFontPointSize(m_settings.bodyPointSize);
        sel.mergeCharFormat(size);
    }
    // Give the fragment an empty first block: that is the one that merges into the body's
    // last block (and loses its format) when inserted.
    QTextCursor start(&scratch);
    start.insertBlock();
    QTextCursor first(scratch.begin());
    if (QTextList *list = first.currentList())
        list->remove(first.block());
    first.setBlockFormat(QTextBlockFormat());
    QTextCursor c = bodyCursor();
    c.insertFragment(QTextDocumentFragment(&scratch));
}

void PartyDocument::addSpacer()
{
    QTextCursor c = bodyCursor();
    QTextBlockFormat bf;
    newBlock(c, bf, charFormat(m_settings.bodyPointSize));
}

void PartyDocument::buildHeader(QTextCursor &c)
{
    QTextTableFormat tf;
    tf.setBorder(0);
    tf.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    tf.setCellPadding(0);
    tf.setCellSpacing(0);
    tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    tf.setColumnWidthConstraints({ QTextLength(QTextLength::PercentageLength, 48),
        QTextLength(QTextLength::PercentageLength, 52) });
    QTextTable *table = c.insertTable(1, 2, tf);

    QTextBlockFormat centred;
    centred.setAlignment(Qt::AlignHCenter);
    centred.setLineHeight(100, QTextBlockFormat::ProportionalHeight);

    // Left column: superior body, issuing committee, "*", number.
    QTextCursor l = table->cellAt(0, 0).firstCursorPosition();
    l.setBlockFormat(centred);
    bool first = true;
    auto line = [&](QTextCursor &cur, const QString &text, const QTextCharFormat &cf,
                    const QTextBlockFormat &bf) {
        if (!first)
            cur.insertBlock(bf, cf);
        else
            cur.setBlockFormat(bf);
        first = false;
        cur.insertText(text, cf);
    };
    if (!m_header.superiorBody.isEmpty())
        line(l, upper(m_header.superiorBody), charFormat(14), centred);
    if (!m_header.issuer.isEmpty())
        line(l, upper(m_header.issuer), charFormat(14, true), centred);
    line(l, QStringLiteral("*"), charFormat(14), centred);
    if (!m_header.number.isEmpty())
        line(l, m_header.number, charFormat(14), centred);

    // Right column: the Party's name with a rule below, then the place and date.
    QTextCursor r = table->cellAt(0, 1).firstCursorPosition();
    first = true;
    line(r, QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM"), charFormat(15, true), centred);
    QTextBlockFormat rule = centred;
    rule.setProperty(QTextFormat::BlockTrailingHorizontalRulerWidth,
        QTextLength(QTextLength::PercentageLength, 78));
    rule.setTopMargin(0);
    rule.setBottomMargin(ptToPx(4));
    QTextCharFormat tiny = charFormat(2);
    r.insertBlock(rule, tiny);
    if (m_header.date.isValid()) {
        QTextBlockFormat dateBlock = centred;
        dateBlock.setAlignment(Qt::AlignRight);
        dateBlock.setRightMargin(ptToPx(6));
        QString text = VnDate::longVietnamese(m_header.date);
        if (!m_header.place.isEmpty())
            text = m_header.place + QStringLiteral(", ") + text;
        r.insertBlock(dateBlock, charFormat(14, false, true));
        r.insertText(text, charFormat(14, false, true));
    }
    c.movePosition(QTextCursor::End);
}

void PartyDocument::buildSignatures(QTextCursor &c, QTextTable **tableOut)
{
    QTextTableFormat tf;
    tf.setBorder(0);
    tf.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    tf.setCellPadding(0);
    tf.setCellSpacing(0);
    tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    tf.setColumnWidthConstraints({ QTextLength(QTextLength::PercentageLength, 45),
        QTextLength(QTextLength::PercentageLength, 55) });
    tf.setTopMargin(ptToPx(12));
    QTextTable *table = c.insertTable(1, 2, tf);
    QTextBlockFormat centred;
    centred.setAlignment(Qt::AlignHCenter);
    auto fill = [&](int column, const Signature &s) {
        QTextCursor cur = table->cellAt(0, column).firstCursorPosition();
        if (s.label.isEmpty() && s.name.isEmpty())
            return;
        cur.setBlockFormat(centred);
        cur.insertText(upper(s.label), charFormat(14, true));
        if (!s.subLabel.isEmpty()) {
            cur.insertBlock(centred, charFormat(14, false, true));
            cur.insertText(s.subLabel, charFormat(14, false, true));
        }
        // The space for the signature: four blank lines of body height.
        QTextBlockFormat space = centred;
        space.setTopMargin(ptToPx(14) * 4.5);
        cur.insertBlock(space, charFormat(14, true));
        cur.insertText(s.name, charFormat(14, true));
    };
    fill(0, m_left);
    fill(1, m_right);
    *tableOut = table;
}

QTextDocument *PartyDocument::assembled(QPagedPaintDevice *device)
{
    Q_UNUSED(device);
    auto doc = std::make_unique<QTextDocument>();
    doc->setDefaultFont(font(m_settings.bodyPointSize));
    doc->setUseDesignMetrics(true);
    doc->setDocumentMargin(0);
    const double pageWidth = mmToPx(A4WidthMm - m_settings.marginLeftMm - m_settings.marginRightMm);
    const double pageHeight
        = mmToPx(A4HeightMm - m_settings.marginTopMm - m_settings.marginBottomMm);
    doc->setPageSize(QSizeF(pageWidth, pageHeight));

    QTextCursor c(doc.get());
    buildHeader(c);

    if (!m_title.isEmpty()) {
        QTextBlockFormat bf;
        bf.setAlignment(Qt::AlignHCenter);
        bf.setTopMargin(ptToPx(18));
        c.insertBlock(bf, charFormat(16, true));
        c.insertText(upper(m_title), charFormat(16, true));
    }
    if (!m_subtitle.isEmpty()) {
        QTextBlockFormat bf;
        bf.setAlignment(Qt::AlignHCenter);
        bf.setBottomMargin(ptToPx(2));
        c.insertBlock(bf, charFormat(14, true));
        c.insertText(m_subtitle, charFormat(14, true));
    }
    // The short rule under the title (trích yếu) of Party documents.
    {
        QTextBlockFormat bf;
        bf.setAlignment(Qt::AlignHCenter);
        bf.setTopMargin(ptToPx(2));
        bf.setBottomMargin(ptToPx(10));
        bf.setProperty(QTextFormat::BlockTrailingHorizontalRulerWidth,
            QTextLength(QTextLength::FixedLength, mmToPx(25)));
        c.insertBlock(bf, charFormat(2));
    }

    // The body's first block is always empty (see newBlock): inserting the fragment merges
    // that block into the current one, and every body paragraph keeps its format.
    if (m_body->blockCount() > 1)
        c.insertFragment(QTextDocumentFragment(m_body.get()));

    QTextTable *signatures = nullptr;
    if (!m_left.label.isEmpty() || !m_right.label.isEmpty() || !m_left.name.isEmpty()
        || !m_right.name.isEmpty()) {
        c.movePosition(QTextCursor::End);
        buildSignatures(c, &signatures);
    }

    // Keep the signature block (labels, space, names) on one page: if the laid-out table
    // straddles a page boundary, start it on a new page.
    if (signatures) {
        QAbstractTextDocumentLayout *layout = doc->documentLayout();
        const QRectF r = layout->frameBoundingRect(signatures);
        const int firstPage = int(std::floor(r.top() / pageHeight));
        const int lastPage = int(std::floor((r.bottom() - 0.5) / pageHeight));
        if (firstPage != lastPage) {
            QTextTableFormat tf = signatures->format();
            tf.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            signatures->setFormat(tf);
        }
    }
    m_assembled = std::move(doc);
    return m_assembled.get();
}

int PartyDocument::pageCount()
{
    return assembled()->pageCount();
}

void PartyDocument::print(QPagedPaintDevice *device)
{
    QTextDocument *doc = assembled(device);
    device->setPageSize(QPageSize(QPageSize::A4));
    device->setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);

    QPainter p(device);
    if (!p.isActive())
        return;
    const double scale = double(device->logicalDpiY()) / layoutDpi();
    const QSizeF page = doc->pageSize();
    const int pages = doc->pageCount();
    const QFont numberFont = font(m_settings.bodyPointSize);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device->newPage();
        // Page numbers from page 2, centred in the top margin (device coordinates, so the
        // font's point size resolves against the device).
        if (i > 0) {
            p.setFont(numberFont);
            const QRectF top(mmToPx(m_settings.marginLeftMm) * scale, 0, page.width() * scale,
                mmToPx(m_settings.marginTopMm) * scale);
            p.drawText(top, Qt::AlignHCenter | Qt::AlignVCenter, QString::number(i + 1));
        }
        p.save();
        p.scale(scale, scale);
        p.translate(
            mmToPx(m_settings.marginLeftMm), mmToPx(m_settings.marginTopMm) - i * page.height());
        const double top = i * page.height();
        const double bottom = top + page.height();
        p.setClipRect(QRectF(0, top, page.width(), page.height()));
        // Lines outside the page must not be drawn at all: clipped text would still be in the
        // PDF, invisible, and pdftotext would extract it. The layout skips lines outside
        // ctx.clip, except (Qt 6.4) the last line above it; so a paragraph running over from
        // the page before is drawn here line by line, and the layout's clip starts below it.
        double clipTop = top;
        QAbstractTextDocumentLayout *layout = doc->documentLayout();
        for (QTextBlock b = doc->begin(); b.isValid() && i > 0; b = b.next()) {
            QTextLayout *tl = b.layout();
            const QRectF r = layout->blockBoundingRect(b);
            if (r.top() >= top)
                break;
            if (!tl || tl->lineCount() == 0)
                continue;
            // Pagination moves lines down inside their block without growing the block's
            // bounding rect: the lines tell where the block really ends.
            const QPointF origin = r.topLeft();
            const QTextLine last = tl->lineAt(tl->lineCount() - 1);
            const double linesBottom = std::max(r.bottom(), origin.y() + last.y() + last.height());
            if (linesBottom <= top)
                continue;
            p.setPen(Qt::black);
            for (int l = 0; l < tl->lineCount(); ++l) {
                const QTextLine line = tl->lineAt(l);
                const double y = origin.y() + line.y();
                if (y >= top - 0.5 && y + line.height() <= bottom + 0.5)
                    line.draw(&p, origin);
            }
            clipTop = std::max(clipTop, linesBottom);
        }
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.clip = QRectF(0, clipTop + 0.5, page.width(), bottom - clipTop - 1);
        ctx.palette.setColor(QPalette::Text, Qt::black);
        if (ctx.clip.height() > 0)
            layout->draw(&p, ctx);
        p.restore();
    }
    p.end();
}

bool PartyDocument::writePdf(const QString &path)
{
    QPdfWriter writer(path);
    writer.setResolution(PdfResolution);
    writer.setCreator(QStringLiteral("Thư Ký"));
    writer.setTitle(m_subtitle.isEmpty() ? m_title : m_title + QStringLiteral(" — ") + m_subtitle);
    print(&writer);
    QFile check(path);
    if (!check.exists() || check.size() == 0) {
        m_error = QStringLiteral("cannot write %1").arg(path);
        return false;
    }
    return true;
}

bool PartyDocument::writeOdt(const QString &path)
{
    QTextDocument *doc = assembled();
    // Qt's ODF writer prints percentage table widths as points ("100pt"): give the tables
    // their widths in points of the text area instead, which it writes correctly.
    const double widthPt
        = (A4WidthMm - m_settings.marginLeftMm - m_settings.marginRightMm) / 25.4 * 72.0;
    const QList<QTextFrame *> frames = doc->rootFrame()->childFrames();
    for (QTextFrame *frame : frames) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        QTextTableFormat tf = table->format();
        QList<QTextLength> columns;
        for (const QTextLength &c : tf.columnWidthConstraints())
            columns << (c.type() == QTextLength::PercentageLength
                    ? QTextLength(QTextLength::FixedLength, c.rawValue() / 100.0 * widthPt)
                    : c);
        tf.setColumnWidthConstraints(columns);
        tf.setWidth(QTextLength(QTextLength::FixedLength, widthPt));
        table->setFormat(tf);
    }
    {
        QTextDocumentWriter writer(path, QByteArrayLiteral("odf"));
        if (!writer.write(doc)) {
            m_error = writer.device() ? writer.device()->errorString()
                                      : QStringLiteral("cannot write %1").arg(path);
            return false;
        }
    }
    // Qt writes no page and splits multi-paragraph cells: both are mended in the file.
    OdtPage::CellParagraphs cells;
    for (QTextFrame *frame : frames) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        QList<QList<int>> rows;
        for (int r = 0; r < table->rows(); ++r) {
            QList<int> row;
            for (int c = 0; c < table->columns(); ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                if (cell.row() != r || cell.column() != c)
                    continue; // covered by a spanning cell
                int paragraphs = 0;
                for (QTextFrame::iterator it = cell.begin(); !it.atEnd(); ++it)
                    paragraphs += it.currentBlock().isValid() ? 1 : 0;
                row.append(std::max(1, paragraphs));
            }
            rows.append(row);
        }
        cells.append(rows);
    }
    return OdtPage::apply(path, m_settings, cells, &m_error);
}

} // namespace thuky
