#include <ui/meetings/taskspane.h>

#include <ui/common/conflictdialog.h>
#include <ui/common/documentexport.h>
#include <ui/common/listtable.h>
#include <ui/meetings/meetingcommands.h>
#include <ui/meetings/tasktablemodel.h>

#include <core/db/database.h>
#include <core/meetings/taskrepository.h>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace thuky {

namespace {
/** The filter the pane's widgets set (the list and its printout). */
TaskFilter filterOf(const QComboBox *status, const QCheckBox *overdue, const QLineEdit *owner)
{
    TaskFilter f;
    const QString code = status->currentData().toString();
    f.openOnly = code == QLatin1String("*open");
    if (!f.openOnly)
        f.status = code;
    f.overdueOnly = overdue->isChecked();
    f.owner = owner->text().trimmed();
    return f;
}
} // namespace

TasksPane::TasksPane(Database &db, QUndoStack *undo, CommandFeedback *feedback, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_undo(undo)
    , m_feedback(feedback)
{
    m_model = new TaskTableModel(this);
    m_table = createListTable(
        this, QStringLiteral("taskTable"), m_model, TaskTableModel::DescriptionColumn);
    m_ownerFilter = new QLineEdit(this);
    m_ownerFilter->setObjectName(QStringLiteral("ownerFilter"));
    m_ownerFilter->setPlaceholderText(tr("Owner (e.g. to thu ky)"));
    m_ownerFilter->setClearButtonEnabled(true);
    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("taskStatusFilter"));
    m_statusFilter->addItem(tr("Open or in progress"), QStringLiteral("*open"));
    m_statusFilter->addItem(tr("All statuses"), QString());
    for (const QString &s : TaskStatuses::codes())
        m_statusFilter->addItem(TaskStatuses::label(s), s);
    m_overdueOnly = new QCheckBox(tr("&Overdue only"), this);
    m_overdueOnly->setObjectName(QStringLiteral("overdueOnly"));
    connect(m_ownerFilter, &QLineEdit::textChanged, this, &TasksPane::reload);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &TasksPane::reload);
    connect(m_overdueOnly, &QCheckBox::toggled, this, &TasksPane::reload);

    m_done = new QAction(tr("Mark task &done"), this);
    m_done->setObjectName(QStringLiteral("taskDone"));
    m_done->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_done, &QAction::triggered, this, &TasksPane::markDone);
    auto *done = new QPushButton(tr("Mark &done…"), this);
    connect(done, &QPushButton::clicked, m_done, &QAction::trigger);

    // Print…, Save as PDF/ODT: the tasks of the filters (Ctrl+P prints the minutes here).
    auto *printing = new DocumentExport(
        DocumentExport::tasks(
            m_db, [this] { return filterOf(m_statusFilter, m_overdueOnly, m_ownerFilter); }),
        this, false);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_ownerFilter, 1);
    bar->addWidget(m_statusFilter);
    bar->addWidget(m_overdueOnly);
    bar->addWidget(done);
    bar->addWidget(printing->createButton(this));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table);
}

void TasksPane::reload()
{
    m_model->setTasks(
        TaskRepository(m_db).tasks(filterOf(m_statusFilter, m_overdueOnly, m_ownerFilter)));
}

bool TasksPane::showTask(qint64 id)
{
    int row = m_model->rowOf(id);
    if (row < 0) {
        const QSignalBlocker owner(m_ownerFilter);
        const QSignalBlocker status(m_statusFilter);
        const QSignalBlocker overdue(m_overdueOnly);
        m_ownerFilter->clear();
        m_statusFilter->setCurrentIndex(m_statusFilter->findData(QString()));
        m_overdueOnly->setChecked(false);
        reload();
        row = m_model->rowOf(id);
    }
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_model->index(row, TaskTableModel::DescriptionColumn));
    m_table->scrollTo(m_table->currentIndex());
    m_table->setFocus();
    return true;
}

void TasksPane::markDone()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const Task t = m_model->taskAt(current.row());
    bool ok = false;
    const QString note = QInputDialog::getText(
        this, tr("Task done"), tr("Completion note:"), QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    try {
        ConflictDialog::save(this, tr("The task “%1”").arg(t.description), t.rowVersion,
            [&](int version) {
                Task read = t;
                read.rowVersion = version;
                auto *command = new ChangeTaskStatus(m_db, read, QStringLiteral("done"), note);
                command->setFeedback(m_feedback);
                DatabaseCommand::execute(m_undo, command);
            },
            {}); // the list is reloaded below either way
    } catch (const ValidationError &e) {
        emit failed(e.message());
    } catch (const DbError &e) {
        emit failed(e.message());
    }
    reload();
}

} // namespace thuky
