#include <ui/common/editdialog.h>

#include <ui/common/datefield.h>
#include <ui/common/focusorder.h>

#include <core/db/database.h>

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace thuky {

EditDialog::EditDialog(QWidget *parent)
    : QDialog(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    layout->addLayout(m_form);
    m_generalError = makeErrorLabel(QString());
    layout->addWidget(m_generalError);
    layout->addStretch();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EditDialog::reject);
}

QLabel *EditDialog::makeErrorLabel(const QString &field)
{
    auto *label = new QLabel(this);
    label->setObjectName(
        field.isEmpty() ? QStringLiteral("error") : QStringLiteral("error_") + field);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("color: #c62828;"));
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    label->hide();
    return label;
}

void EditDialog::addField(
    const QString &field, const QString &label, QWidget *widget, const QString &toolTip)
{
    m_form->addRow(label, widget);
    if (!toolTip.isEmpty())
        widget->setToolTip(toolTip);
    if (auto *l = qobject_cast<QLabel *>(m_form->labelForField(widget))) {
        l->setBuddy(widget);
        l->setToolTip(toolTip);
    }
    Field f;
    f.widget = widget;
    if (!field.isEmpty()) {
        f.error = makeErrorLabel(field);
        m_form->addRow(QString(), f.error);
        m_fields.insert(field, f);
    }
}

QDateEdit *EditDialog::makeDateEdit(const QDate &date)
{
    return new DateField(date, this);
}

void EditDialog::aliasField(const QString &field, const QString &shownAt)
{
    m_aliases.insert(field, shownAt);
}

QLabel *EditDialog::errorLabel(const QString &field) const
{
    const QString key = m_aliases.value(field, field);
    const auto it = m_fields.constFind(key);
    return it == m_fields.constEnd() ? m_generalError : it->error;
}

void EditDialog::clearErrors()
{
    m_generalError->hide();
    m_generalError->clear();
    for (const Field &f : std::as_const(m_fields)) {
        f.error->hide();
        f.error->clear();
    }
}

void EditDialog::showError(const QString &field, const QString &message)
{
    QLabel *label = errorLabel(field);
    label->setText(message);
    label->show();
    // Grow the dialog to the wrapped message's height rather than squeeze it.
    layout()->invalidate();
    layout()->activate();
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height())
        resize(width(), needed);
    const auto it = m_fields.constFind(m_aliases.value(field, field));
    if (it != m_fields.constEnd() && it->widget)
        it->widget->setFocus(Qt::OtherFocusReason);
}

bool EditDialog::focusNextPrevChild(bool next)
{
    return FocusOrder::focusNext(this, next) || QDialog::focusNextPrevChild(next);
}

bool EditDialog::checkTypedDates()
{
    for (auto it = m_fields.constBegin(); it != m_fields.constEnd(); ++it) {
        const auto *date = qobject_cast<const DateField *>(it->widget);
        if (date && !date->rejectedText().isEmpty()) {
            showError(it.key(),
                tr("“%1” is not a date; type it as DD/MM/YYYY, e.g. 17/07/2024.")
                    .arg(date->rejectedText()));
            return false;
        }
    }
    return true;
}

void EditDialog::accept()
{
    clearErrors();
    if (!checkTypedDates() || !checkInput())
        return;
    try {
        if (m_submit)
            m_submit();
    } catch (const ValidationError &e) {
        showError(e.field(), e.message());
        return;
    } catch (const DbError &e) {
        showError(QString(), e.message());
        return;
    }
    QDialog::accept();
}

} // namespace thuky
