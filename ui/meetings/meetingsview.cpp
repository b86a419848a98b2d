#include <ui/meetings/meetingsview.h>

#include <ui/meetings/meetingcommands.h>
#include <ui/meetings/meetinglistmodel.h>
#include <ui/meetings/tasktablemodel.h>

#include <core/db/database.h>
#include <core/meetings/meetingrepository.h>
#include <core/meetings/minutes.h>
#include <core/meetings/taskrepository.h>
#include <core/roster/rosterrepository.h>
#include <core/text/vndate.h>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextEdit>
#include <QTextList>
#include <QTimer>
#include <QToolBar>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

namespace thuky {

namespace {

enum AttendanceColumn { AttName, AttRole, AttStatus, AttReason, AttDelegate, AttColumns };
enum AgendaColumn { AgTitle, AgPresenter, AgColumns };
enum SpeechColumn { SpSpeaker, SpUnit, SpSummary, SpColumns };
enum TaskColumn { TkDescription, TkOwner, TkDue, TkStatus, TkColumns };
constexpr int IdData = Qt::UserRole + 1;
constexpr int ExtraData = Qt::UserRole + 2;

QString roleLabel(const QString &code)
{
    Role r;
    return Roles::fromCode(code, &r) ? Roles::label(r) : code;
}

QString cellText(const QTableWidget *t, int row, int column)
{
    const QTableWidgetItem *item = t->item(row, column);
    return item ? item->text().trimmed() : QString();
}

QTableWidgetItem *textItem(const QString &text, bool editable = true)
{
    auto *item = new QTableWidgetItem(text);
    if (!editable)
        item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

QJsonObject meetingToJson(const Meeting &m)
{
    QJsonObject o;
    o[QStringLiteral("uuid")] = m.uuid;
    o[QStringLiteral("id")] = double(m.id);
    o[QStringLiteral("committee")] = double(m.committeeId);
    o[QStringLiteral("kind")] = m.kind;
    o[QStringLiteral("period")] = m.period;
    o[QStringLiteral("title")] = m.title;
    o[QStringLiteral("start")] = m.start.toString(Qt::ISODate);
    o[QStringLiteral("end")] = m.end.toString(Qt::ISODate);
    o[QStringLiteral("place")] = m.place;
    o[QStringLiteral("bridges")] = QJsonArray::fromStringList(m.bridgePoints);
    o[QStringLiteral("guests")] = QJsonArray::fromStringList(m.guests);
    o[QStringLiteral("documents")] = QJsonArray::fromStringList(m.documents);
    QJsonArray chairs;
    for (qint64 id : m.chairIds)
        chairs.append(double(id));
    o[QStringLiteral("chairs")] = chairs;
    o[QStringLiteral("secretary")] = double(m.secretaryId);
    o[QStringLiteral("conclusion")] = m.conclusion;
    QJsonArray att;
    for (const Attendance &a : m.attendance)
        att.append(QJsonObject { { QStringLiteral("person"), double(a.personId) },
            { QStringLiteral("role"), a.role }, { QStringLiteral("status"), a.status },
            { QStringLiteral("reason"), a.reason }, { QStringLiteral("delegate"), a.delegate },
            { QStringLiteral("name"), a.personName } });
    o[QStringLiteral("attendance")] = att;
    QJsonArray agenda;
    for (const AgendaItem &i : m.agenda)
        agenda.append(QJsonObject {
            { QStringLiteral("title"), i.title }, { QStringLiteral("presenter"), i.presenter } });
    o[QStringLiteral("agenda")] = agenda;
    QJsonArray speeches;
    for (const Speech &s : m.speeches)
        speeches.append(QJsonObject { { QStringLiteral("person"), double(s.personId) },
            { QStringLiteral("guest"), s.guestName }, { QStringLiteral("name"), s.personName },
            { QStringLiteral("unit"), s.unit }, { QStringLiteral("summary"), s.summary } });
    o[QStringLiteral("speeches")] = speeches;
    QJsonArray tasks;
    for (const Task &t : m.tasks)
        tasks.append(QJsonObject { { QStringLiteral("id"), double(t.id) },
            { QStringLiteral("description"), t.description }, { QStringLiteral("owner"), t.owner },
            { QStringLiteral("due"), VnDate::iso(t.due) },
            { QStringLiteral("status"), t.status } });
    o[QStringLiteral("tasks")] = tasks;
    return o;
}

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out << x.toString();
    return out;
}

Meeting meetingFromJson(const QJsonObject &o, Meeting m)
{
    m.kind = o[QStringLiteral("kind")].toString();
    m.period = o[QStringLiteral("period")].toString();
    m.title = o[QStringLiteral("title")].toString();
    m.start = QDateTime::fromString(o[QStringLiteral("start")].toString(), Qt::ISODate);
    m.end = QDateTime::fromString(o[QStringLiteral("end")].toString(), Qt::ISODate);
    m.place = o[QStringLiteral("place")].toString();
    m.bridgePoints = stringList(o[QStringLiteral("bridges")]);
    m.guests = stringList(o[QStringLiteral("guests")]);
    m.documents = stringList(o[QStringLiteral("documents")]);
    m.chairIds.clear();
    for (const QJsonValue &v : o[QStringLiteral("chairs")].toArray())
        m.chairIds << qint64(v.toDouble());
    m.secretaryId = qint64(o[QStringLiteral("secretary")].toDouble());
    m.conclusion = o[QStringLiteral("conclusion")].toString();
    m.attendance.clear();
    for (const QJsonValue &v : o[QStringLiteral("attendance")].toArray()) {
        const QJsonObject a = v.toObject();
        Attendance x;
        x.personId = qint64(a[QStringLiteral("person")].toDouble());
        x.role = a[QStringLiteral("role")].toString();
        x.status = a[QStringLiteral("status")].toString();
        x.reason = a[QStringLiteral("reason")].toString();
        x.delegate = a[QStringLiteral("delegate")].toString();
        x.personName = a[QStringLiteral("name")].toString();
        m.attendance << x;
    }
    m.agenda.clear();
    for (const QJsonValue &v : o[QStringLiteral("agenda")].toArray())
        m.agenda << AgendaItem { v[QStringLiteral("title")].toString(),
            v[QStringLiteral("presenter")].toString(), {} };
    m.speeches.clear();
    for (const QJsonValue &v : o[QStringLiteral("speeches")].toArray()) {
        Speech s;
        s.personId = qint64(v[QStringLiteral("person")].toDouble());
        s.guestName = v[QStringLiteral("guest")].toString();
        s.personName = v[QStringLiteral("name")].toString();
        s.unit = v[QStringLiteral("unit")].toString();
        s.summary = v[QStringLiteral("summary")].toString();
        m.speeches << s;
    }
    m.tasks.clear();
    for (const QJsonValue &v : o[QStringLiteral("tasks")].toArray()) {
        Task t;
        t.id = qint64(v[QStringLiteral("id")].toDouble());
        t.description = v[QStringLiteral("description")].toString();
        t.owner = v[QStringLiteral("owner")].toString();
        t.due = VnDate::parse(v[QStringLiteral("due")].toString());
        t.status = v[QStringLiteral("status")].toString();
        m.tasks << t;
    }
    return m;
}

} // namespace

/**
 * An edit of the meeting form (not yet saved): restores the form's state before and after.
 * Consecutive edits of the same field merge, so that undo takes back a word or a line, not
 * a keystroke.
 */
class EditMeetingForm : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(thuky::EditMeetingForm)
public:
    EditMeetingForm(MeetingsView *view, const QString &uuid, const QJsonObject &before,
        const QJsonObject &after, const QString &field)
        : m_view(view)
        , m_uuid(uuid)
        , m_before(before)
        , m_after(after)
        , m_field(field)
    {
        setText(tr("Edit meeting form"));
    }
    int id() const override { return 0x4d46; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = static_cast<const EditMeetingForm *>(other);
        if (m_field.isEmpty() || o->m_field != m_field || o->m_uuid != m_uuid
            || o->m_view != m_view)
            return false;
        m_after = o->m_after;
        return true;
    }
    void redo() override
    {
        if (m_first) {
            m_first = false;
            return;
        }
        apply(m_after);
    }
    void undo() override { apply(m_before); }

private:
    void apply(const QJsonObject &state)
    {
        // Only meaningful while the same meeting is open; the view may be gone.
        if (m_view && m_view->m_meeting.uuid == m_uuid && !m_view->isLocked())
            m_view->applyFormSnapshot(state);
    }
    QPointer<MeetingsView> m_view;
    QString m_uuid;
    QJsonObject m_before;
    QJsonObject m_after;
    QString m_field;
    bool m_first = true;
};

