#pragma once

#include <QList>
#include <QString>

namespace thuky {

struct DocumentPageSettings;

/**
 * Qt's ODF writer leaves out styles.xml, so a word processor opens its documents on its own
 * default page (often US Letter with 2 cm margins) and numbers every page. OdtPage gives
 * such a file the page of the Party document format: A4, the margins of @p settings, the
 * page number centred in the top margin from page 2, and the printed font as the default.
 */
namespace OdtPage {
/**
 * The number of paragraphs in each cell of each table, in document order: tables[t][row][cell].
 * Qt 6.4's writer puts each paragraph of a cell into a cell of its own, so that a word
 * processor shows a two-column header as seven cells, most of them off the page; apply()
 * gathers them back.
 */
using CellParagraphs = QList<QList<QList<int>>>;

/** Rewrites the ODT at @p path in place; false with @p error set when it cannot. */
bool apply(const QString &path, const DocumentPageSettings &settings, const CellParagraphs &tables,
    QString *error);
/** content.xml with the cells of @p tables gathered back (exposed for tests). */
QByteArray regroupCells(const QByteArray &content, const CellParagraphs &tables);
/** The styles.xml that apply() adds (exposed for tests). */
QByteArray stylesXml(const DocumentPageSettings &settings);
} // namespace OdtPage

} // namespace thuky
