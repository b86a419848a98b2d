#include <core/db/opener.h>

#include <core/db/backups.h>
#include <core/db/serverpasswords.h>
#include <core/db/userrepository.h>
#include <core/text/textnorm.h>

#include <QCoreApplication>

namespace thuky {

namespace {
// The context of this file's messages, seen by lupdate in member and free functions alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(thuky::Opener)
};
} // namespace

Opener::Opener(Database &db, Prompts &prompts)
    : m_db(db)
    , m_prompts(prompts)
{
}

Opener::Result Opener::open(Database::OpenMode mode)
{
    m_role.clear();
    if (!connect(mode))
        return Result::Cancelled;
    m_prompts.schemaReady();
    if (m_signInRequired && UserRepository(m_db).count() > 0 && !signInUser())
        return Result::Cancelled;
    afterOpen();
    return Result::Opened;
}

void Opener::Prompts::warning(const QString &message)
{
    qWarning("%s", qUtf8Printable(message));
}

void Opener::afterOpen()
{
    if (m_db.isDamaged()) {
        m_prompts.warning(m_db.damageMessage());
        return;
    }
    if (!m_dailyBackup)
        return;
    // A backup problem never fails the person's work: it is told, and goes on.
    try {
        Backups::daily(m_db);
    } catch (const DbError &e) {
        m_prompts.warning(e.kind() == DbError::Damaged
                ? e.message()
                : Tr::tr("No daily backup was made: %1").arg(e.message()));
    } catch (const std::exception &e) {
        m_prompts.warning(Tr::tr("No daily backup was made: %1").arg(QString::fromUtf8(e.what())));
    }
}

bool Opener::connect(Database::OpenMode mode)
{
    m_db.setMigrationNotice([this](int from, int to) { m_prompts.upgrading(from, to); });
    // A refused THUKY_DB_PASSWORD is a refusal too: the first prompt says so.
    bool refused = qEnvironmentVariableIsSet("THUKY_DB_PASSWORD");
    ServerPassword typed;
    bool askedPerson = false;
    for (;;) {
        try {
            m_db.open(mode);
            break;
        } catch (const DbError &) {
            // Only a server that wants a password the URL, THUKY_DB_PASSWORD and the keychain
            // did not give (or refused) is worth asking again; anything else stands.
            if (!m_db.passwordRefused())
                throw;
            const Answer answer = m_prompts.askServerPassword(m_db.location(), refused, &typed);
            if (answer == Answer::NotAsked)
                throw;
            if (answer == Answer::Cancelled)
                return false;
            m_db.setPassword(typed.password);
            refused = true;
            askedPerson = true;
        }
    }
    if (askedPerson && typed.remember) {
        QString why;
        if (!ServerPasswords::store(m_db.location(), typed.password, &why))
            m_prompts.passwordNotKept(why);
    }
    return true;
}

bool Opener::signInUser()
{
    const QString password = qEnvironmentVariable("THUKY_PASSWORD");
    if (!m_user.isEmpty() && !password.isEmpty()) {
        signIn(m_user, password);
        return true;
    }
    if (!m_prompts.signIn(*this))
        return false;
    // A prompt that says yes without a successful signIn() lets no one in.
    if (m_role.isEmpty())
        throw WrongPasswordError(Tr::tr("wrong user name or password"));
    return true;
}

QString Opener::signIn(const QString &user, const QString &password)
{
    m_role = signIn(m_db, user, password, m_allowedRoles,
        [this](int ms) { return m_prompts.waitBeforeSignIn(ms); });
    return m_role;
}

QString Opener::signIn(Database &db, const QString &user, const QString &password,
    const QStringList &allowedRoles, const std::function<bool(int ms)> &wait)
{
    const QString name = TextNorm::clean(user);
    SignInThrottle throttle(db);
    // The wait is counted from the last failure and then the attempt is checked whatever
    // happened meanwhile: someone guessing at a name cannot keep its owner out for longer.
    if (const int ms = throttle.waitMs(name); ms > 0 && !(wait && wait(ms))) {
        const int seconds = (ms + 999) / 1000;
        throw SignInThrottled(
            Tr::tr("too many failed sign-ins as %1: try again in %n second(s)", nullptr, seconds)
                .arg(name),
            ms);
    }
    QString uuid;
    const QString role = UserRepository(db).verify(name, password, &uuid);
    if (role.isEmpty()) {
        throttle.recordFailure(name);
        throw WrongPasswordError(Tr::tr("wrong user name or password"));
    }
    if (!allowedRoles.isEmpty() && !allowedRoles.contains(role))
        throw PermissionError(Tr::tr("the role %1 may not run this command").arg(role));
    db.setCurrentUser(user);
    throttle.recordSuccess(name, uuid);
    db.setCurrentRole(role);
    return role;
}

} // namespace thuky
