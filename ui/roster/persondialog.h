#pragma once

#include <ui/common/editdialog.h>

#include <core/roster/roster.h>

class QLineEdit;

namespace thuky {

/** Adds or edits a person: full name, honorific, positions, organisation, contact, note. */
class PersonDialog : public EditDialog
{
    Q_OBJECT
public:
    PersonDialog(const Person &person, QWidget *parent = nullptr);
    /** The person as entered (id, UUID and row version of the one given). */
    Person person() const;
    QLineEdit *nameEdit() const { return m_name; }

private:
    Person m_person;
    QLineEdit *m_name;
    QLineEdit *m_honorific;
    QLineEdit *m_titles;
    QLineEdit *m_organisation;
    QLineEdit *m_phone;
    QLineEdit *m_email;
    QLineEdit *m_note;
};

} // namespace thuky
