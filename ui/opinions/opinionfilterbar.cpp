#include <ui/opinions/opinionfilterbar.h>

#include <ui/charts/charttexts.h>
#include <ui/common/datefield.h>
#include <ui/opinions/opinionlookups.h>

#include <core/text/vndate.h>

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace thuky {

namespace {
QComboBox *codeCombo(OpinionCodes::Field field, const QString &allText, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->addItem(allText, QString());
    for (const QString &code : OpinionCodes::codes(field))
        combo->addItem(OpinionCodes::label(field, code), code);
    return combo;
}

QStringList comboCodes(const QComboBox *combo)
{
    const QString code = combo->currentData().toString();
    return code.isEmpty() ? QStringList() : code.split(QLatin1Char(','));
}

void selectCodes(QComboBox *combo, const QStringList &codes)
{
    const int i = combo->findData(codes.join(QLatin1Char(',')));
    combo->setCurrentIndex(i >= 0 ? i : 0);
}

void selectComboId(QComboBox *combo, qint64 id)
{
    const int i = combo->findData(id);
    combo->setCurrentIndex(i >= 0 ? i : 0);
}

/** A date field as clerks type it; empty means no limit. Red while it is not a date. */
QLineEdit *dateField(const QString &placeholder, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    edit->setMaxLength(10);
    DateField::applyTypingRules(edit); // 17/07/2024, 17072024 or 17/7/24
    edit->setMinimumWidth(
        edit->fontMetrics().horizontalAdvance(QStringLiteral("00/00/00000")) + 30);
    return edit;
}
} // namespace

OpinionFilterBar::OpinionFilterBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("opinionFilterBar"));
    createWidgets();
    layOut();
    connectWidgets();
}

void OpinionFilterBar::createWidgets()
{
    m_quarter = new QComboBox(this);
    m_quarter->setObjectName(QStringLiteral("filterQuarter"));
    m_from = dateField(tr("from DD/MM/YYYY"), this);
    m_from->setObjectName(QStringLiteral("filterFrom"));
    m_to = dateField(tr("to DD/MM/YYYY"), this);
    m_to->setObjectName(QStringLiteral("filterTo"));
    m_locality = new QComboBox(this);
    m_locality->setObjectName(QStringLiteral("filterLocality"));
    m_topic = new QComboBox(this);
    m_topic->setObjectName(QStringLiteral("filterTopic"));
    m_channel = codeCombo(OpinionCodes::Field::Channel, tr("All channels"), this);
    m_channel->setObjectName(QStringLiteral("filterChannel"));
    m_sentiment = codeCombo(OpinionCodes::Field::Sentiment, tr("All sentiments"), this);
    m_sentiment->setObjectName(QStringLiteral("filterSentiment"));
    m_urgency = codeCombo(OpinionCodes::Field::Urgency, tr("All urgencies"), this);
    m_urgency->setObjectName(QStringLiteral("filterUrgency"));
    m_status = codeCombo(OpinionCodes::Field::Status, tr("All statuses"), this);
    m_status->setObjectName(QStringLiteral("filterStatus"));
    m_status->insertItem(1, tr("Waiting for an answer"), QStringLiteral("new,forwarded"));
    m_reporter = new QComboBox(this);
    m_reporter->setObjectName(QStringLiteral("filterReporter"));
    for (QComboBox *combo : { m_locality, m_topic, m_reporter }) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(16);
    }
    m_saved = new QComboBox(this);
    m_saved->setObjectName(QStringLiteral("savedFilters"));
    m_saved->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_saved->setMinimumContentsLength(14);
    m_saveFilter = new QPushButton(tr("Sa&ve filter…"), this);
    m_saveFilter->setObjectName(QStringLiteral("saveFilter"));
    m_deleteFilter = new QPushButton(tr("Delete"), this);
    m_deleteFilter->setObjectName(QStringLiteral("deleteFilter"));
    m_resetFilter = new QPushButton(tr("Show &all"), this);
    m_resetFilter->setObjectName(QStringLiteral("resetFilter"));
}

void OpinionFilterBar::layOut()
{
    auto *periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_quarter);
    auto *savedLabel = new QLabel(tr("Sa&ved:"), this);
    savedLabel->setBuddy(m_saved);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 2, 0, 2);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(4);
    auto *period = new QHBoxLayout;
    period->addWidget(periodLabel);
    period->addWidget(m_quarter);
    period->addWidget(m_from);
    period->addWidget(m_to);
    period->addWidget(m_locality, 1);
    period->addWidget(m_topic, 1);
    period->addWidget(m_reporter, 1);
    grid->addLayout(period, 0, 0);
    auto *codes = new QHBoxLayout;
    codes->addWidget(m_channel);
    codes->addWidget(m_sentiment);
    codes->addWidget(m_urgency);
    codes->addWidget(m_status);
    codes->addStretch();
    codes->addWidget(savedLabel);
    codes->addWidget(m_saved);
    codes->addWidget(m_saveFilter);
    codes->addWidget(m_deleteFilter);
    codes->addWidget(m_resetFilter);
    grid->addLayout(codes, 1, 0);
}

