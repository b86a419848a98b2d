#include <ui/opinions/taxonomydialog.h>

#include <ui/common/conflictdialog.h>
#include <ui/common/focusorder.h>
#include <ui/common/listtable.h>
#include <ui/opinions/taxonomycommands.h>

#include <ui/opinions/opinionlookups.h>
#include <ui/roster/localitiesdialog.h>

#include <core/db/database.h>
#include <core/opinions/localityedits.h>
#include <core/opinions/taxonomyrepository.h>
#include <core/roster/roster.h>
#include <core/roster/rosterrepository.h>

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace thuky {

namespace {
enum Tab { TopicsTab, LocalitiesTab, ChannelsTab, AgenciesTab };
constexpr int IdRole = Qt::UserRole + 1;
constexpr int VersionRole = Qt::UserRole + 2; ///< the row version read, which a rename expects
} // namespace

TaxonomyDialog::TaxonomyDialog(
    Database &db, QWidget *parent, QUndoStack *undo, CommandFeedback *feedback)
    : QDialog(parent)
    , m_db(db)
    , m_undo(undo)
    , m_feedback(feedback)
{
    setObjectName(QStringLiteral("taxonomyDialog"));
    setWindowTitle(tr("Lists of opinion reports"));
    m_tabs = new QTabWidget(this);
    m_topics = new QTreeWidget(this);
    m_topics->setObjectName(QStringLiteral("topicTree"));
    m_topics->setHeaderHidden(true);
    m_localities = new QTreeWidget(this);
    m_localities->setObjectName(QStringLiteral("localityTree"));
    m_localities->setHeaderHidden(true);
    m_channels = new QTableWidget(this);
    m_channels->setObjectName(QStringLiteral("channelTable"));
    m_channels->setColumnCount(3);
    m_channels->setHorizontalHeaderLabels(
        { tr("Code (fixed)"), tr("Vietnamese label"), tr("English label") });
    m_channels->verticalHeader()->hide();
    m_channels->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_agencies = new QListWidget(this);
    m_agencies->setObjectName(QStringLiteral("agencyList"));
    m_tabs->addTab(m_topics, tr("&Topics"));
    m_tabs->addTab(m_localities, tr("&Localities"));
    m_tabs->addTab(m_channels, tr("C&hannels"));
    m_tabs->addTab(m_agencies, tr("&Agencies"));

    auto *add = new QPushButton(tr("A&dd…"), this);
    auto *addChild = new QPushButton(tr("Add &under…"), this);
    auto *rename = new QPushButton(tr("&Rename…"), this);
    auto *remove = new QPushButton(tr("D&elete"), this);
    auto *note = new QLabel(tr("Reports keep referring to renamed entries. An entry that reports "
                               "use cannot be deleted."),
        this);
    note->setWordWrap(true);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(addChild);
    buttons->addWidget(rename);
    buttons->addWidget(remove);
    // Validity periods, merges, moves and history: the locality tree editor.
    auto *overTime = new QPushButton(tr("Localities &over time…"), this);
    overTime->setObjectName(QStringLiteral("openLocalitiesDialog"));
    overTime->setToolTip(tr("Merge and move units on a date, and see each unit's history"));
    buttons->addWidget(overTime);
    connect(overTime, &QPushButton::clicked, this, [this] {
        LocalitiesDialog editor(m_db, m_undo, m_feedback, this);
        editor.exec();
        reload();
    });
    buttons->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_tabs, 1);
    row->addLayout(buttons);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(note);
    layout->addWidget(close);
    resize(640, 520);

    connect(add, &QPushButton::clicked, this, [this] { ask(false); });
    connect(addChild, &QPushButton::clicked, this, [this] { ask(true); });
    connect(rename, &QPushButton::clicked, this, &TaxonomyDialog::askRename);
    connect(remove, &QPushButton::clicked, this, &TaxonomyDialog::askRemove);
    auto update = [=, this] {
        const int tab = m_tabs->currentIndex();
        add->setEnabled(tab != ChannelsTab);
        addChild->setEnabled(tab == TopicsTab || tab == LocalitiesTab);
        rename->setEnabled(tab != ChannelsTab);
        remove->setEnabled(tab != ChannelsTab);
        overTime->setVisible(tab == LocalitiesTab);
    };
    connect(m_tabs, &QTabWidget::currentChanged, this, update);
    update();
    // Insert adds, Delete deletes, Enter renames, as in every list typed into.
    const RowKeys keys { [this] { ask(false); }, [this] { askRemove(); }, [this] { askRename(); } };
    for (QAbstractItemView *list :
        std::initializer_list<QAbstractItemView *> { m_topics, m_localities, m_agencies })
        bindRowKeys(list, keys);
    connect(m_channels, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_filling || item->column() == 0)
            return;
        const int r = item->row();
        const QString code = m_channels->item(r, 0)->data(IdRole).toString();
        run([&] {
            execute(new RelabelChannel(
                m_db, code, m_channels->item(r, 1)->text(), m_channels->item(r, 2)->text()));
        });
    });
    reload();
}

