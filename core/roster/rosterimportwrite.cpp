// RosterImport: writing the analysed rows and taking them back (undo).

#include <core/roster/rosterimport.h>

#include <core/db/database.h>
#include <core/db/namelock.h>
#include <core/roster/rosterrepository.h>

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

namespace thuky {

namespace {
// The context of this file's messages, seen by lupdate in member and free functions alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(thuky::RosterImport)
};
} // namespace

RosterImport::Summary RosterImport::summary() const
{
    Summary s;
    s.rows = m_dataRows;
    QSet<qint64> reused;
    for (const RosterImportRow &r : m_rows) {
        if (!r.valid)
            continue;
        ++s.memberships;
        if (r.person.id > 0)
            reused.insert(r.person.id);
    }
    s.newPersons = int(m_newPersons.size());
    s.reusedPersons = int(reused.size());
    return s;
}

RosterImport::Summary RosterImport::write()
{
    if (!m_analysed || hasErrors())
        throw ValidationError(
            QStringLiteral("file"), Tr::tr("The file has errors: nothing was imported."));
    Transaction tx(m_db);
    lockNames(m_db);
    analyseAgain();
    RosterRepository roster(m_db);
    Written written;
    QList<qint64> added; // ids of m_newPersons
    for (Person &p : m_newPersons) {
        if (p.uuid.isEmpty())
            p.uuid = Database::newUuid(); // kept: a redo adds the same person again
        added.append(roster.addPerson(p));
        written.persons.append(p.uuid);
    }
    while (m_membershipUuids.size() < m_rows.size())
        m_membershipUuids.append(Database::newUuid());
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const RosterImportRow &row = m_rows.at(i);
        Membership m = row.membership;
        m.uuid = m_membershipUuids.at(i);
        m.personId = row.person.id > 0 ? row.person.id
                                       : added.value(m_newPersonIndex.value(row.personKey));
        try {
            roster.appoint(m);
        } catch (const ValidationError &e) {
            throw ValidationError(e.field(),
                Tr::tr("line %1: %2 Nothing was imported.").arg(row.line).arg(e.message()));
        }
        written.memberships.append(m.uuid);
    }
    const Summary s = summary();
    m_db.audit(QStringLiteral("import"), QStringLiteral("membership"), QString(),
        QStringLiteral("%1 memberships imported, %2 persons added, %3 reused")
            .arg(s.memberships)
            .arg(s.newPersons)
            .arg(s.reusedPersons));
    tx.commit();
    m_written = written;
    return s;
}

/**
 * analyse() looked the persons and the holders of roles up before the write transaction;
 * another writer may have added the same persons since. Inside the transaction, under
 * lockNames(), the file is checked again against what the database holds now, so that two
 * imports at once add each person once (and the second finds the first's memberships).
 */
void RosterImport::analyseAgain()
{
    QHash<QString, QString> personUuids; // person key → uuid fixed by an earlier write
    for (auto it = m_newPersonIndex.cbegin(); it != m_newPersonIndex.cend(); ++it) {
        const QString &uuid = m_newPersons.at(it.value()).uuid;
        if (!uuid.isEmpty())
            personUuids.insert(it.key(), uuid);
    }
    const QStringList membershipUuids = m_membershipUuids;
    if (!analyse(m_data)) {
        for (const ImportProblem &p : problems()) {
            if (!p.warning)
                throw ValidationError(QStringLiteral("file"),
                    Tr::tr("line %1: %2 Nothing was imported.").arg(p.line).arg(p.message));
        }
    }
    for (auto it = m_newPersonIndex.cbegin(); it != m_newPersonIndex.cend(); ++it) {
        if (personUuids.contains(it.key()))
            m_newPersons[it.value()].uuid = personUuids.value(it.key());
    }
    if (membershipUuids.size() == m_rows.size())
        m_membershipUuids = membershipUuids;
}

void RosterImport::revert()
{
    if (m_written.isEmpty())
        return;
    Transaction tx(m_db);
    RosterRepository roster(m_db);
    const auto idOf = [this](const char *table, const QString &uuid, int *version) {
        QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, row_version FROM %1 WHERE uuid = ?")
                                    .arg(QLatin1String(table)),
            { uuid });
        if (!q.next())
            return qint64(0);
        *version = q.value(1).toInt();
        return q.value(0).toLongLong();
    };
    QList<qint64> memberships;
    for (const QString &uuid : std::as_const(m_written.memberships)) {
        int version = 0;
        const qint64 id = idOf("memberships", uuid, &version);
        if (id <= 0 || version > 1)
            throw ValidationError(QStringLiteral("memberships"),
                Tr::tr("A membership the import added was changed or removed since, so the "
                       "import can no longer be undone as a whole."));
        memberships.append(id);
    }
    for (qint64 id : std::as_const(memberships))
        roster.removeMembership(id, 1); // each one checked above to be as the import wrote it
    const QString inUse = Tr::tr("A person the import added is in use now (another role, a "
                                 "meeting, a task or a report), so the import can no longer be "
                                 "undone.");
    try {
        for (const QString &uuid : std::as_const(m_written.persons)) {
            int version = 0;
            if (const qint64 id = idOf("persons", uuid, &version))
                roster.removePerson(id);
        }
    } catch (const ValidationError &) { // holds a role the import did not give
        throw ValidationError(QStringLiteral("persons"), inUse);
    } catch (const DbError &e) { // chairs a meeting, owns a task, reported an opinion …
        if (e.kind() != DbError::QueryFailed)
            throw;
        throw ValidationError(QStringLiteral("persons"), inUse);
    }
    m_db.audit(QStringLiteral("import-undo"), QStringLiteral("membership"), QString(),
        QStringLiteral("%1 imported memberships and %2 persons removed")
            .arg(m_written.memberships.size())
            .arg(m_written.persons.size()));
    tx.commit();
    m_written = Written();
}

} // namespace thuky
