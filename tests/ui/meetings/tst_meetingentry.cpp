// The meeting editor from the keyboard alone, offscreen, through the real widgets: the
// quarterly briefing of 17/07/2024 typed in at most 70 actions and read back from its
// minutes; the keys of the entry tables (Enter, Insert, Tab, Esc, Delete, Ctrl+V) and their
// undo; speakers picked from the roster; starting from the previous meeting; approval that
// asks first; the suggested title; opening a meeting or a task from elsewhere; the locked
// look; the Tab order. People's names are invented for the test.

#include <common/printedtext.h>
#include <common/testdb.h>
#include <core/meetings/meetingrepository.h>
#include <core/meetings/minutes.h>
#include <core/meetings/taskrepository.h>
#include <core/roster/rosterrepository.h>
#include <core/text/vndate.h>
#include <ui/common/datefield.h>
#include <ui/common/personpicker.h>
#include <ui/meetings/agendamodel.h>
#include <ui/meetings/attendancemodel.h>
#include <ui/meetings/meetingform.h>
#include <ui/meetings/meetinglistmodel.h>
#include <ui/meetings/meetingsview.h>
#include <ui/meetings/meetingtaskmodel.h>
#include <ui/meetings/speechmodel.h>
#include <ui/meetings/tasktablemodel.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <functional>

using namespace thuky;

namespace {

/**
 * Types into the focused widget of a window as a clerk would, counting the actions: one
 * key (Tab, Enter, Ctrl+N…) is one action, and so is the whole text typed into one field.
 * (QTest::keyClicks() cannot type Vietnamese letters: it sends Latin-1 only.)
 */
class Typist
{
public:
    explicit Typist(QWidget *window)
        : m_window(window->windowHandle())
    {
    }
    void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(m_window, key, modifiers);
        ++m_actions;
    }
    void type(const QString &text)
    {
        for (const QChar c : text) {
            const Qt::Key code
                = c.unicode() < 128 ? Qt::Key(c.toUpper().unicode()) : Qt::Key_unknown;
            QTest::sendKeyEvent(QTest::Click, m_window, code, QString(c), Qt::NoModifier);
        }
        ++m_actions;
    }
    int actions() const { return m_actions; }

private:
    QWindow *m_window;
    int m_actions = 0;
};

QWidget *focused()
{
    return QApplication::focusWidget();
}

/** Answers the next modal dialog with @p answer as soon as it shows. */
void answerNextDialog(std::function<void(QWidget *)> answer)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            answer(modal);
        }
    });
    timer->start();
}

const QString PlaceText = QStringLiteral("Hội trường Ban Tuyên giáo Tỉnh ủy");
const QString DraftReport = QStringLiteral(
    "Thông qua dự thảo báo cáo kết quả công tác quý II, nhiệm vụ trọng tâm quý III năm 2024");
const QString ThematicReport = QStringLiteral("Báo cáo chuyên đề bảo vệ bí mật nhà nước");
const QString ThematicPresenter
    = QStringLiteral("Đại diện lãnh đạo Phòng An ninh chính trị nội bộ, Công an tỉnh");
const QString Conclusion
    = QStringLiteral("Phát huy sức mạnh của cả hệ thống chính trị trong công tác dư luận xã hội.");

} // namespace

class TestMeetingEntry : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void seedBriefingByKeyboard();
    void tableKeys_data();
    void tableKeys();
    void tabWalksRowsAndAddsOne();
    void typingNeverLandsInAFilledCell();
    void addButtonsOpenTheNewRow();
    void pastedLinesBecomeRows();
    void speakerPickedFromRoster();
    void startFromPreviousMeeting();
    void approvalAsksFirst();
    void titleFollowsKindAndPeriod();
    void openMeetingAndTask();
    void lockedLooksLockedAndIdShown();
    void tabOrderFollowsTheScreen();
    void dialogsTabInScreenOrder();

private:
    /** A person of the roster who is no member of the committee. */
    qint64 outsider(const QString &name, const QString &titles);
    qint64 person(const QString &name, const QString &titles, Role role);
    void addMeetings();
    std::unique_ptr<MeetingsView> makeView();
    void typeGeneral(Typist &t, MeetingsView *view);
    void typeAgenda(Typist &t, MeetingsView *view);
    void typeSpeakers(Typist &t);
    void typeConclusionAndTasks(Typist &t);
    void checkSavedBriefing(const Meeting &m);
    void checkMinutes(qint64 meetingId);
    void newMeeting(MeetingsView *view);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QUndoStack> m_undo;
    qint64 m_committee = 0;
    qint64 m_head = 0, m_standing = 0, m_colonel = 0, m_deputy = 0, m_recorder = 0;
    qint64 m_left = 0;
    qint64 m_q1 = 0, m_annual = 0;
    qint64 m_doneTask = 0;
};

qint64 TestMeetingEntry::outsider(const QString &name, const QString &titles)
{
    Person p;
    p.fullName = name;
    p.titles = titles;
    return RosterRepository(*m_db).addPerson(p);
}

qint64 TestMeetingEntry::person(const QString &name, const QString &titles, Role role)
{
    Membership ms;
    ms.personId = outsider(name, titles);
    ms.committeeId = m_committee;
    ms.role = role;
    ms.start = QDate(2021, 1, 15);
    RosterRepository(*m_db).appoint(ms);
    return ms.personId;
}

