#pragma once

#include <core/reports/reportperiod.h>
#include <core/reports/stats.h>

#include <QDateTime>
#include <QList>
#include <QString>

namespace thuky {

class Database;

/** A meeting held in the period. */
struct PeriodMeeting
{
    qint64 id = 0;
    QDateTime startsAt;
    QString kind;
    QString title;
    QString place;
    QString status;
};

/** Tasks of the committee's meetings: those due in the period, and those assigned in it. */
struct PeriodTasks
{
    int due = 0; ///< due within the period
    int dueDone = 0; ///< of those, done
    int dueCancelled = 0;
    int dueOpen = 0; ///< open or in progress
    int overdue = 0; ///< due on or before the period's end, not done nor cancelled (as of the end)
    int assigned = 0; ///< assigned at the meetings held in the period
};

/** The figures of one periodic report, all from GROUP BY queries. */
struct PeriodReportData
{
    ReportPeriod period;
    ReportPeriod previousPeriod;
    qint64 committeeId = 0;
    QString committeeName;
    QString superiorBody;
    QString placeName;
    QString headName; ///< head of the committee at the period's end, for the signature
    /** The reports counted: the period's dates and the committee's locality (0: all). */
    StatsFilter scope;

    int total = 0;
    int previousTotal = 0;
    QList<ComparisonRow> byTopic;
    QList<ComparisonRow> byLocality;
    QList<ComparisonRow> bySentiment;
    ResponseSummary responses;
    ResponseSummary previousResponses;
    QList<StatsCount> byStatus;
    int hotCount = 0;
    QList<HotItem> hot;
    QList<PeriodMeeting> meetings;
    PeriodTasks tasks;

    /** The assessment (đánh giá) and direction (phương hướng), drafted, then edited. */
    QString assessment;
    QString direction;
};

/**
 * The weekly and quarterly reports of a committee: the figures (PeriodReportData) and a
 * draft of the assessment and direction from them. PeriodReportDocument lays them out in
 * the Party format.
 */
class PeriodReport
{
public:
    explicit PeriodReport(Database &db);

    /**
     * Gathers the figures of @p period for @p committeeId (0: the top-level committee).
     * A committee below the top level counts the reports of its locality only.
     * Throws ValidationError for an unknown committee.
     */
    /**
     * The figures of @p period for @p committeeId (0: the top committee); with @p rollUp the
     * localities count under today's units (merges followed).
     */
    PeriodReportData build(const ReportPeriod &period, qint64 committeeId = 0, bool rollUp = false);

    /** The assessment drafted from the figures: total and change, leading topics and localities,
     * hot issues. */
    static QString draftAssessment(const PeriodReportData &data);
    /** The direction drafted from the figures. */
    static QString draftDirection(const PeriodReportData &data);

    /** `tăng 12 phản ánh (15,0%)`, `giảm 3 phản ánh (-5,0%)`, `không thay đổi`. */
    static QString changeText(int current, int previous);

    /** A share as a Vietnamese percentage: `15,0%`. */
    static QString percentText(double share);
    /** Days with at most one decimal, Vietnamese style: `3`, `2,5`. */
    static QString daysText(double value);

private:
    /**
     * Fills the committee's names into @p d (@p committeeId, or the top-level committee
     * when 0) and returns the locality its reports are counted in: 0 (all) at the top.
     */
    qint64 loadCommittee(qint64 committeeId, PeriodReportData *d);
    /** The opinion figures of @p d.scope against @p previous. */
    void addOpinionFigures(const StatsFilter &previous, PeriodReportData *d);
    /** The head of @p committeeId on @p day; empty when none. */
    QString headName(qint64 committeeId, const QDate &day);
    QList<PeriodMeeting> meetings(qint64 committeeId, const ReportPeriod &period);
    PeriodTasks tasks(qint64 committeeId, const ReportPeriod &period);

    Database &m_db;
};

} // namespace thuky
