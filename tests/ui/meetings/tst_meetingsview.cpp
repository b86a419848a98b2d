// The Meetings area driven through its real widgets, offscreen: list and filters, editing
// and undo, attendance, approval lock and audited reopen, draft recovery, the tasks view
// with overdue highlighting, export.

#include <common/testdb.h>
#include <core/meetings/meetingrepository.h>
#include <core/roster/rosterrepository.h>
#include <ui/meetings/agendamodel.h>
#include <ui/meetings/attendancemodel.h>
#include <ui/meetings/meetinglistmodel.h>
#include <ui/meetings/meetingsview.h>
#include <ui/meetings/meetingtaskmodel.h>
#include <ui/meetings/speechmodel.h>
#include <ui/meetings/tasktablemodel.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <QUndoStack>

using namespace thuky;

class TestMeetingsView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void listAndFilters();
    void editSaveAndUndo();
    void attendanceEdits();
    void approveLocksReopenIsAudited();
    void approveAfterTheirChange();
    void newMeetingPrefillsAttendance();
    void unsavedDraftIsRestored();
    void fieldEditsUndoAcrossFields();
    void tasksViewHighlightsOverdue();
    void exportPdf();
    void undoThatCannotApplyIsReported();

private:
    qint64 person(const QString &name, Role role);
    std::unique_ptr<MeetingsView> makeView();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QUndoStack> m_undo;
    qint64 m_committee = 0;
    qint64 m_head = 0, m_member = 0, m_secretary = 0;
    qint64 m_m2023 = 0, m_m2024 = 0;
};

qint64 TestMeetingsView::person(const QString &name, Role role)
{
    RosterRepository roster(*m_db);
    Person p;
    p.fullName = name;
    p.titles = QStringLiteral("Chức vụ");
    const qint64 id = roster.addPerson(p);
    Membership ms;
    ms.personId = id;
    ms.committeeId = m_committee;
    ms.role = role;
    ms.start = QDate(2021, 1, 15);
    roster.appoint(ms);
    return id;
}

void TestMeetingsView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = test::openFresh(QStringLiteral("sqlite"), *m_dir);
    m_undo = std::make_unique<QUndoStack>();
    Committee c;
    c.name = QStringLiteral("Ban Chỉ đạo 35 tỉnh An Giang");
    c.level = QStringLiteral("province");
    c.superiorBody = QStringLiteral("Tỉnh ủy An Giang");
    c.placeName = QStringLiteral("An Giang");
    m_committee = RosterRepository(*m_db).addCommittee(c);
    m_head = person(QStringLiteral("Lò Minh Hùng"), Role::Head);
    person(QStringLiteral("Đinh Thị Thảo"), Role::StandingDeputy);
    m_member = person(QStringLiteral("Trần Văn Ân"), Role::Member);
    m_secretary = person(QStringLiteral("Võ Thị Thu"), Role::SecretariatLead);
    person(QStringLiteral("Đỗ Văn Cộng"), Role::Collaborator);

    MeetingRepository repo(*m_db);
    Meeting a;
    a.committeeId = m_committee;
    a.kind = QStringLiteral("annual_review");
    a.title = QStringLiteral("Hội nghị tổng kết năm 2023");
    a.start = QDateTime(QDate(2023, 12, 20), QTime(8, 0));
    a.chairIds = { m_head };
    a.secretaryId = m_secretary;
    Task overdue;
    overdue.description = QStringLiteral("Việc đã quá hạn");
    overdue.owner = QStringLiteral("Tổ thư ký");
    overdue.due = QDate(2024, 2, 1);
    Task done;
    done.description = QStringLiteral("Việc đã xong");
    done.owner = QStringLiteral("Báo An Giang");
    done.due = QDate(2024, 2, 1);
    done.status = QStringLiteral("done");
    done.completedOn = QDate(2024, 1, 15);
    a.tasks = { overdue, done };
    m_m2023 = repo.create(a);
    Meeting b;
    b.committeeId = m_committee;
    b.kind = QStringLiteral("quarterly_briefing");
    b.title = QStringLiteral("Hội nghị giao ban quý I/2024");
    b.start = QDateTime(QDate(2024, 3, 22), QTime(8, 0));
    b.end = QDateTime(QDate(2024, 3, 22), QTime(11, 0));
    b.chairIds = { m_head };
    b.secretaryId = m_secretary;
    m_m2024 = repo.create(b);
}

