#pragma once

#include <core/db/database.h>
#include <core/opinions/opinion.h>

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace thuky {

class Database;
class CsvReader;
class ImportColumns;
struct CsvProblem;
struct CsvRecord;

/** A problem of an import file, on the 1-based physical line its record starts on. */
struct ImportProblem
{
    /** What the user can do about a problem, for a front end that words it in its own terms. */
    enum class Remedy {
        None,
        CreateMissing, ///< importing with the option that adds unknown names would add it
    };
    int line = 0;
    QString message;
    bool warning = false; ///< warnings do not stop the import
    Remedy remedy = Remedy::None; ///< worded in the message, unless Options::forDialog
};

/** Thrown by OpinionImport::write() after OpinionImport::cancel(): nothing was written. */
class ImportCancelled : public ValidationError
{
public:
    using ValidationError::ValidationError;
};

/** One data row of an import file, checked and resolved against the database. */
struct ImportRow
{
    int line = 0;
    OpinionReport report; ///< ids of known entries filled; names always in the *Name fields
    bool duplicate
        = false; ///< equals an existing report or an earlier row (date, locality, topic, summary)
};

/**
 * Imports opinion reports from CSV exactly as SPEC.md "Opinion import format" says: all or
 * nothing, every problem with its line. First analyse() (reads, checks and resolves every
 * row, writes nothing: what a preview or `--dry-run` shows), then write() when there are no
 * errors (one transaction).
 */
class OpinionImport
{
public:
    struct Options
    {
        bool createMissing = false; ///< add unknown localities, topics and reporters
        bool skipDuplicates
            = false; ///< leave out rows equal to an existing report or an earlier row
        /**
         * Messages for an import dialog rather than the command line: a column is named as
         * the file's header line names it, and no command-line option is mentioned (the
         * dialog words ImportProblem::remedy with its own controls).
         */
        bool forDialog = false;
    };
    struct Summary
    {
        int rows = 0; ///< data rows in the file
        int imported = 0;
        int duplicates = 0; ///< skipped with skipDuplicates
        QStringList newLocalities;
        QStringList newTopics;
        QStringList newReporters;
        QStringList newAgencies;
    };

    OpinionImport(Database &db, const Options &options);

    /** The column names of the format in export order (English codes). */
    static QStringList columns();
    /** The Vietnamese header of each column, same order as columns(). */
    static QStringList vietnameseColumns();

    /** Reads and checks @p data; true when there is no error (warnings allowed). */
    bool analyse(const QByteArray &data);
    /** Errors and warnings sorted by line. */
    QList<ImportProblem> problems() const;
    bool hasErrors() const;
    const QList<ImportRow> &rows() const { return m_rows; }
    /** What write() will do (or did). */
    Summary summary() const;

    /**
     * Writes the analysed rows in one transaction, creating missing entries first. Throws
     * ValidationError if analyse() found errors. @p progress is called now and then with how
     * far the current phase() is; it may call cancel(), or throw, to stop: the transaction is
     * then rolled back and nothing is written.
     *
     * A large import against the reports table (SQLite: at least as many rows as the table
     * holds, and OpinionBulkInserter::deferThreshold()) writes the rows into the bare table
     * and builds its indexes and search index after them, inside the same transaction.
     */
    Summary write(const std::function<void(int done, int total)> &progress = {});

    /** What the running write() does, for its progress callback. */
    enum class Phase {
        Rows, ///< done/total: rows written
        Indexes, ///< a large import: done/total indexes built
        SearchIndex, ///< a large import: done/total rows in the search index
        Saving, ///< the commit (done 0 of 1), then done (1 of 1)
    };
    Phase phase() const { return m_phase; }
    /** How far the running write() is over all its phases, 0 to 1000. */
    int permille() const { return m_permille; }
    /** Whether the last write() built the indexes after the rows (a large import). */
    bool rebuiltIndexes() const { return m_rebuilt; }
    /**
     * Stops the running write() at its next progress point, before the commit: it throws
     * ImportCancelled and nothing is written. Safe from another thread or a signal handler.
     */
    void cancel() { m_cancel = true; }

    /** What the last write() added, so that it can be taken back. */
    struct Written
    {
        qint64 afterId = 0; ///< the reports have ids above this one …
        qint64 lastId = 0; ///< … up to this one,
        QString stamp; ///< and this created_at
        QList<qint64> localities, topics, persons, agencies; ///< names it created
        bool isEmpty() const { return stamp.isEmpty(); }
    };
    const Written &written() const { return m_written; }

    /**
     * Takes back the last write() in one transaction (undo): removes its reports and the
     * names it created. Throws ValidationError, changing nothing, when a report was edited
     * since or a created name is in use now.
     */
    void revert();

private:
    struct Pass;
    void error(int line, const QString &message,
        ImportProblem::Remedy remedy = ImportProblem::Remedy::None);
    void warning(int line, const QString &message,
        ImportProblem::Remedy remedy = ImportProblem::Remedy::None);
    /** @p column as the messages name it (Options::forDialog). */
    QString columnName(const ImportColumns &columns, int column) const;
    /** The message of an unknown locality, topic or reporter @p name. */
    QString unknownName(int column, const QString &name) const;
    void loadNames();
    /** Records @p problems as errors; true when there were none. */
    bool addProblems(const QList<CsvProblem> &problems);
    bool checkColumns(const ImportColumns &columns);
    bool checkFieldCount(const CsvRecord &rec, int columnsInHeader);
    void analyseRow(const CsvRecord &rec, Pass &pass);
    void readDates(const CsvRecord &rec, const ImportColumns &columns, OpinionReport &rep);
    void resolveNames(const CsvRecord &rec, Pass &pass, OpinionReport &rep);
    void resolveReport(int line, Pass &pass, OpinionReport &rep);
    void resolveAgain();
    static QString existingReportQuery();
    void readCodes(const CsvRecord &rec, const ImportColumns &columns, OpinionReport &rep);
    bool isDuplicate(const OpinionReport &rep, Pass &pass);

    Database &m_db;
    Options m_options;
    Written m_written;
    QList<ImportProblem> m_problems;
    QList<ImportRow> m_rows;
    // name key → id; id 0 = to be created on write (createMissing)
    /** The lookup key of a name as written in the file (memoised: names repeat on every row). */
    const QString &keyOf(const QString &name);
    /** TextNorm::clean() of a name field, memoised the same way. */
    const QString &cleanName(const QString &raw);

    QHash<QString, QString> m_keys; ///< name → TaxonomyRepository::nameKey(name)
    QHash<QString, QString> m_cleanNames; ///< field text → TextNorm::clean(text)
    QHash<QString, qint64> m_localities;
    QHash<QString, qint64> m_topics;
    QHash<QString, qint64> m_persons;
    QHash<QString, qint64> m_agencies;
    QHash<QString, QList<qint64>> m_allLocalityIds; ///< every id of a name key
    /** Validity of the localities that share a name with another (a unit moved or re-formed). */
    QHash<qint64, QPair<QDate, QDate>> m_localityPeriods;
    /** Of the units named like @p id, the one in existence on @p day (else @p id). */
    qint64 localityOn(qint64 id, const QString &key, const QDate &day) const;
    QHash<QString, QList<qint64>> m_allTopicIds;
    // name key → display name, in order of first use
    QList<QPair<QString, QString>> m_missingLocalities;
    QList<QPair<QString, QString>> m_missingTopics;
    QList<QPair<QString, QString>> m_missingPersons;
    QList<QPair<QString, QString>> m_missingAgencies;
    int m_dataRows = 0;
    QDate m_latest; ///< VnDate::latest() when analyse() began
    bool m_analysed = false;
    Phase m_phase = Phase::Rows;
    int m_permille = 0;
    bool m_rebuilt = false;
    std::atomic_bool m_cancel = false;
};

} // namespace thuky
