#pragma once

#include <core/db/auditrepository.h>

#include <QAbstractTableModel>
#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace thuky {

class Database;

/** The audit log's lines that match a filter, newest first, read a page at a time. */
class AuditModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { At, User, Action, Record, Field, Old, New, Detail, ColumnCount };

    explicit AuditModel(Database &db, QObject *parent = nullptr);
    void setFilter(const AuditFilter &filter);
    AuditFilter filter() const { return m_filter; }
    const AuditEntry &entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /** The record kind as the window names it ("opinion" → "Report"). */
    static QString entityLabel(const QString &entity);

private:
    Database &m_db;
    AuditFilter m_filter;
    QList<AuditEntry> m_entries;
    bool m_more = false;
};

/**
 * Help → Audit log: who changed what and when, each changed field with its old and new value,
 * filtered by user, kind of record, one record, dates and text; exported as the command
 * line's `audit --format csv`. Read-only, like the log itself.
 */
class AuditDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AuditDialog(Database &db, QWidget *parent = nullptr);

    /** Shows only the lines of the record @p uuid (its history). */
    void showRecord(const QString &uuid);

    AuditModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *userFilter() const { return m_user; }
    QComboBox *entityFilter() const { return m_entity; }
    QLineEdit *textFilter() const { return m_text; }
    QLineEdit *fromFilter() const { return m_from; }
    QLineEdit *toFilter() const { return m_to; }
    /** Writes every matching line (not only those loaded) as CSV; false when it could not. */
    bool exportCsv(const QString &path);

private:
    void applyFilter();
    void exportToFile();

    Database &m_db;
    AuditModel *m_model;
    QTableView *m_table;
    QComboBox *m_user;
    QComboBox *m_entity;
    QLineEdit *m_from;
    QLineEdit *m_to;
    QLineEdit *m_text;
    QLabel *m_record;
    QString m_uuid;
};

} // namespace thuky
