#pragma once

#include <ui/roster/personchoicedialog.h>

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace thuky {

/**
 * Kiện toàn: replaces the holder of a role on a date. The new holder is an existing person or
 * a new one entered here; the current holder's membership ends the day before.
 */
class ReorganiseDialog : public PersonChoiceDialog
{
    Q_OBJECT
public:
    ReorganiseDialog(const QList<Membership> &members, const QList<Person> &persons,
        const QDate &start, QWidget *parent = nullptr);
    void setReplaced(qint64 membershipId);

    Membership replaced() const;
    QDate start() const;
    QString decision() const;

    QComboBox *membershipBox() const { return m_membership; }
    QDateEdit *startEdit() const { return m_start; }
    QLineEdit *decisionEdit() const { return m_decision; }

protected:
    bool checkInput() override;

private:
    QList<Membership> m_members;
    QComboBox *m_membership;
    QDateEdit *m_start;
    QLineEdit *m_decision;
};

} // namespace thuky