void TestMeetingEntry::init()
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
    m_head = person(QStringLiteral("Lò Văn Minh"), QStringLiteral("Phó Bí thư Thường trực Tỉnh ủy"),
        Role::Head);
    m_standing = person(QStringLiteral("Trần Thị Phương Lan"),
        QStringLiteral("Trưởng ban Tuyên giáo Tỉnh ủy"), Role::StandingDeputy);
    m_colonel = person(
        QStringLiteral("Lâm Quang Đức"), QStringLiteral("Giám đốc Công an tỉnh"), Role::Deputy);
    m_deputy = person(QStringLiteral("Nguyễn Mạnh Hùng"),
        QStringLiteral("Phó Trưởng ban Tuyên giáo Tỉnh ủy"), Role::Deputy);
    person(QStringLiteral("Trần Văn Phương"),
        QStringLiteral("Giám đốc Sở Thông tin và Truyền thông"), Role::Member);
    person(QStringLiteral("Phạm Thị Hồng"), QStringLiteral("Tổng Biên tập Báo An Giang"),
        Role::Member);
    person(QStringLiteral("Đặng Minh Khôi"), QStringLiteral("Phó Giám đốc Sở Giáo dục và Đào tạo"),
        Role::Member);
    person(QStringLiteral("Võ Thị Mai"), QStringLiteral("Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
        Role::Member);
    m_recorder = person(QStringLiteral("Quách Văn Tâm"),
        QStringLiteral("Trưởng phòng Lý luận chính trị, Ban Tuyên giáo"), Role::SecretariatLead);
    outsider(QStringLiteral("Lê Thành Công"), QStringLiteral("Bí thư Huyện ủy Tri Tôn"));
    m_left = person(QStringLiteral("Hồ Văn Lực"), QStringLiteral("Chuyên viên"), Role::Member);
    person(QStringLiteral("Mai Thị Chuyên"), QStringLiteral("Giảng viên"), Role::Expert);

    addMeetings();
}

void TestMeetingEntry::addMeetings()
{
    MeetingRepository repo(*m_db);
    Meeting a;
    a.committeeId = m_committee;
    a.kind = QStringLiteral("annual_review");
    a.title = QStringLiteral("Hội nghị tổng kết năm 2023");
    a.start = QDateTime(QDate(2023, 12, 20), QTime(8, 0));
    Task open;
    open.description = QStringLiteral("Việc còn mở");
    open.owner = QStringLiteral("Tổ thư ký");
    open.due = QDate(2024, 2, 1);
    Task done = open;
    done.description = QStringLiteral("Việc đã xong");
    done.status = QStringLiteral("done");
    done.completedOn = QDate(2024, 1, 15);
    a.tasks = { open, done };
    m_annual = repo.create(a);
    const Meeting annual = *repo.meeting(m_annual);
    for (const Task &t : annual.tasks)
        if (t.status == QLatin1String("done"))
            m_doneTask = t.id;

    Meeting q1;
    q1.committeeId = m_committee;
    q1.kind = QStringLiteral("quarterly_briefing");
    q1.period = QStringLiteral("2024-Q1");
    q1.title = QStringLiteral("Hội nghị giao ban Quý I/2024");
    q1.start = QDateTime(QDate(2024, 3, 22), QTime(8, 0));
    q1.end = QDateTime(QDate(2024, 3, 22), QTime(11, 0));
    q1.chairIds = { m_head };
    q1.guests = { QStringLiteral("Đại diện Báo An Giang") };
    q1.agenda = { { QStringLiteral("Đánh giá kết quả quý"), QStringLiteral("Tổ thư ký"), {} },
        { QStringLiteral("Triển khai nhiệm vụ quý tới"), QStringLiteral("Trưởng ban"), {} } };
    q1.attendance = repo.prefillAttendance(m_committee, q1.date());
    Attendance recorder;
    recorder.personId = m_recorder;
    recorder.role = QStringLiteral("secretariat_lead");
    q1.attendance.append(recorder);
    m_q1 = repo.create(q1);
    // Hồ Văn Lực leaves the committee after the first quarter.
    RosterRepository roster(*m_db);
    for (const Membership &ms : roster.members(m_committee, QDate(2024, 3, 22)))
        if (ms.personId == m_left)
            roster.endMembership(ms.id, QDate(2024, 4, 30), ms.rowVersion);
}

void TestMeetingEntry::cleanup()
{
    m_undo.reset();
    m_db.reset();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/drafts"))
        .removeRecursively();
}

std::unique_ptr<MeetingsView> TestMeetingEntry::makeView()
{
    auto view = std::make_unique<MeetingsView>(*m_db, m_undo.get());
    for (QAbstractItemModel *model : { static_cast<QAbstractItemModel *>(view->attendanceModel()),
             static_cast<QAbstractItemModel *>(view->agendaModel()),
             static_cast<QAbstractItemModel *>(view->speechModel()),
             static_cast<QAbstractItemModel *>(view->meetingTaskModel()) })
        new QAbstractItemModelTester(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest, view.get());
    view->setCurrentCommittee(m_committee);
    view->resize(1366, 768);
    view->show();
    view->activateWindow();
    if (!QTest::qWaitForWindowActive(view.get()))
        qWarning("the view's window is not active");
    return view;
}

void TestMeetingEntry::newMeeting(MeetingsView *view)
{
    view->meetingTable()->setFocus();
    QTest::keyClick(view->windowHandle(), Qt::Key_N, Qt::ControlModifier);
}

