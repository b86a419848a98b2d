#pragma once

#include <QCoreApplication>
#include <QDate>

class QPagedPaintDevice;
class QWidget;

namespace thuky {

class Database;

/** The saved minutes of a meeting on paper or in a file: print preview, PDF and ODT. */
class MinutesExport
{
    Q_DECLARE_TR_FUNCTIONS(thuky::MinutesExport)
public:
    explicit MinutesExport(Database &db);

    /**
     * Writes the minutes of meeting @p meetingId to @p path (.pdf or .odt). @p message gets
     * what to tell the clerk: where the file went, or why it was not written.
     */
    bool exportTo(qint64 meetingId, const QString &path, QString *message);
    void print(qint64 meetingId, QPagedPaintDevice *device);
    /** Shows the print preview dialog of meeting @p meetingId over @p parent. */
    void preview(qint64 meetingId, QWidget *parent);
    /** Asks where to export minutes of @p date as @p suffix (pdf, odt); empty if cancelled. */
    static QString askPath(QWidget *parent, const QDate &date, const QString &suffix);

private:
    Database &m_db;
};

} // namespace thuky
