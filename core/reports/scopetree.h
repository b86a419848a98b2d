#pragma once

#include <QList>
#include <QString>

namespace thuky {

class Database;

/** One line of a locality or topic list shown as a tree. */
struct ScopeEntry
{
    qint64 id = 0;
    QString name;
    int depth = 0; ///< 0 at the top
};

/**
 * The localities and the topics as the scope filters of the charts list them: each parent
 * before its children, siblings in Vietnamese alphabetical order (TextNorm::compare), with
 * their depth for the indent. The rows come from RosterRepository and TaxonomyRepository.
 */
class ScopeTree
{
public:
    /** Every locality (merged ones too), the provinces first. */
    static QList<ScopeEntry> localities(Database &db);
    /** Every topic, the first-level topics first. */
    static QList<ScopeEntry> topics(Database &db);

    /** A node as the tables hold it: its parent's id, 0 at the top. */
    struct Node
    {
        qint64 id = 0;
        QString name;
        qint64 parentId = 0;
    };
    /**
     * @p nodes in tree order. Nodes whose parent is not among them are left out, and so is
     * anything deeper than nine levels (a guard against a cycle in the parent links).
     */
    static QList<ScopeEntry> ordered(const QList<Node> &nodes);
};

} // namespace thuky
