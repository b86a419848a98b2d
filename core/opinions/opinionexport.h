#pragma once

#include <core/opinions/opinionrepository.h>

#include <QString>

namespace thuky {

class Database;

/**
 * Writes the reports matching a filter to a file: CSV in exactly the import format (so the
 * file imports back to the same reports) or an XLSX workbook for reading in Excel
 * (Vietnamese headers and labels, column widths, real dates shown as DD/MM/YYYY).
 */
class OpinionExport
{
public:
    explicit OpinionExport(Database &db);

    /** Writes CSV (English header codes, values as codes, dates YYYY-MM-DD). Returns the row count.
     */
    qint64 writeCsv(const OpinionFilter &filter, const QString &path);
    /** Writes an XLSX workbook. Returns the row count. Throws ValidationError when it cannot. */
    qint64 writeXlsx(const OpinionFilter &filter, const QString &path);

    /**
     * Writes CSV when @p path ends in .csv (any case), else XLSX: the one rule the command
     * line and the report list's Export share. Returns the row count.
     */
    qint64 write(const OpinionFilter &filter, const QString &path);

    /** The CSV fields of one report in OpinionImport::columns() order. */
    static QStringList csvFields(const OpinionReport &report);

private:
    Database &m_db;
};

} // namespace thuky
