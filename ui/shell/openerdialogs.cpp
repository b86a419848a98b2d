#include <ui/shell/openerdialogs.h>

#include <ui/shell/logindialog.h>
#include <ui/shell/serverpassworddialog.h>

#include <QMessageBox>
#include <QProgressDialog>

namespace thuky {

OpenerDialogs::OpenerDialogs(bool quiet)
    : m_quiet(quiet)
{
}

OpenerDialogs::~OpenerDialogs() = default;

void OpenerDialogs::upgrading(int from, int to)
{
    if (m_quiet)
        return;
    // Upgrading a large database takes a while: say so rather than look frozen.
    m_upgrading = std::make_unique<QProgressDialog>(
        tr("Upgrading the database from version %1 to %2 "
           "(a backup is made first; a large database takes a minute)…")
            .arg(from)
            .arg(to),
        QString(), 0, 0);
    m_upgrading->setWindowTitle(tr("Thư Ký"));
    m_upgrading->setMinimumDuration(0);
    m_upgrading->show();
    for (int i = 0; i < 5; ++i) // painted before the work blocks the event loop
        QCoreApplication::processEvents();
}

void OpenerDialogs::schemaReady()
{
    m_upgrading.reset();
}

Opener::Answer OpenerDialogs::askServerPassword(
    const QString &location, bool refused, Opener::ServerPassword *answer)
{
    if (m_quiet)
        return Opener::Answer::NotAsked;
    ServerPasswordDialog ask(location, refused);
    if (ask.exec() != QDialog::Accepted)
        return Opener::Answer::Cancelled;
    answer->password = ask.password();
    answer->remember = ask.remember();
    return Opener::Answer::Given;
}

void OpenerDialogs::passwordNotKept(const QString &why)
{
    QMessageBox::information(nullptr, tr("Thư Ký"),
        tr("The password could not be kept in the system keychain: %1").arg(why));
}

void OpenerDialogs::warning(const QString &message)
{
    if (m_quiet) {
        Opener::Prompts::warning(message);
        return;
    }
    QMessageBox::warning(nullptr, tr("Thư Ký"), message);
}

bool OpenerDialogs::signIn(Opener &opener)
{
    if (m_quiet)
        return false;
    LoginDialog login([&opener](const QString &user, const QString &password) {
        return opener.signIn(user, password);
    });
    return login.exec() == QDialog::Accepted;
}

} // namespace thuky
