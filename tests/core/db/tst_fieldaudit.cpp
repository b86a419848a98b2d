// The field-level, append-only audit log (SPEC.md, "Audit, backups and exchange files"): each
// changed field's old and new value under the action that changed it, whatever path wrote it,
// on SQLite and PostgreSQL; the log refuses UPDATE and DELETE.

#include "../opinions/opinionfixture.h"
#include <core/db/auditrepository.h>
#include <core/meetings/meetingrepository.h>

#include <QTest>

using namespace thuky;

class TestFieldAudit : public QObject, private test::OpinionFixture
{
    Q_OBJECT
private slots:
    void init() { reset(); }
    void addIsOneLine_data() { test::addBackendRows(); }
    void addIsOneLine();
    void updateRecordsEachChangedField_data() { test::addBackendRows(); }
    void updateRecordsEachChangedField();
    void workflowStepNamesItsFields_data() { test::addBackendRows(); }
    void workflowStepNamesItsFields();
    void removalKeepsTheValues_data() { test::addBackendRows(); }
    void removalKeepsTheValues();
    void changeWithoutAuditCallIsKept_data() { test::addBackendRows(); }
    void changeWithoutAuditCallIsKept();
    void rolledBackChangeLeavesNoLine_data() { test::addBackendRows(); }
    void rolledBackChangeLeavesNoLine();
    void logIsAppendOnly_data() { test::addBackendRows(); }
    void logIsAppendOnly();
    void meetingRowsAddedAndRemoved_data() { test::addBackendRows(); }
    void meetingRowsAddedAndRemoved();

private:
    QList<AuditEntry> linesOf(const QString &uuid)
    {
        AuditFilter f;
        f.uuid = uuid;
        return AuditRepository(*m_db).find(f, 1000, 0, AuditOrder::Oldest);
    }
    /** field → "old|new" of the lines of @p action. */
    QMap<QString, QString> changes(const QString &uuid, const QString &action)
    {
        QMap<QString, QString> out;
        for (const AuditEntry &e : linesOf(uuid)) {
            if (e.action == action)
                out.insert(e.field, e.oldValue + QLatin1Char('|') + e.newValue);
        }
        return out;
    }
    QString uuidOf(qint64 id)
    {
        return m_db->scalar(QStringLiteral("SELECT uuid FROM opinions WHERE id = ?"), { id })
            .toString();
    }
};

void TestFieldAudit::addIsOneLine()
{
    QFETCH(QString, backend);
    open(backend);
    m_db->setCurrentUser(QStringLiteral("thuky1"));
    const qint64 id = addReport(QDate(2024, 5, 17), m_commune, m_land, QStringLiteral("Sạt lở"));
    const QList<AuditEntry> lines = linesOf(uuidOf(id));
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.at(0).action, QStringLiteral("add"));
    QCOMPARE(lines.at(0).entity, QStringLiteral("opinion"));
    QCOMPARE(lines.at(0).user, QStringLiteral("thuky1"));
    QVERIFY(lines.at(0).field.isEmpty());
    QVERIFY(lines.at(0).oldValue.isEmpty() && lines.at(0).newValue.isEmpty());
}

void TestFieldAudit::updateRecordsEachChangedField()
{
    QFETCH(QString, backend);
    open(backend);
    const qint64 id
        = addReport(QDate(2024, 5, 17), m_commune, m_land, QStringLiteral("Đường hư hỏng"));
    m_db->setCurrentUser(QStringLiteral("lan"));
    OpinionRepository repo(*m_db);
    OpinionReport r = *repo.report(id);
    r.summary = QStringLiteral("Đường liên xã hư hỏng nặng");
    r.sentiment = QStringLiteral("negative");
    r.topicId = m_prices;
    repo.update(r);

    const QMap<QString, QString> changed = changes(r.uuid, QStringLiteral("update"));
    QCOMPARE(changed.keys(),
        QStringList({ QStringLiteral("sentiment"), QStringLiteral("summary"),
            QStringLiteral("topic_id") }));
    QCOMPARE(changed.value(QStringLiteral("summary")),
        QStringLiteral("Đường hư hỏng|Đường liên xã hư hỏng nặng"));
    QCOMPARE(changed.value(QStringLiteral("sentiment")), QStringLiteral("neutral|negative"));
    QCOMPARE(changed.value(QStringLiteral("topic_id")),
        QStringLiteral("%1|%2").arg(m_land).arg(m_prices));
    for (const AuditEntry &e : linesOf(r.uuid)) {
        if (e.action == QLatin1String("update"))
            QCOMPARE(e.user, QStringLiteral("lan"));
    }
    // Nothing waits to be written once the transaction is over.
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM audit_pending")).toInt(), 0);
}

