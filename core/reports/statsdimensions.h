#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace thuky {

/** What reported items are broken down by, beside the quarter. */
enum class StatsDimension { None, Topic, Locality, Sentiment, Channel, Status };

namespace StatsDimensions {
/** `topic`, `locality`, `sentiment`, `channel`, `status`; empty for None. */
QString code(StatsDimension dim);
/** The dimension named @p code (`topic`, …); nothing for an unknown code. */
std::optional<StatsDimension> fromCode(const QString &code);
/**
 * Parses the command line's DIMS: `quarter` optionally followed by `,topic`,
 * `,locality`, `,sentiment`, `,channel` or `,status`. Nothing when @p text is not that.
 */
std::optional<StatsDimension> parseDims(const QString &text);
/** The codes of an enumerated dimension in their natural order (empty for names). */
QStringList enumerationCodes(StatsDimension dim);
/** The Vietnamese label of an enumerated code (`negative` → `Tiêu cực`); names pass through. */
QString vietnameseLabel(StatsDimension dim, const QString &key);
/** The Vietnamese name of the dimension itself (`Lĩnh vực`, `Địa bàn`, …). */
QString vietnameseName(StatsDimension dim);
} // namespace StatsDimensions

} // namespace thuky