MeetingsView::MeetingsView(Database &db, QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_undo(undo)
{
    setObjectName(QStringLiteral("meetingsView"));
    m_meetingModel = new MeetingListModel(this);
    m_taskModel = new TaskTableModel(this);
    m_draftTimer = new QTimer(this);
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(2000);
    connect(m_draftTimer, &QTimer::timeout, this, &MeetingsView::writeDraft);
    createActions();
    buildUi();
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
    m_save = make(tr("&Save meeting"), QStringLiteral("saveMeeting"), QKeySequence::Save);
    m_approve = make(tr("&Approve minutes"), QStringLiteral("approveMinutes"));
    m_reopen = make(tr("&Reopen minutes…"), QStringLiteral("reopenMinutes"));
    m_preview = make(tr("Print pre&view…"), QStringLiteral("previewMinutes"), QKeySequence::Print);
    m_exportPdf = make(tr("Export minutes as &PDF…"), QStringLiteral("exportPdf"));
    m_exportOdt = make(tr("Export minutes as &ODT…"), QStringLiteral("exportOdt"));
    m_taskDone = make(tr("Mark task &done"), QStringLiteral("taskDone"));
    connect(m_new, &QAction::triggered, this, &MeetingsView::newMeeting);
    connect(m_save, &QAction::triggered, this, [this] { save(); });
    connect(m_approve, &QAction::triggered, this, [this] { approveCurrent(); });
    connect(m_reopen, &QAction::triggered, this, &MeetingsView::askReopen);
    connect(m_preview, &QAction::triggered, this, &MeetingsView::preview);
    connect(
        m_exportPdf, &QAction::triggered, this, [this] { exportDialog(QStringLiteral("pdf")); });
    connect(
        m_exportOdt, &QAction::triggered, this, [this] { exportDialog(QStringLiteral("odt")); });
    connect(m_taskDone, &QAction::triggered, this, &MeetingsView::changeTaskStatus);
}

void MeetingsView::buildUi()
{
    m_areaTabs = new QTabWidget(this);
    m_areaTabs->setObjectName(QStringLiteral("meetingsAreaTabs"));

    // Meetings tab: filters and list on the left, editor on the right.
    auto *meetingsPage = new QWidget(m_areaTabs);
    m_committee = new QComboBox(meetingsPage);
    m_committee->setObjectName(QStringLiteral("committee"));
    for (const Committee &c : RosterRepository(m_db).committees())
        m_committee->addItem(QString(c.depth * 2, QLatin1Char(' ')) + c.name, c.id);
    m_yearFilter = new QComboBox(meetingsPage);
    m_yearFilter->setObjectName(QStringLiteral("yearFilter"));
    m_yearFilter->addItem(tr("All years"), 0);
    for (int y = QDate::currentDate().year(); y >= 2015; --y)
        m_yearFilter->addItem(QString::number(y), y);
    m_kindFilter = new QComboBox(meetingsPage);
    m_kindFilter->setObjectName(QStringLiteral("kindFilter"));
    m_kindFilter->addItem(tr("All kinds"), QString());
    for (const QString &k : MeetingKinds::codes())
        m_kindFilter->addItem(MeetingKinds::label(k), k);
    m_statusFilter = new QComboBox(meetingsPage);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(tr("Drafts and approved"), QString());
    m_statusFilter->addItem(tr("Drafts"), QStringLiteral("draft"));
    m_statusFilter->addItem(tr("Approved"), QStringLiteral("approved"));
    for (QComboBox *c : { m_committee, m_yearFilter, m_kindFilter, m_statusFilter })
        connect(c, &QComboBox::currentIndexChanged, this, [this] { reloadMeetings(); });

    m_meetingTable = new QTableView(meetingsPage);
    m_meetingTable->setObjectName(QStringLiteral("meetingTable"));
    m_meetingTable->setModel(m_meetingModel);
    m_meetingTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_meetingTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_meetingTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_meetingTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_meetingTable->horizontalHeader()->setSectionResizeMode(
        MeetingListModel::TitleColumn, QHeaderView::Stretch);
    m_meetingTable->setWordWrap(false);
    m_meetingTable->verticalHeader()->hide();
    connect(m_meetingTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            if (m_loading || !current.isValid())
                return;
            const qint64 id = m_meetingModel->meetingAt(current.row()).id;
            if (id != m_meeting.id)
                setCurrentMeeting(id);
        });

    auto *filters = new QFormLayout;
    filters->addRow(tr("&Committee:"), m_committee);
    auto *row = new QHBoxLayout;
    row->addWidget(m_yearFilter);
    row->addWidget(m_kindFilter);
    row->addWidget(m_statusFilter);
    filters->addRow(tr("Show:"), row);
    auto *left = new QWidget(meetingsPage);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_meetingTable);

    auto *toolBar = new QToolBar(meetingsPage);
    toolBar->addActions({ m_new, m_save, m_approve, m_reopen });
    toolBar->addSeparator();
    toolBar->addActions({ m_preview, m_exportPdf, m_exportOdt });

    m_heading = new QLabel(meetingsPage);
    m_heading->setObjectName(QStringLiteral("meetingHeading"));
    QFont f = m_heading->font();
    f.setBold(true);
    m_heading->setFont(f);
    m_heading->setWordWrap(true);
    m_message = new QLabel(meetingsPage);
    m_message->setObjectName(QStringLiteral("meetingMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto *right = new QWidget(meetingsPage);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_heading);
    rightLayout->addWidget(m_message);
    rightLayout->addWidget(buildEditor());

    auto *splitter = new QSplitter(meetingsPage);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 2);
    auto *pageLayout = new QVBoxLayout(meetingsPage);
    pageLayout->addWidget(toolBar);
    pageLayout->addWidget(splitter);
    m_areaTabs->addTab(meetingsPage, tr("Meetings"));
    m_areaTabs->addTab(buildTasksTab(), tr("Tasks"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_areaTabs);
}

QWidget *MeetingsView::buildEditor()
{
    m_editorTabs = new QTabWidget(this);
    m_editorTabs->setObjectName(QStringLiteral("meetingEditor"));

    // General.
    auto *general = new QWidget(m_editorTabs);
    m_kind = new QComboBox(general);
    m_kind->setObjectName(QStringLiteral("kind"));
    for (const QString &k : MeetingKinds::codes())
        m_kind->addItem(MeetingKinds::label(k), k);
    m_period = new QLineEdit(general);
    m_period->setObjectName(QStringLiteral("period"));
    m_period->setPlaceholderText(tr("e.g. 2024-Q2 or 2024"));
    m_title = new QLineEdit(general);
    m_title->setObjectName(QStringLiteral("title"));
    m_start = new QDateTimeEdit(general);
    m_start->setObjectName(QStringLiteral("start"));
    m_start->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
    m_start->setCalendarPopup(true);
    m_end = new QDateTimeEdit(general);
    m_end->setObjectName(QStringLiteral("end"));
    m_end->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
    m_end->setCalendarPopup(true);
    m_place = new QLineEdit(general);
    m_place->setObjectName(QStringLiteral("place"));
    m_bridges = new QPlainTextEdit(general);
    m_bridges->setObjectName(QStringLiteral("bridgePoints"));
    m_bridges->setPlaceholderText(tr("One online bridge point per line"));
    m_guests = new QPlainTextEdit(general);
    m_guests->setObjectName(QStringLiteral("guests"));
    m_guests->setPlaceholderText(tr("One invited guest per line"));
    m_documents = new QPlainTextEdit(general);
    m_documents->setObjectName(QStringLiteral("documents"));
    m_documents->setPlaceholderText(tr("One document per line"));
    for (QPlainTextEdit *e : { m_bridges, m_guests, m_documents })
        e->setMaximumHeight(70);
    m_chairs = new QListWidget(general);
    m_chairs->setObjectName(QStringLiteral("chairs"));
    m_chairs->setMaximumHeight(90);
    m_secretary = new QComboBox(general);
    m_secretary->setObjectName(QStringLiteral("secretary"));
    auto *form = new QFormLayout(general);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Period:"), m_period);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Starts:"), m_start);
    form->addRow(tr("&Ends:"), m_end);
    form->addRow(tr("P&lace:"), m_place);
    form->addRow(tr("C&hairs:"), m_chairs);
    form->addRow(tr("&Recorder:"), m_secretary);
    form->addRow(tr("&Bridge points:"), m_bridges);
    form->addRow(tr("&Guests:"), m_guests);
    form->addRow(tr("&Documents:"), m_documents);
    m_editorTabs->addTab(general, tr("Meeting"));

    // Attendance.
    auto *attendancePage = new QWidget(m_editorTabs);
    m_attendance = new QTableWidget(0, AttColumns, attendancePage);
    m_attendance->setObjectName(QStringLiteral("attendance"));
    m_attendance->setHorizontalHeaderLabels(
        { tr("Name"), tr("Role"), tr("Attendance"), tr("Reason"), tr("Delegate") });
    m_attendance->horizontalHeader()->setSectionResizeMode(AttReason, QHeaderView::Stretch);
    m_attendance->verticalHeader()->hide();
    auto *prefill = new QPushButton(tr("&Prefill from the roster"), attendancePage);
    prefill->setObjectName(QStringLiteral("prefillAttendance"));
    connect(prefill, &QPushButton::clicked, this, [this] {
        prefillAttendance();
        markModified();
    });
    auto *attLayout = new QVBoxLayout(attendancePage);
    attLayout->addWidget(m_attendance);
    attLayout->addWidget(prefill, 0, Qt::AlignLeft);
    m_editorTabs->addTab(attendancePage, tr("Attendance"));

    // Agenda and speakers.
    auto *proceedings = new QWidget(m_editorTabs);
    m_agenda = new QTableWidget(0, AgColumns, proceedings);
    m_agenda->setObjectName(QStringLiteral("agenda"));
    m_agenda->setHorizontalHeaderLabels({ tr("Agenda item"), tr("Presenter") });
    m_agenda->horizontalHeader()->setSectionResizeMode(AgTitle, QHeaderView::Stretch);
    m_speeches = new QTableWidget(0, SpColumns, proceedings);
    m_speeches->setObjectName(QStringLiteral("speeches"));
    m_speeches->setHorizontalHeaderLabels({ tr("Speaker"), tr("Unit"), tr("Summary of remarks") });
    m_speeches->horizontalHeader()->setSectionResizeMode(SpSummary, QHeaderView::Stretch);
    auto *addItem = new QPushButton(tr("Add agenda &item"), proceedings);
    connect(addItem, &QPushButton::clicked, this, [this] {
        const int r = m_agenda->rowCount();
        m_agenda->insertRow(r);
        m_agenda->setItem(r, AgTitle, textItem({}));
        m_agenda->setItem(r, AgPresenter, textItem({}));
        m_agenda->editItem(m_agenda->item(r, AgTitle));
    });
    auto *addSpeaker = new QPushButton(tr("Add &speaker"), proceedings);
    addSpeaker->setObjectName(QStringLiteral("addSpeaker"));
    connect(addSpeaker, &QPushButton::clicked, this, [this] {
        addSpeakerRow(Speech());
        markModified();
    });
    auto *removeSpeaker = new QPushButton(tr("Remove speaker"), proceedings);
    connect(removeSpeaker, &QPushButton::clicked, this, [this] {
        if (m_speeches->currentRow() >= 0) {
            m_speeches->removeRow(m_speeches->currentRow());
            markModified();
        }
    });
    auto *procLayout = new QVBoxLayout(proceedings);
    procLayout->addWidget(m_agenda);
    procLayout->addWidget(addItem, 0, Qt::AlignLeft);
    procLayout->addWidget(m_speeches, 2);
    auto *speakerButtons = new QHBoxLayout;
    speakerButtons->addWidget(addSpeaker);
    speakerButtons->addWidget(removeSpeaker);
    speakerButtons->addStretch();
    procLayout->addLayout(speakerButtons);
    m_editorTabs->addTab(proceedings, tr("Agenda and speakers"));

    // Conclusion (rich text).
    auto *conclusionPage = new QWidget(m_editorTabs);
    m_conclusion = new QTextEdit(conclusionPage);
    m_conclusion->setObjectName(QStringLiteral("conclusion"));
    m_conclusion->setAcceptRichText(true);
    auto *formatBar = new QToolBar(conclusionPage);
    QAction *bold = formatBar->addAction(tr("Bold"), this,
        [this](bool on) { m_conclusion->setFontWeight(on ? QFont::Bold : QFont::Normal); });
    bold->setCheckable(true);
    bold->setShortcut(QKeySequence::Bold);
    QAction *italic = formatBar->addAction(
        tr("Italic"), this, [this](bool on) { m_conclusion->setFontItalic(on); });
    italic->setCheckable(true);
    italic->setShortcut(QKeySequence::Italic);
    formatBar->addAction(tr("Bulleted list"), this, [this] {
        QTextCursor c = m_conclusion->textCursor();
        if (QTextList *list = c.currentList())
            list->remove(c.block());
        else
            c.createList(QTextListFormat::ListDisc);
    });
    formatBar->addAction(tr("Numbered list"), this,
        [this] { m_conclusion->textCursor().createList(QTextListFormat::ListDecimal); });
    auto *concLayout = new QVBoxLayout(conclusionPage);
    concLayout->addWidget(formatBar);
    concLayout->addWidget(m_conclusion);
    m_editorTabs->addTab(conclusionPage, tr("Conclusion"));

    // Tasks assigned and carried over.
    auto *tasksPage = new QWidget(m_editorTabs);
    m_tasks = new QTableWidget(0, TkColumns, tasksPage);
    m_tasks->setObjectName(QStringLiteral("meetingTasks"));
    m_tasks->setHorizontalHeaderLabels(
        { tr("Task"), tr("Owner"), tr("Due (DD/MM/YYYY)"), tr("Status") });
    m_tasks->horizontalHeader()->setSectionResizeMode(TkDescription, QHeaderView::Stretch);
    auto *addTask = new QPushButton(tr("Add &task"), tasksPage);
    addTask->setObjectName(QStringLiteral("addTask"));
    connect(addTask, &QPushButton::clicked, this, [this] {
        Task t;
        t.due = m_start->date().addMonths(1);
        addTaskRow(t);
        m_tasks->editItem(m_tasks->item(m_tasks->rowCount() - 1, TkDescription));
        markModified();
    });
    auto *removeTask = new QPushButton(tr("Remove task"), tasksPage);
    connect(removeTask, &QPushButton::clicked, this, [this] {
        if (m_tasks->currentRow() >= 0) {
            m_tasks->removeRow(m_tasks->currentRow());
            markModified();
        }
    });
    m_carried = new QListWidget(tasksPage);
    m_carried->setObjectName(QStringLiteral("carriedOver"));
    auto *taskLayout = new QVBoxLayout(tasksPage);
    taskLayout->addWidget(m_tasks, 2);
    auto *taskButtons = new QHBoxLayout;
    taskButtons->addWidget(addTask);
    taskButtons->addWidget(removeTask);
    taskButtons->addStretch();
    taskLayout->addLayout(taskButtons);
    taskLayout->addWidget(new QLabel(tr("Tasks of earlier meetings for follow-up:"), tasksPage));
    taskLayout->addWidget(m_carried, 1);
    m_editorTabs->addTab(tasksPage, tr("Tasks"));

    // Any edit marks the form modified and (re)starts the draft timer.
    connect(m_kind, &QComboBox::currentIndexChanged, this, &MeetingsView::markModified);
    for (QLineEdit *e : { m_period, m_title, m_place })
        connect(e, &QLineEdit::textEdited, this, &MeetingsView::markModified);
    for (QDateTimeEdit *e : { m_start, m_end })
        connect(e, &QDateTimeEdit::dateTimeChanged, this, &MeetingsView::markModified);
    connect(m_start, &QDateTimeEdit::dateChanged, this, [this](const QDate &d) {
        if (!m_loading)
            fillPeople(d);
    });
    for (QPlainTextEdit *e : { m_bridges, m_guests, m_documents })
        connect(e, &QPlainTextEdit::textChanged, this, &MeetingsView::markModified);
    connect(m_conclusion, &QTextEdit::textChanged, this, &MeetingsView::markModified);
    connect(m_chairs, &QListWidget::itemChanged, this, &MeetingsView::markModified);
    connect(m_secretary, &QComboBox::currentIndexChanged, this, &MeetingsView::markModified);
    for (QTableWidget *t : { m_attendance, m_agenda, m_speeches, m_tasks })
        connect(t, &QTableWidget::itemChanged, this, &MeetingsView::markModified);
    return m_editorTabs;
}

