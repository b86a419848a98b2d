#pragma once

#include <core/roster/roster.h>

#include <QAbstractListModel>

namespace thuky {

/** Persons for a picker, in Vietnamese name order, narrowed by a diacritic-insensitive filter. */
class PersonListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum DataRole { IdRole = Qt::UserRole + 1, UuidRole };

    explicit PersonListModel(QObject *parent = nullptr);

    void setPersons(const QList<Person> &persons);
    void setFilter(const QString &filter);
    Person personAt(int row) const { return m_rows.at(row); }
    /** The row of the person with @p id, or -1. */
    int rowOfId(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<Person> m_all;
    QList<Person> m_rows;
    QString m_filter;
};

} // namespace thuky
