#pragma once

#include <QList>

class QWidget;

namespace thuky {

/**
 * Tab goes through a window in the order the eye reads it. Qt's default is the order in
 * which the widgets were created, which drifts from the screen as soon as a form is built
 * in another order than it is laid out (the opinion entry form used to jump from the topic
 * to the channel, sending the summary's keystrokes into drop-downs).
 */
namespace FocusOrder {

/**
 * The widgets of @p window that Tab may stop at, in the order its layouts place them: boxes
 * in their direction, form rows label then field, grids row by row and left to right, a tab
 * widget's bar before its pages, a splitter's panes in order, a compound widget's parts in
 * its own layout's order.
 */
QList<QWidget *> layoutOrder(QWidget *window);

/**
 * Whether Tab stops at @p w of @p window: visible and enabled, and, of radio buttons that
 * exclude each other, only the checked one (the arrow keys move between them).
 */
bool isTabStop(QWidget *w, QWidget *window);

/**
 * Moves the focus of @p window to the next (or, for Shift+Tab, the previous) visible and
 * enabled widget of layoutOrder() (isTabStop()). For a window's focusNextPrevChild(): false when
 * the focus is on no widget of the layouts, where Qt's own chain decides.
 */
bool focusNext(QWidget *window, bool next);

} // namespace FocusOrder
} // namespace thuky