QWidget *MeetingsView::buildTasksTab()
{
    auto *page = new QWidget(this);
    m_taskTable = new QTableView(page);
    m_taskTable->setObjectName(QStringLiteral("taskTable"));
    m_taskTable->setModel(m_taskModel);
    m_taskTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_taskTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_taskTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_taskTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_taskTable->horizontalHeader()->setSectionResizeMode(
        TaskTableModel::DescriptionColumn, QHeaderView::Stretch);
    m_taskTable->setWordWrap(false);
    m_taskTable->verticalHeader()->hide();
    m_ownerFilter = new QLineEdit(page);
    m_ownerFilter->setObjectName(QStringLiteral("ownerFilter"));
    m_ownerFilter->setPlaceholderText(tr("Owner (e.g. to thu ky)"));
    m_ownerFilter->setClearButtonEnabled(true);
    m_taskStatusFilter = new QComboBox(page);
    m_taskStatusFilter->setObjectName(QStringLiteral("taskStatusFilter"));
    m_taskStatusFilter->addItem(tr("Open or in progress"), QStringLiteral("*open"));
    m_taskStatusFilter->addItem(tr("All statuses"), QString());
    for (const QString &s : TaskStatuses::codes())
        m_taskStatusFilter->addItem(TaskStatuses::label(s), s);
    m_overdueOnly = new QCheckBox(tr("&Overdue only"), page);
    m_overdueOnly->setObjectName(QStringLiteral("overdueOnly"));
    connect(m_ownerFilter, &QLineEdit::textChanged, this, &MeetingsView::reloadTasks);
    connect(m_taskStatusFilter, &QComboBox::currentIndexChanged, this, &MeetingsView::reloadTasks);
    connect(m_overdueOnly, &QCheckBox::toggled, this, &MeetingsView::reloadTasks);
    auto *done = new QPushButton(tr("Mark &done…"), page);
    connect(done, &QPushButton::clicked, m_taskDone, &QAction::trigger);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_ownerFilter, 1);
    bar->addWidget(m_taskStatusFilter);
    bar->addWidget(m_overdueOnly);
    bar->addWidget(done);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(bar);
    layout->addWidget(m_taskTable);
    return page;
}

