// The organisation over time: committees formed and dissolved (into a successor), the tree
// as of a date, locality merges (and merges of merges), moves, roll-up at any date, the
// rules that refuse a change, and the inverses the GUI's undo uses.

#include <common/statsfixture.h>
#include <common/testdb.h>
#include <core/db/exchange.h>
#include <core/opinions/opinionimport.h>
#include <core/reports/stats.h>
#include <core/roster/organisation.h>
#include <core/roster/rosterrepository.h>

#include <QTest>

using namespace thuky;

class TestOrganisation : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup() { m_db.reset(); }
    void committeeTreeAsOf_data() { test::addBackendRows(); }
    void committeeTreeAsOf();
    void dissolveEndsMembershipsAndUndoes_data() { test::addBackendRows(); }
    void dissolveEndsMembershipsAndUndoes();
    void dissolveIntoSuccessor_data() { test::addBackendRows(); }
    void dissolveIntoSuccessor();
    void dissolutionRules_data() { test::addBackendRows(); }
    void dissolutionRules();
    void mergesOfMerges_data() { test::addBackendRows(); }
    void mergesOfMerges();
    void mergeRules_data() { test::addBackendRows(); }
    void mergeRules();
    void moveUnderTheProvince_data() { test::addBackendRows(); }
    void moveUnderTheProvince();
    void rollUpAtAnyDate_data() { test::addBackendRows(); }
    void rollUpAtAnyDate();
    void importTakesTheUnitOfTheReportsDate();
    void exchangeCarriesMergesAndSuccessors();

private:
    Committee committee(
        const QString &name, const QString &level, qint64 parent, const QDate &from = {}) const;
    qint64 appoint(qint64 committeeId, const QString &name, Role role, const QDate &start);
    int count(const QString &sql, const QVariantList &values = {});
    /** Reports per locality name in @p rows. */
    static QHash<QString, int> byName(const QList<StatsCount> &rows);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestOrganisation::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString backend = QStringLiteral("sqlite");
    if (QTest::currentDataTag() && QByteArray(QTest::currentDataTag()) == "postgresql")
        backend = QStringLiteral("postgresql");
    m_db = test::openFresh(backend, *m_dir);
}

Committee TestOrganisation::committee(
    const QString &name, const QString &level, qint64 parent, const QDate &from) const
{
    Committee c;
    c.name = name;
    c.level = level;
    c.parentId = parent;
    c.validFrom = from;
    return c;
}

qint64 TestOrganisation::appoint(
    qint64 committeeId, const QString &name, Role role, const QDate &start)
{
    RosterRepository roster(*m_db);
    Person p;
    p.fullName = name;
    Membership m;
    m.personId = roster.addPerson(p);
    m.committeeId = committeeId;
    m.role = role;
    m.start = start;
    m.decision = QStringLiteral("Quyết định số 12-QĐ/TU");
    return roster.appoint(m);
}

int TestOrganisation::count(const QString &sql, const QVariantList &values)
{
    return m_db->scalar(sql, values).toInt();
}

QHash<QString, int> TestOrganisation::byName(const QList<StatsCount> &rows)
{
    QHash<QString, int> out;
    for (const StatsCount &r : rows)
        out[r.key] += r.count;
    return out;
}

