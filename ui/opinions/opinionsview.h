#pragma once

#include <ui/opinions/opinioncommands.h>
#include <ui/opinions/opinionfilterbar.h>

#include <core/opinions/opinionrepository.h>

#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLayout;
class QLineEdit;
class QTableView;
class QTextBrowser;
class QTimer;
class QToolBar;
class QUndoStack;

namespace thuky {

class CommandFeedback;
class Database;
class OpinionEntryDialog;
class OpinionTableModel;

/**
 * The Opinion reports area: the lazily fetched list of every report, a search box that
 * ignores diacritics (best matches first, matched words highlighted), filters that combine
 * and can be saved by name, the count of matching reports, fast keyboard entry, the
 * response workflow, taxonomy, import and export. Every edit is an undoable command.
 */
class OpinionsView : public QWidget
{
    Q_OBJECT
public:
    OpinionsView(Database &db, QUndoStack *undo, QWidget *parent = nullptr);
    ~OpinionsView() override;

    /** Shows the list filtered by exactly @p filter (the charts open it for one bar). */
    void showFilter(const OpinionFilter &filter);
    /** The filter the list shows. */
    OpinionFilter currentFilter() const { return m_filter; }

    OpinionTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchEdit() const { return m_search; }
    QLabel *countLabel() const { return m_count; }
    OpinionFilterBar *filterBar() const { return m_filterBar; }
    QComboBox *quarterCombo() const { return m_filterBar->quarterCombo(); }
    QLineEdit *fromEdit() const { return m_filterBar->fromEdit(); }
    QLineEdit *toEdit() const { return m_filterBar->toEdit(); }
    QComboBox *localityCombo() const { return m_filterBar->localityCombo(); }
    QComboBox *topicCombo() const { return m_filterBar->topicCombo(); }
    QComboBox *channelCombo() const { return m_filterBar->channelCombo(); }
    QComboBox *sentimentCombo() const { return m_filterBar->sentimentCombo(); }
    QComboBox *urgencyCombo() const { return m_filterBar->urgencyCombo(); }
    QComboBox *statusCombo() const { return m_filterBar->statusCombo(); }
    QComboBox *reporterCombo() const { return m_filterBar->reporterCombo(); }
    QComboBox *savedFilterCombo() const { return m_filterBar->savedFilterCombo(); }
    /** The fast entry form while it is open. */
    OpinionEntryDialog *entryDialog() const { return m_entry; }

    /**
     * The signed-in role: a viewer reads and exports, a collaborator adds reports and edits
     * its new ones, without export; empty (no users) or admin or secretary: everything.
     */
    void setRole(const QString &role);

    QAction *newReportsAction() const { return m_newReports; }
    QAction *editAction() const { return m_edit; }
    QAction *forwardAction() const { return m_forward; }
    QAction *answerAction() const { return m_answer; }
    QAction *resolveAction() const { return m_resolve; }
    QAction *closeReportAction() const { return m_closeReport; }
    QAction *importAction() const { return m_import; }
    QAction *exportAction() const { return m_export; }
    QAction *taxonomyAction() const { return m_taxonomy; }

    /** Saves the current filter under @p name (what the Save button does after asking). */
    void saveFilter(const QString &name);
    /** Applies the saved filter called @p name; false when there is none. */
    bool recallFilter(const QString &name);
    void deleteFilter(const QString &name);

    /**
     * Writes the reports the list shows (the current filter, search included) to @p path:
     * CSV in the import format when it ends in .csv, else an XLSX workbook. Returns the
     * number of reports; throws ValidationError or DbError when it cannot.
     */
    qint64 exportTo(const QString &path);

    /** Reads the lists and the reports again (after an undo or a taxonomy change). */
    void reload();
    /** Shows or hides a column of the list (the header's menu); remembered. */
    void setColumnShown(int column, bool shown);
    /** What the taxonomy dialog's commands report to (the lists reload on their undo/redo). */
    CommandFeedback *taxonomyFeedback() const { return m_taxonomyFeedback; }
    /** The id of the selected report, or 0. */
    qint64 selectedId() const;
    void selectId(qint64 id);

public slots:
    /**
     * Shows the report @p reportId (the main window's search opens it): the filters and the
     * search text are cleared when they hide it, and the report is selected, scrolled to and
     * shown whole below the list.
     */
    void openReport(qint64 reportId);
    /**
     * Another workstation changed @p tables (ChangeWatch; empty: unknown which): the count and
     * the rows on screen are read again, the selection and the scroll position stay. Hidden,
     * the area waits until it is shown.
     */
    void followOtherChanges(const QStringList &tables);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /** Whether the list under @p filter holds @p report (asks for the reports of its day). */
    bool filterShows(const OpinionFilter &filter, const OpinionReport &report);
    void createActions();
    QLayout *createSearchRow();
    void createFilterBar();
    void createTable();
    QWidget *createSplitter();
    void connectSignals();
    void fillLists();
    void fillSavedFilters(const QString &current = {});
    /** Reads the filter widgets into m_filter and shows it. */
    void filterFromWidgets();
    void setWidgetsFromFilter(const OpinionFilter &filter);
    void applyFilter();
    void updateCount();
    void updateActions();
    void updateDetails();
    void showError(const QString &message);
    void sortBy(int column);
    std::optional<OpinionReport> selectedReport() const;

    void newReports();
    void editReport();
    void forward();
    void recordAnswer();
    void resolveReport();
    void closeReport();
    void followSaves(OpinionEntryDialog *dialog);
    void openStatusDialog(ChangeReportStatus::Step step);
    void changeStatus(ChangeReportStatus::Step step);
    void importCsv();
    void exportReports();
    void editTaxonomy();
    void setWaitingDays();

    Database &m_db;
    QUndoStack *m_undo;
    CommandFeedback *m_feedback;
    CommandFeedback *m_taxonomyFeedback = nullptr;
    OpinionTableModel *m_model;
    OpinionFilter m_filter;

    QToolBar *m_toolBar;
    QLineEdit *m_search;
    QTimer *m_searchTimer;
    QLabel *m_count;
    OpinionFilterBar *m_filterBar;
    QTableView *m_table;
    QTextBrowser *m_details;
    OpinionEntryDialog *m_entry = nullptr;

    QString m_role;
    QAction *m_newReports = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_forward = nullptr;
    QAction *m_answer = nullptr;
    QAction *m_resolve = nullptr;
    QAction *m_closeReport = nullptr;
    QAction *m_import = nullptr;
    QAction *m_export = nullptr;
    QAction *m_taxonomy = nullptr;
    QAction *m_waiting = nullptr;
    QStringList m_otherChanges; ///< changed while the area was hidden
    bool m_otherChangesAll = false;
    /** Until the list is first painted: the count (every matching row read) waits for it. */
    bool m_countAfterPaint = true;
    bool m_otherChangesPending = false;
};

} // namespace thuky
