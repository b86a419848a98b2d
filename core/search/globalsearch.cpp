#include <core/search/globalsearch.h>

#include <core/db/database.h>
#include <core/db/sqlvalue.h>
#include <core/opinions/opinionrepository.h>
#include <core/opinions/opinionsearch.h>
#include <core/text/textnorm.h>

#include <QHash>
#include <QSet>
#include <QSqlRecord>
#include <QTextDocument>
#include <QTextDocumentFragment>

#include <algorithm>

namespace thuky {

using SqlValue::idList;

namespace {

/** The folded words of @p text, as the full-text index splits it. */
QStringList foldedWords(const QString &text)
{
    return OpinionRepository::queryTokens(text);
}

/** A query word of one letter matches a whole word only (as in the opinion search). */
bool begins(const QString &word, const QString &queryWord)
{
    return queryWord.size() > 1 ? word.startsWith(queryWord) : word == queryWord;
}

/** True when @p words hold the query's words one after the other, in the query's order. */
bool holdsPhrase(const QStringList &words, const QStringList &queryWords)
{
    for (qsizetype i = 0; i + queryWords.size() <= words.size(); ++i) {
        qsizetype j = 0;
        while (j < queryWords.size() && begins(words.at(i + j), queryWords.at(j)))
            ++j;
        if (j == queryWords.size())
            return true;
    }
    return false;
}

/**
 * Scores @p hit by its @p fields (raw text): false unless every query word begins a word of
 * some field; else sets the ranking counts of SearchHit.
 */
bool scoreFields(const QStringList &queryWords, const QStringList &fields, SearchHit *hit)
{
    QList<QStringList> fieldWords;
    fieldWords.reserve(fields.size());
    for (const QString &f : fields)
        fieldWords.append(foldedWords(f));
    const auto inWords = [](const QStringList &ws, const QString &q) {
        return std::any_of(ws.begin(), ws.end(), [&](const QString &w) { return begins(w, q); });
    };
    int whole = 0;
    for (const QString &q : queryWords) {
        if (!std::any_of(fieldWords.begin(), fieldWords.end(),
                [&](const QStringList &ws) { return inWords(ws, q); }))
            return false;
        whole += std::any_of(fieldWords.begin(), fieldWords.end(),
                     [&](const QStringList &ws) { return ws.contains(q); })
            ? 1
            : 0;
    }
    hit->wholeWords = whole;
    for (const QStringList &ws : fieldWords) {
        const int here = int(std::count_if(queryWords.begin(), queryWords.end(),
            [&](const QString &q) { return inWords(ws, q); }));
        hit->fieldsMatched += here > 0 ? 1 : 0;
        hit->bestField = qMax(hit->bestField, here);
        // Every word of the field given: the query names this record.
        const bool named
            = !ws.isEmpty() && std::all_of(ws.begin(), ws.end(), [&](const QString &w) {
                  return std::any_of(queryWords.begin(), queryWords.end(),
                      [&](const QString &q) { return begins(w, q); });
              });
        hit->named = hit->named || named;
        hit->phrase = hit->phrase || holdsPhrase(ws, queryWords);
    }
    return true;
}

/** A meeting's conclusion is rich text: its words, not its markup. */
QString plainText(const QString &text)
{
    return Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

QDate isoDate(const QVariant &value)
{
    return QDate::fromString(value.toString().left(10), Qt::ISODate);
}

} // namespace

QString SearchHit::kindCode(Kind kind)
{
    switch (kind) {
    case Kind::Person:
        return QStringLiteral("person");
    case Kind::Committee:
        return QStringLiteral("committee");
    case Kind::Meeting:
        return QStringLiteral("meeting");
    case Kind::Task:
        return QStringLiteral("task");
    case Kind::Opinion:
        return QStringLiteral("opinion");
    }
    return {};
}

GlobalSearch::GlobalSearch(Database &db)
    : m_db(db)
{
}

QStringList GlobalSearch::words(const QString &query)
{
    QStringList out = OpinionRepository::queryTokens(query);
    out.removeDuplicates();
    return out;
}

QList<SearchHit> GlobalSearch::search(const QString &query, int limit, int perKind)
{
    const QStringList queryWords = words(query);
    if (queryWords.isEmpty() || limit < 1)
        return {};
    QList<SearchHit> hits = persons(queryWords);
    hits += committees(queryWords);
    hits += meetings(queryWords);
    hits += tasks(queryWords);
    hits += opinions(queryWords);
    std::stable_sort(hits.begin(), hits.end(), [](const SearchHit &a, const SearchHit &b) {
        if (a.bestField != b.bestField)
            return a.bestField > b.bestField;
        if (a.wholeWords != b.wholeWords)
            return a.wholeWords > b.wholeWords;
        if (a.phrase != b.phrase)
            return a.phrase;
        if (a.named != b.named)
            return a.named;
        if (a.fieldsMatched != b.fieldsMatched)
            return a.fieldsMatched > b.fieldsMatched;
        if (a.kind != b.kind)
            return a.kind < b.kind;
        if (a.date != b.date)
            return a.date > b.date;
        return a.id > b.id;
    });
    if (perKind > 0) {
        QHash<int, int> kept;
        hits.removeIf([&](const SearchHit &h) { return ++kept[int(h.kind)] > perKind; });
    }
    if (hits.size() > limit)
        hits.resize(limit);
    return hits;
}

QList<SearchHit> GlobalSearch::matching(SearchHit::Kind kind, const QStringList &queryWords,
    const QString &sql, const QVariantList &values, bool detailMatches)
{
    QSqlQuery q = m_db.exec(sql, values);
    const int columns = q.record().count();
    QList<SearchHit> out;
    while (q.next()) {
        SearchHit hit;
        hit.kind = kind;
        hit.id = q.value(0).toLongLong();
        hit.title = q.value(1).toString();
        hit.date = isoDate(q.value(2));
        hit.detail = q.value(3).toString();
        QStringList fields { hit.title };
        if (detailMatches)
            fields.append(hit.detail);
        for (int c = 4; c < columns; ++c)
            fields.append(plainText(q.value(c).toString()));
        if (scoreFields(queryWords, fields, &hit))
            out.append(hit);
    }
    return out;
}

QList<SearchHit> GlobalSearch::persons(const QStringList &queryWords)
{
    // The folded name is stored (persons.search_name): each word must begin one of its words.
    QStringList terms;
    QVariantList values;
    for (const QString &w : queryWords) {
        terms.append(QStringLiteral("(search_name LIKE ? OR search_name LIKE ?)"));
        values << w + QLatin1Char('%') << QStringLiteral("%% %1%").arg(w);
    }
    return matching(SearchHit::Kind::Person, queryWords,
        QStringLiteral("SELECT id, full_name, NULL, organisation FROM persons WHERE %1 ORDER BY "
                       "sort_key")
            .arg(terms.join(QLatin1String(" AND "))),
        values, false);
}

QList<SearchHit> GlobalSearch::committees(const QStringList &queryWords)
{
    return matching(SearchHit::Kind::Committee, queryWords,
        QStringLiteral("SELECT id, name, valid_from, NULL FROM committees"), {}, false);
}

QList<SearchHit> GlobalSearch::meetings(const QStringList &queryWords)
{
    return matching(SearchHit::Kind::Meeting, queryWords,
        QStringLiteral("SELECT m.id, m.title, m.starts_at, c.name, m.place, m.conclusion "
                       "FROM meetings m JOIN committees c ON c.id = m.committee_id"),
        {}, false);
}

QList<SearchHit> GlobalSearch::tasks(const QStringList &queryWords)
{
    return matching(SearchHit::Kind::Task, queryWords,
        QStringLiteral("SELECT id, description, due_date, owner FROM tasks"), {}, true);
}

QString GlobalSearch::textCondition(const QStringList &queryWords, QVariantList *values) const
{
    if (m_db.backend() == Database::Backend::SQLite) {
        values->append(OpinionRepository::ftsQuery(queryWords.join(QLatin1Char(' '))));
        return QStringLiteral(
            "o.id IN (SELECT rowid FROM opinions_fts WHERE opinions_fts MATCH ?)");
    }
    // The GIN index's matches, as a set: the newest by date are then found by a walk of the
    // date index that probes the set, never by parsing each report's text on the way.
    return QStringLiteral("o.id IN (SELECT s.id FROM opinions s WHERE %1)")
        .arg(
            OpinionSearch::tsMatch(QStringLiteral("s"), queryWords.join(QLatin1Char(' ')), values));
}

/**
 * The newest reports that can match: those whose text holds every word, and for each set of
 * words that some topics' names hold, the reports on those topics whose text holds the rest.
 */
QList<qint64> GlobalSearch::opinionCandidates(const QStringList &queryWords)
{
    QHash<QStringList, QList<qint64>> topicsByWords;
    QSqlQuery topics = m_db.exec(QStringLiteral("SELECT id, name FROM topics"));
    while (topics.next()) {
        const QStringList nameWords = foldedWords(topics.value(1).toString());
        QStringList covered;
        for (const QString &q : queryWords) {
            if (std::any_of(nameWords.begin(), nameWords.end(),
                    [&](const QString &w) { return begins(w, q); }))
                covered.append(q);
        }
        if (!covered.isEmpty())
            topicsByWords[covered].append(topics.value(0).toLongLong());
    }
    QList<qint64> ids;
    QSet<qint64> seen;
    // Newest by date: one topic at a time walks its (topic, date) index without sorting.
    auto collect = [&](const QString &where, const QVariantList &values) {
        QSqlQuery q = m_db.exec(QStringLiteral("SELECT o.id FROM opinions o WHERE %1 "
                                               "ORDER BY o.observed_on DESC LIMIT %2")
                                    .arg(where)
                                    .arg(CandidateReports),
            values);
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            if (!seen.contains(id)) {
                seen.insert(id);
                ids.append(id);
            }
        }
    };
    if (m_db.backend() == Database::Backend::SQLite) {
        // The index walked newest first: no set of every match is built.
        QSqlQuery q = m_db.exec(QStringLiteral("SELECT rowid FROM opinions_fts WHERE "
                                               "opinions_fts MATCH ? ORDER BY rowid DESC LIMIT %1")
                                    .arg(CandidateReports),
            { OpinionRepository::ftsQuery(queryWords.join(QLatin1Char(' '))) });
        while (q.next()) {
            seen.insert(q.value(0).toLongLong());
            ids.append(q.value(0).toLongLong());
        }
    } else {
        QVariantList values;
        collect(textCondition(queryWords, &values), values);
    }
    for (auto it = topicsByWords.cbegin(); it != topicsByWords.cend(); ++it) {
        QStringList rest = queryWords;
        for (const QString &w : it.key())
            rest.removeAll(w);
        if (rest.isEmpty()) {
            for (qint64 topic : it.value())
                collect(QStringLiteral("o.topic_id = %1").arg(topic), {});
        } else if (m_db.backend() == Database::Backend::SQLite) {
            // The newest reports holding the other words, on these topics: bounded, since a
            // short word's matches can be half the log.
            collect(QStringLiteral("o.id IN (SELECT rowid FROM opinions_fts WHERE opinions_fts "
                                   "MATCH ? ORDER BY rowid DESC LIMIT %1) AND o.topic_id IN (%2)")
                        .arg(CandidateReports * 10)
                        .arg(idList(it.value())),
                { OpinionRepository::ftsQuery(rest.join(QLatin1Char(' '))) });
        } else {
            QVariantList restValues;
            const QString text = textCondition(rest, &restValues);
            collect(QStringLiteral("o.topic_id IN (%1) AND %2").arg(idList(it.value()), text),
                restValues);
        }
    }
    return ids;
}

QList<SearchHit> GlobalSearch::opinions(const QStringList &queryWords)
{
    const QList<qint64> ids = opinionCandidates(queryWords);
    if (ids.isEmpty())
        return {};
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT o.id, o.observed_on, o.summary, o.recommendation, o.response, "
                       "t.name, l.name FROM opinions o JOIN topics t ON t.id = o.topic_id "
                       "JOIN localities l ON l.id = o.locality_id WHERE o.id IN (%1)")
            .arg(idList(ids)));
    QList<SearchHit> out;
    while (q.next()) {
        SearchHit hit;
        hit.kind = SearchHit::Kind::Opinion;
        hit.id = q.value(0).toLongLong();
        hit.date = isoDate(q.value(1));
        hit.title = q.value(2).toString();
        hit.detail = q.value(5).toString() + QStringLiteral(" — ") + q.value(6).toString();
        if (scoreFields(queryWords,
                { q.value(5).toString(), hit.title, q.value(3).toString(), q.value(4).toString() },
                &hit))
            out.append(hit);
    }
    return out;
}

} // namespace thuky
