#include <ui/roster/committeetreemodel.h>

#include <QHash>

namespace thuky {

CommitteeTreeModel::CommitteeTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void CommitteeTreeModel::setCommittees(const QList<Committee> &committees)
{
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    QHash<qint64, int> byId;
    for (const Committee &c : committees) {
        Node node;
        node.committee = c;
        byId.insert(c.id, int(m_nodes.size()));
        m_nodes.append(node);
    }
    for (int i = 0; i < m_nodes.size(); ++i) {
        Node &node = m_nodes[i];
        // A committee whose parent is unknown is shown as a root rather than hidden.
        const auto parent = byId.constFind(node.committee.parentId);
        if (node.committee.parentId > 0 && parent != byId.constEnd() && *parent != i) {
            node.parent = *parent;
            node.row = int(m_nodes[*parent].children.size());
            m_nodes[*parent].children.append(i);
        } else {
            node.row = int(m_roots.size());
            m_roots.append(i);
        }
    }
    // "Ban Chỉ đạo 35 huyện Châu Phú" under "Ban Chỉ đạo 35 tỉnh An Giang" reads as
    // "huyện Châu Phú": the tree is narrow, and the full name is in the tooltip.
    for (Node &node : m_nodes) {
        node.display = node.committee.name;
        if (node.parent < 0)
            continue;
        const QStringList mine = node.committee.name.split(QLatin1Char(' '));
        const QStringList theirs = m_nodes.at(node.parent).committee.name.split(QLatin1Char(' '));
        int common = 0;
        while (
            common < mine.size() && common < theirs.size() && mine.at(common) == theirs.at(common))
            ++common;
        if (common >= 2 && common < mine.size())
            node.display = mine.mid(common).join(QLatin1Char(' '));
    }
    endResetModel();
}

const QList<int> &CommitteeTreeModel::childrenOf(int node) const
{
    return node < 0 ? m_roots : m_nodes.at(node).children;
}

QModelIndex CommitteeTreeModel::indexOfId(qint64 id) const
{
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes.at(i).committee.id == id)
            return createIndex(m_nodes.at(i).row, 0, quintptr(i));
    }
    return {};
}

QModelIndex CommitteeTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0 || parent.column() > 0)
        return {};
    const QList<int> &siblings = childrenOf(parent.isValid() ? int(parent.internalId()) : -1);
    if (row >= siblings.size())
        return {};
    return createIndex(row, column, quintptr(siblings.at(row)));
}

QModelIndex CommitteeTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parent = m_nodes.at(int(child.internalId())).parent;
    if (parent < 0)
        return {};
    return createIndex(m_nodes.at(parent).row, 0, quintptr(parent));
}

int CommitteeTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(childrenOf(parent.isValid() ? int(parent.internalId()) : -1).size());
}

int CommitteeTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant CommitteeTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Committee &c = m_nodes.at(int(index.internalId())).committee;
    switch (role) {
    case Qt::DisplayRole:
        return m_nodes.at(int(index.internalId())).display;
    case FullNameRole:
        return c.name;
    case Qt::ToolTipRole:
        return tr("%1 (%2)").arg(c.name, levelLabel(c.level));
    case IdRole:
        return c.id;
    case LevelRole:
        return c.level;
    default:
        return {};
    }
}

QVariant CommitteeTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section == NameColumn)
        return tr("Committee");
    return {};
}

QString CommitteeTreeModel::levelLabel(const QString &level)
{
    if (level == QLatin1String("province"))
        return tr("province level");
    if (level == QLatin1String("district"))
        return tr("district level");
    if (level == QLatin1String("commune"))
        return tr("commune level");
    if (level == QLatin1String("agency"))
        return tr("agency");
    return level;
}

} // namespace thuky
