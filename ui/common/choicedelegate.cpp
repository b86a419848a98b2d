#include <ui/common/choicedelegate.h>

#include <QComboBox>
#include <QSignalBlocker>

#include <algorithm>

namespace thuky {

ChoiceDelegate::ChoiceDelegate(std::function<Choices()> choices, bool editable, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_choices(std::move(choices))
    , m_editable(editable)
{
}

QWidget *ChoiceDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    combo->setEditable(m_editable);
    for (const auto &choice : m_choices())
        combo->addItem(choice.first, choice.second);
    if (m_editable)
        connect(combo, &QComboBox::currentTextChanged, this, &ChoiceDelegate::commitEditor);
    else
        connect(combo, &QComboBox::currentIndexChanged, this, &ChoiceDelegate::commitEditor);
    return combo;
}

void ChoiceDelegate::commitEditor()
{
    if (auto *editor = qobject_cast<QWidget *>(sender()))
        emit commitData(editor);
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo)
        return;
    // The model echoes every commit back here: leave an unchanged editor alone, so that the
    // cursor of a combo box being typed in stays where it is.
    const QSignalBlocker blocker(combo);
    if (m_editable) {
        const QString text = index.data(Qt::EditRole).toString();
        if (combo->currentText() == text)
            return;
        const int i = combo->findText(text);
        if (i >= 0)
            combo->setCurrentIndex(i);
        else
            combo->setEditText(text);
    } else {
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole))));
    }
}

void ChoiceDelegate::setModelData(
    QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index, m_editable ? QVariant(combo->currentText()) : combo->currentData());
}

} // namespace thuky
