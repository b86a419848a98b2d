#pragma once

#include <core/opinions/opinionrepository.h>
#include <core/search/globalsearch.h>

#include <QMainWindow>

#include <functional>

class QAction;
class QListWidget;
class QMenu;
class QScrollArea;
class QStackedWidget;
class QTimer;
class QUndoStack;

namespace thuky {

class ChangeWatch;
class Database;
class DatabaseActions;
class HomeView;
class SearchPopup;
struct ChartSelection;

/**
 * The main window: one area per part of the work, switched from the list on the left or
 * with Ctrl+0…4 (the home page first). It only wires things together; each area is its own
 * widget, built the first time it is shown or asked for (areaWidget()): a start builds and
 * loads only the area it opens on. Ctrl+K searches everything, F1 opens the user guide's page
 * of the current area; the window fits the screen it opens on and reopens the last area.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Area { Home, Roster, Meetings, Opinions, Charts };

    explicit MainWindow(Database &db, QWidget *parent = nullptr);

    Area currentArea() const;
    void setCurrentArea(Area area);
    /** The widget of @p area, built now if it was not yet. */
    QWidget *areaWidget(Area area);
    /** Whether @p area's widget has been built (tests of the lazy start). */
    bool isAreaBuilt(Area area) const;
    /** The area's widget if it is built, nullptr if not (nothing is built). */
    QWidget *builtArea(Area area) const;
    QUndoStack *undoStack() const { return m_undo; }

    /** Parses the command line's area name (home, roster, meetings, opinions, charts). */
    static bool areaFromName(const QString &name, Area *area);
    /** The command line's name of @p area (also the user guide's page). */
    static QString areaName(Area area);

    /** The search across everything (Ctrl+K), made on first use. */
    SearchPopup *searchPopup();
    /** Shows the record of a search hit in its area. */
    void openRecord(thuky::SearchHit::Kind kind, qint64 id);
    /** The File menu's database and settings actions. */
    DatabaseActions *databaseActions() const { return m_databaseActions; }
    /** What tells the areas of changes made on other workstations. */
    ChangeWatch *changeWatch() const { return m_changes; }

    /**
     * The signed-in user's role (admin, secretary, viewer, collaborator; empty when the
     * database has no users): only admins and secretaries edit the roster.
     */
    void setRole(const QString &role);

    /** Saves the window geometry and state (also done on close). */
    void saveState();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildAreas();
    void addArea(Area area, const QString &title, std::function<QWidget *()> make);
    /** Builds the widget of area @p index unless it is built: its menu, role and wiring. */
    QWidget *ensureArea(int index);
    /** Gives a freshly built area what it needs of the window (role, links to other areas). */
    void wireArea(Area area, QWidget *widget);
    /** The opinion-list filter showing exactly the reports behind a chart bar. */
    static OpinionFilter opinionFilterFor(const ChartSelection &selection);
    void createMenus();
    void showAreaMenu(int index);
    void createHelpMenu();
    /** The home page's links: records, areas, new meeting and new report. */
    void wireHome(HomeView *home);
    void chooseLanguage(const QString &code);
    void showHelp();
    void about();
    /** The first start: a window that fits the screen; later ones: where it was left. */
    void restoreWindow();
    /**
     * The areas show what another workstation changed (the tables gathered from ChangeWatch);
     * not while a dialog edits a record (a save there finds the other version), but once it
     * has closed.
     */
    void showOtherChanges();

    struct AreaEntry
    {
        Area area;
        QString title;
        std::function<QWidget *()> make;
        QWidget *widget = nullptr;
        QMenu *menu = nullptr;
        QScrollArea *scroll = nullptr;
    };

    Database &m_db;
    QUndoStack *m_undo;
    QListWidget *m_areaList;
    QStackedWidget *m_stack;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_shownAreaMenu = nullptr;
    QAction *m_auditAction = nullptr;
    DatabaseActions *m_databaseActions = nullptr;
    SearchPopup *m_search = nullptr;
    QList<AreaEntry> m_areas;
    QString m_role;
    ChangeWatch *m_changes = nullptr;
    QTimer *m_changesWait = nullptr; ///< retries while a dialog is open
    QStringList m_waitingChanges; ///< tables changed elsewhere, not shown yet
    bool m_waitingAll = false; ///< unknown tables (SQLite)
};

} // namespace thuky
