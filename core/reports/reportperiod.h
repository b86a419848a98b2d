#pragma once

#include <core/reports/stats.h>

#include <QDate>
#include <QString>

#include <optional>

namespace thuky {

/** The period a report covers: a quarter or an ISO week. */
struct ReportPeriod
{
    enum Kind { Quarter, Week };
    Kind kind = Quarter;
    QDate first;
    QDate last;

    /** `2024-Q2`; nothing when @p code is not a quarter. */
    static std::optional<ReportPeriod> quarter(const QString &code);
    /** ISO week `2024-W29` (also `2024W29`); nothing when @p code is not a week of that year. */
    static std::optional<ReportPeriod> isoWeek(const QString &code);
    /** The quarter or ISO week containing @p date. */
    static ReportPeriod containing(Kind kind, const QDate &date);

    /** The period just before this one, of the same kind. */
    ReportPeriod previous() const;
    /** `2024-Q2` or `2024-W29`. */
    QString code() const;
    /** `Quý II/2024` or `Tuần 29/2024`. */
    QString label() const;
    /** `quý II/2024` or `tuần 29/2024 (từ ngày 15/07/2024 đến ngày 21/07/2024)`. */
    QString longLabel() const;
    /** Statistics filter over the period's observation dates. */
    StatsFilter filter() const;
};

} // namespace thuky
