// The table models of the meeting editor (attendance, agenda, speakers, tasks): what each
// cell shows, what an edit stores, and the model contract (QAbstractItemModelTester).

#include <ui/common/personpicker.h>
#include <ui/meetings/agendamodel.h>
#include <ui/meetings/attendancemodel.h>
#include <ui/meetings/meetingtaskmodel.h>
#include <ui/meetings/speechmodel.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace thuky;

class TestMeetingEditorModels : public QObject
{
    Q_OBJECT
private slots:
    void attendance();
    void agenda();
    void speakers_data();
    void speakers();
    void tasks();
    void blankAndPastedRows();
    void speakerUnitFollowsThePerson();
    void attendeeTypedByName();
    void typedDates_data();
    void typedDates();
    void personMatching();

private:
    static void check(QAbstractItemModel *model)
    {
        new QAbstractItemModelTester(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
    }
};

void TestMeetingEditorModels::attendance()
{
    AttendanceModel model;
    check(&model);
    Attendance a;
    a.personId = 42;
    a.personName = QStringLiteral("Trần Văn Ân");
    a.role = QStringLiteral("member");
    model.setRows({ a });
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(AttendanceModel::ColumnCount));
    QCOMPARE(model.headerData(AttendanceModel::StatusColumn, Qt::Horizontal).toString(),
        QStringLiteral("Attendance"));
    const QModelIndex name = model.index(0, AttendanceModel::NameColumn);
    QCOMPARE(name.data().toString(), QStringLiteral("Trần Văn Ân"));
    QCOMPARE(name.data(AttendanceModel::IdRole).toLongLong(), qint64(42));
    QVERIFY(!(model.flags(name) & Qt::ItemIsEditable));
    QVERIFY(!model.setData(name, QStringLiteral("Người khác")));
    QCOMPARE(
        model.index(0, AttendanceModel::RoleColumn).data().toString(), QStringLiteral("Member"));

