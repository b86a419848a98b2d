#include <ui/shell/mainwindow.h>

#include <ui/audit/auditdialog.h>

#include <ui/charts/chartsview.h>
#include <ui/common/language.h>
#include <ui/help/helpwindow.h>
#include <ui/home/homeview.h>
#include <ui/meetings/meetingsview.h>
#include <ui/opinions/opinionsview.h>
#include <ui/roster/rosterview.h>
#include <ui/search/searchpopup.h>
#include <ui/shell/databaseactions.h>

#include <core/db/access.h>
#include <core/db/changewatch.h>
#include <core/db/database.h>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>

namespace thuky {

MainWindow::MainWindow(Database &db, QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_undo(new QUndoStack(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Thư Ký — %1").arg(QFileInfo(db.location()).fileName()));
    setWindowIcon(QIcon(QStringLiteral(":/icons/thuky.svg")));

    m_areaList = new QListWidget(this);
    m_areaList->setObjectName(QStringLiteral("areaList"));
    m_areaList->setFixedWidth(170);
    m_areaList->setSpacing(2);
    QFont font = m_areaList->font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    m_areaList->setFont(font);
    m_stack = new QStackedWidget(this);
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addWidget(m_areaList);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    createMenus();
    buildAreas();
    connect(m_areaList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0) {
            ensureArea(row);
            m_stack->setCurrentIndex(row);
            showAreaMenu(row);
        }
    });
    // The area the window opens on: the one left last time, else the home page.
    Area first = Area::Home;
    areaFromName(QSettings().value(QStringLiteral("window/area")).toString(), &first);
    setCurrentArea(first);

    auto *location = new QLabel(tr("Database: %1").arg(db.location()), this);
    location->setObjectName(QStringLiteral("databaseLabel"));
    statusBar()->addPermanentWidget(location);

    m_changes = new ChangeWatch(m_db, this);
    m_changesWait = new QTimer(this);
    m_changesWait->setSingleShot(true);
    m_changesWait->setInterval(500);
    connect(m_changes, &ChangeWatch::changed, this, [this](const QStringList &tables) {
        m_waitingAll = m_waitingAll || tables.isEmpty();
        m_waitingChanges += tables;
        showOtherChanges();
    });
    connect(m_changesWait, &QTimer::timeout, this, &MainWindow::showOtherChanges);

    restoreWindow();
}

void MainWindow::restoreWindow()
{
    QSettings settings;
    const QRect screen = this->screen()->availableGeometry();
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // 1280×800 where it fits; on a 1366×768 screen the whole window stays on it.
        const QSize size = QSize(1280, 800).boundedTo(screen.size() - QSize(16, 48));
        resize(size);
        move(screen.center() - QPoint(size.width() / 2, (size.height() + 32) / 2));
    } else if (!screen.contains(frameGeometry())) {
        // Saved on a larger screen: bring it back whole.
        resize(size().boundedTo(screen.size() - QSize(16, 48)));
        move(qBound(
                 screen.left(), x(), qMax(screen.left(), screen.right() - frameGeometry().width())),
            qBound(
                screen.top(), y(), qMax(screen.top(), screen.bottom() - frameGeometry().height())));
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::buildAreas()
{
    // One line per area; an area widget is constructed as XxxView(db, undo stack, parent),
    // when it is first needed.
    addArea(Area::Home, tr("&Home"), [this] { return new HomeView(m_db, m_undo, this); });
    addArea(Area::Roster, tr("&Roster"), [this] { return new RosterView(m_db, m_undo, this); });
    addArea(
        Area::Meetings, tr("&Meetings"), [this] { return new MeetingsView(m_db, m_undo, this); });
    addArea(Area::Opinions, tr("&Opinion reports"),
        [this] { return new OpinionsView(m_db, m_undo, this); });
    addArea(Area::Charts, tr("&Charts && reports"),
        [this] { return new ChartsView(m_db, m_undo, this); });
}

void MainWindow::wireArea(Area area, QWidget *widget)
{
    const bool editsRecords = Access::editsRecords(m_role);
    switch (area) {
    case Area::Home: {
        auto *home = qobject_cast<HomeView *>(widget);
        wireHome(home);
        if (!m_role.isEmpty())
            home->setEditable(editsRecords);
        break;
    }
    case Area::Roster:
        if (!m_role.isEmpty())
            qobject_cast<RosterView *>(widget)->setEditable(editsRecords);
        break;
    case Area::Meetings:
        if (!m_role.isEmpty())
            qobject_cast<MeetingsView *>(widget)->setEditable(editsRecords);
        break;
    case Area::Opinions:
        if (!m_role.isEmpty())
            qobject_cast<OpinionsView *>(widget)->setRole(m_role);
        break;
    case Area::Charts:
        // A click on a bar opens exactly that bar's reports.
        connect(qobject_cast<ChartsView *>(widget), &ChartsView::openReports, this,
            [this](const ChartSelection &selection) {
                qobject_cast<OpinionsView *>(areaWidget(Area::Opinions))
                    ->showFilter(opinionFilterFor(selection));
                setCurrentArea(Area::Opinions);
            });
        break;
    }
}

OpinionFilter MainWindow::opinionFilterFor(const ChartSelection &selection)
{
    return selection.reports; // exactly the reports the bar counts (StatsDrillDown)
}

void MainWindow::addArea(Area area, const QString &title, std::function<QWidget *()> make)
{
    AreaEntry entry;
    entry.area = area;
    entry.title = title;
    entry.make = std::move(make);
    const int index = int(m_areas.size());
    QString plain = title;
    plain.remove(QRegularExpression(QStringLiteral("&(?!&)")))
        .replace(QStringLiteral("&&"), QStringLiteral("&"));
    auto *item = new QListWidgetItem(plain, m_areaList);
    item->setSizeHint(QSize(0, 34));
    // A scroll area lets the window shrink below an area's preferred size (small screens).
    entry.scroll = new QScrollArea(m_stack);
    entry.scroll->setFrameShape(QFrame::NoFrame);
    entry.scroll->setWidgetResizable(true);
    m_stack->addWidget(entry.scroll);
    m_areas.append(entry);

    auto *go = new QAction(title, this);
    go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + index))); // Home is Ctrl+0
    connect(go, &QAction::triggered, this, [this, index] { m_areaList->setCurrentRow(index); });
    m_viewMenu->addAction(go);
}

