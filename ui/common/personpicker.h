#pragma once

#include <core/roster/roster.h>

#include <QWidget>

class QLineEdit;
class QListView;

namespace thuky {

class PersonListModel;

/**
 * Chooses a person: type part of the name (diacritics optional) and pick from the list;
 * the arrow keys move in the list while typing.
 */
class PersonPicker : public QWidget
{
    Q_OBJECT
public:
    explicit PersonPicker(const QList<Person> &persons, QWidget *parent = nullptr);

    /** The chosen person, or a Person with id 0. */
    Person currentPerson() const;
    void setCurrentPerson(qint64 id);
    QLineEdit *filterEdit() const { return m_filter; }
    QListView *listView() const { return m_list; }

signals:
    void currentPersonChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void selectRow(int row);

    PersonListModel *m_model;
    QLineEdit *m_filter;
    QListView *m_list;
};

} // namespace thuky
