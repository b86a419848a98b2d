#pragma once

class QTableView;

namespace thuky {

/**
 * Which columns of the report list are shown: chosen from the header's context menu and
 * remembered in the settings. The reporter's column starts hidden (the summary needs the room
 * on an office screen); the summary is always shown.
 */
namespace OpinionColumnChoice {

/** Hides the remembered columns of @p table and gives its header the menu. */
void setUp(QTableView *table);
/** Shows or hides @p column and remembers the choice. */
void setShown(QTableView *table, int column, bool shown);

} // namespace OpinionColumnChoice
} // namespace thuky