void TestOrganisation::committeeTreeAsOf()
{
    Organisation org(*m_db);
    const qint64 province = org.addCommittee(
        committee(QStringLiteral("Ban Chỉ đạo 35 tỉnh An Giang"), QStringLiteral("province"), 0));
    const qint64 district
        = org.addCommittee(committee(QStringLiteral("Ban Chỉ đạo 35 huyện Tri Tôn"),
            QStringLiteral("district"), province, QDate(2021, 1, 15)));
    org.dissolveCommittee(district, QDate(2025, 6, 30));
    const qint64 commune = org.addCommittee(committee(QStringLiteral("Ban Chỉ đạo 35 xã Tri Tôn"),
        QStringLiteral("commune"), province, QDate(2025, 7, 1)));

    auto names = [](const QList<Committee> &list) {
        QStringList out;
        for (const Committee &c : list)
            out << QStringLiteral("%1:%2").arg(c.depth).arg(c.name);
        return out;
    };
    QCOMPARE(names(org.committees(QDate(2024, 1, 1))),
        QStringList({ QStringLiteral("0:Ban Chỉ đạo 35 tỉnh An Giang"),
            QStringLiteral("1:Ban Chỉ đạo 35 huyện Tri Tôn") }));
    QCOMPARE(names(org.committees(QDate(2025, 6, 30))).size(), 2); // its last day
    QCOMPARE(names(org.committees(QDate(2025, 7, 1))),
        QStringList({ QStringLiteral("0:Ban Chỉ đạo 35 tỉnh An Giang"),
            QStringLiteral("1:Ban Chỉ đạo 35 xã Tri Tôn") }));
    QCOMPARE(names(org.committees(QDate(2020, 1, 1))),
        QStringList({ QStringLiteral("0:Ban Chỉ đạo 35 tỉnh An Giang") }));
    QCOMPARE(org.committees().size(), 3); // history included
    // A name given twice over time: the one in office on the date asked.
    QCOMPARE(org.findCommittee(QStringLiteral("ban chi dao 35 xa tri ton"))->id, commune);
    QCOMPARE(org.findCommittee(QString::number(district))->id, district);
    // Two committees of one name at the same time are refused.
    QVERIFY_THROWS_EXCEPTION(ValidationError,
        org.addCommittee(committee(QStringLiteral("Ban Chỉ đạo 35 xã Tri Tôn"),
            QStringLiteral("commune"), province, QDate(2025, 8, 1))));
    QVERIFY_THROWS_EXCEPTION(ValidationError,
        org.addCommittee(committee(QStringLiteral("X"), QStringLiteral("ward"), province)));
    org.renameCommittee(commune, QStringLiteral("Ban Chỉ đạo 35 xã Tri Tôn mới"),
        RosterRepository(*m_db).committee(commune)->rowVersion);
    QCOMPARE(RosterRepository(*m_db).committee(commune)->name,
        QStringLiteral("Ban Chỉ đạo 35 xã Tri Tôn mới"));
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'committee'"))
        >= 5); // three added, one dissolved, one renamed
}

void TestOrganisation::dissolveEndsMembershipsAndUndoes()
{
    Organisation org(*m_db);
    const qint64 c = org.addCommittee(committee(QStringLiteral("Ban Chỉ đạo 35 huyện Chợ Mới"),
        QStringLiteral("district"), 0, QDate(2021, 1, 15)));
    appoint(c, QStringLiteral("Lê Văn Hùng"), Role::Head, QDate(2021, 1, 15));
    appoint(c, QStringLiteral("Trần Thị Lan"), Role::Member, QDate(2022, 3, 1));
    const Dissolution d = org.dissolveCommittee(c, QDate(2025, 6, 30));
    QCOMPARE(d.endedMemberships.size(), 2);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM memberships WHERE end_date = "
                                  "'2025-06-30'")),
        2);
    QCOMPARE(RosterRepository(*m_db).members(c, QDate(2025, 7, 1)).size(), 0);
    QCOMPARE(RosterRepository(*m_db).members(c, QDate(2025, 6, 30)).size(), 2);
    org.undoDissolution(d);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM memberships WHERE end_date IS NULL")), 2);
    QVERIFY(!RosterRepository(*m_db).committee(c)->validTo.isValid());
}

