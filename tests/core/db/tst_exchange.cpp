// Exchange files: sealed, complete, checked like typed input, merged without silent overwrites.

#include <common/testdb.h>
#include <core/db/exchange.h>
#include <core/db/sealedfile.h>
#include <core/demo/demo.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace thuky;

namespace {
const QString secret = QStringLiteral("Ban chỉ đạo 35 — mật khẩu");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

SealedFile::Failure failureOf(const QByteArray &sealed, const QByteArray &passphrase)
{
    try {
        SealedFile::open(sealed, passphrase);
    } catch (const SealedFile::Error &e) {
        return e.failure();
    }
    return SealedFile::Failure(-1);
}
} // namespace

class TestExchange : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void sealedRoundTrip();
    void sealedRefusals();
    void noReadableText();
    void parseRefusesBadValues_data();
    void parseRefusesBadValues();
    void carriesEverythingOnce_data() { test::addBackendRows(); }
    void carriesEverythingOnce();
    void conflictsNeedAChoice_data() { test::addBackendRows(); }
    void conflictsNeedAChoice();
    void lockedMinutesStayLocked_data() { test::addBackendRows(); }
    void lockedMinutesStayLocked();
    void secondHeadRefused_data() { test::addBackendRows(); }
    void secondHeadRefused();

private:
    /** The district: a copy of the demo database for this test. */
    Database &district() { return *m_district; }
    /** The province: a fresh database of the row's backend. */
    Database &province() { return *m_province; }
    QString exportDistrict();
    int count(Database &db, const QString &sql, const QVariantList &values = {});
    /** The plain JSON of a file exported from the district. */
    QJsonObject districtJson();

    QTemporaryDir m_master;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_district;
    std::unique_ptr<Database> m_province;
};

void TestExchange::initTestCase()
{
    Database db(m_master.filePath(QStringLiteral("district.sqlite")));
    db.open();
    db.setCurrentUser(QStringLiteral("huyen"));
    DemoGenerator(db, 7).generate(150);
    db.close();
}

void TestExchange::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString copy = m_dir->filePath(QStringLiteral("district.sqlite"));
    QVERIFY(QFile::copy(m_master.filePath(QStringLiteral("district.sqlite")), copy));
    m_district = std::make_unique<Database>(copy);
    m_district->open(Database::OpenMode::MustExist);
    m_district->setCurrentUser(QStringLiteral("huyen"));
    QString backend = QStringLiteral("sqlite");
    if (QTest::currentDataTag() && QByteArray(QTest::currentDataTag()) == "postgresql")
        backend = QStringLiteral("postgresql");
    m_province = test::openFresh(backend, *m_dir);
    m_province->setCurrentUser(QStringLiteral("tinh"));
}

void TestExchange::cleanup()
{
    m_province.reset();
    m_district.reset();
    m_dir.reset();
}

QString TestExchange::exportDistrict()
{
    static int n = 0;
    const QString file = m_dir->filePath(QStringLiteral("district-%1.thukyx").arg(++n));
    Exchange::exportTo(district(), file, secret);
    return file;
}

int TestExchange::count(Database &db, const QString &sql, const QVariantList &values)
{
    return db.scalar(sql, values).toInt();
}

QJsonObject TestExchange::districtJson()
{
    const QByteArray sealed = readAll(exportDistrict());
    return QJsonDocument::fromJson(qUncompress(SealedFile::open(sealed, secret.toUtf8()))).object();
}

void TestExchange::sealedRoundTrip()
{
    // Several chunks and a last partial one; and the empty content.
    QByteArray plain;
    for (int i = 0; plain.size() < 200000; ++i)
        plain += QByteArray::number(i) + ' ';
    const QByteArray sealed = SealedFile::seal(plain, "mật khẩu");
    QVERIFY(SealedFile::looksSealed(sealed));
    QVERIFY(sealed.startsWith("THUKYX1"));
    QCOMPARE(SealedFile::open(sealed, "mật khẩu"), plain);
    QCOMPARE(SealedFile::open(SealedFile::seal({}, "x"), "x"), QByteArray());
    // A fresh salt each time: the same content seals differently.
    QVERIFY(SealedFile::seal(plain, "mật khẩu") != sealed);
    QVERIFY_THROWS_EXCEPTION(ValidationError, SealedFile::seal(plain, QByteArray()));
}

