#include <ui/roster/committeetreemodel.h>

#include <core/text/vndate.h>

#include <QGuiApplication>
#include <QHash>
#include <QPalette>

namespace thuky {

CommitteeTreeModel::CommitteeTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void CommitteeTreeModel::setCommittees(const QList<Committee> &committees, const QDate &asOf)
{
    beginResetModel();
    m_asOf = asOf;
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
        if (!inOffice(c))
            return tr("%1 (%2)\n%3").arg(c.name, levelLabel(c.level), absence(c));
        return tr("%1 (%2)").arg(c.name, levelLabel(c.level));
    case Qt::ForegroundRole:
        if (!inOffice(c))
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case InOfficeRole:
        return inOffice(c);
    case IdRole:
        return c.id;
    case LevelRole:
        return c.level;
    default:
        return {};
    }
}

bool CommitteeTreeModel::inOffice(const Committee &c) const
{
    if (!m_asOf.isValid())
        return true;
    return (!c.validFrom.isValid() || c.validFrom <= m_asOf)
        && (!c.validTo.isValid() || c.validTo >= m_asOf);
}

QString CommitteeTreeModel::absence(const Committee &c) const
{
    if (inOffice(c))
        return {};
    if (c.validFrom.isValid() && c.validFrom > m_asOf)
        return tr("Formed on %1").arg(VnDate::display(c.validFrom));
    for (const Node &n : m_nodes) {
        if (c.successorId > 0 && n.committee.id == c.successorId)
            return tr("Dissolved on %1, into %2").arg(VnDate::display(c.validTo), n.committee.name);
    }
    return tr("Dissolved on %1").arg(VnDate::display(c.validTo));
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
