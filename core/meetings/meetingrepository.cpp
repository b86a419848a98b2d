#include <core/meetings/meetingrepository.h>

#include <core/meetings/taskrepository.h>

#include <core/db/sqlvalue.h>

#include <core/db/conflict.h>
#include <core/db/database.h>
#include <core/roster/rosterrepository.h>
#include <core/text/textnorm.h>
#include <core/text/vndate.h>

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace thuky {

using SqlValue::nullable;
using SqlValue::nullableId;

namespace {
// The context of this file's messages, seen by lupdate in member and free functions alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(thuky::MeetingRepository)
};

QVariant nullableTime(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")))
                       : QVariant(QMetaType::fromType<QString>());
}

QDateTime timeOf(const QVariant &v)
{
    if (v.isNull())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t;
}

QString joinLines(const QStringList &lines)
{
    QStringList clean;
    for (const QString &l : lines) {
        const QString c = TextNorm::clean(l);
        if (!c.isEmpty())
            clean.append(c);
    }
    return clean.join(QLatin1Char('\n'));
}

QStringList splitLines(const QVariant &v)
{
    return v.toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

const QString meetingColumns = QStringLiteral(
    "m.id, m.uuid, m.committee_id, m.kind, m.period, m.title, m.starts_at, m.ends_at, m.place, "
    "m.bridge_points, m.guests, m.documents, m.secretary_id, m.conclusion, m.status, m.number, "
    "m.number_year, m.approved_at, m.approved_by, m.row_version, c.name");

Meeting readMeeting(const QSqlQuery &q)
{
    Meeting m;
    m.id = q.value(0).toLongLong();
    m.uuid = q.value(1).toString();
    m.committeeId = q.value(2).toLongLong();
    m.kind = q.value(3).toString();
    m.period = q.value(4).toString();
    m.title = q.value(5).toString();
    m.start = timeOf(q.value(6));
    m.end = timeOf(q.value(7));
    m.place = q.value(8).toString();
    m.bridgePoints = splitLines(q.value(9));
    m.guests = splitLines(q.value(10));
    m.documents = splitLines(q.value(11));
    m.secretaryId = q.value(12).toLongLong();
    m.conclusion = q.value(13).toString();
    m.status = q.value(14).toString();
    m.number = q.value(15).toInt();
    m.numberYear = q.value(16).toInt();
    m.approvedAt = q.value(17).toString();
    m.approvedBy = q.value(18).toString();
    m.rowVersion = q.value(19).toInt();
    m.committeeName = q.value(20).toString();
    return m;
}
} // namespace

MeetingRepository::MeetingRepository(Database &db)
    : m_db(db)
{
}

qint64 MeetingRepository::count()
{
    return m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM meetings")).toLongLong();
}

void MeetingRepository::validate(const Meeting &m)
{
    if (m.committeeId <= 0
        || !m_db.scalar(QStringLiteral("SELECT id FROM committees WHERE id = ?"), { m.committeeId })
                .isValid())
        throw ValidationError(
            QStringLiteral("committee"), Tr::tr("The meeting needs an existing committee."));
    if (!MeetingKinds::isValid(m.kind))
        throw ValidationError(
            QStringLiteral("kind"), Tr::tr("Unknown meeting kind %1.").arg(m.kind));
    if (TextNorm::clean(m.title).isEmpty())
        throw ValidationError(QStringLiteral("title"), Tr::tr("The meeting needs a title."));
    if (!m.start.isValid())
        throw ValidationError(
            QStringLiteral("start"), Tr::tr("The meeting needs a start date and time."));
    if (m.end.isValid() && m.end < m.start)
        throw ValidationError(
            QStringLiteral("end"), Tr::tr("The meeting cannot end before it starts."));
    if (!m.period.isEmpty() && !VnDate::parseQuarter(m.period).isValid()
        && !(m.period.size() == 4 && m.period.toInt() > 1900))
        throw ValidationError(QStringLiteral("period"),
            Tr::tr("The period is a quarter (2024-Q2) or a year (2024)."));

    auto personExists = [&](qint64 id) {
        return m_db.scalar(QStringLiteral("SELECT id FROM persons WHERE id = ?"), { id }).isValid();
    };
    QSet<qint64> seen;
    for (qint64 id : m.chairIds) {
        if (!personExists(id))
            throw ValidationError(
                QStringLiteral("chairs"), Tr::tr("A chair is not in the roster."));
        if (seen.contains(id))
            throw ValidationError(QStringLiteral("chairs"), Tr::tr("A chair is listed twice."));
        seen.insert(id);
    }
    if (m.secretaryId > 0 && !personExists(m.secretaryId))
        throw ValidationError(
            QStringLiteral("secretary"), Tr::tr("The recorder is not in the roster."));
    seen.clear();
    for (const Attendance &a : m.attendance) {
        if (!personExists(a.personId))
            throw ValidationError(
                QStringLiteral("attendance"), Tr::tr("An attendee is not in the roster."));
        if (seen.contains(a.personId))
            throw ValidationError(QStringLiteral("attendance"),
                Tr::tr("%1 is listed twice in the attendance.").arg(a.personName));
        seen.insert(a.personId);
        if (a.status != QLatin1String("present") && a.status != QLatin1String("absent")
            && a.status != QLatin1String("delegate"))
            throw ValidationError(QStringLiteral("attendance"),
                Tr::tr("Unknown attendance status %1.").arg(a.status));
        if (a.status == QLatin1String("delegate") && TextNorm::clean(a.delegate).isEmpty())
            throw ValidationError(QStringLiteral("attendance"),
                Tr::tr("Name the delegate who attended for %1.").arg(a.personName));
    }
    for (const AgendaItem &item : m.agenda) {
        if (TextNorm::clean(item.title).isEmpty())
            throw ValidationError(
                QStringLiteral("agenda"), Tr::tr("An agenda item needs a title."));
    }
    for (const Speech &s : m.speeches) {
        if (s.personId > 0 ? !personExists(s.personId) : TextNorm::clean(s.guestName).isEmpty())
            throw ValidationError(QStringLiteral("speakers"),
                Tr::tr("A speaker needs a person from the roster or a guest's name."));
    }
    for (const Task &t : m.tasks) {
        if (TextNorm::clean(t.description).isEmpty())
            throw ValidationError(QStringLiteral("tasks"), Tr::tr("A task needs a description."));
        if (TextNorm::clean(t.owner).isEmpty())
            throw ValidationError(
                QStringLiteral("tasks"), Tr::tr("A task needs an owner (person or unit)."));
        if (!TaskStatuses::isValid(t.status))
            throw ValidationError(
                QStringLiteral("tasks"), Tr::tr("Unknown task status %1.").arg(t.status));
        if (t.ownerPersonId > 0 && !personExists(t.ownerPersonId))
            throw ValidationError(
                QStringLiteral("tasks"), Tr::tr("A task's owner is not in the roster."));
    }
}

QList<Attendance> MeetingRepository::prefillAttendance(qint64 committeeId, const QDate &date)
{
    RosterRepository roster(m_db);
    QList<Attendance> out;
    QSet<qint64> seen;
    for (const Membership &ms : roster.members(committeeId, date)) {
        if (!Roles::isOfficialDelegate(ms.role) || seen.contains(ms.personId))
            continue;
        seen.insert(ms.personId);
        Attendance a;
        a.personId = ms.personId;
        a.role = Roles::code(ms.role);
        a.personName = ms.personName;
        a.titles = ms.personTitles;
        out.append(a);
    }
    return out;
}

QList<Attendance> MeetingRepository::attendanceFrom(
    const Meeting &previous, qint64 committeeId, const QDate &date)
{
    QHash<qint64, Membership> members;
    for (const Membership &ms : RosterRepository(m_db).members(committeeId, date))
        if (!members.contains(ms.personId))
            members.insert(ms.personId, ms);
    QList<Attendance> out;
    QSet<qint64> seen;
    for (const Attendance &before : previous.attendance) {
        if (!members.contains(before.personId) || seen.contains(before.personId))
            continue;
        const Membership &ms = members.value(before.personId);
        seen.insert(ms.personId);
        Attendance a;
        a.personId = ms.personId;
        a.role = Roles::code(ms.role);
        a.personName = ms.personName;
        a.titles = ms.personTitles;
        out.append(a);
    }
    for (const Attendance &a : prefillAttendance(committeeId, date))
        if (!seen.contains(a.personId))
            out.append(a);
    return out;
}

std::optional<Meeting> MeetingRepository::previousMeeting(
    qint64 committeeId, const QString &kind, const QDateTime &before, qint64 exceptId)
{
    const QVariant id = m_db.scalar(
        QStringLiteral("SELECT id FROM meetings WHERE committee_id = ? AND kind = ? AND id <> ? "
                       "AND starts_at < ? ORDER BY starts_at DESC, id DESC LIMIT 1"),
        { committeeId, kind, exceptId, nullableTime(before) });
    if (id.isNull() || !id.isValid())
        return std::nullopt;
    return meeting(id.toLongLong());
}

void MeetingRepository::writeChildren(Meeting &m, bool replace)
{
    if (replace) {
        m_db.exec(QStringLiteral("DELETE FROM meeting_chairs WHERE meeting_id = ?"), { m.id });
        m_db.exec(QStringLiteral("DELETE FROM attendance WHERE meeting_id = ?"), { m.id });
        m_db.exec(QStringLiteral("DELETE FROM agenda_items WHERE meeting_id = ?"), { m.id });
        m_db.exec(QStringLiteral("DELETE FROM speeches WHERE meeting_id = ?"), { m.id });
    }
    int position = 0;
    for (qint64 chair : m.chairIds)
        m_db.exec(
            QStringLiteral(
                "INSERT INTO meeting_chairs (meeting_id, person_id, position) VALUES (?,?,?)"),
            { m.id, chair, position++ });
    writeAttendance(m);
    writeAgenda(m);
    writeSpeeches(m);
    TaskRepository(m_db).writeMeetingTasks(m.id, m.tasks, replace);
}

void MeetingRepository::writeAttendance(const Meeting &m)
{
    const QString now = Database::now();
    const QString user = m_db.currentUser();
    for (const Attendance &a : m.attendance) {
        m_db.exec(
            QStringLiteral("INSERT INTO attendance (uuid, created_at, updated_at, updated_by, "
                           "meeting_id, person_id, role, status, reason, delegate) "
                           "VALUES (?,?,?,?,?,?,?,?,?,?)"),
            { Database::newUuid(), now, now, user, m.id, a.personId, nullable(a.role), a.status,
                nullable(TextNorm::clean(a.reason)), nullable(TextNorm::clean(a.delegate)) });
    }
}

void MeetingRepository::writeAgenda(const Meeting &m)
{
    const QString now = Database::now();
    const QString user = m_db.currentUser();
    int position = 0;
    for (const AgendaItem &item : m.agenda) {
        m_db.exec(
            QStringLiteral("INSERT INTO agenda_items (uuid, created_at, updated_at, updated_by, "
                           "meeting_id, position, title, presenter, documents) "
                           "VALUES (?,?,?,?,?,?,?,?,?)"),
            { Database::newUuid(), now, now, user, m.id, position++, TextNorm::clean(item.title),
                nullable(TextNorm::clean(item.presenter)), nullable(item.documents.trimmed()) });
    }
}

void MeetingRepository::writeSpeeches(const Meeting &m)
{
    const QString now = Database::now();
    const QString user = m_db.currentUser();
    int position = 0;
    for (const Speech &s : m.speeches) {
        m_db.exec(QStringLiteral("INSERT INTO speeches (uuid, created_at, updated_at, updated_by, "
                                 "meeting_id, position, person_id, guest_name, unit, summary) "
                                 "VALUES (?,?,?,?,?,?,?,?,?,?)"),
            { Database::newUuid(), now, now, user, m.id, position++, nullableId(s.personId),
                nullable(s.personId > 0 ? QString() : TextNorm::clean(s.guestName)),
                nullable(TextNorm::clean(s.unit)), nullable(s.summary.trimmed()) });
    }
}

qint64 MeetingRepository::create(Meeting &m)
{
    validate(m);
    Transaction tx(m_db);
    if (m.attendance.isEmpty())
        m.attendance = prefillAttendance(m.committeeId, m.date());
    m.uuid = m.uuid.isEmpty() ? Database::newUuid() : m.uuid;
    m.status = QStringLiteral("draft");
    m.number = 0;
    m.numberYear = 0;
    const QString now = Database::now();
    m.id = m_db.insert(
        QStringLiteral(
            "INSERT INTO meetings (uuid, created_at, updated_at, updated_by, committee_id, "
            "kind, period, title, starts_at, ends_at, place, bridge_points, guests, "
            "documents, secretary_id, conclusion, status) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,'draft')"),
        { m.uuid, now, now, m_db.currentUser(), m.committeeId, m.kind, nullable(m.period),
            TextNorm::clean(m.title), nullableTime(m.start), nullableTime(m.end),
            nullable(TextNorm::clean(m.place)), nullable(joinLines(m.bridgePoints)),
            nullable(joinLines(m.guests)), nullable(joinLines(m.documents)),
            nullableId(m.secretaryId), nullable(m.conclusion) });
    writeChildren(m, false);
    {
        // Hand the new task ids back to the caller (inserted in list order).
        QSqlQuery ids = m_db.exec(
            QStringLiteral("SELECT id, uuid FROM tasks WHERE meeting_id = ? ORDER BY id"),
            { m.id });
        for (int i = 0; ids.next() && i < m.tasks.size(); ++i) {
            m.tasks[i].id = ids.value(0).toLongLong();
            m.tasks[i].uuid = ids.value(1).toString();
            m.tasks[i].meetingId = m.id;
        }
    }
    m_db.audit(
        QStringLiteral("create"), QStringLiteral("meeting"), m.uuid, TextNorm::clean(m.title));
    tx.commit();
    m.rowVersion = 1;
    return m.id;
}

void MeetingRepository::requireDraft(qint64 meetingId)
{
    const QVariant status
        = m_db.scalar(QStringLiteral("SELECT status FROM meetings WHERE id = ?"), { meetingId });
    if (!status.isValid())
        throw ValidationError(
            QStringLiteral("id"), Tr::tr("There is no meeting %1.").arg(meetingId));
    if (status.toString() == QLatin1String("approved"))
        throw ValidationError(QStringLiteral("status"),
            Tr::tr("The minutes are approved and locked; reopen them to make changes."));
}

int MeetingRepository::update(Meeting &m)
{
    Transaction tx(m_db);
    requireDraft(m.id);
    validate(m);
    QSqlQuery q = m_db.exec(
        QStringLiteral(
            "UPDATE meetings SET updated_at = ?, updated_by = ?, row_version = row_version + 1, "
            "committee_id = ?, kind = ?, period = ?, title = ?, starts_at = ?, ends_at = ?, "
            "place = ?, bridge_points = ?, guests = ?, documents = ?, secretary_id = ?, "
            "conclusion = ? WHERE id = ? AND status = 'draft' AND row_version = ?"),
        QVariantList { Database::now(), m_db.currentUser(), m.committeeId, m.kind,
            nullable(m.period), TextNorm::clean(m.title), nullableTime(m.start),
            nullableTime(m.end), nullable(TextNorm::clean(m.place)),
            nullable(joinLines(m.bridgePoints)), nullable(joinLines(m.guests)),
            nullable(joinLines(m.documents)), nullableId(m.secretaryId), nullable(m.conclusion),
            m.id, m.rowVersion });
    RowVersions::require(m_db, q.numRowsAffected(), QStringLiteral("meetings"),
        QStringLiteral("meeting"), m.id, Tr::tr("There is no meeting %1.").arg(m.id));
    Meeting written = m;
    written.rowVersion += 1;
    writeChildren(written, true);
    m_db.audit(
        QStringLiteral("update"), QStringLiteral("meeting"), m.uuid, TextNorm::clean(m.title));
    tx.commit();
    m = written; // only once it is all written: a refused save leaves the caller's copy as it was
    return m.rowVersion;
}

void MeetingRepository::remove(qint64 meetingId)
{
    Transaction tx(m_db);
    requireDraft(meetingId);
    const QString uuid
        = m_db.scalar(QStringLiteral("SELECT uuid FROM meetings WHERE id = ?"), { meetingId })
              .toString();
    m_db.exec(QStringLiteral("DELETE FROM tasks WHERE meeting_id = ?"), { meetingId });
    m_db.exec(QStringLiteral("DELETE FROM meeting_chairs WHERE meeting_id = ?"), { meetingId });
    m_db.exec(QStringLiteral("DELETE FROM attendance WHERE meeting_id = ?"), { meetingId });
    m_db.exec(QStringLiteral("DELETE FROM agenda_items WHERE meeting_id = ?"), { meetingId });
    m_db.exec(QStringLiteral("DELETE FROM speeches WHERE meeting_id = ?"), { meetingId });
    m_db.exec(QStringLiteral("DELETE FROM meetings WHERE id = ?"), { meetingId });
    m_db.audit(QStringLiteral("delete"), QStringLiteral("meeting"), uuid);
    tx.commit();
}

std::optional<Meeting> MeetingRepository::meeting(qint64 id)
{
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT %1 FROM meetings m JOIN committees c ON c.id = m.committee_id "
                       "WHERE m.id = ?")
            .arg(meetingColumns),
        { id });
    if (!q.next())
        return std::nullopt;
    Meeting m = readMeeting(q);
    q.finish();
    m.chairIds = readChairs(id);
    m.attendance = readAttendance(id);
    m.agenda = readAgenda(id);
    m.speeches = readSpeeches(id);
    TaskFilter ofMeeting;
    ofMeeting.meetingId = id;
    m.tasks = TaskRepository(m_db).tasks(ofMeeting);
    return m;
}

