#pragma once

#include <ui/meetings/rowlistmodel.h>

#include <core/meetings/meeting.h>

namespace thuky {

/**
 * A meeting's agenda in the editor: each item's title and presenter, both typed in (the
 * presenter may be picked from the roster: see PersonDelegate).
 */
class AgendaModel : public RowListModel<AgendaItem>
{
    Q_OBJECT
public:
    enum Column { TitleColumn, PresenterColumn, ColumnCount };
    /**
     * Agenda items have no id of their own: the minutes order them by position, so IdRole
     * gives the item's position (from 0).
     */
    enum { IdRole = Qt::UserRole + 1 };

    explicit AgendaModel(QObject *parent = nullptr);

protected:
    QString columnTitle(int column) const override;
    bool isEditable(int column) const override;
    QVariant value(int row, int column, int role) const override;
    bool setValue(AgendaItem &row, int column, const QVariant &value) override;
    bool isBlank(const AgendaItem &item) const override;
};

} // namespace thuky