QWidget *MainWindow::ensureArea(int index)
{
    AreaEntry &entry = m_areas[index];
    if (entry.widget)
        return entry.widget;
    QWidget *widget = entry.make();
    entry.widget = widget;
    entry.scroll->setWidget(widget);
    if (!widget->actions().isEmpty()) {
        entry.menu = new QMenu(entry.title, this);
        entry.menu->addActions(widget->actions());
    }
    wireArea(entry.area, widget);
    return widget;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    m_databaseActions = new DatabaseActions(m_db, this);
    m_databaseActions->populate(file);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    // Own actions rather than createUndoAction(), so that the texts are ours to translate.
    QAction *undo = edit->addAction(tr("&Undo"), m_undo, &QUndoStack::undo);
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setEnabled(false);
    connect(m_undo, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::undoTextChanged, undo, [undo](const QString &text) {
        undo->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo: %1").arg(text));
    });
    QAction *redo = edit->addAction(tr("&Redo"), m_undo, &QUndoStack::redo);
    redo->setObjectName(QStringLiteral("redoAction"));
    // Both customary redo keys, whatever the platform's scheme says.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &key :
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y) }) {
        if (!redoKeys.contains(key))
            redoKeys.append(key);
    }
    redo->setShortcuts(redoKeys);
    redo->setEnabled(false);
    connect(m_undo, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::redoTextChanged, redo, [redo](const QString &text) {
        redo->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo: %1").arg(text));
    });

    edit->addSeparator();
    QAction *search = edit->addAction(tr("&Search everything…"), this, [this] {
        searchPopup()->show();
        searchPopup()->raise();
        searchPopup()->activateWindow();
    });
    search->setObjectName(QStringLiteral("searchAction"));
    search->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_auditAction = edit->addAction(tr("&Audit log…"), this, [this] {
        auto *dialog = new AuditDialog(m_db, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    m_auditAction->setObjectName(QStringLiteral("auditAction"));
    m_auditAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    QMenu *language = m_viewMenu->addMenu(tr("&Language"));
    auto *group = new QActionGroup(this);
    const QString current = Language::current();
    const QList<QPair<QString, QString>> languages = {
        { QStringLiteral("vi"), QStringLiteral("Tiếng Việt") },
        { QStringLiteral("en"), QStringLiteral("English") },
    };
    for (const auto &[code, name] : languages) {
        QAction *action = language->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] { chooseLanguage(code); });
    }
    m_viewMenu->addSeparator();

    createHelpMenu();
}

