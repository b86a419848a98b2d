#pragma once

#include <core/reports/stats.h>

#include <QDate>
#include <QDateTime>
#include <QImage>
#include <QList>
#include <QString>

#include <optional>

namespace thuky {

class Database;
class PartyDocument;

/** The period a report covers: a quarter or an ISO week. */
struct ReportPeriod
{
    enum Kind { Quarter, Week };
    Kind kind = Quarter;
    QDate first;
    QDate last;

    /** `2024-Q2`; nothing when @p code is not a quarter. */
    static std::optional<ReportPeriod> quarter(const QString &code);
    /** ISO week `2024-W29` (also `2024W29`); nothing when @p code is not a week of that year. */
    static std::optional<ReportPeriod> isoWeek(const QString &code);
    /** The quarter or ISO week containing @p date. */
    static ReportPeriod containing(Kind kind, const QDate &date);

    /** The period just before this one, of the same kind. */
    ReportPeriod previous() const;
    /** `2024-Q2` or `2024-W29`. */
    QString code() const;
    /** `Quý II/2024` or `Tuần 29/2024`. */
    QString label() const;
    /** `quý II/2024` or `tuần 29/2024 (từ ngày 15/07/2024 đến ngày 21/07/2024)`. */
    QString longLabel() const;
    /** Statistics filter over the period's observation dates. */
    StatsFilter filter() const;
};

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
 * The weekly and quarterly reports of a committee: the figures (PeriodReportData),
 * a draft of the assessment and direction from them, and the document in the Party
 * format. Widget-free: the charts come in as images drawn by the caller.
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
    PeriodReportData build(const ReportPeriod &period, qint64 committeeId = 0);

    /** The assessment drafted from the figures: total and change, leading topics and localities,
     * hot issues. */
    static QString draftAssessment(const PeriodReportData &data);
    /** The direction drafted from the figures. */
    static QString draftDirection(const PeriodReportData &data);

    /** `tăng 12 phản ánh (15,0%)`, `giảm 3 phản ánh (-5,0%)`, `không thay đổi`. */
    static QString changeText(int current, int previous);

    /** Fills @p doc: header, title, sections, the @p charts (with captions), signature. */
    static void compose(PartyDocument &doc, const PeriodReportData &data,
        const QList<QImage> &charts = {}, const QStringList &captions = {},
        const QString &imageDir = {});

private:
    Database &m_db;
};

} // namespace thuky
