// thuky: the desktop application. Parses the command line, opens the database and shows
// the main window; --exit-after-load serves start-up benchmarks and smoke tests.

#include <core/db/database.h>
#include <core/db/opener.h>
#include <core/roster/rosterrepository.h>
#include <ui/common/language.h>
#include <ui/shell/dailybackup.h>
#include <ui/shell/databaseactions.h>
#include <ui/shell/firststartdialog.h>
#include <ui/shell/mainwindow.h>
#include <ui/shell/openerdialogs.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEvent>
#include <QIcon>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {

/**
 * The application: a write the signed-in role may not make, refused by core wherever the
 * window let it through, is told to the user instead of ending the program.
 */
class Application : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        try {
            return QApplication::notify(receiver, event);
        } catch (const thuky::PermissionError &e) {
            QMessageBox::warning(activeWindow(),
                QCoreApplication::translate("thuky::Application", "Not allowed"), e.message());
            return true;
        }
    }
};

/** Quits the application once @p area (or a widget inside it) has been painted. */
class FirstPaintWatcher : public QObject
{
public:
    explicit FirstPaintWatcher(QWidget *area)
        : m_area(area)
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_done && event->type() == QEvent::Paint && watched->isWidgetType()) {
            auto *widget = static_cast<QWidget *>(watched);
            if (widget == m_area || m_area->isAncestorOf(widget)) {
                m_done = true;
                // This paint finishes and reaches the screen (exit() only marks the loop);
                // then the loop ends. What the window put off until after its first paint
                // (the count of reports, on timers) is not waited for.
                QCoreApplication::exit(0);
            }
        }
        return false;
    }

private:
    QWidget *m_area;
    bool m_done = false;
};

void printError(const QString &message)
{
    std::fprintf(stderr, "thuky: %s\n", message.toLocal8Bit().constData());
}

/** What the command line asks for. */
struct Options
{
    QString location;
    bool exitAfterLoad = false;
    /** Set by --area; otherwise the window opens on the area last used (home at first). */
    bool areaGiven = false;
    thuky::MainWindow::Area area = thuky::MainWindow::Area::Home;
};

/**
 * Parses the command line and installs the user interface language; returns the exit code
 * when the program should stop here (a bad option: 2), or -1 to go on.
 */
int parseCommandLine(Options *options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Thư Ký — secretariat tool for steering committees"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
        QStringLiteral("SQLite file or postgresql:// URL to open."), QStringLiteral("PATH|URL"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
        QStringLiteral("User interface language: vi or en."), QStringLiteral("vi|en"));
    const QCommandLineOption exitOption(QStringLiteral("exit-after-load"),
        QStringLiteral("Open the database, show the window, wait for the first paint, exit."));
    const QCommandLineOption areaOption(QStringLiteral("area"),
        QStringLiteral("Area to open: home, roster, meetings, opinions, charts."),
        QStringLiteral("AREA"));
    parser.addOptions({ dbOption, langOption, exitOption, areaOption });
    if (!parser.parse(QCoreApplication::arguments())) {
        printError(parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty()) {
        printError(
            QStringLiteral("unexpected argument: %1").arg(parser.positionalArguments().first()));
        return 2;
    }
    options->exitAfterLoad = parser.isSet(exitOption);
    options->areaGiven = parser.isSet(areaOption);
    if (parser.isSet(areaOption)
        && !thuky::MainWindow::areaFromName(parser.value(areaOption), &options->area)) {
        printError(QStringLiteral("unknown area: %1 (home, roster, meetings, opinions, charts)")
                       .arg(parser.value(areaOption)));
        return 2;
    }
    QString language = thuky::Language::current();
    if (parser.isSet(langOption)) {
        language = parser.value(langOption);
        if (!thuky::Language::isSupported(language)) {
            printError(QStringLiteral("unknown language: %1 (vi, en)").arg(language));
            return 2;
        }
    }
    thuky::Language::install(language);
    options->location = parser.value(dbOption);
    return -1;
}

/**
 * The database opened without --db: the one used last (File → Open database, recent
 * databases), else the one in the user's data folder, made ready to hold it.
 */
QString defaultLocation()
{
    const QStringList recent = thuky::DatabaseActions::recent();
    if (!recent.isEmpty())
        return recent.first();
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("thuky.sqlite"));
}

/**
 * Database errors: a message box for the clerk, stderr for scripts; exit @p code either way
 * (4: the database cannot be used, 5: permission denied).
 */
int fail(const Options &options, const QString &message, int code = 4)
{
    if (options.exitAfterLoad)
        printError(message);
    else
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Thư Ký"), message);
    return code;
}

