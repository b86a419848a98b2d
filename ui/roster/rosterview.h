#pragma once

#include <core/roster/roster.h>

#include <QDate>
#include <QHash>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QDateEdit;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QToolBar;
class QTreeView;
class QUndoStack;

namespace thuky {

class CommandFeedback;
class CommitteeTreeModel;
class Database;
class EditDialog;
class HistoryModel;
class MemberTableModel;
class OrganisationActions;
class RosterRepository;

/**
 * The Roster area: the committee tree, the members of the selected committee on a date in
 * print order, a name filter, the selected person's history of roles, and the edits
 * (add/edit person, appoint, end membership, reorganise), each an undoable command.
 */
class RosterView : public QWidget
{
    Q_OBJECT
public:
    RosterView(Database &db, QUndoStack *undo, QWidget *parent = nullptr);
    ~RosterView() override;

    QAction *addPersonAction() const { return m_addPerson; }
    QAction *editPersonAction() const { return m_editPerson; }
    QAction *appointAction() const { return m_appoint; }
    QAction *endMembershipAction() const { return m_endMembership; }
    QAction *reorganiseAction() const { return m_reorganise; }
    /** Committees and localities: add, rename, dissolve; the tree's history option. */
    OrganisationActions *organisationActions() const { return m_organisation; }

    CommitteeTreeModel *committeeModel() const { return m_committeeModel; }
    MemberTableModel *memberModel() const { return m_memberModel; }
    HistoryModel *historyModel() const { return m_historyModel; }
    QTreeView *committeeTree() const { return m_tree; }
    QTableView *memberTable() const { return m_table; }
    QDateEdit *asOfEdit() const { return m_asOf; }
    QLineEdit *filterEdit() const { return m_filter; }
    QLabel *emptyStateLabel() const { return m_emptyLabel; }

    qint64 currentCommitteeId() const { return m_committeeId; }
    /**
     * Selects the committee @p id in the tree and shows its members; when it is not in office
     * on the date shown, the date moves to its last day (or its first, if it is formed later).
     */
    void setCurrentCommittee(qint64 id);
    /** The person whose history is shown (the selected member or the last one added). */
    qint64 currentPersonId() const { return m_personId; }
    /**
     * Shows the person @p id: their history of roles, and one of their memberships selected
     * in the member table (in the committee shown, else one they hold on the date, else the
     * latest), changing committee, date and name filter when these hide it.
     */
    void setCurrentPerson(qint64 id);
    QDate asOf() const;
    void setAsOf(const QDate &date);

    /** Viewers and collaborators read the roster but do not change it. */
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }

    /** Reads everything again from the database (after an undo, say). */
    void reload();

private:
    void createActions();
    void createTree();
    /** The committee heading and the row of date and name filter above the members. */
    QHBoxLayout *createControls();
    /** The member table, or in its place a page that says why it is empty. */
    void createMemberStack();
    /** The selected person: heading, details and history of roles (after createControls()). */
    QWidget *createPersonPanel();
    void arrangePanels(QHBoxLayout *controls, QWidget *personPanel);
    void connectViews();
    /** The committees in office on the date (or all with the history), keeping the selection. */
    void reloadTree();
    void reloadMembers();
    void reloadHistory();
    void updateActions();
    void selectMembership(qint64 id);
    qint64 selectedMembershipId() const;
    /** Selects a membership of person @p id, as setCurrentPerson() says. */
    void showPersonInTable(qint64 id);
    /** The membership of person @p id to show, by the order setCurrentPerson() says. */
    std::optional<Membership> membershipToShow(qint64 id);
    /** The rank or honorific of the members' persons (read once per reload). */
    QHash<qint64, QString> honorificsOf(const QList<Membership> &members);
    void showDialog(EditDialog *dialog);
    void showError(const QString &message);
    void guard(const std::function<void()> &work);

    void addPerson();
    void editPerson();
    void appoint();
    void endMembership();
    void reorganise();

    Database &m_db;
    QUndoStack *m_undo;
    RosterRepository *m_repo;
    CommandFeedback *m_feedback;

    CommitteeTreeModel *m_committeeModel;
    MemberTableModel *m_memberModel;
    HistoryModel *m_historyModel;

    QToolBar *m_toolBar;
    QTreeView *m_tree;
    QDateEdit *m_asOf;
    QPushButton *m_todayButton;
    QLineEdit *m_filter;
    QStackedWidget *m_memberStack;
    QTableView *m_table;
    QLabel *m_emptyLabel;
    QPushButton *m_emptyAppoint;
    QLabel *m_committeeHeading;
    QLabel *m_personHeading;
    QLabel *m_personDetails;
    QTableView *m_history;
    QList<QSplitter *> m_splitters;
    OrganisationActions *m_organisation = nullptr;

    QAction *m_addPerson = nullptr;
    QAction *m_editPerson = nullptr;
    QAction *m_appoint = nullptr;
    QAction *m_endMembership = nullptr;
    QAction *m_reorganise = nullptr;

    QHash<qint64, QString> m_honorifics; ///< person id → honorific, emptied by reload()
    qint64 m_committeeId = 0;
    qint64 m_personId = 0;
    bool m_editable = true;
};

} // namespace thuky
