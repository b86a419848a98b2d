#pragma once

#include <QDeadlineTimer>
#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace thuky {

class Database;

/** Asks for the user name and password once a database has users; wrong entries stay here. */
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    /** Checks a name and password: returns the role or throws PermissionError (Opener). */
    using SignIn = std::function<QString(const QString &user, const QString &password)>;

    /** Signs in to @p db with every role allowed. */
    explicit LoginDialog(Database &db, QWidget *parent = nullptr);
    /** Signs in through @p signIn (an Opener's, which also checks the allowed roles). */
    explicit LoginDialog(SignIn signIn, QWidget *parent = nullptr);
    void accept() override;
    /** The signed-in user's role (admin, secretary, viewer, collaborator). */
    QString role() const { return m_role; }
    QString userName() const;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *passwordEdit() const { return m_password; }

    /** The Sign in button: disabled while earlier failures ask for a wait. */
    QPushButton *signInButton() const { return m_signInButton; }

private:
    /** Counts the wait of a throttled sign-in down, then lets the next attempt go. */
    void showWait();

    SignIn m_signIn;
    QPushButton *m_signInButton;
    QTimer *m_waitTimer;
    QDeadlineTimer m_waitUntil;
    QLineEdit *m_name;
    QLineEdit *m_password;
    QLabel *m_error;
    QString m_role;
};

} // namespace thuky
