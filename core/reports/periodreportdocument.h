#pragma once

#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

namespace thuky {

class PartyDocument;
struct PeriodReportData;

/**
 * The periodic report as a document in the Party format: the header and title, the figures
 * by topic, locality and sentiment, the charts, the hot issues, the responses, the
 * committee's meetings and tasks, the assessment and direction, the signature.
 * Widget-free: the charts come in as images drawn by the caller (ChartReport).
 */
class PeriodReportDocument
{
public:
    /**
     * Fills @p doc from @p data with the @p charts and their @p captions. The chart images
     * are written into @p imageDir (the temporary folder when empty), which must outlive
     * the document's output.
     */
    static void compose(PartyDocument &doc, const PeriodReportData &data,
        const QList<QImage> &charts = {}, const QStringList &captions = {},
        const QString &imageDir = {});
};

} // namespace thuky
