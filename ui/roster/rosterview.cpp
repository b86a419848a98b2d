#include <ui/roster/rosterview.h>

#include <ui/common/conflictdialog.h>
#include <ui/common/datefield.h>
#include <ui/common/documentexport.h>
#include <ui/common/listtable.h>
#include <ui/roster/appointdialog.h>
#include <ui/roster/committeetreemodel.h>
#include <ui/roster/endmembershipdialog.h>
#include <ui/roster/historymodel.h>
#include <ui/roster/membertablemodel.h>
#include <ui/roster/organisationactions.h>
#include <ui/roster/persondialog.h>
#include <ui/roster/reorganisedialog.h>
#include <ui/roster/rostercommands.h>
#include <ui/roster/rosterimportdialog.h>

#include <core/db/database.h>
#include <core/roster/rosterrepository.h>
#include <core/text/vndate.h>

#include <QAction>
#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace thuky {

RosterView::RosterView(Database &db, QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_undo(undo)
    , m_repo(new RosterRepository(db))
{
    setObjectName(QStringLiteral("rosterView"));
    m_feedback = new CommandFeedback(this);
    connect(m_feedback, &CommandFeedback::failed, this, &RosterView::showError);
    m_committeeModel = new CommitteeTreeModel(this);
    m_memberModel = new MemberTableModel(this);
    m_historyModel = new HistoryModel(this);

    createActions();
    createTree();
    QHBoxLayout *controls = createControls();
    createMemberStack();
    QWidget *personPanel = createPersonPanel();
    arrangePanels(controls, personPanel);
    connectViews();

    reloadTree();
    if (m_committeeModel->rowCount() == 0)
        reloadMembers();
    reloadHistory();
    updateActions();
}

void RosterView::createTree()
{
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("committeeTree"));
    m_tree->setModel(m_committeeModel);
    m_tree->setHeaderHidden(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setMinimumWidth(180);
}

QHBoxLayout *RosterView::createControls()
{
    m_committeeHeading = new QLabel(this);
    m_committeeHeading->setObjectName(QStringLiteral("committeeHeading"));
    QFont headingFont = m_committeeHeading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    m_committeeHeading->setFont(headingFont);
    m_committeeHeading->setWordWrap(true);

    m_asOf = new DateField(QDate::currentDate(), this);
    m_asOf->setObjectName(QStringLiteral("asOf"));
    auto *asOfLabel = new QLabel(tr("&As of:"), this);
    asOfLabel->setBuddy(m_asOf);
    m_todayButton = new QPushButton(tr("&Today"), this);
    connect(m_todayButton, &QPushButton::clicked, this, [this] { setAsOf(QDate::currentDate()); });
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("nameFilter"));
    m_filter->setPlaceholderText(tr("Filter by name (e.g. nguyen)"));
    m_filter->setClearButtonEnabled(true);
    auto *filterLabel = new QLabel(tr("F&ilter:"), this);
    filterLabel->setBuddy(m_filter);

    auto *controls = new QHBoxLayout;
    controls->addWidget(asOfLabel);
    controls->addWidget(m_asOf);
    controls->addWidget(m_todayButton);
    controls->addSpacing(16);
    controls->addWidget(filterLabel);
    controls->addWidget(m_filter, 1);
    return controls;
}