void TestMeetingEntry::typeGeneral(Typist &t, MeetingsView *view)
{
    MeetingForm *form = view->form();
    view->meetingTable()->setFocus();
    t.key(Qt::Key_N, Qt::ControlModifier); // New meeting: the cursor is in the kind
    QCOMPARE(focused(), form->kindCombo());
    t.key(Qt::Key_Tab);
    t.type(QStringLiteral("II/2024"));
    t.key(Qt::Key_Tab);
    QCOMPARE(focused(), form->titleEdit());
    QCOMPARE(form->titleEdit()->text(), QStringLiteral("Hội nghị giao ban Quý II/2024"));
    t.key(Qt::Key_Tab);
    QCOMPARE(focused(), form->dateEdit());
    t.type(QStringLiteral("17072024"));
    QCOMPARE(form->dateEdit()->date(), QDate(2024, 7, 17));
    t.key(Qt::Key_Tab); // starts 08:00
    t.key(Qt::Key_Tab); // ends 11:00
    t.key(Qt::Key_Tab);
    t.type(PlaceText);
    t.key(Qt::Key_Tab); // the chairs: the head, the standing deputy, the colonel…
    auto *chairs = form->findChild<QListWidget *>(QStringLiteral("chairs"));
    QCOMPARE(focused(), chairs);
    t.key(Qt::Key_Down);
    t.key(Qt::Key_Space);
    t.key(Qt::Key_Down);
    t.key(Qt::Key_Space);
    t.key(Qt::Key_Tab);
    t.type(QStringLiteral("Q")); // the recorder: Quách Văn Tâm
    t.key(Qt::Key_PageDown, Qt::ControlModifier); // attendance: prefilled, all present
    t.key(Qt::Key_PageDown, Qt::ControlModifier); // agenda and speakers
    QCOMPARE(focused(), form->agendaTable());
}

void TestMeetingEntry::typeAgenda(Typist &t, MeetingsView *view)
{
    t.type(DraftReport); // typing in the empty table starts its first row
    t.key(Qt::Key_Tab);
    t.type(QStringLiteral("nguyen manh hung")); // picked from the roster
    t.key(Qt::Key_Return);
    t.type(ThematicReport);
    t.key(Qt::Key_Tab);
    t.type(ThematicPresenter); // a guest
    t.key(Qt::Key_Return);
    t.key(Qt::Key_Return); // an empty row ends the list: on to the speakers
    QCOMPARE(focused(), view->form()->speechTable());
    QCOMPARE(view->agendaModel()->rowCount(), 2);
}

void TestMeetingEntry::typeSpeakers(Typist &t)
{
    // Members and a person of the roster: the unit comes from the roster.
    t.type(QStringLiteral("tran van phuong"));
    t.key(Qt::Key_Tab); // past the unit, filled in: on to the summary
    t.type(QStringLiteral("Đề nghị tăng cường quản lý thông tin trên mạng xã hội"));
    t.key(Qt::Key_Return);
    for (const QString &name : { QStringLiteral("pham thi hong"), QStringLiteral("dang minh khoi"),
             QStringLiteral("vo thi mai"), QStringLiteral("le thanh cong") }) {
        t.type(name);
        t.key(Qt::Key_Return);
    }
    // Guests: name and unit typed.
    const QList<QPair<QString, QString>> guests { { QStringLiteral("Nguyễn Thị Lan"),
                                                      QStringLiteral("Huyện ủy Châu Phú") },
        { QStringLiteral("Trịnh Quốc Bảo"), QStringLiteral("Thành ủy Long Xuyên") } };
    for (const auto &[name, unit] : guests) {
        t.type(name);
        t.key(Qt::Key_Tab);
        t.type(unit);
        t.key(Qt::Key_Return);
    }
}

