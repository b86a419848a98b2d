#include <ui/roster/appointdialog.h>

#include <ui/common/personpicker.h>

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace thuky {

AppointDialog::AppointDialog(
    const Committee &committee, const QList<Person> &persons, const QDate &start, QWidget *parent)
    : EditDialog(parent)
    , m_committee(committee)
{
    setWindowTitle(tr("Appoint to a role"));
    auto *committeeLabel = new QLabel(committee.name, this);
    m_picker = new PersonPicker(persons, this);
    m_picker->setObjectName(QStringLiteral("person"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("role"));
    for (Role r : Roles::all())
        m_role->addItem(Roles::label(r), Roles::code(r));
    m_role->setCurrentIndex(int(Role::Member));
    m_start = makeDateEdit(start);
    m_start->setObjectName(QStringLiteral("start"));
    m_decision = new QLineEdit(this);
    m_decision->setObjectName(QStringLiteral("decision"));
    m_decision->setPlaceholderText(tr("e.g. Quyết định số 123-QĐ/TU"));
    addField(QString(), tr("Committee:"), committeeLabel);
    addField(QStringLiteral("person"), tr("&Person:"), m_picker);
    addField(QStringLiteral("role"), tr("&Role:"), m_role);
    addField(QStringLiteral("start"), tr("&From:"), m_start);
    addField(QStringLiteral("decision"), tr("&Decision:"), m_decision);
    aliasField(QStringLiteral("end"), QStringLiteral("start"));
    setMinimumWidth(520);
    m_picker->setFocus();
}

void AppointDialog::setPerson(qint64 personId)
{
    m_picker->setCurrentPerson(personId);
}

void AppointDialog::setRole(Role role)
{
    m_role->setCurrentIndex(m_role->findData(Roles::code(role)));
}

Person AppointDialog::person() const
{
    return m_picker->currentPerson();
}

Membership AppointDialog::membership() const
{
    Membership m;
    const Person p = person();
    m.personId = p.id;
    m.personName = p.fullName;
    m.personTitles = p.titles;
    m.committeeId = m_committee.id;
    m.committeeName = m_committee.name;
    Roles::fromCode(m_role->currentData().toString(), &m.role);
    m.start = m_start->date();
    m.decision = m_decision->text();
    return m;
}

bool AppointDialog::checkInput()
{
    if (person().id <= 0) {
        showError(QStringLiteral("person"), tr("Choose a person from the list."));
        return false;
    }
    return true;
}

} // namespace thuky
