// The table models of the meeting editor (attendance, agenda, speakers, tasks): what each
// cell shows, what an edit stores, and the model contract (QAbstractItemModelTester).

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

QTEST_MAIN(TestMeetingEditorModels)
#include "tst_meetingeditormodels.moc"
