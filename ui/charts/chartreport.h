#pragma once

#include <QImage>
#include <QList>
#include <QStringList>

namespace thuky {

class Database;
class PartyDocument;
struct PeriodReportData;

/** The charts a periodic report embeds, and the whole document, for the CLI and the GUI. */
class ChartReport
{
public:
    /**
     * Draws the report's charts (topics and sentiments per quarter, responses) for the
     * period's quarter and the three before it, sized for the A4 text width.
     */
    static void charts(
        Database &db, const PeriodReportData &data, QList<QImage> *images, QStringList *captions);
    /**
     * Composes @p doc from @p data with its charts; the chart images are written into
     * @p imageDir, which must outlive the document's output.
     */
    static void compose(
        Database &db, PartyDocument &doc, const PeriodReportData &data, const QString &imageDir);
};

} // namespace thuky
