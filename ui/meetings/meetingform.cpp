#include <ui/meetings/meetingform.h>

#include <ui/common/choicedelegate.h>
#include <ui/common/datefield.h>
#include <ui/meetings/agendamodel.h>
#include <ui/meetings/attendancemodel.h>
#include <ui/meetings/entrytable.h>
#include <ui/meetings/meetingtaskmodel.h>
#include <ui/meetings/persondelegate.h>
#include <ui/meetings/speechmodel.h>

#include <core/db/database.h>
#include <core/meetings/meetingrepository.h>
#include <core/roster/rosterrepository.h>
#include <core/text/vndate.h>

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTextEdit>
#include <QTextList>
#include <QTimeEdit>
#include <QToolBar>
#include <QVBoxLayout>

namespace thuky {

namespace {

constexpr int IdData = Qt::UserRole + 1;

/** The non-blank lines of @p e, trimmed. */
QStringList lines(const QPlainTextEdit *e)
{
    QStringList out;
    for (const QString &l : e->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (!l.trimmed().isEmpty())
            out << l.trimmed();
    return out;
}

QLineEdit *lineEdit(const QString &name, QWidget *parent)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(name);
    return e;
}

/** A time as HH:MM; Tab leaves it (typing the digits moves from the hours to the minutes). */
class TimeField : public QTimeEdit
{
public:
    using QTimeEdit::QTimeEdit;

protected:
    bool focusNextPrevChild(bool next) override { return QWidget::focusNextPrevChild(next); }
};

QTimeEdit *timeEdit(const QString &name, QWidget *parent)
{
    auto *e = new TimeField(parent);
    e->setObjectName(name);
    e->setDisplayFormat(QStringLiteral("HH:mm"));
    return e;
}

QPlainTextEdit *linesEdit(const QString &name, const QString &placeholder, QWidget *parent)
{
    auto *e = new QPlainTextEdit(parent);
    e->setObjectName(name);
    e->setPlaceholderText(placeholder);
    e->setMaximumHeight(70);
    e->setTabChangesFocus(true); // one item per line: Tab goes on to the next field
    return e;
}

/** Makes a locked field look locked: the window's colour behind its text. */
void showLocked(QWidget *w, bool locked)
{
    if (!locked) {
        w->setPalette(QPalette());
        return;
    }
    QPalette p = w->palette();
    p.setColor(QPalette::Base, p.color(QPalette::Window));
    p.setColor(QPalette::AlternateBase, p.color(QPalette::Window));
    w->setPalette(p);
}

} // namespace

MeetingForm::MeetingForm(Database &db, QWidget *parent)
    : QTabWidget(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("meetingEditor"));
    m_attendance = new AttendanceModel(this);
    m_attendance->setObjectName(QStringLiteral("attendance"));
    m_agenda = new AgendaModel(this);
    m_agenda->setObjectName(QStringLiteral("agenda"));
    m_speeches = new SpeechModel(this);
    m_speeches->setObjectName(QStringLiteral("speeches"));
    m_tasks = new MeetingTaskModel(this);
    m_tasks->setObjectName(QStringLiteral("meetingTasks"));
    m_tasks->setBlankRow([this] {
        Task t;
        t.due = m_date->date().addMonths(1);
        return t;
    });
    addTab(buildGeneralTab(), tr("Meeting"));
    addTab(buildAttendanceTab(), tr("Attendance"));
    addTab(buildProceedingsTab(), tr("Agenda and speakers"));
    addTab(buildConclusionTab(), tr("Conclusion"));
    addTab(buildTasksTab(), tr("Tasks"));
    addTabKeys();
    followTitle();
    watchEdits();
}

QTableView *MeetingForm::attendanceTable() const
{
    return m_attendanceTable;
}

QTableView *MeetingForm::agendaTable() const
{
    return m_agendaTable;
}

QTableView *MeetingForm::speechTable() const
{
    return m_speechTable;
}

QTableView *MeetingForm::tasksTable() const
{
    return m_taskTable;
}