    // The status shows its label and edits its code.
    const QModelIndex status = model.index(0, AttendanceModel::StatusColumn);
    QCOMPARE(status.data().toString(), QStringLiteral("Present"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setData(status, QStringLiteral("absent")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(status.data().toString(), QStringLiteral("Absent"));
    QCOMPARE(status.data(Qt::EditRole).toString(), QStringLiteral("absent"));
    // An edit that changes nothing is no edit (no undo step for it).
    QVERIFY(!model.setData(status, QStringLiteral("absent")));
    QCOMPARE(changed.count(), 1);

    QVERIFY(model.setData(
        model.index(0, AttendanceModel::ReasonColumn), QStringLiteral("  đi công tác ")));
    QCOMPARE(model.rows().at(0).status, QStringLiteral("absent"));
    QCOMPARE(model.rows().at(0).reason, QStringLiteral("đi công tác"));
    QCOMPARE(AttendanceModel::statuses().size(), 3);
}

void TestMeetingEditorModels::agenda()
{
    AgendaModel model;
    check(&model);
    QCOMPARE(model.appendRow({}), 0);
    QCOMPARE(model.appendRow({ QStringLiteral("Báo cáo"), QStringLiteral("Tổ thư ký"), {} }), 1);
    QVERIFY(model.flags(model.index(0, AgendaModel::TitleColumn)) & Qt::ItemIsEditable);
    QVERIFY(model.setData(model.index(0, AgendaModel::TitleColumn), QStringLiteral("Khai mạc")));
    QCOMPARE(
        model.index(0, AgendaModel::TitleColumn).data().toString(), QStringLiteral("Khai mạc"));
    QCOMPARE(model.index(1, AgendaModel::PresenterColumn).data().toString(),
        QStringLiteral("Tổ thư ký"));
    QCOMPARE(model.index(1, 0).data(AgendaModel::IdRole).toInt(), 1);
    QVERIFY(model.removeRow(0));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rows().at(0).title, QStringLiteral("Báo cáo"));
    QVERIFY(!model.removeRow(3));
}

void TestMeetingEditorModels::speakers_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<qint64>("personId");
    QTest::addColumn<QString>("guestName");
    QTest::newRow("member") << QStringLiteral("Trần Văn Ân") << qint64(7) << QString();
    QTest::newRow("member, spaces") << QStringLiteral(" Trần Văn Ân ") << qint64(7) << QString();
    QTest::newRow("guest") << QStringLiteral("Nhà báo") << qint64(0) << QStringLiteral("Nhà báo");
    QTest::newRow("blank") << QString() << qint64(0) << QString();
}

void TestMeetingEditorModels::speakers()
{
    QFETCH(QString, typed);
    QFETCH(qint64, personId);
    QFETCH(QString, guestName);
    SpeechModel model;
    check(&model);
    model.setPeople(
        { { 7, QStringLiteral("Trần Văn Ân") }, { 8, QStringLiteral("Lò Minh Hùng") } });
    Speech earlier;
    earlier.personId = 8;
    earlier.personName = QStringLiteral("Lò Minh Hùng");
    model.setRows({ earlier });
    const QModelIndex speaker = model.index(0, SpeechModel::SpeakerColumn);
    QCOMPARE(speaker.data().toString(), QStringLiteral("Lò Minh Hùng"));
    QVERIFY(model.setData(speaker, typed));
    const Speech s = model.rows().at(0);
    QCOMPARE(s.personId, personId);
    QCOMPARE(s.guestName, guestName);
    QCOMPARE(speaker.data(SpeechModel::IdRole).toLongLong(), personId);
    QCOMPARE(speaker.data().toString(), typed.trimmed());
}

void TestMeetingEditorModels::tasks()
{
    MeetingTaskModel model;
    check(&model);
    Task t;
    t.id = 5;
    t.description = QStringLiteral("Tổng hợp ý kiến");
    t.owner = QStringLiteral("Tổ thư ký");
    t.due = QDate(2024, 6, 30);
    t.completionNote = QStringLiteral("ghi chú");
    model.setRows({ t });
    QCOMPARE(model.index(0, MeetingTaskModel::DueColumn).data().toString(),
        QStringLiteral("30/06/2024"));
    QCOMPARE(model.index(0, 0).data(MeetingTaskModel::IdRole).toLongLong(), qint64(5));
    QCOMPARE(model.index(0, MeetingTaskModel::StatusColumn).data().toString(),
        TaskStatuses::label(QStringLiteral("open")));
    QVERIFY(
        model.setData(model.index(0, MeetingTaskModel::DueColumn), QStringLiteral("15/07/2024")));
    QVERIFY(model.setData(model.index(0, MeetingTaskModel::StatusColumn), QStringLiteral("done")));
    QCOMPARE(model.rows().at(0).due, QDate(2024, 7, 15));
    QCOMPARE(model.rows().at(0).status, QStringLiteral("done"));
    QCOMPARE(model.index(0, MeetingTaskModel::StatusColumn).data(Qt::EditRole).toString(),
        QStringLiteral("done"));
    // What the editor does not show is kept.
    QCOMPARE(model.rows().at(0).completionNote, QStringLiteral("ghi chú"));
    QVERIFY(model.setData(model.index(0, MeetingTaskModel::DueColumn), QString()));
    QVERIFY(!model.rows().at(0).due.isValid());
    QCOMPARE(model.index(0, MeetingTaskModel::DueColumn).data().toString(), QString());
    QCOMPARE(MeetingTaskModel::statuses().size(), TaskStatuses::codes().size());
}

void TestMeetingEditorModels::blankAndPastedRows()
{
    MeetingTaskModel model;
    check(&model);
    model.setBlankRow([] {
        Task t;
        t.due = QDate(2024, 8, 17);
        return t;
    });
    QVERIFY(model.insertRows(0, 2));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rows().at(1).due, QDate(2024, 8, 17));
    QVERIFY(model.isBlankRow(0)); // a due date alone is no task
    QVERIFY(model.setData(model.index(0, MeetingTaskModel::OwnerColumn), QStringLiteral("Tổ")));
    QVERIFY(!model.isBlankRow(0));
    // Pasted texts go into the columns in order; an empty one keeps the blank row's value;
    // a line with nothing in it adds no row.
    const int added = model.insertTextRows(1,
        { { QStringLiteral("Việc một"), QStringLiteral("Công an tỉnh"), QString() }, { QString() },
            { QStringLiteral("Việc hai"), QString(), QStringLiteral("1/9/24") } });
    QCOMPARE(added, 2);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.rows().at(1).owner, QStringLiteral("Công an tỉnh"));
    QCOMPARE(model.rows().at(1).due, QDate(2024, 8, 17));
    QCOMPARE(model.rows().at(2).due, QDate(2024, 9, 1));
    QVERIFY(model.isBlankRow(3));
    // A due date that cannot be read changes nothing.
    QVERIFY(!model.setData(model.index(1, MeetingTaskModel::DueColumn), QStringLiteral("mai")));
    QCOMPARE(model.rows().at(1).due, QDate(2024, 8, 17));
}

