#pragma once

// The lists of the areas (meetings, tasks, members) look, select and take keys alike.

#include <functional>

class QAbstractItemModel;
class QAbstractItemView;
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

/** What the keys of a list do, for a list whose rows are made and changed through forms. */
struct RowKeys
{
    std::function<void()> add; ///< Insert: a new row, the form's cursor in its first field
    std::function<void()> remove; ///< Delete: the current row goes (undoably)
    std::function<void()> open; ///< Enter (and F2): the current row's form
};

/**
 * Gives @p view the keyboard rules of the lists a clerk types into: Insert adds a row, Delete
 * removes the current one, Enter opens it; Tab leaves the list. A missing function leaves its
 * key to the view.
 */
void bindRowKeys(QAbstractItemView *view, const RowKeys &keys);

} // namespace thuky