QWidget *MeetingForm::buildGeneralTab()
{
    auto *general = new QWidget(this);
    m_id = new QLabel(general);
    m_id->setObjectName(QStringLiteral("meetingId"));
    m_id->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_id->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_kind = new QComboBox(general);
    m_kind->setObjectName(QStringLiteral("kind"));
    for (const QString &k : MeetingKinds::codes())
        m_kind->addItem(MeetingKinds::label(k), k);
    m_period = lineEdit(QStringLiteral("period"), general);
    m_period->setPlaceholderText(tr("e.g. II/2024, 2024-Q2 or 2024"));
    m_title = lineEdit(QStringLiteral("title"), general);
    buildTimeFields(general);
    m_place = lineEdit(QStringLiteral("place"), general);
    buildListFields(general);
    auto *when = new QHBoxLayout;
    when->addWidget(m_date);
    when->addWidget(new QLabel(tr("from"), general));
    when->addWidget(m_startTime);
    when->addWidget(new QLabel(tr("to"), general));
    when->addWidget(m_endTime);
    when->addStretch();
    auto *form = new QFormLayout(general);
    form->addRow(tr("Meeting ID:"), m_id);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Period:"), m_period);
    form->addRow(tr("&Title:"), m_title);
    auto *dateLabel = new QLabel(tr("&Date:"), general);
    dateLabel->setBuddy(m_date);
    form->addRow(dateLabel, when);
    form->addRow(tr("P&lace:"), m_place);
    form->addRow(tr("C&hairs:"), m_chairs);
    form->addRow(tr("&Recorder:"), m_secretary);
    form->addRow(tr("&Bridge points:"), m_bridges);
    form->addRow(tr("&Guests:"), m_guests);
    form->addRow(tr("&Documents:"), m_documents);
    // Tab follows the screen, top to bottom and left to right.
    const QList<QWidget *> order { m_kind, m_period, m_title, m_date, m_startTime, m_endTime,
        m_place, m_chairs, m_secretary, m_bridges, m_guests, m_documents };
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    describeGeneralFields();
    m_firstFields.append(m_kind);
    return general;
}

void MeetingForm::buildTimeFields(QWidget *parent)
{
    m_date = new DateField(QDate::currentDate(), parent);
    m_date->setObjectName(QStringLiteral("date"));
    m_startTime = timeEdit(QStringLiteral("startTime"), parent);
    m_endTime = timeEdit(QStringLiteral("endTime"), parent);
}

void MeetingForm::buildListFields(QWidget *parent)
{
    m_chairs = new QListWidget(parent);
    m_chairs->setObjectName(QStringLiteral("chairs"));
    m_chairs->setMaximumHeight(90);
    m_secretary = new QComboBox(parent);
    m_secretary->setObjectName(QStringLiteral("secretary"));
    m_bridges
        = linesEdit(QStringLiteral("bridgePoints"), tr("One online bridge point per line"), parent);
    m_guests = linesEdit(QStringLiteral("guests"), tr("One invited guest per line"), parent);
    m_documents = linesEdit(QStringLiteral("documents"), tr("One document per line"), parent);
}

void MeetingForm::describeGeneralFields()
{
    m_id->setToolTip(tr("The number the command line knows the meeting by "
                        "(thuky-cli minutes ID prints its minutes)."));
    m_kind->setToolTip(tr("What kind of meeting this is; the suggested title follows it."));
    m_period->setToolTip(tr("The period the meeting reviews: a quarter (II/2024 or 2024-Q2), a "
                            "half year (2024-H1) or a year (2024)."));
    m_title->setToolTip(tr("The title printed on the minutes. It follows the kind and the "
                           "period until you type a title of your own."));
    m_date->setToolTip(tr("The day of the meeting (DD/MM/YYYY)."));
    m_startTime->setToolTip(tr("When the meeting starts (HH:MM)."));
    m_endTime->setToolTip(tr("When the meeting ends (HH:MM); the minutes print it."));
    m_place->setToolTip(tr("Where the meeting is held."));
    m_chairs->setToolTip(tr("Who chairs the meeting: tick one or more members (Space ticks "
                            "the highlighted one)."));
    m_secretary->setToolTip(tr("The member who keeps the minutes."));
    m_bridges->setToolTip(tr("The online bridge points connected to the meeting, one per line."));
    m_guests->setToolTip(tr("Invited guests who are not members, one per line."));
    m_documents->setToolTip(tr("The documents handed out or discussed, one per line."));
}

