#include <core/db/exchange.h>

#include <core/db/database.h>
#include <core/db/roles.h>
#include <core/db/sealedfile.h>
#include <core/meetings/meeting.h>
#include <core/meetings/task.h>
#include <core/opinions/opinion.h>
#include <core/opinions/opinionrepository.h>
#include <core/text/textnorm.h>
#include <core/text/vndate.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <QSqlQuery>
#include <QUuid>

#include <cmath>

namespace thuky {

namespace {
// The context of this file's messages, seen by lupdate in member and free functions alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(thuky::Exchange)
};

const char formatName[] = "thuky-exchange";
// 2: sealed, meetings carry their chairs, attendance, agenda and speakers.
const int formatVersion = 2;
// Dates a record may carry: anything outside is a typing or a forging error.
const QDate earliest(1900, 1, 1);
const QDate latest(2199, 12, 31);
// How far a record's timestamp may run ahead of this computer's clock.
const qint64 clockSkewSeconds = 10 * 60;
const int maxText = 100000;
const int maxProblems = 50;

/** How a column's value is checked and stored. */
enum class Kind {
    Text, ///< any text, or null
    Name, ///< text that is not blank once cleaned
    Date, ///< YYYY-MM-DD within [earliest, latest]
    Time, ///< YYYY-MM-DDTHH:MM:SS within the same range
    Stamp, ///< an ISO timestamp not in the future
    Int,
    Year,
    Flag, ///< 0 or 1
    Enum,
    Ref, ///< the UUID of a record of `target`
    Quarter, ///< YYYY-Qn, the quarter of `observed_on`
    Period, ///< a meeting period code
};

struct Column
{
    const char *name;
    Kind kind;
    bool required = false;
    const char *target = nullptr; ///< Ref: the table referred to
    QStringList (*codes)() = nullptr; ///< Enum: the allowed codes
};

/** Rows that belong to a meeting and travel inside it (they are replaced with it). */
struct Child
{
    const char *key; ///< the table, and the key in the meeting's values
    QList<Column> columns;
    const char *order;
    bool common; ///< has uuid, created_at, … (meeting_chairs has not)
};

struct Table
{
    const char *name;
    QList<Column> columns;
    const char *titleColumn;
    QList<Child> children = {};
};

QStringList localityLevels()
{
    return { QStringLiteral("province"), QStringLiteral("district"), QStringLiteral("commune") };
}
QStringList committeeLevels()
{
    return localityLevels() << QStringLiteral("agency");
}
QStringList roleCodes()
{
    QStringList codes;
    for (Role r : Roles::all())
        codes.append(Roles::code(r));
    return codes;
}
QStringList meetingStatuses()
{
    return { QStringLiteral("draft"), QStringLiteral("approved") };
}
QStringList attendanceStatuses()
{
    return { QStringLiteral("present"), QStringLiteral("absent"), QStringLiteral("delegate") };
}
QStringList channelCodes()
{
    return OpinionCodes::codes(OpinionCodes::Field::Channel);
}
QStringList sentimentCodes()
{
    return OpinionCodes::codes(OpinionCodes::Field::Sentiment);
}
QStringList urgencyCodes()
{
    return OpinionCodes::codes(OpinionCodes::Field::Urgency);
}
QStringList scopeCodes()
{
    return OpinionCodes::codes(OpinionCodes::Field::Scope);
}
QStringList opinionStatuses()
{
    return OpinionCodes::codes(OpinionCodes::Field::Status);
}

// Parents before children. Users, the audit log, settings and saved filters stay local.
const QList<Table> &exchangedTables()
{
    static const QList<Table> tables = {
        { "localities",
            { { "name", Kind::Name, true }, { "level", Kind::Enum, true, nullptr, localityLevels },
                { "parent_id", Kind::Ref, false, "localities" }, { "valid_from", Kind::Date },
                { "valid_to", Kind::Date }, { "merged_into_id", Kind::Ref, false, "localities" },
                { "merged_on", Kind::Date } },
            "name" },
        { "committees",
            { { "name", Kind::Name, true }, { "level", Kind::Enum, true, nullptr, committeeLevels },
                { "parent_id", Kind::Ref, false, "committees" },
                { "locality_id", Kind::Ref, false, "localities" }, { "superior_body", Kind::Text },
                { "place_name", Kind::Text }, { "valid_from", Kind::Date },
                { "valid_to", Kind::Date }, { "successor_id", Kind::Ref, false, "committees" } },
            "name" },
        { "persons",
            { { "full_name", Kind::Name, true }, { "honorific", Kind::Text },
                { "titles", Kind::Text }, { "organisation", Kind::Text }, { "phone", Kind::Text },
                { "email", Kind::Text }, { "note", Kind::Text } },
            "full_name" },
        { "memberships",
            { { "person_id", Kind::Ref, true, "persons" },
                { "committee_id", Kind::Ref, true, "committees" },
                { "role", Kind::Enum, true, nullptr, roleCodes },
                { "start_date", Kind::Date, true }, { "end_date", Kind::Date },
                { "decision", Kind::Text }, { "note", Kind::Text } },
            "decision" },
        { "topics",
            { { "name", Kind::Name, true }, { "parent_id", Kind::Ref, false, "topics" },
                { "position", Kind::Int, true }, { "active", Kind::Flag, true } },
            "name" },
        { "agencies", { { "name", Kind::Name, true }, { "active", Kind::Flag, true } }, "name" },
        { "meetings",
            { { "committee_id", Kind::Ref, true, "committees" },
                { "kind", Kind::Enum, true, nullptr, MeetingKinds::codes },
                { "period", Kind::Period }, { "title", Kind::Name, true },
                { "starts_at", Kind::Time, true }, { "ends_at", Kind::Time },
                { "place", Kind::Text }, { "bridge_points", Kind::Text }, { "guests", Kind::Text },
                { "documents", Kind::Text }, { "secretary_id", Kind::Ref, false, "persons" },
                { "conclusion", Kind::Text },
                { "status", Kind::Enum, true, nullptr, meetingStatuses }, { "number", Kind::Int },
                { "number_year", Kind::Year }, { "approved_at", Kind::Stamp },
                { "approved_by", Kind::Text } },
            "title",
            {
                { "meeting_chairs",
                    { { "person_id", Kind::Ref, true, "persons" },
                        { "position", Kind::Int, true } },
                    "position", false },
                { "attendance",
                    { { "person_id", Kind::Ref, true, "persons" },
                        { "role", Kind::Enum, false, nullptr, roleCodes },
                        { "status", Kind::Enum, true, nullptr, attendanceStatuses },
                        { "reason", Kind::Text }, { "delegate", Kind::Text } },
                    "id", true },
                { "agenda_items",
                    { { "position", Kind::Int, true }, { "title", Kind::Name, true },
                        { "presenter", Kind::Text }, { "documents", Kind::Text } },
                    "position, id", true },
                { "speeches",
                    { { "position", Kind::Int, true }, { "person_id", Kind::Ref, false, "persons" },
                        { "guest_name", Kind::Text }, { "unit", Kind::Text },
                        { "summary", Kind::Text } },
                    "position, id", true },
            } },
        { "tasks",
            { { "meeting_id", Kind::Ref, true, "meetings" }, { "description", Kind::Name, true },
                { "owner", Kind::Name, true }, { "owner_person_id", Kind::Ref, false, "persons" },
                { "due_date", Kind::Date },
                { "status", Kind::Enum, true, nullptr, TaskStatuses::codes },
                { "completion_note", Kind::Text }, { "completed_on", Kind::Date } },
            "description" },
        { "opinions",
            { { "observed_on", Kind::Date, true }, { "quarter", Kind::Quarter, true },
                { "reporter_id", Kind::Ref, false, "persons" },
                { "locality_id", Kind::Ref, true, "localities" },
                { "topic_id", Kind::Ref, true, "topics" },
                { "channel", Kind::Enum, true, nullptr, channelCodes },
                { "sentiment", Kind::Enum, true, nullptr, sentimentCodes },
                { "urgency", Kind::Enum, true, nullptr, urgencyCodes },
                { "scope", Kind::Enum, true, nullptr, scopeCodes }, { "summary", Kind::Name, true },
                { "recommendation", Kind::Text }, { "agency_id", Kind::Ref, false, "agencies" },
                { "forwarded_on", Kind::Date },
                { "status", Kind::Enum, true, nullptr, opinionStatuses },
                { "response", Kind::Text }, { "response_on", Kind::Date } },
            "summary" },
    };
    return tables;
}

const Table *findTable(const QString &name)
{
    for (const Table &t : exchangedTables()) {
        if (name == QLatin1String(t.name))
            return &t;
    }
    return nullptr;
}

QString name(const char *s)
{
    return QString::fromLatin1(s);
}

const QStringList &commonColumns()
{
    static const QStringList columns = { QStringLiteral("uuid"), QStringLiteral("created_at"),
        QStringLiteral("updated_at"), QStringLiteral("updated_by"), QStringLiteral("row_version") };
    return columns;
}

QStringList columnNames(const QList<Column> &columns)
{
    QStringList names;
    for (const Column &c : columns)
        names.append(name(c.name));
    return names;
}

bool isIntegral(const QJsonValue &v)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 2147483648.0;
}

