#pragma once

#include <core/roster/roster.h>

#include <QAbstractTableModel>

namespace thuky {

/** Every membership of one person, newest first: the person's history of roles. */
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        StartColumn,
        EndColumn,
        RoleColumn,
        CommitteeColumn,
        DecisionColumn,
        ColumnCount
    };
    enum DataRole { IdRole = Qt::UserRole + 1 };

    explicit HistoryModel(QObject *parent = nullptr);

    void setHistory(const QList<Membership> &history);
    Membership membershipAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Membership> m_rows;
};

} // namespace thuky