QPushButton *MeetingForm::rowButton(
    const QString &text, const QString &name, const QString &tip, QWidget *parent) const
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(name);
    button->setToolTip(tip);
    // Keys do the same in the table (Insert, Delete): the button never keeps the focus, so
    // that a Space or a letter meant for the table cannot press it.
    button->setFocusPolicy(Qt::NoFocus);
    return button;
}

QWidget *MeetingForm::tablePage(
    EntryTable *table, const QList<QPushButton *> &buttons, QWidget *page)
{
    table->setToolTip(tr("Enter or Insert adds a row; Tab goes to the next cell; Delete "
                         "removes the selected rows; Ctrl+V of several lines adds one row "
                         "per line. Enter in an empty row ends the list."));
    auto *box = new QWidget(page);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(table);
    auto *row = new QHBoxLayout;
    for (QPushButton *b : buttons)
        row->addWidget(b);
    row->addStretch();
    layout->addLayout(row);
    return box;
}

QWidget *MeetingForm::buildAttendanceTab()
{
    auto *page = new QWidget(this);
    m_attendanceTable = new EntryTable(m_attendance, QStringLiteral("attendance"), page);
    m_attendanceTable->verticalHeader()->hide();
    m_attendanceTable->setChoiceColumn(
        AttendanceModel::StatusColumn, new ChoiceDelegate(&AttendanceModel::statuses, false, this));
    m_attendanceTable->setItemDelegateForColumn(AttendanceModel::NameColumn,
        new PersonDelegate([this] { return m_memberPersons; }, PersonDelegate::Name, this));
    auto *header = m_attendanceTable->horizontalHeader();
    header->setSectionResizeMode(AttendanceModel::ReasonColumn, QHeaderView::Stretch);
    // Names and roles whole, however long ("Phó Trưởng ban Thường trực").
    header->setSectionResizeMode(AttendanceModel::NameColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AttendanceModel::RoleColumn, QHeaderView::ResizeToContents);
    m_attendanceTable->setColumnWidthAtLeast(AttendanceModel::StatusColumn, 170);
    m_attendanceTable->setColumnWidthAtLeast(AttendanceModel::DelegateColumn, 160);
    auto *add = rowButton(tr("Add attendee"), QStringLiteral("addAttendee"),
        tr("Adds a member of the committee to the list (Insert)."), page);
    auto *remove = rowButton(tr("Remove attendee"), QStringLiteral("removeAttendee"),
        tr("Removes the selected rows (Delete)."), page);
    auto *prefill = rowButton(tr("&Prefill from the roster"), QStringLiteral("prefillAttendance"),
        tr("Lists the committee's official delegates on the meeting date, all present."), page);
    connect(add, &QPushButton::clicked, m_attendanceTable, &EntryTable::addRow);
    connect(remove, &QPushButton::clicked, m_attendanceTable, &EntryTable::removeSelectedRows);
    connect(prefill, &QPushButton::clicked, this, [this, prefill] {
        prefillAttendance();
        emitEdited(prefill->objectName());
    });
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(tablePage(m_attendanceTable, { add, remove, prefill }, page));
    m_firstFields.append(m_attendanceTable);
    return page;
}