QDate isoDate(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!pattern.match(text).hasMatch())
        return {};
    const QDate d = QDate::fromString(text, Qt::ISODate);
    return d >= earliest && d <= latest ? d : QDate();
}

QDateTime stamp(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?(Z|[+-]\\d{2}:\\d{2})?$"));
    if (!pattern.match(text).hasMatch())
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.isValid() && t.date() >= earliest && t.date() <= latest ? t : QDateTime();
}

/**
 * The value of @p column in a file's record, in the form this database stores (integers as
 * integers, references as UUIDs); an error message instead when it is not acceptable.
 */
QJsonValue checkValue(const Column &column, const QJsonValue &v, QString *error)
{
    const QString col = name(column.name);
    if (v.isNull() || v.isUndefined()) {
        if (column.required)
            *error = Tr::tr("%1 is missing").arg(col);
        return QJsonValue::Null;
    }
    switch (column.kind) {
    case Kind::Int:
    case Kind::Year:
    case Kind::Flag: {
        if (!isIntegral(v)) {
            *error = Tr::tr("%1 must be a whole number").arg(col);
            return {};
        }
        const qint64 n = v.toInteger();
        if ((column.kind == Kind::Flag && n != 0 && n != 1)
            || (column.kind == Kind::Year && (n < earliest.year() || n > latest.year()))
            || (column.kind == Kind::Int && n < 0)) {
            *error = Tr::tr("%1: %2 is out of range").arg(col).arg(n);
            return {};
        }
        return QJsonValue(n);
    }
    default:
        break;
    }
    if (!v.isString()) {
        *error = Tr::tr("%1 must be text").arg(col);
        return {};
    }
    const QString s = v.toString();
    if (s.size() > maxText || s.contains(QChar(0))) {
        *error = Tr::tr("%1 is too long or holds a NUL character").arg(col);
        return {};
    }
    switch (column.kind) {
    case Kind::Name:
        if (TextNorm::clean(s).isEmpty())
            *error = Tr::tr("%1 must not be empty").arg(col);
        break;
    case Kind::Date:
        if (!isoDate(s).isValid())
            *error = Tr::tr("%1: \"%2\" is not a date between %3 and %4")
                         .arg(col, s.left(40), VnDate::iso(earliest), VnDate::iso(latest));
        break;
    case Kind::Time: {
        const QDateTime t = stamp(s);
        if (!t.isValid())
            *error = Tr::tr("%1: \"%2\" is not a date and time").arg(col, s.left(40));
        break;
    }
    case Kind::Stamp: {
        const QDateTime t = stamp(s);
        if (!t.isValid())
            *error = Tr::tr("%1: \"%2\" is not a timestamp").arg(col, s.left(40));
        else if (t > QDateTime::currentDateTimeUtc().addSecs(clockSkewSeconds))
            *error = Tr::tr("%1: %2 is in the future").arg(col, s);
        break;
    }
    case Kind::Enum:
        if (!column.codes().contains(s))
            *error = Tr::tr("%1: \"%2\" is not one of %3")
                         .arg(col, s.left(40), column.codes().join(QLatin1Char(',')));
        break;
    case Kind::Ref:
        if (QUuid::fromString(s).isNull())
            *error = Tr::tr("%1: \"%2\" is not a UUID").arg(col, s.left(40));
        break;
    case Kind::Quarter:
        if (!VnDate::parseQuarter(s).isValid())
            *error = Tr::tr("%1: \"%2\" is not a quarter (YYYY-Qn)").arg(col, s.left(40));
        break;
    case Kind::Period:
        if (MeetingPeriods::parse(s) != s)
            *error = Tr::tr("%1: \"%2\" is not a period (2024-Q2, 2024-H1, 2024)")
                         .arg(col, s.left(40));
        break;
    default:
        break;
    }
    return s;
}