void TestExchange::sealedRefusals()
{
    QByteArray plain(150000, 'a');
    const QByteArray sealed = SealedFile::seal(plain, "đúng");
    using F = SealedFile::Failure;
    QCOMPARE(failureOf(sealed, "sai"), F::WrongPassphrase);
    QCOMPARE(failureOf(sealed, QByteArray()), F::WrongPassphrase);
    // One flipped byte anywhere in the content.
    for (qsizetype at : { qsizetype(100), sealed.size() / 2, sealed.size() - 1 }) {
        QByteArray altered = sealed;
        altered[at] = char(altered.at(at) ^ 0x01);
        const F f = failureOf(altered, "đúng");
        QVERIFY2(f == F::Damaged || f == F::Truncated, qPrintable(QString::number(at)));
    }
    // Cut at a chunk boundary (the header is 88 bytes, a chunk 64 KiB + 17) and inside a chunk.
    QCOMPARE(failureOf(sealed.left(88 + 65536 + 17), "đúng"), F::Truncated);
    QCOMPARE(failureOf(sealed.left(sealed.size() - 5), "đúng"), F::Truncated);
    QCOMPARE(failureOf(sealed.left(40), "đúng"), F::Truncated);
    const F appended = failureOf(sealed + "x", "đúng");
    QVERIFY(appended == F::Damaged || appended == F::Truncated);
    // Chunks swapped: the order is authenticated too.
    QByteArray swapped = sealed.left(88) + sealed.mid(88 + 65553, 65553) + sealed.mid(88, 65553)
        + sealed.mid(88 + 2 * 65553);
    QCOMPARE(failureOf(swapped, "đúng"), F::Damaged);
    QCOMPARE(failureOf(qCompress("{\"format\":\"thuky-exchange\"}"), "đúng"), F::Foreign);
    QByteArray newer = sealed;
    newer[7] = 2;
    QCOMPARE(failureOf(newer, "đúng"), F::Foreign);
}

void TestExchange::noReadableText()
{
    const QString summary
        = district().scalar(QStringLiteral("SELECT summary FROM opinions ORDER BY id")).toString();
    const QString person
        = district().scalar(QStringLiteral("SELECT full_name FROM persons ORDER BY id")).toString();
    QVERIFY(summary.size() > 20);
    const QByteArray sealed = readAll(exportDistrict());
    // The content holds them, the file does not, nor does any zlib stream found in it.
    const QByteArray plain = qUncompress(SealedFile::open(sealed, secret.toUtf8()));
    QVERIFY(plain.contains(summary.toUtf8()));
    QVERIFY(plain.contains(person.toUtf8()));
    QVERIFY(!sealed.contains(summary.toUtf8()));
    QVERIFY(!sealed.contains(summary.left(12).toUtf8()));
    QVERIFY(!sealed.contains(person.toUtf8()));
    // (qUncompress warns about each corrupt stream: quiet here.)
    const QtMessageHandler previous
        = qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
    int inflatedAny = 0;
    for (qsizetype at = 0; at + 2 < sealed.size(); ++at) {
        if (sealed.at(at) != 0x78)
            continue;
        const QByteArray inflated = qUncompress(QByteArray("\x00\x01\x00\x00", 4) + sealed.mid(at));
        inflatedAny += inflated.isEmpty() ? 0 : 1;
        if (inflated.contains(summary.left(12).toUtf8()))
            inflatedAny = -1000;
    }
    qInstallMessageHandler(previous);
    QVERIFY(inflatedAny >= 0);
}