void TestMeetingsView::cleanup()
{
    m_undo.reset();
    m_db.reset();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/drafts"))
        .removeRecursively();
}

std::unique_ptr<MeetingsView> TestMeetingsView::makeView()
{
    auto view = std::make_unique<MeetingsView>(*m_db, m_undo.get());
    new QAbstractItemModelTester(
        view->meetingModel(), QAbstractItemModelTester::FailureReportingMode::QtTest, view.get());
    for (QAbstractItemModel *model : { static_cast<QAbstractItemModel *>(view->taskModel()),
             static_cast<QAbstractItemModel *>(view->attendanceModel()),
             static_cast<QAbstractItemModel *>(view->agendaModel()),
             static_cast<QAbstractItemModel *>(view->speechModel()),
             static_cast<QAbstractItemModel *>(view->meetingTaskModel()) })
        new QAbstractItemModelTester(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest, view.get());
    view->setCurrentCommittee(m_committee);
    view->resize(1100, 700);
    view->show();
    return view;
}

void TestMeetingsView::listAndFilters()
{
    auto view = makeView();
    QCOMPARE(view->meetingTable()->model()->rowCount(), 2);
    // Newest first.
    QCOMPARE(view->meetingModel()->index(0, MeetingListModel::TitleColumn).data().toString(),
        QStringLiteral("Hội nghị giao ban quý I/2024"));
    QCOMPARE(view->meetingModel()->index(0, MeetingListModel::DateColumn).data().toString(),
        QStringLiteral("22/03/2024"));
    view->yearFilter()->setCurrentIndex(view->yearFilter()->findData(2023));
    QCOMPARE(view->meetingModel()->rowCount(), 1);
    QCOMPARE(view->meetingModel()->index(0, MeetingListModel::TitleColumn).data().toString(),
        QStringLiteral("Hội nghị tổng kết năm 2023"));
    view->yearFilter()->setCurrentIndex(0);
    view->kindFilter()->setCurrentIndex(
        view->kindFilter()->findData(QStringLiteral("quarterly_briefing")));
    QCOMPARE(view->meetingModel()->rowCount(), 1);
    view->kindFilter()->setCurrentIndex(0);
    MeetingRepository(*m_db).approve(m_m2023);
    view->reload();
    view->statusFilter()->setCurrentIndex(
        view->statusFilter()->findData(QStringLiteral("approved")));
    QCOMPARE(view->meetingModel()->rowCount(), 1);
    QCOMPARE(view->meetingModel()->index(0, MeetingListModel::NumberColumn).data().toString(),
        QStringLiteral("1-BB/BCĐ"));
    // Clicking a row opens the meeting.
    view->statusFilter()->setCurrentIndex(0);
    const QModelIndex second = view->meetingModel()->index(1, 0);
    view->meetingTable()->setCurrentIndex(second);
    QCOMPARE(view->currentMeetingId(), m_m2023);
    QCOMPARE(view->titleEdit()->text(), QStringLiteral("Hội nghị tổng kết năm 2023"));
}

