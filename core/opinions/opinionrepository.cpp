#include <core/opinions/opinionbulkinserter.h>
#include <core/opinions/opinionrepository.h>

#include <core/db/access.h>
#include <core/db/conflict.h>
#include <core/db/database.h>
#include <core/db/sqlvalue.h>
#include <core/opinions/opinionsearch.h>
#include <core/opinions/taxonomyrepository.h>
#include <core/text/textnorm.h>
#include <core/text/vndate.h>

#include <QCoreApplication>
#include <QHash>

namespace thuky {

using SqlValue::dateOf;
using SqlValue::idList;
using SqlValue::nullable;
using SqlValue::nullableId;

namespace {
// The context of this file's messages, seen by lupdate in member and free functions alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(thuky::OpinionRepository)
};

const char selectColumns[]
    = "SELECT o.id, o.uuid, o.observed_on, o.quarter, o.reporter_id, o.locality_id, "
      "o.topic_id, o.channel, o.sentiment, o.urgency, o.scope, o.summary, o.recommendation, "
      "o.agency_id, o.forwarded_on, o.status, o.response, o.response_on, o.row_version, "
      "l.name, t.name, p.full_name, a.name "
      "FROM opinions o JOIN localities l ON l.id = o.locality_id "
      "JOIN topics t ON t.id = o.topic_id "
      "LEFT JOIN persons p ON p.id = o.reporter_id "
      "LEFT JOIN agencies a ON a.id = o.agency_id ";

OpinionReport readReport(const QSqlQuery &q)
{
    OpinionReport r;
    r.id = q.value(0).toLongLong();
    r.uuid = q.value(1).toString();
    r.observedOn = dateOf(q.value(2));
    r.quarter = q.value(3).toString();
    r.reporterId = q.value(4).toLongLong();
    r.localityId = q.value(5).toLongLong();
    r.topicId = q.value(6).toLongLong();
    r.channel = q.value(7).toString();
    r.sentiment = q.value(8).toString();
    r.urgency = q.value(9).toString();
    r.scope = q.value(10).toString();
    r.summary = q.value(11).toString();
    r.recommendation = q.value(12).toString();
    r.agencyId = q.value(13).toLongLong();
    r.forwardedOn = dateOf(q.value(14));
    r.status = q.value(15).toString();
    r.response = q.value(16).toString();
    r.responseOn = dateOf(q.value(17));
    r.rowVersion = q.value(18).toInt();
    r.localityName = q.value(19).toString();
    r.topicName = q.value(20).toString();
    r.reporterName = q.value(21).toString();
    r.agencyName = q.value(22).toString();
    return r;
}

} // namespace

bool OpinionFilter::operator==(const OpinionFilter &o) const
{
    return from == o.from && to == o.to && quarter == o.quarter && localityId == o.localityId
        && mergedLocalityIds == o.mergedLocalityIds && topicId == o.topicId
        && localityIds == o.localityIds && topicIds == o.topicIds && channels == o.channels
        && sentiments == o.sentiments && urgencies == o.urgencies && statuses == o.statuses
        && reporterId == o.reporterId && text == o.text;
}

OpinionRepository::OpinionRepository(Database &db)
    : m_db(db)
{
}

QString OpinionRepository::cleanText(const QString &text)
{
    QString t = text.normalized(QString::NormalizationForm_C);
    t.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    return t.trimmed();
}

QStringList OpinionRepository::queryTokens(const QString &query)
{
    const QString folded = TextNorm::fold(query);
    QStringList tokens;
    QString current;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber()) {
            current.append(c);
        } else if (!current.isEmpty()) {
            tokens.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        tokens.append(current);
    return tokens;
}

QString OpinionRepository::ftsQuery(const QString &query)
{
    // Only letters and digits survive queryTokens(), and each term is quoted, so FTS5
    // operators (AND, NEAR, -, ^, :) typed by a user are plain words.
    // A one-letter word is matched whole: as a prefix it would merge the posting lists of
    // every word with that initial (a million-row log answers that in seconds, not ms).
    QStringList terms;
    for (const QString &t : queryTokens(query))
        terms.append(
            QLatin1Char('"') + t + (t.size() > 1 ? QLatin1String("\"*") : QLatin1String("\"")));
    return terms.join(QLatin1Char(' '));
}