/** Checks the columns of @p in; returns them as stored, appending what is wrong to @p errors. */
QJsonObject checkColumns(const QList<Column> &columns, const QStringList &allowed,
    const QJsonObject &in, QStringList *errors)
{
    QJsonObject out;
    for (auto it = in.begin(); it != in.end(); ++it) {
        if (!allowed.contains(it.key()))
            errors->append(Tr::tr("unknown field %1").arg(it.key().left(40)));
    }
    for (const Column &c : columns) {
        QString error;
        const QJsonValue v = checkValue(c, in.value(name(c.name)), &error);
        if (!error.isEmpty())
            errors->append(error);
        out.insert(name(c.name), v);
    }
    return out;
}

QString text(const QJsonObject &row, const char *column)
{
    return row.value(name(column)).toString();
}

/** The rules between fields of one record, as the repositories check typed input. */
void checkRules(const Table &t, const QJsonObject &row, QStringList *errors)
{
    const QString table = name(t.name);
    auto notBefore = [&](const char *later, const char *earlier) {
        const QString a = text(row, later);
        const QString b = text(row, earlier);
        if (!a.isEmpty() && !b.isEmpty() && a < b)
            errors->append(Tr::tr("%1 is before %2").arg(name(later), name(earlier)));
    };
    if (table == QLatin1String("localities") || table == QLatin1String("committees"))
        notBefore("valid_to", "valid_from");
    if (table == QLatin1String("memberships"))
        notBefore("end_date", "start_date");
    if (table == QLatin1String("meetings")) {
        notBefore("ends_at", "starts_at");
        if (text(row, "status") == QLatin1String("approved")
            && row.value(QStringLiteral("number")).toInteger() <= 0)
            errors->append(Tr::tr("approved minutes need their number"));
    }
    if (table == QLatin1String("opinions")) {
        const QDate observed = isoDate(text(row, "observed_on"));
        if (observed.isValid() && text(row, "quarter") != VnDate::quarterCode(observed))
            errors->append(Tr::tr("quarter %1 does not match the date %2")
                               .arg(text(row, "quarter").left(10), VnDate::iso(observed)));
        // The repository's own rules, on a report that has every reference it needs.
        OpinionReport r;
        r.observedOn = observed;
        r.localityId = 1;
        r.topicId = 1;
        r.agencyId = row.value(QStringLiteral("agency_id")).isNull() ? 0 : 1;
        r.summary = text(row, "summary");
        r.channel = text(row, "channel");
        r.sentiment = text(row, "sentiment");
        r.urgency = text(row, "urgency");
        r.scope = text(row, "scope");
        r.status = text(row, "status");
        r.forwardedOn = isoDate(text(row, "forwarded_on"));
        r.responseOn = isoDate(text(row, "response_on"));
        if (errors->isEmpty() && observed.isValid()) {
            try {
                OpinionRepository::validate(r);
            } catch (const ValidationError &e) {
                errors->append(e.message());
            }
        }
    }
}

/** Checks a meeting's children; returns them as stored. */
QJsonObject checkChildren(const Table &t, const QJsonObject &in, QStringList *errors)
{
    QJsonObject out;
    for (const Child &c : t.children) {
        const QString key = name(c.key);
        const QJsonValue v = in.value(key);
        if (!v.isArray()) {
            errors->append(Tr::tr("%1 must be a list").arg(key));
            continue;
        }
        QJsonArray rows;
        QSet<QString> persons;
        const QStringList allowed = columnNames(c.columns);
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isObject()) {
                errors->append(Tr::tr("%1 must hold records").arg(key));
                break;
            }
            QStringList rowErrors;
            const QJsonObject row = checkColumns(c.columns, allowed, item.toObject(), &rowErrors);
            for (const QString &e : rowErrors)
                errors->append(key + QStringLiteral(": ") + e);
            // A person attends or chairs a meeting once.
            const QJsonValue person = row.value(QStringLiteral("person_id"));
            if (key != QLatin1String("speeches") && person.isString()) {
                if (persons.contains(person.toString()))
                    errors->append(Tr::tr("%1: a person is listed twice").arg(key));
                persons.insert(person.toString());
            }
            rows.append(row);
        }
        out.insert(key, rows);
    }
    return out;
}

QString where(const QString &source, const QString &table, const QString &uuid)
{
    return QStringLiteral("%1:%2/%3")
        .arg(source, table, uuid.isEmpty() ? QStringLiteral("?") : uuid);
}

