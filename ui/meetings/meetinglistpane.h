#pragma once

#include <QWidget>

class QComboBox;
class QTableView;

namespace thuky {

class Database;
class MeetingListModel;

/**
 * The list side of the Meetings tab: a committee's meetings, newest first, filtered by
 * year, kind and status. Choosing a row asks for that meeting to be opened.
 */
class MeetingListPane : public QWidget
{
    Q_OBJECT
public:
    explicit MeetingListPane(Database &db, QWidget *parent = nullptr);

    MeetingListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *committeeCombo() const { return m_committee; }
    QComboBox *yearFilter() const { return m_yearFilter; }
    QComboBox *kindFilter() const { return m_kindFilter; }
    QComboBox *statusFilter() const { return m_statusFilter; }

    qint64 currentCommitteeId() const;
    void setCurrentCommittee(qint64 id);
    /** Lists the meetings again, keeping meeting @p currentId selected if it is shown. */
    void reload(qint64 currentId);
    /** Selects meeting @p id if it is listed, without asking to open it. */
    void select(qint64 id);
    void clearSelection();

signals:
    /** A filter or the committee changed: the list needs reload(). */
    void filtersChanged();
    /** The clerk chose meeting @p id in the list. */
    void meetingChosen(qint64 id);

private:
    void buildFilters();

    Database &m_db;
    MeetingListModel *m_model;
    bool m_selecting = false; ///< a selection made by code, not by the clerk
    QComboBox *m_committee;
    QComboBox *m_yearFilter;
    QComboBox *m_kindFilter;
    QComboBox *m_statusFilter;
    QTableView *m_table;
};

} // namespace thuky