QString OpinionRepository::searchText(const OpinionReport &r)
{
    QStringList parts { r.summary };
    if (!r.recommendation.isEmpty())
        parts.append(r.recommendation);
    if (!r.response.isEmpty())
        parts.append(r.response);
    return TextNorm::fold(parts.join(QLatin1Char('\n')));
}

void OpinionRepository::validate(const OpinionReport &r)
{
    if (!r.observedOn.isValid())
        throw ValidationError(
            QStringLiteral("date"), Tr::tr("The report needs the date it was observed."));
    if (r.localityId <= 0)
        throw ValidationError(QStringLiteral("locality"), Tr::tr("The report needs a locality."));
    if (r.topicId <= 0)
        throw ValidationError(QStringLiteral("topic"), Tr::tr("The report needs a topic."));
    if (cleanText(r.summary).isEmpty())
        throw ValidationError(QStringLiteral("summary"), Tr::tr("The summary must not be empty."));
    const struct
    {
        OpinionCodes::Field field;
        const QString &value;
    } enums[] = { { OpinionCodes::Field::Channel, r.channel },
        { OpinionCodes::Field::Sentiment, r.sentiment },
        { OpinionCodes::Field::Urgency, r.urgency }, { OpinionCodes::Field::Scope, r.scope },
        { OpinionCodes::Field::Status, r.status } };
    for (const auto &e : enums) {
        if (!OpinionCodes::codes(e.field).contains(e.value))
            throw ValidationError(OpinionCodes::fieldName(e.field),
                Tr::tr("%1 is not a valid %2.").arg(e.value, OpinionCodes::fieldName(e.field)));
    }
    if (r.forwardedOn.isValid() && r.forwardedOn < r.observedOn)
        throw ValidationError(QStringLiteral("forwarded_date"),
            Tr::tr("The report cannot be forwarded before it was observed."));
    if (r.responseOn.isValid() && r.responseOn < r.observedOn)
        throw ValidationError(QStringLiteral("response_date"),
            Tr::tr("The response cannot come before the report was observed."));
    if (r.forwardedOn.isValid() && r.agencyId <= 0)
        throw ValidationError(QStringLiteral("forwarded_to"),
            Tr::tr("A forwarding date needs the agency it was forwarded to."));
}

qint64 OpinionRepository::add(const OpinionReport &report)
{
    validate(report);
    Transaction tx(m_db);
    OpinionReport r = report;
    if (r.uuid.isEmpty())
        r.uuid = Database::newUuid();
    const qint64 id = m_db.insert(
        QStringLiteral("INSERT INTO opinions (%1) VALUES %2")
            .arg(OpinionBulkInserter::insertColumns(), OpinionBulkInserter::valueTuple()),
        OpinionBulkInserter::values(r, m_db.currentUser(), Database::now()));
    m_db.audit(QStringLiteral("add"), QStringLiteral("opinion"), r.uuid);
    tx.commit();
    return id;
}

void OpinionRepository::checkOwnNewReport(qint64 id, const OpinionReport *changed)
{
    if (m_db.currentRole() != Access::Collaborator)
        return;
    // A collaborator edits the reports it added, until they are forwarded (SPEC.md, "Roles").
    const QString status
        = m_db.scalar(QStringLiteral("SELECT status FROM opinions WHERE id = ?"), { id })
              .toString();
    const QString addedBy
        = m_db.scalar(QStringLiteral("SELECT a.user_name FROM audit_log a JOIN opinions o ON "
                                     "o.uuid = a.entity_uuid WHERE o.id = ? AND a.action = 'add' "
                                     "ORDER BY a.id LIMIT 1"),
                  { id })
              .toString();
    if (status != QLatin1String("new") || addedBy != m_db.currentUser()
        || (changed && (changed->status != QLatin1String("new") || changed->agencyId > 0)))
        throw PermissionError(Tr::tr("A collaborator may change only the reports it added, "
                                     "and only until they are forwarded."));
}