qint64 MeetingRepository::idByUuid(const QString &uuid)
{
    const QVariant id
        = m_db.scalar(QStringLiteral("SELECT id FROM meetings WHERE uuid = ?"), { uuid });
    if (!id.isValid())
        throw ValidationError(QStringLiteral("id"), Tr::tr("The meeting no longer exists."));
    return id.toLongLong();
}

QList<qint64> MeetingRepository::readChairs(qint64 meetingId)
{
    QSqlQuery q = m_db.exec(
        QStringLiteral(
            "SELECT person_id FROM meeting_chairs WHERE meeting_id = ? ORDER BY position"),
        { meetingId });
    QList<qint64> out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

QList<Attendance> MeetingRepository::readAttendance(qint64 meetingId)
{
    QSqlQuery q = m_db.exec(
        QStringLiteral(
            "SELECT a.person_id, a.role, a.status, a.reason, a.delegate, p.full_name, "
            "p.honorific, p.titles FROM attendance a JOIN persons p ON p.id = a.person_id "
            "WHERE a.meeting_id = ? ORDER BY %1, p.sort_key, a.id")
            .arg(Roles::sqlOrder(QStringLiteral("a.role"))),
        { meetingId });
    QList<Attendance> out;
    while (q.next()) {
        Attendance a;
        a.personId = q.value(0).toLongLong();
        a.role = q.value(1).toString();
        a.status = q.value(2).toString();
        a.reason = q.value(3).toString();
        a.delegate = q.value(4).toString();
        a.personName = q.value(5).toString();
        a.honorific = q.value(6).toString();
        a.titles = q.value(7).toString();
        out.append(a);
    }
    return out;
}

QList<AgendaItem> MeetingRepository::readAgenda(qint64 meetingId)
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT title, presenter, documents FROM agenda_items "
                                           "WHERE meeting_id = ? ORDER BY position"),
        { meetingId });
    QList<AgendaItem> out;
    while (q.next())
        out.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString() });
    return out;
}

