#pragma once

#include <ui/common/editdialog.h>

#include <core/roster/roster.h>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QRadioButton;

namespace thuky {

class PersonPicker;

/**
 * Kiện toàn: replaces the holder of a role on a date. The new holder is an existing person or
 * a new one entered here; the current holder's membership ends the day before.
 */
class ReorganiseDialog : public EditDialog
{
    Q_OBJECT
public:
    ReorganiseDialog(const QList<Membership> &members, const QList<Person> &persons,
        const QDate &start, QWidget *parent = nullptr);
    void setReplaced(qint64 membershipId);

    Membership replaced() const;
    bool createsPerson() const;
    /** The new holder: the chosen existing person, or the new person as entered. */
    Person newPerson() const;
    QDate start() const;
    QString decision() const;

    QComboBox *membershipBox() const { return m_membership; }
    QRadioButton *existingButton() const { return m_existing; }
    QRadioButton *newButton() const { return m_new; }
    PersonPicker *picker() const { return m_picker; }
    QLineEdit *newNameEdit() const { return m_newName; }
    QDateEdit *startEdit() const { return m_start; }
    QLineEdit *decisionEdit() const { return m_decision; }

protected:
    bool checkInput() override;

private:
    void updateEnabled();

    QList<Membership> m_members;
    QComboBox *m_membership;
    QRadioButton *m_existing;
    QRadioButton *m_new;
    PersonPicker *m_picker;
    QLineEdit *m_newName;
    QLineEdit *m_newTitles;
    QDateEdit *m_start;
    QLineEdit *m_decision;
};

} // namespace thuky