void TestOrganisation::dissolveIntoSuccessor()
{
    Organisation org(*m_db);
    const qint64 a = org.addCommittee(committee(QStringLiteral("Ban Chỉ đạo 35 huyện Thoại Sơn"),
        QStringLiteral("district"), 0, QDate(2021, 1, 15)));
    const qint64 b = org.addCommittee(committee(QStringLiteral("Ban Chỉ đạo 35 xã Óc Eo"),
        QStringLiteral("commune"), 0, QDate(2025, 7, 1)));
    appoint(a, QStringLiteral("Võ Minh Tuấn"), Role::Deputy, QDate(2021, 1, 15));
    appoint(a, QStringLiteral("Phan Thị Hà"), Role::Head, QDate(2021, 1, 15));
    // The successor already has a head: taking a second one is refused, nothing changes.
    const qint64 head = appoint(b, QStringLiteral("Đỗ Văn Long"), Role::Head, QDate(2025, 7, 1));
    QVERIFY_THROWS_EXCEPTION(ValidationError, org.dissolveCommittee(a, QDate(2025, 6, 30), b));
    QCOMPARE(
        count(QStringLiteral("SELECT COUNT(*) FROM memberships WHERE committee_id = ?"), { b }), 1);
    QVERIFY(!RosterRepository(*m_db).committee(a)->validTo.isValid());
    RosterRepository(*m_db).removeMembership(head, 1);

    const Dissolution d = org.dissolveCommittee(a, QDate(2025, 6, 30), b);
    QCOMPARE(d.transferredMemberships.size(), 2);
    const QList<Membership> now = RosterRepository(*m_db).members(b, QDate(2025, 7, 1));
    QCOMPARE(now.size(), 2);
    for (const Membership &m : now)
        QCOMPARE(m.start, QDate(2025, 7, 1));
    QCOMPARE(RosterRepository(*m_db).committee(a)->successorId, b);
    org.undoDissolution(d);
    QCOMPARE(
        count(QStringLiteral("SELECT COUNT(*) FROM memberships WHERE committee_id = ?"), { b }), 0);
    QCOMPARE(RosterRepository(*m_db).committee(a)->successorId, 0);
}

void TestOrganisation::dissolutionRules()
{
    Organisation org(*m_db);
    const qint64 p = org.addCommittee(committee(
        QStringLiteral("Ban Chỉ đạo 35 tỉnh"), QStringLiteral("province"), 0, QDate(2021, 1, 1)));
    const qint64 d = org.addCommittee(committee(
        QStringLiteral("Ban Chỉ đạo 35 huyện"), QStringLiteral("district"), p, QDate(2021, 1, 1)));
    // Before it was formed; into itself; with a sub-committee still in office.
    QVERIFY_THROWS_EXCEPTION(ValidationError, org.dissolveCommittee(d, QDate(2020, 12, 31)));
    QVERIFY_THROWS_EXCEPTION(ValidationError, org.dissolveCommittee(d, QDate(2025, 6, 30), d));
    QVERIFY_THROWS_EXCEPTION(ValidationError, org.dissolveCommittee(p, QDate(2025, 6, 30)));
    org.dissolveCommittee(d, QDate(2025, 6, 30));
    QVERIFY_THROWS_EXCEPTION(ValidationError, org.dissolveCommittee(d, QDate(2025, 7, 30)));
    // A committee under a dissolved one cannot be formed after it ended.
    QVERIFY_THROWS_EXCEPTION(ValidationError,
        org.addCommittee(
            committee(QStringLiteral("Ban con"), QStringLiteral("commune"), d, QDate(2025, 8, 1))));
    // Its inverse: refused once the committee is used.
    appoint(p, QStringLiteral("Nguyễn Văn An"), Role::Member, QDate(2021, 2, 1));
    QVERIFY_THROWS_EXCEPTION(
        ValidationError, org.removeCommittee(RosterRepository(*m_db).committee(p)->uuid));
}