void OpinionRepository::update(const OpinionReport &r)
{
    validate(r);
    Transaction tx(m_db);
    checkOwnNewReport(r.id, &r);
    QSqlQuery q = m_db.exec(
        QStringLiteral("UPDATE opinions SET updated_at = ?, updated_by = ?, "
                       "row_version = row_version + 1, observed_on = ?, quarter = ?, "
                       "reporter_id = ?, locality_id = ?, topic_id = ?, channel = ?, "
                       "sentiment = ?, urgency = ?, scope = ?, summary = ?, "
                       "recommendation = ?, agency_id = ?, forwarded_on = ?, status = ?, "
                       "response = ?, response_on = ?, search_text = ?, "
                       "reporter_key = (SELECT sort_key FROM persons WHERE id = ?) "
                       "WHERE id = ? AND row_version = ?"),
        { Database::now(), m_db.currentUser(), VnDate::iso(r.observedOn),
            VnDate::quarterCode(r.observedOn), nullableId(r.reporterId), r.localityId, r.topicId,
            r.channel, r.sentiment, r.urgency, r.scope, cleanText(r.summary),
            nullable(cleanText(r.recommendation)), nullableId(r.agencyId), nullable(r.forwardedOn),
            r.status, nullable(cleanText(r.response)), nullable(r.responseOn), searchText(r),
            nullableId(r.reporterId), r.id, r.rowVersion });
    RowVersions::require(m_db, q.numRowsAffected(), QStringLiteral("opinions"),
        QStringLiteral("opinion"), r.id, Tr::tr("The report does not exist."));
    m_db.audit(QStringLiteral("update"), QStringLiteral("opinion"), r.uuid);
    tx.commit();
}

void OpinionRepository::remove(qint64 id)
{
    Transaction tx(m_db);
    checkOwnNewReport(id, nullptr);
    const QString uuid
        = m_db.scalar(QStringLiteral("SELECT uuid FROM opinions WHERE id = ?"), { id }).toString();
    if (uuid.isEmpty())
        throw ValidationError(QStringLiteral("id"), Tr::tr("The report does not exist."));
    m_db.exec(QStringLiteral("DELETE FROM opinions WHERE id = ?"), { id });
    m_db.audit(QStringLiteral("remove"), QStringLiteral("opinion"), uuid);
    tx.commit();
}

std::optional<OpinionReport> OpinionRepository::report(qint64 id)
{
    QSqlQuery q
        = m_db.exec(QLatin1String(selectColumns) + QStringLiteral("WHERE o.id = ?"), { id });
    if (!q.next())
        return std::nullopt;
    return readReport(q);
}

void OpinionRepository::setStatus(qint64 id, const QString &sql, const QVariantList &values,
    const QString &action, const QStringList &from, int expectedVersion)
{
    // The status is checked by the UPDATE itself, inside the transaction: two clerks (or a
    // clerk and a script) acting at once cannot both pass a check made before it.
    Transaction tx(m_db);
    if (m_db.currentRole() == Access::Collaborator)
        throw PermissionError(Tr::tr("A collaborator may not forward, answer or close reports."));
    QVariantList all { Database::now(), m_db.currentUser() };
    all += values;
    all.append(id);
    all += QVariantList(from.begin(), from.end());
    if (expectedVersion > 0)
        all.append(expectedVersion);
    QSqlQuery q = m_db.exec(QStringLiteral("UPDATE opinions SET updated_at = ?, updated_by = ?, "
                                           "row_version = row_version + 1, ")
            + sql
            + QStringLiteral(" WHERE id = ? AND status IN (%1)")
                  .arg(QStringList(from.size(), QStringLiteral("?")).join(QLatin1Char(',')))
            + (expectedVersion > 0 ? QStringLiteral(" AND row_version = ?") : QString()),
        all);
    if (q.numRowsAffected() != 1) {
        // The version first: a clerk acting on a report someone changed since is told who
        // and when (and chooses), even where the new status would still allow the step.
        if (expectedVersion > 0
            && RowVersions::current(m_db, QStringLiteral("opinions"), id) != expectedVersion)
            RowVersions::require(m_db, 0, QStringLiteral("opinions"), QStringLiteral("opinion"), id,
                Tr::tr("The report does not exist."));
        const QString status
            = m_db.scalar(QStringLiteral("SELECT status FROM opinions WHERE id = ?"), { id })
                  .toString();
        if (status.isEmpty())
            throw ValidationError(QStringLiteral("id"), Tr::tr("The report does not exist."));
        throw ValidationError(QStringLiteral("status"),
            Tr::tr("Report %1 is %2: it cannot be %3 (only a report that is %4 can).")
                .arg(id)
                .arg(status, stepName(action), from.join(QStringLiteral(", "))));
    }
    m_db.audit(action, QStringLiteral("opinion"),
        m_db.scalar(QStringLiteral("SELECT uuid FROM opinions WHERE id = ?"), { id }).toString());
    tx.commit();
}

