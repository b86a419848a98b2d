#pragma once

#include <core/roster/roster.h>

#include <QDate>
#include <QList>
#include <QObject>

#include <optional>

class QAction;
class QCheckBox;
class QTreeView;
class QUndoStack;
class QWidget;

namespace thuky {

class CommandFeedback;
class Database;
class EditDialog;
class RosterView;

/**
 * The organisation's edits in the roster area: add a committee under the selected one,
 * rename it, dissolve it (into a successor or not), and open the locality tree editor; and
 * the "Show history" option of the committee tree. RosterView puts the actions in its
 * toolbar and menu and asks which committees the tree shows.
 */
class OrganisationActions : public QObject
{
    Q_OBJECT
public:
    OrganisationActions(
        Database &db, QUndoStack *undo, CommandFeedback *feedback, RosterView *view);

    QList<QAction *> actions() const;
    QAction *addCommitteeAction() const { return m_add; }
    QAction *renameCommitteeAction() const { return m_rename; }
    QAction *dissolveCommitteeAction() const { return m_dissolve; }
    QAction *localitiesAction() const { return m_localities; }
    QCheckBox *historyCheck() const { return m_history; }

    /** The committee tree with the "Show history" check box below it. */
    QWidget *treePane(QTreeView *tree);
    /** The committees the tree shows on @p asOf: those in office, or every one with history. */
    QList<Committee> committeesShown(const QDate &asOf);
    void updateActions(bool editable, qint64 committeeId);

signals:
    /** The tree shows other committees (history shown or hidden). */
    void treeChanged();

private:
    void run(void (OrganisationActions::*edit)());
    void showDialog(EditDialog *dialog);
    std::optional<Committee> current();

    void addCommittee();
    void renameCommittee();
    void dissolveCommittee();
    void openLocalities();
    void reloadView();

    Database &m_db;
    QUndoStack *m_undo;
    CommandFeedback *m_feedback;
    RosterView *m_view;
    QAction *m_add;
    QAction *m_rename;
    QAction *m_dissolve;
    QAction *m_localities;
    QCheckBox *m_history;
};

} // namespace thuky
