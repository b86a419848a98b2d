#pragma once

#include <core/opinions/opinionrepository.h>

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace thuky {

class Database;

/**
 * The filter widgets above the report list: period (quarter, from, to), locality, topic,
 * reporter, channel, sentiment, urgency and status, and the saved filters with their
 * buttons. It shows and reads an OpinionFilter (all but the search text, which the view's
 * search box holds); the saved filters themselves are the view's to load and store.
 */
class OpinionFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit OpinionFilterBar(QWidget *parent = nullptr);

    /** The filter the widgets show; its text is empty. */
    OpinionFilter filter() const;
    /** Shows @p filter (its text aside) without emitting changed(). */
    void setFilter(const OpinionFilter &filter);
    /**
     * Fills the quarters (the oldest report's to today's, newest first) and the localities,
     * topics and reporters of @p db, then shows @p keep again.
     */
    void fillLists(Database &db, const OpinionFilter &keep);
    /** Lists the saved filters called @p names and selects @p current (none when empty). */
    void fillSavedFilters(const QStringList &names, const QString &current = {});
    /** Selects the saved filter called @p name, or none. */
    void selectSaved(const QString &name);
    /** The name of the selected saved filter, or empty. */
    QString currentSaved() const;

    QComboBox *quarterCombo() const { return m_quarter; }
    QLineEdit *fromEdit() const { return m_from; }
    QLineEdit *toEdit() const { return m_to; }
    QComboBox *localityCombo() const { return m_locality; }
    QComboBox *topicCombo() const { return m_topic; }
    QComboBox *channelCombo() const { return m_channel; }
    QComboBox *sentimentCombo() const { return m_sentiment; }
    QComboBox *urgencyCombo() const { return m_urgency; }
    QComboBox *statusCombo() const { return m_status; }
    QComboBox *reporterCombo() const { return m_reporter; }
    QComboBox *savedFilterCombo() const { return m_saved; }

signals:
    /** A filter widget was changed by the user. */
    void changed();
    /** The user picked the saved filter @p name. */
    void recallRequested(const QString &name);
    /** The user named the current filter @p name to save it. */
    void saveRequested(const QString &name);
    /** The user confirmed deleting the saved filter @p name. */
    void deleteRequested(const QString &name);
    /** Show all: every filter off, the search text too. */
    void resetRequested();

private:
    void createWidgets();
    void layOut();
    void connectWidgets();
    void emitChanged();

    bool m_updating = false;
    QComboBox *m_quarter;
    QLineEdit *m_from;
    QLineEdit *m_to;
    QComboBox *m_locality;
    QComboBox *m_topic;
    QComboBox *m_channel;
    QComboBox *m_sentiment;
    QComboBox *m_urgency;
    QComboBox *m_status;
    QComboBox *m_reporter;
    QComboBox *m_saved;
    QPushButton *m_saveFilter;
    QPushButton *m_deleteFilter;
    QPushButton *m_resetFilter;
};

} // namespace thuky
