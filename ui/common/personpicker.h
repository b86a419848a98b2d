#pragma once

#include <core/roster/roster.h>

#include <QLineEdit>
#include <QWidget>

class QListView;
class QListWidget;

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

/**
 * A person's name typed in a line: a name of the roster or anyone else's (a guest). While
 * the clerk types, the persons whose name has a word starting with each typed word
 * (diacritics optional: "phuong" finds "Phương") drop down below the line, the first one
 * highlighted; Up and Down move in the list, Enter or Tab takes the highlighted person, Esc
 * closes the list and keeps what is typed. The list never takes the keyboard focus.
 */
class PersonNameEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit PersonNameEdit(const QList<Person> &persons, QWidget *parent = nullptr);

    /** The list of matching persons (a tool window below the line). */
    QListWidget *suggestions() const { return m_popup; }
    bool isSuggesting() const;
    /**
     * Takes the highlighted suggestion (its name replaces the text); false when no list is
     * shown. Enter and Tab do this by themselves; an item view's editor calls it first.
     */
    bool acceptSuggestion();
    void hideSuggestions();
    /** The roster person whose name is typed (diacritics and case aside), or an id 0. */
    Person person() const;

    /** The persons of @p persons whose name matches @p typed word by word (see above). */
    static QList<Person> matching(const QList<Person> &persons, const QString &typed);

signals:
    /** A suggestion was taken. */
    void personPicked(const thuky::Person &person);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void suggest(const QString &typed);

    QList<Person> m_persons;
    QListWidget *m_popup;
};

} // namespace thuky
