#pragma once

#include <QDate>
#include <QString>

namespace thuky {

/** Dates as Vietnamese clerks write them and as the machine output wants them. */
namespace VnDate {

/** Parses `YYYY-MM-DD` or `DD/MM/YYYY` (never MM/DD); an invalid QDate when neither fits. */
QDate parse(const QString &text);
/** `YYYY-MM-DD`, or an empty string for an invalid date. */
QString iso(const QDate &date);
/** `DD/MM/YYYY`. */
QString display(const QDate &date);
/** `2024-Q2`. */
QString quarterCode(const QDate &date);
/** Parses `2024-Q2` into its first day; sets @p last to its last day. */
QDate parseQuarter(const QString &code, QDate *last = nullptr);
/** `Quý II/2024`. */
QString quarterLabel(const QString &code);
/** Roman numeral 1–4. */
QString roman(int n);
/** `ngày 17 tháng 7 năm 2024` with the zero padding of the Party format (days 1–9, months 1–2). */
QString longVietnamese(const QDate &date);

} // namespace VnDate
} // namespace thuky
