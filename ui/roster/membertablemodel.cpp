#include <ui/roster/membertablemodel.h>

#include <core/text/textnorm.h>
#include <core/text/vndate.h>

#include <QFont>

namespace thuky {

MemberTableModel::MemberTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void MemberTableModel::setMembers(
    const QList<Membership> &members, const QHash<qint64, QString> &honorifics)
{
    beginResetModel();
    m_all = members;
    m_honorifics = honorifics;
    applyFilter();
    endResetModel();
}

void MemberTableModel::setNameFilter(const QString &filter)
{
    const QString folded = TextNorm::fold(filter.trimmed());
    if (folded == m_filter)
        return;
    beginResetModel();
    m_filter = folded;
    applyFilter();
    endResetModel();
}

void MemberTableModel::applyFilter()
{
    if (m_filter.isEmpty()) {
        m_rows = m_all;
        return;
    }
    m_rows.clear();
    for (const Membership &m : std::as_const(m_all)) {
        if (TextNorm::fold(m.personName).contains(m_filter))
            m_rows.append(m);
    }
}

int MemberTableModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

int MemberTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MemberTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Membership &m = m_rows.at(index.row());
    // Print order groups the list by role: the role is written once, on its group's first row.
    const bool firstOfGroup = index.row() == 0 || m_rows.at(index.row() - 1).role != m.role;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RoleColumn:
            return firstOfGroup ? Roles::label(m.role) : QString();
        case RankColumn:
            return m_honorifics.value(m.personId);
        case NameColumn:
            return m.personName;
        case TitleColumn:
            return m.personTitles;
        case StartColumn:
            return VnDate::display(m.start);
        case EndColumn:
            return m.end.isValid() ? VnDate::display(m.end) : QString();
        case DecisionColumn:
            return m.decision;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == RoleColumn || index.column() == NameColumn)
            return tr("%1 — %2").arg(Roles::label(m.role), m.personName);
        if (index.column() == TitleColumn || index.column() == DecisionColumn)
            return index.data(Qt::DisplayRole);
        return {};
    case Qt::FontRole:
        if (index.column() == RoleColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case IdRole:
        return m.id;
    case PersonIdRole:
        return m.personId;
    case UuidRole:
        return m.uuid;
    case RoleCodeRole:
        return Roles::code(m.role);
    default:
        return {};
    }
}

QVariant MemberTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RoleColumn:
        return tr("Role");
    case RankColumn:
        return tr("Rank");
    case NameColumn:
        return tr("Full name");
    case TitleColumn:
        return tr("Position");
    case StartColumn:
        return tr("From");
    case EndColumn:
        return tr("Until");
    case DecisionColumn:
        return tr("Decision");
    }
    return {};
}

} // namespace thuky