void OpinionFilterBar::connectWidgets()
{
    for (QComboBox *combo :
        { m_quarter, m_locality, m_topic, m_channel, m_sentiment, m_urgency, m_status, m_reporter })
        connect(combo, &QComboBox::currentIndexChanged, this, &OpinionFilterBar::emitChanged);
    for (QLineEdit *edit : { m_from, m_to })
        connect(edit, &QLineEdit::textChanged, this, [this, edit](const QString &text) {
            const bool ok = text.trimmed().isEmpty() || DateField::parseTyped(text).isValid();
            edit->setStyleSheet(ok ? QString() : QStringLiteral("color: #c62828;"));
            edit->setToolTip(ok ? QString() : tr("Type the date as DD/MM/YYYY"));
            if (ok)
                emitChanged();
        });
    connect(m_saved, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            emit recallRequested(m_saved->itemText(index));
        m_deleteFilter->setEnabled(index > 0);
    });
    connect(m_saveFilter, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save filter"),
            tr("Name of the filter:"), QLineEdit::Normal, currentSaved(), &ok);
        if (ok)
            emit saveRequested(name);
    });
    connect(m_deleteFilter, &QPushButton::clicked, this, [this] {
        const QString name = currentSaved();
        if (name.isEmpty())
            return;
        if (QMessageBox::question(
                this, tr("Delete filter"), tr("Delete the saved filter “%1”?").arg(name))
            == QMessageBox::Yes)
            emit deleteRequested(name);
    });
    connect(m_resetFilter, &QPushButton::clicked, this, &OpinionFilterBar::resetRequested);
}

void OpinionFilterBar::emitChanged()
{
    if (!m_updating)
        emit changed();
}

OpinionFilter OpinionFilterBar::filter() const
{
    OpinionFilter f;
    f.quarter = m_quarter->currentData().toString();
    f.from = DateField::parseTyped(m_from->text());
    f.to = DateField::parseTyped(m_to->text());
    f.localityId = m_locality->currentData().toLongLong();
    f.topicId = m_topic->currentData().toLongLong();
    f.channels = comboCodes(m_channel);
    f.sentiments = comboCodes(m_sentiment);
    f.urgencies = comboCodes(m_urgency);
    f.statuses = comboCodes(m_status);
    f.reporterId = m_reporter->currentData().toLongLong();
    return f;
}

void OpinionFilterBar::setFilter(const OpinionFilter &f)
{
    m_updating = true;
    const int q = m_quarter->findData(f.quarter);
    m_quarter->setCurrentIndex(q >= 0 ? q : 0);
    m_from->setText(f.from.isValid() ? VnDate::display(f.from) : QString());
    m_to->setText(f.to.isValid() ? VnDate::display(f.to) : QString());
    selectComboId(m_locality, f.localityId);
    selectComboId(m_topic, f.topicId);
    selectCodes(m_channel, f.channels);
    selectCodes(m_sentiment, f.sentiments);
    selectCodes(m_urgency, f.urgencies);
    selectCodes(m_status, f.statuses);
    selectComboId(m_reporter, f.reporterId);
    m_updating = false;
}

void OpinionFilterBar::fillLists(Database &db, const OpinionFilter &keep)
{
    m_updating = true;
    // Quarters from the oldest report to today, newest first.
    m_quarter->clear();
    m_quarter->addItem(tr("Any quarter"), QString());
    const QList<OpinionReport> oldest = OpinionRepository(db).list(
        OpinionFilter(), OpinionColumn::Date, Qt::AscendingOrder, 1, 0);
    const QDate today = QDate::currentDate();
    QDate first = oldest.isEmpty() ? today : oldest.first().observedOn;
    for (QDate d = QDate(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
         d >= QDate(first.year(), (first.month() - 1) / 3 * 3 + 1, 1); d = d.addMonths(-3)) {
        const QString code = VnDate::quarterCode(d);
        m_quarter->addItem(ChartTexts::onScreen().quarter(code), code);
    }
    OpinionLookups::fillCombo(m_locality, OpinionLookups::localities(db), tr("All localities"));
    OpinionLookups::fillCombo(m_topic, OpinionLookups::topics(db), tr("All topics"));
    OpinionLookups::fillCombo(m_reporter, OpinionLookups::persons(db), tr("All reporters"));
    m_updating = false;
    setFilter(keep);
}

void OpinionFilterBar::fillSavedFilters(const QStringList &names, const QString &current)
{
    m_saved->clear();
    m_saved->addItem(tr("(none)"));
    m_saved->addItems(names);
    selectSaved(current);
}

void OpinionFilterBar::selectSaved(const QString &name)
{
    const int i = name.isEmpty() ? 0 : m_saved->findText(name);
    m_saved->setCurrentIndex(qMax(0, i));
    m_deleteFilter->setEnabled(i > 0);
}

QString OpinionFilterBar::currentSaved() const
{
    return m_saved->currentIndex() > 0 ? m_saved->currentText() : QString();
}

} // namespace thuky
