#include <ui/roster/localitiesdialog.h>

#include <ui/common/conflictdialog.h>
#include <ui/common/datefield.h>
#include <ui/common/focusorder.h>
#include <ui/roster/committeedialogs.h>
#include <ui/roster/localityeditdialogs.h>
#include <ui/roster/organisationcommands.h>

#include <core/db/database.h>
#include <core/roster/organisation.h>
#include <core/text/vndate.h>

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPalette>
#include <QPushButton>
#include <QSettings>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QUndoStack>
#include <QVBoxLayout>

namespace thuky {

namespace {
const char historyKey[] = "localities/showHistory";

bool validOn(const Locality &l, const QDate &day)
{
    return (!l.validFrom.isValid() || l.validFrom <= day)
        && (!l.validTo.isValid() || l.validTo >= day);
}
} // namespace

LocalitiesDialog::LocalitiesDialog(
    Database &db, QUndoStack *undo, CommandFeedback *feedback, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_undo(undo)
    , m_feedback(feedback)
{
    setObjectName(QStringLiteral("localitiesDialog"));
    setWindowTitle(tr("Localities"));
    if (!m_feedback) {
        m_feedback = new CommandFeedback(this);
        connect(m_feedback, &CommandFeedback::failed, this,
            [this](const QString &message) { QMessageBox::warning(this, windowTitle(), message); });
    }
    QHBoxLayout *controls = buildControls();
    buildButtons();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *buttons = new QVBoxLayout;
    for (QPushButton *b : { m_addProvince, m_addUnder, m_rename, m_merge, m_move, m_end })
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_tree, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addLayout(row, 1);
    layout->addWidget(m_historyLabel);
    layout->addWidget(m_history);
    layout->addWidget(close);
    resize(980, 620);

    connect(m_asOf, &QDateEdit::dateChanged, this, &LocalitiesDialog::reload);
    connect(m_showHistory, &QCheckBox::toggled, this, [this](bool on) {
        QSettings().setValue(QLatin1String(historyKey), on);
        reload();
    });
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, [this] {
        fillHistory();
        updateButtons();
    });
    if (m_undo)
        connect(m_undo, &QUndoStack::indexChanged, this, &LocalitiesDialog::reload);
    reload();
}

QHBoxLayout *LocalitiesDialog::buildControls()
{
    m_asOf = new DateField(QDate::currentDate(), this);
    m_asOf->setObjectName(QStringLiteral("asOf"));
    auto *asOfLabel = new QLabel(tr("&As of:"), this);
    asOfLabel->setBuddy(m_asOf);
    m_showHistory = new QCheckBox(tr("Show &history (ended and merged units)"), this);
    m_showHistory->setObjectName(QStringLiteral("showHistory"));
    m_showHistory->setChecked(QSettings().value(QLatin1String(historyKey), false).toBool());
    auto *controls = new QHBoxLayout;
    controls->addWidget(asOfLabel);
    controls->addWidget(m_asOf);
    controls->addSpacing(16);
    controls->addWidget(m_showHistory);
    controls->addStretch(1);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("localityTree"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels(
        { tr("Name"), tr("Level"), tr("From"), tr("To"), tr("Merged into"), tr("Merged on") });
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);

    m_historyLabel = new QLabel(tr("History of the selected unit:"), this);
    m_history = new QListWidget(this);
    m_history->setObjectName(QStringLiteral("historyList"));
    m_history->setMaximumHeight(120);
    m_historyLabel->setBuddy(m_history);

    return controls;
}

void LocalitiesDialog::buildButtons()
{
    auto make
        = [this](const QString &text, const QString &name, const std::function<void()> &slot) {
              auto *button = new QPushButton(text, this);
              button->setObjectName(name);
              button->setAutoDefault(false);
              connect(button, &QPushButton::clicked, this, slot);
              return button;
          };
    m_addProvince
        = make(tr("Add &province…"), QStringLiteral("addProvince"), [this] { addUnit(false); });
    m_addUnder = make(tr("Add &under…"), QStringLiteral("addUnder"), [this] { addUnit(true); });
    m_rename = make(tr("&Rename…"), QStringLiteral("rename"), [this] { renameUnit(); });
    m_merge = make(tr("&Merge…"), QStringLiteral("merge"), [this] { mergeUnits(); });
    m_move = make(tr("Mo&ve…"), QStringLiteral("move"), [this] { moveUnit(); });
    m_end = make(tr("&End…"), QStringLiteral("end"), [this] { endUnit(); });
    m_end->setToolTip(tr("End the selected unit without a successor (a district in 2025)"));
    m_addUnder->setToolTip(tr("Add a district or commune under the selected unit"));
    m_merge->setToolTip(tr("Merge the selected units into one on a date (Ctrl+click selects "
                           "several)"));
    m_move->setToolTip(tr("Place the selected unit under another on a date"));
}

QString LocalitiesDialog::levelLabel(const QString &level)
{
    if (level == QLatin1String("province"))
        return tr("province");
    if (level == QLatin1String("district"))
        return tr("district");
    if (level == QLatin1String("commune"))
        return tr("commune");
    return level;
}

void LocalitiesDialog::reload()
{
    QList<qint64> selected;
    for (const Locality &l : selectedUnits())
        selected.append(l.id);
    Organisation org(m_db);
    m_all = org.localities();
    const QDate day = m_asOf->date();
    const QList<Locality> shown = m_showHistory->isChecked() ? m_all : org.localities(day);
    QHash<qint64, QString> names;
    for (const Locality &l : std::as_const(m_all))
        names.insert(l.id, l.name);
    const QBrush grey = palette().brush(QPalette::Disabled, QPalette::Text);

    const QSignalBlocker block(m_tree);
    m_tree->clear();
    QHash<qint64, QTreeWidgetItem *> items;
    for (const Locality &l : shown) {
        QTreeWidgetItem *parent = items.value(l.parentId);
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        item->setText(NameColumn, l.name);
        item->setText(LevelColumn, levelLabel(l.level));
        item->setText(FromColumn, VnDate::display(l.validFrom));
        item->setText(ToColumn, VnDate::display(l.validTo));
        item->setText(MergedIntoColumn, names.value(l.mergedIntoId));
        item->setText(MergedOnColumn, VnDate::display(l.mergedOn));
        item->setData(NameColumn, IdRole, l.id);
        if (!validOn(l, day)) {
            for (int c = 0; c < ColumnCount; ++c)
                item->setForeground(c, grey);
            item->setToolTip(NameColumn,
                l.mergedIntoId > 0
                    ? tr("Merged into %1 on %2")
                          .arg(names.value(l.mergedIntoId), VnDate::display(l.mergedOn))
                    : tr("Not in existence on %1").arg(VnDate::display(day)));
        }
        items.insert(l.id, item);
    }
    m_tree->expandAll();
    selectUnits(selected);
    fillHistory();
    updateButtons();
}

QTreeWidgetItem *LocalitiesDialog::itemOf(qint64 id) const
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(NameColumn, IdRole).toLongLong() == id)
            return *it;
    }
    return nullptr;
}

