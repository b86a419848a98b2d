#include <core/opinions/opinion.h>

#include <QCoreApplication>

namespace thuky {

namespace {

struct CodeLabel
{
    const char *code;
    const char *vi; ///< as the import format writes it
    const char *en; ///< English source string for tr()
};

const CodeLabel channels[] = {
    { "direct", "trực tiếp", QT_TRANSLATE_NOOP("thuky::OpinionCodes", "Direct") },
    { "social_media", "mạng xã hội", QT_TRANSLATE_NOOP("thuky::OpinionCodes", "Social media") },
    { "press", "báo chí", QT_TRANSLATE_NOOP("thuky::OpinionCodes", "Press") },
    { "meeting", "hội nghị", QT_TRANSLATE_NOOP("thuky::OpinionCodes", "Meeting") },
    { "hotline", "đường dây nóng", QT_TRANSLATE_NOOP("thuky::OpinionCodes", "Hotline") },
    { "survey", "khảo sát", QT_TRANSLATE_NOOP("thuky::OpinionCodes", "Survey") },
};
const CodeLabel sentiments[] = {
    { "positive", "tích cực", QT_TRANSLATE_NOOP("thuky::OpinionCodes", "Positive") },
    { "neutral", "trung lập", QT_TRANSLATE_NOOP("thuky::OpinionCodes", "Neutral") },
    { "negative", "tiêu cực", QT_TRANSLATE_NOOP("thuky::OpinionCodes", "Negative") },
    { "mixed", "trái chiều", QT_TRANSLATE_NOOP("thuky::OpinionCodes", "Mixed") },
};
const CodeLabel urgencies[] = {
    { "normal", "bình thường", QT_TRANSLATE_NOOP("thuky::OpinionCodes", "Normal") },
    { "notable", "đáng chú ý", QT_TRANSLATE_NOOP("thuky::OpinionCodes", "Notable") },
    { "hot", "nóng", QT_TRANSLATE_NOOP("thuky::OpinionCodes", "Hot") },
};
const CodeLabel scopes[] = {
    { "local", "địa phương", QT_TRANSLATE_NOOP("thuky::OpinionCodes", "Local") },
    { "provincial", "toàn tỉnh", QT_TRANSLATE_NOOP("thuky::OpinionCodes", "Provincial") },
    { "national", "toàn quốc", QT_TRANSLATE_NOOP("thuky::OpinionCodes", "National") },
};
const CodeLabel statuses[] = {
    { "new", "mới", QT_TRANSLATE_NOOP("thuky::OpinionCodes", "New") },
    { "forwarded", "đã chuyển", QT_TRANSLATE_NOOP("thuky::OpinionCodes", "Forwarded") },
    { "answered", "đã trả lời", QT_TRANSLATE_NOOP("thuky::OpinionCodes", "Answered") },
    { "resolved", "đã giải quyết", QT_TRANSLATE_NOOP("thuky::OpinionCodes", "Resolved") },
    { "closed", "đã đóng", QT_TRANSLATE_NOOP("thuky::OpinionCodes", "Closed") },
};

template <size_t N> QList<CodeLabel> toList(const CodeLabel (&a)[N])
{
    return QList<CodeLabel>(std::begin(a), std::end(a));
}

QList<CodeLabel> table(OpinionCodes::Field field)
{
    switch (field) {
    case OpinionCodes::Field::Channel:
        return toList(channels);
    case OpinionCodes::Field::Sentiment:
        return toList(sentiments);
    case OpinionCodes::Field::Urgency:
        return toList(urgencies);
    case OpinionCodes::Field::Scope:
        return toList(scopes);
    case OpinionCodes::Field::Status:
        return toList(statuses);
    }
    return {};
}

QString normalise(const QString &text)
{
    return text.normalized(QString::NormalizationForm_C).simplified().toCaseFolded();
}

} // namespace

QStringList OpinionCodes::codes(Field field)
{
    QStringList out;
    for (const CodeLabel &c : table(field))
        out.append(QLatin1String(c.code));
    return out;
}

QString OpinionCodes::vietnameseLabel(Field field, const QString &code)
{
    for (const CodeLabel &c : table(field)) {
        if (code == QLatin1String(c.code))
            return QString::fromUtf8(c.vi);
    }
    return {};
}

QString OpinionCodes::label(Field field, const QString &code)
{
    for (const CodeLabel &c : table(field)) {
        if (code == QLatin1String(c.code))
            return QCoreApplication::translate("thuky::OpinionCodes", c.en);
    }
    return code;
}

QString OpinionCodes::parse(Field field, const QString &text)
{
    const QString wanted = normalise(text);
    if (wanted.isEmpty())
        return {};
    for (const CodeLabel &c : table(field)) {
        if (wanted == QLatin1String(c.code) || wanted == QString::fromUtf8(c.vi))
            return QLatin1String(c.code);
    }
    return {};
}

QString OpinionCodes::fieldName(Field field)
{
    switch (field) {
    case Field::Channel:
        return QStringLiteral("channel");
    case Field::Sentiment:
        return QStringLiteral("sentiment");
    case Field::Urgency:
        return QStringLiteral("urgency");
    case Field::Scope:
        return QStringLiteral("scope");
    case Field::Status:
        return QStringLiteral("status");
    }
    return {};
}

} // namespace thuky