QWidget *MeetingForm::buildProceedingsTab()
{
    auto *page = new QWidget(this);
    m_agendaTable = new EntryTable(m_agenda, QStringLiteral("agenda"), page);
    m_agendaTable->horizontalHeader()->setSectionResizeMode(
        AgendaModel::TitleColumn, QHeaderView::Stretch);
    m_agendaTable->setColumnWidthAtLeast(AgendaModel::PresenterColumn, 320);
    m_agendaTable->setItemDelegateForColumn(AgendaModel::PresenterColumn,
        new PersonDelegate([this] { return m_persons; }, PersonDelegate::NameAndTitles, this));
    m_speechTable = new EntryTable(m_speeches, QStringLiteral("speeches"), page);
    m_speechTable->horizontalHeader()->setSectionResizeMode(
        SpeechModel::SummaryColumn, QHeaderView::Stretch);
    m_speechTable->setColumnWidthAtLeast(SpeechModel::SpeakerColumn, 210);
    m_speechTable->setColumnWidthAtLeast(SpeechModel::UnitColumn, 260);
    m_speechTable->setItemDelegateForColumn(SpeechModel::SpeakerColumn,
        new PersonDelegate([this] { return m_persons; }, PersonDelegate::Name, this));
    auto *addItem = rowButton(tr("Add agenda &item"), QStringLiteral("addAgendaItem"),
        tr("Adds an agenda item below the selected one (Insert)."), page);
    auto *removeItem = rowButton(tr("Remove agenda item"), QStringLiteral("removeAgendaItem"),
        tr("Removes the selected agenda items (Delete)."), page);
    auto *addSpeaker = rowButton(tr("Add &speaker"), QStringLiteral("addSpeaker"),
        tr("Adds a speaker below the selected one (Insert). Type part of a name to pick a "
           "person of the roster, or a guest's full name."),
        page);
    auto *removeSpeaker = rowButton(tr("Remove speaker"), QStringLiteral("removeSpeaker"),
        tr("Removes the selected speakers (Delete)."), page);
    connect(addItem, &QPushButton::clicked, m_agendaTable, &EntryTable::addRow);
    connect(removeItem, &QPushButton::clicked, m_agendaTable, &EntryTable::removeSelectedRows);
    connect(addSpeaker, &QPushButton::clicked, m_speechTable, &EntryTable::addRow);
    connect(removeSpeaker, &QPushButton::clicked, m_speechTable, &EntryTable::removeSelectedRows);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(tablePage(m_agendaTable, { addItem, removeItem }, page), 1);
    layout->addWidget(tablePage(m_speechTable, { addSpeaker, removeSpeaker }, page), 2);
    m_firstFields.append(m_agendaTable);
    return page;
}

QWidget *MeetingForm::buildConclusionTab()
{
    auto *page = new QWidget(this);
    m_conclusion = new QTextEdit(page);
    m_conclusion->setObjectName(QStringLiteral("conclusion"));
    m_conclusion->setAcceptRichText(true);
    m_conclusion->setToolTip(tr("The chair's conclusion as the minutes print it. Ctrl+B bold, "
                                "Ctrl+I italic; Ctrl+PgDown goes on to the tasks."));
    auto *formatBar = new QToolBar(page);
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
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(formatBar);
    layout->addWidget(m_conclusion);
    m_firstFields.append(m_conclusion);
    return page;
}

QWidget *MeetingForm::buildTasksTab()
{
    auto *page = new QWidget(this);
    m_taskTable = new EntryTable(m_tasks, QStringLiteral("meetingTasks"), page);
    m_taskTable->setChoiceColumn(MeetingTaskModel::StatusColumn,
        new ChoiceDelegate(&MeetingTaskModel::statuses, false, this));
    m_taskTable->horizontalHeader()->setSectionResizeMode(
        MeetingTaskModel::DescriptionColumn, QHeaderView::Stretch);
    m_taskTable->setColumnWidthAtLeast(MeetingTaskModel::OwnerColumn, 200);
    m_taskTable->setColumnWidthAtLeast(MeetingTaskModel::DueColumn, 110);
    m_taskTable->setColumnWidthAtLeast(MeetingTaskModel::StatusColumn, 150);
    auto *addTask = rowButton(tr("Add &task"), QStringLiteral("addTask"),
        tr("Adds a task below the selected one (Insert); it is due a month after the meeting "
           "unless you type another date."),
        page);
    auto *removeTask = rowButton(tr("Remove task"), QStringLiteral("removeTask"),
        tr("Removes the selected tasks (Delete)."), page);
    connect(addTask, &QPushButton::clicked, m_taskTable, &EntryTable::addRow);
    connect(removeTask, &QPushButton::clicked, m_taskTable, &EntryTable::removeSelectedRows);
    m_carried = new QListWidget(page);
    m_carried->setObjectName(QStringLiteral("carriedOver"));
    m_carried->setToolTip(tr("Tasks of earlier meetings of the committee still open on this "
                             "meeting's date; overdue ones in red."));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(tablePage(m_taskTable, { addTask, removeTask }, page), 2);
    layout->addWidget(new QLabel(tr("Tasks of earlier meetings for follow-up:"), page));
    layout->addWidget(m_carried, 1);
    m_firstFields.append(m_taskTable);
    return page;
}

