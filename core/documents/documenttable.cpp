#include <core/documents/documenttable.h>

#include <core/documents/pageunits.h>
#include <core/documents/partydocument.h>

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>
#include <cmath>

namespace thuky {

using namespace PageUnits;

DocumentTable::Cell &DocumentTable::Cell::line(const QString &text, bool bold, bool italic)
{
    runs.append({ text, bold, italic, !runs.isEmpty() });
    return *this;
}

DocumentTable::DocumentTable(const QList<Column> &columns, double pointSize)
    : m_columns(columns)
    , m_pointSize(pointSize)
{
    // The header row.
    Row header;
    for (const Column &c : columns)
        header.cells.append(Cell(c.title, true));
    m_rows.append(header);
}

void DocumentTable::addGroup(const QString &text)
{
    m_rows.append({ true, { Cell(text, true) } });
}

void DocumentTable::addRow(const QList<Cell> &cells)
{
    m_rows.append({ false, cells });
}

QTextTable *DocumentTable::insert(
    QTextCursor &c, const QString &family, const QList<int> &rows, bool newPage) const
{
    QTextTableFormat tf;
    tf.setBorder(1);
    tf.setBorderBrush(Qt::black);
    tf.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    tf.setBorderCollapse(true);
    tf.setCellPadding(ptToPx(2.5));
    tf.setCellSpacing(0);
    tf.setTopMargin(ptToPx(4));
    tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QList<QTextLength> widths;
    for (const Column &col : m_columns)
        widths.append(QTextLength(QTextLength::PercentageLength, col.percent));
    tf.setColumnWidthConstraints(widths);
    tf.setHeaderRowCount(1);
    if (newPage)
        tf.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    const int columns = int(m_columns.size());
    QTextTable *table = c.insertTable(int(rows.size()) + 1, columns, tf);

    auto charFormat = [&](const Run &run) {
        QTextCharFormat f;
        f.setFontFamilies({ family });
        f.setFontPointSize(m_pointSize);
        f.setFontWeight(run.bold ? QFont::Bold : QFont::Normal);
        f.setFontItalic(run.italic);
        return f;
    };
    for (int t = 0; t <= rows.size(); ++t) {
        const int index = t == 0 ? 0 : rows.at(t - 1);
        const Row &row = m_rows.at(index);
        if (row.group && columns > 1)
            table->mergeCells(t, 0, 1, columns);
        for (int col = 0; col < row.cells.size() && col < columns; ++col) {
            QTextCursor cc = table->cellAt(t, col).firstCursorPosition();
            QTextBlockFormat bf;
            bf.setTextIndent(0);
            bf.setAlignment(index == 0 ? Qt::AlignHCenter
                                       : (row.group ? Qt::AlignLeft : m_columns.at(col).alignment));
            cc.setBlockFormat(bf);
            // A line of its own is a paragraph of its own: a line separator would reach an
            // ODT as a tab and a line break, and the tab could make an empty line.
            for (const Run &run : row.cells.at(col).runs) {
                if (run.newParagraph)
                    cc.insertBlock(bf, charFormat(run));
                cc.insertText(run.text, charFormat(run));
            }
        }
    }
    return table;
}

namespace {

/** Where the last line of @p block ends (pagination moves lines without moving the block). */
double linesBottom(QAbstractTextDocumentLayout *layout, const QTextBlock &block)
{
    const QRectF r = layout->blockBoundingRect(block);
    const QTextLayout *tl = block.layout();
    if (!tl || tl->lineCount() == 0)
        return r.bottom();
    const QTextLine last = tl->lineAt(tl->lineCount() - 1);
    return std::max(r.bottom(), r.top() + last.y() + last.height());
}

} // namespace

DocumentTable::Geometry DocumentTable::measure(const PartyDocument &doc) const
{
    // The whole table, laid out once at the width of the text without pages, after a
    // paragraph and followed by two copies of the header row (so that the last real row has
    // a row below it to measure against).
    const DocumentPageSettings &s = doc.settings();
    QTextDocument scratch;
    QFont font(s.fontFamily);
    font.setPointSizeF(s.bodyPointSize);
    font.setStyleStrategy(QFont::PreferOutline);
    scratch.setDefaultFont(font);
    scratch.setUseDesignMetrics(true);
    scratch.setDocumentMargin(0);
    scratch.setTextWidth(mmToPx(A4WidthMm - s.marginLeftMm - s.marginRightMm));
    QTextCursor c(&scratch);
    c.insertText(QStringLiteral("x"));
    QList<int> rows;
    for (int r = 1; r < m_rows.size(); ++r)
        rows.append(r);
    rows << 0 << 0;
    QTextTable *table = insert(c, s.fontFamily, rows);

    QAbstractTextDocumentLayout *layout = scratch.documentLayout();
    const QRectF frame = layout->frameBoundingRect(table);
    QList<double> tops;
    for (int r = 0; r < table->rows(); ++r) {
        const QTextTableCell cell = table->cellAt(r, 0);
        tops.append(layout->blockBoundingRect(cell.firstCursorPosition().block()).top());
    }
    Geometry g;
    g.gapAfterBlock = frame.top() - linesBottom(layout, scratch.begin());
    g.head = tops.first() - frame.top();
    for (int r = 0; r + 2 < tops.size(); ++r)
        g.heights.append(tops.at(r + 1) - tops.at(r));
    const double sentinel = tops.last() - tops.at(tops.size() - 2);
    g.tail = frame.bottom() - (tops.last() + sentinel);
    return g;
}

QList<QList<int>> DocumentTable::paginate(const Geometry &g, double top, double pageHeight) const
{
    // Room to spare, a body line: a row that reached past the page bottom would be split, and
    // a table whose bottom border reached past it would push an empty page before the next.
    const double limit = pageHeight - ptToPx(14);
    QList<QList<int>> pages { {} };
    double y = top + g.head + g.heights.at(0); // below the header row
    bool atPageTop = false;
    for (int r = 1; r < m_rows.size(); ++r) {
        // A group row goes to the next page with the row after it.
        double needed = g.heights.at(r);
        if (m_rows.at(r).group && r + 1 < m_rows.size())
            needed += g.heights.at(r + 1);
        if (!atPageTop && y + needed + g.tail > limit) {
            pages.append(QList<int>()); // an empty first page: the table starts on the next one
            y = g.head + g.heights.at(0);
            atPageTop = true;
        }
        pages.last().append(r);
        y += g.heights.at(r);
        atPageTop = false;
    }
    return pages;
}

void DocumentTable::finish(PartyDocument &doc, Layout layout) const
{
    const QString family = doc.settings().fontFamily;
    QList<int> all;
    for (int r = 1; r < m_rows.size(); ++r)
        all.append(r);
    if (layout == Layout::Flowing || all.isEmpty()) {
        QTextCursor c = doc.bodyCursor();
        insert(c, family, all);
        doc.addSpacer();
        return;
    }
    const Geometry g = measure(doc);
    // Where the table starts: below what the document holds so far, on its last page.
    QTextDocument *sofar = doc.assembled();
    const double pageHeight = sofar->pageSize().height();
    const double end = linesBottom(sofar->documentLayout(), sofar->lastBlock()) + g.gapAfterBlock;
    const double top = end - pageHeight * std::floor(end / pageHeight);

    const QList<QList<int>> pages = paginate(g, top, pageHeight);
    QTextCursor c = doc.bodyCursor();
    for (int p = 0; p < pages.size(); ++p) {
        if (pages.at(p).isEmpty())
            continue;
        insert(c, family, pages.at(p), p > 0);
        c.movePosition(QTextCursor::End);
    }
    doc.addSpacer();
}

} // namespace thuky
