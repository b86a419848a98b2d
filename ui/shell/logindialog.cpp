#include <ui/shell/logindialog.h>

#include <core/db/database.h>
#include <core/db/opener.h>
#include <core/db/signinthrottle.h>

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>

namespace thuky {

LoginDialog::LoginDialog(Database &db, QWidget *parent)
    : LoginDialog([&db](const QString &user,
                      const QString &password) { return Opener::signIn(db, user, password); },
        parent)
{
}

LoginDialog::LoginDialog(SignIn signIn, QWidget *parent)
    : QDialog(parent)
    , m_signIn(std::move(signIn))
{
    setWindowTitle(tr("Sign in to Thư Ký"));
    m_name = new QLineEdit(QSettings().value(QStringLiteral("lastUser")).toString(), this);
    m_name->setObjectName(QStringLiteral("user"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_name);
    form->addRow(tr("&Password:"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_signInButton = buttons->button(QDialogButtonBox::Ok);
    m_signInButton->setText(tr("&Sign in"));
    m_waitTimer = new QTimer(this);
    m_waitTimer->setInterval(250);
    connect(m_waitTimer, &QTimer::timeout, this, &LoginDialog::showWait);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("This database has users. Sign in to continue."), this));
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(380);
    if (m_name->text().isEmpty())
        m_name->setFocus();
    else
        m_password->setFocus();
}

QString LoginDialog::userName() const
{
    return m_name->text().trimmed();
}

void LoginDialog::accept()
{
    if (m_waitTimer->isActive())
        return; // Enter pressed while the wait is counted down
    try {
        // Also records the user as the database's current user.
        m_role = m_signIn(userName(), m_password->text());
    } catch (const DbError &e) {
        m_error->setText(e.message());
        m_error->show();
        return;
    } catch (const SignInThrottled &e) {
        m_waitUntil = QDeadlineTimer(e.waitMs());
        m_signInButton->setEnabled(false);
        m_waitTimer->start();
        showWait();
        return;
    } catch (const WrongPasswordError &) {
        m_error->setText(tr("Wrong user name or password."));
        m_error->show();
        m_password->selectAll();
        m_password->setFocus();
        return;
    } catch (const PermissionError &e) {
        m_error->setText(e.message()); // a role the caller does not allow
        m_error->show();
        m_password->selectAll();
        m_password->setFocus();
        return;
    }
    QSettings().setValue(QStringLiteral("lastUser"), userName());
    QDialog::accept();
}

void LoginDialog::showWait()
{
    const qint64 left = m_waitUntil.remainingTime();
    if (left <= 0) {
        m_waitTimer->stop();
        m_signInButton->setEnabled(true);
        m_error->setText(tr("You may sign in again now."));
        m_password->setFocus();
        return;
    }
    const int seconds = int((left + 999) / 1000);
    m_error->setText(tr(
        "Too many failed sign-ins with this name. Try again in %n second(s).", nullptr, seconds));
    m_error->show();
}

} // namespace thuky