void TestMeetingsView::editSaveAndUndo()
{
    auto view = makeView();
    view->setCurrentMeeting(m_m2024);
    QVERIFY(!view->saveAction()->isEnabled());
    view->titleEdit()->selectAll();
    QTest::keyClicks(view->titleEdit(), QStringLiteral("Hoi nghi giao ban quy I nam 2024"));
    QVERIFY(view->isModified());
    QVERIFY(view->saveAction()->isEnabled());
    view->conclusionEdit()->setHtml(QStringLiteral("<p>Kết luận <b>quan trọng</b></p>"));
    view->saveAction()->trigger();
    QVERIFY(!view->isModified());
    auto saved = MeetingRepository(*m_db).meeting(m_m2024);
    QCOMPARE(saved->title, QStringLiteral("Hoi nghi giao ban quy I nam 2024"));
    QVERIFY(saved->conclusion.contains(QStringLiteral("quan trọng")));
    QVERIFY(saved->conclusion.contains(QStringLiteral("font-weight")));
    QCOMPARE(view->meetingModel()->index(0, MeetingListModel::TitleColumn).data().toString(),
        QStringLiteral("Hoi nghi giao ban quy I nam 2024"));

    m_undo->undo();
    QCOMPARE(MeetingRepository(*m_db).meeting(m_m2024)->title,
        QStringLiteral("Hội nghị giao ban quý I/2024"));
    QCOMPARE(view->titleEdit()->text(), QStringLiteral("Hội nghị giao ban quý I/2024"));
    m_undo->redo();
    QCOMPARE(MeetingRepository(*m_db).meeting(m_m2024)->title,
        QStringLiteral("Hoi nghi giao ban quy I nam 2024"));

    // Refused input: the message shows, nothing is written.
    view->titleEdit()->selectAll();
    QTest::keyClick(view->titleEdit(), Qt::Key_Delete);
    QVERIFY(!view->save());
    QVERIFY(view->messageLabel()->isVisible());
    QVERIFY(!view->messageLabel()->text().isEmpty());
    QCOMPARE(MeetingRepository(*m_db).meeting(m_m2024)->title,
        QStringLiteral("Hoi nghi giao ban quy I nam 2024"));
}

void TestMeetingsView::attendanceEdits()
{
    auto view = makeView();
    view->setCurrentMeeting(m_m2024);
    QTableView *att = view->attendanceTable();
    QAbstractItemModel *model = att->model();
    auto cell
        = [model](int row, int column) { return model->index(row, column).data().toString(); };
    // Prefilled with the official delegates only: head, standing deputy, member.
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(cell(0, 0), QStringLiteral("Lò Minh Hùng"));
    int memberRow = -1;
    for (int r = 0; r < model->rowCount(); ++r)
        if (cell(r, 0) == QStringLiteral("Trần Văn Ân"))
            memberRow = r;
    QVERIFY(memberRow >= 0);
    auto *status = qobject_cast<QComboBox *>(att->indexWidget(model->index(memberRow, 2)));
    QVERIFY(status);
    status->setCurrentIndex(status->findData(QStringLiteral("absent")));
    model->setData(model->index(memberRow, 3), QStringLiteral("đi công tác"));
    QVERIFY(view->save());
    const Meeting m = *MeetingRepository(*m_db).meeting(m_m2024);
    bool found = false;
    for (const Attendance &a : m.attendance)
        if (a.personId == m_member) {
            QCOMPARE(a.status, QStringLiteral("absent"));
            QCOMPARE(a.reason, QStringLiteral("đi công tác"));
            found = true;
        }
    QVERIFY(found);
}

void TestMeetingsView::approveLocksReopenIsAudited()
{
    auto view = makeView();
    view->setCurrentMeeting(m_m2024);
    QVERIFY(view->approveAction()->isEnabled());
    QVERIFY(!view->reopenAction()->isEnabled());
    QVERIFY(view->approveCurrent());
    QCOMPARE(MeetingRepository(*m_db).meeting(m_m2024)->number, 1);
    QVERIFY(view->isLocked());
    QVERIFY(view->titleEdit()->isReadOnly());
    QVERIFY(view->conclusionEdit()->isReadOnly());
    QVERIFY(!view->saveAction()->isEnabled());
    QVERIFY(view->reopenAction()->isEnabled());
    QTest::keyClicks(view->titleEdit(), QStringLiteral("x"));
    QVERIFY(!view->isModified());

    QVERIFY(!view->reopenCurrent(QString())); // a reason is required
    QVERIFY(view->isLocked());
    QVERIFY(view->reopenCurrent(QStringLiteral("Bổ sung ý kiến")));
    QVERIFY(!view->isLocked());
    QVERIFY(!view->titleEdit()->isReadOnly());
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT detail FROM audit_log WHERE action = 'reopen'"))
                 .toString(),
        QStringLiteral("Bổ sung ý kiến"));
    // Undoing the reopening approves again, with the same number.
    m_undo->undo();
    QCOMPARE(MeetingRepository(*m_db).meeting(m_m2024)->status, QStringLiteral("approved"));
    QCOMPARE(MeetingRepository(*m_db).meeting(m_m2024)->number, 1);
}