/**
 * Opens @p db through the dialogs (none with --exit-after-load) and welcomes a first start;
 * returns the exit code when the program should stop here, or -1 to go on with @p role set.
 */
int openDatabase(thuky::Database &db, const Options &options, QString *role)
{
    try {
        thuky::OpenerDialogs dialogs(options.exitAfterLoad);
        thuky::Opener opener(db, dialogs);
        opener.setSignInRequired(!options.exitAfterLoad);
        // The window makes the daily backup in the background, once it is shown.
        opener.setDailyBackup(false);
        if (opener.open(thuky::Database::OpenMode::CreateIfMissing)
            == thuky::Opener::Result::Cancelled)
            return 0;
        *role = opener.role();
        if (!options.exitAfterLoad)
            thuky::DatabaseActions::remember(db.location());
        if (!options.exitAfterLoad && thuky::RosterRepository(db).recordCount() == 0) {
            thuky::FirstStartDialog welcome(db);
            welcome.exec();
        }
    } catch (const thuky::DbError &e) {
        return fail(options, e.message());
    } catch (const thuky::PermissionError &e) {
        // Not expected here (the dialogs ask again, every role may use the window); if it
        // ever comes, the clerk reads why instead of a crash.
        return fail(options, e.message(), 5);
    }
    return -1;
}

/**
 * Today's backup, in the background (a minute on a million reports): the window is usable
 * at once; the status bar says when the copy is there, a box when none could be made.
 */
void startDailyBackup(thuky::Database &db, thuky::MainWindow *window)
{
    auto *backup = thuky::DailyBackup::start(db, window);
    if (!backup)
        return;
    QObject::connect(backup, &thuky::DailyBackup::finished, window, [window](const QString &file) {
        if (!file.isEmpty())
            window->statusBar()->showMessage(
                QCoreApplication::translate("main", "Today's backup was made: %1")
                    .arg(QDir::toNativeSeparators(file)),
                15000);
    });
    QObject::connect(backup, &thuky::DailyBackup::failed, window,
        [&db, window](const QString &message, bool damaged) {
            QString text
                = QCoreApplication::translate("main", "No daily backup was made: %1").arg(message);
            if (damaged) {
                // The check before the copy found damage: from now on this window writes
                // nothing into the file either (its connection is reopened read-only).
                db.quickCheck();
                if (db.isDamaged())
                    text = db.damageMessage();
            }
            auto *box = new QMessageBox(QMessageBox::Warning,
                QCoreApplication::translate("main", "Thư Ký"), text, QMessageBox::Ok, window);
            box->setObjectName(QStringLiteral("dailyBackupFailed"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        });
}

/** Shows the window and runs the event loop; with --exit-after-load until the first paint. */
int showWindow(QApplication &app, thuky::Database &db, const Options &options, const QString &role)
{
    std::unique_ptr<thuky::MainWindow> window;
    try {
        window = std::make_unique<thuky::MainWindow>(db);
    } catch (const thuky::DbError &e) {
        return fail(options, e.message());
    }
    window->setRole(role);
    if (options.areaGiven)
        window->setCurrentArea(options.area);

    std::unique_ptr<FirstPaintWatcher> watcher;
    if (options.exitAfterLoad) {
        watcher = std::make_unique<FirstPaintWatcher>(window->areaWidget(window->currentArea()));
        app.installEventFilter(watcher.get());
        // Should no paint ever arrive (a platform without windows), do not hang a benchmark.
        QTimer::singleShot(30000, &app, [] {
            printError(QStringLiteral("no paint within 30 s; exiting"));
            QCoreApplication::exit(1);
        });
    }
    window->show();
    if (!options.exitAfterLoad)
        startDailyBackup(db, window.get());
    const int code = app.exec();
    if (!options.exitAfterLoad && code == 0)
        window->saveState();
    if (thuky::DailyBackup::abandonRunning()) {
        // Closed while today's backup is still being written: do not make the clerk wait.
        // What is committed is in the database file; the unfinished copy is a hidden
        // temporary file nothing trusts, and the next start makes the backup again.
        db.close();
        std::fflush(nullptr);
        std::_Exit(code);
    }
    return code;
}

} // namespace

int main(int argc, char **argv)
{
    Application app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("thuky"));
    QCoreApplication::setApplicationName(QStringLiteral("thuky"));
    QCoreApplication::setApplicationVersion(QStringLiteral(THUKY_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("vn.thuky.thuky"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/thuky.svg")));

    Options options;
    if (const int code = parseCommandLine(&options); code >= 0)
        return code;
    thuky::Database db(options.location.isEmpty() ? defaultLocation() : options.location);
    QString role;
    if (const int code = openDatabase(db, options, &role); code >= 0)
        return code;
    return showWindow(app, db, options, role);
}