QString OpinionRepository::stepName(const QString &action)
{
    if (action == QLatin1String("forward"))
        return Tr::tr("forwarded");
    if (action == QLatin1String("answer"))
        return Tr::tr("answered");
    if (action == QLatin1String("resolve"))
        return Tr::tr("resolved");
    if (action == QLatin1String("close"))
        return Tr::tr("closed");
    return Tr::tr("reopened");
}

void OpinionRepository::forward(qint64 id, qint64 agencyId, const QDate &date, int expectedVersion)
{
    const auto r = report(id);
    if (!r)
        throw ValidationError(QStringLiteral("id"), Tr::tr("The report does not exist."));
    if (agencyId <= 0)
        throw ValidationError(
            QStringLiteral("forwarded_to"), Tr::tr("Choose the agency to forward to."));
    if (!date.isValid() || date < r->observedOn)
        throw ValidationError(QStringLiteral("forwarded_date"),
            Tr::tr("The report cannot be forwarded before it was observed."));
    setStatus(id, QStringLiteral("agency_id = ?, forwarded_on = ?, status = 'forwarded'"),
        { agencyId, VnDate::iso(date) }, QStringLiteral("forward"),
        { QStringLiteral("new"), QStringLiteral("forwarded") }, expectedVersion);
}

void OpinionRepository::recordAnswer(
    qint64 id, const QString &response, const QDate &date, int expectedVersion)
{
    const auto r = report(id);
    if (!r)
        throw ValidationError(QStringLiteral("id"), Tr::tr("The report does not exist."));
    if (cleanText(response).isEmpty())
        throw ValidationError(
            QStringLiteral("response"), Tr::tr("Write the answer that was received."));
    if (!date.isValid() || date < r->observedOn)
        throw ValidationError(QStringLiteral("response_date"),
            Tr::tr("The response cannot come before the report was observed."));
    if (r->forwardedOn.isValid() && date < r->forwardedOn)
        throw ValidationError(QStringLiteral("response_date"),
            Tr::tr("The response cannot come before the report was forwarded."));
    OpinionReport changed = *r;
    changed.response = cleanText(response);
    // An answer comes from the agency the report was forwarded to.
    setStatus(id,
        QStringLiteral("response = ?, response_on = ?, status = 'answered', search_text = ?"),
        { changed.response, VnDate::iso(date), searchText(changed) }, QStringLiteral("answer"),
        { QStringLiteral("forwarded"), QStringLiteral("answered") }, expectedVersion);
}

void OpinionRepository::resolve(qint64 id, int expectedVersion)
{
    setStatus(id, QStringLiteral("status = 'resolved'"), {}, QStringLiteral("resolve"),
        { QStringLiteral("new"), QStringLiteral("forwarded"), QStringLiteral("answered") },
        expectedVersion);
}

void OpinionRepository::close(qint64 id, int expectedVersion)
{
    setStatus(id, QStringLiteral("status = 'closed'"), {}, QStringLiteral("close"),
        { QStringLiteral("new"), QStringLiteral("forwarded"), QStringLiteral("answered"),
            QStringLiteral("resolved") },
        expectedVersion);
}

