#include <core/reports/reportperiod.h>

#include <core/text/vndate.h>

#include <QRegularExpression>

namespace thuky {

namespace {
QString vi(const char *text)
{
    return QString::fromUtf8(text);
}
} // namespace

std::optional<ReportPeriod> ReportPeriod::quarter(const QString &code)
{
    QDate last;
    const QDate first = VnDate::parseQuarter(code, &last);
    if (!first.isValid())
        return std::nullopt;
    return ReportPeriod { Quarter, first, last };
}

std::optional<ReportPeriod> ReportPeriod::isoWeek(const QString &code)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{4})-?W(\\d{1,2})$"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(code.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const int year = m.captured(1).toInt();
    const int week = m.captured(2).toInt();
    // 4 January is always in week 1; 28 December always in the year's last week.
    const QDate jan4(year, 1, 4);
    const int weeks = QDate(year, 12, 28).weekNumber();
    if (week < 1 || week > weeks)
        return std::nullopt;
    const QDate monday = jan4.addDays(1 - jan4.dayOfWeek()).addDays(7 * (week - 1));
    return ReportPeriod { Week, monday, monday.addDays(6) };
}

ReportPeriod ReportPeriod::containing(Kind kind, const QDate &date)
{
    if (kind == Quarter)
        return *quarter(VnDate::quarterCode(date));
    const QDate monday = date.addDays(1 - date.dayOfWeek());
    return ReportPeriod { Week, monday, monday.addDays(6) };
}

ReportPeriod ReportPeriod::previous() const
{
    return containing(kind, first.addDays(-1));
}

QString ReportPeriod::code() const
{
    if (kind == Quarter)
        return VnDate::quarterCode(first);
    int year = 0;
    const int week = first.weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
}

QString ReportPeriod::label() const
{
    if (kind == Quarter)
        return VnDate::quarterLabel(code());
    int year = 0;
    const int week = first.weekNumber(&year);
    return vi("Tuần %1/%2").arg(week).arg(year);
}

QString ReportPeriod::longLabel() const
{
    const QString span
        = vi("(từ ngày %1 đến ngày %2)").arg(VnDate::display(first), VnDate::display(last));
    QString l = label();
    l[0] = l.at(0).toLower();
    return l + QLatin1Char(' ') + span;
}

StatsFilter ReportPeriod::filter() const
{
    StatsFilter f;
    f.from = first;
    f.to = last;
    return f;
}

} // namespace thuky
