#include <ui/meetings/entrytable.h>

#include <ui/common/personpicker.h>
#include <ui/meetings/rowlistmodel.h>

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>

namespace thuky {

namespace {

/** The rows of pasted @p text: one per non-blank line, its cells split at tabs. */
QList<QStringList> pastedRows(const QString &text)
{
    QList<QStringList> rows;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        QString clean = line;
        clean.remove(QLatin1Char('\r'));
        if (clean.trimmed().isEmpty())
            continue;
        QStringList cells = clean.split(QLatin1Char('\t'));
        for (QString &c : cells)
            c = c.trimmed();
        rows.append(cells);
    }
    return rows;
}

bool isPlainKey(const QKeyEvent *key)
{
    const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
    return mods == Qt::NoModifier || (mods == Qt::ShiftModifier && key->key() == Qt::Key_Backtab);
}

} // namespace

EntryTable::EntryTable(RowEntryModel *model, const QString &objectName, QWidget *parent)
    : QTableView(parent)
    , m_model(model)
{
    setObjectName(objectName);
    setModel(model);
    setTabKeyNavigation(false);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::SelectedClicked);
    setWordWrap(false);
    connect(model, &QAbstractItemModel::rowsInserted, this,
        [this](const QModelIndex &, int first, int last) { openChoiceEditors(first, last); });
    connect(model, &QAbstractItemModel::modelReset, this,
        [this] { openChoiceEditors(0, m_model->rowCount() - 1); });
}

void EntryTable::setChoiceColumn(int column, QAbstractItemDelegate *delegate)
{
    setItemDelegateForColumn(column, delegate);
    m_choiceColumns.append(column);
    openChoiceEditors(0, m_model->rowCount() - 1);
}

void EntryTable::openChoiceEditors(int first, int last)
{
    for (int column : std::as_const(m_choiceColumns))
        for (int r = first; r <= last; ++r) {
            const QModelIndex index = m_model->index(r, column);
            openPersistentEditor(index);
            // After the delegate's own filter, so that this one sees the keys first.
            if (QWidget *editor = indexWidget(index)) {
                editor->installEventFilter(this);
                editor->setEnabled(!m_readOnly);
            }
        }
}

void EntryTable::setColumnWidthAtLeast(int column, int width)
{
    horizontalHeader()->resizeSection(
        column, std::max(width, horizontalHeader()->sectionSizeHint(column)));
}

void EntryTable::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    if (readOnly && state() == QAbstractItemView::EditingState)
        if (QWidget *editor = indexWidget(currentIndex()))
            finishEditor(editor, false);
    setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                             : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                | QAbstractItemView::SelectedClicked);
}

bool EntryTable::edit(const QModelIndex &index, EditTrigger trigger, QEvent *event)
{
    if (m_readOnly)
        return false;
    // Moving the cursor onto a choice leaves the keyboard with the table (the arrow keys go
    // on moving); Tab, F2 or a click opens it.
    if (trigger == QAbstractItemView::CurrentChanged && m_choiceColumns.contains(index.column()))
        return false;
    if (!QTableView::edit(index, trigger, event))
        return false;
    // After the delegate's own filter, so that this one sees the keys first.
    if (QWidget *editor = indexWidget(index))
        editor->installEventFilter(this);
    return true;
}

bool EntryTable::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && watched->isWidgetType()
        && editorKey(static_cast<QWidget *>(watched), static_cast<QKeyEvent *>(event)))
        return true;
    return QTableView::eventFilter(watched, event);
}

bool EntryTable::editorKey(QWidget *editor, QKeyEvent *key)
{
    if (m_readOnly || !editorIndex(editor).isValid())
        return false;
    if (key->matches(QKeySequence::Paste)) {
        const QString text = QApplication::clipboard()->text().trimmed();
        if (!text.contains(QLatin1Char('\n')))
            return false; // one line: pasted into the cell
        const int row = editorIndex(editor).row();
        finishEditor(editor, false);
        pasteRowsAt(row, text);
        return true;
    }
    if (!isPlainKey(key))
        return false;
    auto *names = qobject_cast<PersonNameEdit *>(editor);
    switch (key->key()) {
    case Qt::Key_Tab:
        moveOn(editor, true);
        return true;
    case Qt::Key_Backtab:
        moveOn(editor, false);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Insert:
        newRowAfter(editor);
        return true;
    case Qt::Key_Escape:
        if (names && names->isSuggesting())
            names->hideSuggestions();
        else
            cancel(editor);
        return true;
    default:
        return false;
    }
}

