#include <ui/roster/organisationactions.h>

#include <ui/common/conflictdialog.h>
#include <ui/common/databasecommand.h>
#include <ui/roster/committeedialogs.h>
#include <ui/roster/localitiesdialog.h>
#include <ui/roster/organisationcommands.h>
#include <ui/roster/rosterview.h>

#include <core/db/database.h>
#include <core/roster/organisation.h>
#include <core/roster/rosterrepository.h>

#include <QAction>
#include <QCheckBox>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QTreeView>
#include <QVBoxLayout>

namespace thuky {

namespace {
const char historyKey[] = "roster/showCommitteeHistory";
}

OrganisationActions::OrganisationActions(
    Database &db, QUndoStack *undo, CommandFeedback *feedback, RosterView *view)
    : QObject(view)
    , m_db(db)
    , m_undo(undo)
    , m_feedback(feedback)
    , m_view(view)
{
    auto make = [this](const QString &text, const QString &icon, const QKeySequence &shortcut,
                    const QString &tip, void (OrganisationActions::*slot)()) {
        auto *action = new QAction(QIcon::fromTheme(icon), text, m_view);
        action->setShortcut(shortcut);
        action->setToolTip(
            QStringLiteral("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText)));
        action->setStatusTip(tip);
        connect(action, &QAction::triggered, this, [this, slot] { run(slot); });
        return action;
    };
    m_add = make(tr("Add &committee…"), QStringLiteral("folder-new"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K),
        tr("Form a committee under the selected one"), &OrganisationActions::addCommittee);
    m_rename = make(tr("Rena&me committee…"), QStringLiteral("edit-rename"),
        QKeySequence(Qt::SHIFT | Qt::Key_F2), tr("Rename the selected committee"),
        &OrganisationActions::renameCommittee);
    m_dissolve = make(tr("&Dissolve committee…"), QStringLiteral("edit-delete"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
        tr("Dissolve the selected committee on a date, into a successor or not"),
        &OrganisationActions::dissolveCommittee);
    m_localities = make(tr("&Localities…"), QStringLiteral("view-list-tree"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
        tr("The locality tree: add, rename, merge and move units, and their history"),
        &OrganisationActions::openLocalities);

    m_history = new QCheckBox(tr("Show &history"), view);
    m_history->setObjectName(QStringLiteral("showCommitteeHistory"));
    m_history->setToolTip(tr("Also show the committees dissolved (or not yet formed) on the "
                             "chosen date, greyed"));
    m_history->setChecked(QSettings().value(QLatin1String(historyKey), false).toBool());
    connect(m_history, &QCheckBox::toggled, this, [this](bool on) {
        QSettings().setValue(QLatin1String(historyKey), on);
        emit treeChanged();
    });
}

QList<QAction *> OrganisationActions::actions() const
{
    return { m_add, m_rename, m_dissolve, m_localities };
}

QWidget *OrganisationActions::treePane(QTreeView *tree)
{
    auto *pane = new QWidget(m_view);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tree, 1);
    layout->addWidget(m_history);
    return pane;
}

QList<Committee> OrganisationActions::committeesShown(const QDate &asOf)
{
    Organisation org(m_db);
    return m_history->isChecked() ? org.committees() : org.committees(asOf);
}

void OrganisationActions::updateActions(bool editable, qint64 committeeId)
{
    m_add->setEnabled(editable);
    m_rename->setEnabled(editable && committeeId > 0);
    m_dissolve->setEnabled(editable && committeeId > 0);
    m_localities->setEnabled(editable);
}

void OrganisationActions::run(void (OrganisationActions::*edit)())
{
    // Slots run from the event loop, which must not see an exception.
    try {
        (this->*edit)();
    } catch (const ValidationError &e) {
        QMessageBox::warning(m_view, tr("Roster"), e.message());
    } catch (const DbError &e) {
        QMessageBox::warning(m_view, tr("Roster"), e.message());
    }
}

void OrganisationActions::showDialog(EditDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

std::optional<Committee> OrganisationActions::current()
{
    const qint64 id = m_view->currentCommitteeId();
    return id > 0 ? RosterRepository(m_db).committee(id) : std::nullopt;
}

void OrganisationActions::addCommittee()
{
    if (!m_view->isEditable())
        return;
    const auto parent = current();
    auto *dialog = new AddCommitteeDialog(m_db, parent ? parent->id : 0, m_view->asOf(), m_view);
    dialog->setSubmit([this, dialog] {
        const Committee c = dialog->committee();
        auto *command = new AddCommittee(m_db, c);
        command->setFeedback(m_feedback);
        DatabaseCommand::execute(m_undo, command);
        if (c.validFrom > m_view->asOf())
            m_view->setAsOf(c.validFrom); // show the result rather than hide it
        m_view->reload();
        m_view->setCurrentCommittee(command->committeeId());
    });
    showDialog(dialog);
}

void OrganisationActions::renameCommittee()
{
    const auto c = current();
    if (!m_view->isEditable() || !c)
        return;
    auto *dialog = new NameDialog(
        tr("Rename a committee"), tr("New name of %1:").arg(c->name), c->name, m_view);
    const Committee before = *c;
    dialog->setSubmit([this, dialog, before] {
        ConflictDialog::save(dialog, tr("The committee %1").arg(before.name), before.rowVersion,
            [&](int version) {
                Committee read = before;
                read.rowVersion = version;
                auto *command = new RenameCommittee(m_db, read, dialog->name());
                command->setFeedback(m_feedback);
                DatabaseCommand::execute(m_undo, command);
            },
            {});
        m_view->reload(); // the new name, or on Reload the other workstation's
    });
    showDialog(dialog);
}

void OrganisationActions::dissolveCommittee()
{
    const auto c = current();
    if (!m_view->isEditable() || !c)
        return;
    auto *dialog = new DissolveCommitteeDialog(m_db, *c, m_view->asOf(), m_view);
    const Committee committee = *c;
    dialog->setSubmit([this, dialog, committee] {
        const Committee successor = dialog->successor();
        auto *command = new DissolveCommittee(m_db, committee, dialog->on(), successor);
        command->setFeedback(m_feedback);
        DatabaseCommand::execute(m_undo, command);
        // The day after: the committee is gone (greyed with the history) and its
        // members are in the successor.
        if (dialog->on() >= m_view->asOf())
            m_view->setAsOf(dialog->on().addDays(1));
        m_view->reload();
        if (successor.id > 0)
            m_view->setCurrentCommittee(successor.id);
    });
    showDialog(dialog);
}

void OrganisationActions::reloadView()
{
    m_view->reload();
}

void OrganisationActions::openLocalities()
{
    auto *dialog = new LocalitiesDialog(m_db, m_undo, m_feedback, m_view);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this] { run(&OrganisationActions::reloadView); });
    dialog->open();
}

} // namespace thuky