void TestOrganisation::mergesOfMerges()
{
    Organisation org(*m_db);
    const qint64 province = org.addLocality(QStringLiteral("An Giang"), 0, {});
    const qint64 district = org.addLocality(QStringLiteral("Long Xuyên"), province, {});
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT level FROM localities WHERE id = ?"), { district })
                 .toString(),
        QStringLiteral("district"));
    const qint64 a = org.addLocality(QStringLiteral("Mỹ Bình"), district, {});
    const qint64 b = org.addLocality(QStringLiteral("Mỹ Long"), district, {});
    const qint64 c = org.addLocality(QStringLiteral("Mỹ Hòa"), district, {});
    // a and b into a new ward in 2023; that ward and c into another in the 2025 reform, when
    // the district is gone: the new unit goes straight under the province.
    const LocalityMerge first
        = org.mergeLocalitiesIntoNew({ a, b }, QStringLiteral("Phường Mỹ Bình"), QDate(2023, 1, 1));
    QVERIFY(first.targetCreated);
    const qint64 ward = org.findLocality(QStringLiteral("Phường Mỹ Bình"))->id;
    m_db->exec(
        QStringLiteral("UPDATE localities SET valid_to = '2025-06-30' WHERE id = ?"), { district });
    const LocalityMerge second = org.mergeLocalitiesIntoNew(
        { ward, c }, QStringLiteral("Phường Long Xuyên"), QDate(2025, 7, 1));
    const Locality lx = *org.findLocality(QStringLiteral("Phường Long Xuyên"));
    QCOMPARE(lx.parentId, province);
    QCOMPARE(lx.validFrom, QDate(2025, 7, 1));
    QCOMPARE(org.unitOn(a, QDate(2022, 12, 31)), a);
    QCOMPARE(org.unitOn(a, QDate(2023, 1, 1)), ward);
    QCOMPARE(org.unitOn(a, QDate(2025, 7, 1)), lx.id);
    QCOMPARE(org.unitOn(a, {}), lx.id);
    QCOMPARE(org.unitOn(c, QDate(2024, 1, 1)), c);
    // The old units ended the day before; the tree as of each date.
    const Locality oldA = *org.findLocality(QString::number(a));
    QCOMPARE(oldA.validTo, QDate(2022, 12, 31));
    QCOMPARE(oldA.mergedOn, QDate(2023, 1, 1));
    auto names = [](const QList<Locality> &list) {
        QStringList out;
        for (const Locality &l : list)
            out << l.name;
        return out;
    };
    QCOMPARE(names(org.localities(QDate(2022, 6, 1))),
        QStringList({ QStringLiteral("An Giang"), QStringLiteral("Long Xuyên"),
            QStringLiteral("Mỹ Bình"), QStringLiteral("Mỹ Hòa"), QStringLiteral("Mỹ Long") }));
    QCOMPARE(names(org.localities(QDate(2025, 7, 1))),
        QStringList({ QStringLiteral("An Giang"), QStringLiteral("Phường Long Xuyên") }));
    // History: what the ward was merged from, and into.
    const QList<LocalityEvent> h = org.history(ward);
    QCOMPARE(h.size(), 4);
    QCOMPARE(h.at(0).kind, LocalityEvent::Formed);
    QCOMPARE(h.at(1).kind, LocalityEvent::MergedFrom);
    QCOMPARE(h.at(3).kind, LocalityEvent::MergedInto);
    QCOMPARE(h.at(3).otherName, QStringLiteral("Phường Long Xuyên"));
    // Undo, newest first, leaves the tree as it was.
    org.undoMerge(second);
    org.undoMerge(first);
    QVERIFY(!org.findLocality(QStringLiteral("Phường Mỹ Bình")));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM localities WHERE merged_into_id IS NOT "
                                  "NULL OR valid_to IS NOT NULL")),
        1); // the district's end, set by hand above
}

void TestOrganisation::mergeRules()
{
    Organisation org(*m_db);
    const qint64 province = org.addLocality(QStringLiteral("An Giang"), 0, {});
    const qint64 district = org.addLocality(QStringLiteral("Tri Tôn"), province, {});
    const qint64 a = org.addLocality(QStringLiteral("Ba Chúc"), district, {});
    const qint64 b = org.addLocality(QStringLiteral("Lê Trì"), district, {});
    const qint64 c = org.addLocality(QStringLiteral("Ô Lâm"), district, {});
    const QDate on(2025, 7, 1);
    const QList<QPair<QList<qint64>, qint64>> refused = {
        { { a }, a }, // into itself
        { { a, a }, b }, // named twice
        { { district }, c }, // still has units under it; and the target lies inside it
        { {}, b }, // nothing to merge
    };
    for (const auto &r : refused)
        QVERIFY_THROWS_EXCEPTION(ValidationError, org.mergeLocalities(r.first, r.second, on));
    QVERIFY_THROWS_EXCEPTION(ValidationError, org.mergeLocalities({ a }, b, QDate()));
    org.mergeLocalities({ a }, b, on);
    // Merged twice (overlapping dates) and into a unit that no longer exists.
    QVERIFY_THROWS_EXCEPTION(ValidationError, org.mergeLocalities({ a }, c, QDate(2026, 1, 1)));
    QVERIFY_THROWS_EXCEPTION(ValidationError, org.mergeLocalities({ c }, a, QDate(2026, 1, 1)));
    // A commune has no units under it.
    QVERIFY_THROWS_EXCEPTION(ValidationError, org.addLocality(QStringLiteral("Ấp 1"), c, {}));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM localities WHERE merged_into_id IS NOT "
                                  "NULL")),
        1);
}

