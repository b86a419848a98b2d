#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace thuky {

class Database;

/** A topic (lĩnh vực) of the two-level taxonomy: a top-level topic or one of its children. */
struct Topic
{
    qint64 id = 0;
    QString uuid;
    QString name;
    qint64 parentId = 0; ///< 0 for a top-level topic
    int position = 0;
    bool active = true;
    int rowVersion = 0;
};

/** An agency reports are forwarded to for an answer. */
struct Agency
{
    qint64 id = 0;
    QString uuid;
    QString name;
    bool active = true;
    int rowVersion = 0;
};

/** One of the six fixed channels; only its labels may be edited. */
struct Channel
{
    QString code;
    QString labelVi;
    QString labelEn;
    int position = 0;
};

/**
 * The editable lists behind opinion reports: topics (two levels), agencies and channel
 * labels, plus the locality subtree lookup the report filters need (localities themselves
 * are kept by RosterRepository).
 *
 * Reports refer to entries by id, so renaming keeps history intact; an entry that a report
 * uses cannot be removed (ValidationError). Every write is one transaction.
 */
class TaxonomyRepository
{
public:
    explicit TaxonomyRepository(Database &db);

    /** All topics, each top-level topic followed by its children, by position then name. */
    QList<Topic> topics();
    std::optional<Topic> topic(qint64 id);
    /** Finds a topic by name ignoring case and composition form (NFC). */
    std::optional<Topic> findTopic(const QString &name);
    /** Adds a topic; @p parentId must be 0 or a top-level topic (two levels only). */
    qint64 addTopic(const QString &name, qint64 parentId = 0);
    /**
     * Renames a topic; reports keep referring to it. @p expectedVersion is the row version
     * that was read (ConflictError when it changed since); returns the new row version.
     */
    int renameTopic(qint64 id, const QString &name, int expectedVersion);
    /** Removes a topic no report uses and that has no children (ValidationError otherwise). */
    void removeTopic(qint64 id);
    /** @p id and the ids of its children. */
    QList<qint64> topicWithChildren(qint64 id);

    QList<Agency> agencies();
    std::optional<Agency> findAgency(const QString &name);
    qint64 addAgency(const QString &name);
    /** Renames an agency, checking @p expectedVersion like renameTopic(); the new version. */
    int renameAgency(qint64 id, const QString &name, int expectedVersion);
    /** Removes an agency no report was forwarded to (ValidationError otherwise). */
    void removeAgency(qint64 id);

    QList<Channel> channels();
    void setChannelLabels(const QString &code, const QString &labelVi, const QString &labelEn);

    /** @p localityId and every locality below it (districts, communes). */
    QList<qint64> localityWithDescendants(qint64 localityId);
    /** Finds a locality by name ignoring case and composition form; the oldest wins. */
    std::optional<qint64> findLocalityId(const QString &name);
    /** Whether a locality with row @p id exists. */
    bool hasLocality(qint64 id);

    /** The key names are compared under: NFC, simplified, case-folded. */
    static QString nameKey(const QString &name);

private:
    Database &m_db;
};

} // namespace thuky
