#include <ui/home/homelist.h>

#include <QHeaderView>
#include <QKeyEvent>
#include <QStyledItemDelegate>

namespace thuky {

namespace {
constexpr int IdRole = Qt::UserRole + 1;

/** Lines a little taller than the style's tight default: room to read and to click. */
class RoomyDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return QStyledItemDelegate::sizeHint(option, index) + QSize(0, 8);
    }
};
} // namespace

HomeList::HomeList(const QList<Column> &columns, QWidget *parent)
    : QTreeWidget(parent)
{
    setColumnCount(int(columns.size()));
    QStringList titles;
    for (const Column &c : columns)
        titles << c.title;
    setHeaderLabels(titles);
    setItemDelegate(new RoomyDelegate(this));
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTextElideMode(Qt::ElideRight);
    setWordWrap(false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    QHeaderView *h = header();
    h->setStretchLastSection(false);
    h->setSectionsMovable(false);
    for (int i = 0; i < columns.size(); ++i) {
        const int width = columns.at(i).width;
        h->setSectionResizeMode(i,
            width < 0       ? QHeaderView::Stretch
                : width > 0 ? QHeaderView::Fixed
                            : QHeaderView::ResizeToContents);
        if (width > 0)
            h->resizeSection(i, width);
    }
    connect(this, &QTreeWidget::itemClicked, this,
        [this](QTreeWidgetItem *item) { emit chosen(item->data(0, IdRole).toLongLong()); });
    fitHeight();
}

void HomeList::addRow(qint64 id, const QStringList &cells, const QString &toolTip)
{
    auto *item = new QTreeWidgetItem(this, cells);
    item->setData(0, IdRole, id);
    for (int i = 0; i < cells.size() && !toolTip.isEmpty(); ++i)
        item->setToolTip(i, toolTip);
    fitHeight();
}

void HomeList::clearRows()
{
    clear();
    fitHeight();
}

qint64 HomeList::idAt(int row) const
{
    const QTreeWidgetItem *item = topLevelItem(row);
    return item ? item->data(0, IdRole).toLongLong() : 0;
}

void HomeList::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentItem()) {
        emit chosen(currentItem()->data(0, IdRole).toLongLong());
        return;
    }
    QTreeWidget::keyPressEvent(event);
}

void HomeList::focusInEvent(QFocusEvent *event)
{
    if (!currentItem() && topLevelItemCount() > 0)
        setCurrentItem(topLevelItem(0));
    QTreeWidget::focusInEvent(event);
}

void HomeList::fitHeight()
{
    int height = header()->sizeHint().height() + 2 * frameWidth();
    for (int row = 0; row < topLevelItemCount(); ++row)
        height += sizeHintForRow(row);
    setFixedHeight(height);
}

} // namespace thuky
