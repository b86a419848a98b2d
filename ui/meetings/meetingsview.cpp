#include <ui/meetings/meetingsview.h>

#include <ui/common/conflictdialog.h>
#include <ui/common/databasecommand.h>
#include <ui/meetings/editmeetingform.h>
#include <ui/meetings/meetingcommands.h>
#include <ui/meetings/meetingdraftfile.h>
#include <ui/meetings/meetingform.h>
#include <ui/meetings/meetinglistpane.h>
#include <ui/meetings/minutesexport.h>
#include <ui/meetings/taskspane.h>

#include <core/db/conflict.h>
#include <core/db/database.h>
#include <core/meetings/meetingjson.h>
#include <core/meetings/meetingrepository.h>
#include <core/text/vndate.h>

#include <QAction>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace thuky {

MeetingsView::MeetingsView(Database &db, QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_undo(undo)
{
    setObjectName(QStringLiteral("meetingsView"));
    m_feedback = new CommandFeedback(this);
    connect(m_feedback, &CommandFeedback::failed, this,
        [this](const QString &message) { showMessage(message, true); });
    m_draftTimer = new QTimer(this);
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(2000);
    connect(m_draftTimer, &QTimer::timeout, this, &MeetingsView::writeDraft);
    createActions();
    buildUi();
    showEmptyState();
    connect(m_undo, &QUndoStack::indexChanged, this, [this] {
        if (!m_loading)
            reload();
    });
    reload();
}

MeetingsView::~MeetingsView()
{
    if (m_modified)
        writeDraft();
}

void MeetingsView::createActions()
{
    auto make = [this](const QString &text, const QString &name, const QKeySequence &key = {}) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        if (!key.isEmpty())
            a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        return a;
    };
    m_new = make(tr("&New meeting"), QStringLiteral("newMeeting"), QKeySequence::New);
    m_fromPrevious
        = make(tr("Start from the pre&vious meeting"), QStringLiteral("startFromPrevious"));
    m_fromPrevious->setToolTip(tr("Copies the attendance list, the agenda's titles and the invited "
                                  "guests of the previous meeting of this kind."));
    m_save = make(tr("&Save meeting"), QStringLiteral("saveMeeting"), QKeySequence::Save);
    m_approve = make(tr("&Approve minutes"), QStringLiteral("approveMinutes"));
    m_reopen = make(tr("&Reopen minutes…"), QStringLiteral("reopenMinutes"));
    m_preview = make(tr("Print pre&view…"), QStringLiteral("previewMinutes"), QKeySequence::Print);
    m_exportPdf = make(tr("Export minutes as &PDF…"), QStringLiteral("exportPdf"));
    m_exportOdt = make(tr("Export minutes as &ODT…"), QStringLiteral("exportOdt"));
    connect(m_new, &QAction::triggered, this, &MeetingsView::newMeeting);
    connect(m_save, &QAction::triggered, this, [this] { save(); });
    connect(m_fromPrevious, &QAction::triggered, this, [this] { startFromPrevious(); });
    connect(m_approve, &QAction::triggered, this, &MeetingsView::askApprove);
    connect(m_reopen, &QAction::triggered, this, &MeetingsView::askReopen);
    connect(m_preview, &QAction::triggered, this, &MeetingsView::preview);
    connect(
        m_exportPdf, &QAction::triggered, this, [this] { exportDialog(QStringLiteral("pdf")); });
    connect(
        m_exportOdt, &QAction::triggered, this, [this] { exportDialog(QStringLiteral("odt")); });
}

