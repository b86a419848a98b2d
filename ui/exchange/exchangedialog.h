#pragma once

#include <core/db/exchange.h>

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace thuky {

class Database;

/**
 * File → Import exchange file…: a district's sealed file, opened with its passphrase, shown
 * before anything is written — how many records it adds, updates and leaves as they are, and
 * each record changed both here and there since the last exchange, with the clerk's choice
 * (keep ours or take theirs) record by record. Import writes it all in one transaction.
 */
class ExchangeImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExchangeImportDialog(Database &db, QWidget *parent = nullptr);

    QLineEdit *fileEdit() const { return m_file; }
    QLineEdit *passphraseEdit() const { return m_passphrase; }
    QPushButton *checkButton() const { return m_check; }
    QPushButton *importButton() const { return m_import; }
    QLabel *summary() const { return m_summary; }
    QTableWidget *conflicts() const { return m_conflicts; }
    /** What the last import wrote (after accept()). */
    Exchange::Result importResult() const { return m_result; }

private:
    void chooseFile();
    void checkFile();
    void importFile();

    Database &m_db;
    QLineEdit *m_file;
    QLineEdit *m_passphrase;
    QPushButton *m_check;
    QPushButton *m_import;
    QLabel *m_summary;
    QTableWidget *m_conflicts;
    std::optional<Exchange::Plan> m_plan;
    Exchange::Result m_result;
};

} // namespace thuky
