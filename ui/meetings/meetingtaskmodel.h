#pragma once

#include <ui/meetings/rowlistmodel.h>

#include <core/meetings/task.h>

namespace thuky {

/**
 * The tasks a meeting assigns, in the editor: what, who, by when (typed as DD/MM/YYYY, see
 * parseTypedDate()) and how far along. A due date that cannot be read leaves the date as it
 * was. The status column edits the code; it shows the label. (The Tasks tab's
 * follow-up list across meetings is TaskTableModel.)
 */
class MeetingTaskModel : public RowListModel<Task>
{
    Q_OBJECT
public:
    enum Column { DescriptionColumn, OwnerColumn, DueColumn, StatusColumn, ColumnCount };
    enum { IdRole = Qt::UserRole + 1 }; ///< the task's id; 0 for a task not saved yet

    explicit MeetingTaskModel(QObject *parent = nullptr);

    /** The task statuses as (label, code), in the order the editor offers them. */
    static QList<QPair<QString, QVariant>> statuses();

protected:
    QString columnTitle(int column) const override;
    bool isEditable(int column) const override;
    QVariant value(int row, int column, int role) const override;
    bool setValue(Task &row, int column, const QVariant &value) override;
    bool isBlank(const Task &t) const override;
};

/**
 * The date typed as @p text: `31/10/2024`, `31/10/24`, `31102024`, `311024` or `2024-10-31`;
 * an invalid date when none fits.
 */
QDate parseTypedDate(const QString &text);

} // namespace thuky
