#pragma once

#include <core/meetings/meeting.h>

#include <optional>

namespace thuky {

/**
 * The unsaved form of one meeting, kept on disk while the clerk types, so that a crash or a
 * power cut loses at most a few seconds of work. It lives in the application's data folder,
 * one JSON file (MeetingJson) per meeting UUID; a new meeting without a UUID shares "new".
 */
class MeetingDraftFile
{
public:
    explicit MeetingDraftFile(const QString &meetingUuid);

    QString path() const;
    /** Writes @p form atomically; false when the file cannot be written. */
    bool write(const Meeting &form) const;
    /** The draft read over @p base (MeetingJson::fromJson()), if there is a readable one. */
    std::optional<Meeting> read(const Meeting &base) const;
    QDateTime lastModified() const;
    void remove() const;

private:
    QString m_uuid;
};

} // namespace thuky
