#pragma once

#include <core/opinions/opinionrepository.h>

#include <QMainWindow>

class QListWidget;
class QMenu;
class QStackedWidget;
class QUndoStack;

namespace thuky {

class Database;
struct ChartSelection;

/**
 * The main window: one area per part of the work, switched from the list on the left or
 * with Ctrl+1…4. It only wires things together; each area is its own widget, built in
 * buildAreas().
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Area { Roster, Meetings, Opinions, Charts };

    explicit MainWindow(Database &db, QWidget *parent = nullptr);

    Area currentArea() const;
    void setCurrentArea(Area area);
    QWidget *areaWidget(Area area) const;
    QUndoStack *undoStack() const { return m_undo; }

    /** Parses the command line's area name (roster, meetings, opinions, charts). */
    static bool areaFromName(const QString &name, Area *area);

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
    void addArea(Area area, const QString &title, QWidget *widget);
    /** The opinion-list filter showing exactly the reports behind a chart bar. */
    static OpinionFilter opinionFilterFor(const ChartSelection &selection);
    void createMenus();
    void showAreaMenu(int index);
    void chooseLanguage(const QString &code);
    void about();

    struct AreaEntry
    {
        Area area;
        QString title;
        QWidget *widget = nullptr;
        QMenu *menu = nullptr;
    };

    Database &m_db;
    QUndoStack *m_undo;
    QListWidget *m_areaList;
    QStackedWidget *m_stack;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_shownAreaMenu = nullptr;
    QList<AreaEntry> m_areas;
};

} // namespace thuky
