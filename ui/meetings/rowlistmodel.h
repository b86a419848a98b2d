#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

#include <functional>

namespace thuky {

/**
 * What EntryTable needs of a table model beside QAbstractItemModel: whether a row is still
 * blank (nothing typed in it) and a way to add rows filled from pasted text.
 */
class RowEntryModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    /** True while nothing is typed in @p row: a row left so is dropped. */
    virtual bool isBlankRow(int row) const = 0;
    /**
     * Inserts one row per entry of @p rows at @p row, each entry's texts going into the
     * editable columns in order (as typed in them); returns how many rows were inserted.
     */
    virtual int insertTextRows(int row, const QList<QStringList> &rows) = 0;
};

/**
 * The row bookkeeping shared by the meeting editor's table models: one value per row and a
 * fixed set of columns. A subclass says how a value shows (value()), how an edit of a
 * cell changes it (setValue()) and when a row is blank (isBlank()). Rows inserted with
 * insertRows() are blank rows as made by the function given to setBlankRow().
 */
template <typename T> class RowListModel : public RowEntryModel
{
public:
    RowListModel(int columns, QObject *parent)
        : RowEntryModel(parent)
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
    /** What a new row holds (a default-constructed value unless set). */
    void setBlankRow(std::function<T()> blank) { m_blank = std::move(blank); }

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
        // A long text cut at the column's edge shows whole in its tool tip.
        if (role == Qt::ToolTipRole)
            return value(index.row(), index.column(), Qt::DisplayRole);
        return value(index.row(), index.column(), role);
    }
    bool setData(const QModelIndex &index, const QVariant &v, int role = Qt::EditRole) override
    {
        if (role != Qt::EditRole
            || !checkIndex(
                index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
            || !isEditableAt(index.row(), index.column())
            || !setValue(m_rows[index.row()], index.column(), v))
            return false;
        emit dataChanged(index, index);
        // A cell may fill others (a speaker's unit): they change after the cell itself.
        if (fillsOtherColumns(index.column()))
            emit dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(m_columns - 1));
        return true;
    }
    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        if (!index.isValid())
            return Qt::NoItemFlags;
        const Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
        return isEditableAt(index.row(), index.column()) ? flags | Qt::ItemIsEditable : flags;
    }
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0
            && section < m_columns)
            return columnTitle(section);
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override
    {
        if (parent.isValid() || row < 0 || count <= 0 || row > m_rows.size())
            return false;
        beginInsertRows({}, row, row + count - 1);
        for (int i = 0; i < count; ++i)
            m_rows.insert(row, blank());
        endInsertRows();
        return true;
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
    bool isBlankRow(int row) const override
    {
        return row >= 0 && row < m_rows.size() && isBlank(m_rows.at(row));
    }
    int insertTextRows(int row, const QList<QStringList> &rows) override
    {
        QList<T> values;
        for (const QStringList &texts : rows) {
            T v = blank();
            int next = 0;
            for (int column = 0; column < m_columns && next < texts.size(); ++column) {
                if (!isEditableIn(v, column))
                    continue;
                // An empty text keeps what the row holds (a unit filled from the roster).
                if (!texts.at(next).isEmpty())
                    setValue(v, column, texts.at(next));
                ++next;
            }
            if (!isBlank(v))
                values.append(v);
        }
        if (values.isEmpty() || row < 0 || row > m_rows.size())
            return 0;
        beginInsertRows({}, row, row + int(values.size()) - 1);
        for (int i = 0; i < values.size(); ++i)
            m_rows.insert(row + i, values.at(i));
        endInsertRows();
        return int(values.size());
    }

protected:
    virtual QString columnTitle(int column) const = 0;
    virtual bool isEditable(int column) const = 0;
    /** Whether @p column of the row holding @p value can be edited (isEditable() unless said). */
    virtual bool isEditableIn(const T &value, int column) const
    {
        Q_UNUSED(value);
        return isEditable(column);
    }
    virtual QVariant value(int row, int column, int role) const = 0;
    /** Writes @p value into @p column of @p row; false when that changes nothing. */
    virtual bool setValue(T &row, int column, const QVariant &value) = 0;
    /** True when an edit of @p column may change other columns of its row too. */
    virtual bool fillsOtherColumns(int column) const
    {
        Q_UNUSED(column);
        return false;
    }
    /** True when nothing is typed in @p value (the row is dropped when the form is read). */
    virtual bool isBlank(const T &value) const = 0;

private:
    bool isEditableAt(int row, int column) const { return isEditableIn(m_rows.at(row), column); }
    T blank() const { return m_blank ? m_blank() : T(); }

    QList<T> m_rows;
    int m_columns;
    std::function<T()> m_blank;
};

} // namespace thuky
