#include <ui/common/datefield.h>

namespace thuky {

DateField::DateField(const QDate &date, QWidget *parent)
    : QDateEdit(date, parent)
{
    setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    setCalendarPopup(true);
}

bool DateField::focusNextPrevChild(bool next)
{
    return QWidget::focusNextPrevChild(next);
}

} // namespace thuky
