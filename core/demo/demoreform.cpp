// The 2025 reform in the demo data set, made through Organisation as a secretariat would
// record it: An Giang and Kiên Giang merge into one An Giang, the district level ends on
// 30/06/2025, communes are merged into new wards and communes directly under the province
// from 01/07/2025, the district committees are dissolved and commune committees formed.

#include <core/demo/demo.h>

#include <core/db/database.h>
#include <core/roster/organisation.h>
#include <core/roster/rosterrepository.h>

namespace thuky {

namespace {

/** A unit formed on 01/07/2025 from communes of one old district (indexes into its list). */
struct NewUnit
{
    const char *name;
    int district;
    int communes[3]; ///< -1 ends the list
};

// The An Giang districts' communes (demo.cpp's table), merged as the reform did.
// clang-format off
const NewUnit anGiangUnits[] = {
    { "Phường Long Xuyên", 0, { 0, 1, -1 } },
    { "Phường Bình Đức", 0, { 2, -1, -1 } },
    { "Phường Châu Đốc", 1, { 0, 2, -1 } },
    { "Phường Vĩnh Tế", 1, { 1, 3, -1 } },
    { "Phường Tân Châu", 2, { 0, 1, -1 } },
    { "Xã Vĩnh Xương", 2, { 2, 3, -1 } },
    { "Xã Châu Phú", 3, { 0, 1, -1 } },
    { "Xã Bình Mỹ", 3, { 2, 3, -1 } },
    { "Xã An Châu", 4, { 0, 1, -1 } },
    { "Xã Vĩnh Hanh", 4, { 2, 3, -1 } },
    { "Xã Thoại Sơn", 5, { 0, 2, -1 } },
    { "Xã Óc Eo", 5, { 1, 3, -1 } },
    { "Xã Tri Tôn", 6, { 0, 3, -1 } },
    { "Xã Ba Chúc", 6, { 1, 2, -1 } },
    { "Phường Tịnh Biên", 7, { 0, 2, -1 } },
    { "Phường Chi Lăng", 7, { 1, 3, -1 } },
    { "Xã Chợ Mới", 8, { 0, 3, -1 } },
    { "Xã Long Điền", 8, { 1, 2, -1 } },
};
// clang-format on
/** Xã Mỹ Hòa Hưng (Long Xuyên's fourth commune) stays as it was, under the province. */
const int movedDistrict = 0, movedCommune = 3;

struct KienGiangCity
{
    const char *name;
    const char *wards[3];
};

const KienGiangCity kienGiangCities[] = {
    { "Rạch Giá", { "Vĩnh Thanh Vân", "Vĩnh Lạc", "Vĩnh Quang" } },
    { "Hà Tiên", { "Đông Hồ", "Bình San", "Tô Châu" } },
    { "Phú Quốc", { "Dương Đông", "An Thới", nullptr } },
};

const NewUnit kienGiangUnits[] = {
    { "Phường Rạch Giá", 0, { 0, 1, -1 } },
    { "Phường Vĩnh Thông", 0, { 2, -1, -1 } },
    { "Phường Hà Tiên", 1, { 0, 1, -1 } },
    { "Phường Tô Châu", 1, { 2, -1, -1 } },
    { "Đặc khu Phú Quốc", 2, { 0, 1, -1 } },
};

/** A commune committee formed on 01/07/2025; @p predecessor: the district committee whose
 * members continue in it (an index into the districts, -1 for a committee staffed anew). */
struct NewCommittee
{
    const char *unit;
    int predecessor;
    int decisionNo;
};

const NewCommittee newCommittees[] = {
    { "Phường Long Xuyên", 0, 12 },
    { "Phường Châu Đốc", 1, 9 },
    { "Xã Châu Phú", 3, 15 },
    { "Xã Tri Tôn", -1, 11 },
    { "Phường Rạch Giá", -1, 14 },
};

QDate lastOldDay()
{
    return DemoGenerator::reformDay().addDays(-1);
}

/** "Phường Long Xuyên" → "phường Long Xuyên", as a sentence names it. */
QString phraseOf(const QString &unitName)
{
    return unitName.left(1).toLower() + unitName.mid(1);
}

qint64 idOf(Database &db, const QString &localityUuid)
{
    return db.scalar(QStringLiteral("SELECT id FROM localities WHERE uuid = ?"), { localityUuid })
        .toLongLong();
}

} // namespace

void DemoGenerator::addKienGiang()
{
    Organisation org(m_db);
    const QDate since(1976, 1, 1);
    m_kienGiang
        = org.addLocality(QStringLiteral("Kiên Giang"), 0, since, QStringLiteral("province"));
    m_placePhrases.insert(m_kienGiang, QStringLiteral("tỉnh Kiên Giang"));
    for (const KienGiangCity &city : kienGiangCities) {
        const QString name = QString::fromUtf8(city.name);
        const qint64 cityId = org.addLocality(name, m_kienGiang, since, QStringLiteral("district"));
        m_kienGiangDistricts.append(cityId);
        m_placePhrases.insert(cityId, QStringLiteral("thành phố ") + name);
        QList<qint64> wards;
        for (const char *ward : city.wards) {
            if (!ward)
                continue;
            const QString wardName = QString::fromUtf8(ward);
            wards.append(org.addLocality(wardName, cityId, since, QStringLiteral("commune")));
            m_placePhrases.insert(wards.last(), QStringLiteral("phường ") + wardName);
        }
        m_kienGiangCommunes.append(wards);
    }
}

void DemoGenerator::reformLocalities()
{
    Organisation org(m_db);
    const QDate on = reformDay();
    const qint64 anGiang = m_localities.first();
    auto sourcesOf = [](const NewUnit &unit, const QList<QList<qint64>> &communes) {
        QList<qint64> sources;
        for (int k : unit.communes)
            if (k >= 0)
                sources.append(communes.at(unit.district).at(k));
        return sources;
    };
    auto record = [&](const QString &name, qint64 id) {
        m_newUnits.insert(name, id);
        m_placePhrases.insert(id, phraseOf(name));
    };
    // An Giang's communes merge into new units, which go directly under the province.
    for (const NewUnit &unit : anGiangUnits) {
        const QString name = QString::fromUtf8(unit.name);
        const LocalityMerge merge
            = org.mergeLocalitiesIntoNew(sourcesOf(unit, m_communeLocalities), name, on);
        record(name, idOf(m_db, merge.targetUuid));
    }
    // Xã Mỹ Hòa Hưng stays whole, placed directly under the province.
    const qint64 moved = m_communeLocalities.at(movedDistrict).at(movedCommune);
    const qint64 movedNow = idOf(m_db, org.moveLocality(moved, anGiang, on).targetUuid);
    m_placePhrases.insert(movedNow, m_placePhrases.value(moved));
    // Kiên Giang's wards merge into new units of An Giang, formed first.
    for (const NewUnit &unit : kienGiangUnits) {
        const QString name = QString::fromUtf8(unit.name);
        const qint64 id = org.addLocality(name, anGiang, on);
        org.mergeLocalities(sourcesOf(unit, m_kienGiangCommunes), id, on);
        record(name, id);
    }
    // The district level ends; Kiên Giang merges into An Giang, which keeps its name.
    for (qint64 district : m_districtLocalities + m_kienGiangDistricts)
        org.endLocality(district, on);
    org.mergeLocalities({ m_kienGiang }, anGiang, on);
}

void DemoGenerator::reformCommittees(RosterRepository &roster, qint64 topId)
{
    Organisation org(m_db);
    const QDate on = reformDay();
    // The commune committees are formed first, so that a district committee can be
    // dissolved into one: its members continue there from 01/07/2025.
    QList<qint64> formed;
    for (const NewCommittee &nc : newCommittees) {
        const QString unit = QString::fromUtf8(nc.unit);
        const QString phrase = phraseOf(unit);
        Committee c;
        c.name = QStringLiteral("Ban Chỉ đạo 35 ") + phrase;
        c.level = QStringLiteral("commune");
        c.parentId = topId;
        c.localityId = m_newUnits.value(unit);
        c.superiorBody = QStringLiteral("Đảng ủy ") + phrase;
        c.placeName = unit.section(QLatin1Char(' '), 1);
        c.validFrom = on;
        formed.append(org.addCommittee(c));
    }
    for (int d = 0; d < m_districtCommittees.size(); ++d) {
        qint64 successor = 0;
        for (int i = 0; i < int(std::size(newCommittees)); ++i)
            if (newCommittees[i].predecessor == d)
                successor = formed.at(i);
        org.dissolveCommittee(m_districtCommittees.at(d), lastOldDay(), successor);
    }
    for (int i = 0; i < int(std::size(newCommittees)); ++i) {
        const NewCommittee &nc = newCommittees[i];
        const QString decision = QStringLiteral("Quyết định số %1-QĐ/ĐU").arg(nc.decisionNo);
        if (nc.predecessor < 0) {
            staffCommittee(
                roster, formed.at(i), Tier::Commune, nc.decisionNo, QStringLiteral("ĐU"), on);
            continue;
        }
        // Kiện toàn: the new party committee names its own head and standing deputy.
        const QDate day = on.addDays(14 + pick(10));
        replaceHolder(roster, formed.at(i), Role::Head, day, decision,
            QStringLiteral("Phó Bí thư Thường trực Đảng ủy"));
        replaceHolder(roster, formed.at(i), Role::StandingDeputy, day, decision,
            QStringLiteral("Ủy viên Ban Thường vụ, Trưởng ban Xây dựng Đảng Đảng ủy"));
    }
    m_committees += formed;
    reorganiseProvinceAfterMerger(roster, topId);
}

void DemoGenerator::reorganiseProvinceAfterMerger(RosterRepository &roster, qint64 topId)
{
    // The merged province's party committee re-forms its steering committee: a new head and
    // standing deputy (the propaganda and mass mobilisation commissions merged in 2025), and
    // two new members.
    const QString decision = QStringLiteral("Quyết định số 38-QĐ/TU");
    const QDate on = reformDay().addDays(7);
    replaceHolder(
        roster, topId, Role::Head, on, decision, QStringLiteral("Phó Bí thư Thường trực Tỉnh ủy"));
    replaceHolder(roster, topId, Role::StandingDeputy, on, decision,
        QStringLiteral("Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy"));
    const char *const titles[] = { "Giám đốc Sở Văn hóa, Thể thao và Du lịch",
        "Phó Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy" };
    for (const char *t : titles) {
        Person p;
        p.fullName = inventName();
        p.titles = QString::fromUtf8(t);
        p.organisation = QStringLiteral("Tỉnh ủy An Giang");
        Membership m;
        m.personId = roster.addPerson(p);
        m.committeeId = topId;
        m.role = Role::Member;
        m.start = on;
        m.decision = decision;
        roster.appoint(m);
    }
}

} // namespace thuky
