#pragma once

#include <core/opinions/opinionimport.h> // ImportProblem
#include <core/roster/roster.h>

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace thuky {

class Database;
class CsvReader;
struct CsvProblem;
struct CsvRecord;

/** One data row of a roster sheet, checked and resolved against the database. */
struct RosterImportRow
{
    int line = 0;
    /** id > 0: already on the roster (reused); 0: added by the import (first of its rows). */
    Person person;
    QString personKey; ///< the name and organisation, normalised: one person per key
    Membership membership; ///< committee, role, start, end and decision
    QString committeeName;
    bool valid = false; ///< no error on this row
};

/**
 * Imports a roster sheet as clerks keep it (SPEC.md "The organisation and its localities",
 * `import roster`): UTF-8 CSV, comma or semicolon, English or Vietnamese headers in any order.
 * All or nothing, every problem with its line, like OpinionImport: first analyse() (reads,
 * checks and resolves every row against the database, writes nothing: what a preview or
 * `--dry-run` shows), then write() when there are no errors (one transaction). A person
 * already on the roster (same name and organisation) is reused; one who appears on several
 * rows is added once.
 */
class RosterImport
{
public:
    struct Options
    {
        /** The committee (id or name) of rows that name none; empty = every row must. */
        QString committee;
        /** Messages name the dialog's committee box instead of the command line's option. */
        bool forDialog = false;
    };
    struct Summary
    {
        int rows = 0; ///< data rows in the file
        int memberships = 0; ///< valid rows: one membership each
        int newPersons = 0; ///< persons the import adds
        int reusedPersons = 0; ///< persons already on the roster that rows refer to
    };

    RosterImport(Database &db, const Options &options);

    /** The column names in English, the order of a blank sheet. */
    static QStringList columns();
    /** The Vietnamese header of each column, same order as columns(). */
    static QStringList vietnameseColumns();
    /** The Vietnamese label of a role, whatever the language of the interface. */
    static QString vietnameseLabel(Role role);
    /** A role from its code or Vietnamese label (case, diacritics and `_` ignored). */
    static bool parseRole(const QString &text, Role *role);

    /** Reads and checks @p data; true when there is no error (warnings allowed). */
    bool analyse(const QByteArray &data);
    /** Errors and warnings sorted by line. */
    QList<ImportProblem> problems() const;
    bool hasErrors() const;
    const QList<RosterImportRow> &rows() const { return m_rows; }
    /** What write() will do (or did). */
    Summary summary() const;

    /**
     * Writes the persons and memberships in one transaction. Throws ValidationError if
     * analyse() found errors, or (nothing written) if the database refuses a row now.
     */
    Summary write();

    /** What the last write() added, by UUID, so that it can be taken back exactly. */
    struct Written
    {
        QStringList persons;
        QStringList memberships;
        bool isEmpty() const { return persons.isEmpty() && memberships.isEmpty(); }
    };
    const Written &written() const { return m_written; }

    /**
     * Takes back the last write() in one transaction (undo): removes exactly its memberships
     * and the persons it added. Throws ValidationError, changing nothing, when one of them was
     * changed since or an added person is in use now. A later write() adds the same UUIDs.
     */
    void revert();

private:
    struct Pass;
    void error(int line, const QString &message);
    void warning(int line, const QString &message);
    /** Records @p problems as errors; true when there were none. */
    bool addProblems(const QList<CsvProblem> &problems);
    bool checkColumns(const Pass &pass);
    bool checkFieldCount(const CsvRecord &rec, int columnsInHeader);
    void loadRoster(Pass &pass);
    void analyseRow(const CsvRecord &rec, Pass &pass);
    void readMembership(const CsvRecord &rec, Pass &pass, RosterImportRow &row);
    void resolvePerson(Pass &pass, RosterImportRow &row);
    bool resolveCommittee(const QString &text, int line, Pass &pass, RosterImportRow &row);
    void checkOverlaps(Pass &pass, const RosterImportRow &row);
    void checkDatabaseOverlaps(Pass &pass, const RosterImportRow &row);
    /** analyse() again inside write()'s transaction, keeping the UUIDs of an earlier write. */
    void analyseAgain();

    Database &m_db;
    Options m_options;
    QByteArray m_data; ///< the file analyse() read
    QList<ImportProblem> m_problems;
    QList<RosterImportRow> m_rows;
    QList<Person> m_newPersons; ///< in order of first appearance; uuid fixed by the first write
    QHash<QString, int> m_newPersonIndex; ///< person key → index in m_newPersons
    QStringList m_membershipUuids; ///< per row of m_rows, fixed by the first write
    Written m_written;
    int m_dataRows = 0;
    bool m_analysed = false;
};

} // namespace thuky
