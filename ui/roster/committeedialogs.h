#pragma once

#include <ui/common/editdialog.h>

#include <core/roster/roster.h>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace thuky {

class Database;

/**
 * Forms a committee: under which committee (those in office on the first day), its name,
 * level, locality, the body printed above it in documents, the place of its date line, and
 * its first day.
 */
class AddCommitteeDialog : public EditDialog
{
    Q_OBJECT
public:
    AddCommitteeDialog(Database &db, qint64 parentId, const QDate &from, QWidget *parent = nullptr);

    Committee committee() const;
    /** The level suggested for a committee under one of @p parentLevel formed on @p from. */
    static QString suggestedLevel(const QString &parentLevel, const QDate &from);

    QComboBox *parentBox() const { return m_parent; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *levelBox() const { return m_level; }
    QComboBox *localityBox() const { return m_locality; }
    QDateEdit *fromEdit() const { return m_from; }

protected:
    bool checkInput() override;

private:
    /** The committees and localities valid on the first day; keeps the choices made. */
    void fillChoices();
    void suggestLevel();

    Database &m_db;
    QComboBox *m_parent;
    QLineEdit *m_name;
    QComboBox *m_level;
    QComboBox *m_locality;
    QLineEdit *m_superior;
    QLineEdit *m_place;
    QDateEdit *m_from;
    QString m_placeFromLocality; ///< the place last filled in from the locality
};

/** One name to type: renames a committee or a locality. */
class NameDialog : public EditDialog
{
    Q_OBJECT
public:
    NameDialog(
        const QString &title, const QString &label, const QString &name, QWidget *parent = nullptr);
    QString name() const;
    QLineEdit *nameEdit() const { return m_name; }

protected:
    bool checkInput() override;

private:
    QLineEdit *m_name;
};

/**
 * Dissolves a committee on its last day, optionally into a successor chosen among the
 * committees in office the next day.
 */
class DissolveCommitteeDialog : public EditDialog
{
    Q_OBJECT
public:
    DissolveCommitteeDialog(
        Database &db, const Committee &committee, const QDate &on, QWidget *parent = nullptr);

    QDate on() const;
    /** The chosen successor; an empty committee (id 0) when dissolved without one. */
    Committee successor() const;

    QDateEdit *onEdit() const { return m_on; }
    QCheckBox *successorCheck() const { return m_hasSuccessor; }
    QComboBox *successorBox() const { return m_successor; }

protected:
    bool checkInput() override;

private:
    void fillSuccessors();

    Database &m_db;
    Committee m_committee;
    QList<Committee> m_candidates;
    QDateEdit *m_on;
    QCheckBox *m_hasSuccessor;
    QComboBox *m_successor;
};

} // namespace thuky
