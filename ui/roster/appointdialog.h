#pragma once

#include <ui/roster/personchoicedialog.h>

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace thuky {

/**
 * Appoints a person to a role in a committee from a date, by a decision: a person on the
 * roster, or a new one entered here and added with the appointment.
 */
class AppointDialog : public PersonChoiceDialog
{
    Q_OBJECT
public:
    AppointDialog(const Committee &committee, const QList<Person> &persons, const QDate &start,
        QWidget *parent = nullptr);
    void setPerson(qint64 personId);
    void setRole(Role role);
    /** The membership as entered, with the person's name filled in. */
    Membership membership() const;
    /** The chosen person (id 0 when none, or when a new one is entered). */
    Person person() const { return chosenPerson(); }

    QComboBox *roleBox() const { return m_role; }
    QDateEdit *startEdit() const { return m_start; }
    QLineEdit *decisionEdit() const { return m_decision; }

protected:
    bool checkInput() override;

private:
    Committee m_committee;
    QComboBox *m_role;
    QDateEdit *m_start;
    QLineEdit *m_decision;
};

} // namespace thuky