void TestOrganisation::moveUnderTheProvince()
{
    Organisation org(*m_db);
    const qint64 province = org.addLocality(QStringLiteral("An Giang"), 0, {});
    const qint64 district = org.addLocality(QStringLiteral("Châu Thành"), province, {});
    const qint64 commune = org.addLocality(QStringLiteral("An Châu"), district, {});
    const LocalityMerge move = org.moveLocality(commune, province, QDate(2025, 7, 1));
    const Locality moved = *org.findLocality(QStringLiteral("An Châu"), QDate(2025, 7, 1));
    QVERIFY(moved.id != commune);
    QCOMPARE(moved.parentId, province);
    QCOMPARE(moved.level, QStringLiteral("commune"));
    QCOMPARE(org.findLocality(QStringLiteral("An Châu"), QDate(2025, 6, 30))->id, commune);
    QCOMPARE(org.unitOn(commune, {}), moved.id);
    // Moving it under itself or where it already is is refused.
    QVERIFY_THROWS_EXCEPTION(
        ValidationError, org.moveLocality(moved.id, province, QDate(2025, 8, 1)));
    // The district ends once nothing under it is left; not before.
    const qint64 other = org.addLocality(QStringLiteral("Cần Đăng"), district, {});
    QVERIFY_THROWS_EXCEPTION(ValidationError, org.endLocality(district, QDate(2025, 7, 1)));
    const LocalityMerge otherMove = org.moveLocality(other, province, QDate(2025, 7, 1));
    const LocalityMerge end = org.endLocality(district, QDate(2025, 7, 1));
    QCOMPARE(org.findLocality(QString::number(district))->validTo, QDate(2025, 6, 30));
    QVERIFY(!org.findLocality(QString::number(district))->mergedIntoId);
    QCOMPARE(org.history(district).last().kind, LocalityEvent::Ended);
    QCOMPARE(org.localities(QDate(2025, 7, 1)).size(), 3); // the province and two communes
    org.undoMerge(end);
    org.undoMerge(otherMove);
    org.undoMerge(move);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM localities")), 4);
    QVERIFY(!org.findLocality(QString::number(commune))->validTo.isValid());
}

void TestOrganisation::rollUpAtAnyDate()
{
    test::StatsFixture fx;
    fx.fill(*m_db, 400);
    Organisation org(*m_db);
    // Mỹ Bình (commune 0) and Vĩnh Mỹ (commune 1) into a new ward in 2024; that ward and
    // Long Sơn (commune 2) into another in 2025.
    const qint64 c0 = fx.communes.at(0), c1 = fx.communes.at(1), c2 = fx.communes.at(2);
    org.mergeLocalitiesIntoNew({ c0, c1 }, QStringLiteral("Phường Mới"), QDate(2024, 1, 1));
    const qint64 ward = org.findLocality(QStringLiteral("Phường Mới"))->id;
    org.mergeLocalitiesIntoNew({ ward, c2 }, QStringLiteral("Xã Hợp Nhất"), QDate(2025, 7, 1));

    QHash<QString, int> expected;
    for (const test::FixtureReport &r : fx.reports)
        expected[r.locality] += 1;
    OpinionStats stats(*m_db);
    StatsFilter plain;
    QCOMPARE(byName(stats.countByQuarter(StatsDimension::Locality, plain)), expected);

    StatsFilter today;
    today.rollUpMerged = true;
    const QHash<QString, int> rolled
        = byName(stats.countByQuarter(StatsDimension::Locality, today));
    QCOMPARE(rolled.value(QStringLiteral("Xã Hợp Nhất")),
        expected.value(fx.localityNames.value(c0)) + expected.value(fx.localityNames.value(c1))
            + expected.value(fx.localityNames.value(c2)));
    QVERIFY(!rolled.contains(fx.localityNames.value(c0)));
    QVERIFY(!rolled.contains(QStringLiteral("Phường Mới")));

    StatsFilter mid = today;
    mid.rollUpOn = QDate(2024, 6, 30);
    const QHash<QString, int> midRolled
        = byName(stats.countByQuarter(StatsDimension::Locality, mid));
    QCOMPARE(midRolled.value(QStringLiteral("Phường Mới")),
        expected.value(fx.localityNames.value(c0)) + expected.value(fx.localityNames.value(c1)));
    QCOMPARE(
        midRolled.value(fx.localityNames.value(c2)), expected.value(fx.localityNames.value(c2)));
    // The total never changes; a rolled-up key names today's unit, whose reports are those of
    // every unit merged into it (what a click on its bar opens).
    int sum = 0;
    QList<qint64> ids;
    for (const StatsCount &r : stats.countByQuarter(StatsDimension::Locality, today)) {
        sum += r.count;
        if (r.key == QStringLiteral("Xã Hợp Nhất"))
            ids += r.ids;
    }
    QCOMPARE(sum, int(fx.reports.size()));
    const qint64 target = org.findLocality(QStringLiteral("Xã Hợp Nhất"))->id;
    QVERIFY(!ids.isEmpty());
    for (const qint64 id : std::as_const(ids))
        QCOMPARE(id, target);
    StatsFilter held;
    held.localityId = target;
    QCOMPARE(stats.total(held), rolled.value(QStringLiteral("Xã Hợp Nhất")));
}