void TestFieldAudit::workflowStepNamesItsFields()
{
    QFETCH(QString, backend);
    open(backend);
    const qint64 agency = TaxonomyRepository(*m_db).addAgency(QStringLiteral("Sở Xây dựng"));
    const qint64 id = addReport(QDate(2024, 5, 17), m_commune, m_land, QStringLiteral("Ngập"));
    OpinionRepository(*m_db).forward(id, agency, QDate(2024, 5, 20));
    const QMap<QString, QString> changed = changes(uuidOf(id), QStringLiteral("forward"));
    QCOMPARE(changed.value(QStringLiteral("status")), QStringLiteral("new|forwarded"));
    QCOMPARE(changed.value(QStringLiteral("agency_id")), QStringLiteral("|%1").arg(agency));
    QVERIFY2(changed.value(QStringLiteral("forwarded_on")).startsWith(QLatin1String("|2024-05-20")),
        qPrintable(changed.value(QStringLiteral("forwarded_on"))));
    QVERIFY(changes(uuidOf(id), QStringLiteral("update")).isEmpty());
}

void TestFieldAudit::removalKeepsTheValues()
{
    QFETCH(QString, backend);
    open(backend);
    const qint64 id = addReport(QDate(2024, 5, 17), m_commune, m_land, QStringLiteral("Rác thải"));
    const QString uuid = uuidOf(id);
    OpinionRepository(*m_db).remove(id);
    const QMap<QString, QString> removed = changes(uuid, QStringLiteral("remove"));
    QCOMPARE(removed.value(QStringLiteral("summary")), QStringLiteral("Rác thải|"));
    QCOMPARE(removed.value(QStringLiteral("observed_on")).left(11), QStringLiteral("2024-05-17|"));
    QVERIFY(!removed.contains(QStringLiteral("recommendation"))); // empty fields are left out
}

void TestFieldAudit::changeWithoutAuditCallIsKept()
{
    QFETCH(QString, backend);
    open(backend);
    const qint64 id = addReport(QDate(2024, 5, 17), m_commune, m_land, QStringLiteral("Điện"));
    m_db->setCurrentUser(QStringLiteral("script"));
    Transaction tx(*m_db);
    m_db->exec(QStringLiteral("UPDATE opinions SET summary = ? WHERE id = ?"),
        { QStringLiteral("Điện chập chờn"), id });
    tx.commit();
    const QList<AuditEntry> lines = linesOf(uuidOf(id));
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(1).action, QStringLiteral("update"));
    QCOMPARE(lines.at(1).user, QStringLiteral("script"));
    QCOMPARE(lines.at(1).field, QStringLiteral("summary"));
    QCOMPARE(lines.at(1).newValue, QStringLiteral("Điện chập chờn"));
}

void TestFieldAudit::rolledBackChangeLeavesNoLine()
{
    QFETCH(QString, backend);
    open(backend);
    const qint64 id = addReport(QDate(2024, 5, 17), m_commune, m_land, QStringLiteral("Nước"));
    {
        Transaction tx(*m_db);
        m_db->exec(QStringLiteral("UPDATE opinions SET summary = 'x' WHERE id = ?"), { id });
    } // rolled back
    QCOMPARE(linesOf(uuidOf(id)).size(), 1);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM audit_pending")).toInt(), 0);
}

