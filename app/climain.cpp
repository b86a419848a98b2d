#include "climain.h"

#include <cli/clicontext.h>

#include <core/db/conflict.h>
#include <core/db/database.h>

#ifdef THUKY_CLI_WIDGETS
#include <QApplication>
#endif
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>
#include <unistd.h>

namespace thuky::cli {

namespace {

struct CommandEntry
{
    const char *name;
    Command run;
    bool drawing; ///< needs a QApplication (charts, documents)
    /** Comma-separated roles allowed once the database has users; nullptr = every role. */
    const char *roles = nullptr;
};

// One line per command; the functions live in the *commands.cpp file of their area.
const CommandEntry commands[] = {
    { "init", runInit, false, "admin" },
    { "demo", runDemo, false, "admin" },
    { "users", runUsers, false, "admin" },
    { "audit", runAudit, false, "admin" },
    { "backup", runBackup, false, "admin" },
    { "backups", runBackups, false, "admin" },
    { "restore", runRestore, false, "admin" },
    { "check", runCheck, false, "admin" },
    { "copy", runCopy, false, "admin" },
    { "exchange", runExchange, false, "admin,secretary" },
    { "roster", runRoster, false },
    { "committees", runCommittees, false },
    { "committee", runCommittee, false, "admin,secretary" },
    { "localities", runLocalities, false },
    { "locality", runLocality, false, "admin,secretary" },
    { "meetings", runMeetings, false },
    { "tasks", runTasks, false },
    { "minutes", runMinutes, true },
    { "stats", runStats, false },
    { "import", runImport, false, "admin,secretary,collaborator" },
    { "export", runExport, false, "admin,secretary,viewer" },
    { "search", runSearch, false },
    { "opinion", runOpinion, false, "admin,secretary" },
#ifdef THUKY_CLI_WIDGETS
    { "chart", runChart, true },
    { "report", runReport, true },
#else
    // Drawn by thuky-cli-draw (no run function here): see main().
    { "chart", nullptr, true },
    { "report", nullptr, true },
#endif
};

const char usageText[]
    = "Usage: thuky-cli [--db PATH|URL] [--user NAME] COMMAND [ARGS]\n"
      "  init                                   create or upgrade the schema\n"
      "  demo [--opinions N] [--seed S]         fill an empty database with demo data\n"
      "  roster [--committee ID|NAME] [--as-of DATE] [--format table|csv|json]\n"
      "  roster [--committee ID|NAME] [--as-of DATE] [--annex DECISION] --out FILE.pdf|FILE.odt\n"
      "                                         (printed: one committee, the top-level one unless\n"
      "                                         --committee; --annex: the annex of DECISION)\n"
      "  committees [--as-of DATE] [--format table|csv|json]\n"
      "  committee add NAME --level LEVEL [--parent ID|NAME] [--locality NAME] [--from DATE]\n"
      "  committee rename ID|NAME --to NAME | committee dissolve ID|NAME --on DATE [--into "
      "ID|NAME]\n"
      "  localities [--as-of DATE] [--format table|csv|json]\n"
      "  locality add NAME [--parent NAME] [--from DATE] [--level LEVEL]\n"
      "  locality merge NAME... --into NAME --on DATE [--create-missing]\n"
      "  locality move NAME --to NAME --on DATE | locality end NAME --on DATE\n"
      "  meetings [--committee ID|NAME] [--format table|csv|json]\n"
      "  minutes MEETING_ID --out FILE.pdf|FILE.odt\n"
      "  tasks [--open] [--overdue] [--format table|csv|json]\n"
      "  tasks [--open] [--overdue] [--committee ID|NAME] --out FILE.pdf|FILE.odt\n"
      "  import opinions FILE.csv [--create-missing] [--dry-run] [--skip-duplicates]\n"
      "  import roster FILE.csv [--committee ID|NAME] [--dry-run]\n"
      "  export opinions --out FILE.csv|FILE.xlsx [--from DATE] [--to DATE] [--topic T] "
      "[--locality L]\n"
      "  search opinions QUERY [--limit N] [--format table|csv|json]\n"
      "  search all QUERY [--limit N] [--format table|csv|json]\n"
      "  opinion forward ID --to AGENCY [--on DATE]   opinion answer ID --response TEXT [--on "
      "DATE]\n"
      "  opinion resolve ID      opinion close ID      opinion reopen ID\n"
      "  stats opinions --by DIMS [--from DATE] [--to DATE] [--roll-up] [--format "
      "table|csv|json]\n"
      "  chart opinions --by DIMS --out FILE.png|FILE.svg|FILE.pdf [--roll-up]\n"
      "  report quarterly --quarter YYYY-Qn --out FILE.pdf|FILE.odt [--roll-up]\n"
      "  report weekly --week YYYY-Www --out FILE.pdf|FILE.odt [--roll-up]\n"
      "  backup --out FILE | restore FILE | check\n"
      "  backups [--format table|csv|json]       the backups beside the database, newest first:\n"
      "                                         file,date,size,check (ok or the problem)\n"
      "  exchange export --out FILE [--since DATE] | exchange import FILE [--dry-run]\n"
      "                                         [--prefer incoming|local] (passphrase: "
      "THUKY_EXCHANGE_PASSPHRASE)\n"
      "  copy --to PATH|URL\n"
      "  users add NAME --role admin|secretary|viewer|collaborator | users list\n"
      "  audit [--since DATE] [--until DATE] [--by USER] [--entity KIND] [--uuid UUID] "
      "[--format table|csv|json]\n"
      "Exit codes: 0 done, 1 internal error, 2 usage, 3 invalid input, 4 database unusable, "
      "5 permission denied.\n";

const CommandEntry *findCommand(const QString &name)
{
    for (const CommandEntry &c : commands) {
        if (name == QLatin1String(c.name))
            return &c;
    }
    return nullptr;
}

void installTranslations(QCoreApplication &app)
{
    const QString lang = QLocale::system().name().startsWith(QLatin1String("vi"))
        ? QStringLiteral("vi")
        : QStringLiteral("en");
    auto *translator = new QTranslator(&app);
    if (translator->load(QStringLiteral(":/i18n/thuky_%1.qm").arg(lang)))
        app.installTranslator(translator);
}

/** The command word: the first argument that is neither a global option nor its value. */
QString commandWord(const QStringList &raw)
{
    for (int i = 0; i < raw.size(); ++i) {
        const QString &a = raw.at(i);
        if (a == QLatin1String("--db") || a == QLatin1String("--user")) {
            ++i;
            continue;
        }
        if (!a.startsWith(QLatin1String("--")))
            return a;
    }
    return {};
}

/** Charts need the widget libraries; their own binary beside this one draws them. */
int runDrawer(char **argv)
{
    char self[4096] = {};
    const ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    std::string drawer = n > 0 ? std::string(self, size_t(n)) : std::string(argv[0]);
    drawer = drawer.substr(0, drawer.rfind('/') + 1) + "thuky-cli-draw";
    argv[0] = const_cast<char *>(drawer.c_str());
    execv(drawer.c_str(), argv);
    fprintf(
        stderr, "thuky-cli: internal error: cannot run %s: %s\n", drawer.c_str(), strerror(errno));
    return 1;
}

/** Whether @p entry draws: always, or (roster, tasks) when it prints to `--out`. */
bool drawing(const CommandEntry *entry, const QStringList &raw)
{
    if (!entry || entry->drawing)
        return entry != nullptr;
    if (qstrcmp(entry->name, "roster") != 0 && qstrcmp(entry->name, "tasks") != 0)
        return false;
    for (const QString &a : raw) {
        if (a == QLatin1String("--out") || a.startsWith(QLatin1String("--out=")))
            return true;
    }
    return false;
}

/**
 * Drawing commands need a GUI application object, and without a display they draw
 * offscreen; the others start faster without one. @p argc must outlive the application.
 */
std::unique_ptr<QCoreApplication> makeApplication(bool draws, int &argc, char **argv)
{
    std::unique_ptr<QCoreApplication> app;
    if (draws) {
        if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
            && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
#ifdef THUKY_CLI_WIDGETS
        app = std::make_unique<QApplication>(argc, argv);
#else
        app = std::make_unique<QGuiApplication>(argc, argv);
#endif
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("thuky"));
    QCoreApplication::setApplicationName(QStringLiteral("thuky"));
    QCoreApplication::setApplicationVersion(QStringLiteral(THUKY_VERSION));
    installTranslations(*app);
    return app;
}

/**
 * Reads the global options, which may stand before or after the command word, into @p ctx
 * and the command's own arguments into @p rest. Returns the exit code when --help or
 * --version has answered, or -1 to go on.
 */
int readGlobalOptions(const QStringList &raw, Context &ctx, QStringList *rest)
{
    bool seenCommand = false;
    for (int i = 0; i < raw.size(); ++i) {
        const QString &a = raw.at(i);
        auto takeValue = [&](const QString &name) {
            if (a.startsWith(name + QLatin1Char('=')))
                return a.mid(name.size() + 1);
            if (i + 1 >= raw.size())
                throw UsageError(
                    QCoreApplication::translate("thuky::cli", "option %1 needs a value").arg(name));
            return raw.at(++i);
        };
        if (a == QLatin1String("--db") || a.startsWith(QLatin1String("--db="))) {
            ctx.dbLocation = takeValue(QStringLiteral("--db"));
        } else if (a == QLatin1String("--user") || a.startsWith(QLatin1String("--user="))) {
            ctx.user = takeValue(QStringLiteral("--user"));
        } else if (!seenCommand && (a == QLatin1String("--help") || a == QLatin1String("-h"))) {
            fputs(usageText, stdout);
            return 0;
        } else if (!seenCommand && a == QLatin1String("--version")) {
            printf("thuky-cli %s\n", THUKY_VERSION);
            return 0;
        } else if (!seenCommand && !a.startsWith(QLatin1String("--"))) {
            seenCommand = true;
        } else if (!seenCommand) {
            throw UsageError(QCoreApplication::translate("thuky::cli", "unknown option %1").arg(a));
        } else {
            rest->append(a);
        }
    }
    return -1;
}

/** Runs the command and turns what it throws into a message and an exit code (SPEC.md). */
int runCommand(
    Context &ctx, const QStringList &raw, const QString &commandName, const CommandEntry *entry)
{
    try {
        QStringList rest;
        if (const int code = readGlobalOptions(raw, ctx, &rest); code >= 0)
            return code;
        if (commandName.isEmpty()) {
            fputs(usageText, stderr);
            return 2;
        }
        if (!entry)
            throw UsageError(
                QCoreApplication::translate("thuky::cli", "unknown command %1").arg(commandName));
        ctx.args = rest;
        if (entry->roles)
            ctx.allowedRoles = QString::fromLatin1(entry->roles).split(QLatin1Char(','));
        const int code = entry->run(ctx);
        ctx.out.flush();
        return code;
    } catch (const UsageError &e) {
        ctx.err << "thuky-cli: " << e.message() << Qt::endl
                << QCoreApplication::translate("thuky::cli", "Try thuky-cli --help.") << Qt::endl;
        return 2;
    } catch (const InputError &e) {
        ctx.out.flush();
        for (const QString &p : e.problems())
            ctx.err << p << Qt::endl;
        return 3;
    } catch (const ConflictError &e) {
        // Another workstation wrote the record between this command's read and its write.
        ctx.out.flush();
        ctx.err << "thuky-cli: " << e.message() << " (" << e.entity() << ' ' << e.uuid() << ')'
                << Qt::endl;
        return 3;
    } catch (const ValidationError &e) {
        ctx.out.flush();
        ctx.err << "thuky-cli: " << e.message() << Qt::endl;
        return 3;
    } catch (const PermissionError &e) {
        ctx.err << "thuky-cli: " << e.message() << Qt::endl;
        return 5;
    } catch (const DbError &e) {
        if (e.kind() == DbError::QueryFailed) {
            ctx.err << "thuky-cli: internal error: " << e.message() << Qt::endl;
            return 1;
        }
        // The statement that met the damage is of no use to the reader.
        ctx.err << "thuky-cli: " << e.message().section(QLatin1Char('\n'), 0, 0) << Qt::endl;
        return 4;
    } catch (const std::exception &e) {
        ctx.err << "thuky-cli: internal error: " << e.what() << Qt::endl;
        return 1;
    }
}

} // namespace

int main(int argc, char **argv)
{
    QStringList raw;
    for (int i = 1; i < argc; ++i)
        raw.append(QString::fromLocal8Bit(argv[i]));
    const QString commandName = commandWord(raw);
    const CommandEntry *entry = findCommand(commandName);
    if (entry && !entry->run)
        return runDrawer(argv);
    const std::unique_ptr<QCoreApplication> app = makeApplication(drawing(entry, raw), argc, argv);
    Context ctx;
    return runCommand(ctx, raw, commandName, entry);
}

} // namespace thuky::cli
