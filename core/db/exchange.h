#pragma once

#include <QDate>
#include <QString>

namespace thuky {

class Database;

/**
 * The exchange file a district committee sends to the province: every record changed since
 * a date, keyed by UUID, references as UUIDs, with a checksum. Import merges by UUID (a newer
 * `updated_at` wins) in one transaction; a damaged or foreign file is refused untouched.
 */
class Exchange
{
public:
    struct Result
    {
        int inserted = 0;
        int updated = 0;
        int unchanged = 0;
    };

    /** Writes the exchange file; returns the number of records written. */
    static int exportTo(Database &db, const QString &file, const QDate &since = {});
    /** Merges an exchange file. Throws ValidationError (field "line" = problem) on bad input. */
    static Result importFrom(Database &db, const QString &file);
};

} // namespace thuky
