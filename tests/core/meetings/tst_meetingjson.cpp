// The meeting form as JSON (draft files, undoable form states): every edited field survives
// the round trip, and what the database manages stays that of the meeting it is read into.

#include <core/meetings/meetingjson.h>

#include <QJsonArray>
#include <QTest>

using namespace thuky;

class TestMeetingJson : public QObject
{
    Q_OBJECT
private slots:
    void roundTripKeepsEveryFormField();
    void databaseFieldsComeFromTheBase();
    void missingFieldsReadAsEmpty();
    void taskDueDates_data();
    void taskDueDates();

private:
    static Meeting sample();
};

Meeting TestMeetingJson::sample()
{
    Meeting m;
    m.id = 7;
    m.uuid = QStringLiteral("5b1c0d2e-0000-4000-8000-000000000007");
    m.committeeId = 3;
    m.kind = QStringLiteral("thematic");
    m.period = QStringLiteral("2024-Q2");
    m.title = QStringLiteral("Hội nghị chuyên đề");
    m.start = QDateTime(QDate(2024, 5, 6), QTime(8, 0));
    m.end = QDateTime(QDate(2024, 5, 6), QTime(11, 30));
    m.place = QStringLiteral("Hội trường Tỉnh ủy");
    m.bridgePoints = { QStringLiteral("Huyện A"), QStringLiteral("Huyện B") };
    m.guests = { QStringLiteral("Khách mời") };
    m.documents = { QStringLiteral("Báo cáo quý II") };
    m.chairIds = { 11, 12 };
    m.secretaryId = 13;
    m.conclusion = QStringLiteral("<p>Kết luận <b>quan trọng</b></p>");
    Attendance a;
    a.personId = 11;
    a.role = QStringLiteral("head");
    a.status = QStringLiteral("delegate");
    a.reason = QStringLiteral("đi công tác");
    a.delegate = QStringLiteral("Phó ban");
    a.personName = QStringLiteral("Lò Minh Hùng");
    m.attendance = { a };
    m.agenda = { AgendaItem { QStringLiteral("Báo cáo"), QStringLiteral("Tổ thư ký"), {} } };
    Speech member;
    member.personId = 12;
    member.personName = QStringLiteral("Trần Văn Ân");
    member.unit = QStringLiteral("Sở Nội vụ");
    member.summary = QStringLiteral("Đề nghị bổ sung");
    Speech guest;
    guest.guestName = QStringLiteral("Nhà báo");
    guest.summary = QStringLiteral("Ý kiến");
    m.speeches = { member, guest };
    Task t;
    t.id = 21;
    t.description = QStringLiteral("Tổng hợp ý kiến");
    t.owner = QStringLiteral("Tổ thư ký");
    t.due = QDate(2024, 6, 30);
    t.status = QStringLiteral("in_progress");
    m.tasks = { t };
    return m;
}

