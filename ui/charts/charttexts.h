#pragma once

#include <core/reports/statsdimensions.h>

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace thuky {

/**
 * The words and numbers of a chart. A chart in a printed Party document (the periodic
 * reports, `thuky-cli chart`) speaks Vietnamese whatever the interface's language: quarters
 * as `Quý II/2024`, numbers as `2.003`. On screen a chart speaks the interface's language (the
 * installed translation) and writes its numbers as QLocale() does: `Q2 2024`, `2,003` in
 * English.
 */
class ChartTexts
{
    Q_DECLARE_TR_FUNCTIONS(thuky::ChartTexts)
public:
    /** Vietnamese, for the documents. */
    static ChartTexts document();
    /** The interface's language, for the screen (and what is exported from it). */
    static ChartTexts onScreen();

    /** The stacked chart's title for @p dim. */
    QString stackedTitle(StatsDimension dim) const;
    QString trendTitle() const;
    QString responsesTitle() const;
    /** The count axis's title. */
    QString reportsAxis() const;
    /** The single series of a chart broken down by nothing. */
    QString totalSeries() const;
    QString trendSeries() const;
    QString rateSeries() const;
    QString medianSeries() const;
    QString rateAxis() const;
    QString daysAxis() const;
    /** The series summing the keys beyond ChartBuilder::MaxSeries. */
    QString others() const;
    /** `2024-Q2` as `Quý II/2024` or `Q2 2024`. */
    QString quarter(const QString &code) const;
    /** The label of an enumerated code (`negative`: `Tiêu cực`, `Negative`); names as they are. */
    QString keyLabel(StatsDimension dim, const QString &key) const;
    /** The name of the dimension itself (`Lĩnh vực`, `Topic`). */
    QString dimensionName(StatsDimension dim) const;
    /** An integer as the chart's locale writes it. */
    QString number(qint64 n) const { return m_locale.toString(n); }
    const QLocale &locale() const { return m_locale; }

private:
    ChartTexts(bool document, const QLocale &locale);
    /** @p vi in a document, the translation of @p en on screen. */
    QString pick(const char *vi, const char *en) const;

    bool m_document = true;
    QLocale m_locale;
};

} // namespace thuky