void MeetingForm::addTabKeys()
{
    // Ctrl+PgDown and Ctrl+PgUp turn the tabs from any field, even a table cell.
    auto turn = [this](int step) {
        setCurrentIndex((currentIndex() + step + count()) % count());
        m_firstFields.at(currentIndex())->setFocus(Qt::TabFocusReason);
    };
    auto *next = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown), this);
    next->setContext(Qt::WidgetWithChildrenShortcut);
    connect(next, &QShortcut::activated, this, [turn] { turn(1); });
    auto *previous = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp), this);
    previous->setContext(Qt::WidgetWithChildrenShortcut);
    connect(previous, &QShortcut::activated, this, [turn] { turn(-1); });
    connect(this, &QTabWidget::currentChanged, this, [this](int index) {
        QWidget *focus = QApplication::focusWidget();
        if (focus && (focus == this || isAncestorOf(focus)) && index < m_firstFields.size())
            m_firstFields.at(index)->setFocus(Qt::TabFocusReason);
    });
}

QString MeetingForm::suggestedTitle() const
{
    const QString code = MeetingPeriods::parse(m_period->text());
    return MeetingKinds::suggestedTitle(
        m_kind->currentData().toString(), code.isEmpty() ? m_period->text().trimmed() : code);
}

void MeetingForm::followTitle()
{
    // Connected before watchEdits(): the title changes in the same undo step as the kind or
    // the period it follows.
    auto follow = [this] {
        if (!m_loading && m_titleFollows)
            m_title->setText(suggestedTitle());
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, follow);
    connect(m_period, &QLineEdit::textEdited, this, follow);
    connect(m_title, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_titleFollows = text.trimmed().isEmpty() || text == suggestedTitle();
    });
    connect(m_period, &QLineEdit::editingFinished, this, [this] {
        const QString code = MeetingPeriods::parse(m_period->text());
        if (!code.isEmpty() && code != m_period->text())
            m_period->setText(code);
    });
}

void MeetingForm::watchEdits()
{
    // Any edit is reported with the name of the field; the view turns it into an undo step.
    auto field = [this](QWidget *w) { return [this, w] { emitEdited(w->objectName()); }; };
    connect(m_kind, &QComboBox::currentIndexChanged, this, field(m_kind));
    for (QLineEdit *e : { m_period, m_title, m_place })
        connect(e, &QLineEdit::textEdited, this, field(e));
    connect(m_date, &QDateEdit::dateChanged, this, [this](const QDate &d) {
        if (!m_loading)
            fillPeople(d);
    });
    const QList<QDateTimeEdit *> times { m_date, m_startTime, m_endTime };
    for (QDateTimeEdit *e : times)
        connect(e, &QDateTimeEdit::dateTimeChanged, this, field(e));
    for (QPlainTextEdit *e : { m_bridges, m_guests, m_documents })
        connect(e, &QPlainTextEdit::textChanged, this, field(e));
    connect(m_conclusion, &QTextEdit::textChanged, this, field(m_conclusion));
    connect(m_chairs, &QListWidget::itemChanged, this, field(m_chairs));
    connect(m_secretary, &QComboBox::currentIndexChanged, this, field(m_secretary));
    // A pick from a combo box stands alone (as it did when the combo boxes were cell
    // widgets); typing in a cell merges with the rest of the table's typing. Rows added,
    // removed or pasted stand alone.
    const QList<QPair<QAbstractItemModel *, int>> tables { { m_attendance,
                                                               AttendanceModel::StatusColumn },
        { m_agenda, -1 }, { m_speeches, -1 }, { m_tasks, MeetingTaskModel::StatusColumn } };
    for (const auto &[model, choiceColumn] : tables) {
        connect(model, &QAbstractItemModel::dataChanged, this,
            [this, model = model, choiceColumn = choiceColumn](const QModelIndex &index) {
                emitEdited(index.column() == choiceColumn ? QString() : model->objectName());
            });
        connect(model, &QAbstractItemModel::rowsInserted, this, [this] { emitEdited({}); });
        connect(model, &QAbstractItemModel::rowsRemoved, this, [this] { emitEdited({}); });
    }
}