void OpinionRepository::reopen(qint64 id, int expectedVersion)
{
    // Back to where the follow-up stood: answered, forwarded, or new.
    setStatus(id,
        QStringLiteral("status = CASE WHEN response IS NOT NULL AND response <> '' THEN "
                       "'answered' WHEN forwarded_on IS NOT NULL THEN 'forwarded' ELSE 'new' END"),
        {}, QStringLiteral("reopen"), { QStringLiteral("resolved"), QStringLiteral("closed") },
        expectedVersion);
}

/** The filter's locality with the units under it, and those it took over and theirs. */
QList<qint64> OpinionRepository::localityIds(const OpinionFilter &f)
{
    TaxonomyRepository taxonomy(m_db);
    QList<qint64> ids = taxonomy.localityWithDescendants(f.localityId);
    for (qint64 merged : f.mergedLocalityIds) {
        for (qint64 id : taxonomy.localityWithDescendants(merged)) {
            if (!ids.contains(id))
                ids.append(id);
        }
    }
    return ids;
}

QString OpinionRepository::whereClause(
    const OpinionFilter &f, QVariantList *values, bool indexEnums)
{
    QStringList terms;
    QDate from = f.from;
    QDate to = f.to;
    if (!f.quarter.isEmpty()) {
        QDate last;
        const QDate first = VnDate::parseQuarter(f.quarter, &last);
        if (first.isValid()) {
            if (!from.isValid() || from < first)
                from = first;
            if (!to.isValid() || to > last)
                to = last;
        }
    }
    if (from.isValid()) {
        terms.append(QStringLiteral("o.observed_on >= ?"));
        values->append(VnDate::iso(from));
    }
    if (to.isValid()) {
        terms.append(QStringLiteral("o.observed_on <= ?"));
        values->append(VnDate::iso(to));
    }
    // In a page query (indexEnums false) the filters that match a large share of the log —
    // enumerations, a district, a topic with its subtopics — must not drive the index
    // choice: walking the sort order and checking them in the covering index finds 100 rows
    // in a few ms, while starting from them means sorting 100,000 rows. A unary + keeps
    // SQLite from using a term for an index. COUNT queries let the planner use them all.
    const QString hide = !indexEnums && m_db.backend() == Database::Backend::SQLite
        ? QStringLiteral("+")
        : QString();
    TaxonomyRepository taxonomy(m_db);
    if (f.localityId > 0) {
        const QList<qint64> ids = localityIds(f);
        terms.append(QStringLiteral("%1o.locality_id IN (%2)")
                         .arg(ids.size() > 1 ? hide : QString(), idList(ids)));
    }
    if (f.topicId > 0) {
        const QList<qint64> ids = taxonomy.topicWithChildren(f.topicId);
        terms.append(QStringLiteral("%1o.topic_id IN (%2)")
                         .arg(ids.size() > 1 ? hide : QString(), idList(ids)));
    }
    if (!f.localityIds.isEmpty())
        terms.append(QStringLiteral("%1o.locality_id IN (%2)").arg(hide, idList(f.localityIds)));
    if (!f.topicIds.isEmpty())
        terms.append(QStringLiteral("%1o.topic_id IN (%2)").arg(hide, idList(f.topicIds)));
    const struct
    {
        const char *column;
        const QStringList &codes;
    } enums[] = { { "channel", f.channels }, { "sentiment", f.sentiments },
        { "urgency", f.urgencies }, { "status", f.statuses } };
    for (const auto &e : enums) {
        if (e.codes.isEmpty())
            continue;
        terms.append(
            QStringLiteral("%1o.%2 IN (%3)")
                .arg(hide, QLatin1String(e.column),
                    QStringList(e.codes.size(), QStringLiteral("?")).join(QLatin1Char(','))));
        for (const QString &c : e.codes)
            values->append(c);
    }
    if (f.reporterId > 0) {
        terms.append(QStringLiteral("o.reporter_id = ?"));
        values->append(f.reporterId);
    }
    const QStringList tokens = queryTokens(f.text);
    if (!tokens.isEmpty()) {
        if (m_db.backend() == Database::Backend::SQLite) {
            // With other filters the matches are probed from their index walk (+ keeps the
            // planner from fetching every matching row first); alone, the matches drive.
            terms.append(QStringLiteral(
                "%1o.id IN (SELECT rowid FROM opinions_fts WHERE opinions_fts MATCH ?)")
                             .arg(terms.isEmpty() ? QString() : QStringLiteral("+")));
            values->append(ftsQuery(f.text));
        } else if (indexEnums) {
            // The GIN index over the folded text (migration v8): a bitmap of the matches.
            terms.append(OpinionSearch::tsMatch(QStringLiteral("o"), f.text, values));
        } else {
            // In a page query the matches are a set the sort-order walk probes: tested on each
            // row instead, a text that no report holds would be parsed for the whole log.
            terms.append(QStringLiteral("o.id IN (SELECT s.id FROM opinions s WHERE %1)")
                             .arg(OpinionSearch::tsMatch(QStringLiteral("s"), f.text, values)));
        }
    }
    return terms.isEmpty() ? QString()
                           : QStringLiteral(" WHERE ") + terms.join(QLatin1String(" AND "));
}

