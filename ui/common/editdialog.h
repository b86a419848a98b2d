#pragma once

#include <QDialog>
#include <QFormLayout>
#include <QHash>

#include <functional>

class QDateEdit;
class QDate;
class QDialogButtonBox;
class QLabel;

namespace thuky {

/**
 * A form dialog whose OK tries the edit: the submit function runs the undo command, and a
 * refused input (ValidationError) shows its message in red next to the offending field while
 * the dialog stays open. Nothing is written on refused input.
 */
class EditDialog : public QDialog
{
    Q_OBJECT
public:
    /** Called on OK; throws ValidationError or DbError to refuse. */
    void setSubmit(std::function<void()> submit) { m_submit = std::move(submit); }
    void accept() override;

    /** The error label of @p field ("name", "start", …; empty for the general one). */
    QLabel *errorLabel(const QString &field = {}) const;
    /** Shows @p message next to @p field (or at the bottom when the field is not in the form). */
    void showError(const QString &field, const QString &message);
    void clearErrors();

protected:
    explicit EditDialog(QWidget *parent);
    /**
     * Adds a form row for @p field, with its error label below it; @p toolTip (what to type
     * there) shows over the field and its label.
     */
    void addField(
        const QString &field, const QString &label, QWidget *widget, const QString &toolTip = {});
    /** Maps an error of @p field to the row of @p widget's field. */
    void aliasField(const QString &field, const QString &shownAt);
    /** A date field as clerks write dates (DD/MM/YYYY) with a calendar. */
    QDateEdit *makeDateEdit(const QDate &date);
    /** Checks the dialog can answer itself (no repository call); false keeps it open. */
    virtual bool checkInput() { return true; }
    /** Tab follows the form as laid out, whatever order the fields were made in. */
    bool focusNextPrevChild(bool next) override;

    QFormLayout *m_form;
    QDialogButtonBox *m_buttons;

private:
    struct Field
    {
        QLabel *error = nullptr;
        QWidget *widget = nullptr;
    };
    QLabel *makeErrorLabel(const QString &field);
    /** Shows the first date typed that is no date; false when there is one. */
    bool checkTypedDates();
    QHash<QString, Field> m_fields;
    QHash<QString, QString> m_aliases;
    QLabel *m_generalError;
    std::function<void()> m_submit;
};

} // namespace thuky