void MeetingForm::emitEdited(const QString &field)
{
    if (!m_loading)
        emit edited(field);
}

QList<qint64> MeetingForm::checkedChairs() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_chairs->count(); ++i)
        if (m_chairs->item(i)->checkState() == Qt::Checked)
            ids << m_chairs->item(i)->data(IdData).toLongLong();
    return ids;
}

void MeetingForm::fillPeople(const QDate &date)
{
    const QList<qint64> chairs = checkedChairs();
    const qint64 secretary = m_secretary->currentData().toLongLong();
    const bool wasLoading = m_loading;
    m_loading = true;
    m_chairs->clear();
    m_secretary->clear();
    m_secretary->addItem(tr("(none)"), 0);
    RosterRepository roster(m_db);
    QList<Attendance> members;
    for (const Membership &ms : roster.members(m_committeeId, date)) {
        bool seen = false;
        for (const Attendance &a : std::as_const(members))
            seen = seen || a.personId == ms.personId;
        if (seen)
            continue;
        Attendance a;
        a.personId = ms.personId;
        a.role = Roles::code(ms.role);
        a.personName = ms.personName;
        a.titles = ms.personTitles;
        members.append(a);
        if (ms.role == Role::Collaborator)
            continue;
        const QString label = QStringLiteral("%1 — %2").arg(ms.personName, Roles::label(ms.role));
        auto *item = new QListWidgetItem(label, m_chairs);
        item->setData(IdData, ms.personId);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(chairs.contains(ms.personId) ? Qt::Checked : Qt::Unchecked);
        m_secretary->addItem(label, ms.personId);
    }
    m_attendance->setMembers(members);
    // Speakers and presenters: the members first, then everyone else of the roster.
    m_persons.clear();
    m_memberPersons.clear();
    QList<Person> others;
    const QList<Person> everyone = roster.persons();
    for (const Person &p : everyone) {
        bool member = false;
        for (const Attendance &a : std::as_const(members))
            member = member || a.personId == p.id;
        (member ? m_memberPersons : others).append(p);
    }
    m_persons = m_memberPersons + others;
    m_speeches->setPersons(m_persons);
    const int s = m_secretary->findData(secretary);
    m_secretary->setCurrentIndex(s >= 0 ? s : 0);
    m_loading = wasLoading;
}

void MeetingForm::prefillAttendance()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    m_attendance->setRows(MeetingRepository(m_db).prefillAttendance(m_committeeId, m_date->date()));
    m_loading = wasLoading;
}

void MeetingForm::showMeeting(const Meeting &m)
{
    m_loading = true;
    m_id->setText(m.id > 0 ? tr("%1 (thuky-cli minutes %1)").arg(m.id)
                           : tr("given when the meeting is first saved"));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(m.kind)));
    m_period->setText(m.period);
    m_title->setText(m.title);
    m_titleFollows = m.title.isEmpty() || m.title == suggestedTitle();
    m_date->setDate(m.start.date());
    m_startTime->setTime(m.start.time());
    const QDateTime end = m.end.isValid() ? m.end : m.start;
    m_endTime->setTime(end.time());
    m_endDays = std::max<int>(0, int(m.start.date().daysTo(end.date())));
    m_place->setText(m.place);
    m_bridges->setPlainText(m.bridgePoints.join(QLatin1Char('\n')));
    m_guests->setPlainText(m.guests.join(QLatin1Char('\n')));
    m_documents->setPlainText(m.documents.join(QLatin1Char('\n')));
    // The chairs and recorder are picked among the members on the meeting date.
    m_chairs->clear();
    fillPeople(m.date());
    for (int i = 0; i < m_chairs->count(); ++i)
        m_chairs->item(i)->setCheckState(
            m.chairIds.contains(m_chairs->item(i)->data(IdData).toLongLong()) ? Qt::Checked
                                                                              : Qt::Unchecked);
    m_secretary->setCurrentIndex(std::max(0, m_secretary->findData(m.secretaryId)));
    m_attendance->setRows(m.attendance);
    m_agenda->setRows(m.agenda);
    m_speeches->setRows(m.speeches);
    if (Qt::mightBeRichText(m.conclusion))
        m_conclusion->setHtml(m.conclusion);
    else
        m_conclusion->setPlainText(m.conclusion);
    m_tasks->setRows(m.tasks);
    showCarriedOver(m.id);
    m_loading = false;
}

