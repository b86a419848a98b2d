#include <core/reports/statsdimensions.h>

#include <QHash>

namespace thuky {

QString StatsDimensions::code(StatsDimension dim)
{
    switch (dim) {
    case StatsDimension::Topic:
        return QStringLiteral("topic");
    case StatsDimension::Locality:
        return QStringLiteral("locality");
    case StatsDimension::Sentiment:
        return QStringLiteral("sentiment");
    case StatsDimension::Channel:
        return QStringLiteral("channel");
    case StatsDimension::Status:
        return QStringLiteral("status");
    case StatsDimension::None:
        break;
    }
    return {};
}

std::optional<StatsDimension> StatsDimensions::fromCode(const QString &code)
{
    for (StatsDimension d : { StatsDimension::Topic, StatsDimension::Locality,
             StatsDimension::Sentiment, StatsDimension::Channel, StatsDimension::Status }) {
        if (StatsDimensions::code(d) == code)
            return d;
    }
    return std::nullopt;
}

std::optional<StatsDimension> StatsDimensions::parseDims(const QString &text)
{
    const QStringList parts = text.trimmed().toLower().split(QLatin1Char(','));
    if (parts.isEmpty() || parts.size() > 2 || parts.first().trimmed() != QLatin1String("quarter"))
        return std::nullopt;
    if (parts.size() == 1)
        return StatsDimension::None;
    return fromCode(parts.at(1).trimmed());
}

QStringList StatsDimensions::enumerationCodes(StatsDimension dim)
{
    switch (dim) {
    case StatsDimension::Sentiment:
        return { QStringLiteral("positive"), QStringLiteral("neutral"), QStringLiteral("negative"),
            QStringLiteral("mixed") };
    case StatsDimension::Channel:
        return { QStringLiteral("direct"), QStringLiteral("social_media"), QStringLiteral("press"),
            QStringLiteral("meeting"), QStringLiteral("hotline"), QStringLiteral("survey") };
    case StatsDimension::Status:
        return { QStringLiteral("new"), QStringLiteral("forwarded"), QStringLiteral("answered"),
            QStringLiteral("resolved"), QStringLiteral("closed") };
    default:
        break;
    }
    return {};
}

QString StatsDimensions::vietnameseLabel(StatsDimension dim, const QString &key)
{
    static const QHash<QString, const char *> labels = {
        { QStringLiteral("sentiment:positive"), "Tích cực" },
        { QStringLiteral("sentiment:neutral"), "Trung lập" },
        { QStringLiteral("sentiment:negative"), "Tiêu cực" },
        { QStringLiteral("sentiment:mixed"), "Trái chiều" },
        { QStringLiteral("channel:direct"), "Trực tiếp" },
        { QStringLiteral("channel:social_media"), "Mạng xã hội" },
        { QStringLiteral("channel:press"), "Báo chí" },
        { QStringLiteral("channel:meeting"), "Hội nghị" },
        { QStringLiteral("channel:hotline"), "Đường dây nóng" },
        { QStringLiteral("channel:survey"), "Khảo sát" },
        { QStringLiteral("status:new"), "Mới" },
        { QStringLiteral("status:forwarded"), "Đã chuyển" },
        { QStringLiteral("status:answered"), "Đã trả lời" },
        { QStringLiteral("status:resolved"), "Đã giải quyết" },
        { QStringLiteral("status:closed"), "Đã đóng" },
    };
    const auto it = labels.constFind(code(dim) + QLatin1Char(':') + key);
    return it == labels.constEnd() ? key : QString::fromUtf8(it.value());
}

QString StatsDimensions::vietnameseName(StatsDimension dim)
{
    switch (dim) {
    case StatsDimension::Topic:
        return QString::fromUtf8("Lĩnh vực");
    case StatsDimension::Locality:
        return QString::fromUtf8("Địa bàn");
    case StatsDimension::Sentiment:
        return QString::fromUtf8("Chiều hướng");
    case StatsDimension::Channel:
        return QString::fromUtf8("Kênh");
    case StatsDimension::Status:
        return QString::fromUtf8("Trạng thái");
    case StatsDimension::None:
        break;
    }
    return QString::fromUtf8("Tổng số");
}

} // namespace thuky
