#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace thuky {

class Database;

/**
 * File → Backups: the backups beside the database (date, size, check), a backup now, and a
 * restore: the chosen copy is checked, what it holds is shown, and after a confirmation it
 * replaces the database (what it replaces is kept as a backup first); Thư Ký then starts
 * again on it. Only an admin may back up or restore; others see the list.
 */
class BackupsDialog : public QDialog
{
    Q_OBJECT
public:
    BackupsDialog(Database &db, bool admin, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QPushButton *backupButton() const { return m_backup; }
    QPushButton *restoreButton() const { return m_restore; }
    /** True once a restore replaced the database: the caller starts Thư Ký again. */
    bool restored() const { return m_restored; }

    /**
     * Asks the person to confirm the restore whose preview is @p text (default: a message
     * box). Tests answer it themselves.
     */
    void setConfirmation(std::function<bool(const QString &text)> confirm)
    {
        m_confirm = std::move(confirm);
    }
    /**
     * The preview of @p file after its own check: what it holds (reports, meetings, people,
     * its newest record); empty with @p problem set when the file cannot be trusted.
     */
    static QString preview(const QString &file, QString *problem);

public slots:
    void refresh();
    void backUpNow();
    void restoreSelected();

private:
    QString selectedPath() const;
    void updateButtons();

    Database &m_db;
    bool m_admin;
    bool m_restored = false;
    QTableWidget *m_table = nullptr;
    QLabel *m_folder = nullptr;
    QPushButton *m_backup = nullptr;
    QPushButton *m_restore = nullptr;
    std::function<bool(const QString &)> m_confirm;
};

} // namespace thuky