void MeetingsView::buildUi()
{
    auto *areaTabs = new QTabWidget(this);
    m_areaTabs = areaTabs;
    areaTabs->setObjectName(QStringLiteral("meetingsAreaTabs"));

    // Meetings tab: filters and list on the left, editor on the right.
    auto *meetingsPage = new QWidget(areaTabs);
    m_list = new MeetingListPane(m_db, meetingsPage);
    connect(m_list, &MeetingListPane::filtersChanged, this, [this] {
        syncFormCommittee();
        reloadMeetings();
    });
    connect(m_list, &MeetingListPane::meetingChosen, this, [this](qint64 id) {
        if (!m_loading && id != m_meeting.id)
            setCurrentMeeting(id);
    });

    auto *toolBar = new QToolBar(meetingsPage);
    toolBar->addActions({ m_new, m_fromPrevious, m_save, m_approve, m_reopen });
    toolBar->addSeparator();
    toolBar->addActions({ m_preview, m_exportPdf, m_exportOdt });

    auto *right = new QWidget(meetingsPage);
    m_heading = new QLabel(right);
    m_heading->setObjectName(QStringLiteral("meetingHeading"));
    QFont f = m_heading->font();
    f.setBold(true);
    m_heading->setFont(f);
    m_heading->setWordWrap(true);
    m_message = new QLabel(right);
    m_message->setObjectName(QStringLiteral("meetingMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_lockNotice = new QLabel(tr("These minutes are approved and locked: they can be read, "
                                 "printed and copied. To change them, reopen them (Reopen "
                                 "minutes…); the reopening is recorded in the audit log."),
        right);
    m_lockNotice->setObjectName(QStringLiteral("lockedNotice"));
    m_lockNotice->setWordWrap(true);
    m_lockNotice->setStyleSheet(QStringLiteral(
        "background: #fff4ce; border: 1px solid #d8c27a; padding: 4px; color: #3b3000;"));
    m_lockNotice->hide();
    m_form = new MeetingForm(m_db, right);
    connect(m_form, &MeetingForm::edited, this, &MeetingsView::markModified);
    m_editorStack = new QStackedWidget(right);
    m_empty = buildEmptyState(m_editorStack);
    m_editorStack->addWidget(m_empty);
    m_editorStack->addWidget(m_form);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_heading);
    rightLayout->addWidget(m_message);
    rightLayout->addWidget(m_lockNotice);
    rightLayout->addWidget(m_editorStack);

    auto *splitter = new QSplitter(meetingsPage);
    splitter->addWidget(m_list);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({ 380, 980 }); // the editor's tables need the room
    auto *pageLayout = new QVBoxLayout(meetingsPage);
    pageLayout->addWidget(toolBar);
    pageLayout->addWidget(splitter);
    areaTabs->addTab(meetingsPage, tr("Meetings"));

    m_tasks = new TasksPane(m_db, m_undo, m_feedback, areaTabs);
    connect(m_tasks, &TasksPane::failed, this,
        [this](const QString &message) { showMessage(message, true); });
    areaTabs->addTab(m_tasks, tr("Tasks"));
    addAction(m_tasks->markDoneAction()); // in the area's menu, after the meeting actions

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(areaTabs);
}

QWidget *MeetingsView::buildEmptyState(QWidget *parent)
{
    auto *page = new QWidget(parent);
    page->setObjectName(QStringLiteral("meetingEmptyState"));
    auto *text = new QLabel(tr("<p><b>No meeting is open.</b></p><p>Choose a meeting in the list "
                               "to read or edit it, or start a new one: <i>New meeting</i> "
                               "(Ctrl+N), then <i>Start from the previous meeting</i> to copy "
                               "its attendance list, agenda and guests.</p>"),
        page);
    text->setWordWrap(true);
    auto *create = new QPushButton(m_new->text(), page);
    create->setObjectName(QStringLiteral("emptyStateNewMeeting"));
    connect(create, &QPushButton::clicked, m_new, &QAction::trigger);
    connect(m_new, &QAction::changed, create,
        [this, create] { create->setEnabled(m_new->isEnabled()); });
    auto *layout = new QVBoxLayout(page);
    layout->addStretch();
    layout->addWidget(text);
    layout->addWidget(create, 0, Qt::AlignLeft);
    layout->addStretch(2);
    return page;
}

MeetingListModel *MeetingsView::meetingModel() const
{
    return m_list->model();
}

TaskTableModel *MeetingsView::taskModel() const
{
    return m_tasks->model();
}

AttendanceModel *MeetingsView::attendanceModel() const
{
    return m_form->attendanceModel();
}

