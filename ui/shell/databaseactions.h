#pragma once

#include <QObject>
#include <QStringList>

class QAction;
class QMainWindow;
class QMenu;

namespace thuky {

class Database;

/**
 * The File menu's work with databases and settings: open another database or make a new one
 * (Thư Ký starts again on it, so that nothing of the old one stays open), the recent
 * databases, a backup now, the Backups dialog (list, back up, restore), and File → Settings.
 */
class DatabaseActions : public QObject
{
    Q_OBJECT
public:
    DatabaseActions(Database &db, QMainWindow *window);

    /** Adds the actions to @p file, before whatever it already holds. */
    void populate(QMenu *file);
    /** Backups are the admin's; settings are changed by admins and secretaries. */
    void setRole(const QString &role);

    QAction *openAction() const { return m_open; }
    QAction *newAction() const { return m_new; }
    QAction *backupAction() const { return m_backup; }
    QAction *backupsAction() const { return m_backups; }
    QAction *settingsAction() const { return m_settings; }
    QAction *importExchangeAction() const { return m_importExchange; }
    QMenu *recentMenu() const { return m_recent; }

    /** Puts @p location first in the recent databases (at most 8 are kept). */
    static void remember(const QString &location);
    /** The recent databases, newest first, those gone from the disk left out. */
    static QStringList recent();
    /**
     * Starts Thư Ký again with @p args added to this start's arguments, the options named in
     * @p replaced (e.g. "db", "lang") removed from them first; quits this one when it started.
     */
    static bool relaunch(const QStringList &args, const QStringList &replaced);

signals:
    /** The office's settings were saved (documents and the home page read them again). */
    void settingsChanged();

public slots:
    void showSettings();

private:
    void chooseDatabase(bool create);
    void switchTo(const QString &location);
    void fillRecent();
    void backupNow();
    void showBackups();
    void importExchange();

    Database &m_db;
    QMainWindow *m_window;
    QString m_role;
    QAction *m_new = nullptr;
    QAction *m_open = nullptr;
    QMenu *m_recent = nullptr;
    QAction *m_backup = nullptr;
    QAction *m_backups = nullptr;
    QAction *m_importExchange = nullptr;
    QAction *m_settings = nullptr;
};

} // namespace thuky
