#pragma once

#include <QDate>

namespace thuky {

/**
 * Whether something valid from @p from to @p to (either invalid = open) exists on @p day:
 * the one rule of validity for committees and localities.
 */
inline bool validOn(const QDate &from, const QDate &to, const QDate &day)
{
    return (!from.isValid() || from <= day) && (!to.isValid() || to >= day);
}

} // namespace thuky
