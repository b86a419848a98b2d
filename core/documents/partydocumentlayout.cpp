// The assembled page of a PartyDocument: the two-column header, the title with its short
// rule, the body, and the signature block kept on one page.

#include <core/documents/partydocument.h>

#include <core/documents/pageunits.h>
#include <core/text/vndate.h>

#include <QAbstractTextDocumentLayout>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextTable>

#include <cmath>

namespace thuky {

using namespace PageUnits;

namespace {

QString upper(const QString &text)
{
    // QString::toUpper is Unicode-aware: "Tỉnh ủy" → "TỈNH ỦY".
    return text.toUpper();
}

} // namespace

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
    // A committee without its own superior body takes the office's (Settings).
    const QString superior
        = m_header.superiorBody.isEmpty() ? m_settings.superiorBody : m_header.superiorBody;
    if (!superior.isEmpty())
        line(l, upper(superior), charFormat(14), centred);
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

} // namespace thuky