void TestMeetingEntry::typeConclusionAndTasks(Typist &t)
{
    t.key(Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(focused()->objectName(), QStringLiteral("conclusion"));
    t.type(Conclusion);
    t.key(Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(focused()->objectName(), QStringLiteral("meetingTasks"));
    const QStringList tasks[] = {
        { QStringLiteral("Tiếp tục nắm bắt, định hướng dư luận xã hội"),
            QStringLiteral("Ban Tuyên giáo Tỉnh ủy"), QStringLiteral("31/10/2024") },
        { QStringLiteral("Tuyên truyền bảo vệ bí mật nhà nước"), QStringLiteral("Công an tỉnh"),
            QStringLiteral("30/09/2024") },
        { QStringLiteral("Khai thác kết quả điều tra xã hội học hàng quý"),
            QStringLiteral("Tổ thư ký"), QStringLiteral("15/10/2024") },
    };
    for (int i = 0; i < 3; ++i) {
        if (i > 0)
            t.key(Qt::Key_Return);
        t.type(tasks[i].at(0));
        t.key(Qt::Key_Tab);
        t.type(tasks[i].at(1));
        t.key(Qt::Key_Tab);
        t.type(tasks[i].at(2));
    }
    t.key(Qt::Key_S, Qt::ControlModifier); // saves what the open cell holds too
}

void TestMeetingEntry::seedBriefingByKeyboard()
{
    auto view = makeView();
    QVERIFY(QApplication::activeWindow() == view.get());
    Typist t(view.get());
    typeGeneral(t, view.get());
    typeAgenda(t, view.get());
    typeSpeakers(t);
    typeConclusionAndTasks(t);
    qInfo("The briefing took %d actions.", t.actions());
    QVERIFY2(t.actions() <= 70, qPrintable(QString::number(t.actions())));
    QVERIFY2(view->currentMeetingId() > 0, qPrintable(view->messageLabel()->text()));
    QVERIFY(!view->isModified());
    checkSavedBriefing(*MeetingRepository(*m_db).meeting(view->currentMeetingId()));
    checkMinutes(view->currentMeetingId());
}

void TestMeetingEntry::checkSavedBriefing(const Meeting &m)
{
    QCOMPARE(m.kind, QStringLiteral("quarterly_briefing"));
    QCOMPARE(m.period, QStringLiteral("2024-Q2"));
    QCOMPARE(m.title, QStringLiteral("Hội nghị giao ban Quý II/2024"));
    QCOMPARE(m.start, QDateTime(QDate(2024, 7, 17), QTime(8, 0)));
    QCOMPARE(m.place, PlaceText);
    QCOMPARE(m.chairIds, QList<qint64>({ m_standing, m_colonel }));
    QCOMPARE(m.secretaryId, m_recorder);
    QCOMPARE(m.agenda.size(), 2);
    QCOMPARE(m.agenda.at(0).title, DraftReport);
    QCOMPARE(m.agenda.at(0).presenter,
        QStringLiteral("Nguyễn Mạnh Hùng, Phó Trưởng ban Tuyên giáo Tỉnh ủy"));
    QCOMPARE(m.agenda.at(1).presenter, ThematicPresenter);
    const QStringList speakers { QStringLiteral("Trần Văn Phương"), QStringLiteral("Phạm Thị Hồng"),
        QStringLiteral("Đặng Minh Khôi"), QStringLiteral("Võ Thị Mai"),
        QStringLiteral("Lê Thành Công"), QStringLiteral("Nguyễn Thị Lan"),
        QStringLiteral("Trịnh Quốc Bảo") };
    QCOMPARE(m.speeches.size(), speakers.size());
    for (int i = 0; i < speakers.size(); ++i) {
        QCOMPARE(m.speeches.at(i).speakerName(), speakers.at(i));
        QVERIFY(!m.speeches.at(i).unit.isEmpty());
        QCOMPARE(m.speeches.at(i).personId > 0, i < 5);
    }
    QCOMPARE(m.speeches.at(0).unit, QStringLiteral("Giám đốc Sở Thông tin và Truyền thông"));
    QCOMPARE(m.speeches.at(6).unit, QStringLiteral("Thành ủy Long Xuyên"));
    QCOMPARE(m.tasks.size(), 3);
    QCOMPARE(m.tasks.at(0).owner, QStringLiteral("Ban Tuyên giáo Tỉnh ủy"));
    QCOMPARE(m.tasks.at(1).due, QDate(2024, 9, 30));
    QCOMPARE(m.tasks.at(2).description,
        QStringLiteral("Khai thác kết quả điều tra xã hội học hàng quý"));
    QCOMPARE(m.attendance.size(), 8); // the official delegates, prefilled
}

void TestMeetingEntry::checkMinutes(qint64 meetingId)
{
    const QString pdf = m_dir->filePath(QStringLiteral("briefing.pdf"));
    QString error;
    QVERIFY2(MinutesWriter(*m_db).write(meetingId, pdf, &error), qPrintable(error));
    const QString text = test::pdfText(pdf);
    const QStringList expected { QStringLiteral("BIÊN BẢN Hội nghị giao ban Quý II/2024"),
        QStringLiteral("1) ") + DraftReport
            + QStringLiteral(" — trình bày: Nguyễn Mạnh Hùng, Phó Trưởng ban"),
        QStringLiteral("2) ") + ThematicReport,
        QStringLiteral("Đồng chí Trần Văn Phương (Giám đốc Sở Thông tin và "
                       "Truyền thông): Đề nghị tăng cường quản lý"),
        QStringLiteral("Đồng chí Phạm Thị Hồng (Tổng Biên tập Báo An Giang) phát biểu ý kiến."),
        QStringLiteral("Đồng chí Đặng Minh Khôi"), QStringLiteral("Đồng chí Võ Thị Mai"),
        QStringLiteral("Đồng chí Lê Thành Công (Bí thư Huyện ủy Tri Tôn)"),
        QStringLiteral("Đồng chí Nguyễn Thị Lan (Huyện ủy Châu Phú)"),
        QStringLiteral("Đồng chí Trịnh Quốc Bảo (Thành ủy Long Xuyên)"),
        QStringLiteral("7 lượt ý kiến phát biểu"), Conclusion,
        QStringLiteral("Tiếp tục nắm bắt, định hướng dư luận xã hội. Thực hiện: Ban "
                       "Tuyên giáo Tỉnh ủy; thời hạn: 31/10/2024"),
        QStringLiteral("Tuyên truyền bảo vệ bí mật nhà nước. Thực hiện: Công an "
                       "tỉnh; thời hạn: 30/09/2024"),
        QStringLiteral("Khai thác kết quả điều tra xã hội học hàng quý. Thực hiện: "
                       "Tổ thư ký; thời hạn: 15/10/2024") };
    // In order, each found after the one before.
    qsizetype at = 0;
    for (const QString &line : expected) {
        const qsizetype found = text.indexOf(line, at);
        QVERIFY2(
            found >= 0, qPrintable(line + QStringLiteral("\n--- after: ") + text.mid(at, 600)));
        at = found + line.size();
    }
}

void TestMeetingEntry::tableKeys_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("first");
    QTest::addColumn<int>("nextColumn");
    QTest::newRow("agenda") << QStringLiteral("agenda") << QStringLiteral("Khai mạc") << 1;
    QTest::newRow("speakers") << QStringLiteral("speeches") << QStringLiteral("Khách mời A") << 1;
    QTest::newRow("tasks") << QStringLiteral("meetingTasks") << QStringLiteral("Việc A") << 1;
    // A member added by hand; the role is read-only: Tab goes on to the attendance status.
    QTest::newRow("attendance") << QStringLiteral("attendance") << QStringLiteral("Mai Thị Chuyên")
                                << int(AttendanceModel::StatusColumn);
}

void TestMeetingEntry::tableKeys()
{
    QFETCH(QString, table);
    QFETCH(QString, first);
    QFETCH(int, nextColumn);
    auto view = makeView();
    view->setCurrentMeeting(m_q1);
    auto *tv = view->form()->findChild<QTableView *>(table);
    QAbstractItemModel *model = tv->model();
    view->form()->setCurrentWidget(tv->parentWidget()->parentWidget());
    const int before = model->rowCount();
    Typist t(view.get());
    tv->setFocus();
    tv->setCurrentIndex(model->index(before - 1, 0));
    // Insert adds a row below, the cursor in its first cell.
    t.key(Qt::Key_Insert);
    QCOMPARE(model->rowCount(), before + 1);
    QCOMPARE(tv->currentIndex(), model->index(before, 0));
    QCOMPARE(focused(), tv->indexWidget(tv->currentIndex()));
    t.type(first);
    t.key(Qt::Key_Tab); // the row's next cell
    QCOMPARE(model->index(before, 0).data().toString(), first);
    QCOMPARE(focused(), tv->indexWidget(model->index(before, nextColumn)));
    // Enter adds a row below; Esc in it, still blank, takes it away again.
    t.key(Qt::Key_Return);
    QCOMPARE(model->rowCount(), before + 2);
    QCOMPARE(focused(), tv->indexWidget(model->index(before + 1, 0)));
    t.key(Qt::Key_Escape);
    QCOMPARE(model->rowCount(), before + 1);
    QCOMPARE(focused(), tv);
    // Delete removes the selected row, undoably.
    const int steps = m_undo->count();
    tv->selectRow(before);
    t.key(Qt::Key_Delete);
    QCOMPARE(model->rowCount(), before);
    QCOMPARE(m_undo->count(), steps + 1);
    m_undo->undo();
    QCOMPARE(model->rowCount(), before + 1);
    QCOMPARE(model->index(before, 0).data().toString(), first);
}

void TestMeetingEntry::tabWalksRowsAndAddsOne()
{
    auto view = makeView();
    newMeeting(view.get());
    QTableView *tv = view->form()->speechTable();
    view->form()->setCurrentIndex(2);
    tv->setFocus();
    Typist t(view.get());
    t.type(QStringLiteral("Khách A"));
    t.key(Qt::Key_Tab);
    t.type(QStringLiteral("Đơn vị A"));
    t.key(Qt::Key_Tab);
    t.type(QStringLiteral("Ý kiến A"));
    // Tab in the last cell of the last row adds a row, as in a word processor's table.
    t.key(Qt::Key_Tab);
    QCOMPARE(tv->model()->rowCount(), 2);
    QCOMPARE(focused(), tv->indexWidget(tv->model()->index(1, 0)));
    // Shift+Tab goes back into the row above.
    t.key(Qt::Key_Backtab);
    QCOMPARE(tv->model()->rowCount(), 1); // the blank row left is gone
    QCOMPARE(focused(), tv->indexWidget(tv->model()->index(0, SpeechModel::SummaryColumn)));
    t.key(Qt::Key_Tab); // a new row again
    QCOMPARE(tv->model()->rowCount(), 2);
    t.key(Qt::Key_Return); // Enter in a blank row: the list is done, on past the table
    QCOMPARE(tv->model()->rowCount(), 1);
    QVERIFY(focused() != tv && !tv->isAncestorOf(focused()));
    QCOMPARE(view->speechModel()->rows().at(0).summary, QStringLiteral("Ý kiến A"));
}

void TestMeetingEntry::typingNeverLandsInAFilledCell()
{
    auto view = makeView();
    view->setCurrentMeeting(m_q1);
    QTableView *tv = view->form()->agendaTable();
    view->form()->setCurrentIndex(2);
    tv->setFocus();
    tv->setCurrentIndex(tv->model()->index(0, AgendaModel::TitleColumn));
    Typist t(view.get());
    t.type(QStringLiteral("xyz")); // on a filled cell: no edit, nothing changes
    QCOMPARE(tv->model()->index(0, 0).data().toString(), QStringLiteral("Đánh giá kết quả quý"));
    QVERIFY(!view->isModified());
    // F2 edits it on purpose.
    t.key(Qt::Key_F2);
    QCOMPARE(focused(), tv->indexWidget(tv->model()->index(0, 0)));
    t.key(Qt::Key_End);
    t.type(QStringLiteral(" I"));
    t.key(Qt::Key_Tab);
    QCOMPARE(tv->model()->index(0, 0).data().toString(), QStringLiteral("Đánh giá kết quả quý I"));
    QCOMPARE(
        tv->model()->index(1, 0).data().toString(), QStringLiteral("Triển khai nhiệm vụ quý tới"));
}

void TestMeetingEntry::addButtonsOpenTheNewRow()
{
    auto view = makeView();
    view->setCurrentMeeting(m_q1);
    MeetingForm *form = view->form();
    for (const QString &name : { QStringLiteral("addSpeaker"), QStringLiteral("addTask"),
             QStringLiteral("addAgendaItem"), QStringLiteral("addAttendee") }) {
        auto *button = form->findChild<QPushButton *>(name);
        QVERIFY(button);
        QCOMPARE(button->focusPolicy(), Qt::NoFocus); // a Space can never press it
        form->setCurrentWidget(button->parentWidget()->parentWidget());
        QTest::mouseClick(button, Qt::LeftButton);
        auto *table = qobject_cast<QTableView *>(focused()->parentWidget()->parentWidget());
        QVERIFY2(table, qPrintable(name));
        // The cursor is in the first cell of a new, blank row…
        const int row = table->currentIndex().row();
        QCOMPARE(focused(), table->indexWidget(table->currentIndex()));
        QCOMPARE(table->currentIndex().column(), 0);
        QVERIFY(table->model()->index(row, 0).data().toString().isEmpty());
        const int rows = table->model()->rowCount();
        // …and what is typed lands there, in no other row.
        QTest::keyClicks(focused(), QStringLiteral("Moi"));
        QTest::keyClick(focused(), Qt::Key_Tab);
        QCOMPARE(table->model()->rowCount(), rows);
        for (int r = 0; r < rows; ++r)
            QCOMPARE(
                table->model()->index(r, 0).data().toString() == QStringLiteral("Moi"), r == row);
    }
}

void TestMeetingEntry::pastedLinesBecomeRows()
{
    auto view = makeView();
    newMeeting(view.get());
    MeetingForm *form = view->form();
    form->setCurrentIndex(2);
    Typist t(view.get());
    QApplication::clipboard()->setText(
        QStringLiteral("Khai mạc\r\nBáo cáo kết quả\n\nThảo luận\nKết luận\n"));
    form->agendaTable()->setFocus();
    const int steps = m_undo->count();
    t.key(Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(view->agendaModel()->rowCount(), 4);
    QCOMPARE(view->agendaModel()->rows().at(3).title, QStringLiteral("Kết luận"));
    QCOMPARE(m_undo->count(), steps + 1); // one undo step
    m_undo->undo();
    QCOMPARE(view->agendaModel()->rowCount(), 0);
    // Speakers: cells split at tabs; a roster name keeps its unit; pasted into an open row.
    QApplication::clipboard()->setText(QStringLiteral(
        "tran van phuong\t\tÝ kiến một\nKhách mời B\tSở Y tế\tÝ kiến hai\nKhách mời C"));
    form->speechTable()->setFocus();
    t.key(Qt::Key_Return); // an open, blank row: the pasted rows take its place
    t.key(Qt::Key_V, Qt::ControlModifier);
    const QList<Speech> rows = view->speechModel()->rows();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).speakerName(), QStringLiteral("Trần Văn Phương"));
    QCOMPARE(rows.at(0).unit, QStringLiteral("Giám đốc Sở Thông tin và Truyền thông"));
    QCOMPARE(rows.at(0).summary, QStringLiteral("Ý kiến một"));
    QCOMPARE(rows.at(1).unit, QStringLiteral("Sở Y tế"));
    QCOMPARE(rows.at(2).guestName, QStringLiteral("Khách mời C"));
}

