#include <ui/roster/reorganisedialog.h>

#include <core/text/vndate.h>

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>

namespace thuky {

ReorganiseDialog::ReorganiseDialog(const QList<Membership> &members, const QList<Person> &persons,
    const QDate &start, QWidget *parent)
    : PersonChoiceDialog(persons, parent)
    , m_members(members)
{
    setWindowTitle(tr("Reorganise the committee"));
    m_membership = new QComboBox(this);
    m_membership->setObjectName(QStringLiteral("membership"));
    for (const Membership &m : members) {
        m_membership->addItem(
            tr("%1: %2 (since %3)")
                .arg(Roles::label(m.role), m.personName, VnDate::display(m.start)),
            m.id);
    }
    m_start = makeDateEdit(start);
    m_start->setObjectName(QStringLiteral("start"));
    m_decision = new QLineEdit(this);
    m_decision->setObjectName(QStringLiteral("decision"));
    m_decision->setPlaceholderText(tr("e.g. Quyết định số 123-QĐ/TU"));

    addField(QStringLiteral("membership"), tr("&Replace:"), m_membership,
        tr("The role holder who leaves the role; the new holder takes the same role"));
    addPersonChoice(tr("New holder:"));
    addField(QStringLiteral("start"), tr("&From:"), m_start,
        tr("The new holder's first day in the role, DD/MM/YYYY; the one replaced leaves the "
           "day before"));
    addField(QStringLiteral("decision"), tr("&Decision:"), m_decision,
        tr("The number of the decision (quyết định) that reorganises the committee"));
    aliasField(QStringLiteral("end"), QStringLiteral("start"));
    aliasField(QStringLiteral("role"), QStringLiteral("membership"));
    setMinimumWidth(560);
    m_membership->setFocus();
}

void ReorganiseDialog::setReplaced(qint64 membershipId)
{
    const int index = m_membership->findData(membershipId);
    if (index >= 0)
        m_membership->setCurrentIndex(index);
}

Membership ReorganiseDialog::replaced() const
{
    const int index = m_membership->currentIndex();
    return index >= 0 ? m_members.at(index) : Membership();
}

QDate ReorganiseDialog::start() const
{
    return m_start->date();
}

QString ReorganiseDialog::decision() const
{
    return m_decision->text();
}

bool ReorganiseDialog::checkInput()
{
    if (m_membership->currentIndex() < 0) {
        showError(QStringLiteral("membership"), tr("Choose the role holder to replace."));
        return false;
    }
    return checkPersonChoice(tr("Choose the new holder from the list."));
}

} // namespace thuky
