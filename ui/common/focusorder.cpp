#include <ui/common/focusorder.h>

#include <QBoxLayout>
#include <QFormLayout>
#include <QGridLayout>
#include <QRadioButton>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QWidget>

#include <algorithm>

namespace thuky {

namespace {

void collectLayout(QLayout *layout, QList<QWidget *> &out);

void collectWidget(QWidget *w, QList<QWidget *> &out)
{
    if (w->isWindow())
        return;
    if (auto *tabs = qobject_cast<QTabWidget *>(w)) {
        out.append(tabs->tabBar());
        for (int i = 0; i < tabs->count(); ++i)
            collectWidget(tabs->widget(i), out);
        return;
    }
    if (auto *splitter = qobject_cast<QSplitter *>(w)) {
        for (int i = 0; i < splitter->count(); ++i)
            collectWidget(splitter->widget(i), out);
        return;
    }
    const bool takesFocus = w->focusPolicy() & Qt::TabFocus;
    if (!w->layout()) {
        if (takesFocus || w->focusProxy())
            out.append(w);
        return;
    }
    // A compound widget (a person picker, a group box): its parts in their layout's order.
    if (takesFocus)
        out.append(w);
    collectLayout(w->layout(), out);
}

void collectItem(QLayoutItem *item, QList<QWidget *> &out)
{
    if (!item)
        return;
    if (QWidget *w = item->widget())
        collectWidget(w, out);
    else if (QLayout *l = item->layout())
        collectLayout(l, out);
}

void collectForm(QFormLayout *form, QList<QWidget *> &out)
{
    for (int row = 0; row < form->rowCount(); ++row) {
        for (QFormLayout::ItemRole role :
            { QFormLayout::LabelRole, QFormLayout::FieldRole, QFormLayout::SpanningRole })
            collectItem(form->itemAt(row, role), out);
    }
}

void collectGrid(QGridLayout *grid, QList<QWidget *> &out)
{
    struct Cell
    {
        int row, column, index;
    };
    QList<Cell> cells;
    for (int i = 0; i < grid->count(); ++i) {
        int row = 0, column = 0, rowSpan = 0, columnSpan = 0;
        grid->getItemPosition(i, &row, &column, &rowSpan, &columnSpan);
        cells.append({ row, column, i });
    }
    std::stable_sort(cells.begin(), cells.end(), [](const Cell &a, const Cell &b) {
        return a.row != b.row ? a.row < b.row : a.column < b.column;
    });
    for (const Cell &c : cells)
        collectItem(grid->itemAt(c.index), out);
}

void collectLayout(QLayout *layout, QList<QWidget *> &out)
{
    if (auto *form = qobject_cast<QFormLayout *>(layout)) {
        collectForm(form, out);
        return;
    }
    if (auto *grid = qobject_cast<QGridLayout *>(layout)) {
        collectGrid(grid, out);
        return;
    }
    QList<QLayoutItem *> items;
    for (int i = 0; i < layout->count(); ++i)
        items.append(layout->itemAt(i));
    if (auto *box = qobject_cast<QBoxLayout *>(layout)) {
        if (box->direction() == QBoxLayout::RightToLeft
            || box->direction() == QBoxLayout::BottomToTop)
            std::reverse(items.begin(), items.end());
    }
    for (QLayoutItem *item : std::as_const(items))
        collectItem(item, out);
}

} // namespace

bool FocusOrder::isTabStop(QWidget *w, QWidget *window)
{
    if (!w->isVisibleTo(window) || !w->isEnabled())
        return false;
    // Radio buttons of a group are one stop, at the checked one; the arrows choose.
    auto *radio = qobject_cast<QRadioButton *>(w);
    if (!radio || radio->isChecked() || !radio->autoExclusive() || !radio->parentWidget())
        return true;
    const auto siblings = radio->parentWidget()->findChildren<QRadioButton *>(
        QString(), Qt::FindDirectChildrenOnly);
    return std::none_of(siblings.cbegin(), siblings.cend(),
        [](const QRadioButton *r) { return r->autoExclusive() && r->isChecked(); });
}

QList<QWidget *> FocusOrder::layoutOrder(QWidget *window)
{
    QList<QWidget *> order;
    if (window->layout())
        collectLayout(window->layout(), order);
    return order;
}

bool FocusOrder::focusNext(QWidget *window, bool next)
{
    const QList<QWidget *> order = layoutOrder(window);
    QWidget *focus = window->focusWidget();
    qsizetype at = -1;
    for (QWidget *w = focus; w && at < 0 && w != window; w = w->parentWidget())
        at = order.indexOf(w); // the focus may be inside a listed widget (a combo box's line)
    if (at < 0)
        return false;
    const qsizetype n = order.size();
    for (qsizetype step = 1; step < n; ++step) {
        QWidget *candidate = order.at(((next ? at + step : at - step) % n + n) % n);
        if (isTabStop(candidate, window)) {
            candidate->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
            return true;
        }
    }
    return true; // the only field: the focus stays
}

} // namespace thuky