qint64 MeetingsView::currentCommitteeId() const
{
    return m_committee->currentData().toLongLong();
}

void MeetingsView::setCurrentCommittee(qint64 id)
{
    const int i = m_committee->findData(id);
    if (i >= 0)
        m_committee->setCurrentIndex(i);
}

void MeetingsView::reload()
{
    reloadMeetings();
    reloadTasks();
    if (m_meeting.id > 0 && !m_modified) {
        const auto fresh = MeetingRepository(m_db).meeting(m_meeting.id);
        if (fresh)
            showMeeting(*fresh);
    }
    updateActions();
}

void MeetingsView::reloadMeetings()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    QList<Meeting> list = MeetingRepository(m_db).meetings(
        currentCommitteeId(), m_yearFilter->currentData().toInt());
    const QString kind = m_kindFilter->currentData().toString();
    const QString status = m_statusFilter->currentData().toString();
    QList<Meeting> shown;
    for (const Meeting &m : std::as_const(list))
        if ((kind.isEmpty() || m.kind == kind) && (status.isEmpty() || m.status == status))
            shown << m;
    // Newest first: the clerk works on the latest meetings.
    std::reverse(shown.begin(), shown.end());
    m_meetingModel->setMeetings(shown);
    const int row = m_meetingModel->rowOf(m_meeting.id);
    if (row >= 0)
        m_meetingTable->setCurrentIndex(m_meetingModel->index(row, 0));
    m_loading = wasLoading;
}

