#include <core/text/csvreader.h>

#include <QCoreApplication>

namespace thuky {

namespace {
// The context of this file's messages, seen by lupdate in member and free functions alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(thuky::CsvReader)
};
} // namespace

bool CsvReader::isValidUtf8(const char *bytes, qsizetype size)
{
    const auto *s = reinterpret_cast<const unsigned char *>(bytes);
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra;
        char32_t cp;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (i + extra >= size)
            return false;
        for (int k = 1; k <= extra; ++k) {
            const unsigned char cc = s[i + k];
            if ((cc & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (cc & 0x3F);
        }
        if ((extra == 1 && cp < 0x80) || (extra == 2 && cp < 0x800) || (extra == 3 && cp < 0x10000)
            || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += extra + 1;
    }
    return true;
}

char CsvReader::detectDelimiter(const QByteArray &data)
{
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool quoted = false;
    for (const char c : data) {
        if (c == '"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == '\n' || c == '\r')
            break;
        else if (c == ',')
            ++commas;
        else if (c == ';')
            ++semicolons;
        else if (c == '\t')
            ++tabs;
    }
    if (semicolons > commas && semicolons >= tabs)
        return ';';
    if (tabs > commas && tabs > semicolons)
        return '\t';
    return ',';
}

CsvReader::CsvReader(const QByteArray &data, char delimiter)
{
    qsizetype start = 0;
    if (data.startsWith("\xEF\xBB\xBF")) {
        m_bom = true;
        start = 3;
    }
    m_delimiter = delimiter ? delimiter : detectDelimiter(data.mid(start, 65536));
    parse(data, start);
}

void CsvReader::parse(const QByteArray &data, qsizetype start)
{
    const char *s = data.constData();
    const qsizetype n = data.size();
    const char delim = m_delimiter;
    qsizetype i = start;
    int line = 1;

    while (i < n) {
        const int recordLine = line;
        QList<QByteArray> fields;
        QByteArray field;
        QString problem;
        bool endOfRecord = false;
        while (!endOfRecord) {
            field.clear();
            if (i < n && s[i] == '"') {
                if (!readQuoted(data, i, line, field, problem)) {
                    m_problems.append({ recordLine,
                        Tr::tr("a quoted field is never closed (the quote opens "
                               "on this line)") });
                    return;
                }
            } else {
                const qsizetype from = i;
                while (i < n && s[i] != delim && s[i] != '\n' && s[i] != '\r') {
                    if (s[i] == '"' && problem.isEmpty())
                        problem = Tr::tr("a quote inside an unquoted field (quote the whole field "
                                         "and double the quote: \"\")");
                    ++i;
                }
                field = QByteArray(s + from, i - from);
            }
            fields.append(field);
            if (i >= n) {
                endOfRecord = true;
            } else if (s[i] == delim) {
                ++i;
            } else {
                // \r\n, \n or \r
                i += (s[i] == '\r' && i + 1 < n && s[i + 1] == '\n') ? 2 : 1;
                ++line;
                endOfRecord = true;
            }
        }
        addRecord(recordLine, fields, problem);
    }
}

bool CsvReader::readQuoted(
    const QByteArray &data, qsizetype &i, int &line, QByteArray &field, QString &problem) const
{
    const char *s = data.constData();
    const qsizetype n = data.size();
    ++i; // the opening quote
    bool closed = false;
    while (i < n) {
        const char c = s[i];
        if (c == '"') {
            if (i + 1 < n && s[i + 1] == '"') {
                field.append('"');
                i += 2;
                continue;
            }
            ++i;
            closed = true;
            break;
        }
        if (c == '\r') {
            // CRLF inside a field is one line break; keep it as LF.
            ++line;
            field.append('\n');
            i += (i + 1 < n && s[i + 1] == '\n') ? 2 : 1;
            continue;
        }
        if (c == '\n')
            ++line;
        field.append(c);
        ++i;
    }
    if (!closed)
        return false;
    // After the closing quote only a delimiter or the end of the line may follow.
    const char delim = m_delimiter;
    if (i < n && s[i] != delim && s[i] != '\n' && s[i] != '\r') {
        if (problem.isEmpty())
            problem = Tr::tr("unexpected text after a closing quote (a quote inside a "
                             "quoted field must be doubled: \"\")");
        while (i < n && s[i] != delim && s[i] != '\n' && s[i] != '\r')
            field.append(s[i++]);
    }
    return true;
}

void CsvReader::addRecord(int line, const QList<QByteArray> &fields, QString problem)
{
    bool allEmpty = true;
    for (const QByteArray &f : fields) {
        if (!f.trimmed().isEmpty()) {
            allEmpty = false;
            break;
        }
    }
    if (allEmpty && problem.isEmpty())
        return;
    CsvRecord record;
    record.line = line;
    record.fields.reserve(fields.size());
    for (const QByteArray &f : fields) {
        // textProblems() looks at the first 64 KiB only; a NUL further on is no text either.
        if (problem.isEmpty() && f.contains('\0'))
            problem = Tr::tr("a NUL byte (binary data) in the text");
        if (problem.isEmpty() && !isValidUtf8(f.constData(), f.size()))
            problem = Tr::tr("invalid UTF-8 text (save the file as CSV UTF-8)");
        record.fields.append(QString::fromUtf8(f));
    }
    if (!problem.isEmpty()) {
        record.bad = true;
        m_problems.append({ record.line, problem });
    }
    m_records.append(record);
}

QList<CsvProblem> CsvReader::textProblems(const QByteArray &data)
{
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF"))
        return { { 1,
            Tr::tr("the file is UTF-16 text, not CSV in UTF-8: save it as \"CSV UTF-8\"") } };
    if (data.left(65536).contains('\0'))
        return { { 1, Tr::tr("not a CSV text file (it contains binary data)") } };
    if (data.trimmed().isEmpty() || data == QByteArray("\xEF\xBB\xBF"))
        return { { 1, Tr::tr("the file is empty: expected a header line naming the columns") } };
    return {};
}

QList<CsvProblem> CsvReader::headerProblems(const CsvReader &csv, const QByteArray &data)
{
    const QList<CsvRecord> &records = csv.records();
    if (records.isEmpty() || records.first().line != 1) {
        if (!csv.problems().isEmpty())
            return csv.problems();
        return { { 1, Tr::tr("the first line must name the columns") } };
    }
    if (records.first().bad) {
        const bool utf8 = !isValidUtf8(data.constData(), std::min<qsizetype>(data.size(), 4096));
        return { { 1,
            utf8 ? Tr::tr("not a CSV text file (invalid UTF-8 in the header line)")
                 : csv.problems().first().message } };
    }
    return {};
}

} // namespace thuky
