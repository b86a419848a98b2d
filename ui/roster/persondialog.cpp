#include <ui/roster/persondialog.h>

#include <QFormLayout>
#include <QLineEdit>

namespace thuky {

PersonDialog::PersonDialog(const Person &person, QWidget *parent)
    : EditDialog(parent)
    , m_person(person)
{
    setWindowTitle(person.id > 0 ? tr("Edit person") : tr("Add person"));
    auto line = [this](const QString &text, const QString &name) {
        auto *edit = new QLineEdit(text, this);
        edit->setObjectName(name);
        return edit;
    };
    m_name = line(person.fullName, QStringLiteral("name"));
    m_name->setPlaceholderText(tr("e.g. Nguyễn Văn An"));
    m_honorific = line(person.honorific, QStringLiteral("honorific"));
    m_honorific->setPlaceholderText(tr("e.g. Đại tá"));
    m_titles = line(person.titles, QStringLiteral("titles"));
    m_organisation = line(person.organisation, QStringLiteral("organisation"));
    m_phone = line(person.phone, QStringLiteral("phone"));
    m_email = line(person.email, QStringLiteral("email"));
    m_note = line(person.note, QStringLiteral("note"));
    addField(QStringLiteral("name"), tr("Full &name:"), m_name,
        tr("The full name as printed in rosters and minutes, with diacritics"));
    addField(QString(), tr("&Rank or honorific:"), m_honorific,
        tr("Printed before the name: a military or police rank (Đại tá), or an honorific; "
           "may stay empty"));
    addField(QString(), tr("&Positions:"), m_titles,
        tr("The positions held outside the committee, printed next to the name (e.g. Phó Chủ "
           "tịch UBND tỉnh)"));
    addField(QString(), tr("&Organisation:"), m_organisation,
        tr("The agency or unit the person works for (e.g. Công an tỉnh)"));
    addField(QString(), tr("P&hone:"), m_phone, tr("A phone number to reach the person"));
    addField(QString(), tr("&Email:"), m_email, tr("An email address to reach the person"));
    addField(QString(), tr("No&te:"), m_note,
        tr("Anything else the secretariat should know; not printed"));
    m_titles->setMinimumWidth(380);
    m_name->setFocus();
}

Person PersonDialog::person() const
{
    Person p = m_person;
    p.fullName = m_name->text();
    p.honorific = m_honorific->text();
    p.titles = m_titles->text();
    p.organisation = m_organisation->text();
    p.phone = m_phone->text();
    p.email = m_email->text();
    p.note = m_note->text();
    return p;
}

} // namespace thuky
