// Search across everything (SPEC.md): people, committees, meetings, tasks and reports found
// diacritic-insensitively, best match first, on SQLite and PostgreSQL.

#include <common/testdb.h>
#include <core/meetings/meetingrepository.h>
#include <core/opinions/opinionfixture.h>
#include <core/opinions/opinionrepository.h>
#include <core/opinions/taxonomyrepository.h>
#include <core/roster/rosterrepository.h>
#include <core/search/globalsearch.h>

#include <QTest>

using namespace thuky;

class TestGlobalSearch : public QObject, public thuky::test::OpinionFixture
{
    Q_OBJECT
private slots:
    void init() { reset(); }
    void everyKindIsFound_data() { thuky::test::addBackendRows(); }
    void everyKindIsFound();
    void topicAndSummaryOutrankOneFieldTwice_data() { thuky::test::addBackendRows(); }
    void topicAndSummaryOutrankOneFieldTwice();
    void everyWordMustMatch_data() { thuky::test::addBackendRows(); }
    void everyWordMustMatch();
    void limitAndEmptyQuery_data() { thuky::test::addBackendRows(); }
    void limitAndEmptyQuery();

private:
    void addRecords();
    QStringList found(const QString &query, int limit = 50);
    qint64 m_person = 0, m_committee = 0, m_meeting = 0, m_task = 0, m_report = 0;
};

void TestGlobalSearch::addRecords()
{
    RosterRepository roster(*m_db);
    Person p;
    p.fullName = QStringLiteral("Nguyễn Thị Đào");
    p.organisation = QStringLiteral("Ban Tuyên giáo");
    m_person = roster.addPerson(p);
    Committee c;
    c.name = QStringLiteral("Ban Chỉ đạo 35 huyện Tri Tôn");
    c.level = QStringLiteral("district");
    c.validFrom = QDate(2021, 1, 15);
    m_committee = roster.addCommittee(c);
    Meeting m;
    m.committeeId = m_committee;
    m.kind = QStringLiteral("quarterly_briefing");
    m.title = QStringLiteral("Hội nghị giao ban Quý II/2024");
    m.start = QDateTime(QDate(2024, 7, 17), QTime(8, 0));
    m.place = QStringLiteral("Hội trường Huyện ủy");
    m.conclusion
        = QStringLiteral("<p>Tăng cường <b>nắm bắt</b> dư luận về giải phóng mặt bằng</p>");
    Task t;
    t.description = QStringLiteral("Tổng hợp ý kiến cử tri");
    t.owner = QStringLiteral("Tổ thư ký");
    t.due = QDate(2024, 10, 31);
    m.tasks = { t };
    m_meeting = MeetingRepository(*m_db).create(m);
    m_task = MeetingRepository(*m_db).meeting(m_meeting)->tasks.value(0).id;
    m_report = addReport(QDate(2024, 5, 2), m_commune, m_prices,
        QStringLiteral("Người dân lo ngại giá phân bón tăng"));
}

QStringList TestGlobalSearch::found(const QString &query, int limit)
{
    QStringList out;
    for (const SearchHit &h : GlobalSearch(*m_db).search(query, limit))
        out.append(SearchHit::kindCode(h.kind) + QLatin1Char(':') + QString::number(h.id));
    return out;
}

void TestGlobalSearch::everyKindIsFound()
{
    QFETCH(QString, backend);
    open(backend);
    addRecords();
    const QString person = QStringLiteral("person:%1").arg(m_person);
    // Any part of the name, without diacritics, đ as d, any case.
    const QString committee = QStringLiteral("committee:%1").arg(m_committee);
    QCOMPARE(found(QStringLiteral("thi dao")), QStringList { person });
    QCOMPARE(found(QStringLiteral("NGUYEN thi")), QStringList { person });
    // "Đào" and "Chỉ đạo" fold alike; equal matches list people before committees.
    QCOMPARE(found(QStringLiteral("Đào")), (QStringList { person, committee }));
    // Whole words before beginnings: "Tri Tôn" before "Tổng hợp … cử tri".
    QCOMPARE(found(QStringLiteral("tri ton")),
        (QStringList { committee, QStringLiteral("task:%1").arg(m_task) }));
    // Meetings by title, place and conclusion (its words, not its markup).
    const QString meeting = QStringLiteral("meeting:%1").arg(m_meeting);
    QCOMPARE(found(QStringLiteral("giao ban")), QStringList { meeting });
    QCOMPARE(found(QStringLiteral("hoi truong")), QStringList { meeting });
    QCOMPARE(found(QStringLiteral("nam bat mat bang")), QStringList { meeting });
    QVERIFY(found(QStringLiteral("span")).isEmpty());
    // Tasks by description and owner.
    const QString task = QStringLiteral("task:%1").arg(m_task);
    QCOMPARE(found(QStringLiteral("cu tri")), QStringList { task });
    QCOMPARE(found(QStringLiteral("to thu ky")), QStringList { task });
    // Reports by text and by topic ("Giá cả thị trường"), and the hit carries its date.
    const QString report = QStringLiteral("opinion:%1").arg(m_report);
    QCOMPARE(found(QStringLiteral("phan bon")), QStringList { report });
    QCOMPARE(found(QStringLiteral("thi truong")), QStringList { report });
    const QList<SearchHit> hits = GlobalSearch(*m_db).search(QStringLiteral("phan bon"));
    QCOMPARE(hits.value(0).date, QDate(2024, 5, 2));
    QCOMPARE(hits.value(0).title, QStringLiteral("Người dân lo ngại giá phân bón tăng"));
}

