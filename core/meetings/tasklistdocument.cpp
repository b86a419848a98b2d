#include <core/meetings/tasklistdocument.h>

#include <core/db/database.h>
#include <core/documents/documenttable.h>
#include <core/documents/partydocument.h>
#include <core/documents/printedlist.h>
#include <core/meetings/taskrepository.h>
#include <core/text/textnorm.h>
#include <core/text/vndate.h>

#include <QSet>

#include <algorithm>

namespace thuky {

// The task list is an official Vietnamese document: like the minutes, its wording is fixed
// Vietnamese text, not interface text, and deliberately not passed through tr().

namespace {

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString ownerOf(const Task &t)
{
    const QString owner = t.owner.trimmed();
    return owner.isEmpty() ? QStringLiteral("Chưa giao người thực hiện") : owner;
}

/** Owners in Vietnamese order; within an owner, the earliest due first (no due date last). */
QList<Task> sorted(QList<Task> tasks)
{
    std::stable_sort(tasks.begin(), tasks.end(), [](const Task &a, const Task &b) {
        const int owner = TextNorm::compare(ownerOf(a), ownerOf(b));
        if (owner != 0)
            return owner < 0;
        if (a.due.isValid() != b.due.isValid())
            return a.due.isValid();
        if (a.due != b.due)
            return a.due < b.due;
        return a.id < b.id;
    });
    return tasks;
}

DocumentTable::Cell meetingCell(const Task &t, bool withCommittee)
{
    DocumentTable::Cell cell(t.meetingTitle);
    if (t.meetingDate.isValid())
        cell.line(QStringLiteral("ngày %1").arg(VnDate::display(t.meetingDate)), false, true);
    if (withCommittee && !t.committeeName.isEmpty())
        cell.line(t.committeeName, false, true);
    return cell;
}

DocumentTable::Cell dueCell(const Task &t, const QDate &today)
{
    if (!t.due.isValid())
        return DocumentTable::Cell(QStringLiteral("—"));
    if (!t.isOverdue(today))
        return DocumentTable::Cell(VnDate::display(t.due));
    DocumentTable::Cell cell(VnDate::display(t.due), true);
    cell.line(QStringLiteral("quá hạn"), true, true);
    return cell;
}

DocumentTable::Cell statusCell(const Task &t)
{
    DocumentTable::Cell cell(capitalised(TaskStatuses::vietnamese(t.status)));
    if (t.completedOn.isValid())
        cell.line(QStringLiteral("ngày %1").arg(VnDate::display(t.completedOn)), false, true);
    return cell;
}

void addTable(
    const QList<Task> &tasks, const QDate &today, PartyDocument &doc, DocumentTable::Layout layout)
{
    QSet<qint64> committees;
    for (const Task &t : tasks)
        committees.insert(t.committeeId);
    DocumentTable table({ { QStringLiteral("STT"), 7, Qt::AlignHCenter },
        { QStringLiteral("Nhiệm vụ"), 31 }, { QStringLiteral("Hội nghị giao"), 30 },
        { QStringLiteral("Hạn"), 14, Qt::AlignHCenter }, { QStringLiteral("Trạng thái"), 18 } });
    QString owner;
    int number = 0;
    for (int i = 0; i < tasks.size(); ++i) {
        const Task &t = tasks.at(i);
        if (i == 0 || ownerOf(t) != owner) {
            owner = ownerOf(t);
            int count = 0;
            for (int j = i; j < tasks.size() && ownerOf(tasks.at(j)) == owner; ++j)
                ++count;
            table.addGroup(QStringLiteral("%1 (%2 nhiệm vụ)").arg(owner).arg(count));
        }
        table.addRow(
            { DocumentTable::Cell(QString::number(++number)), DocumentTable::Cell(t.description),
                meetingCell(t, committees.size() > 1), dueCell(t, today), statusCell(t) });
    }
    table.finish(doc, layout);
}

} // namespace

TaskListDocument::TaskListDocument(Database &db)
    : m_db(db)
{
}

QString TaskListDocument::filterTitle(const TaskFilter &f)
{
    if (f.overdueOnly)
        return QStringLiteral("Các nhiệm vụ quá hạn");
    if (f.openOnly)
        return QStringLiteral("Các nhiệm vụ chưa hoàn thành");
    if (!f.status.isEmpty())
        return QStringLiteral("Các nhiệm vụ %1").arg(TaskStatuses::vietnamese(f.status));
    return QStringLiteral("Tất cả nhiệm vụ");
}

void TaskListDocument::build(const Options &options, PartyDocument &doc)
{
    compose(options, doc, DocumentTable::Layout::Paged);
}

void TaskListDocument::compose(const Options &o, PartyDocument &doc, DocumentTable::Layout layout)
{
    const TaskFilter &f = o.filter;
    const QDate today = f.today.isValid() ? f.today : QDate::currentDate();
    PrintedList::setHeader(doc, PrintedList::issuer(m_db, f.committeeId, today), o.issuedOn);
    doc.setTitle(QStringLiteral("Danh sách nhiệm vụ"),
        QStringLiteral("%1 (tính đến ngày %2)").arg(filterTitle(f), VnDate::display(today)));
    if (!f.owner.trimmed().isEmpty())
        doc.addParagraph(f.owner.trimmed(), QStringLiteral("Người, đơn vị thực hiện: "));

    const QList<Task> tasks = sorted(TaskRepository(m_db).tasks(f));
    int overdue = 0;
    for (const Task &t : tasks)
        overdue += t.isOverdue(today) ? 1 : 0;
    if (tasks.isEmpty()) {
        doc.addParagraph(QStringLiteral("Không có nhiệm vụ nào."));
        return;
    }
    doc.addParagraph(QStringLiteral("Tổng số: %1 nhiệm vụ, trong đó %2 nhiệm vụ quá hạn.")
                         .arg(PrintedList::number(tasks.size()), PrintedList::number(overdue)));
    addTable(tasks, today, doc, layout);
}

bool TaskListDocument::write(const Options &options, const QString &path, QString *error)
{
    PartyDocument doc(DocumentPageSettings::fromDatabase(m_db));
    compose(options, doc, PrintedList::layoutFor(path));
    return PrintedList::write(doc, path, error);
}

void TaskListDocument::print(const Options &options, QPagedPaintDevice *device)
{
    PartyDocument doc(DocumentPageSettings::fromDatabase(m_db));
    build(options, doc);
    doc.print(device);
}

} // namespace thuky
