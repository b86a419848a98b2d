#pragma once

#include <QString>
#include <QStringList>

#include <array>

namespace thuky {

/**
 * The columns of the opinion import format (SPEC.md "Opinion import format") and where the
 * header line of a file puts them. Columns are named in English or Vietnamese, in any order;
 * names compare in NFC, case-folded, with `_` as a space.
 */
class ImportColumns
{
public:
    enum Column {
        Date,
        Locality,
        Topic,
        Summary,
        Channel,
        Sentiment,
        Urgency,
        Scope,
        Recommendation,
        Reporter,
        ForwardedTo,
        ForwardedDate,
        Status,
        Response,
        ResponseDate,
        Count
    };

    /** The English names in export order. */
    static QStringList englishNames();
    /** The Vietnamese names, same order. */
    static QStringList vietnameseNames();
    static QString englishName(Column column);
    static QString vietnameseName(Column column);

    /** Maps the fields of a header line to the columns. */
    explicit ImportColumns(const QStringList &header);

    /** The trimmed text of @p column in the fields of a row (empty when not in the header). */
    QString field(const QStringList &fields, Column column) const
    {
        const int at = m_position[column];
        return at >= 0 ? fields.at(at).trimmed() : QString();
    }
    bool has(Column column) const { return m_position[column] >= 0; }
    /** The name of @p column as the header line writes it ("ngày", "Date"); empty when absent. */
    QString headerName(Column column) const
    {
        const int at = m_position[column];
        return at >= 0 ? m_header.at(at).trimmed() : QString();
    }
    /** The number of fields of the header line: every row must have as many. */
    int headerSize() const { return m_headerSize; }
    /** Whether the header names any column of the format at all. */
    bool anyKnown() const { return m_anyKnown; }
    /** Header names that are no column of the format (ignored, with a warning). */
    const QStringList &unknown() const { return m_unknown; }
    /** Names of columns the header gives a second time (the first one counts). */
    const QStringList &repeated() const { return m_repeated; }

private:
    std::array<int, Count> m_position;
    QStringList m_header;
    int m_headerSize = 0;
    bool m_anyKnown = false;
    QStringList m_unknown;
    QStringList m_repeated;
};

} // namespace thuky
