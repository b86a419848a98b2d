#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace thuky {

class Database;

/**
 * File → Settings: what an office sets once. The printed documents' margins, signature labels
 * and default superior body, the days before a report counts as waiting, the backup policy
 * (kept in the database, shared by the office's workstations, audited) and the language of
 * this workstation's interface (used from the next start).
 */
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    /** @p editable false (a viewer): the office's settings are shown, not changed. */
    SettingsDialog(Database &db, bool editable, QWidget *parent = nullptr);

    void accept() override;

    QDoubleSpinBox *marginEdit(int side) const { return m_margins[side]; }
    QLineEdit *superiorBodyEdit() const { return m_superior; }
    QLineEdit *signatureLeftEdit() const { return m_signLeft; }
    QLineEdit *signatureRightEdit() const { return m_signRight; }
    QSpinBox *waitingDaysEdit() const { return m_waiting; }
    QCheckBox *dailyBackupBox() const { return m_daily; }
    QSpinBox *keepBackupsEdit() const { return m_keep; }
    QComboBox *languageCombo() const { return m_language; }
    /** True when the language was changed (the caller offers a restart). */
    bool languageChanged() const { return m_languageChanged; }

private:
    QWidget *buildDocumentGroup();
    QWidget *buildWorkGroup();
    void load();

    Database &m_db;
    bool m_editable;
    QDoubleSpinBox *m_margins[4] = {};
    QLineEdit *m_superior = nullptr;
    QLineEdit *m_signLeft = nullptr;
    QLineEdit *m_signRight = nullptr;
    QSpinBox *m_waiting = nullptr;
    QCheckBox *m_daily = nullptr;
    QSpinBox *m_keep = nullptr;
    QComboBox *m_language = nullptr;
    QString m_shownLanguage;
    bool m_languageChanged = false;
};

} // namespace thuky
