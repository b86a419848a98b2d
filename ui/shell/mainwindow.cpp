#include <ui/shell/mainwindow.h>

#include <ui/charts/chartsview.h>
#include <ui/common/language.h>
#include <ui/meetings/meetingsview.h>
#include <ui/opinions/opinionsview.h>
#include <ui/roster/rosterview.h>

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
#include <QProcess>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
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
            m_stack->setCurrentIndex(row);
            showAreaMenu(row);
        }
    });
    m_areaList->setCurrentRow(0);

    auto *location = new QLabel(tr("Database: %1").arg(db.location()), this);
    location->setObjectName(QStringLiteral("databaseLabel"));
    statusBar()->addPermanentWidget(location);

    resize(1280, 800);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::buildAreas()
{
    // One line per area; an area widget is constructed as XxxView(db, undo stack, parent).
    addArea(Area::Roster, tr("&Roster"), new RosterView(m_db, m_undo, this));
    addArea(Area::Meetings, tr("&Meetings"), new MeetingsView(m_db, m_undo, this));
    auto *opinions = new OpinionsView(m_db, m_undo, this);
    addArea(Area::Opinions, tr("&Opinion reports"), opinions);
    auto *charts = new ChartsView(m_db, m_undo, this);
    addArea(Area::Charts, tr("&Charts && reports"), charts);
    // A click on a bar opens exactly that bar's reports.
    connect(
        charts, &ChartsView::openReports, this, [this, opinions](const ChartSelection &selection) {
            opinions->showFilter(opinionFilterFor(selection));
            setCurrentArea(Area::Opinions);
        });
}

OpinionFilter MainWindow::opinionFilterFor(const ChartSelection &selection)
{
    OpinionFilter filter;
    filter.from = selection.filter.from;
    filter.to = selection.filter.to;
    filter.localityId = selection.filter.localityId;
    filter.topicId = selection.filter.topicId;
    switch (selection.dimension) {
    case StatsDimension::Locality:
        if (!selection.ids.isEmpty()) {
            filter.localityId = selection.ids.first();
            filter.mergedLocalityIds = selection.ids.mid(1); // a rolled-up bar: all its units
        }
        break;
    case StatsDimension::Topic:
        if (!selection.ids.isEmpty())
            filter.topicId = selection.ids.first();
        break;
    case StatsDimension::Sentiment:
        filter.sentiments = QStringList { selection.key };
        break;
    case StatsDimension::Channel:
        filter.channels = QStringList { selection.key };
        break;
    case StatsDimension::Status:
        filter.statuses = QStringList { selection.key };
        break;
    case StatsDimension::None:
        break;
    }
    return filter;
}

void MainWindow::addArea(Area area, const QString &title, QWidget *widget)
{
    AreaEntry entry;
    entry.area = area;
    entry.title = title;
    entry.widget = widget;
    const int index = int(m_areas.size());
    QString plain = title;
    plain.remove(QRegularExpression(QStringLiteral("&(?!&)")))
        .replace(QStringLiteral("&&"), QStringLiteral("&"));
    auto *item = new QListWidgetItem(plain, m_areaList);
    item->setSizeHint(QSize(0, 34));
    // A scroll area lets the window shrink below an area's preferred size (small screens).
    auto *scroll = new QScrollArea(m_stack);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(widget);
    m_stack->addWidget(scroll);
    if (!widget->actions().isEmpty()) {
        entry.menu = new QMenu(title, this);
        entry.menu->addActions(widget->actions());
    }
    m_areas.append(entry);

    auto *go = new QAction(title, this);
    go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
    connect(go, &QAction::triggered, this, [this, index] { m_areaList->setCurrentRow(index); });
    m_viewMenu->addAction(go);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

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

    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    m_helpMenu->addAction(tr("&About Thư Ký"), this, &MainWindow::about);
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

QWidget *MainWindow::areaWidget(Area area) const
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

void MainWindow::setRole(const QString &role)
{
    const bool editsRoster
        = role.isEmpty() || role == QLatin1String("admin") || role == QLatin1String("secretary");
    if (auto *roster = qobject_cast<RosterView *>(areaWidget(Area::Roster)))
        roster->setEditable(editsRoster);
    if (!role.isEmpty())
        statusBar()->showMessage(tr("Signed in as %1 (%2)").arg(m_db.currentUser(), role));
}

void MainWindow::saveState()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), QMainWindow::saveState());
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
    QStringList args = QCoreApplication::arguments().mid(1);
    // A --lang on the command line would override the choice just made.
    const int lang = int(args.indexOf(QStringLiteral("--lang")));
    if (lang >= 0)
        args.remove(lang, qMin(2, int(args.size()) - lang));
    args.removeIf([](const QString &a) { return a.startsWith(QLatin1String("--lang=")); });
    saveState();
    if (QProcess::startDetached(QCoreApplication::applicationFilePath(), args))
        QCoreApplication::quit();
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
