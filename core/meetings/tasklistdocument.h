#pragma once

#include <core/documents/documenttable.h>
#include <core/meetings/task.h>

#include <QDate>
#include <QString>

class QPagedPaintDevice;

namespace thuky {

class Database;
class PartyDocument;

/**
 * The printed task list in the Party document format: "DANH SÁCH NHIỆM VỤ" with the filter
 * in words (open, overdue, all, a status; an owner) and the day it is counted on, the total
 * and how many are overdue, then one numbered table grouped by owner (owners in Vietnamese
 * order): the task, the meeting that assigned it (title and date), the due date — overdue
 * ones in bold with "quá hạn" — and the status.
 *
 * The header is that of the filter's committee, or of the top-level committee. The wording
 * is Vietnamese whatever the interface language: it is an official document.
 */
class TaskListDocument
{
public:
    struct Options
    {
        TaskFilter filter; ///< filter.today is the day overdue is counted on
        QDate issuedOn = QDate::currentDate(); ///< the date in the header
    };

    explicit TaskListDocument(Database &db);

    /** Fills @p doc; throws ValidationError for an unknown committee. */
    void build(const Options &options, PartyDocument &doc);
    /** Writes the list as PDF or ODT, chosen by @p path's extension. */
    bool write(const Options &options, const QString &path, QString *error = nullptr);
    void print(const Options &options, QPagedPaintDevice *device);

    /** The filter in words: "Các nhiệm vụ quá hạn", "Tất cả nhiệm vụ", … */
    static QString filterTitle(const TaskFilter &filter);

private:
    void compose(const Options &options, PartyDocument &doc, DocumentTable::Layout layout);

    Database &m_db;
};

} // namespace thuky