void LocalitiesDialog::selectUnits(const QList<qint64> &ids)
{
    m_tree->clearSelection();
    bool first = true;
    for (qint64 id : ids) {
        QTreeWidgetItem *item = itemOf(id);
        if (!item)
            continue;
        if (first)
            m_tree->setCurrentItem(item, NameColumn, QItemSelectionModel::ClearAndSelect);
        item->setSelected(true);
        first = false;
    }
}

QList<Locality> LocalitiesDialog::selectedUnits() const
{
    QList<Locality> units;
    // In tree order, whatever order they were clicked in.
    for (QTreeWidgetItemIterator it(m_tree, QTreeWidgetItemIterator::Selected); *it; ++it) {
        const qint64 id = (*it)->data(NameColumn, IdRole).toLongLong();
        for (const Locality &l : m_all) {
            if (l.id == id)
                units.append(l);
        }
    }
    return units;
}

void LocalitiesDialog::fillHistory()
{
    m_history->clear();
    const QList<Locality> units = selectedUnits();
    if (units.size() != 1) {
        m_historyLabel->setText(tr("History of the selected unit:"));
        return;
    }
    m_historyLabel->setText(tr("History of %1:").arg(units.first().name));
    for (const LocalityEvent &e : Organisation(m_db).history(units.first().id)) {
        const QString date = VnDate::display(e.date);
        switch (e.kind) {
        case LocalityEvent::Formed:
            m_history->addItem(e.date.isValid() ? tr("%1: formed").arg(date) : tr("Formed"));
            break;
        case LocalityEvent::MergedFrom:
            m_history->addItem(tr("%1: %2 merged into it").arg(date, e.otherName));
            break;
        case LocalityEvent::MergedInto:
            m_history->addItem(tr("%1: merged into %2").arg(date, e.otherName));
            break;
        case LocalityEvent::Ended:
            m_history->addItem(tr("%1: ended (its last day)").arg(date));
            break;
        }
    }
}