void RosterView::createMemberStack()
{
    m_table = createListTable(
        this, QStringLiteral("memberTable"), m_memberModel, MemberTableModel::TitleColumn);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    // Insert appoints, Delete ends the membership, Enter opens the person (when allowed).
    auto run = [](QAction *action) {
        return [action] {
            if (action->isEnabled())
                action->trigger();
        };
    };
    bindRowKeys(m_table, { run(m_appoint), run(m_endMembership), run(m_editPerson) });

    auto *emptyPage = new QWidget(this);
    m_emptyLabel = new QLabel(emptyPage);
    m_emptyLabel->setObjectName(QStringLiteral("emptyState"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyAppoint = new QPushButton(tr("Appoint to role…"), emptyPage);
    connect(m_emptyAppoint, &QPushButton::clicked, this, [this] { guard([this] { appoint(); }); });
    auto *emptyLayout = new QVBoxLayout(emptyPage);
    emptyLayout->addStretch();
    emptyLayout->addWidget(m_emptyLabel);
    emptyLayout->addWidget(m_emptyAppoint, 0, Qt::AlignHCenter);
    emptyLayout->addStretch();

    m_memberStack = new QStackedWidget(this);
    m_memberStack->addWidget(m_table);
    m_memberStack->addWidget(emptyPage);
}

QWidget *RosterView::createPersonPanel()
{
    // Below the members: the selected person's history of roles, so that the member table
    // keeps the full width for its six columns.
    auto *personPanel = new QWidget(this);
    m_personHeading = new QLabel(personPanel);
    m_personHeading->setObjectName(QStringLiteral("personHeading"));
    m_personHeading->setFont(m_committeeHeading->font()); // the same heading font
    m_personHeading->setWordWrap(true);
    m_personDetails = new QLabel(personPanel);
    m_personDetails->setWordWrap(true);
    m_personDetails->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_personDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_history = new QTableView(personPanel);
    m_history->setObjectName(QStringLiteral("historyTable"));
    m_history->setModel(m_historyModel);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->verticalHeader()->hide();
    m_history->setWordWrap(false);
    m_history->setTabKeyNavigation(false);
    m_history->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_history->horizontalHeader()->setSectionResizeMode(
        HistoryModel::CommitteeColumn, QHeaderView::Stretch);
    auto *historyLabel = new QLabel(tr("History of roles:"), personPanel);
    historyLabel->setBuddy(m_history);
    auto *who = new QVBoxLayout;
    who->addWidget(m_personHeading);
    who->addWidget(m_personDetails, 1);
    auto *historyColumn = new QVBoxLayout;
    historyColumn->addWidget(historyLabel);
    historyColumn->addWidget(m_history, 1);
    auto *personLayout = new QHBoxLayout(personPanel);
    personLayout->setContentsMargins(0, 4, 0, 0);
    personLayout->addLayout(who, 1);
    personLayout->addLayout(historyColumn, 3);
    return personPanel;
}

void RosterView::arrangePanels(QHBoxLayout *controls, QWidget *personPanel)
{
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->setObjectName(QStringLiteral("rosterVerticalSplitter"));
    vertical->addWidget(m_memberStack);
    vertical->addWidget(personPanel);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 1);
    vertical->setSizes({ 520, 200 });
    vertical->setChildrenCollapsible(false);

    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->addWidget(m_committeeHeading);
    centreLayout->addLayout(controls);
    centreLayout->addWidget(vertical, 1);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("rosterSplitter"));
    splitter->addWidget(m_organisation->treePane(m_tree));
    splitter->addWidget(centre);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 230, 1000 });
    splitter->setChildrenCollapsible(false);
    QSettings settings;
    splitter->restoreState(settings.value(QStringLiteral("roster/splitter")).toByteArray());
    vertical->restoreState(settings.value(QStringLiteral("roster/verticalSplitter")).toByteArray());
    m_splitters = { splitter, vertical };

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 4);
    layout->addWidget(m_toolBar);
    layout->addWidget(splitter, 1);

    setTabOrder(m_tree, m_organisation->historyCheck());
    setTabOrder(m_organisation->historyCheck(), m_asOf);
    setTabOrder(m_asOf, m_todayButton);
    setTabOrder(m_todayButton, m_filter);
    setTabOrder(m_filter, m_table);
    setTabOrder(m_table, m_history);
}

