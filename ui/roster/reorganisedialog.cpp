#include <ui/roster/reorganisedialog.h>

#include <ui/common/personpicker.h>

#include <core/text/vndate.h>

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QRadioButton>

namespace thuky {

ReorganiseDialog::ReorganiseDialog(const QList<Membership> &members, const QList<Person> &persons,
    const QDate &start, QWidget *parent)
    : EditDialog(parent)
    , m_members(members)
{
    setWindowTitle(tr("Reorganise (kiện toàn)"));
    m_membership = new QComboBox(this);
    m_membership->setObjectName(QStringLiteral("membership"));
    for (const Membership &m : members) {
        m_membership->addItem(
            tr("%1: %2 (since %3)")
                .arg(Roles::label(m.role), m.personName, VnDate::display(m.start)),
            m.id);
    }
    m_existing = new QRadioButton(tr("An &existing person"), this);
    m_existing->setChecked(true);
    m_picker = new PersonPicker(persons, this);
    m_picker->setObjectName(QStringLiteral("person"));
    m_new = new QRadioButton(tr("A ne&w person"), this);
    m_newName = new QLineEdit(this);
    m_newName->setObjectName(QStringLiteral("name"));
    m_newName->setPlaceholderText(tr("Full name of the new person"));
    m_newTitles = new QLineEdit(this);
    m_newTitles->setObjectName(QStringLiteral("titles"));
    m_newTitles->setPlaceholderText(tr("Positions of the new person"));
    m_start = makeDateEdit(start);
    m_start->setObjectName(QStringLiteral("start"));
    m_decision = new QLineEdit(this);
    m_decision->setObjectName(QStringLiteral("decision"));
    m_decision->setPlaceholderText(tr("e.g. Quyết định số 123-QĐ/TU"));

    addField(QStringLiteral("membership"), tr("&Replace:"), m_membership);
    m_form->addRow(tr("New holder:"), m_existing);
    addField(QStringLiteral("person"), QString(), m_picker);
    m_form->addRow(QString(), m_new);
    addField(QStringLiteral("name"), tr("Full &name:"), m_newName);
    addField(QString(), tr("P&ositions:"), m_newTitles);
    addField(QStringLiteral("start"), tr("&From:"), m_start);
    addField(QStringLiteral("decision"), tr("&Decision:"), m_decision);
    aliasField(QStringLiteral("end"), QStringLiteral("start"));
    aliasField(QStringLiteral("role"), QStringLiteral("membership"));
    setMinimumWidth(560);

    connect(m_existing, &QRadioButton::toggled, this, &ReorganiseDialog::updateEnabled);
    updateEnabled();
    m_membership->setFocus();
}

void ReorganiseDialog::updateEnabled()
{
    const bool existing = m_existing->isChecked();
    m_picker->setEnabled(existing);
    m_newName->setEnabled(!existing);
    m_newTitles->setEnabled(!existing);
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

bool ReorganiseDialog::createsPerson() const
{
    return m_new->isChecked();
}

Person ReorganiseDialog::newPerson() const
{
    if (!createsPerson())
        return m_picker->currentPerson();
    Person p;
    p.fullName = m_newName->text();
    p.titles = m_newTitles->text();
    return p;
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
    if (!createsPerson() && m_picker->currentPerson().id <= 0) {
        showError(QStringLiteral("person"), tr("Choose the new holder from the list."));
        return false;
    }
    return true;
}

} // namespace thuky
