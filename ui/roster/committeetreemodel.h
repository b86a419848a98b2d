#pragma once

#include <core/roster/roster.h>

#include <QAbstractItemModel>

namespace thuky {

/** The committee tree (province → districts → …) for the roster area. */
class CommitteeTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ColumnCount };
    enum DataRole { IdRole = Qt::UserRole + 1, LevelRole, FullNameRole, InOfficeRole };

    explicit CommitteeTreeModel(QObject *parent = nullptr);

    /**
     * @p committees in tree order, as RosterRepository::committees() returns them. With
     * @p asOf, those not in office that day (dissolved, or not yet formed) are greyed and
     * their tooltip says why.
     */
    void setCommittees(const QList<Committee> &committees, const QDate &asOf = {});
    /** The index of the committee with @p id, or an invalid index. */
    QModelIndex indexOfId(qint64 id) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString levelLabel(const QString &level);

private:
    struct Node
    {
        Committee committee;
        QString display; ///< the name without the words it shares with its parent's
        int parent = -1; ///< index into m_nodes, -1 for a root
        int row = 0; ///< position among its siblings
        QList<int> children;
    };
    const QList<int> &childrenOf(int node) const;
    bool inOffice(const Committee &c) const;
    /** Why @p c is not in office on the model's date; empty when it is. */
    QString absence(const Committee &c) const;

    QList<Node> m_nodes;
    QList<int> m_roots;
    QDate m_asOf;
};

} // namespace thuky