void MeetingsView::reloadTasks()
{
    TaskFilter f;
    const QString status = m_taskStatusFilter->currentData().toString();
    f.openOnly = status == QLatin1String("*open");
    if (!f.openOnly)
        f.status = status;
    f.overdueOnly = m_overdueOnly->isChecked();
    f.owner = m_ownerFilter->text().trimmed();
    m_taskModel->setTasks(TaskRepository(m_db).tasks(f));
}

void MeetingsView::fillPeople(const QDate &date)
{
    const QList<qint64> chairs = [this] {
        QList<qint64> ids;
        for (int i = 0; i < m_chairs->count(); ++i)
            if (m_chairs->item(i)->checkState() == Qt::Checked)
                ids << m_chairs->item(i)->data(IdData).toLongLong();
        return ids;
    }();
    const qint64 secretary = m_secretary->currentData().toLongLong();
    const bool wasLoading = m_loading;
    m_loading = true;
    m_people.clear();
    m_chairs->clear();
    m_secretary->clear();
    m_secretary->addItem(tr("(none)"), 0);
    const qint64 committee
        = m_meeting.committeeId > 0 ? m_meeting.committeeId : currentCommitteeId();
    for (const Membership &ms : RosterRepository(m_db).members(committee, date)) {
        if (ms.role == Role::Collaborator)
            continue;
        bool seen = false;
        for (const auto &p : std::as_const(m_people))
            seen = seen || p.first == ms.personId;
        if (seen)
            continue;
        m_people.append({ ms.personId, ms.personName });
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 — %2").arg(ms.personName, Roles::label(ms.role)), m_chairs);
        item->setData(IdData, ms.personId);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(chairs.contains(ms.personId) ? Qt::Checked : Qt::Unchecked);
        m_secretary->addItem(
            QStringLiteral("%1 — %2").arg(ms.personName, Roles::label(ms.role)), ms.personId);
    }
    const int s = m_secretary->findData(secretary);
    m_secretary->setCurrentIndex(s >= 0 ? s : 0);
    m_loading = wasLoading;
}

void MeetingsView::prefillAttendance()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    m_attendance->setRowCount(0);
    const qint64 committee
        = m_meeting.committeeId > 0 ? m_meeting.committeeId : currentCommitteeId();
    for (const Attendance &a :
        MeetingRepository(m_db).prefillAttendance(committee, m_start->date()))
        addAttendanceRow(a);
    m_loading = wasLoading;
}

