#include <ui/meetings/persondelegate.h>

#include <ui/common/personpicker.h>

namespace thuky {

PersonDelegate::PersonDelegate(std::function<QList<Person>()> persons, Text text, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_persons(std::move(persons))
    , m_text(text)
{
}

QWidget *PersonDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *edit = new PersonNameEdit(m_persons(), parent);
    edit->setFrame(false);
    if (m_text == NameAndTitles)
        connect(edit, &PersonNameEdit::personPicked, edit, [edit](const Person &p) {
            if (!p.titles.isEmpty())
                edit->setText(QStringLiteral("%1, %2").arg(p.fullName, p.titles));
        });
    return edit;
}

void PersonDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *edit = qobject_cast<PersonNameEdit *>(editor))
        edit->setText(index.data(Qt::EditRole).toString());
}

void PersonDelegate::setModelData(
    QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *edit = qobject_cast<PersonNameEdit *>(editor))
        model->setData(index, edit->text());
}

} // namespace thuky
