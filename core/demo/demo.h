#pragma once

#include <core/db/roles.h>

#include <QDate>
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

/**
 * Fills an empty database with an invented but realistic data set covering 2021–2024:
 * place names are real, person names are made up. Deterministic for a given seed.
 */
class DemoGenerator
{
public:
    DemoGenerator(Database &db, quint32 seed);
    /** Throws ValidationError when the database already holds records. */
    void generate(int opinions);

    /** Committee ids created by the roster step, province first. */
    QList<qint64> committeeIds() const { return m_committees; }

private:
    // The roster step (demo.cpp): the province, its staff and changes, then the districts.
    void generateRoster();
    /** The province's locality and committee; returns the committee's id. */
    qint64 addProvince(RosterRepository &roster);
    /** Appoints invented people to every seat of a committee, on founding. */
    void staffCommittee(RosterRepository &roster, qint64 committeeId, bool provincial,
        int decisionNo, const QString &suffix);
    /** Kiện toàn: a new person takes over the first holder of @p role on @p on. */
    void replaceHolder(RosterRepository &roster, qint64 committeeId, Role role, const QDate &on,
        const QString &decision, const QString &titles);
    /** The province's changes of holders 2022–2024. */
    void reorganiseProvince(RosterRepository &roster, qint64 provinceCommitteeId);
    /** District number @p index: its localities, committee, staff and changes. */
    void addDistrict(RosterRepository &roster, int index, qint64 provinceLocalityId,
        qint64 provinceCommitteeId, int decisionNo);

    // The opinions step (demoopinions.cpp).
    struct OpinionVocabulary;
    /** Topics, agencies and @p count opinion reports 2021–2024. */
    void generateOpinions(int count);
    /** The observation days of @p count reports, in date order. */
    QList<qint64> drawReportDays(int count);
    OpinionReport drawReport(const OpinionVocabulary &words, const QDate &observedOn);
    /** Moves @p report along the workflow by its age and urgency. */
    void drawProgress(OpinionReport &report, const OpinionVocabulary &words, int top);
    QString drawUuid();

    // The meetings step (demomeetings.cpp).
    struct PlannedMeeting;
    /** Meetings 2021–2024 with attendance, speakers, conclusions, tasks. */
    void generateMeetings();
    /** Every committee's meetings 2021–2024, in date order. */
    QList<PlannedMeeting> planMeetings();
    /** A working day between @p dayFrom and @p dayTo of the month, at @p hour or half past. */
    QDateTime meetingTime(int year, int month, int dayFrom, int dayTo, int hour);
    void fillAttendance(Meeting &meeting, MeetingRepository &repo, const QList<Membership> &members,
        const QDate &date);
    void addGuests(Meeting &meeting, const PlannedMeeting &planned, bool province,
        const QStringList &bridgeNames);
    void addSpeeches(Meeting &meeting, bool province);
    void addConclusion(Meeting &meeting, bool province, const QDate &date);

    QString inventName();
    int pick(int n) { return int(m_rng.bounded(n)); }

    Database &m_db;
    QRandomGenerator m_rng;
    QList<qint64> m_committees;
    QList<qint64> m_localities;
    QStringList m_usedNames;
};

} // namespace thuky
