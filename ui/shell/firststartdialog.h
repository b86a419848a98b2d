#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QRadioButton;

namespace thuky {

class Database;

/**
 * Shown when the database holds no records: start empty (create the province committee) or
 * load the invented demo data set.
 */
class FirstStartDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FirstStartDialog(Database &db, QWidget *parent = nullptr);
    void accept() override;

    QRadioButton *emptyButton() const { return m_empty; }
    QRadioButton *demoButton() const { return m_demo; }
    QLineEdit *nameEdit() const { return m_name; }

    /** Shows @p message below the name, the dialog growing to show all of it. */
    void showError(const QString &message);

private:
    bool createCommittee();
    bool loadDemo();

    Database &m_db;
    QRadioButton *m_empty;
    QRadioButton *m_demo;
    QLineEdit *m_name;
    QLabel *m_error;
};

} // namespace thuky
