// The printed task list: the filter in the title, the totals, the groups by owner in Vietnamese
// order, the meeting that assigned each task, overdue ones marked, the header of the committee,
// and the ODT.

#include <common/printedtext.h>
#include <common/testdb.h>
#include <core/meetings/meetingrepository.h>
#include <core/meetings/tasklistdocument.h>
#include <core/roster/rosterrepository.h>

#include <QTest>

using namespace thuky;

class TestTaskListDocument : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void openTasksGroupedByOwner_data() { test::addBackendRows(); }
    void openTasksGroupedByOwner();
    void overdueOnlyAndMarks_data() { test::addBackendRows(); }
    void overdueOnlyAndMarks();
    void oneCommittee_data() { test::addBackendRows(); }
    void oneCommittee();
    void ownerFilterAndEmptyList_data() { test::addBackendRows(); }
    void ownerFilterAndEmptyList();
    void odtHoldsTheTasks_data() { test::addBackendRows(); }
    void odtHoldsTheTasks();

private:
    QString write(const TaskFilter &filter, const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_province = 0;
    qint64 m_district = 0;
};

namespace {
Task task(const QString &description, const QString &owner, const QDate &due,
    const QString &status = QStringLiteral("open"))
{
    Task t;
    t.description = description;
    t.owner = owner;
    t.due = due;
    t.status = status;
    return t;
}

Meeting meeting(qint64 committee, const QDate &date, const QString &title)
{
    Meeting m;
    m.committeeId = committee;
    m.kind = QStringLiteral("quarterly_briefing");
    m.title = title;
    m.start = QDateTime(date, QTime(8, 0));
    m.end = QDateTime(date, QTime(11, 0));
    m.place = QStringLiteral("Hội trường");
    return m;
}
} // namespace

void TestTaskListDocument::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_dir->setAutoRemove(qEnvironmentVariableIsEmpty("THUKY_KEEP"));
    QString backend = QStringLiteral("sqlite");
    if (QTest::currentDataTag() && QByteArray(QTest::currentDataTag()) == "postgresql")
        backend = QStringLiteral("postgresql");
    m_db = test::openFresh(backend, *m_dir);
    RosterRepository roster(*m_db);
    Committee c;
    c.name = QStringLiteral("Ban Chỉ đạo 35 tỉnh An Giang");
    c.level = QStringLiteral("province");
    c.superiorBody = QStringLiteral("Tỉnh ủy An Giang");
    c.placeName = QStringLiteral("An Giang");
    m_province = roster.addCommittee(c);
    c.name = QStringLiteral("Ban Chỉ đạo 35 huyện Tri Tôn");
    c.level = QStringLiteral("district");
    c.parentId = m_province;
    c.superiorBody = QStringLiteral("Huyện ủy Tri Tôn");
    c.placeName = QStringLiteral("Tri Tôn");
    m_district = roster.addCommittee(c);

    MeetingRepository meetings(*m_db);
    Meeting q1 = meeting(m_province, QDate(2024, 3, 20), QStringLiteral("Giao ban quý I/2024"));
    q1.tasks = { task(QStringLiteral("Tổng hợp ý kiến"), QStringLiteral("Tổ thư ký"),
                     QDate(2024, 12, 1), QStringLiteral("in_progress")),
        task(QStringLiteral("Rà soát đất đai"), QStringLiteral("Tổ thư ký"), QDate(2024, 4, 1)),
        task(QStringLiteral("Báo cáo quý"), QStringLiteral("Công an tỉnh"), QDate(2024, 4, 1),
            QStringLiteral("done")),
        task(QStringLiteral("Việc đã hủy"), QStringLiteral("Báo An Giang"), QDate(2024, 4, 1),
            QStringLiteral("cancelled")),
        task(QStringLiteral("Việc không hạn"), QStringLiteral("Tổ thư ký"), QDate()) };
    meetings.create(q1);
    Meeting d = meeting(m_district, QDate(2024, 4, 10), QStringLiteral("Giao ban huyện"));
    d.tasks = { task(QStringLiteral("Đối thoại nhân dân"), QStringLiteral("Ủy ban nhân dân huyện"),
        QDate(2024, 5, 1)) };
    meetings.create(d);
}

void TestTaskListDocument::cleanup()
{
    m_db.reset();
}

QString TestTaskListDocument::write(const TaskFilter &filter, const QString &name)
{
    const QString path = m_dir->filePath(name);
    TaskListDocument::Options o;
    o.filter = filter;
    o.issuedOn = QDate(2024, 6, 2);
    QString error;
    if (!TaskListDocument(*m_db).write(o, path, &error))
        qWarning() << "cannot write" << path << error;
    return path;
}

