#pragma once

#include <ui/common/editdialog.h>

#include <core/roster/roster.h>

class QLineEdit;
class QRadioButton;

namespace thuky {

class PersonPicker;

/**
 * A roster form that names a person: one already on the roster, picked by typing part of
 * the name, or a new one entered right here (full name, rank or honorific, positions), whom
 * the command adds to the roster with the appointment. Appointing and reorganising share it.
 */
class PersonChoiceDialog : public EditDialog
{
    Q_OBJECT
public:
    /** Whether the form adds a new person rather than naming one on the roster. */
    bool createsPerson() const;
    /** The chosen person on the roster, or the new person as entered (id 0). */
    Person chosenPerson() const;

    PersonPicker *picker() const { return m_picker; }
    QRadioButton *existingButton() const { return m_existing; }
    QRadioButton *newButton() const { return m_new; }
    QLineEdit *newNameEdit() const { return m_newName; }
    QLineEdit *newHonorificEdit() const { return m_newHonorific; }
    QLineEdit *newTitlesEdit() const { return m_newTitles; }

protected:
    PersonChoiceDialog(const QList<Person> &persons, QWidget *parent);
    /** Adds the rows of the choice below a row labelled @p label. */
    void addPersonChoice(const QString &label);
    /** Shows @p noneChosen when no person of the roster is chosen; false then. */
    bool checkPersonChoice(const QString &noneChosen);
    /** Insert in the person list: a new person, the cursor in the name. */
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateEnabled();

    PersonPicker *m_picker;
    QRadioButton *m_existing;
    QRadioButton *m_new;
    QLineEdit *m_newName;
    QLineEdit *m_newHonorific;
    QLineEdit *m_newTitles;
};

} // namespace thuky