QList<Speech> MeetingRepository::readSpeeches(qint64 meetingId)
{
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT s.person_id, s.guest_name, s.unit, s.summary, p.full_name "
                       "FROM speeches s LEFT JOIN persons p ON p.id = s.person_id "
                       "WHERE s.meeting_id = ? ORDER BY s.position"),
        { meetingId });
    QList<Speech> out;
    while (q.next()) {
        Speech s;
        s.personId = q.value(0).toLongLong();
        s.guestName = q.value(1).toString();
        s.unit = q.value(2).toString();
        s.summary = q.value(3).toString();
        s.personName = q.value(4).toString();
        out.append(s);
    }
    return out;
}

QList<Meeting> MeetingRepository::meetings(qint64 committeeId, int year)
{
    QStringList where;
    QVariantList values;
    if (committeeId > 0) {
        where << QStringLiteral("m.committee_id = ?");
        values << committeeId;
    }
    if (year > 0) {
        where << QStringLiteral("m.starts_at >= ? AND m.starts_at < ?");
        values << QStringLiteral("%1-01-01").arg(year) << QStringLiteral("%1-01-01").arg(year + 1);
    }
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT %1 FROM meetings m JOIN committees c ON c.id = m.committee_id "
                       "%2 ORDER BY m.starts_at, m.id")
            .arg(meetingColumns,
                where.isEmpty() ? QString()
                                : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))),
        values);
    QList<Meeting> out;
    while (q.next())
        out.append(readMeeting(q));
    return out;
}

