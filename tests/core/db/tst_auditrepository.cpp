// The audit log as `thuky-cli audit` lists it, and the backup `thuky-cli backup` writes.

#include <common/testdb.h>
#include <core/db/auditrepository.h>
#include <core/db/database.h>
#include <core/db/databasecopy.h>

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

using namespace thuky;

class TestAuditRepository : public QObject
{
    Q_OBJECT
private slots:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }
    void entriesOldestFirst_data() { test::addBackendRows(); }
    void entriesOldestFirst();
    void backupIsAWholeCopy();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAuditRepository::entriesOldestFirst()
{
    QFETCH(QString, backend);
    auto db = test::openFresh(backend, *m_dir);
    db->setCurrentUser(QStringLiteral("lan"));
    db->audit(QStringLiteral("add"), QStringLiteral("person"), QStringLiteral("u-1"),
        QStringLiteral("Nguyễn Văn An"));
    db->audit(QStringLiteral("delete"), QStringLiteral("meeting"), QStringLiteral("u-2"));

    const QList<AuditEntry> all = AuditRepository(*db).entries();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).user, QStringLiteral("lan"));
    QCOMPARE(all.at(0).action, QStringLiteral("add"));
    QCOMPARE(all.at(0).entity, QStringLiteral("person"));
    QCOMPARE(all.at(0).entityUuid, QStringLiteral("u-1"));
    QCOMPARE(all.at(0).detail, QStringLiteral("Nguyễn Văn An"));
    QCOMPARE(all.at(1).action, QStringLiteral("delete"));
    QCOMPARE(all.at(1).detail, QString());
    const QDate today = QDateTime::currentDateTimeUtc().date();
    QVERIFY(all.at(0).at.startsWith(today.toString(Qt::ISODate)));

    QCOMPARE(AuditRepository(*db).entries(today).size(), 2);
    QVERIFY(AuditRepository(*db).entries(today.addDays(1)).isEmpty());
}

void TestAuditRepository::backupIsAWholeCopy()
{
    auto db = test::openFresh(QStringLiteral("sqlite"), *m_dir);
    db->audit(QStringLiteral("add"), QStringLiteral("person"), QStringLiteral("u-1"));
    const QString file = m_dir->filePath(QStringLiteral("backup.sqlite"));
    DatabaseCopy::backup(*db, file);
    Database copy(file);
    copy.open(Database::OpenMode::MustExist);
    QCOMPARE(copy.schemaVersion(), Database::SchemaVersion);
    QCOMPARE(AuditRepository(copy).entries().size(), 1);
}

QTEST_GUILESS_MAIN(TestAuditRepository)
#include "tst_auditrepository.moc"