QModelIndex EntryTable::editorIndex(QWidget *editor) const
{
    const QModelIndex current = currentIndex();
    if (current.isValid() && indexWidget(current) == editor)
        return current;
    for (int column : m_choiceColumns)
        for (int r = 0; r < m_model->rowCount(); ++r)
            if (indexWidget(m_model->index(r, column)) == editor)
                return m_model->index(r, column);
    return {};
}

int EntryTable::firstEditableColumn(int row) const
{
    for (int c = 0; c < m_model->columnCount(); ++c)
        if (!isColumnHidden(c) && (m_model->flags(m_model->index(row, c)) & Qt::ItemIsEditable))
            return c;
    return -1;
}

QModelIndex EntryTable::cellAfter(const QModelIndex &from, bool forward) const
{
    const int columns = m_model->columnCount();
    int cell = from.row() * columns + from.column();
    const int cells = m_model->rowCount() * columns;
    for (cell += forward ? 1 : -1; cell >= 0 && cell < cells; cell += forward ? 1 : -1) {
        const QModelIndex index = m_model->index(cell / columns, cell % columns);
        if (!isColumnHidden(index.column()) && (m_model->flags(index) & Qt::ItemIsEditable))
            return index;
    }
    return {};
}

void EntryTable::finishEditor(QWidget *editor, bool keep)
{
    if (keep) {
        if (auto *names = qobject_cast<PersonNameEdit *>(editor))
            names->acceptSuggestion();
        commitData(editor);
    }
    closeEditor(
        editor, keep ? QAbstractItemDelegate::NoHint : QAbstractItemDelegate::RevertModelCache);
}

void EntryTable::moveOn(QWidget *editor, bool forward)
{
    const QModelIndex from = editorIndex(editor);
    const int row = from.row();
    const QModelIndex next = cellAfter(from, forward);
    const QString nextBefore = next.data().toString();
    finishEditor(editor, true);
    QModelIndex to = cellAfter(from, forward);
    // A cell that the edit has just filled in (a speaker's unit) is passed over.
    if (forward && to == next && to.row() == row && to.data().toString() != nextBefore
        && !to.data().toString().isEmpty())
        to = cellAfter(to, true);
    if (to.isValid() && to.row() == row) {
        openCell(to);
        return;
    }
    const bool blank = m_model->isBlankRow(row);
    if (blank)
        m_model->removeRow(row);
    if (!to.isValid()) {
        if (forward && !blank)
            insertRowAt(row + 1);
        else
            leaveTable(forward);
        return;
    }
    openCell(blank && to.row() > row ? m_model->index(to.row() - 1, to.column()) : to);
}

void EntryTable::newRowAfter(QWidget *editor)
{
    const int row = editorIndex(editor).row();
    finishEditor(editor, true);
    if (m_model->isBlankRow(row)) {
        m_model->removeRow(row);
        leaveTable(true);
        return;
    }
    insertRowAt(row + 1);
}

void EntryTable::cancel(QWidget *editor)
{
    const int row = editorIndex(editor).row();
    finishEditor(editor, false);
    if (m_model->isBlankRow(row))
        m_model->removeRow(row);
    setFocus();
    const int current = std::min(row, m_model->rowCount() - 1);
    if (current >= 0)
        setCurrentIndex(m_model->index(current, std::max(0, firstEditableColumn(current))));
}

void EntryTable::insertRowAt(int row)
{
    if (!m_model->insertRow(row))
        return;
    const int column = firstEditableColumn(row);
    if (column >= 0)
        openCell(m_model->index(row, column));
}

void EntryTable::openCell(const QModelIndex &index)
{
    setFocus();
    setCurrentIndex(index);
    scrollTo(index);
    QTableView::edit(index);
}

void EntryTable::leaveTable(bool forward)
{
    // The next widget of the focus chain that is not part of the table (its editors).
    QWidget *w = this;
    do
        w = forward ? w->nextInFocusChain() : w->previousInFocusChain();
    while (w != this
        && (isAncestorOf(w) || !(w->focusPolicy() & Qt::TabFocus) || !w->isVisibleTo(window())
            || !w->isEnabled() || w->focusProxy()));
    if (w != this)
        w->setFocus(forward ? Qt::TabFocusReason : Qt::BacktabFocusReason);
}

