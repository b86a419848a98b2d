#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace thuky {

/** A task (nhiệm vụ) assigned in a meeting's conclusion and followed up until done. */
struct Task
{
    qint64 id = 0;
    QString uuid;
    qint64 meetingId = 0;
    QString description;
    QString owner; ///< person or unit, as printed
    qint64 ownerPersonId = 0; ///< optional link to the roster
    QDate due;
    QString status = QStringLiteral("open"); ///< open, in_progress, done, cancelled
    QString completionNote;
    QDate completedOn;
    int rowVersion = 0;
    // Joined for display.
    QDate meetingDate;
    qint64 committeeId = 0;
    QString committeeName;
    QString meetingTitle;

    /** Open or in progress. */
    bool isOpen() const;
    /** Due before @p today and neither done nor cancelled. */
    bool isOverdue(const QDate &today) const;
};

/** Task statuses: codes and labels. */
namespace TaskStatuses {
/** open, in_progress, done, cancelled. */
QStringList codes();
bool isValid(const QString &code);
QString label(const QString &code);
/** The Vietnamese wording used in printed minutes ("đang thực hiện"). */
QString vietnamese(const QString &code);
} // namespace TaskStatuses

/** What TaskRepository::tasks() lists. */
struct TaskFilter
{
    bool openOnly = false; ///< open or in_progress
    bool overdueOnly = false; ///< due before today and not done/cancelled
    QDate today = QDate::currentDate();
    qint64 committeeId = 0; ///< 0: every committee
    qint64 meetingId = 0; ///< 0: every meeting
    QString owner; ///< substring, ignoring case and diacritics
    QString status; ///< one status code, or empty
};

} // namespace thuky
