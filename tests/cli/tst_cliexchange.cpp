// End-to-end: thuky-cli exchange export and import between a district and the province.

#include <common/clirunner.h>
#include <common/printedtext.h>
#include <core/db/sealedfile.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace thuky::test;

namespace {
const QString secret = QStringLiteral("trao đổi 2025");

QProcessEnvironment withPassphrase(QProcessEnvironment env = {}, const QString &p = secret)
{
    env.insert(QStringLiteral("THUKY_EXCHANGE_PASSPHRASE"), p);
    return env;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

/** The first column of @p sql's rows in the SQLite file @p path, one string per row. */
QStringList column(const QString &path, const QString &sql, const QVariantList &values = {})
{
    QStringList out;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(sql);
            for (const QVariant &v : values)
                q.addBindValue(v);
            q.exec();
            while (q.next())
                out.append(q.value(0).toString());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return out;
}
} // namespace

class TestCliExchange : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void provinceGetsTheSameMinutes();
    void refusesDamagedAndForeignFiles();
    void refusesInvalidRecords();
    void listsConflicts();
    void roles();

private:
    QStringList at(const QString &db, const QStringList &args) const
    {
        return QStringList { QStringLiteral("--db"), db } + args;
    }
    QString district() const { return m_dir->filePath(QStringLiteral("district.sqlite")); }
    QString province() const { return m_dir->filePath(QStringLiteral("province.sqlite")); }
    CliResult exportTo(const QString &file, const QProcessEnvironment &env = withPassphrase())
    {
        return runCli(at(district(),
                          { QStringLiteral("exchange"), QStringLiteral("export"),
                              QStringLiteral("--out"), file }),
            env);
    }
    CliResult import(const QString &file, const QStringList &extra = {},
        const QProcessEnvironment &env = withPassphrase())
    {
        return runCli(
            at(province(),
                QStringList { QStringLiteral("exchange"), QStringLiteral("import"), file } + extra),
            env);
    }
    QString provinceReports() const
    {
        return column(province(), QStringLiteral("SELECT count(*) FROM opinions")).value(0);
    }

    QTemporaryDir m_master;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliExchange::initTestCase()
{
    const QString master = m_master.filePath(QStringLiteral("district.sqlite"));
    QCOMPARE(runCli({ QStringLiteral("--db"), master, QStringLiteral("demo"),
                        QStringLiteral("--opinions"), QStringLiteral("200") })
                 .exitCode,
        0);
}

void TestCliExchange::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(QFile::copy(m_master.filePath(QStringLiteral("district.sqlite")), district()));
    QCOMPARE(runCli(at(province(), { QStringLiteral("init") })).exitCode, 0);
}

void TestCliExchange::provinceGetsTheSameMinutes()
{
    const QString file = m_dir->filePath(QStringLiteral("district.thukyx"));
    const CliResult exported = exportTo(file);
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    const CliResult imported = import(file);
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));

    const QString chairs = QStringLiteral("SELECT count(*) FROM meeting_chairs");
    QVERIFY(column(district(), chairs).value(0).toInt() > 0);
    QCOMPARE(column(province(), chairs), column(district(), chairs));
    // A meeting with chairs and attendance prints the same at both ends.
    const QString meeting = column(district(),
        QStringLiteral("SELECT m.uuid FROM meetings m WHERE m.status = 'approved' AND EXISTS "
                       "(SELECT 1 FROM meeting_chairs c WHERE c.meeting_id = m.id) ORDER BY m.id"))
                                .value(0);
    QVERIFY(!meeting.isEmpty());
    const QString idSql = QStringLiteral("SELECT id FROM meetings WHERE uuid = ?");
    const QString there = m_dir->filePath(QStringLiteral("district.pdf"));
    const QString here = m_dir->filePath(QStringLiteral("province.pdf"));
    QCOMPARE(
        runCli(at(district(),
                   { QStringLiteral("minutes"), column(district(), idSql, { meeting }).value(0),
                       QStringLiteral("--out"), there }))
            .exitCode,
        0);
    QCOMPARE(
        runCli(at(province(),
                   { QStringLiteral("minutes"), column(province(), idSql, { meeting }).value(0),
                       QStringLiteral("--out"), here }))
            .exitCode,
        0);
    const QString text = pdfText(there);
    QVERIFY(text.size() > 500);
    QCOMPARE(pdfText(here), text);

    // Importing the same file again changes nothing.
    const CliResult again = import(file);
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.err.contains(QStringLiteral(" 0 new, 0 updated")), qPrintable(again.err));
    // A dry run of a fresh database writes nothing.
    const QString fresh = m_dir->filePath(QStringLiteral("fresh.sqlite"));
    QCOMPARE(runCli(at(fresh, { QStringLiteral("init") })).exitCode, 0);
    const CliResult dry = runCli(at(fresh,
                                     { QStringLiteral("exchange"), QStringLiteral("import"), file,
                                         QStringLiteral("--dry-run") }),
        withPassphrase());
    QCOMPARE(dry.exitCode, 0);
    QVERIFY2(dry.err.contains(QStringLiteral("nothing written")), qPrintable(dry.err));
    QCOMPARE(column(fresh, QStringLiteral("SELECT count(*) FROM opinions")).value(0),
        QStringLiteral("0"));
}