[[noreturn]] void refuse(const QStringList &problems)
{
    QStringList shown = problems.mid(0, maxProblems);
    if (problems.size() > maxProblems)
        shown.append(Tr::tr("… and %1 more problems").arg(problems.size() - maxProblems));
    throw ValidationError(QStringLiteral("file"), shown.join(QLatin1Char('\n')));
}

QJsonValue fromSql(
    const Column &c, const QVariant &v, const QHash<QString, QHash<qint64, QString>> &uuids)
{
    if (v.isNull() || !v.isValid())
        return QJsonValue::Null;
    switch (c.kind) {
    case Kind::Int:
    case Kind::Year:
    case Kind::Flag:
        return QJsonValue(v.toLongLong());
    case Kind::Ref: {
        const QString uuid = uuids.value(name(c.target)).value(v.toLongLong());
        return uuid.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(uuid);
    }
    default:
        return QJsonValue(v.toString());
    }
}

/** The ids and UUIDs of every exchanged table, both ways. */
struct Keys
{
    QHash<QString, QHash<qint64, QString>> uuidOf;
    QHash<QString, QHash<QString, qint64>> idOf;

    explicit Keys(Database &db)
    {
        for (const Table &t : exchangedTables()) {
            const QString table = name(t.name);
            QSqlQuery q = db.exec(QStringLiteral("SELECT id, uuid FROM %1").arg(table));
            while (q.next()) {
                uuidOf[table].insert(q.value(0).toLongLong(), q.value(1).toString());
                idOf[table].insert(q.value(1).toString(), q.value(0).toLongLong());
            }
        }
    }
};

/** A local record in the file's form, with its local id. */
struct LocalRecord
{
    qint64 id = 0;
    QJsonObject values;
};

/** The records of @p t here (updated on or after @p since when given), keyed by UUID. */
QHash<QString, LocalRecord> localRecords(
    Database &db, const Table &t, const Keys &keys, const QString &since = {})
{
    const QString table = name(t.name);
    QHash<qint64, QJsonObject> childrenOf;
    for (const Child &c : t.children) {
        const QStringList columns = columnNames(c.columns);
        QSqlQuery q
            = db.exec(QStringLiteral("SELECT meeting_id, %1 FROM %2 ORDER BY meeting_id, %3")
                          .arg(columns.join(QLatin1Char(',')), name(c.key), name(c.order)));
        QHash<qint64, QJsonArray> rows;
        while (q.next()) {
            QJsonObject row;
            for (int i = 0; i < c.columns.size(); ++i)
                row.insert(columns.at(i), fromSql(c.columns.at(i), q.value(i + 1), keys.uuidOf));
            rows[q.value(0).toLongLong()].append(row);
        }
        for (auto it = rows.begin(); it != rows.end(); ++it)
            childrenOf[it.key()].insert(name(c.key), it.value());
    }
    const QStringList columns = commonColumns() + columnNames(t.columns);
    QSqlQuery q
        = db.exec(QStringLiteral("SELECT id, %1 FROM %2%3 ORDER BY id")
                      .arg(columns.join(QLatin1Char(',')), table,
                          since.isEmpty() ? QString() : QStringLiteral(" WHERE updated_at >= ?")),
            since.isEmpty() ? QVariantList() : QVariantList { since });
    QHash<QString, LocalRecord> records;
    while (q.next()) {
        LocalRecord r;
        r.id = q.value(0).toLongLong();
        for (int i = 0; i < commonColumns().size(); ++i) {
            const QVariant v = q.value(i + 1);
            r.values.insert(commonColumns().at(i),
                v.isNull() ? QJsonValue(QJsonValue::Null)
                    : commonColumns().at(i) == QLatin1String("row_version")
                    ? QJsonValue(v.toLongLong())
                    : QJsonValue(v.toString()));
        }
        for (int i = 0; i < t.columns.size(); ++i)
            r.values.insert(name(t.columns.at(i).name),
                fromSql(t.columns.at(i), q.value(i + 1 + commonColumns().size()), keys.uuidOf));
        if (!t.children.isEmpty()) {
            const QJsonObject children = childrenOf.value(r.id);
            for (const Child &c : t.children)
                r.values.insert(name(c.key), children.value(name(c.key)).toArray());
        }
        records.insert(r.values.value(QStringLiteral("uuid")).toString(), r);
    }
    return records;
}

/** Whether two records say the same, whoever saved them when. */
bool sameContent(const Table &t, const QJsonObject &a, const QJsonObject &b)
{
    for (const Column &c : t.columns) {
        if (a.value(name(c.name)) != b.value(name(c.name)))
            return false;
    }
    for (const Child &c : t.children) {
        if (a.value(name(c.key)) != b.value(name(c.key)))
            return false;
    }
    return true;
}

QString titleOf(const Table &t, const QJsonObject &values)
{
    QString title = values.value(name(t.titleColumn)).toString();
    if (QLatin1String(t.name) == QLatin1String("memberships"))
        title = QStringLiteral("%1 %2 %3")
                    .arg(values.value(QStringLiteral("role")).toString(),
                        values.value(QStringLiteral("start_date")).toString(), title)
                    .trimmed();
    return title.size() > 80 ? title.left(79) + QChar(0x2026) : title;
}

QVariant toSql(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return QVariant(QMetaType::fromType<QString>());
    if (v.isDouble())
        return QVariant(v.toInteger());
    return QVariant(v.toString());
}

QVariant nullId()
{
    return QVariant(QMetaType::fromType<qint64>());
}

struct Seen
{
    qint64 incoming = 0;
    qint64 local = 0;
};
} // namespace

int Exchange::Plan::count(Action action) const
{
    int n = 0;
    for (const Change &c : changes)
        n += c.action == action ? 1 : 0;
    return n;
}