void TestGlobalSearch::topicAndSummaryOutrankOneFieldTwice()
{
    QFETCH(QString, backend);
    open(backend);
    // Newer, and the word twice in one field…
    const qint64 twice = addReport(QDate(2024, 6, 1), m_commune, m_economy,
        QStringLiteral("Đất ruộng bỏ hoang, đất vườn bị sạt lở"));
    // …older, but topic (Đất đai) and summary both match.
    const qint64 both
        = addReport(QDate(2024, 1, 5), m_commune, m_land, QStringLiteral("Chậm cấp sổ cho đất ở"));
    const qint64 neither
        = addReport(QDate(2024, 6, 2), m_commune, m_economy, QStringLiteral("Giá lúa giảm"));
    const QStringList hits = found(QStringLiteral("dat"));
    QCOMPARE(hits,
        (QStringList {
            QStringLiteral("opinion:%1").arg(both), QStringLiteral("opinion:%1").arg(twice) }));
    QVERIFY(!hits.contains(QStringLiteral("opinion:%1").arg(neither)));
}

void TestGlobalSearch::everyWordMustMatch()
{
    QFETCH(QString, backend);
    open(backend);
    addRecords();
    QVERIFY(found(QStringLiteral("dao giao")).isEmpty());
    // One word from the topic, one from the summary.
    QCOMPARE(found(QStringLiteral("thi truong phan bon")),
        QStringList { QStringLiteral("opinion:%1").arg(m_report) });
    // Whole words before beginnings: "thi truong" whole in the topic before "thịt" + "trường".
    const qint64 prefixOnly = addReport(QDate(2024, 9, 1), m_commune, m_economy,
        QStringLiteral("Giá thịt lợn ở chợ trường học tăng"));
    QCOMPARE(found(QStringLiteral("thi truong")),
        (QStringList { QStringLiteral("opinion:%1").arg(m_report),
            QStringLiteral("opinion:%1").arg(prefixOnly) }));
    // A word must begin a word: "ao" is inside "Đào", not at its start.
    QVERIFY(found(QStringLiteral("ao")).isEmpty());
}

void TestGlobalSearch::limitAndEmptyQuery()
{
    QFETCH(QString, backend);
    open(backend);
    for (int i = 0; i < 5; ++i)
        addReport(QDate(2024, 3, 1 + i), m_commune, m_economy,
            QStringLiteral("Sạt lở bờ sông đoạn %1").arg(i));
    QCOMPARE(found(QStringLiteral("sat lo")).size(), 5);
    QCOMPARE(found(QStringLiteral("sat lo"), 2).size(), 2);
    // Equal matches: the newest first.
    const QList<SearchHit> hits = GlobalSearch(*m_db).search(QStringLiteral("sat lo"));
    QCOMPARE(hits.first().date, QDate(2024, 3, 5));
    // At most so many of each kind: the committee is not crowded out by the reports.
    RosterRepository roster(*m_db);
    Committee c;
    c.name = QStringLiteral("Tổ công tác sạt lở");
    c.level = QStringLiteral("agency");
    const qint64 committee = roster.addCommittee(c);
    const QList<SearchHit> grouped = GlobalSearch(*m_db).search(QStringLiteral("sat lo"), 50, 2);
    QCOMPARE(grouped.size(), 3);
    QCOMPARE(std::count_if(grouped.begin(), grouped.end(),
                 [](const SearchHit &h) { return h.kind == SearchHit::Kind::Opinion; }),
        2);
    QVERIFY(std::any_of(
        grouped.begin(), grouped.end(), [&](const SearchHit &h) { return h.id == committee; }));
    QVERIFY(found(QStringLiteral("  -- ")).isEmpty());
}

QTEST_GUILESS_MAIN(TestGlobalSearch)
#include "tst_globalsearch.moc"
