#include "clicontext.h"

#include <core/db/opener.h>
#include <core/db/serverpasswords.h>
#include <core/text/vndate.h>

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QThread>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace thuky::cli {

namespace {
// The context of this file's messages, seen by lupdate in member and free functions alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(thuky::cli)
};

} // namespace

QString readPassword(const QString &prompt)
{
    if (!isatty(STDIN_FILENO))
        return {};
    fprintf(stderr, "%s", prompt.toLocal8Bit().constData());
    termios old {};
    tcgetattr(STDIN_FILENO, &old);
    termios silent = old;
    silent.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    char buffer[512] = {};
    const bool ok = fgets(buffer, sizeof buffer, stdin) != nullptr;
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    fprintf(stderr, "\n");
    return ok ? QString::fromLocal8Bit(buffer).trimmed() : QString();
}

namespace {

/** The opener's questions on the terminal: stderr for messages, no echo for passwords. */
class TerminalPrompts : public Opener::Prompts
{
public:
    using Answer = Opener::Answer;

    explicit TerminalPrompts(Context &ctx)
        : m_ctx(ctx)
    {
    }

    void upgrading(int from, int to) override
    {
        m_ctx.err << Tr::tr("Upgrading the database from schema %1 to %2 (a backup first; about a "
                            "minute for a million reports)…")
                         .arg(from)
                         .arg(to)
                  << Qt::endl;
    }

    void warning(const QString &message) override
    {
        m_ctx.err << "thuky-cli: " << message << Qt::endl;
    }

    // Answer, not Opener::Answer: lupdate would file this function's strings under Opener.
    Answer askServerPassword(const QString &location, bool, Opener::ServerPassword *answer) override
    {
        // Asked once, on a terminal only, never read from an argument.
        if (m_askedServer || !isatty(STDIN_FILENO))
            return Answer::NotAsked;
        m_askedServer = true;
        answer->password = readPassword(
            Tr::tr("Password for the database server %1: ").arg(ServerPasswords::key(location)));
        return answer->password.isEmpty() ? Answer::NotAsked : Answer::Given;
    }

    bool signIn(Opener &opener) override
    {
        if (opener.user().isEmpty())
            throw PermissionError(Tr::tr("this database has users: give --user NAME (password in "
                                         "THUKY_PASSWORD)"));
        opener.signIn(opener.user(), readPassword(Tr::tr("Password for %1: ").arg(opener.user())));
        return true;
    }

    bool waitBeforeSignIn(int ms) override
    {
        // A script or a person at the terminal waits; nothing else is asked meanwhile.
        m_ctx.err << Tr::tr(
            "Too many failed sign-ins: waiting %n second(s)…", nullptr, (ms + 999) / 1000)
                  << Qt::endl;
        QThread::msleep(ulong(ms));
        return true;
    }

private:
    Context &m_ctx;
    bool m_askedServer = false;
};
} // namespace

Arguments::Arguments(
    const QStringList &args, const QStringList &valueOptions, const QStringList &flags)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (!a.startsWith(QLatin1String("--")) || a == QLatin1String("--")) {
            m_positional.append(a);
            continue;
        }
        QString name = a.mid(2);
        QString value;
        bool inlineValue = false;
        const int eq = name.indexOf(QLatin1Char('='));
        if (eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
            inlineValue = true;
        }
        if (valueOptions.contains(name)) {
            if (!inlineValue) {
                if (i + 1 >= args.size())
                    throw UsageError(Tr::tr("option --%1 needs a value").arg(name));
                value = args.at(++i);
            }
            m_values.insert(name, value);
        } else if (flags.contains(name) && !inlineValue) {
            m_flags.insert(name);
        } else {
            throw UsageError(Tr::tr("unknown option --%1").arg(name));
        }
    }
}

QString Arguments::value(const QString &name, const QString &fallback) const
{
    return m_values.value(name, fallback);
}

bool Arguments::has(const QString &name) const
{
    return m_flags.contains(name) || m_values.contains(name);
}

QString Arguments::required(int index, const QString &what) const
{
    if (index >= m_positional.size())
        throw UsageError(Tr::tr("missing %1").arg(what));
    return m_positional.at(index);
}

QDate Arguments::date(const QString &name) const
{
    if (!m_values.contains(name))
        return {};
    const QDate d = VnDate::parse(m_values.value(name));
    if (!d.isValid())
        throw UsageError(Tr::tr("--%1: %2 is not a date (YYYY-MM-DD or DD/MM/YYYY)")
                             .arg(name, m_values.value(name)));
    if (!VnDate::inRange(d))
        throw UsageError(Tr::tr("--%1: %2 is not between %3 and %4")
                             .arg(name, m_values.value(name), VnDate::display(VnDate::earliest()),
                                 VnDate::display(VnDate::latest())));
    return d;
}

QString Arguments::format() const
{
    const QString f = value(QStringLiteral("format"), QStringLiteral("table"));
    if (f != QLatin1String("table") && f != QLatin1String("csv") && f != QLatin1String("json"))
        throw UsageError(Tr::tr("--format must be table, csv or json"));
    return f;
}

int Arguments::integer(const QString &name, int fallback) const
{
    if (!m_values.contains(name))
        return fallback;
    bool ok = false;
    const int n = m_values.value(name).toInt(&ok);
    if (!ok || n < 0)
        throw UsageError(Tr::tr("--%1 needs a non-negative number").arg(name));
    return n;
}

Context::Context()
    : out(stdout)
    , err(stderr)
{
    out.setEncoding(QStringConverter::Utf8);
    err.setEncoding(QStringConverter::Utf8);
}

QString Context::defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("thuky.sqlite"));
}

Database &Context::database(Database::OpenMode mode)
{
    if (m_db)
        return *m_db;
    const QString location = dbLocation.isEmpty() ? defaultDatabasePath() : dbLocation;
    auto db = std::make_unique<Database>(location);
    TerminalPrompts prompts(*this);
    Opener opener(*db, prompts);
    opener.setUser(user);
    opener.setAllowedRoles(allowedRoles);
    // The terminal never cancels: it answers, or the refusal stands and is thrown.
    opener.open(mode);
    // No users yet: whoever runs the command administers the database.
    m_role = opener.role().isEmpty() ? QStringLiteral("admin") : opener.role();
    db->setCurrentUser(user.isEmpty() ? QStringLiteral("cli") : user);
    m_db = std::move(db);
    return *m_db;
}

void Context::requireRole(const QStringList &roles)
{
    if (!roles.contains(m_role))
        throw PermissionError(Tr::tr("the role %1 may not do this").arg(m_role));
}

} // namespace thuky::cli