void TestCliExchange::refusesDamagedAndForeignFiles()
{
    const QString file = m_dir->filePath(QStringLiteral("district.thukyx"));
    QCOMPARE(exportTo(file).exitCode, 0);
    const QByteArray good = readAll(file);
    const QString bad = m_dir->filePath(QStringLiteral("bad.thukyx"));

    QByteArray altered = good;
    altered[altered.size() / 2] = char(altered.at(altered.size() / 2) ^ 0x20);
    QVERIFY(writeAll(bad, altered));
    CliResult r = import(bad);
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.startsWith(bad + QStringLiteral(":1: ")), qPrintable(r.err));

    QVERIFY(writeAll(bad, good.left(good.size() * 2 / 3)));
    QCOMPARE(import(bad).exitCode, 3);
    QVERIFY(writeAll(bad, good.left(good.size() - 1)));
    QCOMPARE(import(bad).exitCode, 3);
    QVERIFY(writeAll(bad, "committee,role,person\n"));
    QCOMPARE(import(bad).exitCode, 3);
    QCOMPARE(import(m_dir->filePath(QStringLiteral("missing.thukyx"))).exitCode, 3);

    r = import(file, {}, withPassphrase({}, QStringLiteral("sai mật khẩu")));
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(r.err.contains(QStringLiteral("passphrase")), qPrintable(r.err));
    // No passphrase and no terminal to ask on: a usage error, never an argument.
    QCOMPARE(import(file, {}, QProcessEnvironment()).exitCode, 2);
    QCOMPARE(
        exportTo(m_dir->filePath(QStringLiteral("other.thukyx")), QProcessEnvironment()).exitCode,
        2);
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("other.thukyx"))));
    QCOMPARE(provinceReports(), QStringLiteral("0"));
}

void TestCliExchange::refusesInvalidRecords()
{
    const QString file = m_dir->filePath(QStringLiteral("district.thukyx"));
    QCOMPARE(exportTo(file).exitCode, 0);
    // Someone who knows the passphrase forges a report's date.
    QJsonObject root = QJsonDocument::fromJson(
        qUncompress(thuky::SealedFile::open(readAll(file), secret.toUtf8())))
                           .object();
    QJsonObject tables = root.value(QStringLiteral("tables")).toObject();
    QJsonArray reports = tables.value(QStringLiteral("opinions")).toArray();
    QJsonObject report = reports.at(3).toObject();
    report.insert(QStringLiteral("observed_on"), QStringLiteral("2024-02-30"));
    reports.replace(3, report);
    QJsonObject other = reports.at(4).toObject();
    other.insert(QStringLiteral("observed_on"), QStringLiteral("hello"));
    reports.replace(4, other);
    tables.insert(QStringLiteral("opinions"), reports);
    root.insert(QStringLiteral("tables"), tables);
    const QString forged = m_dir->filePath(QStringLiteral("forged.thukyx"));
    QVERIFY(writeAll(
        forged, thuky::SealedFile::seal(qCompress(QJsonDocument(root).toJson()), secret.toUtf8())));
    const CliResult r = import(forged);
    QCOMPARE(r.exitCode, 3);
    const QStringList lines = r.err.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QVERIFY2(
        lines.at(0).startsWith(QStringLiteral("%1:opinions/%2: ")
                                   .arg(forged, report.value(QStringLiteral("uuid")).toString())),
        qPrintable(r.err));
    QVERIFY2(lines.at(0).contains(QStringLiteral("2024-02-30")), qPrintable(r.err));
    QVERIFY2(lines.at(1).contains(QStringLiteral("hello")), qPrintable(r.err));
    QCOMPARE(provinceReports(), QStringLiteral("0"));
}

