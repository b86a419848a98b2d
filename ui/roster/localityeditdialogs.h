#pragma once

#include <ui/common/editdialog.h>

#include <core/roster/roster.h>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QRadioButton;

namespace thuky {

class Database;

/** Adds a unit under the selected one (or a province): its name and first day. */
class AddLocalityDialog : public EditDialog
{
    Q_OBJECT
public:
    /** @p parent empty (id 0): a province. */
    AddLocalityDialog(const Locality &parentUnit, const QDate &from, QWidget *parent = nullptr);
    QString name() const;
    QDate from() const;
    QLineEdit *nameEdit() const { return m_name; }
    QDateEdit *fromEdit() const { return m_from; }

protected:
    bool checkInput() override;

private:
    QLineEdit *m_name;
    QDateEdit *m_from;
};

/**
 * Merges the selected units into one on a date: an existing unit valid that day, or a new
 * one of a name typed here (formed under the units' parent).
 */
class MergeLocalitiesDialog : public EditDialog
{
    Q_OBJECT
public:
    MergeLocalitiesDialog(
        Database &db, const QList<Locality> &sources, const QDate &on, QWidget *parent = nullptr);

    QDate on() const;
    bool createsNew() const;
    QString newName() const;
    /** The chosen existing unit (id 0 when none or a new one). */
    Locality target() const;

    QDateEdit *onEdit() const { return m_on; }
    QRadioButton *existingButton() const { return m_existing; }
    QRadioButton *newButton() const { return m_new; }
    QComboBox *targetBox() const { return m_target; }
    QLineEdit *newNameEdit() const { return m_newName; }

protected:
    bool checkInput() override;

private:
    void fillTargets();
    void updateEnabled();

    Database &m_db;
    QList<Locality> m_sources;
    QList<Locality> m_targets;
    QDateEdit *m_on;
    QRadioButton *m_existing;
    QRadioButton *m_new;
    QComboBox *m_target;
    QLineEdit *m_newName;
};

/** Places a unit under another from a date (a commune directly under the province). */
class MoveLocalityDialog : public EditDialog
{
    Q_OBJECT
public:
    MoveLocalityDialog(
        Database &db, const Locality &unit, const QDate &on, QWidget *parent = nullptr);

    QDate on() const;
    Locality newParent() const;

    QDateEdit *onEdit() const { return m_on; }
    QComboBox *parentBox() const { return m_parent; }

protected:
    bool checkInput() override;

private:
    void fillParents();

    Database &m_db;
    Locality m_unit;
    QList<Locality> m_parents;
    QDateEdit *m_on;
    QComboBox *m_parent;
};

/** Ends a unit without a successor on its last day (a district on 30/06/2025). */
class EndLocalityDialog : public EditDialog
{
    Q_OBJECT
public:
    EndLocalityDialog(const Locality &unit, const QDate &lastDay, QWidget *parent = nullptr);
    QDate lastDay() const;
    QDateEdit *lastDayEdit() const { return m_last; }

private:
    QDateEdit *m_last;
};

} // namespace thuky
