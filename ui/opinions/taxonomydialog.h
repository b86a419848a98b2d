#pragma once

#include <QDialog>

#include <functional>

class QTableWidget;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;
class QListWidget;
class QUndoStack;

namespace thuky {

class CommandFeedback;
class Database;
class DatabaseCommand;

/**
 * The lists behind opinion reports: topics (two levels), localities (province → district →
 * commune), the labels of the six fixed channels, and agencies. Reports refer to entries by
 * id, so a rename keeps their history; deleting an entry in use is refused with the reason.
 */
class TaxonomyDialog : public QDialog
{
    Q_OBJECT
public:
    /** Each edit goes on @p undo (when given) as one undoable step. */
    TaxonomyDialog(Database &db, QWidget *parent = nullptr, QUndoStack *undo = nullptr,
        CommandFeedback *feedback = nullptr);

    QTreeWidget *topicTree() const { return m_topics; }
    QTreeWidget *localityTree() const { return m_localities; }
    QTableWidget *channelTable() const { return m_channels; }
    QListWidget *agencyList() const { return m_agencies; }

    /** The actions behind the buttons, for the current tab and item; false when refused. */
    bool addEntry(const QString &name, bool child);
    bool renameEntry(const QString &name);
    bool removeEntry();
    QTabWidget *tabs() const { return m_tabs; }

protected:
    /** Tab follows the window as laid out (FocusOrder). */
    bool focusNextPrevChild(bool next) override;

private:
    void reload();
    void fillTopics();
    void fillLocalities();
    void fillChannels();
    void fillAgencies();
    qint64 currentId() const;
    QString currentName() const;
    /** The row version read for the selected entry (what a rename expects). */
    int currentVersion() const;
    bool run(const std::function<void()> &edit);
    void ask(bool child);
    void askRename();
    void askRemove();

    void execute(DatabaseCommand *command);

    Database &m_db;
    QUndoStack *m_undo;
    CommandFeedback *m_feedback;
    QTabWidget *m_tabs;
    QTreeWidget *m_topics;
    QTreeWidget *m_localities;
    QTableWidget *m_channels;
    QListWidget *m_agencies;
    bool m_filling = false;
};

} // namespace thuky
