#include "clicontext.h"

#include <core/documents/printedlist.h>
#include <core/meetings/meetingrepository.h>
#include <core/meetings/minutes.h>
#include <core/meetings/tasklistdocument.h>
#include <core/meetings/taskrepository.h>
#include <core/roster/rosterrepository.h>
#include <core/text/output.h>
#include <core/text/vndate.h>

#include <QCoreApplication>

namespace thuky::cli {

namespace {
// The context of this file's messages, seen by lupdate in member and free functions alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(thuky::cli)
};

qint64 committeeOption(Database &db, const Arguments &args)
{
    if (!args.has(QStringLiteral("committee")))
        return 0;
    RosterRepository roster(db);
    const auto c = roster.findCommittee(args.value(QStringLiteral("committee")));
    if (!c)
        throw InputError(
            { Tr::tr("%1: no such committee").arg(args.value(QStringLiteral("committee"))) });
    return c->id;
}
} // namespace

int runMeetings(Context &ctx)
{
    Arguments args(ctx.args,
        { QStringLiteral("committee"), QStringLiteral("format"), QStringLiteral("year") }, {});
    if (!args.positional().isEmpty())
        throw UsageError(Tr::tr("meetings takes no positional arguments"));
    const QString format = args.format();
    const int year = args.integer(QStringLiteral("year"), 0);
    Database &db = ctx.database();
    const qint64 committee = committeeOption(db, args);
    MeetingRepository repo(db);
    OutputTable table({ QStringLiteral("id"), QStringLiteral("committee"), QStringLiteral("date"),
        QStringLiteral("kind"), QStringLiteral("title"), QStringLiteral("status") });
    for (const Meeting &m : repo.meetings(committee, year))
        table.addRow({ QString::number(m.id), m.committeeName, VnDate::iso(m.date()), m.kind,
            m.title, m.status });
    ctx.out << table.render(format);
    return 0;
}

namespace {
/** The task list printed to @p out (.pdf or .odt). */
int printTasks(Context &ctx, const TaskFilter &filter, const QString &out)
{
    TaskListDocument::Options options;
    options.filter = filter;
    QString error;
    if (!TaskListDocument(ctx.database()).write(options, out, &error))
        throw InputError({ Tr::tr("%1: cannot write: %2").arg(out, error) });
    ctx.err << Tr::tr("Wrote the task list to %1.").arg(out) << Qt::endl;
    return 0;
}
} // namespace

int runTasks(Context &ctx)
{
    Arguments args(ctx.args,
        { QStringLiteral("committee"), QStringLiteral("format"), QStringLiteral("owner"),
            QStringLiteral("status"), QStringLiteral("meeting"), QStringLiteral("out") },
        { QStringLiteral("open"), QStringLiteral("overdue") });
    if (!args.positional().isEmpty())
        throw UsageError(Tr::tr("tasks takes no positional arguments"));
    const QString out = args.value(QStringLiteral("out"));
    if (args.has(QStringLiteral("out")) && !PrintedList::isSupportedPath(out))
        throw UsageError(Tr::tr("--out must name a .pdf or .odt file"));
    if (args.has(QStringLiteral("out")) && args.has(QStringLiteral("format")))
        throw UsageError(Tr::tr("--out and --format cannot be used together"));
    const QString format = out.isEmpty() ? args.format() : QString();
    TaskFilter filter;
    filter.openOnly = args.has(QStringLiteral("open"));
    filter.overdueOnly = args.has(QStringLiteral("overdue"));
    filter.owner = args.value(QStringLiteral("owner"));
    filter.status = args.value(QStringLiteral("status"));
    if (!filter.status.isEmpty() && !TaskStatuses::isValid(filter.status))
        throw UsageError(Tr::tr("--status must be open, in_progress, done or cancelled"));
    Database &db = ctx.database();
    filter.committeeId = committeeOption(db, args);
    if (args.has(QStringLiteral("meeting"))) {
        bool ok = false;
        filter.meetingId = args.value(QStringLiteral("meeting")).toLongLong(&ok);
        if (!ok || !MeetingRepository(db).meeting(filter.meetingId))
            throw InputError(
                { Tr::tr("%1: no such meeting").arg(args.value(QStringLiteral("meeting"))) });
    }
    if (!out.isEmpty())
        return printTasks(ctx, filter, out);
    TaskRepository repo(db);
    OutputTable table(
        { QStringLiteral("id"), QStringLiteral("meeting_id"), QStringLiteral("description"),
            QStringLiteral("owner"), QStringLiteral("due"), QStringLiteral("status") });
    for (const Task &t : repo.tasks(filter))
        table.addRow({ QString::number(t.id), QString::number(t.meetingId), t.description, t.owner,
            VnDate::iso(t.due), t.status });
    ctx.out << table.render(format);
    return 0;
}

int runMinutes(Context &ctx)
{
    Arguments args(ctx.args, { QStringLiteral("out") }, {});
    const QString idText = args.required(0, Tr::tr("MEETING_ID"));
    if (args.positional().size() > 1)
        throw UsageError(Tr::tr("minutes takes one meeting id"));
    const QString out = args.value(QStringLiteral("out"));
    if (out.isEmpty())
        throw UsageError(Tr::tr("minutes needs --out FILE.pdf|FILE.odt"));
    if (!MinutesWriter::isSupportedPath(out))
        throw UsageError(Tr::tr("--out must name a .pdf or .odt file"));
    Database &db = ctx.database();
    bool ok = false;
    const qint64 id = idText.toLongLong(&ok);
    if (!ok || id <= 0 || !MeetingRepository(db).meeting(id))
        throw InputError({ Tr::tr("%1: no such meeting").arg(idText) });
    MinutesWriter writer(db);
    QString error;
    if (!writer.write(id, out, &error))
        throw InputError({ Tr::tr("%1: cannot write: %2").arg(out, error) });
    ctx.err << Tr::tr("Wrote the minutes of meeting %1 to %2.").arg(id).arg(out) << Qt::endl;
    return 0;
}

} // namespace thuky::cli
