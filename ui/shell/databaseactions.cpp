#include <ui/shell/databaseactions.h>

#include <ui/exchange/exchangedialog.h>
#include <ui/shell/backupsdialog.h>
#include <ui/shell/settingsdialog.h>

#include <core/db/database.h>
#include <core/db/databasecopy.h>

#include <QAction>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>

namespace thuky {

namespace {
const QString recentKey = QStringLiteral("database/recent");
constexpr int MaxRecent = 8;

bool isServer(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"))
        || location.startsWith(QLatin1String("postgres://"));
}
} // namespace

DatabaseActions::DatabaseActions(Database &db, QMainWindow *window)
    : QObject(window)
    , m_db(db)
    , m_window(window)
{
}

void DatabaseActions::populate(QMenu *file)
{
    QAction *before = file->actions().value(0);
    m_new = new QAction(tr("&New database…"), this);
    m_new->setObjectName(QStringLiteral("newDatabaseAction"));
    connect(m_new, &QAction::triggered, this, [this] { chooseDatabase(true); });
    m_open = new QAction(tr("&Open database…"), this);
    m_open->setObjectName(QStringLiteral("openDatabaseAction"));
    m_open->setShortcut(QKeySequence::Open);
    connect(m_open, &QAction::triggered, this, [this] { chooseDatabase(false); });
    file->insertActions(before, { m_new, m_open });
    m_recent = new QMenu(tr("&Recent databases"), file);
    m_recent->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recent, &QMenu::aboutToShow, this, &DatabaseActions::fillRecent);
    file->insertMenu(before, m_recent);
    file->insertSeparator(before);
    m_backup = new QAction(tr("&Back up now…"), this);
    m_backup->setObjectName(QStringLiteral("backupAction"));
    connect(m_backup, &QAction::triggered, this, &DatabaseActions::backupNow);
    m_backups = new QAction(tr("Bac&kups…"), this);
    m_backups->setObjectName(QStringLiteral("backupsAction"));
    connect(m_backups, &QAction::triggered, this, &DatabaseActions::showBackups);
    m_importExchange = new QAction(tr("&Import exchange file…"), this);
    m_importExchange->setObjectName(QStringLiteral("importExchangeAction"));
    connect(m_importExchange, &QAction::triggered, this, &DatabaseActions::importExchange);
    m_settings = new QAction(tr("&Settings…"), this);
    m_settings->setObjectName(QStringLiteral("settingsAction"));
    m_settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settings->setMenuRole(QAction::PreferencesRole);
    connect(m_settings, &QAction::triggered, this, &DatabaseActions::showSettings);
    file->insertActions(before, { m_backup, m_backups, m_importExchange, m_settings });
    file->insertSeparator(before);
    fillRecent();
}

void DatabaseActions::setRole(const QString &role)
{
    m_role = role;
    m_backup->setEnabled(role.isEmpty() || role == QLatin1String("admin"));
    m_importExchange->setEnabled(role.isEmpty() || role == QLatin1String("admin"));
}

void DatabaseActions::importExchange()
{
    ExchangeImportDialog dialog(m_db, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Exchange::Result r = dialog.importResult();
    QMessageBox::information(m_window, tr("Exchange file imported"),
        tr("%1 new, %2 updated, %3 unchanged, %4 kept as they are here.")
            .arg(r.added)
            .arg(r.updated)
            .arg(r.unchanged)
            .arg(r.keptLocal));
    // The areas read the records again, as after a restore: start again on the same database.
    switchTo(m_db.location());
}

void DatabaseActions::remember(const QString &location)
{
    if (location.isEmpty())
        return;
    const QString entry = isServer(location) ? location : QFileInfo(location).absoluteFilePath();
    QSettings settings;
    QStringList list = settings.value(recentKey).toStringList();
    list.removeAll(entry);
    list.prepend(entry);
    while (list.size() > MaxRecent)
        list.removeLast();
    settings.setValue(recentKey, list);
}

QStringList DatabaseActions::recent()
{
    QStringList out;
    for (const QString &l : QSettings().value(recentKey).toStringList()) {
        if (isServer(l) || QFileInfo::exists(l))
            out.append(l);
    }
    return out;
}

bool DatabaseActions::relaunch(const QStringList &args, const QStringList &replaced)
{
    QStringList kept = QCoreApplication::arguments().mid(1);
    for (const QString &name : replaced) {
        const QString option = QStringLiteral("--") + name;
        const int at = int(kept.indexOf(option));
        if (at >= 0)
            kept.remove(at, qMin(2, int(kept.size()) - at));
        kept.removeIf([&](const QString &a) { return a.startsWith(option + QLatin1Char('=')); });
    }
    if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), kept + args))
        return false;
    QCoreApplication::quit();
    return true;
}

