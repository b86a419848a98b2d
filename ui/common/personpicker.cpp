#include <ui/common/personpicker.h>

#include <ui/roster/personlistmodel.h>

#include <core/text/textnorm.h>

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
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

namespace {
constexpr int PersonRow = Qt::UserRole + 1;
constexpr int MaxSuggestions = 8;
} // namespace

PersonNameEdit::PersonNameEdit(const QList<Person> &persons, QWidget *parent)
    : QLineEdit(parent)
    , m_persons(persons)
{
    // A tool tip window: shown below the line without taking the focus from it.
    m_popup = new QListWidget(this);
    m_popup->setObjectName(QStringLiteral("personSuggestions"));
    m_popup->setWindowFlags(Qt::ToolTip);
    m_popup->setFocusPolicy(Qt::NoFocus);
    m_popup->setAttribute(Qt::WA_ShowWithoutActivating);
    m_popup->setUniformItemSizes(true);
    connect(m_popup, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        m_popup->setCurrentItem(item);
        acceptSuggestion();
    });
    connect(this, &QLineEdit::textEdited, this, &PersonNameEdit::suggest);
}

namespace {
QStringList foldedWords(const QString &text)
{
    return TextNorm::fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

/** True when each of @p words starts a word of @p name (both folded). */
bool matchesWords(const QStringList &name, const QStringList &words)
{
    for (const QString &w : words) {
        bool found = false;
        for (const QString &n : name)
            found = found || n.startsWith(w);
        if (!found)
            return false;
    }
    return !words.isEmpty();
}
} // namespace

QList<Person> PersonNameEdit::matching(const QList<Person> &persons, const QString &typed)
{
    const QStringList words = foldedWords(typed);
    QList<Person> out;
    for (const Person &p : persons)
        if (matchesWords(foldedWords(p.fullName), words))
            out.append(p);
    return out;
}

void PersonNameEdit::suggest(const QString &typed)
{
    m_popup->clear();
    const QStringList words = foldedWords(typed);
    for (int i = 0; i < m_persons.size() && m_popup->count() < MaxSuggestions; ++i) {
        const Person &p = m_persons.at(i);
        if (!matchesWords(foldedWords(p.fullName), words))
            continue;
        auto *item = new QListWidgetItem(
            p.titles.isEmpty() ? p.fullName : QStringLiteral("%1 — %2").arg(p.fullName, p.titles),
            m_popup);
        item->setData(PersonRow, i);
    }
    if (m_popup->count() == 0 || !isVisible()) {
        m_popup->hide();
        return;
    }
    m_popup->setCurrentRow(0);
    const int rowHeight = m_popup->sizeHintForRow(0);
    m_popup->resize(
        std::max(width(), 360), rowHeight * int(m_popup->count()) + 2 * m_popup->frameWidth() + 2);
    m_popup->move(mapToGlobal(rect().bottomLeft()));
    m_popup->show();
}

bool PersonNameEdit::isSuggesting() const
{
    return m_popup->isVisible() && m_popup->currentItem();
}

bool PersonNameEdit::acceptSuggestion()
{
    if (!isSuggesting())
        return false;
    const Person p = m_persons.value(m_popup->currentItem()->data(PersonRow).toInt());
    hideSuggestions();
    setText(p.fullName);
    emit personPicked(p);
    return true;
}

void PersonNameEdit::hideSuggestions()
{
    m_popup->hide();
}

Person PersonNameEdit::person() const
{
    const QString folded = TextNorm::fold(text().simplified());
    for (const Person &p : m_persons)
        if (!folded.isEmpty() && TextNorm::fold(p.fullName) == folded)
            return p;
    return {};
}

bool PersonNameEdit::event(QEvent *event)
{
    // Tab moves the focus before keyPressEvent() sees it: take the suggestion first.
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Tab || key == Qt::Key_Backtab)
            acceptSuggestion();
    }
    return QLineEdit::event(event);
}

void PersonNameEdit::keyPressEvent(QKeyEvent *event)
{
    if (m_popup->isVisible()) {
        const int row = m_popup->currentRow();
        switch (event->key()) {
        case Qt::Key_Down:
            m_popup->setCurrentRow(std::min(row + 1, m_popup->count() - 1));
            return;
        case Qt::Key_Up:
            m_popup->setCurrentRow(std::max(row - 1, 0));
            return;
        case Qt::Key_Escape:
            hideSuggestions();
            return;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            acceptSuggestion();
            break;
        default:
            break;
        }
    }
    QLineEdit::keyPressEvent(event);
}

void PersonNameEdit::focusOutEvent(QFocusEvent *event)
{
    hideSuggestions();
    QLineEdit::focusOutEvent(event);
}

} // namespace thuky