void TaxonomyDialog::reload()
{
    m_filling = true;
    fillTopics();
    fillLocalities();
    fillChannels();
    fillAgencies();
    m_filling = false;
}

void TaxonomyDialog::fillTopics()
{
    m_topics->clear();
    QHash<qint64, QTreeWidgetItem *> items;
    for (const Topic &t : TaxonomyRepository(m_db).topics()) {
        QTreeWidgetItem *parent = items.value(t.parentId);
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_topics);
        item->setText(0, t.name);
        item->setData(0, IdRole, t.id);
        item->setData(0, VersionRole, t.rowVersion);
        items.insert(t.id, item);
    }
    m_topics->expandAll();
}

void TaxonomyDialog::fillLocalities()
{
    m_localities->clear();
    QHash<qint64, QTreeWidgetItem *> items;
    QList<QTreeWidgetItem *> stack;
    QHash<qint64, int> versions;
    for (const Locality &l : RosterRepository(m_db).localities())
        versions.insert(l.id, l.rowVersion);
    for (const OpinionChoice &c : OpinionLookups::localities(m_db)) {
        while (stack.size() > c.depth)
            stack.removeLast();
        auto *item = stack.isEmpty() ? new QTreeWidgetItem(m_localities)
                                     : new QTreeWidgetItem(stack.last());
        item->setText(0, c.name);
        item->setData(0, IdRole, c.id);
        item->setData(0, VersionRole, versions.value(c.id));
        stack.append(item);
    }
    m_localities->expandToDepth(0);
}

void TaxonomyDialog::fillChannels()
{
    const QList<Channel> channels = TaxonomyRepository(m_db).channels();
    m_channels->setRowCount(int(channels.size()));
    for (int i = 0; i < channels.size(); ++i) {
        auto *code = new QTableWidgetItem(channels.at(i).code);
        code->setData(IdRole, channels.at(i).code);
        code->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_channels->setItem(i, 0, code);
        m_channels->setItem(i, 1, new QTableWidgetItem(channels.at(i).labelVi));
        m_channels->setItem(i, 2, new QTableWidgetItem(channels.at(i).labelEn));
    }
}

void TaxonomyDialog::fillAgencies()
{
    m_agencies->clear();
    QHash<qint64, int> versions;
    for (const Agency &a : TaxonomyRepository(m_db).agencies())
        versions.insert(a.id, a.rowVersion);
    for (const OpinionChoice &c : OpinionLookups::agencies(m_db)) {
        auto *item = new QListWidgetItem(c.name, m_agencies);
        item->setData(IdRole, c.id);
        item->setData(VersionRole, versions.value(c.id));
    }
}

qint64 TaxonomyDialog::currentId() const
{
    switch (m_tabs->currentIndex()) {
    case TopicsTab:
        return m_topics->currentItem() ? m_topics->currentItem()->data(0, IdRole).toLongLong() : 0;
    case LocalitiesTab:
        return m_localities->currentItem()
            ? m_localities->currentItem()->data(0, IdRole).toLongLong()
            : 0;
    case AgenciesTab:
        return m_agencies->currentItem() ? m_agencies->currentItem()->data(IdRole).toLongLong() : 0;
    default:
        return 0;
    }
}

int TaxonomyDialog::currentVersion() const
{
    switch (m_tabs->currentIndex()) {
    case TopicsTab:
        return m_topics->currentItem() ? m_topics->currentItem()->data(0, VersionRole).toInt() : 0;
    case LocalitiesTab:
        return m_localities->currentItem()
            ? m_localities->currentItem()->data(0, VersionRole).toInt()
            : 0;
    case AgenciesTab:
        return m_agencies->currentItem() ? m_agencies->currentItem()->data(VersionRole).toInt() : 0;
    default:
        return 0;
    }
}

QString TaxonomyDialog::currentName() const
{
    switch (m_tabs->currentIndex()) {
    case TopicsTab:
        return m_topics->currentItem() ? m_topics->currentItem()->text(0) : QString();
    case LocalitiesTab:
        return m_localities->currentItem() ? m_localities->currentItem()->text(0) : QString();
    case AgenciesTab:
        return m_agencies->currentItem() ? m_agencies->currentItem()->text() : QString();
    default:
        return {};
    }
}

