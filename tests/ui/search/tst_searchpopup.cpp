// The search across everything (Ctrl+K) as a clerk uses it: typed without diacritics, hits
// grouped by kind, Up/Down and Enter from the text field, the record's kind and id emitted.

#include <common/testdb.h>
#include <core/meetings/meetingrepository.h>
#include <core/opinions/opinionrepository.h>
#include <core/opinions/taxonomyrepository.h>
#include <core/roster/rosterrepository.h>
#include <ui/search/searchpopup.h>

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace thuky;

class TestSearchPopup : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup() { m_db.reset(); }
    void groupsByKind();
    void keyboardOnly();
    void nothingFound();

private:
    QStringList groups(SearchPopup &popup) const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_person = 0, m_otherPerson = 0, m_committee = 0, m_report = 0;
};

void TestSearchPopup::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = thuky::test::openFresh(QStringLiteral("sqlite"), *m_dir);
    RosterRepository roster(*m_db);
    Person p;
    p.fullName = QStringLiteral("Lê Văn Đông");
    m_person = roster.addPerson(p);
    p.fullName = QStringLiteral("Đồng Thị Mai");
    m_otherPerson = roster.addPerson(p);
    Committee c;
    c.name = QStringLiteral("Ban Chỉ đạo 35 xã Đông Hòa");
    c.level = QStringLiteral("commune");
    m_committee = roster.addCommittee(c);
    Locality l;
    l.name = QStringLiteral("Đông Hòa");
    l.level = QStringLiteral("province");
    const qint64 locality = roster.addLocality(l);
    OpinionReport r;
    r.observedOn = QDate(2024, 7, 1);
    r.localityId = locality;
    r.topicId = TaxonomyRepository(*m_db).addTopic(QStringLiteral("Giao thông"));
    r.summary = QStringLiteral("Đường liên xã phía đông xuống cấp");
    r.sentiment = QStringLiteral("negative");
    r.channel = QStringLiteral("direct");
    m_report = OpinionRepository(*m_db).add(r);
}

QStringList TestSearchPopup::groups(SearchPopup &popup) const
{
    QStringList out;
    for (int i = 0; i < popup.resultTree()->topLevelItemCount(); ++i)
        out.append(popup.resultTree()->topLevelItem(i)->text(0));
    return out;
}

void TestSearchPopup::groupsByKind()
{
    SearchPopup popup(*m_db);
    popup.show();
    QVERIFY(QTest::qWaitForWindowExposed(&popup));
    QVERIFY(popup.queryEdit()->hasFocus());
    QTest::keyClicks(popup.queryEdit(), QStringLiteral("dong"));
    // Found shortly after typing stops, without pressing anything.
    QTRY_VERIFY(popup.resultTree()->topLevelItemCount() > 0);
    QCOMPARE(groups(popup),
        (QStringList { QStringLiteral("People (2)"), QStringLiteral("Committees (1)"),
            QStringLiteral("Reports (1)") }));
    // The first hit is chosen; its date shows as DD/MM/YYYY for a report.
    SearchHit hit;
    QVERIFY(popup.currentHit(&hit));
    QCOMPARE(hit.kind, SearchHit::Kind::Person);
    QTreeWidgetItem *report = popup.resultTree()->topLevelItem(2)->child(0);
    QCOMPARE(report->text(1), QStringLiteral("01/07/2024"));
    QVERIFY(report->text(0).startsWith(QStringLiteral("Đường liên xã phía đông xuống cấp")));
}

void TestSearchPopup::keyboardOnly()
{
    SearchPopup popup(*m_db);
    QSignalSpy opened(&popup, &SearchPopup::openHit);
    popup.show();
    QVERIFY(QTest::qWaitForWindowExposed(&popup));
    // Typed and chosen at once, before the pause: the search runs for what was typed.
    // Hits: the two people, the committee, the report; Down twice reaches the committee.
    QTest::keyClicks(popup.queryEdit(), QStringLiteral("DONG"));
    QTest::keyClick(popup.queryEdit(), Qt::Key_Down);
    QTest::keyClick(popup.queryEdit(), Qt::Key_Down);
    QTest::keyClick(popup.queryEdit(), Qt::Key_Return);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.at(0).at(0).value<SearchHit::Kind>(), SearchHit::Kind::Committee);
    QCOMPARE(opened.at(0).at(1).toLongLong(), m_committee);
    QVERIFY(!popup.isVisible());

    // Opened again, the last query is selected: typing replaces it.
    popup.show();
    QCOMPARE(popup.queryEdit()->selectedText(), QStringLiteral("DONG"));
    QTest::keyClicks(popup.queryEdit(), QStringLiteral("duong xuong cap"));
    QTest::keyClick(popup.queryEdit(), Qt::Key_Up); // already on the first: stays
    QTest::keyClick(popup.queryEdit(), Qt::Key_Enter);
    QCOMPARE(opened.size(), 2);
    QCOMPARE(opened.at(1).at(0).value<SearchHit::Kind>(), SearchHit::Kind::Opinion);
    QCOMPARE(opened.at(1).at(1).toLongLong(), m_report);

    // Escape closes without opening anything.
    popup.show();
    QTest::keyClick(popup.queryEdit(), Qt::Key_Escape);
    QVERIFY(!popup.isVisible());
    QCOMPARE(opened.size(), 2);
}

void TestSearchPopup::nothingFound()
{
    SearchPopup popup(*m_db);
    QSignalSpy opened(&popup, &SearchPopup::openHit);
    popup.show();
    QTest::keyClicks(popup.queryEdit(), QStringLiteral("xyzw"));
    QTest::keyClick(popup.queryEdit(), Qt::Key_Return);
    QCOMPARE(opened.size(), 0);
    QVERIFY(popup.isVisible());
    auto *status = popup.findChild<QLabel *>(QStringLiteral("searchStatus"));
    QVERIFY(status->text().contains(QStringLiteral("xyzw")));
}

QTEST_MAIN(TestSearchPopup)
#include "tst_searchpopup.moc"