AgendaModel *MeetingsView::agendaModel() const
{
    return m_form->agendaModel();
}

SpeechModel *MeetingsView::speechModel() const
{
    return m_form->speechModel();
}

MeetingTaskModel *MeetingsView::meetingTaskModel() const
{
    return m_form->taskModel();
}

QTableView *MeetingsView::meetingTable() const
{
    return m_list->table();
}

QTableView *MeetingsView::taskTable() const
{
    return m_tasks->table();
}

QComboBox *MeetingsView::committeeCombo() const
{
    return m_list->committeeCombo();
}

QComboBox *MeetingsView::yearFilter() const
{
    return m_list->yearFilter();
}

QComboBox *MeetingsView::kindFilter() const
{
    return m_list->kindFilter();
}

QComboBox *MeetingsView::statusFilter() const
{
    return m_list->statusFilter();
}

QLineEdit *MeetingsView::titleEdit() const
{
    return m_form->titleEdit();
}

QTextEdit *MeetingsView::conclusionEdit() const
{
    return m_form->conclusionEdit();
}

QTableView *MeetingsView::attendanceTable() const
{
    return m_form->attendanceTable();
}

QTableView *MeetingsView::tasksTable() const
{
    return m_form->tasksTable();
}

QListWidget *MeetingsView::carriedOverList() const
{
    return m_form->carriedOverList();
}

QLineEdit *MeetingsView::ownerFilter() const
{
    return m_tasks->ownerFilter();
}

QCheckBox *MeetingsView::overdueOnly() const
{
    return m_tasks->overdueOnly();
}

qint64 MeetingsView::currentCommitteeId() const
{
    return m_list->currentCommitteeId();
}

void MeetingsView::setCurrentCommittee(qint64 id)
{
    m_list->setCurrentCommittee(id);
}

void MeetingsView::reload()
{
    reloadMeetings();
    m_tasks->reload();
    if (m_meeting.id > 0 && !m_modified) {
        const auto fresh = MeetingRepository(m_db).meeting(m_meeting.id);
        if (fresh)
            showMeeting(*fresh);
        else
            showEmptyState(); // removed meanwhile (the undo of its creation, say)
    }
    updateActions();
}

void MeetingsView::reloadMeetings()
{
    m_list->reload(m_meeting.id);
}

void MeetingsView::syncFormCommittee()
{
    // A meeting's people come from its own committee; a form without a meeting offers the
    // members of the committee chosen in the list.
    m_form->setCommittee(m_meeting.committeeId > 0 ? m_meeting.committeeId : currentCommitteeId());
}

void MeetingsView::showMeeting(const Meeting &m)
{
    m_loading = true;
    syncFormCommittee();
    m_form->showMeeting(m);
    m_heading->setText(m.id > 0
            ? (m.isApproved() ? tr("%1 — approved, No. %2-BB/BCĐ").arg(m.title).arg(m.number)
                              : tr("%1 — draft").arg(m.title))
            : tr("New meeting (not saved yet)"));
    m_loading = false;
    m_modified = false;
    m_snapshot = MeetingJson::toJson(formMeeting());
    m_form->setLocked(m.isApproved() || !m_editable);
    m_lockNotice->setVisible(m.isApproved());
    m_editorStack->setCurrentWidget(m_form);
    updateActions();
}

void MeetingsView::showEmptyState()
{
    m_draftTimer->stop();
    m_meeting = Meeting();
    m_modified = false;
    m_heading->clear();
    m_lockNotice->hide();
    m_editorStack->setCurrentWidget(m_empty);
    updateActions();
}

Meeting MeetingsView::formMeeting() const
{
    Meeting m = m_form->meeting(m_meeting);
    if (m.committeeId <= 0)
        m.committeeId = currentCommitteeId();
    return m;
}