void TestCliExchange::listsConflicts()
{
    const QString file = m_dir->filePath(QStringLiteral("district.thukyx"));
    QCOMPARE(exportTo(file).exitCode, 0);
    QCOMPARE(import(file).exitCode, 0);
    const QString uuid
        = column(district(), QStringLiteral("SELECT uuid FROM opinions ORDER BY id")).value(0);
    const QString edit = QStringLiteral(
        "UPDATE opinions SET summary = '%1', row_version = row_version + 1, updated_by = '%2' "
        "WHERE uuid = '%3'");
    QCOMPARE(runTool(QStringLiteral("sqlite3"),
                 { district(), edit.arg(QStringLiteral("Huyện"), QStringLiteral("huyen"), uuid) }),
        QString());
    QCOMPARE(runTool(QStringLiteral("sqlite3"),
                 { province(), edit.arg(QStringLiteral("Tỉnh"), QStringLiteral("tinh"), uuid) }),
        QString());
    const QString second = m_dir->filePath(QStringLiteral("second.thukyx"));
    QCOMPARE(exportTo(second).exitCode, 0);
    CliResult r = import(second);
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.startsWith(QStringLiteral("%1:opinions/%2: \"Huyện\"").arg(second, uuid)),
        qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("tinh")) && r.err.contains(QStringLiteral("huyen")),
        qPrintable(r.err));
    const QString summary = QStringLiteral("SELECT summary FROM opinions WHERE uuid = ?");
    QCOMPARE(column(province(), summary, { uuid }), QStringList { QStringLiteral("Tỉnh") });
    r = import(second, { QStringLiteral("--prefer"), QStringLiteral("local") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("1 kept")), qPrintable(r.err));
    QCOMPARE(column(province(), summary, { uuid }), QStringList { QStringLiteral("Tỉnh") });
    QCOMPARE(import(second, { QStringLiteral("--prefer"), QStringLiteral("nobody") }).exitCode, 2);
}

void TestCliExchange::roles()
{
    TestUsers users;
    QVERIFY(addUsers(district(), &users));
    QVERIFY(addUsers(province(), &users));
    QProcessEnvironment addSecretary = users.asAdmin;
    addSecretary.insert(QStringLiteral("THUKY_NEW_PASSWORD"), QStringLiteral("thu-ky-123"));
    for (const QString &db : { district(), province() })
        QCOMPARE(runCli(at(db,
                            { QStringLiteral("--user"), users.admin, QStringLiteral("users"),
                                QStringLiteral("add"), QStringLiteral("thuky"),
                                QStringLiteral("--role"), QStringLiteral("secretary") }),
                     addSecretary)
                     .exitCode,
            0);
    QProcessEnvironment asSecretary;
    asSecretary.insert(QStringLiteral("THUKY_PASSWORD"), QStringLiteral("thu-ky-123"));
    const QString file = m_dir->filePath(QStringLiteral("district.thukyx"));
    auto as = [&](const QString &db, const QString &user, const QProcessEnvironment &env,
                  const QStringList &args) {
        return runCli(
            at(db, QStringList { QStringLiteral("--user"), user } + args), withPassphrase(env))
            .exitCode;
    };
    const QStringList exportArgs { QStringLiteral("exchange"), QStringLiteral("export"),
        QStringLiteral("--out"), file };
    const QStringList importArgs { QStringLiteral("exchange"), QStringLiteral("import"), file };
    QCOMPARE(as(district(), users.viewer, users.asViewer, exportArgs), 5);
    QVERIFY(!QFile::exists(file));
    QCOMPARE(as(district(), QStringLiteral("thuky"), asSecretary, exportArgs), 0);
    QCOMPARE(as(province(), users.viewer, users.asViewer, importArgs), 5);
    QCOMPARE(as(province(), QStringLiteral("thuky"), asSecretary, importArgs), 5);
    QCOMPARE(provinceReports(), QStringLiteral("0"));
    QCOMPARE(as(province(), users.admin, users.asAdmin, importArgs), 0);
    QVERIFY(provinceReports().toInt() > 0);
}

QTEST_GUILESS_MAIN(TestCliExchange)
#include "tst_cliexchange.moc"
