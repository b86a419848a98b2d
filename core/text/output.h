#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace thuky {

/** Rows of machine or human output with named columns: csv, json or an aligned table. */
class OutputTable
{
public:
    explicit OutputTable(const QStringList &headers)
        : m_headers(headers)
    {
    }
    void addRow(const QStringList &row) { m_rows.append(row); }
    const QStringList &headers() const { return m_headers; }
    const QList<QStringList> &rows() const { return m_rows; }

    /** Header line then one line per row, RFC 4180 quoting only where needed, "\n" endings. */
    QString toCsv() const;
    /** A JSON array of objects keyed by the headers (`[]` when empty). */
    QString toJson() const;
    /** Columns padded for reading in a terminal. */
    QString toText() const;
    /** Renders in @p format: "csv", "json" or "table". */
    QString render(const QString &format) const;

    static QString csvField(const QString &value, QChar separator = QLatin1Char(','));

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
};

} // namespace thuky