void MeetingRepository::requireVersion(qint64 meetingId, int expectedVersion)
{
    if (expectedVersion <= 0)
        return;
    const int stored = RowVersions::current(m_db, QStringLiteral("meetings"), meetingId);
    RowVersions::require(m_db, stored == expectedVersion ? 1 : 0, QStringLiteral("meetings"),
        QStringLiteral("meeting"), meetingId, Tr::tr("There is no meeting %1.").arg(meetingId));
}

int MeetingRepository::approve(qint64 meetingId, int expectedVersion)
{
    Transaction tx(m_db);
    requireVersion(meetingId, expectedVersion);
    requireDraft(meetingId);
    const auto m = meeting(meetingId);
    if (!m->secretaryId && m->chairIds.isEmpty())
        throw ValidationError(QStringLiteral("chairs"),
            Tr::tr("Name the chair and the recorder before approving the minutes."));
    const int year = m->date().year();
    int number = m->numberYear == year ? m->number : 0;
    if (number <= 0)
        number = m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(number), 0) + 1 FROM meetings "
                                            "WHERE committee_id = ? AND number_year = ?"),
                         { m->committeeId, year })
                     .toInt();
    QSqlQuery q = m_db.exec(
        QStringLiteral("UPDATE meetings SET status = 'approved', number = ?, number_year = ?, "
                       "approved_at = ?, approved_by = ?, updated_at = ?, updated_by = ?, "
                       "row_version = row_version + 1 WHERE id = ? AND row_version = ?"),
        { number, year, Database::now(), m_db.currentUser(), Database::now(), m_db.currentUser(),
            meetingId, m->rowVersion });
    RowVersions::require(m_db, q.numRowsAffected(), QStringLiteral("meetings"),
        QStringLiteral("meeting"), meetingId, Tr::tr("There is no meeting %1.").arg(meetingId));
    m_db.audit(QStringLiteral("approve"), QStringLiteral("meeting"), m->uuid,
        QStringLiteral("Số %1-BB/BCĐ").arg(number));
    tx.commit();
    return number;
}

