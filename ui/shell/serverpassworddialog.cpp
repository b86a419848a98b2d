#include <ui/shell/serverpassworddialog.h>

#include <core/db/serverpasswords.h>

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace thuky {

ServerPasswordDialog::ServerPasswordDialog(const QString &location, bool refused, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("serverPasswordDialog"));
    setWindowTitle(tr("Database server"));
    setMinimumWidth(460);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(refused
            ? tr("The server %1 did not accept the password. Type it again:")
                  .arg(ServerPasswords::key(location))
            : tr("The server %1 asks for a password:").arg(ServerPasswords::key(location)),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("serverPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    auto *label = new QLabel(tr("&Password:"), this);
    label->setBuddy(m_password);
    form->addRow(label, m_password);
    layout->addLayout(form);
    m_remember = new QCheckBox(tr("&Remember it in the system keychain"), this);
    m_remember->setObjectName(QStringLiteral("rememberPassword"));
    m_remember->setChecked(true);
    layout->addWidget(m_remember);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_password->setFocus();
}

QString ServerPasswordDialog::password() const
{
    return m_password->text();
}

bool ServerPasswordDialog::remember() const
{
    return m_remember->isChecked();
}

} // namespace thuky
