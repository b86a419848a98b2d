#pragma once

// The undoable edits of the opinion reports area. Each command makes one repository call
// (one transaction) in redo() and its inverse in undo(). Commands find their report by
// UUID, because undoing an addition and redoing it creates a new row id.

#include <ui/common/databasecommand.h>

#include <core/opinions/opinion.h>

#include <QCoreApplication>
#include <QDate>
#include <QUndoCommand>

class QUndoStack;
class QWidget;

namespace thuky {

class Database;

/** Base of the report commands: they find their report by UUID. */
class OpinionCommand : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(thuky::OpinionCommand)
public:
    /** The current row id of the report (0 while it does not exist). */
    qint64 reportId() const;

protected:
    OpinionCommand(Database &db, const QString &uuid)
        : DatabaseCommand(db)
        , m_uuid(uuid)
    {
    }
    /** The current row id of the report; ValidationError when it is gone. */
    qint64 resolve() const;

    QString m_uuid;
};

/** Adds a report (the fast entry form's Enter). */
class AddOpinionReport : public OpinionCommand
{
    Q_DECLARE_TR_FUNCTIONS(thuky::AddOpinionReport)
public:
    AddOpinionReport(Database &db, const OpinionReport &report);

protected:
    void apply() override;
    void revert() override;

private:
    OpinionReport m_report;
};

/** Saves an edited report; undo writes the old values back. */
class EditOpinionReport : public OpinionCommand
{
    Q_DECLARE_TR_FUNCTIONS(thuky::EditOpinionReport)
public:
    /** @p after carries the row version @p before was read with. */
    EditOpinionReport(Database &db, const OpinionReport &before, const OpinionReport &after);

protected:
    void apply() override;
    void revert() override;

private:
    void write(const OpinionReport &values);
    OpinionReport m_before;
    OpinionReport m_after;
    bool m_first = true;
};

/** A step of the response workflow: forward, record the answer, resolve or close. */
class ChangeReportStatus : public OpinionCommand
{
    Q_DECLARE_TR_FUNCTIONS(thuky::ChangeReportStatus)
public:
    enum class Step { Forward, RecordAnswer, Resolve, Close };

    /**
     * @p before is the report as read (its row version is what the first apply expects: a
     * report changed since is a ConflictError); @p agencyId, @p date and @p response as the
     * step needs.
     */
    ChangeReportStatus(Database &db, const OpinionReport &before, Step step, qint64 agencyId = 0,
        const QDate &date = {}, const QString &response = {});

    /**
     * Pushes the step onto @p undo. When the report changed since @p before was read
     * (ConflictError), asks the clerk (ConflictDialog): Overwrite applies the step to the
     * stored report, Reload returns false with nothing written. Other errors propagate.
     */
    static bool executeChecked(QWidget *parent, Database &db, QUndoStack *undo,
        const OpinionReport &before, Step step, qint64 agencyId = 0, const QDate &date = {},
        const QString &response = {});

protected:
    void apply() override;
    void revert() override;

private:
    OpinionReport m_before;
    Step m_step;
    qint64 m_agencyId;
    QDate m_date;
    QString m_response;
    bool m_first = true;
};

} // namespace thuky
