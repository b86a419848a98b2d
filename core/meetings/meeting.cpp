#include <core/meetings/meeting.h>

#include <core/db/roles.h>

#include <QCoreApplication>

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

bool Attendance::isOfficial() const
{
    Role r;
    return Roles::fromCode(role, &r) && Roles::isOfficialDelegate(r);
}

} // namespace thuky
