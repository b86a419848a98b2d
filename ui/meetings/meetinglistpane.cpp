#include <ui/meetings/meetinglistpane.h>

#include <ui/common/listtable.h>
#include <ui/meetings/meetinglistmodel.h>

#include <core/meetings/meetingrepository.h>
#include <core/roster/rosterrepository.h>

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace thuky {

MeetingListPane::MeetingListPane(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
{
    m_model = new MeetingListModel(this);
    buildFilters();
    m_table = createListTable(
        this, QStringLiteral("meetingTable"), m_model, MeetingListModel::TitleColumn);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            if (!m_selecting && current.isValid())
                emit meetingChosen(m_model->meetingAt(current.row()).id);
        });

    auto *filters = new QFormLayout;
    filters->addRow(tr("&Committee:"), m_committee);
    // Two lines of filters: the list stays narrow, the editor beside it gets the room.
    auto *row = new QHBoxLayout;
    row->addWidget(m_yearFilter);
    row->addWidget(m_kindFilter);
    filters->addRow(tr("Show:"), row);
    filters->addRow(QString(), m_statusFilter);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_table);
}

void MeetingListPane::buildFilters()
{
    m_committee = new QComboBox(this);
    m_committee->setObjectName(QStringLiteral("committee"));
    for (const Committee &c : RosterRepository(m_db).committees())
        m_committee->addItem(QString(c.depth * 2, QLatin1Char(' ')) + c.name, c.id);
    m_yearFilter = new QComboBox(this);
    m_yearFilter->setObjectName(QStringLiteral("yearFilter"));
    m_yearFilter->addItem(tr("All years"), 0);
    for (int y = QDate::currentDate().year(); y >= 2015; --y)
        m_yearFilter->addItem(QString::number(y), y);
    m_kindFilter = new QComboBox(this);
    m_kindFilter->setObjectName(QStringLiteral("kindFilter"));
    m_kindFilter->addItem(tr("All kinds"), QString());
    for (const QString &k : MeetingKinds::codes())
        m_kindFilter->addItem(MeetingKinds::label(k), k);
    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(tr("Drafts and approved"), QString());
    m_statusFilter->addItem(tr("Drafts"), QStringLiteral("draft"));
    m_statusFilter->addItem(tr("Approved"), QStringLiteral("approved"));
    for (QComboBox *c : { m_committee, m_yearFilter, m_kindFilter, m_statusFilter })
        connect(c, &QComboBox::currentIndexChanged, this, &MeetingListPane::filtersChanged);
}

qint64 MeetingListPane::currentCommitteeId() const
{
    return m_committee->currentData().toLongLong();
}

void MeetingListPane::setCurrentCommittee(qint64 id)
{
    const int i = m_committee->findData(id);
    if (i >= 0)
        m_committee->setCurrentIndex(i);
}

void MeetingListPane::reload(qint64 currentId)
{
    const QList<Meeting> list = MeetingRepository(m_db).meetings(
        currentCommitteeId(), m_yearFilter->currentData().toInt());
    const QString kind = m_kindFilter->currentData().toString();
    const QString status = m_statusFilter->currentData().toString();
    QList<Meeting> shown;
    for (const Meeting &m : list)
        if ((kind.isEmpty() || m.kind == kind) && (status.isEmpty() || m.status == status))
            shown << m;
    // Newest first: the clerk works on the latest meetings.
    std::reverse(shown.begin(), shown.end());
    const bool wasSelecting = m_selecting;
    m_selecting = true;
    m_model->setMeetings(shown);
    m_selecting = wasSelecting;
    select(currentId);
}

void MeetingListPane::select(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const bool wasSelecting = m_selecting;
    m_selecting = true;
    m_table->setCurrentIndex(m_model->index(row, 0));
    m_selecting = wasSelecting;
}

void MeetingListPane::clearSelection()
{
    m_table->clearSelection();
}

} // namespace thuky
