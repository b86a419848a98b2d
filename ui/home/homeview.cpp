#include <ui/home/homeview.h>

#include <ui/home/homelinklabel.h>
#include <ui/home/homelist.h>

#include <core/db/database.h>
#include <core/text/vndate.h>

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QUndoStack>

namespace thuky {

namespace {
/** Lines per list: the page fits a 1366×768 screen with them. */
constexpr int ListRows = 6;

QFont scaled(QFont font, double factor, bool bold = true)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}
} // namespace

HomeView::HomeView(Database &db, QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_undo(undo)
{
    setObjectName(QStringLiteral("homeView"));
    buildUi();
    // Hidden, the page waits: showEvent() reads it again when the user comes back.
    if (m_undo)
        connect(m_undo, &QUndoStack::indexChanged, this, [this] {
            if (isVisible())
                refresh();
        });
}

void HomeView::setToday(const QDate &today)
{
    m_today = today;
    if (isVisible())
        refresh();
}

void HomeView::setEditable(bool editable)
{
    m_editable = editable;
    m_newReport->setVisible(editable);
    m_newMeeting->setVisible(editable);
    if (m_summary.today.isValid())
        showSummary();
}

void HomeView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Imports and other windows change the data too: coming back to the page rereads it
    // (a few index lookups, milliseconds even on a million reports).
    refresh();
}

void HomeView::refresh()
{
    try {
        const QDate day = m_today.isValid() ? m_today : QDate::currentDate();
        m_summary = HomeSummary::load(m_db, day, 0, ListRows);
    } catch (const DbError &e) {
        m_error->setText(tr("The home page could not be read: %1").arg(e.message()));
        m_error->show();
        return;
    }
    m_error->hide();
    showSummary();
}

void HomeView::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(10);
    layout->addLayout(buildHeader());
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("homeError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);
    layout->addWidget(buildStartCard());
    layout->addLayout(buildFigureCards());
    layout->addWidget(buildWaitingCard());
    layout->addWidget(buildTaskCard());
    layout->addStretch(1);
}

QBoxLayout *HomeView::buildHeader()
{
    auto *row = new QHBoxLayout;
    m_date = new QLabel(this);
    m_date->setObjectName(QStringLiteral("homeDate"));
    m_date->setFont(scaled(font(), 1.4));
    row->addWidget(m_date);
    row->addStretch(1);
    m_newReport = button(
        tr("Enter &reports…"), QStringLiteral("homeNewReport"), QStringLiteral("new:report"));
    m_newMeeting = button(
        tr("New &meeting…"), QStringLiteral("homeNewMeeting"), QStringLiteral("new:meeting"));
    row->addWidget(m_newReport);
    row->addWidget(m_newMeeting);
    return row;
}

QFrame *HomeView::buildStartCard()
{
    QLabel *heading = nullptr;
    m_startCard = card(QStringLiteral("startCard"), &heading);
    heading->setText(tr("Getting started"));
    m_startIntro = new QLabel(m_startCard);
    m_startIntro->setWordWrap(true);
    m_steps = linkLabel(QStringLiteral("startSteps"));
    m_startCard->layout()->addWidget(m_startIntro);
    m_startCard->layout()->addWidget(m_steps);
    m_startCard->hide();
    return m_startCard;
}

QBoxLayout *HomeView::buildFigureCards()
{
    auto *row = new QHBoxLayout;
    QLabel *heading = nullptr;
    QFrame *quarter = card(QStringLiteral("quarterCard"), &heading,
        QStringLiteral(
            "<a href=\"area:opinions\">%1</a> &nbsp;·&nbsp; <a href=\"area:charts\">%2</a>")
            .arg(tr("Reports"), tr("Charts")));
    heading->setText(tr("Reports this quarter"));
    m_quarterCount = new QLabel(quarter);
    m_quarterCount->setObjectName(QStringLiteral("quarterCount"));
    m_quarterCount->setFont(scaled(font(), 2.2));
    m_quarterText = new QLabel(quarter);
    m_previousText = new QLabel(quarter);
    m_changeText = new QLabel(quarter);
    m_changeText->setObjectName(QStringLiteral("quarterChange"));
    for (QLabel *l : { m_quarterCount, m_quarterText, m_previousText, m_changeText }) {
        l->setWordWrap(l != m_quarterCount);
        quarter->layout()->addWidget(l);
    }
    row->addWidget(quarter, 1);

    QFrame *next = card(QStringLiteral("nextMeetingCard"), &heading);
    heading->setText(tr("Next meeting"));
    m_nextMeeting = linkLabel(QStringLiteral("nextMeeting"));
    next->layout()->addWidget(m_nextMeeting);
    row->addWidget(next, 1);

    QFrame *last = card(QStringLiteral("lastMeetingCard"), &heading);
    heading->setText(tr("Last meeting"));
    m_lastMeeting = linkLabel(QStringLiteral("lastMeeting"));
    m_minutesState = new QLabel(last);
    m_minutesState->setObjectName(QStringLiteral("minutesState"));
    m_minutesState->setWordWrap(true);
    last->layout()->addWidget(m_lastMeeting);
    last->layout()->addWidget(m_minutesState);
    row->addWidget(last, 1);
    for (QFrame *f : { quarter, next, last })
        static_cast<QVBoxLayout *>(f->layout())->addStretch(1); // content at the top
    return row;
}

