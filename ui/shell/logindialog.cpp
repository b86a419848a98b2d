#include <ui/shell/logindialog.h>

#include <core/db/database.h>
#include <core/db/opener.h>

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
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
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign in"));
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
    try {
        // Also records the user as the database's current user.
        m_role = m_signIn(userName(), m_password->text());
    } catch (const DbError &e) {
        m_error->setText(e.message());
        m_error->show();
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

} // namespace thuky