void MainWindow::createHelpMenu()
{
    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *guide = m_helpMenu->addAction(tr("&User guide"), this, &MainWindow::showHelp);
    guide->setObjectName(QStringLiteral("helpAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    m_helpMenu->addAction(tr("&Keyboard shortcuts"), this,
        [this] { HelpWindow::showPage(QStringLiteral("keyboard"), this); });
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(tr("&About Thư Ký"), this, &MainWindow::about);
}

void MainWindow::showHelp()
{
    HelpWindow::showPage(areaName(currentArea()), this);
}

void MainWindow::showAreaMenu(int index)
{
    // Only the current area's menu is in the menu bar, so its shortcuts act only there.
    if (m_shownAreaMenu) {
        menuBar()->removeAction(m_shownAreaMenu);
        m_shownAreaMenu = nullptr;
    }
    if (QMenu *menu = m_areas.at(index).menu) {
        m_shownAreaMenu = menu->menuAction();
        menuBar()->insertAction(m_viewMenu->menuAction(), m_shownAreaMenu);
    }
}

MainWindow::Area MainWindow::currentArea() const
{
    const int row = m_stack->currentIndex();
    return row >= 0 && row < m_areas.size() ? m_areas.at(row).area : Area::Roster;
}

void MainWindow::setCurrentArea(Area area)
{
    for (int i = 0; i < m_areas.size(); ++i) {
        if (m_areas.at(i).area == area)
            m_areaList->setCurrentRow(i);
    }
}

QWidget *MainWindow::areaWidget(Area area)
{
    for (int i = 0; i < m_areas.size(); ++i) {
        if (m_areas.at(i).area == area)
            return ensureArea(i);
    }
    return nullptr;
}

bool MainWindow::isAreaBuilt(Area area) const
{
    return builtArea(area) != nullptr;
}

QWidget *MainWindow::builtArea(Area area) const
{
    for (const AreaEntry &entry : m_areas) {
        if (entry.area == area)
            return entry.widget;
    }
    return nullptr;
}

bool MainWindow::areaFromName(const QString &name, Area *area)
{
    static const QList<QPair<QString, Area>> names = {
        { QStringLiteral("home"), Area::Home },
        { QStringLiteral("roster"), Area::Roster },
        { QStringLiteral("meetings"), Area::Meetings },
        { QStringLiteral("opinions"), Area::Opinions },
        { QStringLiteral("charts"), Area::Charts },
    };
    for (const auto &[n, a] : names) {
        if (n == name) {
            *area = a;
            return true;
        }
    }
    return false;
}

QString MainWindow::areaName(Area area)
{
    switch (area) {
    case Area::Home:
        return QStringLiteral("home");
    case Area::Roster:
        return QStringLiteral("roster");
    case Area::Meetings:
        return QStringLiteral("meetings");
    case Area::Opinions:
        return QStringLiteral("opinions");
    case Area::Charts:
        return QStringLiteral("charts");
    }
    return {};
}

void MainWindow::setRole(const QString &role)
{
    m_role = role;
    m_databaseActions->setRole(role);
    // The areas built so far now; the others when they are built (wireArea()).
    for (const AreaEntry &entry : std::as_const(m_areas)) {
        if (!entry.widget)
            continue;
        const bool editsRecords = Access::editsRecords(role);
        if (auto *roster = qobject_cast<RosterView *>(entry.widget))
            roster->setEditable(editsRecords);
        if (auto *home = qobject_cast<HomeView *>(entry.widget))
            home->setEditable(editsRecords);
        if (auto *meetings = qobject_cast<MeetingsView *>(entry.widget))
            meetings->setEditable(editsRecords);
        if (auto *opinions = qobject_cast<OpinionsView *>(entry.widget))
            opinions->setRole(role);
    }
    // Who changed what: for those who keep the records (the log holds their values).
    m_auditAction->setEnabled(Access::editsRecords(role));
    if (!role.isEmpty())
        statusBar()->showMessage(tr("Signed in as %1 (%2)").arg(m_db.currentUser(), role));
}

void MainWindow::saveState()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), QMainWindow::saveState());
    settings.setValue(QStringLiteral("window/area"), areaName(currentArea()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    event->accept();
}

void MainWindow::chooseLanguage(const QString &code)
{
    if (code == Language::current())
        return;
    Language::setPreferred(code);
    const auto answer = QMessageBox::question(this, tr("Language"),
        tr("The new language is used from the next start of Thư Ký. Restart now?"),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    saveState();
    // A --lang on the command line would override the choice just made.
    DatabaseActions::relaunch({}, { QStringLiteral("lang") });
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Thư Ký"),
        tr("<h3>Thư Ký %1</h3>"
           "<p>The secretariat's tool for steering committees: the committee roster, "
           "meetings and their minutes, opinion reports, charts and periodic reports.</p>"
           "<p>Database: %2</p>")
            .arg(QCoreApplication::applicationVersion(), m_db.location().toHtmlEscaped()));
}

} // namespace thuky

