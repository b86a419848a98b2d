#include <ui/meetings/meetingform.h>

#include <ui/common/choicedelegate.h>
#include <ui/meetings/agendamodel.h>
#include <ui/meetings/attendancemodel.h>
#include <ui/meetings/meetingtaskmodel.h>
#include <ui/meetings/speechmodel.h>

#include <core/db/database.h>
#include <core/meetings/meetingrepository.h>
#include <core/roster/rosterrepository.h>
#include <core/text/vndate.h>

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTextEdit>
#include <QTextList>
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

QDateTimeEdit *dateTimeEdit(const QString &name, QWidget *parent)
{
    auto *e = new QDateTimeEdit(parent);
    e->setObjectName(name);
    e->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
    e->setCalendarPopup(true);
    return e;
}

QPlainTextEdit *linesEdit(const QString &name, const QString &placeholder, QWidget *parent)
{
    auto *e = new QPlainTextEdit(parent);
    e->setObjectName(name);
    e->setPlaceholderText(placeholder);
    e->setMaximumHeight(70);
    return e;
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
    addTab(buildGeneralTab(), tr("Meeting"));
    addTab(buildAttendanceTab(), tr("Attendance"));
    addTab(buildProceedingsTab(), tr("Agenda and speakers"));
    addTab(buildConclusionTab(), tr("Conclusion"));
    addTab(buildTasksTab(), tr("Tasks"));
    watchEdits();
}

QWidget *MeetingForm::buildGeneralTab()
{
    auto *general = new QWidget(this);
    m_kind = new QComboBox(general);
    m_kind->setObjectName(QStringLiteral("kind"));
    for (const QString &k : MeetingKinds::codes())
        m_kind->addItem(MeetingKinds::label(k), k);
    m_period = lineEdit(QStringLiteral("period"), general);
    m_period->setPlaceholderText(tr("e.g. 2024-Q2 or 2024"));
    m_title = lineEdit(QStringLiteral("title"), general);
    m_start = dateTimeEdit(QStringLiteral("start"), general);
    m_end = dateTimeEdit(QStringLiteral("end"), general);
    m_place = lineEdit(QStringLiteral("place"), general);
    m_bridges = linesEdit(
        QStringLiteral("bridgePoints"), tr("One online bridge point per line"), general);
    m_guests = linesEdit(QStringLiteral("guests"), tr("One invited guest per line"), general);
    m_documents = linesEdit(QStringLiteral("documents"), tr("One document per line"), general);
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
    return general;
}

QTableView *MeetingForm::makeTable(
    QAbstractItemModel *model, const QString &name, int stretchColumn, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    table->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    return table;
}

void MeetingForm::useChoices(QTableView *table, int column, QAbstractItemDelegate *delegate)
{
    // The choices stay on screen as combo boxes, one per row, like the cell widgets they
    // replace: the clerk sees every status at a glance and changes it with one click.
    table->setItemDelegateForColumn(column, delegate);
    QAbstractItemModel *model = table->model();
    auto open = [table, model, column](int first, int last) {
        for (int r = first; r <= last; ++r)
            table->openPersistentEditor(model->index(r, column));
    };
    connect(model, &QAbstractItemModel::rowsInserted, table,
        [open](const QModelIndex &, int first, int last) { open(first, last); });
    connect(model, &QAbstractItemModel::modelReset, table,
        [open, model] { open(0, model->rowCount() - 1); });
}

QWidget *MeetingForm::buildAttendanceTab()
{
    auto *page = new QWidget(this);
    m_attendanceTable = makeTable(
        m_attendance, QStringLiteral("attendance"), AttendanceModel::ReasonColumn, page);
    m_attendanceTable->verticalHeader()->hide();
    useChoices(m_attendanceTable, AttendanceModel::StatusColumn,
        new ChoiceDelegate(&AttendanceModel::statuses, false, this));
    auto *prefill = new QPushButton(tr("&Prefill from the roster"), page);
    prefill->setObjectName(QStringLiteral("prefillAttendance"));
    connect(prefill, &QPushButton::clicked, this, [this, prefill] {
        prefillAttendance();
        emitEdited(prefill->objectName());
    });
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_attendanceTable);
    layout->addWidget(prefill, 0, Qt::AlignLeft);
    return page;
}