void TestMeetingEntry::speakerPickedFromRoster()
{
    auto view = makeView();
    newMeeting(view.get());
    view->form()->setCurrentIndex(2);
    view->form()->speechTable()->setFocus();
    Typist t(view.get());
    t.type(QStringLiteral("phuong")); // two persons' names have a word starting so
    auto *edit = qobject_cast<PersonNameEdit *>(focused());
    QVERIFY(edit);
    QVERIFY(edit->isSuggesting());
    QCOMPARE(edit->suggestions()->count(), 2);
    QVERIFY(edit->suggestions()->item(0)->text().startsWith(QStringLiteral("Trần Thị Phương Lan")));
    t.key(Qt::Key_Down);
    t.key(Qt::Key_Tab);
    const Speech s = view->speechModel()->rows().at(0);
    QCOMPARE(s.speakerName(), QStringLiteral("Trần Văn Phương"));
    QVERIFY(s.personId > 0);
    QCOMPARE(s.unit, QStringLiteral("Giám đốc Sở Thông tin và Truyền thông"));
    // The speaker column is wide enough for the name.
    QTableView *tv = view->form()->speechTable();
    QVERIFY(tv->columnWidth(SpeechModel::SpeakerColumn)
        > tv->fontMetrics().horizontalAdvance(s.speakerName()) + 12);
    // Esc closes the suggestions and keeps what is typed (a guest).
    t.key(Qt::Key_Return);
    t.type(QStringLiteral("Lan"));
    QVERIFY(qobject_cast<PersonNameEdit *>(focused())->isSuggesting());
    t.key(Qt::Key_Escape);
    t.key(Qt::Key_Tab);
    QCOMPARE(view->speechModel()->rows().at(1).guestName, QStringLiteral("Lan"));
}

