#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace thuky {

/** One record of a CSV file and the physical line it starts on (1-based). */
struct CsvRecord
{
    int line = 0;
    QStringList fields;
    bool bad = false; ///< a problem was reported for this record; its fields are unreliable
};

/** A problem found while reading, on the line where its record starts. */
struct CsvProblem
{
    int line = 0;
    QString message;
};

/**
 * An RFC 4180 reader that remembers where each record starts: quoted fields may span
 * lines, `""` is a quote inside a quoted field, CRLF, LF or CR end a line. Bytes must be
 * UTF-8 (a leading BOM is skipped); a record with invalid UTF-8 is reported on its line.
 * A quote that is never closed is reported on the line its record starts on, and ends the
 * reading. Records whose fields are all empty (blank lines, `;;;`) are skipped.
 */
class CsvReader
{
public:
    /**
     * Reads @p data. @p delimiter 0 detects `,`, `;` or tab from the first line (the
     * one outside quotes that occurs most).
     */
    explicit CsvReader(const QByteArray &data, char delimiter = 0);

    char delimiter() const { return m_delimiter; }
    bool hadBom() const { return m_bom; }
    const QList<CsvRecord> &records() const { return m_records; }
    const QList<CsvProblem> &problems() const { return m_problems; }

    /** True when @p bytes is well-formed UTF-8 (no overlong forms, surrogates or > U+10FFFF). */
    static bool isValidUtf8(const char *bytes, qsizetype size);
    /** Detects the delimiter of a header line. */
    static char detectDelimiter(const QByteArray &data);

    /** Why @p data is no CSV text at all (UTF-16, binary, empty): one problem on line 1. */
    static QList<CsvProblem> textProblems(const QByteArray &data);
    /** Why the first record of @p csv (read from @p data) is no readable header line. */
    static QList<CsvProblem> headerProblems(const CsvReader &csv, const QByteArray &data);

private:
    void parse(const QByteArray &data, qsizetype start);
    /**
     * Reads the quoted field that starts at @p i into @p field, moving @p i past it and
     * counting @p line; false when the quote is never closed.
     */
    bool readQuoted(
        const QByteArray &data, qsizetype &i, int &line, QByteArray &field, QString &problem) const;
    /** Keeps a record unless all its fields are empty; reports @p problem or bad UTF-8. */
    void addRecord(int line, const QList<QByteArray> &fields, QString problem);

    char m_delimiter = ',';
    bool m_bom = false;
    QList<CsvRecord> m_records;
    QList<CsvProblem> m_problems;
};

} // namespace thuky
