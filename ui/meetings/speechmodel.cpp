#include <ui/meetings/speechmodel.h>

namespace thuky {

SpeechModel::SpeechModel(QObject *parent)
    : RowListModel(ColumnCount, parent)
{
}

QString SpeechModel::columnTitle(int column) const
{
    switch (column) {
    case SpeakerColumn:
        return tr("Speaker");
    case UnitColumn:
        return tr("Unit");
    default:
        return tr("Summary of remarks");
    }
}

bool SpeechModel::isEditable(int) const
{
    return true;
}

QVariant SpeechModel::value(int row, int column, int role) const
{
    const Speech &s = rowAt(row);
    if (role == IdRole)
        return s.personId;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (column) {
    case SpeakerColumn:
        return s.speakerName();
    case UnitColumn:
        return s.unit;
    default:
        return s.summary;
    }
}

bool SpeechModel::setValue(Speech &row, int column, const QVariant &value)
{
    const QString text = value.toString().trimmed();
    if (column != SpeakerColumn) {
        QString &field = column == UnitColumn ? row.unit : row.summary;
        if (field == text)
            return false;
        field = text;
        return true;
    }
    Speech s = row;
    s.personId = 0;
    s.personName.clear();
    s.guestName = text;
    for (const auto &p : std::as_const(m_people))
        if (!text.isEmpty() && p.second == text) {
            s.personId = p.first;
            s.personName = text;
            s.guestName.clear();
            break;
        }
    if (s.personId == row.personId && s.personName == row.personName
        && s.guestName == row.guestName)
        return false;
    row = s;
    return true;
}

} // namespace thuky
