#pragma once

namespace thuky {

/**
 * The ids of the undo commands that merge with their successor (QUndoCommand::id()). They
 * are listed in one place so that no two kinds of command share an id; a command that does
 * not merge keeps the default -1 and is not listed.
 */
enum UndoCommandId {
    CmdEditMeetingForm = 1,
};

} // namespace thuky
