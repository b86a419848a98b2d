#pragma once

#include <QDateEdit>

class QLineEdit;

namespace thuky {

/**
 * A date as clerks write it (DD/MM/YYYY) with a calendar, typed in one go: `17/07/2024`,
 * `17072024`, `17/7/24` and `17.7.2024` all give 17/07/2024. The first digit typed after the
 * field gets the focus or a click replaces the whole date, wherever the cursor landed; "/" is
 * part of the date and never leaves the field; Tab leaves it, as in every other form field.
 * The typed text becomes the date on leaving the field, on Enter, or as soon as it is a whole
 * date. Text that is no date leaves the date as it was and is kept in rejectedText(), so that
 * a form can refuse to save instead of saving the old date.
 */
class DateField : public QDateEdit
{
    Q_OBJECT
public:
    explicit DateField(const QDate &date, QWidget *parent = nullptr);

    /**
     * The date in @p text as a clerk types it: day, month and year separated by / . - or a
     * space, or run together as DDMMYYYY or DDMMYY; a two-digit year is 20YY; without a year,
     * the year of @p base. An invalid QDate when the text is no date.
     */
    static QDate parseTyped(const QString &text, const QDate &base = {});
    /**
     * Gives a plain line edit the typing rules of a DateField (for a date that may be left
     * empty): the first key after focus-in or a click replaces the text, and a date typed in
     * any form of parseTyped() is rewritten DD/MM/YYYY on leaving the field.
     */
    static void applyTypingRules(QLineEdit *edit);

    /** The last text typed that was no date (empty once a date is typed or set). */
    QString rejectedText() const { return m_rejected; }

protected:
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    QValidator::State validate(QString &input, int &pos) const override;
    void fixup(QString &input) const override;

private:
    /** Handles a key of the typed text; false for keys the date edit handles itself. */
    bool typeKey(QKeyEvent *event);
    void showTyped();
    /** Turns the typed text into the date (or keeps the date and remembers the text). */
    void commitTyped();
    void cancelTyped();

    QString m_typed;
    QString m_rejected;
    bool m_typing = false; ///< the line shows m_typed, not the date
    bool m_fresh = true; ///< the next typed key starts the date afresh
};

} // namespace thuky
