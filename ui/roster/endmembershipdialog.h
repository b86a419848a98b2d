#pragma once

#include <ui/common/editdialog.h>

#include <core/roster/roster.h>

class QDateEdit;

namespace thuky {

/** Ends a membership (thôi giữ chức vụ) on a date, the last day in the role. */
class EndMembershipDialog : public EditDialog
{
    Q_OBJECT
public:
    EndMembershipDialog(const Membership &membership, const QDate &end, QWidget *parent = nullptr);
    QDate end() const;
    QDateEdit *endEdit() const { return m_end; }

private:
    QDateEdit *m_end;
};

} // namespace thuky