void MeetingsView::addAttendanceRow(const Attendance &a)
{
    const int r = m_attendance->rowCount();
    m_attendance->insertRow(r);
    QTableWidgetItem *name = textItem(a.personName, false);
    name->setData(IdData, a.personId);
    name->setData(ExtraData, a.role);
    m_attendance->setItem(r, AttName, name);
    m_attendance->setItem(r, AttRole, textItem(roleLabel(a.role), false));
    auto *status = new QComboBox(m_attendance);
    status->addItem(tr("Present"), QStringLiteral("present"));
    status->addItem(tr("Absent"), QStringLiteral("absent"));
    status->addItem(tr("Represented by a delegate"), QStringLiteral("delegate"));
    status->setCurrentIndex(std::max(0, status->findData(a.status)));
    connect(status, &QComboBox::currentIndexChanged, this, &MeetingsView::markModified);
    m_attendance->setCellWidget(r, AttStatus, status);
    m_attendance->setItem(r, AttReason, textItem(a.reason));
    m_attendance->setItem(r, AttDelegate, textItem(a.delegate));
}

void MeetingsView::addSpeakerRow(const Speech &s)
{
    const int r = m_speeches->rowCount();
    m_speeches->insertRow(r);
    // The speaker: a member picked from the list, or a guest's name typed in.
    auto *speaker = new QComboBox(m_speeches);
    speaker->setEditable(true);
    speaker->addItem(QString(), 0);
    for (const auto &p : std::as_const(m_people))
        speaker->addItem(p.second, p.first);
    if (s.personId > 0) {
        const int i = speaker->findData(s.personId);
        if (i >= 0)
            speaker->setCurrentIndex(i);
        else
            speaker->setEditText(s.personName);
    } else {
        speaker->setEditText(s.guestName);
    }
    connect(speaker, &QComboBox::currentTextChanged, this, &MeetingsView::markModified);
    m_speeches->setCellWidget(r, SpSpeaker, speaker);
    m_speeches->setItem(r, SpUnit, textItem(s.unit));
    m_speeches->setItem(r, SpSummary, textItem(s.summary));
}

void MeetingsView::addTaskRow(const Task &t)
{
    const int r = m_tasks->rowCount();
    m_tasks->insertRow(r);
    QTableWidgetItem *d = textItem(t.description);
    d->setData(IdData, t.id);
    d->setData(ExtraData, t.uuid);
    m_tasks->setItem(r, TkDescription, d);
    m_tasks->setItem(r, TkOwner, textItem(t.owner));
    m_tasks->setItem(r, TkDue, textItem(t.due.isValid() ? VnDate::display(t.due) : QString()));
    auto *status = new QComboBox(m_tasks);
    for (const QString &c : TaskStatuses::codes())
        status->addItem(TaskStatuses::label(c), c);
    status->setCurrentIndex(std::max(0, status->findData(t.status)));
    connect(status, &QComboBox::currentIndexChanged, this, &MeetingsView::markModified);
    m_tasks->setCellWidget(r, TkStatus, status);
}

void MeetingsView::showMeeting(const Meeting &m)
{
    m_loading = true;
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(m.kind)));
    m_period->setText(m.period);
    m_title->setText(m.title);
    m_start->setDateTime(m.start);
    m_end->setDateTime(m.end.isValid() ? m.end : m.start);
    m_place->setText(m.place);
    m_bridges->setPlainText(m.bridgePoints.join(QLatin1Char('\n')));
    m_guests->setPlainText(m.guests.join(QLatin1Char('\n')));
    m_documents->setPlainText(m.documents.join(QLatin1Char('\n')));
    // The chairs and recorder are picked among the members on the meeting date.
    m_chairs->clear();
    fillPeople(m.date());
    m_loading = true;
    for (int i = 0; i < m_chairs->count(); ++i)
        m_chairs->item(i)->setCheckState(
            m.chairIds.contains(m_chairs->item(i)->data(IdData).toLongLong()) ? Qt::Checked
                                                                              : Qt::Unchecked);
    m_secretary->setCurrentIndex(std::max(0, m_secretary->findData(m.secretaryId)));
    m_attendance->setRowCount(0);
    for (const Attendance &a : m.attendance)
        addAttendanceRow(a);
    m_agenda->setRowCount(0);
    for (const AgendaItem &item : m.agenda) {
        const int r = m_agenda->rowCount();
        m_agenda->insertRow(r);
        m_agenda->setItem(r, AgTitle, textItem(item.title));
        m_agenda->setItem(r, AgPresenter, textItem(item.presenter));
    }
    m_speeches->setRowCount(0);
    for (const Speech &s : m.speeches)
        addSpeakerRow(s);
    if (Qt::mightBeRichText(m.conclusion))
        m_conclusion->setHtml(m.conclusion);
    else
        m_conclusion->setPlainText(m.conclusion);
    m_tasks->setRowCount(0);
    for (const Task &t : m.tasks)
        addTaskRow(t);
    m_carried->clear();
    if (m.id > 0) {
        const QDate today = QDate::currentDate();
        for (const Task &t : MeetingRepository(m_db).carriedOver(m.id)) {
            auto *item = new QListWidgetItem(
                tr("%1 — %2, due %3 (%4)")
                    .arg(t.description, t.owner,
                        t.due.isValid() ? VnDate::display(t.due) : tr("no date"),
                        TaskStatuses::label(t.status)),
                m_carried);
            if (t.isOverdue(today)) {
                item->setForeground(QColor(0xb0, 0x00, 0x20));
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
        }
    }
    m_heading->setText(m.id > 0
            ? (m.isApproved() ? tr("%1 — approved, Số %2-BB/BCĐ").arg(m.title).arg(m.number)
                              : tr("%1 — draft").arg(m.title))
            : tr("New meeting (not saved yet)"));
    m_loading = false;
    m_modified = false;
    m_snapshot = meetingToJson(formMeeting());
    setLocked(m.isApproved());
    updateActions();
}

