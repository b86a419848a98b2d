#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace thuky {

/**
 * The row bookkeeping shared by the meeting editor's table models: one value per row and a
 * fixed set of columns. A subclass says how a value shows (value()) and how an edit of a
 * cell changes it (setValue()).
 */
template <typename T> class RowListModel : public QAbstractTableModel
{
public:
    RowListModel(int columns, QObject *parent)
        : QAbstractTableModel(parent)
        , m_columns(columns)
    {
    }

    void setRows(const QList<T> &rows)
    {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }
    const QList<T> &rows() const { return m_rows; }
    const T &rowAt(int row) const { return m_rows.at(row); }
    /** Appends @p value and returns its row. */
    int appendRow(const T &value)
    {
        const int row = int(m_rows.size());
        beginInsertRows({}, row, row);
        m_rows.append(value);
        endInsertRows();
        return row;
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : m_columns;
    }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        return value(index.row(), index.column(), role);
    }
    bool setData(const QModelIndex &index, const QVariant &v, int role = Qt::EditRole) override
    {
        if (role != Qt::EditRole || !isEditable(index.column())
            || !checkIndex(
                index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
            || !setValue(m_rows[index.row()], index.column(), v))
            return false;
        emit dataChanged(index, index);
        return true;
    }
    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        if (!index.isValid())
            return Qt::NoItemFlags;
        const Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
        return isEditable(index.column()) ? flags | Qt::ItemIsEditable : flags;
    }
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0
            && section < m_columns)
            return columnTitle(section);
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override
    {
        if (parent.isValid() || row < 0 || count <= 0 || row + count > m_rows.size())
            return false;
        beginRemoveRows({}, row, row + count - 1);
        m_rows.remove(row, count);
        endRemoveRows();
        return true;
    }

protected:
    virtual QString columnTitle(int column) const = 0;
    virtual bool isEditable(int column) const = 0;
    virtual QVariant value(int row, int column, int role) const = 0;
    /** Writes @p value into @p column of @p row; false when that changes nothing. */
    virtual bool setValue(T &row, int column, const QVariant &value) = 0;

private:
    QList<T> m_rows;
    int m_columns;
};

} // namespace thuky