void LocalitiesDialog::updateButtons()
{
    const QList<Locality> units = selectedUnits();
    const bool one = units.size() == 1;
    m_addUnder->setEnabled(one && units.first().level != QLatin1String("commune"));
    m_rename->setEnabled(one);
    m_merge->setEnabled(!units.isEmpty());
    m_move->setEnabled(one && units.first().parentId > 0);
    m_end->setEnabled(one && !units.first().validTo.isValid());
}

void LocalitiesDialog::showDialog(EditDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void LocalitiesDialog::execute(DatabaseCommand *command)
{
    command->setFeedback(m_feedback);
    DatabaseCommand::execute(m_undo, command); // throws, pushing nothing, when refused
}

void LocalitiesDialog::addUnit(bool under)
{
    const QList<Locality> units = selectedUnits();
    const Locality parentUnit = under && units.size() == 1 ? units.first() : Locality();
    if (under && parentUnit.id <= 0)
        return;
    auto *dialog = new AddLocalityDialog(parentUnit, m_asOf->date(), this);
    dialog->setSubmit([this, dialog, parentUnit] {
        auto *command = new AddLocality(m_db, dialog->name(), parentUnit.id, dialog->from());
        execute(command);
        if (dialog->from() > m_asOf->date())
            m_asOf->setDate(dialog->from()); // show the result rather than hide it
        reload();
        selectUnits({ command->localityId() });
    });
    showDialog(dialog);
}

void LocalitiesDialog::renameUnit()
{
    const QList<Locality> units = selectedUnits();
    if (units.size() != 1)
        return;
    const Locality unit = units.first();
    auto *dialog = new NameDialog(
        tr("Rename a locality"), tr("New name of %1:").arg(unit.name), unit.name, this);
    dialog->setSubmit([this, dialog, unit] {
        ConflictDialog::save(dialog, tr("The locality %1").arg(unit.name), unit.rowVersion,
            [&](int version) {
                Locality read = unit;
                read.rowVersion = version;
                execute(new RenameLocality(m_db, read, dialog->name()));
            },
            {});
        reload(); // the new name, or on Reload the other workstation's
    });
    showDialog(dialog);
}

void LocalitiesDialog::mergeUnits()
{
    const QList<Locality> units = selectedUnits();
    if (units.isEmpty())
        return;
    auto *dialog = new MergeLocalitiesDialog(m_db, units, m_asOf->date(), this);
    dialog->setSubmit([this, dialog, units] {
        auto *command = dialog->createsNew()
            ? new MergeLocalities(m_db, units, dialog->newName(), dialog->on())
            : new MergeLocalities(m_db, units, dialog->target(), dialog->on());
        execute(command);
        if (dialog->on() > m_asOf->date())
            m_asOf->setDate(dialog->on());
        reload();
        selectUnits({ command->targetId() });
    });
    showDialog(dialog);
}

void LocalitiesDialog::moveUnit()
{
    const QList<Locality> units = selectedUnits();
    if (units.size() != 1)
        return;
    const Locality unit = units.first();
    auto *dialog = new MoveLocalityDialog(m_db, unit, m_asOf->date(), this);
    dialog->setSubmit([this, dialog, unit] {
        auto *command = MergeLocalities::move(m_db, unit, dialog->newParent(), dialog->on());
        execute(command);
        if (dialog->on() > m_asOf->date())
            m_asOf->setDate(dialog->on());
        reload();
        selectUnits({ command->targetId() });
    });
    showDialog(dialog);
}

void LocalitiesDialog::endUnit()
{
    const QList<Locality> units = selectedUnits();
    if (units.size() != 1)
        return;
    const Locality unit = units.first();
    auto *dialog = new EndLocalityDialog(unit, m_asOf->date().addDays(-1), this);
    dialog->setSubmit([this, dialog, unit] {
        execute(MergeLocalities::end(m_db, unit, dialog->lastDay().addDays(1)));
        if (dialog->lastDay() >= m_asOf->date())
            m_asOf->setDate(dialog->lastDay().addDays(1)); // the day it is gone
        reload();
    });
    showDialog(dialog);
}

bool LocalitiesDialog::focusNextPrevChild(bool next)
{
    return FocusOrder::focusNext(this, next) || QDialog::focusNextPrevChild(next);
}

} // namespace thuky
