#include <ui/roster/endmembershipdialog.h>

#include <core/text/vndate.h>

#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>

namespace thuky {

EndMembershipDialog::EndMembershipDialog(
    const Membership &membership, const QDate &end, QWidget *parent)
    : EditDialog(parent)
{
    setWindowTitle(tr("End membership"));
    auto *who = new QLabel(tr("%1 — %2, since %3")
                               .arg(membership.personName, Roles::label(membership.role),
                                   VnDate::display(membership.start)),
        this);
    m_end = makeDateEdit(end);
    m_end->setObjectName(QStringLiteral("end"));
    addField(QString(), tr("Member:"), who);
    addField(QStringLiteral("end"), tr("&Last day in the role:"), m_end);
    setMinimumWidth(420);
    m_end->setFocus();
}

QDate EndMembershipDialog::end() const
{
    return m_end->date();
}

} // namespace thuky