void TestMeetingsView::approveAfterTheirChange()
{
    // The clerk looks at the draft; another workstation changes its conclusion. Approving
    // what the clerk saw would lock minutes nobody here read: the conflict box asks, and
    // Reload shows their conclusion, still a draft.
    auto view = makeView();
    view->setCurrentMeeting(m_m2024);
    {
        Database other(m_db->location());
        other.open(Database::OpenMode::MustExist);
        other.setCurrentUser(QStringLiteral("minh"));
        Meeting theirs = *MeetingRepository(other).meeting(m_m2024);
        theirs.conclusion = QStringLiteral("Kết luận do Minh bổ sung");
        MeetingRepository(other).update(theirs);
    }
    QString text;
    QTimer::singleShot(0, [&text] {
        QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QCOMPARE(box->objectName(), QStringLiteral("conflictDialog"));
        text = box->text();
        box->findChild<QPushButton *>(QStringLiteral("conflictReload"))->click();
    });
    QVERIFY(!view->approveCurrent());
    QVERIFY2(text.contains(QStringLiteral("minh")), qPrintable(text));
    QCOMPARE(MeetingRepository(*m_db).meeting(m_m2024)->status, QStringLiteral("draft"));
    QCOMPARE(m_undo->count(), 0);
    QVERIFY(!view->isLocked());
    QCOMPARE(view->conclusionEdit()->toPlainText(), QStringLiteral("Kết luận do Minh bổ sung"));
    // Now that the clerk has seen it, approving goes through.
    QVERIFY(view->approveCurrent());
    QCOMPARE(MeetingRepository(*m_db).meeting(m_m2024)->status, QStringLiteral("approved"));
}

void TestMeetingsView::newMeetingPrefillsAttendance()
{
    auto view = makeView();
    view->newAction()->trigger();
    QCOMPARE(view->currentMeetingId(), qint64(0));
    QCOMPARE(view->attendanceTable()->model()->rowCount(), 3);
    view->titleEdit()->selectAll();
    QTest::keyClicks(view->titleEdit(), QStringLiteral("Hoi nghi chuyen de"));
    QVERIFY(view->save());
    QVERIFY(view->currentMeetingId() > 0);
    QCOMPARE(MeetingRepository(*m_db).count(), qint64(3));
    QCOMPARE(MeetingRepository(*m_db).meeting(view->currentMeetingId())->attendance.size(), 3);
    QCOMPARE(view->meetingModel()->rowCount(), 3);
    m_undo->undo();
    QCOMPARE(MeetingRepository(*m_db).count(), qint64(2));
    QCOMPARE(view->meetingModel()->rowCount(), 2);
}

void TestMeetingsView::unsavedDraftIsRestored()
{
    {
        auto view = makeView();
        view->setCurrentMeeting(m_m2024);
        view->titleEdit()->selectAll();
        QTest::keyClicks(view->titleEdit(), QStringLiteral("Tieu de chua luu"));
        view->writeDraft(); // what the timer does a couple of seconds after typing
        QVERIFY(QFile::exists(view->draftPath()));
        // The application dies here: nothing saved.
    }
    QCOMPARE(MeetingRepository(*m_db).meeting(m_m2024)->title,
        QStringLiteral("Hội nghị giao ban quý I/2024"));
    auto view = makeView();
    view->setCurrentMeeting(m_m2024);
    QCOMPARE(view->titleEdit()->text(), QStringLiteral("Tieu de chua luu"));
    QVERIFY(view->isModified());
    QVERIFY(view->messageLabel()->isVisible());
    QVERIFY(view->save());
    QVERIFY(!QFile::exists(view->draftPath()));
    QCOMPARE(MeetingRepository(*m_db).meeting(m_m2024)->title, QStringLiteral("Tieu de chua luu"));
}

