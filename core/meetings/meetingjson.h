#pragma once

#include <core/meetings/meeting.h>

#include <QJsonObject>

namespace thuky {

/**
 * A meeting's editable fields as JSON: the shape of the editor's draft files and of its
 * undoable form states. It carries what the form edits (fields, chairs, attendance, agenda,
 * speakers, tasks) and not what the database manages (status, number, row version).
 */
namespace MeetingJson {

/** The form fields of @p meeting as a JSON object. */
QJsonObject toJson(const Meeting &meeting);

/**
 * @p base with its form fields replaced by those of @p object (a missing one reads as
 * empty). The id, UUID, committee, status, number and row version stay those of @p base.
 */
Meeting fromJson(const QJsonObject &object, Meeting base);

} // namespace MeetingJson
} // namespace thuky
