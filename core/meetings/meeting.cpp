#include <core/meetings/meeting.h>

#include <core/db/roles.h>
#include <core/text/textnorm.h>
#include <core/text/vndate.h>

#include <QCoreApplication>
#include <QRegularExpression>

namespace thuky {

QStringList MeetingKinds::codes()
{
    return { QStringLiteral("quarterly_briefing"), QStringLiteral("review"),
        QStringLiteral("annual_review"), QStringLiteral("thematic"),
        QStringLiteral("extraordinary") };
}

bool MeetingKinds::isValid(const QString &code)
{
    return codes().contains(code);
}

QString MeetingKinds::label(const QString &code)
{
    if (code == QLatin1String("quarterly_briefing"))
        return QCoreApplication::translate("thuky::MeetingKinds", "Quarterly briefing");
    if (code == QLatin1String("review"))
        return QCoreApplication::translate("thuky::MeetingKinds", "Mid-term review");
    if (code == QLatin1String("annual_review"))
        return QCoreApplication::translate("thuky::MeetingKinds", "Annual review");
    if (code == QLatin1String("thematic"))
        return QCoreApplication::translate("thuky::MeetingKinds", "Thematic");
    if (code == QLatin1String("extraordinary"))
        return QCoreApplication::translate("thuky::MeetingKinds", "Extraordinary");
    return code;
}

QString MeetingKinds::vietnamese(const QString &code)
{
    // Printed documents are in Vietnamese whatever the interface language.
    if (code == QLatin1String("quarterly_briefing"))
        return QStringLiteral("giao ban quý");
    if (code == QLatin1String("review"))
        return QStringLiteral("sơ kết");
    if (code == QLatin1String("annual_review"))
        return QStringLiteral("tổng kết năm");
    if (code == QLatin1String("thematic"))
        return QStringLiteral("chuyên đề");
    if (code == QLatin1String("extraordinary"))
        return QStringLiteral("đột xuất");
    return code;
}

QString MeetingKinds::suggestedTitle(const QString &kind, const QString &period)
{
    // The kind as a title names it: the period says "quý" or "năm" itself.
    QString name = QStringLiteral("giao ban");
    if (kind == QLatin1String("review"))
        name = QStringLiteral("sơ kết");
    else if (kind == QLatin1String("annual_review"))
        name = QStringLiteral("tổng kết");
    else if (kind == QLatin1String("thematic"))
        name = QStringLiteral("chuyên đề");
    else if (kind == QLatin1String("extraordinary"))
        name = QStringLiteral("đột xuất");
    const QString when = MeetingPeriods::vietnamese(period);
    QString title = QStringLiteral("Hội nghị ") + name;
    if (!when.isEmpty())
        title += QLatin1Char(' ') + when;
    return title;
}

QString MeetingPeriods::parse(const QString &text)
{
    const QString t = TextNorm::fold(text).simplified();
    static const QRegularExpression code(QStringLiteral("^(\\d{4})(?:-([qh])([1-4]))?$"));
    QRegularExpressionMatch m = code.match(t);
    if (m.hasMatch()) {
        const int n = m.captured(3).toInt();
        if (m.captured(2) == QLatin1String("h") && n > 2)
            return {};
        return m.captured(2).isEmpty()
            ? m.captured(1)
            : QStringLiteral("%1-%2%3").arg(m.captured(1), m.captured(2).toUpper()).arg(n);
    }
    static const QRegularExpression half(QStringLiteral("^6 thang (dau|cuoi) nam (\\d{4})$"));
    m = half.match(t);
    if (m.hasMatch())
        return QStringLiteral("%1-H%2")
            .arg(m.captured(2))
            .arg(m.captured(1) == QLatin1String("dau") ? 1 : 2);
    static const QRegularExpression quarter(
        QStringLiteral("^(?:quy |q)?(1|2|3|4|i|ii|iii|iv)\\s*(?:/|-|nam | )\\s*(\\d{4})$"));
    m = quarter.match(t);
    if (m.hasMatch()) {
        static const QStringList romans { QStringLiteral("i"), QStringLiteral("ii"),
            QStringLiteral("iii"), QStringLiteral("iv") };
        const int roman = int(romans.indexOf(m.captured(1))) + 1;
        return QStringLiteral("%1-Q%2")
            .arg(m.captured(2))
            .arg(roman > 0 ? roman : m.captured(1).toInt());
    }
    static const QRegularExpression year(QStringLiteral("^(?:nam )?(\\d{4})$"));
    m = year.match(t);
    return m.hasMatch() ? m.captured(1) : QString();
}

QString MeetingPeriods::vietnamese(const QString &code)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})(?:-([QH])([1-4]))?$"));
    const QRegularExpressionMatch m = re.match(code.trimmed());
    if (!m.hasMatch())
        return code.trimmed();
    if (m.captured(2) == QLatin1String("Q"))
        return VnDate::quarterLabel(code.trimmed());
    if (m.captured(2) == QLatin1String("H"))
        return (m.captured(3) == QLatin1String("1") ? QStringLiteral("6 tháng đầu năm %1")
                                                    : QStringLiteral("6 tháng cuối năm %1"))
            .arg(m.captured(1));
    return QStringLiteral("năm %1").arg(m.captured(1));
}

void Meeting::startFrom(const Meeting &previous)
{
    agenda.clear();
    for (const AgendaItem &item : previous.agenda)
        agenda.append(AgendaItem { item.title, {}, {} });
    guests = previous.guests;
}

bool Attendance::isOfficial() const
{
    Role r;
    return Roles::fromCode(role, &r) && Roles::isOfficialDelegate(r);
}

} // namespace thuky
