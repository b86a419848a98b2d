#pragma once

#include <QString>

namespace thuky {

/** Vietnamese text helpers: search folding and collation. */
namespace TextNorm {

/**
 * Folds text for search: NFD, combining marks dropped, đ/Đ → d, lower case.
 * "Đất Đai" → "dat dai", "Nguyễn" → "nguyen".
 */
QString fold(const QString &text);

/** NFC, trimmed, inner runs of white space collapsed. */
QString clean(const QString &text);

/**
 * A key that sorts words in Vietnamese alphabetical order (a ă â b c d đ e ê …), tones
 * (unmarked, grave, hook, tilde, acute, dot below) only breaking ties between equal letters.
 */
QString collationKey(const QString &text);

/** Sort key for a person's full name: given name (last word) first, then the rest. */
QString personSortKey(const QString &fullName);

/** Compares two strings in Vietnamese order. */
int compare(const QString &a, const QString &b);

} // namespace TextNorm
} // namespace thuky