void TestExchange::parseRefusesBadValues_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("message");
    auto row = [](const char *tag, const char *table, const char *field, const QJsonValue &value,
                   const char *message) {
        QTest::newRow(tag) << QString::fromLatin1(table) << QString::fromLatin1(field) << value
                           << QString::fromLatin1(message);
    };
    row("word as date", "opinions", "observed_on", QJsonValue(QStringLiteral("hello")),
        "observed_on");
    row("30 February", "opinions", "observed_on", QJsonValue(QStringLiteral("2024-02-30")),
        "observed_on");
    row("year 1", "opinions", "observed_on", QJsonValue(QStringLiteral("0001-01-01")),
        "observed_on");
    row("year 9999", "opinions", "response_on", QJsonValue(QStringLiteral("9999-12-31")),
        "response_on");
    row("quarter of another date", "opinions", "quarter", QJsonValue(QStringLiteral("2019-Q1")),
        "does not match");
    row("row_version text", "opinions", "row_version", QJsonValue(QStringLiteral("abc")),
        "row_version");
    row("row_version 0", "opinions", "row_version", QJsonValue(0), "row_version");
    row("updated_at 9999", "opinions", "updated_at", QJsonValue(QStringLiteral("9999")),
        "updated_at");
    row("updated_at in the future", "opinions", "updated_at",
        QJsonValue(QStringLiteral("2199-01-01T00:00:00.000Z")), "future");
    row("unknown sentiment", "opinions", "sentiment", QJsonValue(QStringLiteral("furious")),
        "sentiment");
    row("empty summary", "opinions", "summary", QJsonValue(QStringLiteral("  ")), "summary");
    row("reference not a uuid", "opinions", "topic_id", QJsonValue(QStringLiteral("7")),
        "topic_id");
    row("unknown field", "opinions", "secret", QJsonValue(QStringLiteral("x")), "unknown field");
    row("unknown role", "memberships", "role", QJsonValue(QStringLiteral("king")), "role");
    row("end before start", "memberships", "end_date", QJsonValue(QStringLiteral("1901-01-01")),
        "before");
    row("meeting time", "meetings", "starts_at", QJsonValue(QStringLiteral("2024-13-01T08:00:00")),
        "starts_at");
    row("attendance not a list", "meetings", "attendance", QJsonValue(QStringLiteral("all")),
        "attendance");
}

void TestExchange::parseRefusesBadValues()
{
    QFETCH(QString, table);
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, message);
    QJsonObject root = districtJson();
    // As it is, the file reads.
    const Exchange::Content content
        = Exchange::parse(QJsonDocument(root).toJson(), QStringLiteral("f.thukyx"));
    QVERIFY(content.records.size() > 300);
    QJsonObject tables = root.value(QStringLiteral("tables")).toObject();
    QJsonArray rows = tables.value(table).toArray();
    QJsonObject row = rows.at(1).toObject();
    row.insert(field, value);
    rows.replace(1, row);
    tables.insert(table, rows);
    root.insert(QStringLiteral("tables"), tables);
    try {
        Exchange::parse(QJsonDocument(root).toJson(), QStringLiteral("f.thukyx"));
        QFAIL("accepted");
    } catch (const ValidationError &e) {
        const QString where = QStringLiteral("f.thukyx:%1/%2: ")
                                  .arg(table, row.value(QStringLiteral("uuid")).toString());
        QVERIFY2(e.message().startsWith(where), qPrintable(e.message()));
        QVERIFY2(e.message().contains(message), qPrintable(e.message()));
    }
}

