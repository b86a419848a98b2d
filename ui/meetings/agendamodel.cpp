#include <ui/meetings/agendamodel.h>

namespace thuky {

AgendaModel::AgendaModel(QObject *parent)
    : RowListModel(ColumnCount, parent)
{
}

QString AgendaModel::columnTitle(int column) const
{
    return column == TitleColumn ? tr("Agenda item") : tr("Presenter");
}

bool AgendaModel::isEditable(int) const
{
    return true;
}

QVariant AgendaModel::value(int row, int column, int role) const
{
    if (role == IdRole)
        return row;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const AgendaItem &item = rowAt(row);
    return column == TitleColumn ? item.title : item.presenter;
}

bool AgendaModel::setValue(AgendaItem &row, int column, const QVariant &value)
{
    QString &field = column == TitleColumn ? row.title : row.presenter;
    const QString text = value.toString().trimmed();
    if (field == text)
        return false;
    field = text;
    return true;
}

bool AgendaModel::isBlank(const AgendaItem &item) const
{
    return item.title.isEmpty() && item.presenter.isEmpty();
}

} // namespace thuky