void TestMeetingEntry::startFromPreviousMeeting()
{
    auto view = makeView();
    newMeeting(view.get());
    MeetingForm *form = view->form();
    form->dateEdit()->setDate(QDate(2024, 7, 17));
    const int steps = m_undo->count();
    view->startFromPreviousAction()->trigger();
    // Those listed at the previous meeting who still belong, then the other delegates.
    QList<qint64> listed;
    for (const Attendance &a : view->attendanceModel()->rows())
        listed << a.personId;
    QVERIFY(listed.contains(m_recorder)); // added by hand then
    QVERIFY(!listed.contains(m_left)); // left the committee since
    QCOMPARE(listed.size(), 9);
    QCOMPARE(view->agendaModel()->rowCount(), 2);
    QCOMPARE(
        view->agendaModel()->rows().at(1).title, QStringLiteral("Triển khai nhiệm vụ quý tới"));
    QVERIFY(view->agendaModel()->rows().at(1).presenter.isEmpty());
    QCOMPARE(form->findChild<QPlainTextEdit *>(QStringLiteral("guests"))->toPlainText(),
        QStringLiteral("Đại diện Báo An Giang"));
    QCOMPARE(m_undo->count(), steps + 1);
    m_undo->undo();
    QCOMPARE(view->agendaModel()->rowCount(), 0);
    // No earlier thematic meeting: nothing to start from.
    form->kindCombo()->setCurrentIndex(form->kindCombo()->findData(QStringLiteral("thematic")));
    QVERIFY(!view->startFromPrevious());
    QVERIFY(view->messageLabel()->isVisible());
}

