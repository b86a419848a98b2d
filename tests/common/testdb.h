#pragma once

// A fresh database per test: SQLite in a temporary folder, or — when THUKY_TEST_PG_URL is set
// (the README's test command starts a PostgreSQL server on loopback) — an emptied schema on
// that server.

#include <core/db/database.h>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

namespace thuky::test {

inline QString postgresUrl()
{
    return qEnvironmentVariable("THUKY_TEST_PG_URL");
}

/** Drops everything in the server database's public schema. */
inline void emptyPostgres(const QString &url)
{
    const QUrl u(url);
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("wipe"));
        db.setHostName(u.host());
        db.setPort(u.port(5432));
        db.setUserName(u.userName());
        db.setDatabaseName(u.path().mid(1));
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SET client_min_messages TO WARNING"));
            q.exec(QStringLiteral("DROP SCHEMA public CASCADE"));
            q.exec(QStringLiteral("CREATE SCHEMA public"));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("wipe"));
}

/** Adds a "backend" column with sqlite, and postgresql when a test server is available. */
inline void addBackendRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    if (!postgresUrl().isEmpty())
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

/** Location of a fresh, empty database of @p backend. */
inline QString freshLocation(const QString &backend, const QTemporaryDir &dir)
{
    if (backend == QLatin1String("postgresql")) {
        emptyPostgres(postgresUrl());
        return postgresUrl();
    }
    static int counter = 0;
    return dir.filePath(QStringLiteral("test%1.sqlite").arg(++counter));
}

inline std::unique_ptr<Database> openFresh(const QString &backend, const QTemporaryDir &dir)
{
    auto db = std::make_unique<Database>(freshLocation(backend, dir));
    db->open();
    db->setCurrentUser(QStringLiteral("test"));
    return db;
}

} // namespace thuky::test
