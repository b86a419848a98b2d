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
    addField(QStringLiteral("name"), tr("Full &name:"), m_name);
    addField(QString(), tr("&Rank or honorific:"), m_honorific);
    addField(QString(), tr("&Positions:"), m_titles);
    addField(QString(), tr("&Organisation:"), m_organisation);
    addField(QString(), tr("P&hone:"), m_phone);
    addField(QString(), tr("&Email:"), m_email);
    addField(QString(), tr("No&te:"), m_note);
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
