// thuky: the desktop application. Parses the command line, opens the database and shows
// the main window; --exit-after-load serves start-up benchmarks and smoke tests.

#include <core/db/database.h>
#include <core/db/serverpasswords.h>
#include <core/db/userrepository.h>
#include <core/roster/rosterrepository.h>
#include <ui/common/language.h>
#include <ui/shell/firststartdialog.h>
#include <ui/shell/logindialog.h>
#include <ui/shell/mainwindow.h>
#include <ui/shell/serverpassworddialog.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <memory>

namespace {

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
                // Let this paint finish and reach the screen before quitting.
                QTimer::singleShot(0, qApp, &QCoreApplication::quit);
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

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("thuky"));
    QCoreApplication::setApplicationName(QStringLiteral("thuky"));
    QCoreApplication::setApplicationVersion(QStringLiteral(THUKY_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("thuky"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/thuky.svg")));

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
        QStringLiteral("Area to open: roster, meetings, opinions, charts."),
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
    const bool exitAfterLoad = parser.isSet(exitOption);
    thuky::MainWindow::Area area = thuky::MainWindow::Area::Roster;
    if (parser.isSet(areaOption)
        && !thuky::MainWindow::areaFromName(parser.value(areaOption), &area)) {
        printError(QStringLiteral("unknown area: %1 (roster, meetings, opinions, charts)")
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

    QString location = parser.value(dbOption);
    if (location.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(dir);
        location = QDir(dir).filePath(QStringLiteral("thuky.sqlite"));
    }

    // Database errors: a message box for the clerk, stderr and exit 4 for scripts.
    auto fail = [exitAfterLoad](const QString &message) {
        if (exitAfterLoad)
            printError(message);
        else
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Thư Ký"), message);
        return 4;
    };
    thuky::Database db(location);
    // Upgrading a large database takes a while: say so rather than look frozen.
    std::unique_ptr<QProgressDialog> upgrading;
    db.setMigrationNotice([&upgrading, exitAfterLoad](int from, int to) {
        if (exitAfterLoad)
            return;
        upgrading = std::make_unique<QProgressDialog>(
            QCoreApplication::translate("main",
                "Upgrading the database from version %1 to %2 "
                "(a backup is made first; a large database takes a minute)…")
                .arg(from)
                .arg(to),
            QString(), 0, 0);
        upgrading->setWindowTitle(QCoreApplication::translate("main", "Thư Ký"));
        upgrading->setMinimumDuration(0);
        upgrading->show();
        for (int i = 0; i < 5; ++i) // painted before the work blocks the event loop
            QCoreApplication::processEvents();
    });
    QString role;
    try {
        try {
            db.open(thuky::Database::OpenMode::CreateIfMissing);
        } catch (const thuky::DbError &) {
            // A server that wants a password the keychain and the environment did not give:
            // ask for it (never in scripts), and keep it in the keychain if the user wishes.
            if (exitAfterLoad || !db.passwordRefused())
                throw;
            bool refused = qEnvironmentVariableIsSet("THUKY_DB_PASSWORD");
            for (;;) {
                thuky::ServerPasswordDialog ask(location, refused);
                if (ask.exec() != QDialog::Accepted)
                    return 0;
                db.setPassword(ask.password());
                try {
                    db.open(thuky::Database::OpenMode::CreateIfMissing);
                } catch (const thuky::DbError &) {
                    if (!db.passwordRefused())
                        throw;
                    refused = true;
                    continue;
                }
                if (ask.remember()) {
                    QString why;
                    if (!thuky::ServerPasswords::store(location, ask.password(), &why))
                        QMessageBox::information(nullptr,
                            QCoreApplication::translate("main", "Thư Ký"),
                            QCoreApplication::translate("main",
                                "The password could not be "
                                "kept in the system keychain: %1")
                                .arg(why));
                }
                break;
            }
        }
        upgrading.reset();
        if (!exitAfterLoad && thuky::UserRepository(db).count() > 0) {
            thuky::LoginDialog login(db);
            if (login.exec() != QDialog::Accepted)
                return 0;
            role = login.role();
        }
        if (!exitAfterLoad && thuky::RosterRepository(db).recordCount() == 0) {
            thuky::FirstStartDialog welcome(db);
            welcome.exec();
        }
    } catch (const thuky::DbError &e) {
        return fail(e.message());
    }

    std::unique_ptr<thuky::MainWindow> window;
    try {
        window = std::make_unique<thuky::MainWindow>(db);
    } catch (const thuky::DbError &e) {
        return fail(e.message());
    }
    window->setRole(role);
    window->setCurrentArea(area);

    std::unique_ptr<FirstPaintWatcher> watcher;
    if (exitAfterLoad) {
        watcher = std::make_unique<FirstPaintWatcher>(window->areaWidget(window->currentArea()));
        app.installEventFilter(watcher.get());
        // Should no paint ever arrive (a platform without windows), do not hang a benchmark.
        QTimer::singleShot(30000, &app, [] {
            printError(QStringLiteral("no paint within 30 s; exiting"));
            QCoreApplication::exit(1);
        });
    }
    window->show();
    const int code = app.exec();
    if (!exitAfterLoad && code == 0)
        window->saveState();
    return code;
}