void TestMeetingEntry::approvalAsksFirst()
{
    auto view = makeView();
    view->setCurrentMeeting(m_q1);
    QString asked;
    answerNextDialog([&asked](QWidget *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        asked = box->text();
        box->button(QMessageBox::Cancel)->click();
    });
    view->approveAction()->trigger();
    QVERIFY(asked.contains(QStringLiteral("Hội nghị giao ban Quý I/2024")));
    QVERIFY(!MeetingRepository(*m_db).meeting(m_q1)->isApproved());
    answerNextDialog([](QWidget *dialog) {
        QCOMPARE(dialog->objectName(), QStringLiteral("approveConfirmation"));
        dialog->findChild<QPushButton *>(QStringLiteral("confirmApprove"))->click();
    });
    view->approveAction()->trigger();
    QVERIFY(MeetingRepository(*m_db).meeting(m_q1)->isApproved());
    QVERIFY(view->isLocked());
}

void TestMeetingEntry::titleFollowsKindAndPeriod()
{
    auto view = makeView();
    newMeeting(view.get());
    MeetingForm *form = view->form();
    const QString quarter = VnDate::quarterLabel(VnDate::quarterCode(QDate::currentDate()));
    QCOMPARE(form->titleEdit()->text(), QStringLiteral("Hội nghị giao ban ") + quarter);
    Typist t(view.get());
    form->periodEdit()->setFocus(Qt::TabFocusReason);
    t.type(QStringLiteral("quý 4/2026"));
    QCOMPARE(form->titleEdit()->text(), QStringLiteral("Hội nghị giao ban Quý IV/2026"));
    form->kindCombo()->setFocus();
    form->kindCombo()->setCurrentIndex(
        form->kindCombo()->findData(QStringLiteral("annual_review")));
    QCOMPARE(form->titleEdit()->text(), QStringLiteral("Hội nghị tổng kết Quý IV/2026"));
    form->periodEdit()->setFocus(Qt::TabFocusReason);
    t.type(QStringLiteral("2026"));
    QCOMPARE(form->titleEdit()->text(), QStringLiteral("Hội nghị tổng kết năm 2026"));
    m_undo->undo(); // the period and the title it changed, together
    QCOMPARE(form->titleEdit()->text(), QStringLiteral("Hội nghị tổng kết Quý IV/2026"));
    // A title of the clerk's own stays.
    form->titleEdit()->setFocus(Qt::TabFocusReason);
    t.type(QStringLiteral("Hội nghị riêng"));
    form->kindCombo()->setCurrentIndex(form->kindCombo()->findData(QStringLiteral("thematic")));
    QCOMPARE(form->titleEdit()->text(), QStringLiteral("Hội nghị riêng"));
    QVERIFY(view->save());
    const Meeting saved = *MeetingRepository(*m_db).meeting(view->currentMeetingId());
    QCOMPARE(saved.period, QStringLiteral("2026-Q4"));
    QCOMPARE(saved.title, QStringLiteral("Hội nghị riêng"));
}

void TestMeetingEntry::openMeetingAndTask()
{
    auto view = makeView();
    view->kindFilter()->setCurrentIndex(
        view->kindFilter()->findData(QStringLiteral("annual_review")));
    QCOMPARE(view->meetingModel()->rowCount(), 1);
    view->openMeeting(m_q1);
    QCOMPARE(view->currentMeetingId(), m_q1);
    QCOMPARE(view->kindFilter()->currentIndex(), 0);
    const QModelIndex current = view->meetingTable()->currentIndex();
    QCOMPARE(view->meetingModel()->meetingAt(current.row()).id, m_q1);
    QCOMPARE(view->titleEdit()->text(), QStringLiteral("Hội nghị giao ban Quý I/2024"));
    // A done task is hidden by the default filter (open or in progress).
    QCOMPARE(view->taskModel()->rowOf(m_doneTask), -1);
    view->openTask(m_doneTask);
    QVERIFY(view->taskTable()->isVisible());
    const QModelIndex task = view->taskTable()->currentIndex();
    QVERIFY(task.isValid());
    QCOMPARE(view->taskModel()->taskAt(task.row()).id, m_doneTask);
}