QList<Exchange::Change> Exchange::Plan::conflicts() const
{
    QList<Change> list;
    for (const Change &c : changes) {
        if (c.action == Action::Conflict)
            list.append(c);
    }
    return list;
}

int Exchange::exportTo(
    Database &db, const QString &file, const QString &passphrase, const QDate &since)
{
    if (passphrase.isEmpty())
        throw ValidationError(
            QStringLiteral("passphrase"), Tr::tr("The passphrase must not be empty."));
    const Keys keys(db);
    QJsonObject tables;
    int count = 0;
    for (const Table &t : exchangedTables()) {
        const QHash<QString, LocalRecord> records
            = localRecords(db, t, keys, since.isValid() ? VnDate::iso(since) : QString());
        QList<LocalRecord> ordered = records.values();
        std::sort(ordered.begin(), ordered.end(),
            [](const LocalRecord &a, const LocalRecord &b) { return a.id < b.id; });
        QJsonArray rows;
        for (const LocalRecord &r : ordered)
            rows.append(r.values);
        count += int(rows.size());
        tables.insert(name(t.name), rows);
    }
    QJsonObject root;
    root.insert(QStringLiteral("format"), QLatin1String(formatName));
    root.insert(QStringLiteral("version"), formatVersion);
    root.insert(QStringLiteral("schema"), db.schemaVersion());
    root.insert(QStringLiteral("exported_at"), Database::now());
    root.insert(QStringLiteral("since"), since.isValid() ? VnDate::iso(since) : QString());
    root.insert(QStringLiteral("tables"), tables);
    const QByteArray sealed = SealedFile::seal(
        qCompress(QJsonDocument(root).toJson(QJsonDocument::Compact), 6), passphrase.toUtf8());
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(sealed) != sealed.size() || !out.commit())
        throw ValidationError(
            QStringLiteral("file"), Tr::tr("%1: cannot write: %2").arg(file, out.errorString()));
    return count;
}

Exchange::Content Exchange::parse(const QByteArray &plainJson, const QString &source)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(plainJson, &error);
    const QJsonObject root = doc.object();
    if (error.error != QJsonParseError::NoError || !doc.isObject()
        || root.value(QStringLiteral("format")).toString() != QLatin1String(formatName))
        refuse({ Tr::tr("%1:1: not a Thư Ký exchange file").arg(source) });
    if (!isIntegral(root.value(QStringLiteral("version")))
        || !isIntegral(root.value(QStringLiteral("schema")))
        || !root.value(QStringLiteral("tables")).isObject())
        refuse({ Tr::tr("%1:1: the exchange file lacks its version or tables").arg(source) });
    if (root.value(QStringLiteral("version")).toInteger() != formatVersion)
        refuse({ Tr::tr("%1:1: an exchange file of format %2; this version reads format %3")
                     .arg(source)
                     .arg(root.value(QStringLiteral("version")).toInteger())
                     .arg(formatVersion) });
    Content content;
    content.schema = int(root.value(QStringLiteral("schema")).toInteger());
    content.exportedAt = root.value(QStringLiteral("exported_at")).toString();
    content.since = root.value(QStringLiteral("since")).toString();
    const QJsonObject tables = root.value(QStringLiteral("tables")).toObject();
    QStringList problems;
    for (auto it = tables.begin(); it != tables.end(); ++it) {
        if (!findTable(it.key()))
            problems.append(Tr::tr("%1:1: unknown table %2").arg(source, it.key().left(40)));
    }
    for (const Table &t : exchangedTables()) {
        const QString table = name(t.name);
        const QJsonValue rows = tables.value(table);
        if (rows.isUndefined())
            continue;
        if (!rows.isArray()) {
            problems.append(Tr::tr("%1:%2: not a list of records").arg(source, table));
            continue;
        }
        QStringList allowed = commonColumns() + columnNames(t.columns);
        for (const Child &c : t.children)
            allowed.append(name(c.key));
        QSet<QString> uuids;
        int index = 0;
        for (const QJsonValue &value : rows.toArray()) {
            ++index;
            if (problems.size() > maxProblems)
                break;
            const QJsonObject in = value.toObject();
            const QString uuid = in.value(QStringLiteral("uuid")).toString().left(40);
            const QString at = uuid.isEmpty()
                ? QStringLiteral("%1:%2#%3").arg(source, table).arg(index)
                : where(source, table, uuid);
            if (!value.isObject()) {
                problems.append(Tr::tr("%1: not a record").arg(at));
                continue;
            }
            QStringList errors;
            if (QUuid::fromString(uuid).isNull())
                errors.append(Tr::tr("uuid is missing or not a UUID"));
            else if (uuids.contains(uuid))
                errors.append(Tr::tr("the file holds this record twice"));
            uuids.insert(uuid);
            QJsonObject row = checkColumns(t.columns, allowed, in, &errors);
            for (const char *stampColumn : { "created_at", "updated_at" }) {
                QString e;
                row.insert(name(stampColumn),
                    checkValue(
                        { stampColumn, Kind::Stamp, true }, in.value(name(stampColumn)), &e));
                if (!e.isEmpty())
                    errors.append(e);
            }
            QString e;
            row.insert(QStringLiteral("updated_by"),
                checkValue(
                    { "updated_by", Kind::Text }, in.value(QStringLiteral("updated_by")), &e));
            if (!e.isEmpty())
                errors.append(e);
            const QJsonValue version = in.value(QStringLiteral("row_version"));
            if (!isIntegral(version) || version.toInteger() < 1)
                errors.append(Tr::tr("row_version must be a positive whole number"));
            row.insert(QStringLiteral("row_version"), QJsonValue(version.toInteger()));
            row.insert(QStringLiteral("uuid"), uuid);
            if (!t.children.isEmpty()) {
                const QJsonObject children = checkChildren(t, in, &errors);
                for (auto c = children.begin(); c != children.end(); ++c)
                    row.insert(c.key(), c.value());
            }
            if (errors.isEmpty())
                checkRules(t, row, &errors);
            for (const QString &problem : std::as_const(errors))
                problems.append(QStringLiteral("%1: %2").arg(at, problem));
            content.records.append({ table, uuid, row });
        }
    }
    if (!problems.isEmpty())
        refuse(problems);
    return content;
}