void TestOrganisation::importTakesTheUnitOfTheReportsDate()
{
    // A commune moved under the province exists twice under one name: a report goes to the
    // unit that existed on its date.
    Organisation org(*m_db);
    const qint64 province = org.addLocality(QStringLiteral("An Giang"), 0, {});
    const qint64 district = org.addLocality(QStringLiteral("Châu Thành"), province, {});
    const qint64 old = org.addLocality(QStringLiteral("Vĩnh Hanh"), district, {});
    org.moveLocality(old, province, QDate(2025, 7, 1));
    const qint64 moved = org.findLocality(QStringLiteral("Vĩnh Hanh"), QDate(2025, 7, 1))->id;
    OpinionImport::Options options;
    options.createMissing = true;
    OpinionImport import(*m_db, options);
    QVERIFY(import.analyse("date,locality,topic,summary\n"
                           "2025-06-30,Vĩnh Hanh,Đất đai,Trước ngày sáp nhập\n"
                           "2025-07-01,Vĩnh Hanh,Đất đai,Từ ngày sáp nhập\n"));
    QCOMPARE(import.write().imported, 2);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT locality_id FROM opinions WHERE observed_on = "
                                         "'2025-06-30'"))
                 .toLongLong(),
        old);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT locality_id FROM opinions WHERE observed_on = "
                                         "'2025-07-01'"))
                 .toLongLong(),
        moved);
}

void TestOrganisation::exchangeCarriesMergesAndSuccessors()
{
    // Merged into a unit made later (a higher id), dissolved into a committee formed later:
    // the file refers forward within a table, and the import must still take it.
    Organisation org(*m_db);
    const qint64 province = org.addLocality(QStringLiteral("An Giang"), 0, {});
    const qint64 a = org.addLocality(QStringLiteral("Núi Sập"), province, {});
    const qint64 b = org.addLocality(QStringLiteral("Phú Hòa"), province, {});
    org.mergeLocalitiesIntoNew({ a, b }, QStringLiteral("Thoại Sơn"), QDate(2025, 7, 1));
    const qint64 oldC = org.addCommittee(
        committee(QStringLiteral("Ban cũ"), QStringLiteral("district"), 0, QDate(2021, 1, 1)));
    const qint64 newC = org.addCommittee(
        committee(QStringLiteral("Ban mới"), QStringLiteral("commune"), 0, QDate(2025, 7, 1)));
    org.dissolveCommittee(oldC, QDate(2025, 6, 30), newC);
    const QString file = m_dir->filePath(QStringLiteral("district.thuky"));
    Exchange::exportTo(*m_db, file, QStringLiteral("mật khẩu trao đổi"));

    auto target = std::make_unique<Database>(m_dir->filePath(QStringLiteral("province.sqlite")));
    target->open();
    Exchange::apply(*target, Exchange::plan(*target, file, QStringLiteral("mật khẩu trao đổi")));
    Organisation there(*target);
    QCOMPARE(there.findLocality(QStringLiteral("Núi Sập"))->mergedIntoId,
        there.findLocality(QStringLiteral("Thoại Sơn"))->id);
    QCOMPARE(there.findCommittee(QStringLiteral("Ban cũ"))->successorId,
        there.findCommittee(QStringLiteral("Ban mới"))->id);
}

QTEST_GUILESS_MAIN(TestOrganisation)
#include "tst_organisation.moc"
