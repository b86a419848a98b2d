#pragma once

#include <core/roster/roster.h>

#include <QStyledItemDelegate>

#include <functional>

namespace thuky {

/**
 * Edits a name column of the meeting editor with a PersonNameEdit: a roster person picked
 * while typing (diacritics optional), or any name typed in full (a guest). The model
 * receives the text; it matches the name against its persons itself. With NameAndTitles a
 * picked person is written "name, titles" (an agenda item's presenter).
 */
class PersonDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    enum Text { Name, NameAndTitles };

    PersonDelegate(std::function<QList<Person>()> persons, Text text, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(
        QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    std::function<QList<Person>()> m_persons;
    Text m_text;
};

} // namespace thuky