QFrame *HomeView::buildWaitingCard()
{
    QFrame *frame = card(QStringLiteral("waitingCard"), &m_waitingHeading,
        QStringLiteral("<a href=\"area:opinions\">%1</a>").arg(tr("All reports")));
    m_waitingNote = new QLabel(frame);
    m_waitingNote->setWordWrap(true);
    m_waiting = new HomeList({ { tr("Waiting"), 0 }, { tr("Observed"), 0 }, { tr("Locality"), 150 },
                                 { tr("Topic"), 170 }, { tr("Status"), 0 }, { tr("Summary"), -1 } },
        frame);
    m_waiting->setObjectName(QStringLiteral("waitingList"));
    connect(m_waiting, &HomeList::chosen, this, &HomeView::openReport);
    m_waitingEmpty = new QLabel(frame);
    m_waitingEmpty->setObjectName(QStringLiteral("waitingEmpty"));
    for (QWidget *w : std::initializer_list<QWidget *> { m_waitingNote, m_waiting, m_waitingEmpty })
        frame->layout()->addWidget(w);
    return frame;
}

QFrame *HomeView::buildTaskCard()
{
    QLabel *heading = nullptr;
    QFrame *frame = card(QStringLiteral("tasksCard"), &heading,
        QStringLiteral("<a href=\"area:meetings\">%1</a>").arg(tr("All meetings and tasks")));
    heading->setText(tr("Tasks to follow up"));
    auto *columns = new QHBoxLayout;
    columns->setSpacing(16);
    auto column = [&](const QString &name, const QList<HomeList::Column> &cols, QLabel **title,
                      QLabel **empty) {
        auto *box = new QVBoxLayout;
        box->setSpacing(4); // not the columns' 16 it would inherit
        *title = new QLabel(frame);
        (*title)->setFont(scaled(font(), 1.0));
        auto *list = new HomeList(cols, frame);
        list->setObjectName(name);
        connect(list, &HomeList::chosen, this, &HomeView::openTask);
        *empty = new QLabel(frame);
        (*empty)->setObjectName(name + QStringLiteral("Empty"));
        box->addWidget(*title);
        box->addWidget(list);
        box->addWidget(*empty);
        box->addStretch(1);
        columns->addLayout(box, 1);
        return list;
    };
    m_overdue = column(QStringLiteral("overdueList"),
        { { tr("Due"), 0 }, { tr("Late"), 0 }, { tr("Task"), -1 }, { tr("Owner"), 150 } },
        &m_overdueHeading, &m_overdueEmpty);
    m_week = column(QStringLiteral("weekList"),
        { { tr("Due"), 0 }, { tr("Task"), -1 }, { tr("Owner"), 150 }, { tr("Status"), 0 } },
        &m_weekHeading, &m_weekEmpty);
    static_cast<QVBoxLayout *>(frame->layout())->addLayout(columns);
    return frame;
}

QFrame *HomeView::card(const QString &objectName, QLabel **heading, const QString &links)
{
    auto *frame = new QFrame(this);
    frame->setObjectName(objectName);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setAutoFillBackground(true);
    frame->setBackgroundRole(QPalette::Base);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(4);
    auto *top = new QHBoxLayout;
    *heading = new QLabel(frame);
    (*heading)->setObjectName(objectName + QStringLiteral("Heading"));
    (*heading)->setFont(scaled(font(), 1.15));
    top->addWidget(*heading, 1);
    if (!links.isEmpty()) {
        // The card's "see all" links sit in its heading line, where they cost no height.
        HomeLinkLabel *label = linkLabel(objectName + QStringLiteral("Links"));
        label->setWordWrap(false);
        label->setLinkText(links);
        top->addWidget(label, 0, Qt::AlignRight | Qt::AlignVCenter);
    }
    layout->addLayout(top);
    return frame;
}

HomeLinkLabel *HomeView::linkLabel(const QString &objectName)
{
    auto *label = new HomeLinkLabel(this);
    label->setObjectName(objectName);
    connect(label, &QLabel::linkActivated, this, &HomeView::followLink);
    return label;
}

QPushButton *HomeView::button(const QString &text, const QString &objectName, const QString &link)
{
    auto *b = new QPushButton(text, this);
    b->setObjectName(objectName);
    b->setAutoDefault(true); // Enter presses it, as in a dialog
    connect(b, &QPushButton::clicked, this, [this, link] { followLink(link); });
    return b;
}

void HomeView::followLink(const QString &link)
{
    const QString kind = link.section(QLatin1Char(':'), 0, 0);
    const QString value = link.section(QLatin1Char(':'), 1);
    if (kind == QLatin1String("report"))
        emit openReport(value.toLongLong());
    else if (kind == QLatin1String("task"))
        emit openTask(value.toLongLong());
    else if (kind == QLatin1String("meeting"))
        emit openMeeting(value.toLongLong());
    else if (kind == QLatin1String("area"))
        emit openArea(value);
    else if (link == QLatin1String("new:meeting"))
        emit newMeeting();
    else if (link == QLatin1String("new:report"))
        emit newReport();
}

QString HomeView::quarterName(const ReportPeriod &quarter)
{
    const int q = (quarter.first.month() - 1) / 3 + 1;
    const QString n
        = QLocale().language() == QLocale::Vietnamese ? VnDate::roman(q) : QString::number(q);
    return tr(
        "Q%1 %2", "quarter and year; Vietnamese: Quý %1/%2 (the quarter is in Roman numerals)")
        .arg(n)
        .arg(quarter.first.year());
}

QString HomeView::number(qint64 n)
{
    return QLocale().toString(n);
}

} // namespace thuky
