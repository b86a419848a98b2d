#include <ui/common/listtable.h>

#include <QHeaderView>
#include <QKeyEvent>
#include <QTableView>

namespace thuky {

namespace {
/** The keys of bindRowKeys(), caught before the view moves its cursor with them. */
class RowKeyFilter : public QObject
{
public:
    RowKeyFilter(QAbstractItemView *view, RowKeys keys)
        : QObject(view)
        , m_view(view)
        , m_keys(std::move(keys))
    {
        view->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched != m_view || event->type() != QEvent::KeyPress)
            return false;
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() & ~Qt::KeypadModifier)
            return false;
        const bool current = m_view->currentIndex().isValid();
        const std::function<void()> *action = nullptr;
        switch (key->key()) {
        case Qt::Key_Insert:
            action = &m_keys.add;
            break;
        case Qt::Key_Delete:
            action = current ? &m_keys.remove : nullptr;
            break;
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_F2:
            action = current ? &m_keys.open : nullptr;
            break;
        default:
            break;
        }
        if (!action || !*action)
            return false;
        (*action)();
        return true;
    }

private:
    QAbstractItemView *m_view;
    RowKeys m_keys;
};
} // namespace

QTableView *createListTable(
    QWidget *parent, const QString &objectName, QAbstractItemModel *model, int stretchColumn)
{
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    return table;
}

void bindRowKeys(QAbstractItemView *view, const RowKeys &keys)
{
    view->setTabKeyNavigation(false);
    new RowKeyFilter(view, keys);
}

} // namespace thuky
