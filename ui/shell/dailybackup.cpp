#include <ui/shell/dailybackup.h>

#include <core/db/backups.h>
#include <core/db/database.h>

#include <QThread>

#include <atomic>
#include <exception>

namespace thuky {

namespace {
std::atomic_int s_running { 0 };
} // namespace

DailyBackup *DailyBackup::start(Database &db, QObject *parent)
{
    if (db.backend() != Database::Backend::SQLite || db.wasCreated() || db.isDamaged())
        return nullptr;
    auto *backup = new DailyBackup(db.location(), parent);
    backup->m_thread->start(QThread::LowPriority);
    return backup;
}

DailyBackup::DailyBackup(const QString &location, QObject *parent)
    : QObject(parent)
    , m_location(location)
{
    ++s_running;
    // The worker touches only its own connection and these members until it finishes; the
    // finished signal reaches this object in its own (the GUI) thread.
    m_thread = QThread::create([this] {
        try {
            Database db(m_location);
            db.open(Database::OpenMode::MustExist);
            m_file = Backups::daily(db);
        } catch (const DbError &e) {
            m_error = e.message();
            m_damaged = e.kind() == DbError::Damaged;
        } catch (const std::exception &e) {
            m_error = QString::fromUtf8(e.what());
        }
    });
    m_thread->setObjectName(QStringLiteral("dailyBackup"));
    connect(m_thread, &QThread::finished, this, &DailyBackup::report);
}

DailyBackup::~DailyBackup()
{
    if (m_thread->isRunning())
        m_thread->wait(); // not reached at quit: abandonRunning() ends the process first
    delete m_thread;
    release();
}

void DailyBackup::release()
{
    if (m_counted)
        --s_running;
    m_counted = false;
}

bool DailyBackup::isRunning() const
{
    return m_thread->isRunning();
}

bool DailyBackup::abandonRunning()
{
    return s_running.load() > 0;
}

void DailyBackup::report()
{
    release();
    if (m_error.isEmpty())
        emit finished(m_file);
    else
        emit failed(m_error, m_damaged);
}

} // namespace thuky
