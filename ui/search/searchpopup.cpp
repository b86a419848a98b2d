#include <ui/search/searchpopup.h>

#include <core/db/database.h>

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace thuky {

namespace {
constexpr int HitRole = Qt::UserRole;
constexpr int KindRole = Qt::UserRole + 1;
} // namespace

SearchPopup::SearchPopup(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_query(new QLineEdit(this))
    , m_results(new QTreeWidget(this))
    , m_status(new QLabel(this))
    , m_delay(new QTimer(this))
{
    setObjectName(QStringLiteral("searchPopup"));
    setWindowTitle(tr("Search everything"));
    m_query->setObjectName(QStringLiteral("searchQuery"));
    m_query->setPlaceholderText(
        tr("Search people, committees, meetings, tasks and reports (no diacritics needed)"));
    m_query->setClearButtonEnabled(true);
    m_query->installEventFilter(this);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setColumnCount(2);
    m_results->setHeaderLabels({ tr("Found"), tr("Date") });
    m_results->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_results->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_results->header()->setStretchLastSection(false);
    m_results->setRootIsDecorated(false);
    m_results->setFocusPolicy(Qt::NoFocus); // typing always goes to the query
    m_results->setUniformRowHeights(true);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setText(tr("Type a name, a title or a few words of a report."));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_query);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_status);
    resize(720, 480);

    m_delay->setSingleShot(true);
    m_delay->setInterval(150);
    connect(m_delay, &QTimer::timeout, this, &SearchPopup::searchNow);
    connect(m_query, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_query, &QLineEdit::returnPressed, this, &SearchPopup::openCurrent);
    connect(m_results, &QTreeWidget::itemActivated, this, &SearchPopup::openCurrent);
    connect(m_results, &QTreeWidget::itemClicked, this, &SearchPopup::openCurrent);
}

void SearchPopup::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    m_query->setFocus();
    m_query->selectAll();
}

void SearchPopup::searchNow()
{
    m_delay->stop();
    const QString text = m_query->text();
    if (GlobalSearch::words(text).isEmpty()) {
        m_results->clear();
        m_status->setText(tr("Type a name, a title or a few words of a report."));
        return;
    }
    try {
        showHits(GlobalSearch(m_db).search(text, Limit, PerKind));
    } catch (const DbError &e) {
        m_results->clear();
        m_status->setText(e.message());
    }
}

QString SearchPopup::groupTitle(SearchHit::Kind kind, int count)
{
    switch (kind) {
    case SearchHit::Kind::Person:
        return tr("People (%1)").arg(count);
    case SearchHit::Kind::Committee:
        return tr("Committees (%1)").arg(count);
    case SearchHit::Kind::Meeting:
        return tr("Meetings (%1)").arg(count);
    case SearchHit::Kind::Task:
        return tr("Tasks (%1)").arg(count);
    case SearchHit::Kind::Opinion:
        return tr("Reports (%1)").arg(count);
    }
    return {};
}

QString SearchPopup::describe(const SearchHit &hit)
{
    QString title = hit.title.simplified();
    if (title.size() > 140)
        title = title.left(139) + QChar(0x2026);
    return hit.detail.isEmpty() ? title : title + QStringLiteral(" · ") + hit.detail;
}

void SearchPopup::showHits(const QList<SearchHit> &hits)
{
    m_results->clear();
    // Groups in the order of their best hit, hits within a group best first.
    QList<SearchHit::Kind> order;
    for (int i = 0; i < hits.size(); ++i) {
        if (!order.contains(hits.at(i).kind))
            order.append(hits.at(i).kind);
    }
    QTreeWidgetItem *first = nullptr;
    for (SearchHit::Kind kind : order) {
        QList<const SearchHit *> inGroup;
        for (const SearchHit &h : hits) {
            if (h.kind == kind)
                inGroup.append(&h);
        }
        auto *group = new QTreeWidgetItem(m_results, { groupTitle(kind, int(inGroup.size())) });
        group->setFlags(Qt::ItemIsEnabled);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
        for (const SearchHit *h : inGroup) {
            auto *item = new QTreeWidgetItem(group,
                { describe(*h),
                    h->date.isValid() ? h->date.toString(QStringLiteral("dd/MM/yyyy"))
                                      : QString() });
            item->setData(0, HitRole, h->id);
            item->setData(0, KindRole, int(h->kind));
            item->setToolTip(0, h->title);
            if (!first)
                first = item;
        }
    }
    m_results->expandAll();
    if (first)
        m_results->setCurrentItem(first);
    m_status->setText(hits.isEmpty() ? tr("Nothing found for “%1”.").arg(m_query->text())
                                     : tr("%1 found — Up/Down to choose, Enter to open.")
                                           .arg(QLocale().toString(hits.size())));
}

bool SearchPopup::currentHit(SearchHit *hit) const
{
    const QTreeWidgetItem *item = m_results->currentItem();
    if (!item || !item->data(0, HitRole).isValid())
        return false;
    hit->id = item->data(0, HitRole).toLongLong();
    hit->kind = SearchHit::Kind(item->data(0, KindRole).toInt());
    return true;
}

void SearchPopup::moveSelection(int step)
{
    QList<QTreeWidgetItem *> hitItems;
    for (int g = 0; g < m_results->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_results->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            hitItems.append(group->child(i));
    }
    if (hitItems.isEmpty())
        return;
    const int at = int(hitItems.indexOf(m_results->currentItem()));
    const int next = qBound(0, at < 0 ? 0 : at + step, int(hitItems.size()) - 1);
    m_results->setCurrentItem(hitItems.at(next));
    m_results->scrollToItem(hitItems.at(next));
}

void SearchPopup::openCurrent()
{
    if (m_delay->isActive())
        searchNow(); // Enter typed before the pause: search what was typed
    SearchHit hit;
    if (!currentHit(&hit))
        return;
    accept();
    emit openHit(hit.kind, hit.id);
}

bool SearchPopup::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const int steps[] = { Qt::Key_Down, Qt::Key_Up, Qt::Key_PageDown, Qt::Key_PageUp };
        const int moves[] = { 1, -1, 10, -10 };
        for (int i = 0; i < 4; ++i) {
            if (key->key() == steps[i]) {
                if (m_delay->isActive())
                    searchNow();
                moveSelection(moves[i]);
                return true;
            }
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace thuky