Meeting MeetingsView::formMeeting() const
{
    Meeting m = m_meeting;
    if (m.committeeId <= 0)
        m.committeeId = currentCommitteeId();
    m.kind = m_kind->currentData().toString();
    m.period = m_period->text().trimmed();
    m.title = m_title->text().trimmed();
    m.start = m_start->dateTime();
    m.end = m_end->dateTime();
    m.place = m_place->text().trimmed();
    auto lines = [](const QPlainTextEdit *e) {
        QStringList out;
        for (const QString &l : e->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            if (!l.trimmed().isEmpty())
                out << l.trimmed();
        return out;
    };
    m.bridgePoints = lines(m_bridges);
    m.guests = lines(m_guests);
    m.documents = lines(m_documents);
    m.chairIds.clear();
    for (int i = 0; i < m_chairs->count(); ++i)
        if (m_chairs->item(i)->checkState() == Qt::Checked)
            m.chairIds << m_chairs->item(i)->data(IdData).toLongLong();
    m.secretaryId = m_secretary->currentData().toLongLong();
    m.attendance.clear();
    for (int r = 0; r < m_attendance->rowCount(); ++r) {
        if (!m_attendance->item(r, AttName))
            continue; // a row being added
        Attendance a;
        a.personId = m_attendance->item(r, AttName)->data(IdData).toLongLong();
        a.personName = m_attendance->item(r, AttName)->text();
        a.role = m_attendance->item(r, AttName)->data(ExtraData).toString();
        if (auto *status = qobject_cast<QComboBox *>(m_attendance->cellWidget(r, AttStatus)))
            a.status = status->currentData().toString();
        a.reason = cellText(m_attendance, r, AttReason);
        a.delegate = cellText(m_attendance, r, AttDelegate);
        m.attendance << a;
    }
    m.agenda.clear();
    for (int r = 0; r < m_agenda->rowCount(); ++r)
        if (!cellText(m_agenda, r, AgTitle).isEmpty())
            m.agenda << AgendaItem { cellText(m_agenda, r, AgTitle),
                cellText(m_agenda, r, AgPresenter), {} };
    m.speeches.clear();
    for (int r = 0; r < m_speeches->rowCount(); ++r) {
        auto *combo = qobject_cast<QComboBox *>(m_speeches->cellWidget(r, SpSpeaker));
        if (!combo)
            continue; // a row being added
        Speech s;
        const QString text = combo->currentText().trimmed();
        const int i = combo->findText(text);
        if (i > 0) {
            s.personId = combo->itemData(i).toLongLong();
            s.personName = text;
        } else {
            s.guestName = text;
        }
        s.unit = cellText(m_speeches, r, SpUnit);
        s.summary = cellText(m_speeches, r, SpSummary);
        if (!text.isEmpty() || !s.summary.isEmpty())
            m.speeches << s;
    }
    m.conclusion
        = m_conclusion->toPlainText().trimmed().isEmpty() ? QString() : m_conclusion->toHtml();
    const QList<Task> old = m.tasks;
    m.tasks.clear();
    for (int r = 0; r < m_tasks->rowCount(); ++r) {
        auto *status = qobject_cast<QComboBox *>(m_tasks->cellWidget(r, TkStatus));
        if (!status || !m_tasks->item(r, TkDescription))
            continue; // a row being added
        Task t;
        t.id = m_tasks->item(r, TkDescription)->data(IdData).toLongLong();
        t.uuid = m_tasks->item(r, TkDescription)->data(ExtraData).toString();
        for (const Task &o : old)
            if (o.id == t.id && t.id > 0) {
                t.completionNote = o.completionNote;
                t.completedOn = o.completedOn;
            }
        t.description = cellText(m_tasks, r, TkDescription);
        t.owner = cellText(m_tasks, r, TkOwner);
        t.due = VnDate::parse(cellText(m_tasks, r, TkDue));
        t.status = status->currentData().toString();
        if (!t.description.isEmpty() || !t.owner.isEmpty())
            m.tasks << t;
    }
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
                        .arg(QFileInfo(draftPath())
                                 .lastModified()
                                 .toString(QStringLiteral("dd/MM/yyyy HH:mm"))));
    else if (m_meeting.isApproved())
        removeDraft();
    const bool wasLoading = m_loading;
    m_loading = true;
    const int row = m_meetingModel->rowOf(id);
    if (row >= 0)
        m_meetingTable->setCurrentIndex(m_meetingModel->index(row, 0));
    m_loading = wasLoading;
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
    m.title = QStringLiteral("Hội nghị giao ban %1")
                  .arg(VnDate::quarterLabel(m.period).toLower()); // document text: Vietnamese
    m_meeting = m;
    showMeeting(m);
    prefillAttendance();
    m_meetingTable->clearSelection();
    m_message->hide();
    m_title->setFocus();
    m_title->selectAll();
}

bool MeetingsView::isLocked() const
{
    return m_meeting.isApproved();
}

