#include <ui/common/personpicker.h>

#include <ui/roster/personlistmodel.h>

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

namespace thuky {

PersonPicker::PersonPicker(const QList<Person> &persons, QWidget *parent)
    : QWidget(parent)
{
    m_model = new PersonListModel(this);
    m_model->setPersons(persons);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("personFilter"));
    m_filter->setPlaceholderText(tr("Type part of the name…"));
    m_filter->setClearButtonEnabled(true);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("personList"));
    m_list->setModel(m_model);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setMinimumHeight(120);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    setFocusProxy(m_filter);
    m_filter->installEventFilter(this);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        const qint64 before = currentPerson().id;
        m_model->setFilter(text);
        const int row = m_model->rowOfId(before);
        selectRow(row >= 0 ? row : 0);
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &PersonPicker::currentPersonChanged);
}

Person PersonPicker::currentPerson() const
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid() || !m_list->selectionModel()->isSelected(current))
        return {};
    return m_model->personAt(current.row());
}

void PersonPicker::setCurrentPerson(qint64 id)
{
    int row = m_model->rowOfId(id);
    if (row < 0 && id > 0) {
        m_filter->clear();
        row = m_model->rowOfId(id);
    }
    selectRow(row);
}

void PersonPicker::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_list->selectionModel()->clearSelection();
        m_list->setCurrentIndex({});
        emit currentPersonChanged();
        return;
    }
    const QModelIndex index = m_model->index(row);
    m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_list->scrollTo(index);
}

bool PersonPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            QApplication::sendEvent(m_list, event);
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace thuky
