#pragma once

#include <core/roster/roster.h>

#include <QAbstractTableModel>
#include <QHash>

namespace thuky {

/**
 * The members of one committee on a date, in print order (role, then name), with each
 * person's rank or honorific (persons.honorific, e.g. "Đại tá"), optionally narrowed by a
 * name filter that ignores case and Vietnamese diacritics.
 */
class MemberTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        RoleColumn,
        RankColumn,
        NameColumn,
        TitleColumn,
        StartColumn,
        EndColumn,
        DecisionColumn,
        ColumnCount
    };
    enum DataRole { IdRole = Qt::UserRole + 1, PersonIdRole, UuidRole, RoleCodeRole };

    explicit MemberTableModel(QObject *parent = nullptr);

    /** @p honorifics: the rank or honorific of each member's person, by person id. */
    void setMembers(
        const QList<Membership> &members, const QHash<qint64, QString> &honorifics = {});
    void setNameFilter(const QString &filter);
    QString nameFilter() const { return m_filter; }
    /** Members before filtering. */
    int totalCount() const { return int(m_all.size()); }
    Membership membershipAt(int row) const { return m_rows.at(row); }
    /** The row of the membership with @p id, or -1. */
    int rowOfId(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void applyFilter();

    QList<Membership> m_all;
    QList<Membership> m_rows;
    QHash<qint64, QString> m_honorifics;
    QString m_filter;
};

} // namespace thuky
