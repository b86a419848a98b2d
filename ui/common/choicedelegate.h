#pragma once

#include <QStyledItemDelegate>

#include <functional>

namespace thuky {

/**
 * Edits a column with a combo box of choices: a fixed list of codes (the stored value is the
 * choice's data), or, when editable, a list of suggestions with free text allowed (the
 * stored value is the text). Meant for persistent editors (QAbstractItemView::
 * openPersistentEditor): every change of the combo box is committed at once, as a cell
 * widget's would be.
 */
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    /** (label, data) pairs, in the order offered. */
    using Choices = QList<QPair<QString, QVariant>>;

    ChoiceDelegate(std::function<Choices()> choices, bool editable, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(
        QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    void commitEditor();

    std::function<Choices()> m_choices;
    bool m_editable;
};

} // namespace thuky
