#include <core/reports/scopetree.h>

#include <core/opinions/taxonomyrepository.h>
#include <core/roster/roster.h>
#include <core/roster/rosterrepository.h>
#include <core/text/textnorm.h>

#include <QHash>

#include <algorithm>
#include <functional>

namespace thuky {

QList<ScopeEntry> ScopeTree::localities(Database &db)
{
    QList<Node> nodes;
    for (const Locality &l : RosterRepository(db).localities())
        nodes.append({ l.id, l.name, l.parentId });
    return ordered(nodes);
}

QList<ScopeEntry> ScopeTree::topics(Database &db)
{
    QList<Node> nodes;
    for (const Topic &t : TaxonomyRepository(db).topics())
        nodes.append({ t.id, t.name, t.parentId });
    return ordered(nodes);
}

QList<ScopeEntry> ScopeTree::ordered(const QList<Node> &nodes)
{
    QHash<qint64, QList<const Node *>> children;
    for (const Node &n : nodes)
        children[n.parentId].append(&n);
    for (auto &list : children) // Vietnamese alphabetical order: a ă â b c d đ e …
        std::sort(list.begin(), list.end(),
            [](const Node *a, const Node *b) { return TextNorm::compare(a->name, b->name) < 0; });
    QList<ScopeEntry> result;
    result.reserve(nodes.size());
    std::function<void(qint64, int)> add = [&](qint64 parent, int depth) {
        for (const Node *c : children.value(parent)) {
            result.append({ c->id, c->name, depth });
            if (depth < 8)
                add(c->id, depth + 1);
        }
    };
    add(0, 0);
    return result;
}

} // namespace thuky
