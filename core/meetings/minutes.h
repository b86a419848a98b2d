#pragma once

#include <core/meetings/meeting.h>

#include <QString>

class QPagedPaintDevice;

namespace thuky {

class Database;
class PartyDocument;

/**
 * The printed minutes (biên bản hội nghị) of a meeting in the Party document format
 * (36-HD/VPTW; content after 16-HD/VPTW): header, title, opening block, attendance,
 * proceedings, conclusion with tasks assigned and carried over, closing time, signatures.
 *
 * The wording is Vietnamese whatever the interface language: it is an official document.
 * The signature labels are settings (`minutes.signature_left`, `minutes.signature_right`).
 */
class MinutesWriter
{
public:
    explicit MinutesWriter(Database &db);

    /** Fills @p doc with the minutes of @p meetingId; throws ValidationError for an unknown id. */
    void build(qint64 meetingId, PartyDocument &doc);
    /** Writes the minutes as PDF or ODT, chosen by @p path's extension (.pdf, .odt). */
    bool write(qint64 meetingId, const QString &path, QString *error = nullptr);
    /** Paints the minutes on a paged device (print preview). */
    void print(qint64 meetingId, QPagedPaintDevice *device);

    /** "vào hồi 8 giờ 00, ngày 17 tháng 7 năm 2024". */
    static QString timeLine(const QDateTime &time);
    /** True for the extensions write() understands. */
    static bool isSupportedPath(const QString &path);

private:
    Database &m_db;
};

} // namespace thuky