Exchange::Plan Exchange::plan(Database &db, const QString &file, const QString &passphrase)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        throw ValidationError(
            QStringLiteral("file"), Tr::tr("%1: cannot read: %2").arg(file, in.errorString()));
    QByteArray compressed;
    try {
        compressed = SealedFile::open(in.readAll(), passphrase.toUtf8());
    } catch (const SealedFile::Error &e) {
        if (e.failure() == SealedFile::Failure::WrongPassphrase)
            throw PermissionError(Tr::tr("%1: wrong passphrase for this exchange file").arg(file));
        throw ValidationError(
            QStringLiteral("file"), QStringLiteral("%1:1: %2").arg(file, e.message()));
    }
    const QByteArray json = qUncompress(compressed);
    if (json.isEmpty())
        refuse({ Tr::tr("%1:1: the exchange file is damaged").arg(file) });
    return plan(db, parse(json, file), file);
}

Exchange::Plan Exchange::plan(Database &db, const Content &content, const QString &source)
{
    if (content.schema > db.schemaVersion())
        refuse({ Tr::tr("%1:1: written by a newer version of Thư Ký").arg(source) });
    Plan plan;
    plan.source = source;
    plan.content = content;
    const Keys keys(db);
    QHash<QString, QSet<QString>> inFile;
    for (const Record &r : content.records)
        inFile[r.table].insert(r.uuid);
    QHash<QString, QHash<QString, LocalRecord>> local;
    for (const Table &t : exchangedTables())
        local.insert(name(t.name), localRecords(db, t, keys));
    QHash<QString, Seen> seen;
    QSqlQuery q = db.exec(
        QStringLiteral("SELECT entity, uuid, incoming_version, local_version FROM exchange_seen"));
    while (q.next())
        seen.insert(key(q.value(0).toString(), q.value(1).toString()),
            { q.value(2).toLongLong(), q.value(3).toLongLong() });

    QStringList problems;
    auto checkRef = [&](const Record &r, const Column &c, const QJsonValue &v) {
        if (c.kind != Kind::Ref || !v.isString())
            return;
        const QString target = name(c.target);
        if (!inFile.value(target).contains(v.toString())
            && !keys.idOf.value(target).contains(v.toString()))
            problems.append(Tr::tr("%1: %2 refers to a %3 record that is neither in the file nor "
                                   "in the database")
                                .arg(where(source, r.table, r.uuid), name(c.name), target));
    };
    const QHash<QString, LocalRecord> &meetingsHere = local[QStringLiteral("meetings")];
    auto isApprovedHere = [&](const QString &meetingUuid) {
        const auto it = meetingsHere.constFind(meetingUuid);
        return it != meetingsHere.constEnd()
            && it->values.value(QStringLiteral("status")).toString() == QLatin1String("approved");
    };

    for (int i = 0; i < content.records.size(); ++i) {
        const Record &r = content.records.at(i);
        const Table &t = *findTable(r.table);
        for (const Column &c : t.columns)
            checkRef(r, c, r.values.value(name(c.name)));
        for (const Child &child : t.children) {
            for (const QJsonValue &row : r.values.value(name(child.key)).toArray()) {
                for (const Column &c : child.columns)
                    checkRef(r, c, row.toObject().value(name(c.name)));
            }
        }
        Change change;
        change.table = r.table;
        change.uuid = r.uuid;
        change.title = titleOf(t, r.values);
        change.incomingUpdatedBy = r.values.value(QStringLiteral("updated_by")).toString();
        change.incomingUpdatedAt = r.values.value(QStringLiteral("updated_at")).toString();
        change.record = i;
        const QHash<QString, LocalRecord> &records = local[r.table];
        const auto here = records.constFind(r.uuid);
        if (here == records.constEnd()) {
            change.action = Action::Add;
        } else {
            const QJsonObject &mine = here->values;
            change.localUpdatedBy = mine.value(QStringLiteral("updated_by")).toString();
            change.localUpdatedAt = mine.value(QStringLiteral("updated_at")).toString();
            if (sameContent(t, mine, r.values)) {
                change.action = Action::Unchanged;
            } else {
                // Without a record of the last exchange, both sides count as changed.
                const auto base = seen.constFind(key(r.table, r.uuid));
                const bool changedThere = base == seen.constEnd()
                    || base->incoming != r.values.value(QStringLiteral("row_version")).toInteger();
                const bool changedHere = base == seen.constEnd()
                    || base->local != mine.value(QStringLiteral("row_version")).toInteger();
                change.action = changedThere && changedHere ? Action::Conflict
                    : changedThere                          ? Action::Update
                                                            : Action::Unchanged;
            }
        }
        // Approved minutes here are locked: the file may not change them or their tasks.
        if (change.action == Action::Update && r.table == QLatin1String("meetings")
            && isApprovedHere(r.uuid))
            problems.append(Tr::tr("%1: the minutes \"%2\" are approved and locked here; the file "
                                   "would change them")
                                .arg(where(source, r.table, r.uuid), change.title));
        if (r.table == QLatin1String("tasks")
            && isApprovedHere(r.values.value(QStringLiteral("meeting_id")).toString())) {
            bool locked = change.action == Action::Add;
            if (change.action == Action::Update || change.action == Action::Conflict) {
                const QJsonObject &mine = here->values;
                for (const char *c :
                    { "meeting_id", "description", "owner", "owner_person_id", "due_date" })
                    locked = locked || mine.value(name(c)) != r.values.value(name(c));
            }
            if (locked && change.action != Action::Conflict)
                problems.append(Tr::tr("%1: the task \"%2\" belongs to approved, locked minutes "
                                       "here; the file would change its wording, owner or due date")
                                    .arg(where(source, r.table, r.uuid), change.title));
        }
        plan.changes.append(change);
    }
    if (!problems.isEmpty())
        refuse(problems);
    return plan;
}

