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
    : PersonChoiceDialog(persons, parent)
    , m_committee(committee)
{
    setObjectName(QStringLiteral("appointDialog"));
    setWindowTitle(tr("Appoint to a role"));
    auto *committeeLabel = new QLabel(committee.name, this);
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
    addPersonChoice(tr("&Person:"));
    addField(QStringLiteral("role"), tr("&Role:"), m_role,
        tr("The role in the committee; a committee has one head (trưởng ban)"));
    addField(QStringLiteral("start"), tr("&From:"), m_start,
        tr("The first day in the role, DD/MM/YYYY, usually the date of the decision"));
    addField(QStringLiteral("decision"), tr("&Decision:"), m_decision,
        tr("The number of the decision (quyết định) that appoints the person"));
    aliasField(QStringLiteral("end"), QStringLiteral("start"));
    setMinimumWidth(520);
    picker()->setFocus();
}

void AppointDialog::setPerson(qint64 personId)
{
    picker()->setCurrentPerson(personId);
}

void AppointDialog::setRole(Role role)
{
    m_role->setCurrentIndex(m_role->findData(Roles::code(role)));
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
    return checkPersonChoice(tr("Choose a person from the list."));
}

} // namespace thuky