QWidget *MeetingForm::buildProceedingsTab()
{
    auto *page = new QWidget(this);
    m_agendaTable = makeTable(m_agenda, QStringLiteral("agenda"), AgendaModel::TitleColumn, page);
    m_speechTable
        = makeTable(m_speeches, QStringLiteral("speeches"), SpeechModel::SummaryColumn, page);
    auto speakers = [this] {
        ChoiceDelegate::Choices out { { QString(), 0 } };
        for (const auto &p : std::as_const(m_people))
            out.append({ p.second, p.first });
        return out;
    };
    useChoices(m_speechTable, SpeechModel::SpeakerColumn, new ChoiceDelegate(speakers, true, this));
    auto *addItem = new QPushButton(tr("Add agenda &item"), page);
    connect(addItem, &QPushButton::clicked, this, [this] {
        const int r = m_agenda->appendRow({});
        emitEdited(m_agenda->objectName());
        m_agendaTable->edit(m_agenda->index(r, AgendaModel::TitleColumn));
    });
    auto *addSpeaker = new QPushButton(tr("Add &speaker"), page);
    addSpeaker->setObjectName(QStringLiteral("addSpeaker"));
    connect(addSpeaker, &QPushButton::clicked, this, [this, addSpeaker] {
        m_speeches->appendRow(Speech());
        emitEdited(addSpeaker->objectName());
    });
    auto *removeSpeaker = new QPushButton(tr("Remove speaker"), page);
    connect(removeSpeaker, &QPushButton::clicked, this, [this] {
        if (m_speechTable->currentIndex().isValid()) {
            m_speeches->removeRow(m_speechTable->currentIndex().row());
            emitEdited({});
        }
    });
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_agendaTable);
    layout->addWidget(addItem, 0, Qt::AlignLeft);
    layout->addWidget(m_speechTable, 2);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(addSpeaker);
    buttons->addWidget(removeSpeaker);
    buttons->addStretch();
    layout->addLayout(buttons);
    return page;
}

QWidget *MeetingForm::buildConclusionTab()
{
    auto *page = new QWidget(this);
    m_conclusion = new QTextEdit(page);
    m_conclusion->setObjectName(QStringLiteral("conclusion"));
    m_conclusion->setAcceptRichText(true);
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
    return page;
}