void TestExchange::carriesEverythingOnce()
{
    const QString file = exportDistrict();
    QVERIFY_THROWS_EXCEPTION(
        PermissionError, Exchange::plan(province(), file, QStringLiteral("sai")));
    const Exchange::Plan plan = Exchange::plan(province(), file, secret);
    QCOMPARE(plan.conflicts().size(), 0);
    QCOMPARE(plan.updated(), 0);
    QCOMPARE(plan.added(), plan.content.records.size());
    // A dry run writes nothing.
    QCOMPARE(Exchange::apply(province(), plan, {}, std::nullopt, true).added, plan.added());
    QCOMPARE(count(province(), QStringLiteral("SELECT count(*) FROM persons")), 0);
    const Exchange::Result r = Exchange::apply(province(), plan);
    QCOMPARE(r.added, plan.added());

    for (const char *table :
        { "localities", "committees", "persons", "memberships", "meetings", "meeting_chairs",
            "attendance", "agenda_items", "speeches", "tasks", "topics", "agencies", "opinions" }) {
        const QString sql = QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table));
        QVERIFY2(count(district(), sql) > 0, table);
        QCOMPARE(count(province(), sql), count(district(), sql));
    }
    // The chairs of each meeting, in order, by meeting and person.
    const QString chairs = QStringLiteral(
        "SELECT m.uuid || ':' || p.uuid || ':' || c.position FROM meeting_chairs c "
        "JOIN meetings m ON m.id = c.meeting_id JOIN persons p ON p.id = c.person_id "
        "ORDER BY m.uuid, c.position");
    auto list = [](Database &db, const QString &sql) {
        QStringList out;
        QSqlQuery q = db.exec(sql);
        while (q.next())
            out.append(q.value(0).toString());
        return out;
    };
    QCOMPARE(list(province(), chairs), list(district(), chairs));
    const QString attendance = QStringLiteral(
        "SELECT m.uuid || ':' || p.uuid || ':' || a.status || ':' || COALESCE(a.role, '') "
        "FROM attendance a JOIN meetings m ON m.id = a.meeting_id "
        "JOIN persons p ON p.id = a.person_id ORDER BY m.uuid, p.uuid");
    QCOMPARE(list(province(), attendance), list(district(), attendance));
    const QString reports
        = QStringLiteral("SELECT o.uuid || ':' || o.summary || ':' || a.name FROM opinions o "
                         "JOIN agencies a ON a.id = o.agency_id ORDER BY o.uuid");
    QVERIFY(!list(district(), reports).isEmpty());
    QCOMPARE(list(province(), reports), list(district(), reports));

    // The same file again, and a new export of the unchanged district: nothing to do.
    for (const QString &again : { file, exportDistrict() }) {
        const Exchange::Plan second = Exchange::plan(province(), again, secret);
        QCOMPARE(second.added(), 0);
        QCOMPARE(second.updated(), 0);
        QCOMPARE(second.conflicts().size(), 0);
        const Exchange::Result r2 = Exchange::apply(province(), second);
        QCOMPARE(r2.added + r2.updated, 0);
    }
}

void TestExchange::conflictsNeedAChoice()
{
    Exchange::apply(province(), Exchange::plan(province(), exportDistrict(), secret));
    QSqlQuery q = district().exec(QStringLiteral("SELECT uuid FROM opinions ORDER BY id LIMIT 3"));
    QStringList uuids;
    while (q.next())
        uuids.append(q.value(0).toString());
    auto edit = [](Database &db, const QString &uuid, const QString &summary) {
        db.exec(QStringLiteral("UPDATE opinions SET summary = ?, updated_by = ?, updated_at = ?, "
                               "row_version = row_version + 1 WHERE uuid = ?"),
            { summary, db.currentUser(), Database::now(), uuid });
    };
    auto summary = [](Database &db, const QString &uuid) {
        return db.scalar(QStringLiteral("SELECT summary FROM opinions WHERE uuid = ?"), { uuid })
            .toString();
    };
    edit(district(), uuids.at(0), QStringLiteral("Huyện sửa: đường liên xã xuống cấp"));
    edit(province(), uuids.at(0), QStringLiteral("Tỉnh sửa: đường liên xã hư hỏng nặng"));
    edit(district(), uuids.at(1), QStringLiteral("Huyện sửa: giá phân bón tăng"));
    edit(province(), uuids.at(2), QStringLiteral("Tỉnh sửa: thiếu nước tưới"));
    const QString file = exportDistrict();

    const Exchange::Plan plan = Exchange::plan(province(), file, secret);
    QCOMPARE(plan.added(), 0);
    QCOMPARE(plan.updated(), 1); // changed at the district only
    QCOMPARE(plan.conflicts().size(), 1);
    const Exchange::Change c = plan.conflicts().first();
    QCOMPARE(c.table, QStringLiteral("opinions"));
    QCOMPARE(c.uuid, uuids.at(0));
    QCOMPARE(c.title, QStringLiteral("Huyện sửa: đường liên xã xuống cấp"));
    QCOMPARE(c.localUpdatedBy, QStringLiteral("tinh"));
    QCOMPARE(c.incomingUpdatedBy, QStringLiteral("huyen"));

    // No choice: refused, naming the record, nothing written.
    try {
        Exchange::apply(province(), plan);
        QFAIL("applied a conflict");
    } catch (const ValidationError &e) {
        QVERIFY2(e.message().contains(uuids.at(0)), qPrintable(e.message()));
    }
    QVERIFY(summary(province(), uuids.at(1)) != summary(district(), uuids.at(1)));

    // Keep the province's text for this record: the rest applies, the province's edits stay.
    const Exchange::Result r = Exchange::apply(
        province(), plan, { { Exchange::key(c.table, c.uuid), Exchange::Choice::Local } });
    QCOMPARE(r.updated, 1);
    QCOMPARE(r.keptLocal, 1);
    QCOMPARE(
        summary(province(), uuids.at(0)), QStringLiteral("Tỉnh sửa: đường liên xã hư hỏng nặng"));
    QCOMPARE(summary(province(), uuids.at(1)), QStringLiteral("Huyện sửa: giá phân bón tăng"));
    QCOMPARE(summary(province(), uuids.at(2)), QStringLiteral("Tỉnh sửa: thiếu nước tưới"));
    // The choice holds for the same file; a later edit at the district is a new conflict.
    QCOMPARE(Exchange::plan(province(), file, secret).conflicts().size(), 0);
    edit(district(), uuids.at(0), QStringLiteral("Huyện sửa lần hai"));
    const Exchange::Plan later = Exchange::plan(province(), exportDistrict(), secret);
    QCOMPARE(later.conflicts().size(), 0);
    QCOMPARE(later.updated(), 1);
    edit(province(), uuids.at(0), QStringLiteral("Tỉnh sửa lần hai"));
    edit(district(), uuids.at(0), QStringLiteral("Huyện sửa lần ba"));
    const Exchange::Plan third = Exchange::plan(province(), exportDistrict(), secret);
    QCOMPARE(third.conflicts().size(), 1);
    Exchange::apply(province(), third, {}, Exchange::Choice::Incoming);
    QCOMPARE(summary(province(), uuids.at(0)), QStringLiteral("Huyện sửa lần ba"));
}

