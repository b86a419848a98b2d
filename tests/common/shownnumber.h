#pragma once

// The number a label shows ("1.234 reports", "1,234 báo cáo"), as a user reads it.

#include <QString>

namespace thuky::test {

/** The first number in @p text, its thousands separators skipped; -1 when it shows none. */
inline qint64 shownNumber(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits.append(c);
        else if (!digits.isEmpty() && c != QLatin1Char('.') && c != QLatin1Char(',')
            && c != QChar(0xa0))
            break;
    }
    return digits.isEmpty() ? -1 : digits.toLongLong();
}

} // namespace thuky::test