bool TaxonomyDialog::run(const std::function<void()> &edit)
{
    try {
        edit();
    } catch (const ValidationError &e) {
        QMessageBox::warning(this, windowTitle(), e.message());
        return false;
    } catch (const DbError &e) {
        QMessageBox::warning(this, windowTitle(), e.message());
        return false;
    }
    return true;
}

void TaxonomyDialog::execute(DatabaseCommand *command)
{
    command->setFeedback(m_feedback);
    DatabaseCommand::execute(m_undo, command); // throws, pushing nothing, when refused
}

bool TaxonomyDialog::addEntry(const QString &name, bool child)
{
    const int tab = m_tabs->currentIndex();
    const qint64 current = currentId();
    const bool ok = run([&] {
        if (tab == TopicsTab) {
            qint64 parent = 0;
            if (child) {
                // Two levels: a subtopic goes under the selected top-level topic (or its parent).
                const auto t = TaxonomyRepository(m_db).topic(current);
                if (!t)
                    throw ValidationError(
                        QStringLiteral("parent"), tr("Select the topic to add under."));
                parent = t->parentId > 0 ? t->parentId : t->id;
            }
            execute(new AddTaxonomyEntry(m_db, TaxonomyKind::Topic, name, parent));
        } else if (tab == LocalitiesTab) {
            qint64 parent = 0;
            QString level = QStringLiteral("province");
            if (child) {
                if (current <= 0)
                    throw ValidationError(
                        QStringLiteral("parent"), tr("Select the locality to add under."));
                parent = current;
                const QTreeWidgetItem *item = m_localities->currentItem();
                level = item->parent() ? QStringLiteral("commune") : QStringLiteral("district");
            }
            execute(new AddTaxonomyEntry(m_db, TaxonomyKind::Locality, name, parent, level));
        } else if (tab == AgenciesTab) {
            execute(new AddTaxonomyEntry(m_db, TaxonomyKind::Agency, name));
        }
    });
    if (ok)
        reload();
    return ok;
}

bool TaxonomyDialog::renameEntry(const QString &name)
{
    const int tab = m_tabs->currentIndex();
    const qint64 id = currentId();
    if (id <= 0)
        return false;
    TaxonomyKind kind = TaxonomyKind::Topic;
    if (tab == LocalitiesTab)
        kind = TaxonomyKind::Locality;
    else if (tab == AgenciesTab)
        kind = TaxonomyKind::Agency;
    else if (tab != TopicsTab)
        return false;
    bool saved = false;
    const bool ok = run([&] {
        saved = ConflictDialog::save(this, tr("“%1”").arg(currentName()), currentVersion(),
            [&](int version) { execute(new RenameTaxonomyEntry(m_db, kind, id, name, version)); },
            {});
    });
    reload(); // the new name, or on Reload the other workstation's
    return ok && saved;
}

bool TaxonomyDialog::removeEntry()
{
    const int tab = m_tabs->currentIndex();
    const qint64 id = currentId();
    if (id <= 0)
        return false;
    const bool ok = run([&] {
        if (tab == TopicsTab)
            execute(new RemoveTaxonomyEntry(m_db, TaxonomyKind::Topic, id));
        else if (tab == LocalitiesTab)
            execute(new RemoveTaxonomyEntry(m_db, TaxonomyKind::Locality, id));
        else if (tab == AgenciesTab)
            execute(new RemoveTaxonomyEntry(m_db, TaxonomyKind::Agency, id));
    });
    if (ok)
        reload();
    return ok;
}

void TaxonomyDialog::ask(bool child)
{
    bool ok = false;
    const QString name
        = QInputDialog::getText(this, child ? tr("Add under %1").arg(currentName()) : tr("Add"),
            tr("Name:"), QLineEdit::Normal, QString(), &ok);
    if (ok)
        addEntry(name, child);
}

void TaxonomyDialog::askRename()
{
    if (currentId() <= 0)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename"),
        tr("New name of “%1”:").arg(currentName()), QLineEdit::Normal, currentName(), &ok);
    if (ok)
        renameEntry(name);
}

void TaxonomyDialog::askRemove()
{
    if (currentId() <= 0)
        return;
    if (QMessageBox::question(this, tr("Delete"), tr("Delete “%1”?").arg(currentName()))
        == QMessageBox::Yes)
        removeEntry();
}

bool TaxonomyDialog::focusNextPrevChild(bool next)
{
    return FocusOrder::focusNext(this, next) || QDialog::focusNextPrevChild(next);
}

} // namespace thuky
