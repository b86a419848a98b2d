#pragma once

#include <core/db/roles.h>

#include <QDate>
#include <QHash>
#include <QList>
#include <QRandomGenerator>
#include <QString>

namespace thuky {

class Database;
class MeetingRepository;
class RosterRepository;
struct Meeting;
struct Membership;
struct OpinionReport;
struct Task;

/**
 * Fills an empty database with an invented but realistic data set covering 2021–2025, the
 * 2025 reform included: on 01/07/2025 the districts end, their communes are merged into new
 * wards and communes directly under the province (Kiên Giang's too), the district committees
 * are dissolved and commune committees formed. Place names are real, person names are made
 * up. Deterministic for a given seed.
 */
class DemoGenerator
{
public:
    DemoGenerator(Database &db, quint32 seed);
    /** Throws ValidationError when the database already holds records. */
    void generate(int opinions);

    /** Committee ids created by the roster step, province first. */
    QList<qint64> committeeIds() const { return m_committees; }

    /** The first day after the 2025 reform: 01/07/2025. */
    static QDate reformDay() { return QDate(2025, 7, 1); }
    /** The last day the demo covers: 31/12/2025. */
    static QDate lastDay() { return QDate(2025, 12, 31); }

    /** The level of a committee, for its seats and titles. */
    enum class Tier { Province, District, Commune };

private:
    // The roster step (demo.cpp): the province, its staff and changes, then the districts.
    void generateRoster();
    /** The province's locality and committee; returns the committee's id. */
    qint64 addProvince(RosterRepository &roster);
    /** Appoints invented people to every seat of a committee, from @p from on. */
    void staffCommittee(RosterRepository &roster, qint64 committeeId, Tier tier, int decisionNo,
        const QString &suffix, const QDate &from);
    /** Kiện toàn: a new person takes over the first holder of @p role on @p on. */
    void replaceHolder(RosterRepository &roster, qint64 committeeId, Role role, const QDate &on,
        const QString &decision, const QString &titles);
    /** The province's changes of holders 2022–2024. */
    void reorganiseProvince(RosterRepository &roster, qint64 provinceCommitteeId);
    /** District number @p index: its localities, committee, staff and changes. */
    void addDistrict(RosterRepository &roster, int index, qint64 provinceLocalityId,
        qint64 provinceCommitteeId, int decisionNo);

    // The 2025 reform (demoreform.cpp), done through Organisation as a user would.
    /** Kiên Giang, its cities and their wards (1976 – 30/06/2025). */
    void addKienGiang();
    /** Every district's and Kiên Giang's units merged or moved under An Giang on 01/07/2025. */
    void reformLocalities();
    /** The districts' committees dissolved, the commune committees formed and staffed. */
    void reformCommittees(RosterRepository &roster, qint64 provinceCommitteeId);
    /** The province committee after the merger of the provinces. */
    void reorganiseProvinceAfterMerger(RosterRepository &roster, qint64 provinceCommitteeId);

    // The opinions step (demoopinions.cpp).
    struct OpinionVocabulary;
    /** Topics, agencies and @p count opinion reports 2021–2025. */
    void generateOpinions(int count);
    /** The observation days of @p count reports, in date order. */
    QList<qint64> drawReportDays(int count);
    OpinionReport drawReport(const OpinionVocabulary &words, const QDate &observedOn);
    /** Moves @p report along the workflow by its age and urgency. */
    void drawProgress(OpinionReport &report, const OpinionVocabulary &words, int top);
    QString drawUuid();

    // The meetings step (demomeetings.cpp).
    struct PlannedMeeting;
    /** Meetings 2021–2025 with attendance, speakers, conclusions, tasks. */
    void generateMeetings();
    /** Every committee's meetings 2021–2025, in date order. */
    QList<PlannedMeeting> planMeetings();
    void planProvince(QList<PlannedMeeting> &plan, qint64 committeeId);
    /** A district's meetings until its dissolution; @p briefs: it meets quarterly. */
    void planDistrict(QList<PlannedMeeting> &plan, qint64 committeeId, bool briefs);
    /** A commune committee's meetings from its forming on 01/07/2025. */
    void planCommune(QList<PlannedMeeting> &plan, qint64 committeeId);
    /** A working day between @p dayFrom and @p dayTo of the month, at @p hour or half past. */
    QDateTime meetingTime(int year, int month, int dayFrom, int dayTo, int hour);
    void fillAttendance(Meeting &meeting, MeetingRepository &repo, const QList<Membership> &members,
        const QDate &date);
    void addGuests(Meeting &meeting, const PlannedMeeting &planned, bool province,
        const QStringList &bridgeNames);
    void addSpeeches(Meeting &meeting, bool province);
    void addConclusion(Meeting &meeting, Tier tier, const QDate &date);
    void drawTaskStatus(Task &task, const QDate &meetingDate);

    QString inventName();
    int pick(int n) { return int(m_rng.bounded(n)); }

    Database &m_db;
    QRandomGenerator m_rng;
    QList<qint64> m_committees;
    QList<qint64> m_localities;
    QList<qint64> m_districtLocalities; ///< in the order of the districts table
    QList<qint64> m_districtCommittees; ///< in the order of the districts table
    QList<QList<qint64>> m_communeLocalities; ///< [district] → its communes, in table order
    qint64 m_kienGiang = 0;
    QList<qint64> m_kienGiangDistricts;
    QList<QList<qint64>> m_kienGiangCommunes;
    QHash<QString, qint64> m_newUnits; ///< the units formed on 01/07/2025, by name
    QHash<qint64, QString> m_placePhrases; ///< how a report names a unit: "xã Núi Sam"
    QStringList m_usedNames;
};

} // namespace thuky