void MeetingsView::setCurrentMeeting(qint64 id)
{
    if (m_modified)
        writeDraft();
    const auto m = MeetingRepository(m_db).meeting(id);
    if (!m)
        return;
    m_meeting = *m;
    showMeeting(m_meeting);
    m_message->hide();
    if (!m_meeting.isApproved() && restoreDraft())
        showMessage(tr("Restored changes that were not saved (from %1). Save them, or reopen the "
                       "meeting to discard them.")
                        .arg(MeetingDraftFile(m_meeting.uuid)
                                 .lastModified()
                                 .toString(QStringLiteral("dd/MM/yyyy HH:mm"))));
    else if (m_meeting.isApproved())
        removeDraft();
    m_list->select(id);
}

void MeetingsView::newMeeting()
{
    if (m_modified)
        writeDraft();
    Meeting m;
    m.uuid = Database::newUuid();
    m.committeeId = currentCommitteeId();
    const QDate today = QDate::currentDate();
    m.start = QDateTime(today, QTime(8, 0));
    m.end = QDateTime(today, QTime(11, 0));
    m.period = VnDate::quarterCode(today);
    m.title = MeetingKinds::suggestedTitle(m.kind, m.period); // document text: Vietnamese
    m_meeting = m;
    showMeeting(m);
    m_form->prefillAttendance();
    m_snapshot = MeetingJson::toJson(formMeeting());
    m_list->clearSelection();
    m_message->hide();
    m_form->focusFirstField();
}

bool MeetingsView::isLocked() const
{
    return m_meeting.isApproved();
}

void MeetingsView::updateActions()
{
    const bool saved = m_meeting.id > 0;
    const bool open = !m_meeting.uuid.isEmpty();
    m_save->setEnabled(m_editable && open && !isLocked() && (m_modified || !saved));
    m_fromPrevious->setEnabled(m_editable && open && !isLocked());
    m_approve->setEnabled(m_editable && saved && !isLocked());
    m_reopen->setEnabled(m_editable && saved && isLocked());
    m_preview->setEnabled(saved);
    m_exportPdf->setEnabled(saved);
    m_exportOdt->setEnabled(saved);
    m_new->setEnabled(m_editable && currentCommitteeId() > 0);
}

void MeetingsView::setEditable(bool editable)
{
    m_editable = editable;
    m_tasks->markDoneAction()->setEnabled(editable);
    m_form->setLocked(isLocked() || !m_editable);
    updateActions();
}

void MeetingsView::applyFormState(const QString &uuid, const QJsonObject &state)
{
    // Only meaningful while the same meeting is open, and never on locked minutes.
    if (m_meeting.uuid != uuid || isLocked())
        return;
    showMeeting(MeetingJson::fromJson(state, m_meeting));
    m_snapshot = state;
    m_modified = state != MeetingJson::toJson(m_meeting);
    if (m_modified)
        m_draftTimer->start();
    updateActions();
}

void MeetingsView::markModified(const QString &field)
{
    if (m_loading || isLocked())
        return;
    const QJsonObject now = MeetingJson::toJson(formMeeting());
    if (now == m_snapshot)
        return; // a blank row added, say: nothing to keep
    m_loading = true; // the push changes the stack's index: no reload for it
    m_undo->push(new EditMeetingForm(this, m_meeting.uuid, m_snapshot, now, field));
    m_loading = false;
    m_snapshot = now;
    m_modified = true;
    m_draftTimer->start();
    updateActions();
}

void MeetingsView::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(
        error ? QStringLiteral("color: #b00020; font-weight: bold;") : QString());
    m_message->show();
}

QString MeetingsView::draftPath() const
{
    return MeetingDraftFile(m_meeting.uuid).path();
}

void MeetingsView::writeDraft()
{
    m_draftTimer->stop();
    if (!m_modified || isLocked())
        return;
    MeetingDraftFile(m_meeting.uuid).write(formMeeting());
}

bool MeetingsView::restoreDraft()
{
    const auto restored = MeetingDraftFile(m_meeting.uuid).read(m_meeting);
    if (!restored)
        return false;
    showMeeting(*restored);
    m_modified = true;
    updateActions();
    return true;
}

void MeetingsView::removeDraft()
{
    m_draftTimer->stop();
    MeetingDraftFile(m_meeting.uuid).remove();
}