void MeetingsView::setLocked(bool locked)
{
    // Approved minutes are locked: the fields can be read and copied, not changed.
    for (QWidget *w : m_editorTabs->findChildren<QWidget *>()) {
        if (auto *e = qobject_cast<QLineEdit *>(w))
            e->setReadOnly(locked);
        else if (auto *p = qobject_cast<QPlainTextEdit *>(w))
            p->setReadOnly(locked);
        else if (auto *t = qobject_cast<QTextEdit *>(w))
            t->setReadOnly(locked);
        else if (auto *tw = qobject_cast<QTableWidget *>(w))
            tw->setEditTriggers(locked ? QAbstractItemView::NoEditTriggers
                                       : QAbstractItemView::DoubleClicked
                        | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
        else if (qobject_cast<QComboBox *>(w) || qobject_cast<QDateTimeEdit *>(w)
            || qobject_cast<QPushButton *>(w) || qobject_cast<QListWidget *>(w)
            || qobject_cast<QToolBar *>(w))
            w->setEnabled(!locked);
    }
}

void MeetingsView::updateActions()
{
    const bool saved = m_meeting.id > 0;
    m_save->setEnabled(!isLocked() && (m_modified || !saved));
    m_approve->setEnabled(saved && !isLocked());
    m_reopen->setEnabled(saved && isLocked());
    m_preview->setEnabled(saved);
    m_exportPdf->setEnabled(saved);
    m_exportOdt->setEnabled(saved);
    m_new->setEnabled(currentCommitteeId() > 0);
}

void MeetingsView::applyFormSnapshot(const QJsonObject &snapshot)
{
    showMeeting(meetingFromJson(snapshot, m_meeting));
    m_snapshot = snapshot;
    m_modified = snapshot != meetingToJson(m_meeting);
    if (m_modified)
        m_draftTimer->start();
    updateActions();
}

void MeetingsView::markModified()
{
    if (m_loading || isLocked())
        return;
    const QJsonObject now = meetingToJson(formMeeting());
    if (now != m_snapshot) {
        const QString field = sender() ? sender()->objectName() : QString();
        m_loading = true; // the push changes the stack's index: no reload for it
        m_undo->push(new EditMeetingForm(this, m_meeting.uuid, m_snapshot, now, field));
        m_loading = false;
        m_snapshot = now;
    }
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
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/drafts");
    return QDir(dir).filePath(
        QStringLiteral("meeting-%1.json")
            .arg(m_meeting.uuid.isEmpty() ? QStringLiteral("new") : m_meeting.uuid));
}

void MeetingsView::writeDraft()
{
    m_draftTimer->stop();
    if (!m_modified || isLocked())
        return;
    QDir().mkpath(QFileInfo(draftPath()).absolutePath());
    QSaveFile f(draftPath());
    if (!f.open(QIODevice::WriteOnly))
        return;
    f.write(QJsonDocument(meetingToJson(formMeeting())).toJson(QJsonDocument::Compact));
    f.commit();
}

bool MeetingsView::restoreDraft()
{
    QFile f(draftPath());
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    if (!doc.isObject())
        return false;
    const Meeting restored = meetingFromJson(doc.object(), m_meeting);
    showMeeting(restored);
    m_modified = true;
    updateActions();
    return true;
}

void MeetingsView::removeDraft()
{
    m_draftTimer->stop();
    QFile::remove(draftPath());
}

bool MeetingsView::save()
{
    if (isLocked())
        return false;
    const Meeting after = formMeeting();
    m_loading = true;
    try {
        if (m_meeting.id <= 0) {
            auto *cmd = new CreateMeeting(m_db, after);
            cmd->setFailureHandler([this](const QString &msg) { showMessage(msg, true); });
            MeetingCommand::execute(m_undo, cmd);
            m_meeting.id = cmd->meetingId();
        } else {
            auto *cmd = new SaveMeeting(m_db, m_meeting, after);
            cmd->setFailureHandler([this](const QString &msg) { showMessage(msg, true); });
            MeetingCommand::execute(m_undo, cmd);
        }
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
    removeDraft();
    m_modified = false;
    m_meeting = *MeetingRepository(m_db).meeting(m_meeting.id);
    showMessage(tr("Saved."));
    reloadMeetings();
    reloadTasks();
    showMeeting(m_meeting);
    return true;
}

bool MeetingsView::approveCurrent()
{
    if (m_modified && !save())
        return false;
    if (m_meeting.id <= 0 || isLocked())
        return false;
    m_loading = true;
    try {
        auto *cmd = new ApproveMinutes(m_db, m_meeting.uuid);
        cmd->setFailureHandler([this](const QString &msg) { showMessage(msg, true); });
        MeetingCommand::execute(m_undo, cmd);
    } catch (const ValidationError &e) {
        m_loading = false;
        showMessage(e.message(), true);
        return false;
    }
    m_loading = false;
    m_meeting = *MeetingRepository(m_db).meeting(m_meeting.id);
    showMessage(tr("The minutes are approved as Số %1-BB/BCĐ and locked.").arg(m_meeting.number));
    reloadMeetings();
    showMeeting(m_meeting);
    return true;
}

bool MeetingsView::reopenCurrent(const QString &reason)
{
    if (m_meeting.id <= 0 || !isLocked())
        return false;
    m_loading = true;
    try {
        auto *cmd = new ReopenMinutes(m_db, m_meeting.uuid, reason);
        cmd->setFailureHandler([this](const QString &msg) { showMessage(msg, true); });
        MeetingCommand::execute(m_undo, cmd);
    } catch (const ValidationError &e) {
        m_loading = false;
        showMessage(e.message(), true);
        return false;
    }
    m_loading = false;
    m_meeting = *MeetingRepository(m_db).meeting(m_meeting.id);
    showMessage(
        tr("The minutes are open for changes again; the reopening is recorded in the audit log."));
    reloadMeetings();
    showMeeting(m_meeting);
    return true;
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
    if (!MinutesWriter::isSupportedPath(path)) {
        showMessage(tr("Minutes are exported as .pdf or .odt."), true);
        return false;
    }
    QString error;
    if (!MinutesWriter(m_db).write(m_meeting.id, path, &error)) {
        showMessage(tr("Cannot write %1: %2").arg(path, error), true);
        return false;
    }
    showMessage(tr("Exported the minutes to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void MeetingsView::printCurrent(QPagedPaintDevice *device)
{
    if (m_meeting.id > 0)
        MinutesWriter(m_db).print(m_meeting.id, device);
}

void MeetingsView::preview()
{
    if (m_modified && !save())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Minutes — print preview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
        [this](QPrinter *p) { printCurrent(p); });
    dialog.exec();
}

void MeetingsView::exportDialog(const QString &suffix)
{
    if (m_modified && !save())
        return;
    const QString name
        = QStringLiteral("bien-ban-%1.%2").arg(VnDate::iso(m_meeting.date()), suffix);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export minutes"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name),
        suffix == QLatin1String("pdf") ? tr("PDF (*.pdf)") : tr("OpenDocument text (*.odt)"));
    if (!path.isEmpty())
        exportCurrent(path);
}

void MeetingsView::changeTaskStatus()
{
    const QModelIndex current = m_taskTable->currentIndex();
    if (!current.isValid())
        return;
    const Task t = m_taskModel->taskAt(current.row());
    bool ok = false;
    const QString note = QInputDialog::getText(
        this, tr("Task done"), tr("Completion note:"), QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    try {
        auto *cmd = new ChangeTaskStatus(m_db, t, QStringLiteral("done"), note);
        cmd->setFailureHandler([this](const QString &msg) { showMessage(msg, true); });
        MeetingCommand::execute(m_undo, cmd);
    } catch (const ValidationError &e) {
        showMessage(e.message(), true);
    }
    reloadTasks();
}

} // namespace thuky