void TestMeetingEntry::lockedLooksLockedAndIdShown()
{
    auto view = makeView();
    // Nothing open: a page that says what to do, no form with a made-up date.
    QVERIFY(view->emptyState()->isVisible());
    QVERIFY(!view->form()->isVisible());
    QVERIFY(!view->saveAction()->isEnabled());
    view->setCurrentMeeting(m_q1);
    QVERIFY(view->form()->isVisible());
    QVERIFY(view->form()->idLabel()->text().contains(QString::number(m_q1)));
    const QColor editable = view->titleEdit()->palette().color(QPalette::Base);
    QVERIFY(view->approveCurrent());
    auto *notice = view->findChild<QLabel *>(QStringLiteral("lockedNotice"));
    QVERIFY(notice->isVisible());
    for (QWidget *w :
        { static_cast<QWidget *>(view->titleEdit()), static_cast<QWidget *>(view->conclusionEdit()),
            static_cast<QWidget *>(view->form()->speechTable()) })
        QCOMPARE(w->palette().color(QPalette::Base), w->palette().color(QPalette::Window));
    QVERIFY(editable != view->titleEdit()->palette().color(QPalette::Base));
    // Locked tables add nothing.
    view->form()->setCurrentIndex(2);
    view->form()->agendaTable()->setFocus();
    QTest::keyClick(view->form()->agendaTable(), Qt::Key_Insert);
    QCOMPARE(view->agendaModel()->rowCount(), 2);
    QVERIFY(view->reopenCurrent(QStringLiteral("Sửa lỗi chính tả")));
    QVERIFY(!notice->isVisible());
    QCOMPARE(view->titleEdit()->palette().color(QPalette::Base), editable);
}

void TestMeetingEntry::tabOrderFollowsTheScreen()
{
    auto view = makeView();
    newMeeting(view.get());
    MeetingForm *form = view->form();
    QCOMPARE(focused(), form->kindCombo());
    QList<QWidget *> chain { focused() };
    for (int i = 0; i < 11; ++i) {
        QTest::keyClick(view->windowHandle(), Qt::Key_Tab);
        chain << focused();
    }
    QStringList names;
    for (QWidget *w : chain)
        names << w->objectName();
    QCOMPARE(names,
        QStringList({ QStringLiteral("kind"), QStringLiteral("period"), QStringLiteral("title"),
            QStringLiteral("date"), QStringLiteral("startTime"), QStringLiteral("endTime"),
            QStringLiteral("place"), QStringLiteral("chairs"), QStringLiteral("secretary"),
            QStringLiteral("bridgePoints"), QStringLiteral("guests"),
            QStringLiteral("documents") }));
    // Screen order: each field is below the one before, or on its line to the right.
    for (int i = 1; i < chain.size(); ++i) {
        const QPoint a = chain.at(i - 1)->mapTo(form, QPoint(0, 0));
        const QPoint b = chain.at(i)->mapTo(form, QPoint(0, 0));
        QVERIFY2(b.y() > a.y() + 2 || (qAbs(b.y() - a.y()) <= 2 && b.x() > a.x()),
            qPrintable(names.at(i)));
    }
    for (QWidget *w : chain)
        QVERIFY2(!w->toolTip().isEmpty(), qPrintable(w->objectName()));
}

namespace {
/** True when @p b comes after @p a reading the screen: below it, or on its line to the right. */
bool readsAfter(QWidget *a, QWidget *b)
{
    const QPoint pa = a->mapToGlobal(QPoint(0, 0));
    const QPoint pb = b->mapToGlobal(QPoint(0, 0));
    return pb.y() > pa.y() + 2 || (qAbs(pb.y() - pa.y()) <= 2 && pb.x() > pa.x());
}

/**
 * Tabs round @p dialog's focus chain and says where it does not follow the screen (the
 * chain is a circle: it is read from its top-left widget); empty when it does.
 */
QString tabOrderProblem(QWidget *dialog)
{
    QList<QWidget *> cycle { focused() };
    for (int i = 0; i < 12; ++i) {
        QTest::keyClick(focused(), Qt::Key_Tab);
        if (focused() == cycle.first())
            break;
        cycle << focused();
    }
    if (cycle.size() < 2)
        return QStringLiteral("%1: the focus does not move").arg(dialog->objectName());
    qsizetype first = 0;
    for (qsizetype i = 1; i < cycle.size(); ++i)
        if (readsAfter(cycle.at(i), cycle.at(first)))
            first = i;
    std::rotate(cycle.begin(), cycle.begin() + first, cycle.end());
    for (qsizetype i = 1; i < cycle.size(); ++i)
        if (!readsAfter(cycle.at(i - 1), cycle.at(i)))
            return QStringLiteral("%1: %2 before %3")
                .arg(dialog->windowTitle(),
                    QString::fromLatin1(cycle.at(i - 1)->metaObject()->className()),
                    QString::fromLatin1(cycle.at(i)->metaObject()->className()));
    return {};
}
} // namespace

void TestMeetingEntry::dialogsTabInScreenOrder()
{
    auto view = makeView();
    view->setCurrentMeeting(m_q1);
    QStringList problems;
    int walked = 0;
    auto walkAndClose = [&problems, &walked](QWidget *dialog) {
        ++walked;
        const QString problem = tabOrderProblem(dialog);
        if (!problem.isEmpty())
            problems << problem;
        qobject_cast<QDialog *>(dialog)->reject();
    };
    answerNextDialog(walkAndClose);
    view->approveAction()->trigger(); // the confirmation
    QVERIFY(view->approveCurrent());
    answerNextDialog(walkAndClose);
    view->reopenAction()->trigger(); // the reason for reopening
    view->openTask(m_doneTask);
    answerNextDialog(walkAndClose);
    view->findChild<QAction *>(QStringLiteral("taskDone"))->trigger(); // the completion note
    QCOMPARE(walked, 3);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(view->isLocked()); // every dialog was cancelled
}

QTEST_MAIN(TestMeetingEntry)
#include "tst_meetingentry.moc"