void RosterView::connectViews()
{
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current) {
            if (current.isValid()) {
                const qint64 id = current.data(CommitteeTreeModel::IdRole).toLongLong();
                guard([this, id] { setCurrentCommittee(id); });
            }
        });
    connect(m_asOf, &QDateEdit::dateChanged, this, [this] { guard([this] { reload(); }); });
    connect(m_organisation, &OrganisationActions::treeChanged, this,
        [this] { guard([this] { reloadTree(); }); });
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        const qint64 selected = selectedMembershipId();
        m_memberModel->setNameFilter(text);
        selectMembership(selected);
        guard([this] { reloadMembers(); });
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        if (!rows.isEmpty()) {
            const qint64 id = rows.first().data(MemberTableModel::PersonIdRole).toLongLong();
            guard([this, id] { setCurrentPerson(id); });
        }
        updateActions();
    });
    connect(m_table, &QTableView::doubleClicked, this, [this] { guard([this] { editPerson(); }); });
    if (m_undo)
        connect(m_undo, &QUndoStack::indexChanged, this, [this] { guard([this] { reload(); }); });
}

RosterView::~RosterView()
{
    QSettings settings;
    settings.setValue(QStringLiteral("roster/splitter"), m_splitters.at(0)->saveState());
    settings.setValue(QStringLiteral("roster/verticalSplitter"), m_splitters.at(1)->saveState());
    delete m_repo;
}