void TestTaskListDocument::openTasksGroupedByOwner()
{
    QFETCH(QString, backend);
    TaskFilter f;
    f.openOnly = true;
    f.today = QDate(2024, 6, 1);
    const QString text = test::pdfText(write(f, QStringLiteral("open.pdf")));
    for (const char *expected :
        { "TỈNH ỦY AN GIANG", "ĐẢNG CỘNG SẢN VIỆT NAM", "An Giang, ngày 02 tháng 6 năm 2024",
            "DANH SÁCH NHIỆM VỤ", "Các nhiệm vụ chưa hoàn thành (tính đến ngày 01/06/2024)",
            "Tổng số: 4 nhiệm vụ, trong đó 2 nhiệm vụ quá hạn.", "STT", "Nhiệm vụ", "Hội nghị giao",
            "Hạn", "Trạng thái", "Giao ban quý I/2024", "ngày 20/03/2024", "Đang thực hiện",
            "Chưa thực hiện" })
        QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
    // Owners in Vietnamese order (T before U), the earliest due first, no due date last.
    QVERIFY2(test::inOrder(text,
                 { QStringLiteral("Tổ thư ký (3 nhiệm vụ)"), QStringLiteral("Rà soát đất đai"),
                     QStringLiteral("Tổng hợp ý kiến"), QStringLiteral("Việc không hạn"),
                     QStringLiteral("Ủy ban nhân dân huyện (1 nhiệm vụ)"),
                     QStringLiteral("Đối thoại nhân dân") }),
        qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("Báo cáo quý")));
    QVERIFY(!text.contains(QStringLiteral("Việc đã hủy")));
    // Tasks of two committees: each says whose meeting gave it.
    QVERIFY(text.contains(QStringLiteral("Ban Chỉ đạo 35 huyện Tri Tôn")));
}

void TestTaskListDocument::overdueOnlyAndMarks()
{
    QFETCH(QString, backend);
    TaskFilter f;
    f.overdueOnly = true;
    f.today = QDate(2024, 6, 1);
    QString text = test::pdfText(write(f, QStringLiteral("overdue.pdf")));
    QVERIFY(text.contains(QStringLiteral("Các nhiệm vụ quá hạn (tính đến ngày 01/06/2024)")));
    QVERIFY(text.contains(QStringLiteral("Rà soát đất đai")));
    QVERIFY(text.contains(QStringLiteral("Đối thoại nhân dân")));
    QVERIFY(!text.contains(QStringLiteral("Tổng hợp ý kiến")));

    // Every task: only the two open ones past their due date are marked, not the done or
    // cancelled ones due on the same day. "quá hạn" once in the totals, twice in the table.
    TaskFilter all;
    all.today = QDate(2024, 6, 1);
    text = test::pdfText(write(all, QStringLiteral("all.pdf")));
    QVERIFY(text.contains(QStringLiteral("Tất cả nhiệm vụ")));
    QVERIFY(text.contains(QStringLiteral("Tổng số: 6 nhiệm vụ, trong đó 2 nhiệm vụ quá hạn.")));
    QCOMPARE(text.count(QStringLiteral("quá hạn")), 3);
    QVERIFY(text.contains(QStringLiteral("Đã hoàn thành")));
    QVERIFY(text.contains(QStringLiteral("Không thực hiện")));
}

void TestTaskListDocument::oneCommittee()
{
    QFETCH(QString, backend);
    TaskFilter f;
    f.committeeId = m_district;
    f.today = QDate(2024, 6, 1);
    const QString text = test::pdfText(write(f, QStringLiteral("district.pdf")));
    QVERIFY(text.contains(QStringLiteral("HUYỆN ỦY TRI TÔN")));
    QVERIFY(text.contains(QStringLiteral("Tri Tôn, ngày 02 tháng 6 năm 2024")));
    QVERIFY(text.contains(QStringLiteral("Đối thoại nhân dân")));
    QVERIFY(!text.contains(QStringLiteral("Rà soát đất đai")));
    // One committee: its name is in the header, not under every meeting.
    QVERIFY(!text.contains(QStringLiteral("Ban Chỉ đạo 35 huyện Tri Tôn")));
}

void TestTaskListDocument::ownerFilterAndEmptyList()
{
    QFETCH(QString, backend);
    TaskFilter f;
    f.owner = QStringLiteral("to thu ky");
    f.today = QDate(2024, 6, 1);
    QString text = test::pdfText(write(f, QStringLiteral("owner.pdf")));
    QVERIFY(text.contains(QStringLiteral("Người, đơn vị thực hiện: to thu ky")));
    QVERIFY(text.contains(QStringLiteral("Tổ thư ký (3 nhiệm vụ)")));
    QVERIFY(!text.contains(QStringLiteral("Đối thoại nhân dân")));

    f.owner = QStringLiteral("không ai");
    text = test::pdfText(write(f, QStringLiteral("none.pdf")));
    QVERIFY(text.contains(QStringLiteral("Không có nhiệm vụ nào.")));
    QVERIFY(!text.contains(QStringLiteral("Hội nghị giao")));
    QCOMPARE(TaskListDocument::filterTitle(TaskFilter()), QStringLiteral("Tất cả nhiệm vụ"));
    TaskFilter done;
    done.status = QStringLiteral("done");
    QCOMPARE(TaskListDocument::filterTitle(done), QStringLiteral("Các nhiệm vụ đã hoàn thành"));
}

void TestTaskListDocument::odtHoldsTheTasks()
{
    QFETCH(QString, backend);
    TaskFilter f;
    f.openOnly = true;
    f.today = QDate(2024, 6, 1);
    const QString odt = write(f, QStringLiteral("tasks.odt"));
    QCOMPARE(test::odtEntry(odt, QStringLiteral("mimetype")),
        QStringLiteral("application/vnd.oasis.opendocument.text"));
    const QString content = test::odtEntry(odt, QStringLiteral("content.xml"));
    for (const char *expected : { "DANH SÁCH NHIỆM VỤ", "Rà soát đất đai", "Đối thoại nhân dân",
             "Tổ thư ký (3 nhiệm vụ)", "quá hạn", "Giao ban quý I/2024" })
        QVERIFY2(content.contains(QString::fromUtf8(expected)), expected);
    QVERIFY(!content.contains(QStringLiteral("Báo cáo quý")));
}

QTEST_MAIN(TestTaskListDocument)
#include "tst_tasklistdocument.moc"