bool EntryTable::focusNextPrevChild(bool next)
{
    if (QWidget *focus = QApplication::focusWidget(); focus == this || isAncestorOf(focus)) {
        leaveTable(next);
        return true;
    }
    return QTableView::focusNextPrevChild(next);
}

QWidget *EntryTable::openEditor() const
{
    return state() == QAbstractItemView::EditingState ? indexWidget(currentIndex()) : nullptr;
}

void EntryTable::addRow()
{
    if (m_readOnly)
        return;
    if (QWidget *editor = openEditor())
        finishEditor(editor, true);
    const QModelIndex current = currentIndex();
    if (current.isValid() && m_model->isBlankRow(current.row())) {
        openCell(m_model->index(current.row(), firstEditableColumn(current.row())));
        return;
    }
    insertRowAt(current.isValid() ? current.row() + 1 : m_model->rowCount());
}

void EntryTable::removeSelectedRows()
{
    if (m_readOnly)
        return;
    if (QWidget *editor = openEditor())
        finishEditor(editor, false);
    QList<int> rows;
    for (const QModelIndex &index : selectionModel()->selectedIndexes())
        if (!rows.contains(index.row()))
            rows.append(index.row());
    if (rows.isEmpty() && currentIndex().isValid())
        rows.append(currentIndex().row());
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int row : std::as_const(rows))
        m_model->removeRow(row);
    const int current = std::min(rows.isEmpty() ? 0 : rows.last(), m_model->rowCount() - 1);
    if (current >= 0)
        setCurrentIndex(m_model->index(current, 0));
}

int EntryTable::pasteRows(const QString &text)
{
    if (m_readOnly)
        return 0;
    if (QWidget *editor = openEditor())
        finishEditor(editor, true);
    const QModelIndex current = currentIndex();
    return pasteRowsAt(current.isValid() ? current.row() : m_model->rowCount(), text);
}

int EntryTable::pasteRowsAt(int at, const QString &text)
{
    // Below row @p at, or in its place when it is blank.
    int row = std::min(at + 1, m_model->rowCount());
    if (at < m_model->rowCount() && m_model->isBlankRow(at)) {
        m_model->removeRow(at);
        row = at;
    }
    const int count = m_model->insertTextRows(row, pastedRows(text));
    if (count > 0) {
        setFocus();
        setCurrentIndex(m_model->index(row + count - 1, 0));
        scrollTo(currentIndex());
    }
    return count;
}

void EntryTable::commitOpenEditor()
{
    if (QWidget *editor = openEditor()) {
        if (auto *names = qobject_cast<PersonNameEdit *>(editor))
            names->acceptSuggestion();
        commitData(editor);
    }
}

bool EntryTable::typeIntoEmptyCell(QKeyEvent *event)
{
    const QString text = event->text();
    if (text.isEmpty() || !text.at(0).isPrint()
        || (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier)))
        return false;
    if (m_model->rowCount() == 0)
        insertRowAt(0);
    else {
        const QModelIndex current = currentIndex();
        if (!current.isValid() || !(m_model->flags(current) & Qt::ItemIsEditable)
            || !current.data().toString().isEmpty())
            return false;
        openCell(current);
    }
    QWidget *editor = indexWidget(currentIndex());
    if (!editor)
        return false;
    QApplication::sendEvent(editor, event);
    return true;
}

void EntryTable::keyPressEvent(QKeyEvent *event)
{
    if (!m_readOnly && state() != QAbstractItemView::EditingState) {
        if (event->matches(QKeySequence::Paste)) {
            pasteRows(QApplication::clipboard()->text());
            return;
        }
        if (isPlainKey(event)) {
            switch (event->key()) {
            case Qt::Key_Return:
            case Qt::Key_Enter:
            case Qt::Key_Insert:
                addRow();
                return;
            case Qt::Key_Delete:
                removeSelectedRows();
                return;
            default:
                if (typeIntoEmptyCell(event))
                    return;
            }
        }
    }
    QTableView::keyPressEvent(event);
}

} // namespace thuky
