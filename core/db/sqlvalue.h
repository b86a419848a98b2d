#pragma once

#include <core/text/vndate.h>

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace thuky {

/** Conversions between domain values and the columns the repositories bind and read. */
namespace SqlValue {

/** An empty string is stored as NULL. */
inline QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

/** A date as `YYYY-MM-DD`; an invalid date is NULL. */
inline QVariant nullable(const QDate &d)
{
    return d.isValid() ? QVariant(VnDate::iso(d)) : QVariant(QMetaType::fromType<QString>());
}

/** Row ids for an `IN (…)` list: "3,7,12" (ids are numbers, never user text). */
inline QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts.append(QString::number(id));
    return parts.join(QLatin1Char(','));
}

/** A reference; 0 (no record) is NULL. */
inline QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

/** The date of a `YYYY-MM-DD` (or longer timestamp) column; NULL is an invalid date. */
inline QDate dateOf(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString().left(10), Qt::ISODate);
}

} // namespace SqlValue
} // namespace thuky
