// The meeting editor in Vietnamese in a 1366×768 window (an office laptop's screen): every
// column of its tables wide enough for its header and for the names in it. With
// THUKY_SCREENSHOT_DIR set, the test saves a picture of each tab for a person to look at.
// People's names are invented for the test.

#include <common/testdb.h>
#include <core/meetings/meetingrepository.h>
#include <core/roster/rosterrepository.h>
#include <ui/common/language.h>
#include <ui/meetings/meetingform.h>
#include <ui/meetings/meetingsview.h>
#include <ui/meetings/speechmodel.h>
#include <ui/shell/mainwindow.h>

#include <QHeaderView>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace thuky;

class TestMeetingEditorVi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase() { m_db.reset(); }
    void editorFitsALaptopScreen();

private:
    qint64 person(const QString &name, const QString &titles, Role role);
    qint64 briefing();
    void save(QWidget *w, const QString &name);
    static void checkColumns(QTableView *table);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_committee = 0;
};

void TestMeetingEditorVi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Language::install(QStringLiteral("vi"));
    m_db = test::openFresh(QStringLiteral("sqlite"), m_dir);
    Committee c;
    c.name = QStringLiteral("Ban Chỉ đạo 35 tỉnh An Giang");
    c.level = QStringLiteral("province");
    c.superiorBody = QStringLiteral("Tỉnh ủy An Giang");
    c.placeName = QStringLiteral("An Giang");
    m_committee = RosterRepository(*m_db).addCommittee(c);
}

qint64 TestMeetingEditorVi::person(const QString &name, const QString &titles, Role role)
{
    RosterRepository roster(*m_db);
    Person p;
    p.fullName = name;
    p.titles = titles;
    const qint64 id = roster.addPerson(p);
    Membership ms;
    ms.personId = id;
    ms.committeeId = m_committee;
    ms.role = role;
    ms.start = QDate(2021, 1, 15);
    roster.appoint(ms);
    return id;
}

qint64 TestMeetingEditorVi::briefing()
{
    const qint64 chair = person(QStringLiteral("Trần Thị Phương Lan"),
        QStringLiteral("Trưởng ban Tuyên giáo Tỉnh ủy"), Role::StandingDeputy);
    const qint64 colonel = person(
        QStringLiteral("Lâm Quang Đức"), QStringLiteral("Giám đốc Công an tỉnh"), Role::Deputy);
    const qint64 speaker = person(QStringLiteral("Nguyễn Hoàng Phương"),
        QStringLiteral("Giám đốc Sở Thông tin và Truyền thông"), Role::Member);
    const qint64 recorder = person(QStringLiteral("Quách Văn Tâm"),
        QStringLiteral("Trưởng phòng Lý luận chính trị"), Role::SecretariatLead);
    MeetingRepository repo(*m_db);
    Meeting m;
    m.committeeId = m_committee;
    m.period = QStringLiteral("2024-Q2");
    m.title = MeetingKinds::suggestedTitle(m.kind, m.period);
    m.start = QDateTime(QDate(2024, 7, 17), QTime(8, 0));
    m.end = QDateTime(QDate(2024, 7, 17), QTime(11, 0));
    m.place = QStringLiteral("Hội trường Ban Tuyên giáo Tỉnh ủy");
    m.chairIds = { chair, colonel };
    m.secretaryId = recorder;
    m.agenda
        = { { QStringLiteral("Thông qua dự thảo báo cáo kết quả công tác quý II năm 2024"),
                QStringLiteral("Nguyễn Hoàng Phương, Giám đốc Sở Thông tin và Truyền thông"), {} },
              { QStringLiteral("Báo cáo chuyên đề bảo vệ bí mật nhà nước"),
                  QStringLiteral("Đại diện Phòng An ninh chính trị nội bộ"), {} } };
    Speech s;
    s.personId = speaker;
    s.unit = QStringLiteral("Giám đốc Sở Thông tin và Truyền thông");
    s.summary = QStringLiteral("Đề nghị tăng cường quản lý thông tin trên mạng xã hội");
    Speech guest;
    guest.guestName = QStringLiteral("Trịnh Quốc Bảo");
    guest.unit = QStringLiteral("Thành ủy Long Xuyên");
    m.speeches = { s, guest };
    Task t;
    t.description = QStringLiteral("Tiếp tục nắm bắt, định hướng dư luận xã hội");
    t.owner = QStringLiteral("Ban Tuyên giáo Tỉnh ủy");
    t.due = QDate(2024, 10, 31);
    m.tasks = { t };
    return repo.create(m);
}

void TestMeetingEditorVi::save(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("THUKY_SCREENSHOT_DIR");
    QTest::qWait(50); // let pending layout requests settle, as they would on screen
    if (!dir.isEmpty())
        QVERIFY(w->grab().save(dir + QLatin1Char('/') + name));
}

void TestMeetingEditorVi::checkColumns(QTableView *table)
{
    QHeaderView *header = table->horizontalHeader();
    for (int c = 0; c < header->count(); ++c) {
        QVERIFY2(header->sectionSize(c) >= header->sectionSizeHint(c),
            qPrintable(table->objectName() + QStringLiteral(" header ")
                + table->model()->headerData(c, Qt::Horizontal).toString()));
    }
}

void TestMeetingEditorVi::editorFitsALaptopScreen()
{
    const qint64 id = briefing();
    MainWindow w(*m_db);
    w.resize(1366, 768);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.setCurrentArea(MainWindow::Area::Meetings);
    auto *view = qobject_cast<MeetingsView *>(w.areaWidget(MainWindow::Area::Meetings));
    save(&w, QStringLiteral("meeting-empty-vi.png"));
    view->openMeeting(id);
    MeetingForm *form = view->form();
    QVERIFY(form->isVisible());
    const QStringList tabs { QStringLiteral("general"), QStringLiteral("attendance"),
        QStringLiteral("proceedings"), QStringLiteral("conclusion"), QStringLiteral("tasks") };
    for (int i = 0; i < tabs.size(); ++i) {
        form->setCurrentIndex(i);
        save(&w, QStringLiteral("meeting-%1-vi.png").arg(tabs.at(i)));
    }
    for (QTableView *table :
        { form->attendanceTable(), form->agendaTable(), form->speechTable(), form->tasksTable() })
        checkColumns(table);
    // The names of the speakers are whole: "ồng Phương" was once seen.
    QTableView *speeches = form->speechTable();
    const QFontMetrics metrics = speeches->fontMetrics();
    for (int r = 0; r < speeches->model()->rowCount(); ++r) {
        const QString name
            = speeches->model()->index(r, SpeechModel::SpeakerColumn).data().toString();
        QVERIFY2(speeches->columnWidth(SpeechModel::SpeakerColumn)
                > metrics.horizontalAdvance(name) + 2 * metrics.averageCharWidth(),
            qPrintable(name));
    }
    QVERIFY(form->titleEdit()->text() == QStringLiteral("Hội nghị giao ban Quý II/2024"));
}

QTEST_MAIN(TestMeetingEditorVi)
#include "tst_meetingeditorvi.moc"
