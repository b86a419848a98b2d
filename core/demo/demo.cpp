#include <core/demo/demo.h>

#include <core/db/database.h>
#include <core/db/namelock.h>
#include <core/roster/rosterrepository.h>

#include <QCoreApplication>

namespace thuky {

namespace {
const char *const families[] = { "Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Hoàng", "Phan", "Vũ",
    "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Đoàn", "Lâm", "Châu", "Tô",
    "Trương", "Mai", "Quách" };
const char *const middlesMale[] = { "Văn", "Hữu", "Minh", "Quốc", "Thành", "Đức", "Công", "Hoàng",
    "Tấn", "Trung", "Xuân", "Chí" };
const char *const middlesFemale[]
    = { "Thị", "Ngọc", "Thanh", "Kim", "Thu", "Mỹ", "Hồng", "Bích", "Diệu", "Phương" };
const char *const givenMale[] = { "An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hiếu", "Hòa",
    "Hùng", "Khang", "Khoa", "Long", "Minh", "Nam", "Phong", "Phúc", "Quân", "Quang", "Sơn",
    "Thắng", "Thịnh", "Trí", "Trung", "Tuấn", "Việt", "Vinh", "Ân", "Lộc", "Nghĩa", "Toàn" };
const char *const givenFemale[]
    = { "Anh", "Chi", "Giang", "Hà", "Hạnh", "Hương", "Lan", "Linh", "Mai", "Nga", "Ngân", "Nhung",
          "Phương", "Thảo", "Thu", "Trang", "Uyên", "Vân", "Xuân", "Yến", "Ánh", "Diễm" };

struct District
{
    const char *name;
    const char *kind; // huyện, thành phố, thị xã
    const char *communes[4];
    const char *communeKinds[4]; // phường, thị trấn, xã: how a report names the place
};

// clang-format off
const District districts[] = {
    { "Long Xuyên", "thành phố", { "Mỹ Bình", "Mỹ Long", "Bình Khánh", "Mỹ Hòa Hưng" },
      { "phường", "phường", "phường", "xã" } },
    { "Châu Đốc", "thành phố", { "Châu Phú A", "Núi Sam", "Vĩnh Mỹ", "Vĩnh Tế" },
      { "phường", "phường", "phường", "xã" } },
    { "Tân Châu", "thị xã", { "Long Thạnh", "Long Sơn", "Vĩnh Xương", "Phú Lộc" },
      { "phường", "phường", "xã", "xã" } },
    { "Châu Phú", "huyện", { "Cái Dầu", "Vĩnh Thạnh Trung", "Bình Mỹ", "Mỹ Đức" },
      { "thị trấn", "xã", "xã", "xã" } },
    { "Châu Thành", "huyện", { "An Châu", "Bình Hòa", "Cần Đăng", "Vĩnh Hanh" },
      { "thị trấn", "xã", "xã", "xã" } },
    { "Thoại Sơn", "huyện", { "Núi Sập", "Óc Eo", "Phú Hòa", "Vọng Thê" },
      { "thị trấn", "thị trấn", "thị trấn", "xã" } },
    { "Tri Tôn", "huyện", { "Tri Tôn", "Ba Chúc", "Lê Trì", "Ô Lâm" },
      { "thị trấn", "thị trấn", "xã", "xã" } },
    { "Tịnh Biên", "thị xã", { "Nhà Bàng", "Chi Lăng", "Nhơn Hưng", "An Phú" },
      { "phường", "phường", "phường", "phường" } },
    { "Chợ Mới", "huyện", { "Chợ Mới", "Mỹ Luông", "Long Điền A", "Kiến An" },
      { "thị trấn", "thị trấn", "xã", "xã" } },
};
// clang-format on

const char *const provinceTitles[] = {
    "Giám đốc Sở Thông tin và Truyền thông",
    "Tổng Biên tập Báo An Giang",
    "Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy",
    "Phó Giám đốc Sở Nội vụ",
    "Phó Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
    "Giám đốc Đài Phát thanh - Truyền hình An Giang",
    "Phó Trưởng ban Dân vận Tỉnh ủy",
    "Phó Giám đốc Sở Giáo dục và Đào tạo",
    "Bí thư Tỉnh Đoàn",
    "Phó Chánh Văn phòng Tỉnh ủy",
    "Hiệu trưởng Trường Chính trị Tôn Đức Thắng",
};
const char *const districtTitles[] = {
    "Chánh Văn phòng Huyện ủy",
    "Trưởng Công an huyện",
    "Chủ tịch Ủy ban Mặt trận Tổ quốc huyện",
    "Trưởng phòng Văn hóa - Thông tin",
    "Bí thư Huyện Đoàn",
    "Chủ nhiệm Ủy ban Kiểm tra Huyện ủy",
    "Trưởng ban Dân vận Huyện ủy",
    "Giám đốc Trung tâm Văn hóa, Thông tin và Thể thao",
};
const char *const communeTitles[] = {
    "Chánh Văn phòng Đảng ủy",
    "Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam xã",
    "Trưởng phòng Văn hóa - Xã hội",
    "Bí thư Đoàn Thanh niên",
    "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy",
    "Giám đốc Trung tâm Phục vụ hành chính công",
};
/** The province committee and the district committees were all set up on this day. */
QDate foundingDay()
{
    return QDate(2021, 1, 15);
}

struct Seat
{
    Role role;
    int count;
};

using Tier = DemoGenerator::Tier;

/** The seats of a committee, in the order they are filled. */
QList<Seat> seatsOf(Tier tier)
{
    const int t = int(tier); // province, district, commune
    const int deputies[] = { 3, 2, 2 }, members[] = { 10, 6, 5 }, secretariat[] = { 5, 3, 2 },
              experts[] = { 5, 3, 2 }, core[] = { 6, 4, 3 }, collaborators[] = { 12, 8, 6 };
    return {
        { Role::Head, 1 },
        { Role::StandingDeputy, 1 },
        { Role::Deputy, deputies[t] },
        { Role::Member, members[t] },
        { Role::SecretariatLead, 1 },
        { Role::Secretariat, secretariat[t] },
        { Role::Expert, experts[t] },
        { Role::Core, core[t] },
        { Role::Collaborator, collaborators[t] },
    };
}

/** The titles of the leading seats; @p i counts the seats of the role. */
QString leaderTitles(Role role, int i, Tier tier)
{
    switch (role) {
    case Role::Head:
        return tier == Tier::Province
            ? QStringLiteral("Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh")
            : tier == Tier::District ? QStringLiteral("Phó Bí thư Thường trực Huyện ủy")
                                     : QStringLiteral("Phó Bí thư Thường trực Đảng ủy");
    case Role::StandingDeputy:
        return tier == Tier::Province
            ? QStringLiteral("Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Tuyên giáo Tỉnh ủy")
            : tier == Tier::District
            ? QStringLiteral("Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Huyện ủy")
            : QStringLiteral("Ủy viên Ban Thường vụ, Trưởng ban Xây dựng Đảng Đảng ủy");
    default: // Role::Deputy
        if (i == 0)
            return tier == Tier::Province ? QStringLiteral("Phó Giám đốc Công an tỉnh")
                : tier == Tier::District  ? QStringLiteral("Trưởng Công an huyện")
                                          : QStringLiteral("Trưởng Công an xã");
        return tier == Tier::Province ? QStringLiteral("Phó Trưởng ban Tuyên giáo Tỉnh ủy")
            : tier == Tier::District ? QStringLiteral("Phó Chủ tịch Ủy ban nhân dân huyện")
                                     : QStringLiteral("Phó Chủ tịch Ủy ban nhân dân xã");
    }
}

/** The titles (and honorific) of whoever holds seat @p i of @p role; draws nothing. */
void describeSeat(Person &p, Role role, int i, Tier tier)
{
    switch (role) {
    case Role::Head:
    case Role::StandingDeputy:
    case Role::Deputy:
        p.titles = leaderTitles(role, i, tier);
        if (role == Role::Deputy && i == 0)
            p.honorific
                = tier == Tier::Commune ? QStringLiteral("Thiếu tá") : QStringLiteral("Đại tá");
        break;
    case Role::Member:
        p.titles = QString::fromUtf8(tier == Tier::Province
                ? provinceTitles[i % std::size(provinceTitles)]
                : tier == Tier::District ? districtTitles[i % std::size(districtTitles)]
                                         : communeTitles[i % std::size(communeTitles)]);
        break;
    case Role::SecretariatLead:
        p.titles = tier == Tier::Commune
            ? QStringLiteral("Phó Trưởng ban Xây dựng Đảng Đảng ủy")
            : QStringLiteral("Trưởng phòng Lý luận chính trị, Ban Tuyên giáo");
        break;
    case Role::Secretariat:
        p.titles = tier == Tier::Commune ? QStringLiteral("Chuyên viên Ban Xây dựng Đảng")
                                         : QStringLiteral("Chuyên viên Ban Tuyên giáo");
        break;
    case Role::Expert:
        p.titles
            = QStringLiteral("Giảng viên, chuyên gia lĩnh vực %1")
                  .arg(i % 2 ? QStringLiteral("truyền thông") : QStringLiteral("an ninh mạng"));
        break;
    case Role::Core:
        p.titles = QStringLiteral("Cán bộ, lực lượng nòng cốt");
        break;
    case Role::Collaborator:
        p.titles = QStringLiteral("Báo cáo viên, cộng tác viên dư luận xã hội");
        break;
    }
}

/**
 * The titles of a city's or town's committee say so ("Trưởng Công an thành phố", "Thị ủy"),
 * a ward's "phường"; @p committeeName tells which.
 */
QString placeTitles(QString titles, const QString &committeeName)
{
    struct Kind
    {
        const char *inName, *organ, *youth, *unit;
    };
    const Kind kinds[] = { { "35 thành phố ", "Thành ủy", "Thành Đoàn", "thành phố" },
        { "35 thị xã ", "Thị ủy", "Thị Đoàn", "thị xã" } };
    for (const Kind &k : kinds) {
        if (!committeeName.contains(QString::fromUtf8(k.inName)))
            continue;
        titles.replace(QStringLiteral("Huyện ủy"), QString::fromUtf8(k.organ));
        titles.replace(QStringLiteral("Huyện Đoàn"), QString::fromUtf8(k.youth));
        if (titles.endsWith(QStringLiteral(" huyện")))
            titles = titles.chopped(5) + QString::fromUtf8(k.unit);
    }
    if (committeeName.contains(QStringLiteral("35 phường "))
        && titles.endsWith(QStringLiteral(" xã")))
        titles = titles.chopped(2) + QStringLiteral("phường");
    return titles;
}

} // namespace

DemoGenerator::DemoGenerator(Database &db, quint32 seed)
    : m_db(db)
    , m_rng(seed)
{
}

QString DemoGenerator::inventName()
{
    for (;;) {
        const bool female = m_rng.bounded(2) == 0;
        const QString name
            = QStringLiteral("%1 %2 %3")
                  .arg(QString::fromUtf8(families[pick(std::size(families))]),
                      QString::fromUtf8(female ? middlesFemale[pick(std::size(middlesFemale))]
                                               : middlesMale[pick(std::size(middlesMale))]),
                      QString::fromUtf8(female ? givenFemale[pick(std::size(givenFemale))]
                                               : givenMale[pick(std::size(givenMale))]));
        if (!m_usedNames.contains(name)) {
            m_usedNames.append(name);
            return name;
        }
    }
}

void DemoGenerator::generate(int opinions)
{
    // Checked inside the write transaction: of two runs at once, the second finds the
    // first's records and writes nothing.
    Transaction tx(m_db);
    lockNames(m_db);
    if (RosterRepository(m_db).recordCount() > 0)
        throw ValidationError(QStringLiteral("database"),
            QCoreApplication::translate("thuky::DemoGenerator",
                "The database already holds records; "
                "the demo data set only fills an empty "
                "database."));
    generateRoster();
    generateOpinions(opinions);
    generateMeetings();
    tx.commit();
}

// The order of the calls below, and of the random draws inside them, is the data set: the
// same seed must give the same records (tests and the README's figures depend on it).
void DemoGenerator::generateRoster()
{
    RosterRepository roster(m_db);
    const qint64 topId = addProvince(roster);
    const qint64 provinceLoc = m_localities.first();
    staffCommittee(roster, topId, Tier::Province, 120, QStringLiteral("TU"), foundingDay());
    reorganiseProvince(roster, topId);
    int decisionNo = 30;
    for (int d = 0; d < int(std::size(districts)); ++d) {
        addDistrict(roster, d, provinceLoc, topId, decisionNo);
        decisionNo += 7;
    }
    // 2025: the provinces merge, the districts end, the committees are re-formed.
    addKienGiang();
    reformLocalities();
    reformCommittees(roster, topId);
}

qint64 DemoGenerator::addProvince(RosterRepository &roster)
{
    Locality province;
    province.name = QStringLiteral("An Giang");
    province.level = QStringLiteral("province");
    province.validFrom = QDate(1976, 1, 1);
    const qint64 provinceLoc = roster.addLocality(province);
    m_localities.append(provinceLoc);
    m_placePhrases.insert(provinceLoc, QStringLiteral("tỉnh An Giang"));

    Committee top;
    top.name = QStringLiteral("Ban Chỉ đạo 35 tỉnh An Giang");
    top.level = QStringLiteral("province");
    top.localityId = provinceLoc;
    top.superiorBody = QStringLiteral("Tỉnh ủy An Giang");
    top.placeName = QStringLiteral("An Giang");
    top.validFrom = foundingDay();
    const qint64 topId = roster.addCommittee(top);
    m_committees.append(topId);
    return topId;
}

void DemoGenerator::staffCommittee(RosterRepository &roster, qint64 committeeId, Tier tier,
    int decisionNo, const QString &suffix, const QDate &from)
{
    const QString decision = QStringLiteral("Quyết định số %1-QĐ/%2").arg(decisionNo).arg(suffix);
    const auto committee = roster.committee(committeeId);
    const QString place = committee ? committee->name : QString();
    for (const Seat &seat : seatsOf(tier)) {
        for (int i = 0; i < seat.count; ++i) {
            Person p;
            p.fullName = inventName();
            describeSeat(p, seat.role, i, tier);
            p.titles = placeTitles(p.titles, place);
            p.organisation
                = tier == Tier::Province ? QStringLiteral("Tỉnh ủy An Giang") : QString();
            p.phone = QStringLiteral("0296 38%1").arg(int(m_rng.bounded(10000, 99999)));
            const qint64 personId = roster.addPerson(p);
            Membership m;
            m.personId = personId;
            m.committeeId = committeeId;
            m.role = seat.role;
            m.start = from.addDays(pick(20));
            m.decision = decision;
            roster.appoint(m);
        }
    }
}

void DemoGenerator::replaceHolder(RosterRepository &roster, qint64 committeeId, Role role,
    const QDate &on, const QString &decision, const QString &titles)
{
    const QList<Membership> current = roster.holders(committeeId, role, on);
    if (current.isEmpty())
        return;
    Person p;
    p.fullName = inventName();
    p.titles = titles;
    const qint64 personId = roster.addPerson(p);
    roster.reorganise(current.first().id, current.first().rowVersion, personId, on, decision);
}

void DemoGenerator::reorganiseProvince(RosterRepository &roster, qint64 topId)
{
    // Kiện toàn: the province replaced its head in mid-2023 and a deputy in 2022.
    replaceHolder(roster, topId, Role::Head, QDate(2023, 6, 12),
        QStringLiteral("Quyết định số 1025-QĐ/TU"),
        QStringLiteral("Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh"));
    replaceHolder(roster, topId, Role::Deputy, QDate(2022, 3, 1),
        QStringLiteral("Quyết định số 640-QĐ/TU"),
        QStringLiteral("Phó Trưởng ban Tuyên giáo Tỉnh ủy"));
    replaceHolder(roster, topId, Role::Secretariat, QDate(2024, 2, 20),
        QStringLiteral("Quyết định số 1530-QĐ/TU"),
        QStringLiteral("Chuyên viên Ban Tuyên giáo Tỉnh ủy"));
    // One member retired without a successor.
    const QList<Membership> members = roster.holders(topId, Role::Member, QDate(2022, 12, 31));
    if (!members.isEmpty())
        roster.endMembership(members.last().id, QDate(2022, 12, 31), members.last().rowVersion);
}

void DemoGenerator::addDistrict(
    RosterRepository &roster, int index, qint64 provinceLoc, qint64 topId, int decisionNo)
{
    const District &d = districts[index];
    Locality loc;
    loc.name = QString::fromUtf8(d.name);
    loc.level = QStringLiteral("district");
    loc.parentId = provinceLoc;
    loc.validFrom = QDate(1976, 1, 1);
    const qint64 locId = roster.addLocality(loc);
    const QString kind = QString::fromUtf8(d.kind);
    m_localities.append(locId);
    m_districtLocalities.append(locId);
    m_placePhrases.insert(locId, kind + QLatin1Char(' ') + loc.name);
    QList<qint64> communes;
    for (int k = 0; k < int(std::size(d.communes)); ++k) {
        Locality c;
        c.name = QString::fromUtf8(d.communes[k]);
        c.level = QStringLiteral("commune");
        c.parentId = locId;
        c.validFrom = QDate(1976, 1, 1);
        communes.append(roster.addLocality(c));
        m_placePhrases.insert(
            communes.last(), QString::fromUtf8(d.communeKinds[k]) + QLatin1Char(' ') + c.name);
    }
    m_localities += communes;
    m_communeLocalities.append(communes);
    const QString organ = kind == QStringLiteral("thành phố") ? QStringLiteral("Thành ủy")
        : kind == QStringLiteral("thị xã")                    ? QStringLiteral("Thị ủy")
                                                              : QStringLiteral("Huyện ủy");
    Committee c;
    c.name = QStringLiteral("Ban Chỉ đạo 35 %1 %2").arg(kind, loc.name);
    c.level = QStringLiteral("district");
    c.parentId = topId;
    c.localityId = locId;
    c.superiorBody = QStringLiteral("%1 %2").arg(organ, loc.name);
    c.placeName = loc.name;
    c.validFrom = foundingDay();
    const qint64 cid = roster.addCommittee(c);
    m_committees.append(cid);
    m_districtCommittees.append(cid);
    const QString suffix = organ == QStringLiteral("Thành ủy") ? QStringLiteral("TU")
        : organ == QStringLiteral("Thị ủy")                    ? QStringLiteral("TXU")
                                                               : QStringLiteral("HU");
    staffCommittee(roster, cid, Tier::District, decisionNo, suffix, foundingDay());
    // The arguments draw in the compiler's order of evaluation; they stay one expression each,
    // as they always were, so that the data set does not change.
    if (pick(2) == 0)
        replaceHolder(roster, cid, Role::StandingDeputy,
            QDate(2022 + pick(2), 1 + pick(12), 1 + pick(27)),
            QStringLiteral("Quyết định số %1-QĐ/%2").arg(decisionNo + 200).arg(suffix),
            QStringLiteral("Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo %1").arg(organ));
    if (pick(3) == 0)
        replaceHolder(roster, cid, Role::Head, QDate(2024, 1 + pick(6), 1 + pick(27)),
            QStringLiteral("Quyết định số %1-QĐ/%2").arg(decisionNo + 400).arg(suffix),
            QStringLiteral("Phó Bí thư Thường trực %1").arg(organ));
}

} // namespace thuky