QWidget *MeetingForm::buildTasksTab()
{
    auto *page = new QWidget(this);
    m_taskTable = makeTable(
        m_tasks, QStringLiteral("meetingTasks"), MeetingTaskModel::DescriptionColumn, page);
    useChoices(m_taskTable, MeetingTaskModel::StatusColumn,
        new ChoiceDelegate(&MeetingTaskModel::statuses, false, this));
    auto *addTask = new QPushButton(tr("Add &task"), page);
    addTask->setObjectName(QStringLiteral("addTask"));
    connect(addTask, &QPushButton::clicked, this, [this, addTask] {
        Task t;
        t.due = m_start->date().addMonths(1);
        const int r = m_tasks->appendRow(t);
        m_taskTable->edit(m_tasks->index(r, MeetingTaskModel::DescriptionColumn));
        emitEdited(addTask->objectName());
    });
    auto *removeTask = new QPushButton(tr("Remove task"), page);
    connect(removeTask, &QPushButton::clicked, this, [this] {
        if (m_taskTable->currentIndex().isValid()) {
            m_tasks->removeRow(m_taskTable->currentIndex().row());
            emitEdited({});
        }
    });
    m_carried = new QListWidget(page);
    m_carried->setObjectName(QStringLiteral("carriedOver"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_taskTable, 2);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(addTask);
    buttons->addWidget(removeTask);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addWidget(new QLabel(tr("Tasks of earlier meetings for follow-up:"), page));
    layout->addWidget(m_carried, 1);
    return page;
}

void MeetingForm::watchEdits()
{
    // Any edit is reported with the name of the field; the view turns it into an undo step.
    auto field = [this](QWidget *w) { return [this, w] { emitEdited(w->objectName()); }; };
    connect(m_kind, &QComboBox::currentIndexChanged, this, field(m_kind));
    for (QLineEdit *e : { m_period, m_title, m_place })
        connect(e, &QLineEdit::textEdited, this, field(e));
    for (QDateTimeEdit *e : { m_start, m_end })
        connect(e, &QDateTimeEdit::dateTimeChanged, this, field(e));
    connect(m_start, &QDateTimeEdit::dateChanged, this, [this](const QDate &d) {
        if (!m_loading)
            fillPeople(d);
    });
    for (QPlainTextEdit *e : { m_bridges, m_guests, m_documents })
        connect(e, &QPlainTextEdit::textChanged, this, field(e));
    connect(m_conclusion, &QTextEdit::textChanged, this, field(m_conclusion));
    connect(m_chairs, &QListWidget::itemChanged, this, field(m_chairs));
    connect(m_secretary, &QComboBox::currentIndexChanged, this, field(m_secretary));
    // A pick from a combo box stands alone (as it did when the combo boxes were cell
    // widgets); typing in a cell merges with the rest of the table's typing.
    const QList<QPair<QAbstractItemModel *, int>> tables {
        { m_attendance, AttendanceModel::StatusColumn }, { m_agenda, -1 },
        { m_speeches, SpeechModel::SpeakerColumn }, { m_tasks, MeetingTaskModel::StatusColumn }
    };
    for (const auto &[model, choiceColumn] : tables)
        connect(model, &QAbstractItemModel::dataChanged, this,
            [this, model = model, choiceColumn = choiceColumn](const QModelIndex &index) {
                emitEdited(index.column() == choiceColumn ? QString() : model->objectName());
            });
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
    m_people.clear();
    m_chairs->clear();
    m_secretary->clear();
    m_secretary->addItem(tr("(none)"), 0);
    for (const Membership &ms : RosterRepository(m_db).members(m_committeeId, date)) {
        if (ms.role == Role::Collaborator)
            continue;
        bool seen = false;
        for (const auto &p : std::as_const(m_people))
            seen = seen || p.first == ms.personId;
        if (seen)
            continue;
        m_people.append({ ms.personId, ms.personName });
        const QString label = QStringLiteral("%1 — %2").arg(ms.personName, Roles::label(ms.role));
        auto *item = new QListWidgetItem(label, m_chairs);
        item->setData(IdData, ms.personId);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(chairs.contains(ms.personId) ? Qt::Checked : Qt::Unchecked);
        m_secretary->addItem(label, ms.personId);
    }
    m_speeches->setPeople(m_people);
    const int s = m_secretary->findData(secretary);
    m_secretary->setCurrentIndex(s >= 0 ? s : 0);
    m_loading = wasLoading;
}

void MeetingForm::prefillAttendance()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    m_attendance->setRows(
        MeetingRepository(m_db).prefillAttendance(m_committeeId, m_start->date()));
    m_loading = wasLoading;
}

void MeetingForm::showMeeting(const Meeting &m)
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
    m.period = m_period->text().trimmed();
    m.title = m_title->text().trimmed();
    m.start = m_start->dateTime();
    m.end = m_end->dateTime();
    m.place = m_place->text().trimmed();
    m.bridgePoints = lines(m_bridges);
    m.guests = lines(m_guests);
    m.documents = lines(m_documents);
    m.chairIds = checkedChairs();
    m.secretaryId = m_secretary->currentData().toLongLong();
    m.attendance = m_attendance->rows();
    m.agenda.clear();
    for (const AgendaItem &item : m_agenda->rows())
        if (!item.title.isEmpty())
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
        // A form state restored from JSON lacks the follow-up: keep what was saved.
        for (const Task &saved : base.tasks)
            if (saved.id == t.id && t.id > 0) {
                t.completionNote = saved.completionNote;
                t.completedOn = saved.completedOn;
            }
        m.tasks << t;
    }
    return m;
}

void MeetingForm::setLocked(bool locked)
{
    for (QWidget *w : findChildren<QWidget *>()) {
        if (auto *e = qobject_cast<QLineEdit *>(w))
            e->setReadOnly(locked);
        else if (auto *p = qobject_cast<QPlainTextEdit *>(w))
            p->setReadOnly(locked);
        else if (auto *t = qobject_cast<QTextEdit *>(w))
            t->setReadOnly(locked);
        else if (auto *tv = qobject_cast<QTableView *>(w))
            tv->setEditTriggers(locked ? QAbstractItemView::NoEditTriggers
                                       : QAbstractItemView::DoubleClicked
                        | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
        else if (qobject_cast<QComboBox *>(w) || qobject_cast<QDateTimeEdit *>(w)
            || qobject_cast<QPushButton *>(w) || qobject_cast<QListWidget *>(w)
            || qobject_cast<QToolBar *>(w))
            w->setEnabled(!locked);
    }
}

void MeetingForm::focusTitle()
{
    m_title->setFocus();
    m_title->selectAll();
}

} // namespace thuky
