#include <ui/roster/personlistmodel.h>

#include <core/text/textnorm.h>

namespace thuky {

PersonListModel::PersonListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void PersonListModel::setPersons(const QList<Person> &persons)
{
    m_all = persons;
    const QString filter = m_filter;
    m_filter = QStringLiteral("\n"); // force the refilter below
    setFilter(filter);
}

void PersonListModel::setFilter(const QString &filter)
{
    const QString folded = TextNorm::fold(filter.trimmed());
    if (folded == m_filter)
        return;
    beginResetModel();
    m_filter = folded;
    m_rows.clear();
    for (const Person &p : std::as_const(m_all)) {
        if (m_filter.isEmpty() || TextNorm::fold(p.fullName).contains(m_filter))
            m_rows.append(p);
    }
    endResetModel();
}

int PersonListModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

int PersonListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PersonListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Person &p = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return p.titles.isEmpty() ? p.fullName : tr("%1 — %2").arg(p.fullName, p.titles);
    case Qt::ToolTipRole:
        return p.titles;
    case IdRole:
        return p.id;
    case UuidRole:
        return p.uuid;
    default:
        return {};
    }
}

} // namespace thuky
