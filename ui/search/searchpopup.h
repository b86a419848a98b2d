#pragma once

#include <core/search/globalsearch.h>

#include <QDialog>

class QLabel;
class QLineEdit;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace thuky {

class Database;

/**
 * Search across everything (Ctrl+K): people, committees, meetings, tasks and reports as the
 * clerk types, diacritic-insensitive, grouped by kind, best match first in each group. Up and
 * Down move through the hits without leaving the text field; Enter opens the chosen one (the
 * first when none is chosen), Escape closes.
 */
class SearchPopup : public QDialog
{
    Q_OBJECT
public:
    /** At most this many hits are listed (all kinds together), PerKind of each kind. */
    static constexpr int Limit = 60;
    static constexpr int PerKind = 12;

    explicit SearchPopup(Database &db, QWidget *parent = nullptr);

    QLineEdit *queryEdit() const { return m_query; }
    QTreeWidget *resultTree() const { return m_results; }
    /** Runs the search for the current text now (it also runs shortly after typing stops). */
    void searchNow();
    /** The hit Enter would open, if any. */
    bool currentHit(SearchHit *hit) const;

signals:
    void openHit(thuky::SearchHit::Kind kind, qint64 id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void showHits(const QList<SearchHit> &hits);
    void moveSelection(int step);
    void openCurrent();
    static QString groupTitle(SearchHit::Kind kind, int count);
    static QString describe(const SearchHit &hit);

    Database &m_db;
    QLineEdit *m_query;
    QTreeWidget *m_results;
    QLabel *m_status;
    QTimer *m_delay;
};

} // namespace thuky