void TestExchange::lockedMinutesStayLocked()
{
    Exchange::apply(province(), Exchange::plan(province(), exportDistrict(), secret));
    const QString meeting = district()
                                .scalar(QStringLiteral("SELECT uuid FROM meetings WHERE status = "
                                                       "'approved' ORDER BY id"))
                                .toString();
    QVERIFY(!meeting.isEmpty());
    const auto conclusion = [&](Database &db) {
        return db
            .scalar(QStringLiteral("SELECT conclusion FROM meetings WHERE uuid = ?"), { meeting })
            .toString();
    };
    const QString before = conclusion(province());
    district().exec(QStringLiteral("UPDATE meetings SET conclusion = 'Viết lại', updated_at = ?, "
                                   "row_version = row_version + 1 WHERE uuid = ?"),
        { Database::now(), meeting });
    const QString file = exportDistrict();
    try {
        Exchange::plan(province(), file, secret);
        QFAIL("changed locked minutes");
    } catch (const ValidationError &e) {
        QVERIFY2(
            e.message().contains(QStringLiteral("meetings/") + meeting), qPrintable(e.message()));
        QVERIFY2(e.message().contains(QStringLiteral("locked")), qPrintable(e.message()));
    }
    QCOMPARE(conclusion(province()), before);
}

void TestExchange::secondHeadRefused()
{
    Exchange::apply(province(), Exchange::plan(province(), exportDistrict(), secret));
    const int before = count(province(), QStringLiteral("SELECT count(*) FROM memberships"));
    // A second head of a committee, written past the repository's check at the district.
    QSqlQuery head = district().exec(QStringLiteral(
        "SELECT committee_id, start_date FROM memberships WHERE role = 'head' AND end_date IS NULL "
        "ORDER BY id"));
    QVERIFY(head.next());
    const qint64 person
        = district().scalar(QStringLiteral("SELECT id FROM persons ORDER BY id DESC")).toLongLong();
    district().exec(QStringLiteral("INSERT INTO memberships (uuid, created_at, updated_at, "
                                   "person_id, committee_id, role, start_date) "
                                   "VALUES (?,?,?,?,?,'head',?)"),
        { Database::newUuid(), Database::now(), Database::now(), person, head.value(0),
            head.value(1) });
    try {
        Exchange::apply(province(), Exchange::plan(province(), exportDistrict(), secret));
        QFAIL("accepted a second head");
    } catch (const ValidationError &e) {
        QVERIFY2(e.message().contains(QStringLiteral("memberships/")), qPrintable(e.message()));
        QVERIFY2(e.message().contains(QStringLiteral("head")), qPrintable(e.message()));
    }
    QCOMPARE(count(province(), QStringLiteral("SELECT count(*) FROM memberships")), before);
}

QTEST_GUILESS_MAIN(TestExchange)
#include "tst_exchange.moc"