namespace thuky {

void MainWindow::wireHome(HomeView *home)
{
    connect(home, &HomeView::openReport, this,
        [this](qint64 id) { openRecord(SearchHit::Kind::Opinion, id); });
    connect(home, &HomeView::openTask, this,
        [this](qint64 id) { openRecord(SearchHit::Kind::Task, id); });
    connect(home, &HomeView::openMeeting, this,
        [this](qint64 id) { openRecord(SearchHit::Kind::Meeting, id); });
    connect(home, &HomeView::openArea, this, [this](const QString &name) {
        Area area = Area::Home;
        if (areaFromName(name, &area))
            setCurrentArea(area);
    });
    connect(home, &HomeView::newMeeting, this, [this] {
        setCurrentArea(Area::Meetings);
        qobject_cast<MeetingsView *>(areaWidget(Area::Meetings))->newAction()->trigger();
    });
    connect(home, &HomeView::newReport, this, [this] {
        setCurrentArea(Area::Opinions);
        qobject_cast<OpinionsView *>(areaWidget(Area::Opinions))->newReportsAction()->trigger();
    });
    connect(m_databaseActions, &DatabaseActions::settingsChanged, home, &HomeView::refresh);
}

void MainWindow::showOtherChanges()
{
    if (QApplication::activeModalWidget()) {
        m_changesWait->start();
        return;
    }
    if (!m_waitingAll && m_waitingChanges.isEmpty())
        return;
    QStringList tables = m_waitingAll ? QStringList() : m_waitingChanges;
    tables.removeDuplicates();
    m_waitingChanges.clear();
    m_waitingAll = false;
    const auto concerns
        = [&tables](const QStringList &names) { return ChangeWatch::concerns(tables, names); };
    const QString opinions = QStringLiteral("opinions"), persons = QStringLiteral("persons"),
                  committees = QStringLiteral("committees"),
                  localities = QStringLiteral("localities");
    // Areas not made yet read everything when they are.
    auto *home = qobject_cast<HomeView *>(builtArea(Area::Home));
    auto *roster = qobject_cast<RosterView *>(builtArea(Area::Roster));
    auto *meetings = qobject_cast<MeetingsView *>(builtArea(Area::Meetings));
    auto *reports = qobject_cast<OpinionsView *>(builtArea(Area::Opinions));
    auto *charts = qobject_cast<ChartsView *>(builtArea(Area::Charts));
    try {
        if (home && home->isVisible())
            home->refresh(); // hidden, it reads everything again when shown
        if (roster && concerns({ persons, committees, localities, QStringLiteral("memberships") }))
            roster->reload();
        if (meetings
            && concerns({ QStringLiteral("meetings"), QStringLiteral("tasks"),
                QStringLiteral("meeting_chairs"), QStringLiteral("attendance"),
                QStringLiteral("agenda_items"), QStringLiteral("speeches"), persons, committees }))
            meetings->reload();
        if (reports)
            reports->followOtherChanges(tables);
        if (charts
            && concerns(
                { opinions, localities, QStringLiteral("topics"), QStringLiteral("channels") }))
            charts->refresh(); // hidden, it redraws when shown
    } catch (const DbError &e) {
        statusBar()->showMessage(e.message(), 8000);
        return;
    }
    // On SQLite the other writer is another program on this computer (thuky-cli, say).
    statusBar()->showMessage(m_db.backend() == Database::Backend::SQLite
            ? tr("Updated by another program")
            : tr("Updated from another workstation"),
        4000);
}

SearchPopup *MainWindow::searchPopup()
{
    if (!m_search) {
        m_search = new SearchPopup(m_db, this);
        connect(m_search, &SearchPopup::openHit, this, &MainWindow::openRecord);
    }
    return m_search;
}

void MainWindow::openRecord(SearchHit::Kind kind, qint64 id)
{
    switch (kind) {
    case SearchHit::Kind::Person:
    case SearchHit::Kind::Committee: {
        setCurrentArea(Area::Roster);
        auto *roster = qobject_cast<RosterView *>(areaWidget(Area::Roster));
        if (kind == SearchHit::Kind::Person)
            roster->setCurrentPerson(id);
        else
            roster->setCurrentCommittee(id);
        break;
    }
    case SearchHit::Kind::Meeting:
    case SearchHit::Kind::Task: {
        setCurrentArea(Area::Meetings);
        auto *meetings = qobject_cast<MeetingsView *>(areaWidget(Area::Meetings));
        if (kind == SearchHit::Kind::Meeting)
            meetings->openMeeting(id);
        else
            meetings->openTask(id);
        break;
    }
    case SearchHit::Kind::Opinion:
        setCurrentArea(Area::Opinions);
        qobject_cast<OpinionsView *>(areaWidget(Area::Opinions))->openReport(id);
        break;
    }
}

} // namespace thuky
