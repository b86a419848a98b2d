#include <ui/opinions/opinioncommands.h>

#include <ui/common/conflictdialog.h>
#include <ui/roster/rostercommands.h>

#include <core/db/database.h>
#include <core/opinions/opinionrepository.h>

#include <QUndoStack>

#include <memory>

namespace thuky {

namespace {
QString shortSummary(const QString &summary)
{
    QString s = summary.simplified();
    return s.size() > 40 ? s.left(39) + QChar(0x2026) : s;
}
} // namespace

qint64 OpinionCommand::reportId() const
{
    return OpinionRepository(m_db).idForUuid(m_uuid);
}

qint64 OpinionCommand::resolve() const
{
    const qint64 id = reportId();
    if (id <= 0)
        throw ValidationError(QStringLiteral("id"), tr("The report no longer exists."));
    return id;
}

// ---------------------------------------------------------------------------------------

AddOpinionReport::AddOpinionReport(Database &db, const OpinionReport &report)
    : OpinionCommand(db, report.uuid.isEmpty() ? Database::newUuid() : report.uuid)
    , m_report(report)
{
    m_report.uuid = m_uuid; // the same report again on redo
    m_report.id = 0;
    setText(tr("Add report “%1”").arg(shortSummary(report.summary)));
}

void AddOpinionReport::apply()
{
    OpinionRepository(m_db).add(m_report);
}

void AddOpinionReport::revert()
{
    OpinionRepository(m_db).remove(resolve());
}

// ---------------------------------------------------------------------------------------

EditOpinionReport::EditOpinionReport(
    Database &db, const OpinionReport &before, const OpinionReport &after)
    : OpinionCommand(db, before.uuid)
    , m_before(before)
    , m_after(after)
{
    setText(tr("Edit report “%1”").arg(shortSummary(after.summary)));
}

void EditOpinionReport::write(const OpinionReport &values)
{
    // The first write expects the version the dialog read; undo and redo the version this
    // stack last wrote: someone else's change in the meantime is a conflict, never overwritten.
    OpinionReport r = values;
    r.uuid = m_uuid;
    r.id = resolve();
    r.rowVersion = m_first ? m_after.rowVersion
                           : versionOf(QStringLiteral("opinions"), m_uuid, m_after.rowVersion);
    OpinionRepository(m_db).update(r);
    wrote(QStringLiteral("opinions"), m_uuid, r.rowVersion + 1);
}

void EditOpinionReport::apply()
{
    write(m_after);
    m_first = false;
}

void EditOpinionReport::revert()
{
    write(m_before);
}

// ---------------------------------------------------------------------------------------

ChangeReportStatus::ChangeReportStatus(Database &db, const OpinionReport &before, Step step,
    qint64 agencyId, const QDate &date, const QString &response)
    : OpinionCommand(db, before.uuid)
    , m_before(before)
    , m_step(step)
    , m_agencyId(agencyId)
    , m_date(date)
    , m_response(response)
{
    const QString what = shortSummary(before.summary);
    switch (step) {
    case Step::Forward:
        setText(tr("Forward report “%1”").arg(what));
        break;
    case Step::RecordAnswer:
        setText(tr("Record the answer to “%1”").arg(what));
        break;
    case Step::Resolve:
        setText(tr("Resolve report “%1”").arg(what));
        break;
    case Step::Close:
        setText(tr("Close report “%1”").arg(what));
        break;
    }
}

void ChangeReportStatus::apply()
{
    OpinionRepository repo(m_db);
    const qint64 id = resolve();
    // The first time the version the clerk saw; a redo the version this stack's undo left.
    const int expected = m_first
        ? m_before.rowVersion
        : versionOf(QStringLiteral("opinions"), m_uuid, m_before.rowVersion);
    switch (m_step) {
    case Step::Forward:
        repo.forward(id, m_agencyId, m_date, expected);
        break;
    case Step::RecordAnswer:
        repo.recordAnswer(id, m_response, m_date, expected);
        break;
    case Step::Resolve:
        repo.resolve(id, expected);
        break;
    case Step::Close:
        repo.close(id, expected);
        break;
    }
    m_first = false;
    // The step checks the status inside its write; undo then expects the version it left.
    if (const auto after = repo.report(id))
        wrote(QStringLiteral("opinions"), m_uuid, after->rowVersion);
}

bool ChangeReportStatus::executeChecked(QWidget *parent, Database &db, QUndoStack *undo,
    const OpinionReport &before, Step step, qint64 agencyId, const QDate &date,
    const QString &response)
{
    return ConflictDialog::save(parent, tr("The report “%1”").arg(shortSummary(before.summary)),
        before.rowVersion,
        [&](int version) {
            OpinionReport read = before;
            if (version != before.rowVersion) {
                // Overwrite: the step on the report as it is stored now (undo restores that).
                if (const auto stored = OpinionRepository(db).report(before.id))
                    read = *stored;
                read.rowVersion = version;
            }
            OpinionCommand::execute(
                undo, new ChangeReportStatus(db, read, step, agencyId, date, response));
        },
        {});
}

void ChangeReportStatus::revert()
{
    OpinionRepository repo(m_db);
    const qint64 id = resolve();
    auto current = repo.report(id);
    if (!current)
        throw ValidationError(QStringLiteral("id"), tr("The report no longer exists."));
    OpinionReport r = *current;
    r.status = m_before.status;
    r.agencyId = m_before.agencyId;
    r.forwardedOn = m_before.forwardedOn;
    r.response = m_before.response;
    r.responseOn = m_before.responseOn;
    r.rowVersion = versionOf(QStringLiteral("opinions"), m_uuid, current->rowVersion);
    repo.update(r);
    wrote(QStringLiteral("opinions"), m_uuid, r.rowVersion + 1);
}

} // namespace thuky
