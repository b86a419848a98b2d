#include <core/opinions/importcolumns.h>

#include <QHash>

namespace thuky {

namespace {
const char *const englishNameList[ImportColumns::Count] = {
    "date",
    "locality",
    "topic",
    "summary",
    "channel",
    "sentiment",
    "urgency",
    "scope",
    "recommendation",
    "reporter",
    "forwarded_to",
    "forwarded_date",
    "status",
    "response",
    "response_date",
};
const char *const vietnameseNameList[ImportColumns::Count] = {
    "ngày",
    "địa bàn",
    "lĩnh vực",
    "nội dung",
    "kênh",
    "chiều hướng",
    "mức độ",
    "phạm vi",
    "kiến nghị",
    "người báo cáo",
    "chuyển đến",
    "ngày chuyển",
    "trạng thái",
    "phản hồi",
    "ngày phản hồi",
};

/** Header names compare in NFC, case-folded, with `_` as a space. */
QString headerKey(const QString &name)
{
    QString k = name.normalized(QString::NormalizationForm_C).toCaseFolded();
    k.replace(QLatin1Char('_'), QLatin1Char(' '));
    return k.simplified();
}
} // namespace

QStringList ImportColumns::englishNames()
{
    QStringList out;
    for (const char *n : englishNameList)
        out.append(QLatin1String(n));
    return out;
}

QStringList ImportColumns::vietnameseNames()
{
    QStringList out;
    for (const char *n : vietnameseNameList)
        out.append(QString::fromUtf8(n));
    return out;
}

QString ImportColumns::englishName(Column column)
{
    return QLatin1String(englishNameList[column]);
}

QString ImportColumns::vietnameseName(Column column)
{
    return QString::fromUtf8(vietnameseNameList[column]);
}

ImportColumns::ImportColumns(const QStringList &header)
    : m_header(header)
    , m_headerSize(int(header.size()))
{
    m_position.fill(-1);
    QHash<QString, int> known;
    for (int c = 0; c < Count; ++c) {
        known.insert(headerKey(QLatin1String(englishNameList[c])), c);
        known.insert(headerKey(QString::fromUtf8(vietnameseNameList[c])), c);
    }
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed();
        const int c = known.value(headerKey(name), -1);
        if (c < 0) {
            if (!name.isEmpty())
                m_unknown.append(name);
            continue;
        }
        m_anyKnown = true;
        if (m_position[c] >= 0) {
            m_repeated.append(name);
            continue;
        }
        m_position[c] = i;
    }
}

} // namespace thuky