bool MeetingsView::execute(DatabaseCommand *command)
{
    command->setFeedback(m_feedback);
    m_loading = true; // the push changes the stack's index: the caller reloads
    try {
        DatabaseCommand::execute(m_undo, command);
    } catch (const ValidationError &e) {
        m_loading = false;
        showMessage(e.message(), true);
        return false;
    } catch (const DbError &e) {
        m_loading = false;
        showMessage(e.message(), true);
        return false;
    }
    m_loading = false;
    return true;
}

bool MeetingsView::saveEdited(Meeting after)
{
    return executeChecked([this, &after](int version) -> DatabaseCommand * {
        if (version != after.rowVersion) {
            // Overwrite: the same values again, expecting what is stored now.
            after.rowVersion = version;
            if (const auto stored = MeetingRepository(m_db).meeting(m_meeting.id)) {
                for (Task &t : after.tasks) {
                    for (const Task &s : stored->tasks)
                        if (s.id == t.id)
                            t.rowVersion = s.rowVersion;
                }
            }
        }
        return new SaveMeeting(m_db, m_meeting, after);
    });
}

void MeetingsView::showStored(const std::optional<Meeting> &stored)
{
    // Their version: this workstation's changes are dropped, the draft too.
    removeDraft();
    m_modified = false;
    if (stored)
        m_meeting = *stored;
    reloadMeetings();
    showMeeting(m_meeting);
    m_tasks->reload();
    updateActions();
}

bool MeetingsView::executeChecked(const std::function<DatabaseCommand *(int version)> &make)
{
    int version = m_meeting.rowVersion;
    for (;;) {
        DatabaseCommand *command = make(version);
        command->setFeedback(m_feedback);
        m_loading = true; // the push changes the stack's index: the caller reloads
        try {
            DatabaseCommand::execute(m_undo, command);
            m_loading = false;
            return true;
        } catch (const ConflictError &conflict) {
            m_loading = false;
            const QString record = tr("The meeting “%1”").arg(m_meeting.title);
            if (ConflictDialog::ask(this, conflict, record) == ConflictDialog::Choice::Reload) {
                showStored(MeetingRepository(m_db).meeting(m_meeting.id));
                return false;
            }
            version = conflict.currentVersion(); // Overwrite: the step on what is stored now
        } catch (const ValidationError &e) {
            m_loading = false;
            showMessage(e.message(), true);
            return false;
        } catch (const DbError &e) {
            m_loading = false;
            showMessage(e.message(), true);
            return false;
        }
    }
}

void MeetingsView::showSaved(const QString &message)
{
    m_meeting = *MeetingRepository(m_db).meeting(m_meeting.id);
    showMessage(message);
    reloadMeetings();
    showMeeting(m_meeting);
}

bool MeetingsView::save()
{
    if (isLocked() || m_meeting.uuid.isEmpty())
        return false;
    m_form->commitEdits(); // a cell still being typed in
    const Meeting after = formMeeting();
    if (m_meeting.id <= 0) {
        auto *command = new CreateMeeting(m_db, after);
        if (!execute(command))
            return false;
        m_meeting.id = command->meetingId();
    } else if (!saveEdited(after)) {
        return false;
    }
    removeDraft();
    m_modified = false;
    m_tasks->reload();
    showSaved(tr("Saved."));
    return true;
}

bool MeetingsView::approveCurrent()
{
    m_form->commitEdits();
    if (m_modified && !save())
        return false;
    if (m_meeting.id <= 0 || isLocked())
        return false;
    ApproveMinutes *command = nullptr;
    if (!executeChecked([&](int version) {
            command = new ApproveMinutes(m_db, m_meeting.uuid, version);
            return command;
        }))
        return false;
    showSaved(tr("The minutes are approved as No. %1-BB/BCĐ and locked.").arg(command->number()));
    return true;
}

bool MeetingsView::reopenCurrent(const QString &reason)
{
    if (m_meeting.id <= 0 || !isLocked())
        return false;
    if (!executeChecked(
            [&](int version) { return new ReopenMinutes(m_db, m_meeting.uuid, reason, version); }))
        return false;
    showSaved(
        tr("The minutes are open for changes again; the reopening is recorded in the audit log."));
    return true;
}

