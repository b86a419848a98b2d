#pragma once

#include <ui/common/editdialog.h>

#include <core/roster/roster.h>

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace thuky {

class PersonPicker;

/** Appoints a person to a role in a committee from a date, by a decision. */
class AppointDialog : public EditDialog
{
    Q_OBJECT
public:
    AppointDialog(const Committee &committee, const QList<Person> &persons, const QDate &start,
        QWidget *parent = nullptr);
    void setPerson(qint64 personId);
    void setRole(Role role);
    /** The membership as entered, with the person's name filled in. */
    Membership membership() const;
    /** The chosen person (id 0 when none). */
    Person person() const;

    PersonPicker *picker() const { return m_picker; }
    QComboBox *roleBox() const { return m_role; }
    QDateEdit *startEdit() const { return m_start; }
    QLineEdit *decisionEdit() const { return m_decision; }

protected:
    bool checkInput() override;

private:
    Committee m_committee;
    PersonPicker *m_picker;
    QComboBox *m_role;
    QDateEdit *m_start;
    QLineEdit *m_decision;
};

} // namespace thuky
