#include <ui/roster/personchoicedialog.h>

#include <ui/common/personpicker.h>

#include <QFormLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QRadioButton>

namespace thuky {

PersonChoiceDialog::PersonChoiceDialog(const QList<Person> &persons, QWidget *parent)
    : EditDialog(parent)
{
    m_existing = new QRadioButton(tr("An &existing person"), this);
    m_existing->setObjectName(QStringLiteral("existingPerson"));
    m_existing->setChecked(true);
    m_existing->setToolTip(tr("Someone already on the roster: type part of the name "
                              "(diacritics optional) and pick from the list"));
    m_picker = new PersonPicker(persons, this);
    m_picker->setObjectName(QStringLiteral("person"));
    m_new = new QRadioButton(tr("A ne&w person"), this);
    m_new->setObjectName(QStringLiteral("newPerson"));
    m_new->setToolTip(tr("Someone not on the roster yet: added with this decision"));
    m_newName = new QLineEdit(this);
    m_newName->setObjectName(QStringLiteral("name"));
    m_newName->setPlaceholderText(tr("Full name of the new person"));
    m_newHonorific = new QLineEdit(this);
    m_newHonorific->setObjectName(QStringLiteral("honorific"));
    m_newHonorific->setPlaceholderText(tr("e.g. Đại tá"));
    m_newTitles = new QLineEdit(this);
    m_newTitles->setObjectName(QStringLiteral("titles"));
    m_newTitles->setPlaceholderText(tr("Positions of the new person"));

    connect(m_existing, &QRadioButton::toggled, this, &PersonChoiceDialog::updateEnabled);
    connect(m_new, &QRadioButton::toggled, this, [this](bool on) {
        // The letters typed to look for the person are most likely the new name.
        if (on && m_newName->text().isEmpty())
            m_newName->setText(m_picker->filterEdit()->text().simplified());
    });
    m_picker->filterEdit()->installEventFilter(this);
    m_picker->listView()->installEventFilter(this);
    updateEnabled();
}

bool PersonChoiceDialog::eventFilter(QObject *watched, QEvent *event)
{
    const bool inPicker = watched == m_picker->filterEdit() || watched == m_picker->listView();
    if (inPicker && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Insert) {
        m_new->setChecked(true);
        m_newName->setFocus(Qt::OtherFocusReason);
        m_newName->selectAll();
        return true;
    }
    return EditDialog::eventFilter(watched, event);
}

void PersonChoiceDialog::addPersonChoice(const QString &label)
{
    m_form->addRow(label, m_existing);
    addField(QStringLiteral("person"), QString(), m_picker,
        tr("Type part of the name, diacritics optional; the arrow keys move in the list, "
           "Insert enters a new person"));
    m_form->addRow(QString(), m_new);
    addField(QStringLiteral("name"), tr("Full &name:"), m_newName,
        tr("The new person's full name, as printed in the roster (e.g. Nguyễn Văn An)"));
    addField(QString(), tr("Ran&k or honorific:"), m_newHonorific,
        tr("Printed before the name in the roster: a military or police rank (Đại tá), or "
           "an honorific; may stay empty"));
    addField(QString(), tr("P&ositions:"), m_newTitles,
        tr("The new person's positions, printed next to the name (e.g. Phó Chủ tịch UBND "
           "tỉnh)"));
}

void PersonChoiceDialog::updateEnabled()
{
    const bool existing = m_existing->isChecked();
    m_picker->setEnabled(existing);
    for (QLineEdit *edit : { m_newName, m_newHonorific, m_newTitles })
        edit->setEnabled(!existing);
}

bool PersonChoiceDialog::createsPerson() const
{
    return m_new->isChecked();
}

Person PersonChoiceDialog::chosenPerson() const
{
    if (!createsPerson())
        return m_picker->currentPerson();
    Person p;
    p.fullName = m_newName->text();
    p.honorific = m_newHonorific->text();
    p.titles = m_newTitles->text();
    return p;
}

bool PersonChoiceDialog::checkPersonChoice(const QString &noneChosen)
{
    if (!createsPerson() && m_picker->currentPerson().id <= 0) {
        showError(QStringLiteral("person"), noneChosen);
        return false;
    }
    return true;
}

} // namespace thuky