void TestMeetingEditorModels::speakerUnitFollowsThePerson()
{
    SpeechModel model;
    check(&model);
    Person a;
    a.id = 7;
    a.fullName = QStringLiteral("Trần Văn Phương");
    a.titles = QStringLiteral("Giám đốc Sở Thông tin và Truyền thông");
    Person b;
    b.id = 8;
    b.fullName = QStringLiteral("Lê Thị Hoa");
    b.organisation = QStringLiteral("Báo An Giang"); // no titles: the organisation
    model.setPersons({ a, b });
    model.insertRows(0, 1);
    const QModelIndex speaker = model.index(0, SpeechModel::SpeakerColumn);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setData(speaker, QStringLiteral("tran van phuong"))); // diacritics aside
    QCOMPARE(model.rows().at(0).personId, qint64(7));
    QCOMPARE(speaker.data().toString(), QStringLiteral("Trần Văn Phương"));
    QCOMPARE(model.rows().at(0).unit, a.titles);
    QCOMPARE(changed.size(), 2); // the cell, then its row (the unit)
    QVERIFY(model.setData(speaker, QStringLiteral("Lê Thị Hoa")));
    QCOMPARE(model.rows().at(0).unit, QStringLiteral("Báo An Giang"));
    QVERIFY(model.setData(speaker, QStringLiteral("Khách")));
    QVERIFY(model.rows().at(0).unit.isEmpty()); // a filled unit goes with its person
    // A unit the clerk typed stays whoever speaks.
    QVERIFY(model.setData(model.index(0, SpeechModel::UnitColumn), QStringLiteral("Sở Y tế")));
    QVERIFY(model.setData(speaker, QStringLiteral("Trần Văn Phương")));
    QCOMPARE(model.rows().at(0).unit, QStringLiteral("Sở Y tế"));
}

void TestMeetingEditorModels::attendeeTypedByName()
{
    AttendanceModel model;
    check(&model);
    Attendance member;
    member.personId = 9;
    member.personName = QStringLiteral("Quách Văn Tâm");
    member.role = QStringLiteral("secretariat_lead");
    model.setMembers({ member });
    QVERIFY(model.insertRows(0, 1));
    QVERIFY(model.isBlankRow(0));
    const QModelIndex name = model.index(0, AttendanceModel::NameColumn);
    QVERIFY(model.flags(name) & Qt::ItemIsEditable);
    QVERIFY(model.setData(name, QStringLiteral("Người lạ")));
    QCOMPARE(model.rows().at(0).personId, qint64(0)); // no member: refused when saved
    QVERIFY(name.data(Qt::ForegroundRole).isValid());
    QVERIFY(model.setData(name, QStringLiteral("quach van tam")));
    QCOMPARE(model.rows().at(0).personId, qint64(9));
    QCOMPARE(name.data().toString(), QStringLiteral("Quách Văn Tâm"));
    QCOMPARE(model.index(0, AttendanceModel::RoleColumn).data().toString(),
        Roles::label(Role::SecretariatLead));
    QVERIFY(!(model.flags(name) & Qt::ItemIsEditable)); // a listed person stays
}

void TestMeetingEditorModels::typedDates_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QDate>("date");
    QTest::newRow("dd/mm/yyyy") << QStringLiteral("31/10/2024") << QDate(2024, 10, 31);
    QTest::newRow("d/m/yy") << QStringLiteral("1/9/24") << QDate(2024, 9, 1);
    QTest::newRow("digits") << QStringLiteral("31102024") << QDate(2024, 10, 31);
    QTest::newRow("six digits") << QStringLiteral("311024") << QDate(2024, 10, 31);
    QTest::newRow("iso") << QStringLiteral("2024-10-31") << QDate(2024, 10, 31);
    QTest::newRow("dots") << QStringLiteral("31.10.2024") << QDate(2024, 10, 31);
    QTest::newRow("no such day") << QStringLiteral("31/02/2024") << QDate();
    QTest::newRow("words") << QStringLiteral("cuối tháng") << QDate();
}

void TestMeetingEditorModels::typedDates()
{
    QFETCH(QString, typed);
    QFETCH(QDate, date);
    QCOMPARE(parseTypedDate(typed), date);
}

void TestMeetingEditorModels::personMatching()
{
    Person a;
    a.fullName = QStringLiteral("Trần Thị Phương Lan");
    Person b;
    b.fullName = QStringLiteral("Trần Văn Phương");
    Person c;
    c.fullName = QStringLiteral("Đặng Minh Khôi");
    auto names = [&](const QString &typed) {
        QStringList out;
        for (const Person &p : PersonNameEdit::matching({ a, b, c }, typed))
            out << p.fullName;
        return out;
    };
    QCOMPARE(names(QStringLiteral("phuong")), QStringList({ a.fullName, b.fullName }));
    QCOMPARE(names(QStringLiteral("tran van ph")), QStringList({ b.fullName }));
    QCOMPARE(names(QStringLiteral("dang")), QStringList({ c.fullName })); // đ as d
    QCOMPARE(names(QStringLiteral("Phương Lan")), QStringList({ a.fullName }));
    // Every word must start a word of the name: a guest's name rarely matches anyone.
    QVERIFY(names(QStringLiteral("Đại diện Phòng An ninh")).isEmpty());
    QVERIFY(names(QStringLiteral("huong")).isEmpty());
    QVERIFY(names(QString()).isEmpty());
}

QTEST_MAIN(TestMeetingEditorModels)
#include "tst_meetingeditormodels.moc"
