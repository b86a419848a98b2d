#include <core/text/vndate.h>

#include <QRegularExpression>

namespace thuky {

QDate VnDate::parse(const QString &text)
{
    static const QRegularExpression isoRe(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    static const QRegularExpression vnRe(QStringLiteral("^(\\d{1,2})/(\\d{1,2})/(\\d{4})$"));
    const QString t = text.trimmed();
    QRegularExpressionMatch m = isoRe.match(t);
    if (m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    m = vnRe.match(t);
    if (m.hasMatch())
        return QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    return {};
}

QDate VnDate::earliest()
{
    return QDate(EarliestYear, 1, 1);
}

QDate VnDate::latest()
{
    return QDate::currentDate().addYears(YearsAhead);
}

bool VnDate::inRange(const QDate &date)
{
    return date.isValid() && date >= earliest() && date <= latest();
}

QString VnDate::iso(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString VnDate::display(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString VnDate::quarterCode(const QDate &date)
{
    return QStringLiteral("%1-Q%2").arg(date.year()).arg((date.month() - 1) / 3 + 1);
}

QDate VnDate::parseQuarter(const QString &code, QDate *last)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{4})-?Q([1-4])$"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(code.trimmed());
    if (!m.hasMatch())
        return {};
    const QDate first(m.captured(1).toInt(), (m.captured(2).toInt() - 1) * 3 + 1, 1);
    if (last)
        *last = first.addMonths(3).addDays(-1);
    return first;
}

QString VnDate::roman(int n)
{
    static const char *numerals[] = { "", "I", "II", "III", "IV" };
    return (n >= 1 && n <= 4) ? QString::fromLatin1(numerals[n]) : QString::number(n);
}

QString VnDate::quarterLabel(const QString &code)
{
    const QDate first = parseQuarter(code);
    if (!first.isValid())
        return code;
    return QStringLiteral("Quý %1/%2").arg(roman((first.month() - 1) / 3 + 1)).arg(first.year());
}

QString VnDate::longVietnamese(const QDate &date)
{
    const QString day
        = date.day() < 10 ? QStringLiteral("0%1").arg(date.day()) : QString::number(date.day());
    const QString month = date.month() <= 2 ? QStringLiteral("0%1").arg(date.month())
                                            : QString::number(date.month());
    return QStringLiteral("ngày %1 tháng %2 năm %3").arg(day, month).arg(date.year());
}

} // namespace thuky