void RosterView::createActions()
{
    m_toolBar = new QToolBar(tr("Roster"), this);
    m_toolBar->setObjectName(QStringLiteral("rosterToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto make = [this](const QString &text, const QString &icon, const QKeySequence &shortcut,
                    const QString &tip, void (RosterView::*slot)()) {
        auto *action = new QAction(QIcon::fromTheme(icon), text, this);
        action->setShortcut(shortcut);
        action->setToolTip(
            QStringLiteral("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText)));
        action->setStatusTip(tip);
        connect(action, &QAction::triggered, this,
            [this, slot] { guard([this, slot] { (this->*slot)(); }); });
        addAction(action); // MainWindow builds the area's menu from these
        m_toolBar->addAction(action);
        return action;
    };
    m_addPerson = make(tr("&Add person…"), QStringLiteral("contact-new"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), tr("Add a person to the list of people"),
        &RosterView::addPerson);
    m_editPerson = make(tr("&Edit person…"), QStringLiteral("document-edit"),
        QKeySequence(Qt::Key_F2), tr("Edit the selected person"), &RosterView::editPerson);
    auto *importRoster = new QAction(
        QIcon::fromTheme(QStringLiteral("document-import")), tr("&Import roster…"), this);
    importRoster->setObjectName(QStringLiteral("importRosterAction"));
    importRoster->setStatusTip(tr("Import memberships from a roster sheet (CSV)"));
    connect(importRoster, &QAction::triggered, this, [this] {
        guard([this] {
            if (RosterImportDialog::run(m_db, m_committeeId, this, m_undo, m_feedback))
                reload();
        });
    });
    addAction(importRoster);
    m_toolBar->addAction(importRoster);
    m_toolBar->addSeparator();
    m_appoint = make(tr("A&ppoint to role…"), QStringLiteral("list-add"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
        tr("Appoint a person to a role in this committee"), &RosterView::appoint);
    m_endMembership = make(tr("E&nd membership…"), QStringLiteral("list-remove"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), tr("End the selected membership"),
        &RosterView::endMembership);
    m_reorganise = make(tr("&Reorganise…"), QStringLiteral("view-refresh"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
        tr("Replace the holder of a role on a date"), &RosterView::reorganise);
    // Print…, Save as PDF/ODT: the roster of the selected committee on the date shown.
    auto *printing
        = new DocumentExport(DocumentExport::roster(
                                 m_db, [this] { return m_committeeId; }, [this] { return asOf(); }),
            this);
    addActions(printing->actions());
    m_toolBar->addSeparator();
    m_toolBar->addWidget(printing->createButton(m_toolBar));

    // Committees and localities (issue 10): their own actions, in the toolbar and the menu.
    m_organisation = new OrganisationActions(m_db, m_undo, m_feedback, this);
    m_toolBar->addSeparator();
    addActions(m_organisation->actions());
    m_toolBar->addActions(m_organisation->actions());
}

QDate RosterView::asOf() const
{
    return m_asOf->date();
}

void RosterView::setAsOf(const QDate &date)
{
    m_asOf->setDate(date);
}

void RosterView::setCurrentCommittee(qint64 id)
{
    if (id == m_committeeId)
        return;
    m_committeeId = id;
    QModelIndex index = m_committeeModel->indexOfId(id);
    const auto committee = index.isValid() || id <= 0 ? std::nullopt : m_repo->committee(id);
    if (committee) {
        // Not in office on the date shown: show it on its last (or first) day.
        const QDate day = committee->validTo.isValid() && committee->validTo < asOf()
            ? committee->validTo
            : committee->validFrom;
        if (day.isValid() && day != asOf())
            setAsOf(day); // reloads the tree, which selects m_committeeId
        index = m_committeeModel->indexOfId(id);
    }
    if (index.isValid() && m_tree->currentIndex() != index)
        m_tree->setCurrentIndex(index);
    if (index.isValid())
        m_tree->scrollTo(index);
    reloadMembers();
    m_table->scrollToTop();
}

void RosterView::setCurrentPerson(qint64 id)
{
    if (id != m_personId) {
        m_personId = id;
        reloadHistory();
        updateActions();
    }
    showPersonInTable(id);
}

void RosterView::showPersonInTable(qint64 id)
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (id <= 0
        || (!rows.isEmpty()
            && rows.first().data(MemberTableModel::PersonIdRole).toLongLong() == id))
        return;
    const std::optional<Membership> m = membershipToShow(id);
    if (!m)
        return;
    if (m->end.isValid() && m->end < asOf())
        setAsOf(m->end);
    else if (m->start > asOf())
        setAsOf(m->start);
    setCurrentCommittee(m->committeeId);
    if (m_memberModel->rowOfId(m->id) < 0)
        m_filter->clear(); // the name filter hides the person
    selectMembership(m->id);
}

std::optional<Membership> RosterView::membershipToShow(qint64 id)
{
    const QList<Membership> history = m_repo->history(id); // the latest first
    if (history.isEmpty())
        return std::nullopt;
    const QDate day = asOf();
    auto holds = [day](const Membership &m) {
        return m.start <= day && (!m.end.isValid() || m.end >= day);
    };
    for (const Membership &m : history) {
        if (m.committeeId == m_committeeId && holds(m))
            return m;
    }
    for (const Membership &m : history) {
        if (holds(m))
            return m;
    }
    return history.first();
}

void RosterView::reload()
{
    m_honorifics.clear();
    reloadTree();
    reloadMembers();
    reloadHistory();
}

QHash<qint64, QString> RosterView::honorificsOf(const QList<Membership> &members)
{
    for (const Membership &m : members) {
        if (!m_honorifics.contains(m.personId)) {
            const auto person = m_repo->person(m.personId);
            m_honorifics.insert(m.personId, person ? person->honorific : QString());
        }
    }
    return m_honorifics;
}

void RosterView::reloadTree()
{
    const qint64 current = m_committeeId;
    m_committeeModel->setCommittees(m_organisation->committeesShown(asOf()), asOf());
    m_tree->expandAll();
    QModelIndex index = m_committeeModel->indexOfId(current);
    if (!index.isValid() && m_committeeModel->rowCount() > 0)
        index = m_committeeModel->index(0, 0);
    if (!index.isValid())
        m_committeeId = 0;
    else
        m_tree->setCurrentIndex(index); // selects it again (setCurrentCommittee())
}

void RosterView::reloadMembers()
{
    const qint64 selected = selectedMembershipId();
    auto committee = m_committeeId > 0 ? m_repo->committee(m_committeeId) : std::nullopt;
    const QList<Membership> members
        = committee ? m_repo->members(m_committeeId, asOf()) : QList<Membership>();
    m_memberModel->setMembers(members, honorificsOf(members));
    selectMembership(selected);

    const int shown = m_memberModel->rowCount();
    const int total = m_memberModel->totalCount();
    if (!committee) {
        m_committeeHeading->setText(tr("Roster"));
        m_emptyLabel->setText(tr("No committee is in office on %1. Use “Add committee” to "
                                 "form one, or choose another date.")
                                  .arg(VnDate::display(asOf())));
    } else {
        m_committeeHeading->setText(tr("%1 — %Ln member(s) on %2", nullptr, total)
                                        .arg(committee->name, VnDate::display(asOf())));
        if (total == 0) {
            m_emptyLabel->setText(tr("Nobody holds a role in %1 on %2.\nUse “Appoint to "
                                     "role” to add members, or choose another date.")
                                      .arg(committee->name, VnDate::display(asOf())));
        } else {
            m_emptyLabel->setText(tr("No member's name contains “%1”.").arg(m_filter->text()));
        }
    }
    m_emptyAppoint->setVisible(m_editable && committee && total == 0);
    m_memberStack->setCurrentIndex(shown > 0 ? 0 : 1);
    updateActions();
}

void RosterView::reloadHistory()
{
    auto person = m_personId > 0 ? m_repo->person(m_personId) : std::nullopt;
    if (!person) {
        m_personId = 0;
        m_personHeading->setText(tr("No person selected"));
        m_personDetails->setText(tr("Select a member to see their history of roles."));
        m_historyModel->setHistory({});
        return;
    }
    m_personHeading->setText(person->honorific.isEmpty()
            ? person->fullName
            : tr("%1 %2").arg(person->honorific, person->fullName));
    QStringList details;
    if (!person->titles.isEmpty())
        details << person->titles;
    if (!person->organisation.isEmpty())
        details << person->organisation;
    if (!person->phone.isEmpty())
        details << tr("Phone: %1").arg(person->phone);
    if (!person->email.isEmpty())
        details << tr("Email: %1").arg(person->email);
    m_personDetails->setText(details.join(QLatin1Char('\n')));
    const QList<Membership> history = m_repo->history(m_personId);
    m_historyModel->setHistory(history);
    if (history.isEmpty())
        m_personDetails->setText(m_personDetails->text()
            + (details.isEmpty() ? QString() : QStringLiteral("\n")) + tr("Holds no role yet."));
}

void RosterView::setEditable(bool editable)
{
    m_editable = editable;
    updateActions();
}

void RosterView::updateActions()
{
    const bool hasCommittee = m_editable && m_committeeId > 0;
    const qint64 selected = selectedMembershipId();
    m_addPerson->setEnabled(m_editable);
    if (auto *importRoster = findChild<QAction *>(QStringLiteral("importRosterAction")))
        importRoster->setEnabled(m_editable);
    m_editPerson->setEnabled(m_editable && m_personId > 0);
    m_appoint->setEnabled(hasCommittee);
    bool open = false;
    if (selected > 0) {
        const int row = m_memberModel->rowOfId(selected);
        open = row >= 0 && !m_memberModel->membershipAt(row).end.isValid();
    }
    m_endMembership->setEnabled(m_editable && open);
    m_reorganise->setEnabled(hasCommittee && m_memberModel->totalCount() > 0);
    m_organisation->updateActions(m_editable, m_committeeId);
}

qint64 RosterView::selectedMembershipId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(MemberTableModel::IdRole).toLongLong();
}

void RosterView::selectMembership(qint64 id)
{
    const int row = id > 0 ? m_memberModel->rowOfId(id) : -1;
    if (row < 0) {
        m_table->clearSelection();
        return;
    }
    m_table->selectRow(row);
    m_table->scrollTo(m_memberModel->index(row, 0));
}

void RosterView::showDialog(EditDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void RosterView::guard(const std::function<void()> &work)
{
    // Slots run from the event loop, which must not see an exception: a database that went
    // away (a lost server, a locked file) is reported to the clerk instead.
    try {
        work();
    } catch (const DbError &e) {
        showError(e.message());
    } catch (const ValidationError &e) {
        showError(e.message());
    }
}

void RosterView::showError(const QString &message)
{
    QMessageBox::warning(this, tr("Roster"), message);
}

void RosterView::addPerson()
{
    auto *dialog = new PersonDialog(Person(), this);
    dialog->setSubmit([this, dialog] {
        auto *command = new AddPerson(m_db, dialog->person());
        command->setFeedback(m_feedback);
        RosterCommand::execute(m_undo, command);
        setCurrentPerson(command->personId());
    });
    showDialog(dialog);
}

void RosterView::editPerson()
{
    if (!m_editable)
        return;
    auto person = m_personId > 0 ? m_repo->person(m_personId) : std::nullopt;
    if (!person)
        return;
    auto *dialog = new PersonDialog(*person, this);
    const Person before = *person;
    dialog->setSubmit([this, dialog, before] {
        ConflictDialog::save(
            dialog, before.fullName, before.rowVersion,
            [&](int version) {
                Person after = dialog->person();
                after.rowVersion = version;
                auto *command = new EditPerson(m_db, before, after);
                command->setFeedback(m_feedback);
                RosterCommand::execute(m_undo, command);
            },
            [this] { reload(); });
    });
    showDialog(dialog);
}

void RosterView::appoint()
{
    if (!m_editable)
        return;
    auto committee = m_committeeId > 0 ? m_repo->committee(m_committeeId) : std::nullopt;
    if (!committee)
        return;
    auto *dialog = new AppointDialog(*committee, m_repo->persons(), asOf(), this);
    if (m_personId > 0)
        dialog->setPerson(m_personId);
    dialog->setSubmit([this, dialog] {
        const Membership m = dialog->membership();
        auto *command = dialog->createsPerson() ? new AppointMember(m_db, m, dialog->person())
                                                : new AppointMember(m_db, m, dialog->person().uuid);
        command->setFeedback(m_feedback);
        RosterCommand::execute(m_undo, command);
        if (m.start > asOf())
            setAsOf(m.start); // show the result rather than hide it
        setCurrentPerson(command->personId());
        selectMembership(command->membershipId());
    });
    showDialog(dialog);
}

void RosterView::endMembership()
{
    const qint64 id = selectedMembershipId();
    const int row = m_memberModel->rowOfId(id);
    if (row < 0)
        return;
    const Membership m = m_memberModel->membershipAt(row);
    auto person = m_repo->person(m.personId);
    if (!person)
        return;
    const QDate suggested = asOf() < m.start ? m.start : asOf();
    auto *dialog = new EndMembershipDialog(m, suggested, this);
    const QString personUuid = person->uuid;
    dialog->setSubmit([this, dialog, m, personUuid] {
        ConflictDialog::save(
            dialog, tr("The membership of %1").arg(m.personName), m.rowVersion,
            [&](int version) {
                Membership read = m;
                read.rowVersion = version;
                auto *command = new EndMembership(m_db, read, personUuid, dialog->end());
                command->setFeedback(m_feedback);
                RosterCommand::execute(m_undo, command);
            },
            [this] { reload(); });
    });
    showDialog(dialog);
}

void RosterView::reorganise()
{
    if (m_committeeId <= 0)
        return;
    const QList<Membership> members = m_repo->members(m_committeeId, asOf());
    if (members.isEmpty())
        return;
    auto *dialog = new ReorganiseDialog(members, m_repo->persons(), asOf(), this);
    if (const qint64 selected = selectedMembershipId())
        dialog->setReplaced(selected);
    dialog->setSubmit([this, dialog] {
        const Membership old = dialog->replaced();
        auto oldPerson = m_repo->person(old.personId);
        ReplaceRoleHolder *command = nullptr;
        const bool saved = ConflictDialog::save(
            dialog, tr("The membership of %1").arg(old.personName), old.rowVersion,
            [&](int version) {
                Membership read = old;
                read.rowVersion = version;
                command = new ReplaceRoleHolder(m_db, read, oldPerson ? oldPerson->uuid : QString(),
                    dialog->chosenPerson(), dialog->createsPerson(), dialog->start(),
                    dialog->decision());
                command->setFeedback(m_feedback);
                RosterCommand::execute(m_undo, command);
            },
            [this] { reload(); });
        if (!saved)
            return;
        if (dialog->start() > asOf())
            setAsOf(dialog->start());
        setCurrentPerson(command->newPersonId());
        selectMembership(command->newMembershipId());
    });
    showDialog(dialog);
}

} // namespace thuky
