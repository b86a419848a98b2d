#pragma once

#include <QList>
#include <QString>

#include <Qt>

class QTextCursor;
class QTextTable;

namespace thuky {

class PartyDocument;
struct DocumentPageSettings;

/**
 * The numbered table of a printed list (the roster, the tasks, the opinion reports) in a
 * PartyDocument: ruled cells, a bold header row at the top of every page, group rows spanning
 * the width ("I. Trưởng ban", an owner's name) and body rows in a slightly smaller size than
 * the running text, so that six columns fit the A4 text width.
 *
 * On paper (Paged) no row is ever split between two pages: the rows are measured first and
 * the table is cut into one table per page, each with the header row, each after the first
 * starting a new page. (Qt would split a row line by line, and the page would then start with
 * the rest of the row where the repeated header belongs.) A group row is never left alone at
 * the bottom of a page. In a word-processor file (Flowing) the table stays in one piece and
 * the word processor lays it out.
 *
 * @code
 *   DocumentTable table({ { "STT", 7, Qt::AlignHCenter }, { "Họ và tên", 93 } });
 *   table.addGroup("I. Trưởng ban");
 *   table.addRow({ DocumentTable::Cell("1"), DocumentTable::Cell("Nguyễn Văn A") });
 *   table.finish(doc);
 * @endcode
 */
class DocumentTable
{
public:
    struct Column
    {
        QString title;
        double percent = 10; ///< share of the text width
        Qt::Alignment alignment = Qt::AlignLeft;
    };

    /** A piece of a cell's text with its own weight. */
    struct Run
    {
        QString text;
        bool bold = false;
        bool italic = false;
        bool newParagraph = false; ///< starts a line of its own
    };

    /** A cell: runs of text; line() starts a new line (a paragraph of the cell). */
    struct Cell
    {
        Cell() = default;
        Cell(const QString &text, bool bold = false) { runs.append({ text, bold, false }); }
        /** Adds @p text on a line of its own below what the cell holds. */
        Cell &line(const QString &text, bool bold = false, bool italic = false);
        QList<Run> runs;
    };

    /** How finish() lays the table out. */
    enum class Layout {
        Paged, ///< PDF and paper: one table per page, rows never split
        Flowing, ///< ODT: one table, laid out by the word processor
    };

    explicit DocumentTable(const QList<Column> &columns, double pointSize = 12);

    /** A bold row spanning every column. */
    void addGroup(const QString &text);
    void addRow(const QList<Cell> &cells);
    /** Body rows (group rows included, the header row not). */
    int rowCount() const { return int(m_rows.size()) - 1; }

    /**
     * Inserts the table at the end of @p doc's body, followed by a blank line. The body must
     * end with a paragraph (the paged layout measures from its end) and @p doc must not have
     * signatures yet.
     */
    void finish(PartyDocument &doc, Layout layout = Layout::Paged) const;

private:
    struct Row
    {
        bool group = false;
        QList<Cell> cells;
    };
    /** The heights the paged layout needs, in layout pixels. */
    struct Geometry
    {
        double gapAfterBlock = 0; ///< from a paragraph's last line to the first row's top
        double head = 0; ///< from the table's top to its first row's top
        double tail = 0; ///< from the last row's bottom to the table's bottom
        QList<double> heights; ///< of each row, m_rows' order
    };

    /** Inserts a table of the header row and @p rows (indexes into m_rows). */
    QTextTable *insert(QTextCursor &cursor, const QString &family, const QList<int> &rows,
        bool newPage = false) const;
    Geometry measure(const PartyDocument &doc) const;
    /** The body rows cut into pages, starting @p top layout pixels into a page. */
    QList<QList<int>> paginate(const Geometry &g, double top, double pageHeight) const;

    QList<Column> m_columns;
    QList<Row> m_rows;
    double m_pointSize;
};

} // namespace thuky