void MeetingForm::showCarriedOver(qint64 meetingId)
{
    m_carried->clear();
    if (meetingId <= 0)
        return;
    const QDate today = QDate::currentDate();
    for (const Task &t : MeetingRepository(m_db).carriedOver(meetingId)) {
        auto *item
            = new QListWidgetItem(tr("%1 — %2, due %3 (%4)")
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

Meeting MeetingForm::meeting(const Meeting &base) const
{
    Meeting m = base;
    m.kind = m_kind->currentData().toString();
    const QString period = MeetingPeriods::parse(m_period->text());
    m.period = period.isEmpty() ? m_period->text().trimmed() : period;
    m.title = m_title->text().trimmed();
    m.start = QDateTime(m_date->date(), m_startTime->time());
    m.end = QDateTime(m_date->date().addDays(m_endDays), m_endTime->time());
    m.place = m_place->text().trimmed();
    m.bridgePoints = lines(m_bridges);
    m.guests = lines(m_guests);
    m.documents = lines(m_documents);
    m.chairIds = checkedChairs();
    m.secretaryId = m_secretary->currentData().toLongLong();
    m.attendance.clear();
    for (const Attendance &a : m_attendance->rows())
        if (a.personId > 0 || !a.personName.isEmpty())
            m.attendance << a;
    m.agenda.clear();
    for (const AgendaItem &item : m_agenda->rows())
        if (!item.title.isEmpty() || !item.presenter.isEmpty())
            m.agenda << AgendaItem { item.title, item.presenter, {} };
    m.speeches.clear();
    for (const Speech &s : m_speeches->rows())
        if (!s.speakerName().isEmpty() || !s.summary.isEmpty())
            m.speeches << s;
    m.conclusion
        = m_conclusion->toPlainText().trimmed().isEmpty() ? QString() : m_conclusion->toHtml();
    m.tasks.clear();
    for (Task t : m_tasks->rows()) {
        if (t.description.isEmpty() && t.owner.isEmpty())
            continue;
        // A form state restored from JSON lacks the follow-up and the row version: keep what
        // was read.
        for (const Task &saved : base.tasks)
            if (saved.id == t.id && t.id > 0) {
                t.completionNote = saved.completionNote;
                t.completedOn = saved.completedOn;
                t.rowVersion = saved.rowVersion;
            }
        m.tasks << t;
    }
    return m;
}

void MeetingForm::commitEdits()
{
    for (EntryTable *t : { m_attendanceTable, m_agendaTable, m_speechTable, m_taskTable })
        t->commitOpenEditor();
}

void MeetingForm::setLocked(bool locked)
{
    m_locked = locked;
    for (QWidget *w : findChildren<QWidget *>()) {
        if (auto *table = qobject_cast<EntryTable *>(w)) {
            table->setReadOnly(locked);
            showLocked(table, locked);
        } else if (auto *e = qobject_cast<QLineEdit *>(w)) {
            e->setReadOnly(locked);
            showLocked(e, locked);
        } else if (auto *p = qobject_cast<QPlainTextEdit *>(w)) {
            p->setReadOnly(locked);
            showLocked(p, locked);
        } else if (auto *t = qobject_cast<QTextEdit *>(w)) {
            t->setReadOnly(locked);
            showLocked(t, locked);
        } else if (qobject_cast<QComboBox *>(w) || qobject_cast<QDateTimeEdit *>(w)
            || qobject_cast<QPushButton *>(w) || qobject_cast<QToolBar *>(w)) {
            w->setEnabled(!locked);
        } else if (auto *list = qobject_cast<QListWidget *>(w); list && list != m_carried) {
            w->setEnabled(!locked);
        }
    }
}

void MeetingForm::focusFirstField()
{
    setCurrentIndex(0);
    m_kind->setFocus(Qt::TabFocusReason);
}

void MeetingForm::focusTitle()
{
    m_title->setFocus();
    m_title->selectAll();
}

} // namespace thuky
