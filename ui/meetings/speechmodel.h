#pragma once

#include <ui/meetings/rowlistmodel.h>

#include <core/meetings/meeting.h>
#include <core/roster/roster.h>

namespace thuky {

/**
 * The speakers of a meeting in the editor: who spoke (a roster person picked by name, or a
 * guest's name typed in), their unit and a summary of their remarks. Picking a person
 * fills the unit from the roster (their titles, or their organisation) unless the clerk
 * typed another one.
 */
class SpeechModel : public RowListModel<Speech>
{
    Q_OBJECT
public:
    enum Column { SpeakerColumn, UnitColumn, SummaryColumn, ColumnCount };
    enum { IdRole = Qt::UserRole + 1 }; ///< the speaker's person id; 0 for a guest

    explicit SpeechModel(QObject *parent = nullptr);

    /**
     * The persons a speaker name is matched against (diacritics and case aside; the first
     * match wins): a name typed into the speaker column that is one of them links the
     * speech to that person; any other is a guest's name.
     */
    void setPersons(const QList<Person> &persons) { m_persons = persons; }
    const QList<Person> &persons() const { return m_persons; }
    /** setPersons() with only ids and names (no units to fill). */
    void setPeople(const QList<QPair<qint64, QString>> &people);

    /** The unit a speech of @p person shows: their titles, or else their organisation. */
    static QString unitOf(const Person &person);

protected:
    QString columnTitle(int column) const override;
    bool isEditable(int column) const override;
    QVariant value(int row, int column, int role) const override;
    bool setValue(Speech &row, int column, const QVariant &value) override;
    bool fillsOtherColumns(int column) const override { return column == SpeakerColumn; }
    bool isBlank(const Speech &s) const override;

private:
    bool setSpeaker(Speech &row, const QString &name) const;

    QList<Person> m_persons;
};

/** Finds the person named @p name in @p persons, diacritics and case aside; nullptr if none. */
const Person *findPerson(const QList<Person> &persons, const QString &name);

} // namespace thuky
