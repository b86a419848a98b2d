#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace thuky {

class Database;

/** Asks for the user name and password once a database has users; wrong entries stay here. */
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(Database &db, QWidget *parent = nullptr);
    void accept() override;
    /** The signed-in user's role (admin, secretary, viewer, collaborator). */
    QString role() const { return m_role; }
    QString userName() const;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *passwordEdit() const { return m_password; }

private:
    Database &m_db;
    QLineEdit *m_name;
    QLineEdit *m_password;
    QLabel *m_error;
    QString m_role;
};

} // namespace thuky
