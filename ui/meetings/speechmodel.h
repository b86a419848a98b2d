#pragma once

#include <ui/meetings/rowlistmodel.h>

#include <core/meetings/meeting.h>

namespace thuky {

/**
 * The speakers of a meeting in the editor: who spoke (a member picked by name, or a guest's
 * name typed in), their unit and a summary of their remarks.
 */
class SpeechModel : public RowListModel<Speech>
{
    Q_OBJECT
public:
    enum Column { SpeakerColumn, UnitColumn, SummaryColumn, ColumnCount };
    enum { IdRole = Qt::UserRole + 1 }; ///< the speaker's person id; 0 for a guest

    explicit SpeechModel(QObject *parent = nullptr);

    /**
     * The members a speaker name is matched against (id, name): a name typed into the
     * speaker column that is one of them links the speech to that person; any other is a
     * guest's name.
     */
    void setPeople(const QList<QPair<qint64, QString>> &people) { m_people = people; }
    const QList<QPair<qint64, QString>> &people() const { return m_people; }

protected:
    QString columnTitle(int column) const override;
    bool isEditable(int column) const override;
    QVariant value(int row, int column, int role) const override;
    bool setValue(Speech &row, int column, const QVariant &value) override;

private:
    QList<QPair<qint64, QString>> m_people;
};

} // namespace thuky
