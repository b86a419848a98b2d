#pragma once

#include <QDate>
#include <QString>

namespace thuky {

/** Dates as Vietnamese clerks write them and as the machine output wants them. */
namespace VnDate {

/** Parses `YYYY-MM-DD` or `DD/MM/YYYY` (never MM/DD); an invalid QDate when neither fits. */
QDate parse(const QString &text);
/**
 * The first year a date in a record may have: 1945. Older dates are typing errors
 * (0001-01-01, 1024 for 2024); the oldest real dates the application keeps are the founding
 * dates of localities (the demo's are 1976).
 */
constexpr int EarliestYear = 1945;
/** How many years after today a date may lie: meetings and deadlines are planned ahead. */
constexpr int YearsAhead = 1;
/** 01/01/EarliestYear. */
QDate earliest();
/** Today plus YearsAhead years. */
QDate latest();
/**
 * Whether @p date lies between earliest() and latest(): every date an import or a command
 * option brings in must (9999-12-31 would sort after every real date for ever).
 */
bool inRange(const QDate &date);

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