void TestMeetingsView::fieldEditsUndoAcrossFields()
{
    auto view = makeView();
    view->setCurrentMeeting(m_m2024);
    auto *place = view->findChild<QLineEdit *>(QStringLiteral("place"));
    QVERIFY(place);
    const int before = m_undo->count();
    QTest::keyClicks(view->titleEdit(), QStringLiteral(" (sua)"));
    QTest::keyClicks(place, QStringLiteral("Hoi truong"));
    // One command per field, not one per keystroke.
    QCOMPARE(m_undo->count(), before + 2);
    m_undo->undo();
    QCOMPARE(place->text(), QString());
    QCOMPARE(view->titleEdit()->text(), QStringLiteral("Hội nghị giao ban quý I/2024 (sua)"));
    m_undo->undo();
    QCOMPARE(view->titleEdit()->text(), QStringLiteral("Hội nghị giao ban quý I/2024"));
    QVERIFY(!view->isModified());
    m_undo->redo();
    m_undo->redo();
    QCOMPARE(view->titleEdit()->text(), QStringLiteral("Hội nghị giao ban quý I/2024 (sua)"));
    QCOMPARE(place->text(), QStringLiteral("Hoi truong"));
    QVERIFY(view->isModified());
    QVERIFY(view->save());
    QCOMPARE(MeetingRepository(*m_db).meeting(m_m2024)->place, QStringLiteral("Hoi truong"));
    // Nothing of it reached the database before the save.
    m_undo->undo(); // the save
    QCOMPARE(MeetingRepository(*m_db).meeting(m_m2024)->place, QString());
}

void TestMeetingsView::tasksViewHighlightsOverdue()
{
    auto view = makeView();
    TaskTableModel *model = view->taskModel();
    // Default: open or in progress.
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, TaskTableModel::DescriptionColumn).data().toString(),
        QStringLiteral("Việc đã quá hạn"));
    QVERIFY(model->index(0, 0).data(TaskTableModel::OverdueRole).toBool());
    QVERIFY(model->index(0, TaskTableModel::DueColumn).data(Qt::ForegroundRole).isValid());
    QVERIFY(model->index(0, TaskTableModel::DueColumn).data(Qt::FontRole).value<QFont>().bold());
    auto *statusFilter = view->findChild<QComboBox *>(QStringLiteral("taskStatusFilter"));
    statusFilter->setCurrentIndex(statusFilter->findData(QString()));
    QCOMPARE(model->rowCount(), 2);
    const QModelIndex doneRow = model->index(1, TaskTableModel::DueColumn);
    QVERIFY(!doneRow.data(TaskTableModel::OverdueRole).toBool());
    QVERIFY(!doneRow.data(Qt::ForegroundRole).isValid());
    view->overdueOnly()->setChecked(true);
    QCOMPARE(model->rowCount(), 1);
    view->overdueOnly()->setChecked(false);
    QTest::keyClicks(view->ownerFilter(), QStringLiteral("bao an giang"));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, TaskTableModel::OwnerColumn).data().toString(),
        QStringLiteral("Báo An Giang"));
    // The next meeting lists the open task for follow-up.
    view->setCurrentMeeting(m_m2024);
    QCOMPARE(view->carriedOverList()->count(), 1);
    QVERIFY(view->carriedOverList()->item(0)->text().contains(QStringLiteral("Việc đã quá hạn")));
}

void TestMeetingsView::exportPdf()
{
    auto view = makeView();
    view->setCurrentMeeting(m_m2024);
    const QString pdf = m_dir->filePath(QStringLiteral("m.pdf"));
    QVERIFY(view->exportCurrent(pdf));
    QProcess p;
    p.start(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
    p.waitForFinished(30000);
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY(text.contains(QStringLiteral("BIÊN BẢN")));
    QVERIFY(text.contains(QStringLiteral("Hội nghị giao ban quý I/2024")));
    QVERIFY(!view->exportCurrent(m_dir->filePath(QStringLiteral("m.docx"))));
}

void TestMeetingsView::undoThatCannotApplyIsReported()
{
    auto view = makeView();
    view->setCurrentMeeting(m_m2024);
    QTest::keyClicks(view->titleEdit(), QStringLiteral(" (sua)"));
    QVERIFY(view->save());
    const int count = m_undo->count();
    // The meeting is removed meanwhile (another workstation): undoing its save cannot apply.
    MeetingRepository(*m_db).remove(m_m2024);
    m_undo->undo();
    QVERIFY(view->messageLabel()->isVisible());
    QCOMPARE(view->messageLabel()->text(),
        QStringLiteral("“Edit meeting” could not be applied: The meeting no longer exists."));
    // The command is dropped rather than left on the stack for ever failing.
    QCOMPARE(m_undo->count(), count - 1);
}

QTEST_MAIN(TestMeetingsView)
#include "tst_meetingsview.moc"
