// A PartyDocument as an OpenDocument text file: Qt's ODF writer, then OdtPage mends the file.

#include <core/documents/partydocument.h>

#include <core/documents/odtpage.h>
#include <core/documents/pageunits.h>

#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextFrame>
#include <QTextTable>

namespace thuky {

using namespace PageUnits;

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