QList<OpinionReport> OpinionRepository::list(
    const OpinionFilter &filter, OpinionColumn column, Qt::SortOrder order, int limit, int offset)
{
    const QString dir
        = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QString join;
    QString key;
    switch (column) {
    case OpinionColumn::Date:
        key = QStringLiteral("o.observed_on");
        break;
    case OpinionColumn::Locality:
        join = QStringLiteral(" JOIN localities l ON l.id = o.locality_id");
        key = QStringLiteral("l.name");
        break;
    case OpinionColumn::Topic:
        join = QStringLiteral(" JOIN topics t ON t.id = o.topic_id");
        key = QStringLiteral("t.name");
        break;
    case OpinionColumn::Channel:
        key = QStringLiteral("o.channel");
        break;
    case OpinionColumn::Sentiment:
        key = QStringLiteral("o.sentiment");
        break;
    case OpinionColumn::Urgency:
        key = QStringLiteral("o.urgency");
        break;
    case OpinionColumn::Status:
        key = QStringLiteral("o.status");
        break;
    case OpinionColumn::Summary:
        // The first 40 characters, which an expression index keeps in order (SQLite since v3,
        // PostgreSQL since v10).
        key = QStringLiteral("substr(o.summary, 1, 40)");
        break;
    case OpinionColumn::Reporter:
        // The person's sort key, copied onto the report and indexed (migration v4).
        key = QStringLiteral("o.reporter_key");
        break;
    case OpinionColumn::Id:
        key = QStringLiteral("o.id");
        break;
    }
    // Ties by date then id in the same direction, so that one index walk gives the order.
    QString orderBy = key + QLatin1Char(' ') + dir;
    if (column == OpinionColumn::Reporter && m_db.backend() == Database::Backend::PostgreSQL)
        orderBy += order == Qt::AscendingOrder ? QStringLiteral(" NULLS FIRST")
                                               : QStringLiteral(" NULLS LAST");
    if (column != OpinionColumn::Date && column != OpinionColumn::Id)
        orderBy += QStringLiteral(", o.observed_on ") + dir;
    if (column != OpinionColumn::Id)
        orderBy += QStringLiteral(", o.id ") + dir;

    // Two steps: the ids of the page come from the indexes alone; only those rows are read.
    QVariantList values;
    if (m_db.backend() == Database::Backend::PostgreSQL && filter == OpinionFilter()
        && (column == OpinionColumn::Locality || column == OpinionColumn::Topic)) {
        // The whole list by locality or topic name on a server: the names in order, and of each
        // only its first limit + offset reports by date (an index walk each), instead of joining
        // and sorting a million reports (0.25 s at each click on the header). The same order.
        const bool byTopic = column == OpinionColumn::Topic;
        QSqlQuery q = m_db.exec(
            QStringLiteral("SELECT x.id FROM %1 n CROSS JOIN LATERAL (SELECT o.id, o.observed_on "
                           "FROM opinions o WHERE o.%2 = n.id ORDER BY o.observed_on %3, o.id %3 "
                           "LIMIT ?) x ORDER BY n.name %3, x.observed_on %3, x.id %3 LIMIT ? "
                           "OFFSET ?")
                .arg(byTopic ? QStringLiteral("topics") : QStringLiteral("localities"),
                    byTopic ? QStringLiteral("topic_id") : QStringLiteral("locality_id"), dir),
            { qint64(limit) + offset, limit, offset });
        QList<qint64> ids;
        while (q.next())
            ids.append(q.value(0).toLongLong());
        return reports(ids);
    }
    if (m_db.backend() == Database::Backend::PostgreSQL && column == OpinionColumn::Date
        && filter.localityId > 0 && queryTokens(filter.text).isEmpty()) {
        const QList<qint64> places = localityIds(filter);
        if (places.size() > 1) {
            // A district with its communes by date on a server: each unit's newest (oldest)
            // reports from its own index walk, merged - not the whole log's walked by date and
            // each report's unit looked at, which passes every report of the units that came
            // after a reorganisation first (0.1-0.7 s).
            OpinionFilter rest = filter;
            rest.localityId = 0;
            rest.mergedLocalityIds.clear();
            QString where = whereClause(rest, &values, false);
            where += (where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND "))
                + QStringLiteral("o.locality_id = u.id");
            values << qint64(limit) + offset << limit << offset;
            QSqlQuery q = m_db.exec(
                QStringLiteral("SELECT x.id FROM (VALUES %1) u(id) CROSS JOIN LATERAL (SELECT "
                               "o.id, o.observed_on FROM opinions o%2 ORDER BY o.observed_on %3, "
                               "o.id %3 LIMIT ?) x ORDER BY x.observed_on %3, x.id %3 LIMIT ? "
                               "OFFSET ?")
                    .arg(idList(places)
                             .replace(QLatin1Char(','), QLatin1String("),("))
                             .prepend(QLatin1Char('('))
                             .append(QLatin1Char(')')),
                        where, dir),
                values);
            QList<qint64> ids;
            while (q.next())
                ids.append(q.value(0).toLongLong());
            return reports(ids);
        }
    }
    const QString where = whereClause(filter, &values, false);
    values.append(limit);
    values.append(offset);
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT o.id FROM opinions o") + join + where
            + QStringLiteral(" ORDER BY ") + orderBy + QStringLiteral(" LIMIT ? OFFSET ?"),
        values);
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return reports(ids);
}