void MeetingsView::askApprove()
{
    if (m_meeting.id <= 0 || isLocked())
        return;
    m_form->commitEdits();
    QMessageBox box(QMessageBox::Question, tr("Approve minutes"),
        tr("Approve the minutes of “%1”?").arg(formMeeting().title), QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("approveConfirmation"));
    box.setInformativeText(tr("They get the committee's next minutes number and are locked: "
                              "changing them afterwards needs a reopening, which is recorded "
                              "in the audit log."));
    QPushButton *approve = box.addButton(tr("&Approve"), QMessageBox::AcceptRole);
    approve->setObjectName(QStringLiteral("confirmApprove"));
    box.setDefaultButton(box.addButton(QMessageBox::Cancel));
    box.exec();
    if (box.clickedButton() == approve)
        approveCurrent();
}

bool MeetingsView::startFromPrevious()
{
    if (m_meeting.uuid.isEmpty() || isLocked())
        return false;
    m_form->commitEdits();
    Meeting m = formMeeting();
    MeetingRepository repo(m_db);
    const auto previous = repo.previousMeeting(m.committeeId, m.kind, m.start, m.id);
    if (!previous) {
        showMessage(
            tr("There is no earlier meeting of this kind in this committee to start from."), true);
        return false;
    }
    m.startFrom(*previous);
    m.attendance = repo.attendanceFrom(*previous, m.committeeId, m.date());
    m_loading = true;
    m_form->showMeeting(m);
    m_loading = false;
    markModified(QString());
    showMessage(tr("Started from “%1” of %2: its attendance list, agenda and invited guests.")
                    .arg(previous->title, VnDate::display(previous->date())));
    return true;
}

void MeetingsView::openMeeting(qint64 meetingId)
{
    const auto m = MeetingRepository(m_db).meeting(meetingId);
    if (!m)
        return;
    m_areaTabs->setCurrentIndex(0);
    if (m->committeeId != currentCommitteeId())
        setCurrentCommittee(m->committeeId);
    clearHidingFilters(*m);
    setCurrentMeeting(meetingId);
}

void MeetingsView::clearHidingFilters(const Meeting &m)
{
    const int year = yearFilter()->currentData().toInt();
    if (year != 0 && year != m.date().year())
        yearFilter()->setCurrentIndex(0);
    const QString kind = kindFilter()->currentData().toString();
    if (!kind.isEmpty() && kind != m.kind)
        kindFilter()->setCurrentIndex(0);
    const QString status = statusFilter()->currentData().toString();
    if (!status.isEmpty() && status != m.status)
        statusFilter()->setCurrentIndex(0);
}

void MeetingsView::openTask(qint64 taskId)
{
    m_areaTabs->setCurrentWidget(m_tasks);
    m_tasks->showTask(taskId);
}

void MeetingsView::askReopen()
{
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Reopen approved minutes"),
        tr("Why are the approved minutes reopened? (recorded in the audit log)"), QLineEdit::Normal,
        {}, &ok);
    if (ok)
        reopenCurrent(reason);
}

bool MeetingsView::exportCurrent(const QString &path)
{
    if (m_meeting.id <= 0)
        return false;
    QString message;
    const bool ok = MinutesExport(m_db).exportTo(m_meeting.id, path, &message);
    showMessage(message, !ok);
    return ok;
}

void MeetingsView::printCurrent(QPagedPaintDevice *device)
{
    MinutesExport(m_db).print(m_meeting.id, device);
}

void MeetingsView::preview()
{
    m_form->commitEdits();
    if (m_modified && !save())
        return;
    MinutesExport(m_db).preview(m_meeting.id, this);
}

void MeetingsView::exportDialog(const QString &suffix)
{
    m_form->commitEdits();
    if (m_modified && !save())
        return;
    const QString path = MinutesExport::askPath(this, m_meeting.date(), suffix);
    if (!path.isEmpty())
        exportCurrent(path);
}

} // namespace thuky
