#include <ui/meetings/speechmodel.h>

#include <core/text/textnorm.h>

namespace thuky {

const Person *findPerson(const QList<Person> &persons, const QString &name)
{
    const QString clean = TextNorm::clean(name);
    if (clean.isEmpty())
        return nullptr;
    for (const Person &p : persons)
        if (p.fullName == clean)
            return &p;
    const QString folded = TextNorm::fold(clean);
    for (const Person &p : persons)
        if (TextNorm::fold(p.fullName) == folded)
            return &p;
    return nullptr;
}

SpeechModel::SpeechModel(QObject *parent)
    : RowListModel(ColumnCount, parent)
{
}

void SpeechModel::setPeople(const QList<QPair<qint64, QString>> &people)
{
    m_persons.clear();
    for (const auto &[id, name] : people) {
        Person p;
        p.id = id;
        p.fullName = name;
        m_persons.append(p);
    }
}

QString SpeechModel::unitOf(const Person &person)
{
    return person.titles.isEmpty() ? person.organisation : person.titles;
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
    if (column == SpeakerColumn)
        return setSpeaker(row, text);
    QString &field = column == UnitColumn ? row.unit : row.summary;
    if (field == text)
        return false;
    field = text;
    return true;
}

bool SpeechModel::setSpeaker(Speech &row, const QString &name) const
{
    Speech s = row;
    s.personId = 0;
    s.personName.clear();
    s.guestName = name;
    if (const Person *p = findPerson(m_persons, name)) {
        s.personId = p->id;
        s.personName = p->fullName;
        s.guestName.clear();
    }
    if (s.personId == row.personId && s.personName == row.personName
        && s.guestName == row.guestName)
        return false;
    // The unit follows the person unless the clerk typed another one.
    const Person *before = row.personId > 0 ? findPerson(m_persons, row.personName) : nullptr;
    const bool unitWasFilled = row.unit.isEmpty() || (before && row.unit == unitOf(*before));
    if (unitWasFilled) {
        const Person *after = s.personId > 0 ? findPerson(m_persons, s.personName) : nullptr;
        s.unit = after ? unitOf(*after) : QString();
    }
    row = s;
    return true;
}

bool SpeechModel::isBlank(const Speech &s) const
{
    return s.speakerName().isEmpty() && s.unit.isEmpty() && s.summary.isEmpty();
}

} // namespace thuky