void MeetingRepository::reopen(qint64 meetingId, const QString &reason, int expectedVersion)
{
    Transaction tx(m_db);
    requireVersion(meetingId, expectedVersion);
    const auto m = meeting(meetingId);
    if (!m)
        throw ValidationError(
            QStringLiteral("id"), Tr::tr("There is no meeting %1.").arg(meetingId));
    if (!m->isApproved())
        throw ValidationError(
            QStringLiteral("status"), Tr::tr("Only approved minutes can be reopened."));
    if (TextNorm::clean(reason).isEmpty())
        throw ValidationError(
            QStringLiteral("reason"), Tr::tr("Say why the approved minutes are reopened."));
    // The number stays with the minutes: approving them again keeps it.
    QSqlQuery q = m_db.exec(
        QStringLiteral(
            "UPDATE meetings SET status = 'draft', approved_at = NULL, approved_by = NULL, "
            "updated_at = ?, updated_by = ?, row_version = row_version + 1 "
            "WHERE id = ? AND row_version = ?"),
        { Database::now(), m_db.currentUser(), meetingId, m->rowVersion });
    RowVersions::require(m_db, q.numRowsAffected(), QStringLiteral("meetings"),
        QStringLiteral("meeting"), meetingId, Tr::tr("There is no meeting %1.").arg(meetingId));
    m_db.audit(
        QStringLiteral("reopen"), QStringLiteral("meeting"), m->uuid, TextNorm::clean(reason));
    tx.commit();
}

QList<Task> MeetingRepository::carriedOver(qint64 meetingId)
{
    const auto m = meeting(meetingId);
    return m ? TaskRepository(m_db).carriedOver(*m) : QList<Task>();
}

} // namespace thuky
