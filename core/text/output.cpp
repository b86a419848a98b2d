#include <core/text/output.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace thuky {

QString OutputTable::csvField(const QString &value, QChar separator)
{
    if (value.contains(separator) || value.contains(QLatin1Char('"'))
        || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))) {
        QString quoted = value;
        quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + quoted + QLatin1Char('"');
    }
    return value;
}

QString OutputTable::toCsv() const
{
    QString out;
    auto line = [&out](const QStringList &fields) {
        QStringList quoted;
        for (const QString &f : fields)
            quoted.append(csvField(f));
        out += quoted.join(QLatin1Char(',')) + QLatin1Char('\n');
    };
    line(m_headers);
    for (const QStringList &row : m_rows)
        line(row);
    return out;
}

QString OutputTable::toJson() const
{
    QJsonArray array;
    for (const QStringList &row : m_rows) {
        QJsonObject object;
        for (int i = 0; i < m_headers.size(); ++i)
            object.insert(m_headers.at(i), i < row.size() ? row.at(i) : QString());
        array.append(object);
    }
    if (array.isEmpty())
        return QStringLiteral("[]\n");
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

QString OutputTable::toText() const
{
    QList<int> widths;
    for (const QString &h : m_headers)
        widths.append(h.size());
    for (const QStringList &row : m_rows) {
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], int(row.at(i).size()));
    }
    QString out;
    auto line = [&](const QStringList &fields) {
        QString text;
        for (int i = 0; i < fields.size(); ++i) {
            if (i > 0)
                text += QLatin1String("  ");
            text += i + 1 < fields.size() ? fields.at(i).leftJustified(widths.value(i))
                                          : fields.at(i);
        }
        out += text + QLatin1Char('\n');
    };
    line(m_headers);
    QStringList rule;
    for (int w : widths)
        rule.append(QString(w, QLatin1Char('-')));
    line(rule);
    for (const QStringList &row : m_rows)
        line(row);
    return out;
}

QString OutputTable::render(const QString &format) const
{
    if (format == QLatin1String("csv"))
        return toCsv();
    if (format == QLatin1String("json"))
        return toJson();
    return toText();
}

} // namespace thuky
