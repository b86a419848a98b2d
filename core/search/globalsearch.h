#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace thuky {

class Database;

/** One record found by GlobalSearch. */
struct SearchHit
{
    /** In the order hits of equal score are listed (and the GUI's groups). */
    enum class Kind { Person, Committee, Meeting, Task, Opinion };

    Kind kind = Kind::Person;
    qint64 id = 0;
    /** Committee: formed; meeting: held; task: due; report: observed; person: none. */
    QDate date;
    QString title;
    /** A second line for the GUI: a person's organisation, a report's topic and locality… */
    QString detail;
    /** The most query words found together in one field (see GlobalSearch). */
    int bestField = 0;
    /** True when one field holds the query's words one after the other, in order. */
    bool phrase = false;
    /** True when every word of one field is given by the query (a name typed out). */
    bool named = false;
    /** How many of the record's fields hold a query word. */
    int fieldsMatched = 0;
    /** How many query words matched a whole word (not only its beginning). */
    int wholeWords = 0;

    /** `person`, `committee`, `meeting`, `task`, `opinion` (SPEC.md, `search all`). */
    static QString kindCode(Kind kind);
};

/**
 * Search across everything (SPEC.md "Search across everything"): people by any part of their
 * name, committees by name, meetings by title, place and conclusion, tasks by description and
 * owner, opinion reports by topic and their text (summary, recommendation, response), with
 * the opinion search's matching: case- and diacritic-insensitive (đ included), every query
 * word must begin a word of the record.
 *
 * Best match first: more query words together in one field; then more query words found as
 * whole words (not only as beginnings: "tran thi" finds "thị trấn" before "tình trạng thiếu");
 * then the words as a phrase (one after the other, in the query's order: "ban chi dao" before
 * "…bán… Chi… đảo…"); then a record one of whose fields the query gives whole (a committee's
 * full name); then words found in more of its fields (a report whose topic and summary both
 * match comes before one whose summary holds the word twice); then people, committees,
 * meetings, tasks, reports; then the newest.
 *
 * Aggregation stays in the database for reports (full-text index on SQLite): only the
 * newest CandidateReports matches of each way of matching are read and scored, so a
 * million reports answer as fast as a thousand. Other records are few (a province's people,
 * committees, meetings and tasks) and are folded and matched here.
 */
class GlobalSearch
{
public:
    static constexpr int CandidateReports = 300;

    explicit GlobalSearch(Database &db);

    /**
     * The best @p limit hits for @p query, at most @p perKind of each kind when it is above 0
     * (a list grouped by kind shows every kind found); none for a query without letters or
     * digits.
     */
    QList<SearchHit> search(const QString &query, int limit = 50, int perKind = 0);

    /** The query's words, folded (what every field must begin a word with). */
    static QStringList words(const QString &query);

private:
    /**
     * The rows of @p sql (columns: id, title, date, detail, then further fields to match)
     * that every query word matches, scored on the title, the detail when @p detailMatches,
     * and the further fields (rich text read as its words).
     */
    QList<SearchHit> matching(SearchHit::Kind kind, const QStringList &words, const QString &sql,
        const QVariantList &values, bool detailMatches);
    QList<SearchHit> persons(const QStringList &words);
    QList<SearchHit> committees(const QStringList &words);
    QList<SearchHit> meetings(const QStringList &words);
    QList<SearchHit> tasks(const QStringList &words);
    QList<SearchHit> opinions(const QStringList &words);
    QList<qint64> opinionCandidates(const QStringList &words);
    QString textCondition(const QStringList &words, QVariantList *values) const;

    Database &m_db;
};

} // namespace thuky
