#pragma once

// The read-only lists of the areas (meetings, tasks, members) look and select alike.

class QAbstractItemModel;
class QString;
class QTableView;
class QWidget;

namespace thuky {

/**
 * A table view over @p model for picking one row: whole rows selected, one at a time, no
 * editing in place, no word wrap, no row numbers; columns fit their contents but
 * @p stretchColumn, which takes the rest of the width.
 */
QTableView *createListTable(
    QWidget *parent, const QString &objectName, QAbstractItemModel *model, int stretchColumn);

} // namespace thuky
