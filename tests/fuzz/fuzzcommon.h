#pragma once

// What every libFuzzer harness of tests/fuzz needs: a QCoreApplication (the SQL driver is a
// plugin), quiet Qt messages, and a demo database made once per process to read against.

#include <core/db/database.h>
#include <core/demo/demo.h>

#include <QByteArray>
#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

namespace thuky::fuzz {

inline void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
        std::abort();
    }
}

/** Call from LLVMFuzzerInitialize. */
inline void init()
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = { name, nullptr };
    static QCoreApplication *app = new QCoreApplication(argc, argv);
    Q_UNUSED(app);
    qInstallMessageHandler(quietMessages);
}

/** A folder for this process, removed at exit. */
inline QTemporaryDir &scratch()
{
    static QTemporaryDir *dir = new QTemporaryDir;
    static const bool removed = std::atexit([] { delete dir; }) == 0;
    Q_UNUSED(removed);
    return *dir;
}

/**
 * The demo data set (roster, localities, topics, a few reports) in a SQLite file of this
 * process: the names a real file refers to are known.
 */
inline Database &demoDatabase()
{
    static Database *db = [] {
        auto *d = new Database(scratch().filePath(QStringLiteral("demo.sqlite")));
        d->open();
        d->setCurrentUser(QStringLiteral("fuzz"));
        DemoGenerator(*d, 42).generate(40);
        return d;
    }();
    return *db;
}

/** The fuzzer's bytes, not copied: reading past them is an error ASan reports. */
inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

/** A broken promise of the code under test: reported as a crash with @p what. */
inline void require(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz: property violated: %s\n", what);
        std::abort();
    }
}

} // namespace thuky::fuzz