void TestMeetingJson::roundTripKeepsEveryFormField()
{
    const Meeting m = sample();
    const QJsonObject json = MeetingJson::toJson(m);
    const Meeting back = MeetingJson::fromJson(json, Meeting());
    QCOMPARE(back.kind, m.kind);
    QCOMPARE(back.period, m.period);
    QCOMPARE(back.title, m.title);
    QCOMPARE(back.start, m.start);
    QCOMPARE(back.end, m.end);
    QCOMPARE(back.place, m.place);
    QCOMPARE(back.bridgePoints, m.bridgePoints);
    QCOMPARE(back.guests, m.guests);
    QCOMPARE(back.documents, m.documents);
    QCOMPARE(back.chairIds, m.chairIds);
    QCOMPARE(back.secretaryId, m.secretaryId);
    QCOMPARE(back.conclusion, m.conclusion);
    QCOMPARE(back.attendance.size(), 1);
    QCOMPARE(back.attendance.at(0).personId, qint64(11));
    QCOMPARE(back.attendance.at(0).role, QStringLiteral("head"));
    QCOMPARE(back.attendance.at(0).status, QStringLiteral("delegate"));
    QCOMPARE(back.attendance.at(0).reason, QStringLiteral("đi công tác"));
    QCOMPARE(back.attendance.at(0).delegate, QStringLiteral("Phó ban"));
    QCOMPARE(back.attendance.at(0).personName, QStringLiteral("Lò Minh Hùng"));
    QCOMPARE(back.agenda.size(), 1);
    QCOMPARE(back.agenda.at(0).title, QStringLiteral("Báo cáo"));
    QCOMPARE(back.agenda.at(0).presenter, QStringLiteral("Tổ thư ký"));
    QCOMPARE(back.speeches.size(), 2);
    QCOMPARE(back.speeches.at(0).speakerName(), QStringLiteral("Trần Văn Ân"));
    QCOMPARE(back.speeches.at(0).unit, QStringLiteral("Sở Nội vụ"));
    QCOMPARE(back.speeches.at(1).personId, qint64(0));
    QCOMPARE(back.speeches.at(1).speakerName(), QStringLiteral("Nhà báo"));
    QCOMPARE(back.tasks.size(), 1);
    QCOMPARE(back.tasks.at(0).id, qint64(21));
    QCOMPARE(back.tasks.at(0).description, QStringLiteral("Tổng hợp ý kiến"));
    QCOMPARE(back.tasks.at(0).owner, QStringLiteral("Tổ thư ký"));
    QCOMPARE(back.tasks.at(0).due, QDate(2024, 6, 30));
    QCOMPARE(back.tasks.at(0).status, QStringLiteral("in_progress"));
    // The same form gives the same JSON: the editor compares states this way.
    QCOMPARE(MeetingJson::toJson(back).value(QStringLiteral("tasks")),
        json.value(QStringLiteral("tasks")));
}

void TestMeetingJson::databaseFieldsComeFromTheBase()
{
    QJsonObject json = MeetingJson::toJson(sample());
    json[QStringLiteral("id")] = 99.0;
    json[QStringLiteral("uuid")] = QStringLiteral("other");
    Meeting base;
    base.id = 7;
    base.uuid = QStringLiteral("mine");
    base.committeeId = 4;
    base.status = QStringLiteral("approved");
    base.number = 5;
    base.rowVersion = 8;
    const Meeting m = MeetingJson::fromJson(json, base);
    QCOMPARE(m.id, qint64(7));
    QCOMPARE(m.uuid, QStringLiteral("mine"));
    QCOMPARE(m.committeeId, qint64(4));
    QCOMPARE(m.status, QStringLiteral("approved"));
    QCOMPARE(m.number, 5);
    QCOMPARE(m.rowVersion, 8);
    QCOMPARE(m.title, QStringLiteral("Hội nghị chuyên đề"));
}

void TestMeetingJson::missingFieldsReadAsEmpty()
{
    const Meeting m = MeetingJson::fromJson(QJsonObject(), sample());
    QCOMPARE(m.title, QString());
    QVERIFY(!m.start.isValid());
    QVERIFY(m.chairIds.isEmpty());
    QCOMPARE(m.secretaryId, qint64(0));
    QVERIFY(m.attendance.isEmpty());
    QVERIFY(m.agenda.isEmpty());
    QVERIFY(m.speeches.isEmpty());
    QVERIFY(m.tasks.isEmpty());
    QCOMPARE(m.id, qint64(7));
}

void TestMeetingJson::taskDueDates_data()
{
    QTest::addColumn<QDate>("due");
    QTest::addColumn<QString>("json");
    QTest::newRow("date") << QDate(2024, 2, 29) << QStringLiteral("2024-02-29");
    QTest::newRow("none") << QDate() << QString();
}

void TestMeetingJson::taskDueDates()
{
    QFETCH(QDate, due);
    QFETCH(QString, json);
    Meeting m;
    Task t;
    t.description = QStringLiteral("Việc");
    t.due = due;
    m.tasks = { t };
    const QJsonObject o = MeetingJson::toJson(m);
    QCOMPARE(o[QStringLiteral("tasks")].toArray().at(0)[QStringLiteral("due")].toString(), json);
    QCOMPARE(MeetingJson::fromJson(o, Meeting()).tasks.at(0).due, due);
}

QTEST_GUILESS_MAIN(TestMeetingJson)
#include "tst_meetingjson.moc"
