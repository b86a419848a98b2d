#pragma once

#include <QDateEdit>

namespace thuky {

/**
 * A date as clerks write it (DD/MM/YYYY) with a calendar. Tab leaves the field, as in every
 * other form field, instead of stepping through day, month and year (typing the digits
 * moves from section to section by itself).
 */
class DateField : public QDateEdit
{
    Q_OBJECT
public:
    explicit DateField(const QDate &date, QWidget *parent = nullptr);

protected:
    bool focusNextPrevChild(bool next) override;
};

} // namespace thuky