Exchange::Result Exchange::apply(Database &db, const Plan &plan,
    const QHash<QString, Choice> &choices, std::optional<Choice> prefer, bool dryRun)
{
    const QString source = plan.source;
    QStringList problems;
    QHash<int, Choice> resolved;
    for (const Change &c : plan.changes) {
        if (c.action != Action::Conflict)
            continue;
        const auto chosen = choices.constFind(key(c.table, c.uuid));
        if (chosen != choices.constEnd())
            resolved.insert(c.record, *chosen);
        else if (prefer)
            resolved.insert(c.record, *prefer);
        else
            problems.append(Tr::tr("%1: \"%2\" was changed here (%3, %4) and in the file (%5, "
                                   "%6) since the last exchange; choose which to keep "
                                   "(--prefer incoming|local)")
                                .arg(where(source, c.table, c.uuid), c.title, c.localUpdatedBy,
                                    c.localUpdatedAt, c.incomingUpdatedBy, c.incomingUpdatedAt));
    }
    if (!problems.isEmpty())
        refuse(problems);

    Result result;
    Transaction tx(db);
    Keys keys(db);
    QHash<QString, QString> lockedMeetings; // uuid → title, approved here before the import
    {
        QSqlQuery q
            = db.exec(QStringLiteral("SELECT uuid, title FROM meetings WHERE status = 'approved'"));
        while (q.next())
            lockedMeetings.insert(q.value(0).toString(), q.value(1).toString());
    }
    QString current; // the record being written, for a refusal of the database
    try {
        // Records written, by table, for the second pass over references into their own table.
        QHash<QString, QList<int>> written;
        QList<QPair<int, qint64>> versions; // record → its local row_version afterwards
        for (const Change &c : plan.changes) {
            const Record &r = plan.content.records.at(c.record);
            const Table &t = *findTable(r.table);
            current = where(source, r.table, r.uuid);
            const qint64 incomingVersion
                = r.values.value(QStringLiteral("row_version")).toInteger();
            const qint64 localId = keys.idOf.value(r.table).value(r.uuid);
            const qint64 localVersion = localId > 0
                ? db.scalar(QStringLiteral("SELECT row_version FROM %1 WHERE id = ?").arg(r.table),
                        { localId })
                      .toLongLong()
                : 0;
            bool write = c.action == Action::Add || c.action == Action::Update;
            if (c.action == Action::Conflict) {
                write = resolved.value(c.record) == Choice::Incoming;
                if (!write)
                    ++result.keptLocal;
                if (write && r.table == QLatin1String("meetings")
                    && lockedMeetings.contains(r.uuid))
                    problems.append(Tr::tr("%1: the minutes \"%2\" are approved and locked here; "
                                           "the file would change them")
                                        .arg(current, c.title));
                if (write && r.table == QLatin1String("tasks")
                    && lockedMeetings.contains(
                        r.values.value(QStringLiteral("meeting_id")).toString()))
                    problems.append(Tr::tr("%1: the task \"%2\" belongs to approved, locked "
                                           "minutes here")
                                        .arg(current, c.title));
            }
            if (c.action == Action::Unchanged)
                ++result.unchanged;
            if (!write) {
                versions.append({ c.record, localVersion });
                continue;
            }
            QStringList columns { QStringLiteral("created_at"), QStringLiteral("updated_at"),
                QStringLiteral("updated_by") };
            QVariantList values { toSql(r.values.value(QStringLiteral("created_at"))),
                toSql(r.values.value(QStringLiteral("updated_at"))),
                toSql(r.values.value(QStringLiteral("updated_by"))) };
            for (const Column &col : t.columns) {
                const QJsonValue v = r.values.value(name(col.name));
                columns.append(name(col.name));
                if (col.kind != Kind::Ref || v.isNull())
                    values.append(col.kind == Kind::Ref ? nullId() : toSql(v));
                else if (QLatin1String(col.target) == QLatin1String(t.name))
                    values.append(nullId()); // written in the second pass
                else
                    values.append(keys.idOf.value(name(col.target)).value(v.toString()));
            }
            if (r.table == QLatin1String("persons")) {
                const QString fullName = r.values.value(QStringLiteral("full_name")).toString();
                columns << QStringLiteral("sort_key") << QStringLiteral("search_name");
                values << TextNorm::personSortKey(fullName) << TextNorm::fold(fullName);
            }
            if (r.table == QLatin1String("opinions")) {
                OpinionReport report;
                report.summary = r.values.value(QStringLiteral("summary")).toString();
                report.recommendation = r.values.value(QStringLiteral("recommendation")).toString();
                report.response = r.values.value(QStringLiteral("response")).toString();
                columns << QStringLiteral("search_text");
                values << OpinionRepository::searchText(report);
            }
            qint64 id = localId;
            qint64 version = 0;
            if (c.action == Action::Add) {
                columns << QStringLiteral("uuid") << QStringLiteral("row_version");
                values << r.uuid << incomingVersion;
                QStringList marks;
                for (int i = 0; i < columns.size(); ++i)
                    marks.append(QStringLiteral("?"));
                id = db.insert(
                    QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                        .arg(r.table, columns.join(QLatin1Char(',')), marks.join(QLatin1Char(','))),
                    values);
                keys.idOf[r.table].insert(r.uuid, id);
                keys.uuidOf[r.table].insert(id, r.uuid);
                version = incomingVersion;
                ++result.added;
            } else {
                // A change made here meanwhile (after the plan) stops the import.
                QStringList sets;
                for (const QString &col : std::as_const(columns))
                    sets.append(col + QStringLiteral(" = ?"));
                QSqlQuery u
                    = db.exec(QStringLiteral("UPDATE %1 SET %2, row_version = row_version + 1 "
                                             "WHERE id = ? AND row_version = ?")
                                  .arg(r.table, sets.join(QLatin1Char(','))),
                        values << id << localVersion);
                if (u.numRowsAffected() != 1)
                    problems.append(
                        Tr::tr("%1: the record was changed here while importing; try again")
                            .arg(current));
                version = localVersion + 1;
                ++result.updated;
            }
            versions.append({ c.record, version });
            written[r.table].append(c.record);
            for (const Child &child : t.children) {
                const QString childTable = name(child.key);
                db.exec(
                    QStringLiteral("DELETE FROM %1 WHERE meeting_id = ?").arg(childTable), { id });
                for (const QJsonValue &row : r.values.value(childTable).toArray()) {
                    QStringList cols { QStringLiteral("meeting_id") };
                    QVariantList vals { id };
                    if (child.common) {
                        cols << QStringLiteral("uuid") << QStringLiteral("created_at")
                             << QStringLiteral("updated_at") << QStringLiteral("updated_by");
                        vals << Database::newUuid()
                             << toSql(r.values.value(QStringLiteral("updated_at")))
                             << toSql(r.values.value(QStringLiteral("updated_at")))
                             << toSql(r.values.value(QStringLiteral("updated_by")));
                    }
                    for (const Column &col : child.columns) {
                        const QJsonValue v = row.toObject().value(name(col.name));
                        cols.append(name(col.name));
                        vals.append(col.kind == Kind::Ref
                                ? (v.isNull()
                                        ? nullId()
                                        : QVariant(
                                            keys.idOf.value(name(col.target)).value(v.toString())))
                                : toSql(v));
                    }
                    QStringList marks;
                    for (int i = 0; i < cols.size(); ++i)
                        marks.append(QStringLiteral("?"));
                    db.exec(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                .arg(childTable, cols.join(QLatin1Char(',')),
                                    marks.join(QLatin1Char(','))),
                        vals);
                }
            }
        }
        // References into a record's own table, now that every record of it is here.
        for (const Table &t : exchangedTables()) {
            for (const Column &col : t.columns) {
                if (col.kind != Kind::Ref || QLatin1String(col.target) != QLatin1String(t.name))
                    continue;
                for (int index : written.value(name(t.name))) {
                    const Record &r = plan.content.records.at(index);
                    current = where(source, r.table, r.uuid);
                    const QJsonValue v = r.values.value(name(col.name));
                    db.exec(QStringLiteral("UPDATE %1 SET %2 = ? WHERE uuid = ?")
                                .arg(r.table, name(col.name)),
                        { v.isNull() ? nullId()
                                     : QVariant(keys.idOf.value(r.table).value(v.toString())),
                            r.uuid });
                }
            }
        }
        // At most one head and one standing deputy of a committee on any date.
        for (int index : written.value(QStringLiteral("memberships"))) {
            const Record &r = plan.content.records.at(index);
            Role role;
            if (!Roles::fromCode(r.values.value(QStringLiteral("role")).toString(), &role)
                || !Roles::isUnique(role))
                continue;
            const QVariant other = db.scalar(
                QStringLiteral(
                    "SELECT b.uuid FROM memberships a JOIN memberships b ON "
                    "b.committee_id = a.committee_id AND b.role = a.role AND b.id <> a.id "
                    "AND b.start_date <= COALESCE(a.end_date, '9999-12-31') "
                    "AND COALESCE(b.end_date, '9999-12-31') >= a.start_date "
                    "WHERE a.uuid = ?"),
                { r.uuid });
            if (other.isValid())
                problems.append(
                    Tr::tr("%1: the committee would have two holders of the role %2 on "
                           "the same date (the other: %3)")
                        .arg(where(source, r.table, r.uuid), Roles::code(role), other.toString()));
        }
        if (!problems.isEmpty())
            refuse(problems);
        // What this file said of each record, for the next file's conflicts.
        current = source;
        QHash<QString, Seen> seen;
        QSqlQuery q = db.exec(QStringLiteral(
            "SELECT entity, uuid, incoming_version, local_version FROM exchange_seen"));
        while (q.next())
            seen.insert(key(q.value(0).toString(), q.value(1).toString()),
                { q.value(2).toLongLong(), q.value(3).toLongLong() });
        for (const auto &[index, localVersion] : std::as_const(versions)) {
            const Record &r = plan.content.records.at(index);
            const qint64 incoming = r.values.value(QStringLiteral("row_version")).toInteger();
            const auto old = seen.constFind(key(r.table, r.uuid));
            if (old != seen.constEnd() && old->incoming == incoming && old->local == localVersion)
                continue;
            db.exec(QStringLiteral("INSERT INTO exchange_seen (entity, uuid, incoming_version, "
                                   "local_version) VALUES (?,?,?,?) ON CONFLICT (entity, uuid) DO "
                                   "UPDATE SET incoming_version = excluded.incoming_version, "
                                   "local_version = excluded.local_version"),
                { r.table, r.uuid, incoming, localVersion });
        }
    } catch (const DbError &e) {
        if (e.kind() != DbError::QueryFailed)
            throw;
        refuse({ Tr::tr("%1: the database refused the record: %2")
                     .arg(current, e.message().section(QLatin1Char('\n'), 0, 0)) });
    }
    db.audit(QStringLiteral("exchange-import"), QStringLiteral("database"), QString(),
        QStringLiteral("%1: %2 new, %3 updated").arg(source).arg(result.added).arg(result.updated));
    if (!dryRun)
        tx.commit();
    return result;
}

} // namespace thuky
