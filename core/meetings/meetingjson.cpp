#include <core/meetings/meetingjson.h>

#include <core/text/vndate.h>

#include <QJsonArray>

namespace thuky::MeetingJson {

namespace {

QJsonArray attendanceToJson(const QList<Attendance> &list)
{
    QJsonArray out;
    for (const Attendance &a : list)
        out.append(QJsonObject { { QStringLiteral("person"), double(a.personId) },
            { QStringLiteral("role"), a.role }, { QStringLiteral("status"), a.status },
            { QStringLiteral("reason"), a.reason }, { QStringLiteral("delegate"), a.delegate },
            { QStringLiteral("name"), a.personName } });
    return out;
}

QJsonArray agendaToJson(const QList<AgendaItem> &list)
{
    QJsonArray out;
    for (const AgendaItem &i : list)
        out.append(QJsonObject {
            { QStringLiteral("title"), i.title }, { QStringLiteral("presenter"), i.presenter } });
    return out;
}

QJsonArray speechesToJson(const QList<Speech> &list)
{
    QJsonArray out;
    for (const Speech &s : list)
        out.append(QJsonObject { { QStringLiteral("person"), double(s.personId) },
            { QStringLiteral("guest"), s.guestName }, { QStringLiteral("name"), s.personName },
            { QStringLiteral("unit"), s.unit }, { QStringLiteral("summary"), s.summary } });
    return out;
}

QJsonArray tasksToJson(const QList<Task> &list)
{
    QJsonArray out;
    for (const Task &t : list)
        out.append(QJsonObject { { QStringLiteral("id"), double(t.id) },
            { QStringLiteral("description"), t.description }, { QStringLiteral("owner"), t.owner },
            { QStringLiteral("due"), VnDate::iso(t.due) },
            { QStringLiteral("status"), t.status } });
    return out;
}

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out << x.toString();
    return out;
}

QList<Attendance> attendanceFromJson(const QJsonValue &value)
{
    QList<Attendance> out;
    for (const QJsonValue &v : value.toArray()) {
        const QJsonObject a = v.toObject();
        Attendance x;
        x.personId = qint64(a[QStringLiteral("person")].toDouble());
        x.role = a[QStringLiteral("role")].toString();
        x.status = a[QStringLiteral("status")].toString();
        x.reason = a[QStringLiteral("reason")].toString();
        x.delegate = a[QStringLiteral("delegate")].toString();
        x.personName = a[QStringLiteral("name")].toString();
        out << x;
    }
    return out;
}

QList<AgendaItem> agendaFromJson(const QJsonValue &value)
{
    QList<AgendaItem> out;
    for (const QJsonValue &v : value.toArray())
        out << AgendaItem { v[QStringLiteral("title")].toString(),
            v[QStringLiteral("presenter")].toString(), {} };
    return out;
}

QList<Speech> speechesFromJson(const QJsonValue &value)
{
    QList<Speech> out;
    for (const QJsonValue &v : value.toArray()) {
        Speech s;
        s.personId = qint64(v[QStringLiteral("person")].toDouble());
        s.guestName = v[QStringLiteral("guest")].toString();
        s.personName = v[QStringLiteral("name")].toString();
        s.unit = v[QStringLiteral("unit")].toString();
        s.summary = v[QStringLiteral("summary")].toString();
        out << s;
    }
    return out;
}

QList<Task> tasksFromJson(const QJsonValue &value)
{
    QList<Task> out;
    for (const QJsonValue &v : value.toArray()) {
        Task t;
        t.id = qint64(v[QStringLiteral("id")].toDouble());
        t.description = v[QStringLiteral("description")].toString();
        t.owner = v[QStringLiteral("owner")].toString();
        t.due = VnDate::parse(v[QStringLiteral("due")].toString());
        t.status = v[QStringLiteral("status")].toString();
        out << t;
    }
    return out;
}

} // namespace

QJsonObject toJson(const Meeting &m)
{
    QJsonObject o;
    o[QStringLiteral("uuid")] = m.uuid;
    o[QStringLiteral("id")] = double(m.id);
    o[QStringLiteral("committee")] = double(m.committeeId);
    o[QStringLiteral("kind")] = m.kind;
    o[QStringLiteral("period")] = m.period;
    o[QStringLiteral("title")] = m.title;
    o[QStringLiteral("start")] = m.start.toString(Qt::ISODate);
    o[QStringLiteral("end")] = m.end.toString(Qt::ISODate);
    o[QStringLiteral("place")] = m.place;
    o[QStringLiteral("bridges")] = QJsonArray::fromStringList(m.bridgePoints);
    o[QStringLiteral("guests")] = QJsonArray::fromStringList(m.guests);
    o[QStringLiteral("documents")] = QJsonArray::fromStringList(m.documents);
    QJsonArray chairs;
    for (qint64 id : m.chairIds)
        chairs.append(double(id));
    o[QStringLiteral("chairs")] = chairs;
    o[QStringLiteral("secretary")] = double(m.secretaryId);
    o[QStringLiteral("conclusion")] = m.conclusion;
    o[QStringLiteral("attendance")] = attendanceToJson(m.attendance);
    o[QStringLiteral("agenda")] = agendaToJson(m.agenda);
    o[QStringLiteral("speeches")] = speechesToJson(m.speeches);
    o[QStringLiteral("tasks")] = tasksToJson(m.tasks);
    return o;
}

Meeting fromJson(const QJsonObject &o, Meeting m)
{
    m.kind = o[QStringLiteral("kind")].toString();
    m.period = o[QStringLiteral("period")].toString();
    m.title = o[QStringLiteral("title")].toString();
    m.start = QDateTime::fromString(o[QStringLiteral("start")].toString(), Qt::ISODate);
    m.end = QDateTime::fromString(o[QStringLiteral("end")].toString(), Qt::ISODate);
    m.place = o[QStringLiteral("place")].toString();
    m.bridgePoints = stringList(o[QStringLiteral("bridges")]);
    m.guests = stringList(o[QStringLiteral("guests")]);
    m.documents = stringList(o[QStringLiteral("documents")]);
    m.chairIds.clear();
    for (const QJsonValue &v : o[QStringLiteral("chairs")].toArray())
        m.chairIds << qint64(v.toDouble());
    m.secretaryId = qint64(o[QStringLiteral("secretary")].toDouble());
    m.conclusion = o[QStringLiteral("conclusion")].toString();
    m.attendance = attendanceFromJson(o[QStringLiteral("attendance")]);
    m.agenda = agendaFromJson(o[QStringLiteral("agenda")]);
    m.speeches = speechesFromJson(o[QStringLiteral("speeches")]);
    m.tasks = tasksFromJson(o[QStringLiteral("tasks")]);
    return m;
}

} // namespace thuky::MeetingJson
