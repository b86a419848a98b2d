#pragma once

#include <ui/meetings/rowlistmodel.h>

#include <core/meetings/meeting.h>

namespace thuky {

/**
 * A meeting's attendance in the editor: who (from the roster), their role, and whether they
 * came (present, absent or represented), why not and who came instead. The status column
 * edits the code; it shows the label. A listed person stays; the name of a row added by
 * the clerk is typed and matched against the committee's members (setMembers()), which
 * fills in the role.
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

    /** The members a typed name is matched against (person, role, name and titles). */
    void setMembers(const QList<Attendance> &members) { m_members = members; }
    const QList<Attendance> &members() const { return m_members; }

protected:
    QString columnTitle(int column) const override;
    bool isEditable(int column) const override;
    QVariant value(int row, int column, int role) const override;
    bool isEditableIn(const Attendance &row, int column) const override;
    bool setValue(Attendance &row, int column, const QVariant &value) override;
    bool fillsOtherColumns(int column) const override { return column == NameColumn; }
    bool isBlank(const Attendance &a) const override;

private:
    bool setPerson(Attendance &row, const QString &name) const;

    QList<Attendance> m_members;
};

} // namespace thuky