void DatabaseActions::fillRecent()
{
    m_recent->clear();
    const QStringList list = recent();
    for (int i = 0; i < list.size(); ++i) {
        const QString &location = list.at(i);
        QAction *a = m_recent->addAction(
            QStringLiteral("&%1 %2").arg(i + 1).arg(QDir::toNativeSeparators(location)));
        a->setEnabled(location != m_db.location());
        connect(a, &QAction::triggered, this, [this, location] { switchTo(location); });
    }
    if (list.isEmpty())
        m_recent->addAction(tr("(none yet)"))->setEnabled(false);
}

void DatabaseActions::chooseDatabase(bool create)
{
    const QString dir
        = isServer(m_db.location()) ? QDir::homePath() : QFileInfo(m_db.location()).absolutePath();
    const QString filter = tr("Thư Ký databases (*.sqlite *.db);;All files (*)");
    QString path;
    if (create) {
        path = QFileDialog::getSaveFileName(
            m_window, tr("New database"), dir + QStringLiteral("/thuky-new.sqlite"), filter);
        if (!path.isEmpty() && QFileInfo::exists(path)) {
            // A new database never replaces a file (it could be last year's records).
            QMessageBox::warning(m_window, tr("New database"),
                tr("%1 already exists. Choose another name, or open it with File → Open "
                   "database.")
                    .arg(QDir::toNativeSeparators(path)));
            return;
        }
    } else {
        path = QFileDialog::getOpenFileName(m_window, tr("Open database"), dir, filter);
    }
    if (!path.isEmpty())
        switchTo(path);
}

void DatabaseActions::switchTo(const QString &location)
{
    remember(location);
    if (!relaunch({ QStringLiteral("--db"), location }, { QStringLiteral("db") }))
        QMessageBox::warning(m_window, tr("Open database"),
            tr("Thư Ký could not be started again on %1.").arg(location));
    else
        m_window->close();
}

void DatabaseActions::backupNow()
{
    const QString base
        = isServer(m_db.location()) ? QDir::homePath() : QFileInfo(m_db.location()).absolutePath();
    const QString suggested = QStringLiteral("%1/thuky-%2.sqlite")
                                  .arg(base, QDate::currentDate().toString(Qt::ISODate));
    const QString file = QFileDialog::getSaveFileName(m_window, tr("Back up the database"),
        suggested, tr("SQLite database (*.sqlite)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (file.isEmpty())
        return;
    if (QFileInfo::exists(file)) {
        QMessageBox::warning(m_window, tr("Back up the database"),
            tr("%1 already exists: a backup never replaces a file.")
                .arg(QDir::toNativeSeparators(file)));
        return;
    }
    try {
        DatabaseCopy::backup(m_db, file);
    } catch (const std::exception &e) {
        // Backups::write leaves nothing at that name when it fails.
        QMessageBox::warning(m_window, tr("Back up the database"),
            tr("The backup failed: %1").arg(QString::fromUtf8(e.what())));
        return;
    }
    QMessageBox::information(m_window, tr("Back up the database"),
        tr("The backup was written to %1.").arg(QDir::toNativeSeparators(file)));
}

void DatabaseActions::showBackups()
{
    const bool admin = m_role.isEmpty() || m_role == QLatin1String("admin");
    BackupsDialog dialog(m_db, admin, m_window);
    dialog.exec();
    // Start again on the restored database, as File → Open does: nothing of the old one stays.
    if (dialog.restored())
        switchTo(m_db.location());
}

void DatabaseActions::showSettings()
{
    const bool editable = m_role.isEmpty() || m_role == QLatin1String("admin")
        || m_role == QLatin1String("secretary");
    SettingsDialog dialog(m_db, editable, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    emit settingsChanged();
    if (dialog.languageChanged()
        && QMessageBox::question(m_window, tr("Language"),
               tr("The new language is used from the next start of Thư Ký. Restart now?"),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes)
        relaunch({}, { QStringLiteral("lang") });
}

} // namespace thuky
