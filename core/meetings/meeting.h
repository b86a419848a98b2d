#pragma once

#include <core/meetings/task.h>

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace thuky {

/** Meeting kinds and statuses: machine codes and labels. */
namespace MeetingKinds {
/** quarterly_briefing, review, annual_review, thematic, extraordinary. */
QStringList codes();
bool isValid(const QString &code);
/** The label in the current UI language. */
QString label(const QString &code);
/** The Vietnamese name used in printed documents ("giao ban quý"). */
QString vietnamese(const QString &code);
/**
 * The title a new meeting of @p kind for @p period is given, in Vietnamese (it is printed):
 * "Hội nghị giao ban Quý IV/2026", "Hội nghị tổng kết năm 2023". Without a period it is the
 * kind alone ("Hội nghị chuyên đề").
 */
QString suggestedTitle(const QString &kind, const QString &period);
} // namespace MeetingKinds

/** A meeting's period: `2024-Q2` (a quarter), `2024-H1` (a half year) or `2024` (a year). */
namespace MeetingPeriods {
/**
 * The period code of what a clerk typed: `2024-Q2`, `Q2/2024`, `II/2024`, `quý 2/2024`,
 * `2/2024` (a quarter), `6 tháng đầu năm 2024`, `2024-H1`, `2024`; an empty string when none fits.
 */
QString parse(const QString &text);
/** The period in words, as a title prints it: "Quý II/2024", "6 tháng đầu năm 2024", "năm 2024". */
QString vietnamese(const QString &code);
} // namespace MeetingPeriods

/** One line of a meeting's attendance: a committee member and whether they came. */
struct Attendance
{
    qint64 personId = 0;
    QString role; ///< membership role code on the meeting date (head, member, secretariat, …)
    QString status = QStringLiteral("present"); ///< present, absent or delegate
    QString reason; ///< why absent (đi công tác, …)
    QString delegate; ///< who came instead (status delegate)
    // Joined for display.
    QString personName;
    QString honorific;
    QString titles;

    /** Head, deputies and members: counted as official delegates in the minutes. */
    bool isOfficial() const;
};

/** An item of the agenda with its presenter. */
struct AgendaItem
{
    QString title;
    QString presenter; ///< free text ("Đồng chí Nguyễn Văn A, Phó Trưởng ban Tuyên giáo")
    QString documents;
};

/** A speaker's remarks: a roster person or a guest. */
struct Speech
{
    qint64 personId = 0; ///< 0 for a guest
    QString guestName;
    QString unit; ///< the speaker's unit or position
    QString summary;
    // Joined for display.
    QString personName;
    /** The person's name, or the guest's. */
    QString speakerName() const { return personId > 0 ? personName : guestName; }
};

/** A meeting (hội nghị) of a committee, with everything its minutes print. */
struct Meeting
{
    qint64 id = 0;
    QString uuid;
    qint64 committeeId = 0;
    QString kind = QStringLiteral("quarterly_briefing");
    QString period; ///< e.g. "2024-Q2" or "2024"
    QString title; ///< "Hội nghị giao ban quý II/2024"
    QDateTime start; ///< local time
    QDateTime end;
    QString place;
    QStringList bridgePoints; ///< online bridge points (điểm cầu)
    QList<qint64> chairIds; ///< in print order
    qint64 secretaryId = 0; ///< the recorder (người ghi biên bản)
    QStringList guests; ///< invited guests, one per line
    QStringList documents; ///< documents used in the meeting
    QString conclusion; ///< rich text (HTML)
    QString status = QStringLiteral("draft"); ///< draft or approved
    int number = 0; ///< minutes number, assigned on approval (0: none yet)
    int numberYear = 0;
    QString approvedAt;
    QString approvedBy;
    int rowVersion = 0;

    QList<Attendance> attendance;
    QList<AgendaItem> agenda;
    QList<Speech> speeches;
    QList<Task> tasks;

    // Joined for display.
    QString committeeName;

    bool isApproved() const { return status == QLatin1String("approved"); }
    QDate date() const { return start.date(); }
    /**
     * Starts this meeting from @p previous, an earlier meeting of the same kind: its agenda's
     * titles (without presenters) and its invited guests. The attendance list, which depends
     * on the roster on this meeting's date, is MeetingRepository::attendanceFrom().
     */
    void startFrom(const Meeting &previous);
};

} // namespace thuky
