#pragma once

#include <ui/meetings/rowlistmodel.h>

#include <core/meetings/meeting.h>

namespace thuky {

/**
 * A meeting's attendance in the editor: who (read-only, from the roster), their role, and
 * whether they came (present, absent or represented), why not and who came instead.
 * The status column edits the code; it shows the label.
 */
class AttendanceModel : public RowListModel<Attendance>
{
    Q_OBJECT
public:
    enum Column { NameColumn, RoleColumn, StatusColumn, ReasonColumn, DelegateColumn, ColumnCount };
    enum { IdRole = Qt::UserRole + 1 }; ///< the person's id

    explicit AttendanceModel(QObject *parent = nullptr);

    /** The attendance statuses as (label, code), in the order the editor offers them. */
    static QList<QPair<QString, QVariant>> statuses();

protected:
    QString columnTitle(int column) const override;
    bool isEditable(int column) const override;
    QVariant value(int row, int column, int role) const override;
    bool setValue(Attendance &row, int column, const QVariant &value) override;
};

} // namespace thuky