QList<OpinionReport> OpinionRepository::reports(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return {};
    QSqlQuery rows = m_db.exec(
        QLatin1String(selectColumns) + QStringLiteral("WHERE o.id IN (%1)").arg(idList(ids)));
    QHash<qint64, OpinionReport> byId;
    while (rows.next()) {
        OpinionReport r = readReport(rows);
        byId.insert(r.id, r);
    }
    QList<OpinionReport> out;
    out.reserve(ids.size());
    for (qint64 id : std::as_const(ids)) {
        if (byId.contains(id))
            out.append(byId.value(id));
    }
    return out;
}

qint64 OpinionRepository::idForUuid(const QString &uuid)
{
    return m_db.scalar(QStringLiteral("SELECT id FROM opinions WHERE uuid = ?"), { uuid })
        .toLongLong();
}

qint64 OpinionRepository::count(const OpinionFilter &filter)
{
    QVariantList values;
    const QString where = whereClause(filter, &values);
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM opinions o") + where, values)
        .toLongLong();
}

void OpinionRepository::forEach(
    const OpinionFilter &filter, const std::function<void(const OpinionReport &)> &visit)
{
    QVariantList values;
    const QString where = whereClause(filter, &values);
    QSqlQuery q = m_db.exec(
        QLatin1String(selectColumns) + where + QStringLiteral(" ORDER BY o.observed_on, o.id"),
        values);
    while (q.next())
        visit(readReport(q));
}

qint64 OpinionRepository::totalCount()
{
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM opinions")).toLongLong();
}

QList<OpinionReport> OpinionRepository::search(const QString &query, int limit)
{
    if (queryTokens(query).isEmpty() || limit <= 0)
        return {};
    OpinionFilter filter;
    filter.text = query;
    return OpinionSearch(m_db).page(filter, limit);
}

} // namespace thuky