void TestFieldAudit::logIsAppendOnly()
{
    QFETCH(QString, backend);
    open(backend);
    addReport(QDate(2024, 5, 17), m_commune, m_land, QStringLiteral("Karaoke"));
    const int before = m_db->scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
    QVERIFY(before > 0);
    for (const QString &sql : { QStringLiteral("UPDATE audit_log SET user_name = 'x'"),
             QStringLiteral("DELETE FROM audit_log"),
             QStringLiteral("DELETE FROM audit_log WHERE id = 1") }) {
        bool refused = false;
        try {
            Transaction tx(*m_db);
            m_db->exec(sql);
            tx.commit();
        } catch (const DbError &) {
            refused = true;
        }
        QVERIFY2(refused, qPrintable(sql));
    }
    if (backend == QLatin1String("postgresql")) {
        bool refused = false;
        try {
            m_db->exec(QStringLiteral("TRUNCATE audit_log"));
        } catch (const DbError &) {
            refused = true;
        }
        QVERIFY(refused);
    }
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), before);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE user_name = 'x'"))
                 .toInt(),
        0);
}

void TestFieldAudit::meetingRowsAddedAndRemoved()
{
    QFETCH(QString, backend);
    open(backend);
    RosterRepository roster(*m_db);
    Committee c;
    c.name = QStringLiteral("Ban Chỉ đạo 35 tỉnh An Giang");
    c.level = QStringLiteral("province");
    const qint64 committee = roster.addCommittee(c);
    Person a;
    a.fullName = QStringLiteral("Nguyễn Văn Ánh");
    const qint64 anh = roster.addPerson(a);
    a.fullName = QStringLiteral("Trần Thị Bình");
    const qint64 binh = roster.addPerson(a);

    Meeting m;
    m.committeeId = committee;
    m.kind = QStringLiteral("quarterly_briefing");
    m.title = QStringLiteral("Hội nghị giao ban Quý II/2024");
    m.start = QDateTime(QDate(2024, 7, 17), QTime(8, 0));
    m.end = m.start.addSecs(3 * 3600);
    m.place = QStringLiteral("Hội trường Tỉnh ủy");
    m.chairIds = { anh };
    Attendance present;
    present.personId = anh;
    m.attendance = { present };
    MeetingRepository meetings(*m_db);
    meetings.create(m);
    Meeting saved = *meetings.meeting(m.id);

    // Saved again unchanged: the rows replaced as they were are no change, so the save is one
    // line without a field.
    meetings.update(saved);
    saved = *meetings.meeting(m.id);
    const QMap<QString, QString> unchanged = changes(saved.uuid, QStringLiteral("update"));
    QCOMPARE(unchanged.keys(), QStringList({ QString() }));

    Attendance absent;
    absent.personId = binh;
    absent.status = QStringLiteral("absent");
    absent.reason = QStringLiteral("đi công tác");
    saved.attendance.append(absent);
    saved.conclusion = QStringLiteral("Tăng cường nắm bắt dư luận.");
    meetings.update(saved);
    QList<AuditEntry> lines;
    for (const AuditEntry &e : linesOf(saved.uuid)) {
        if (e.action == QLatin1String("update"))
            lines.append(e);
    }
    QStringList seen;
    for (const AuditEntry &e : lines)
        seen.append(QStringLiteral("%1:%2>%3").arg(e.field, e.oldValue, e.newValue));
    QVERIFY2(seen.contains(QStringLiteral("attendance:>Trần Thị Bình: absent (đi công tác)")),
        qPrintable(seen.join(u'\n')));
    QVERIFY2(seen.contains(QStringLiteral("conclusion:>Tăng cường nắm bắt dư luận.")),
        qPrintable(seen.join(u'\n')));
    QVERIFY2(!seen.join(u'\n').contains(QStringLiteral("Ánh")), qPrintable(seen.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestFieldAudit)
#include "tst_fieldaudit.moc"
