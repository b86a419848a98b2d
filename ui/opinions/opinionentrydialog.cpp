#include <ui/opinions/opinionentrydialog.h>

#include <ui/common/conflictdialog.h>
#include <ui/common/datefield.h>
#include <ui/opinions/opinioncommands.h>
#include <ui/roster/rostercommands.h>

#include <core/db/database.h>
#include <core/opinions/opinionrepository.h>
#include <core/text/vndate.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

namespace thuky {

namespace {
QComboBox *codeCombo(OpinionCodes::Field field, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    for (const QString &code : OpinionCodes::codes(field))
        combo->addItem(OpinionCodes::label(field, code), code);
    return combo;
}

void selectData(QComboBox *combo, const QVariant &value)
{
    const int i = combo->findData(value);
    if (i >= 0)
        combo->setCurrentIndex(i);
}

const char keptLocality[] = "opinions/entry/locality";
const char keptChannel[] = "opinions/entry/channel";
const char keptReporter[] = "opinions/entry/reporter";
} // namespace

OpinionEntryDialog::OpinionEntryDialog(
    Database &db, QUndoStack *undo, const OpinionReport *editing, QWidget *parent)
    : EditDialog(parent)
    , m_db(db)
    , m_undo(undo)
{
    setObjectName(QStringLiteral("opinionEntryDialog"));
    if (editing)
        m_editing = *editing;
    setWindowTitle(editing ? tr("Edit opinion report") : tr("Enter opinion reports"));
    m_localities = OpinionLookups::localities(db);
    m_topics = OpinionLookups::topics(db);
    createFields();
    addFields();

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("entryStatus"));
    m_status->setWordWrap(true);
    auto *box = static_cast<QBoxLayout *>(layout());
    box->insertWidget(box->indexOf(m_buttons), m_status);

    if (m_editing) {
        load(*m_editing);
        m_status->hide();
    } else {
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save and next"));
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
        m_status->setText(
            tr("Enter saves the report and starts the next one; Esc closes the form."));
        OpinionReport kept;
        kept.observedOn = QDate();
        QSettings settings;
        kept.localityId = settings.value(QLatin1String(keptLocality)).toLongLong();
        kept.channel
            = settings.value(QLatin1String(keptChannel), QStringLiteral("direct")).toString();
        kept.reporterId = settings.value(QLatin1String(keptReporter)).toLongLong();
        load(kept);
    }
    setMinimumWidth(560);
    m_date->setFocus();
}

void OpinionEntryDialog::createFields()
{
    m_date = new QLineEdit(this);
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setPlaceholderText(tr("DD/MM/YYYY"));
    m_date->setMaxLength(10);
    DateField::applyTypingRules(m_date);
    m_locality = new QLineEdit(this);
    m_locality->setObjectName(QStringLiteral("locality"));
    m_locality->setPlaceholderText(tr("Type a few letters, e.g. long xuyen"));
    m_locality->setCompleter(new FoldingCompleter(m_localities, m_locality));
    m_topic = new QLineEdit(this);
    m_topic->setObjectName(QStringLiteral("topic"));
    m_topic->setPlaceholderText(tr("Type a few letters, e.g. dat dai"));
    m_topic->setCompleter(new FoldingCompleter(m_topics, m_topic));
    m_channel = codeCombo(OpinionCodes::Field::Channel, this);
    m_channel->setObjectName(QStringLiteral("channel"));
    m_sentiment = codeCombo(OpinionCodes::Field::Sentiment, this);
    m_sentiment->setObjectName(QStringLiteral("sentiment"));
    m_urgency = codeCombo(OpinionCodes::Field::Urgency, this);
    m_urgency->setObjectName(QStringLiteral("urgency"));
    m_scope = codeCombo(OpinionCodes::Field::Scope, this);
    m_scope->setObjectName(QStringLiteral("scope"));
    m_reporter = new QComboBox(this);
    m_reporter->setObjectName(QStringLiteral("reporter"));
    OpinionLookups::fillCombo(m_reporter, OpinionLookups::persons(m_db), tr("(none)"));
    m_summary = new QPlainTextEdit(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setTabChangesFocus(true);
    m_summary->setPlaceholderText(tr("What people are concerned about (no names of citizens). "
                                     "Shift+Enter starts a new line."));
    m_summary->setMinimumHeight(90);
    m_summary->installEventFilter(this);
    // Leaving a name field spells out the one entry the letters typed fit.
    for (QLineEdit *edit : { m_locality, m_topic }) {
        connect(edit, &QLineEdit::editingFinished, this, [this, edit] {
            const QList<OpinionChoice> &choices = edit == m_locality ? m_localities : m_topics;
            const qint64 id = OpinionLookups::resolveLoosely(choices, edit->text());
            if (id > 0 && edit->text() != OpinionLookups::displayOf(choices, id))
                edit->setText(OpinionLookups::displayOf(choices, id));
        });
    }
    m_recommendation = new QLineEdit(this);
    m_recommendation->setObjectName(QStringLiteral("recommendation"));
}

/** Each field with its label, what to type there, and its error line, top to bottom. */
void OpinionEntryDialog::addFields()
{
    addField(QStringLiteral("date"), tr("&Date observed:"), m_date,
        tr("The day the opinion was heard or seen, as DD/MM/YYYY; 17/07/2024, 17072024 and "
           "17/7/24 all give the same day."));
    addField(QStringLiteral("locality"), tr("&Locality:"), m_locality,
        tr("The commune, district or province the opinion comes from: type a few letters "
           "(diacritics optional) and pick from the list."));
    addField(QStringLiteral("topic"), tr("&Topic:"), m_topic,
        tr("What the opinion is about: type a few letters and pick from the list of topics "
           "(Lists… adds topics)."));
    addField(QStringLiteral("summary"), tr("S&ummary:"), m_summary,
        tr("What people are concerned about, in a few sentences, naming no citizen. Enter "
           "saves the report; Shift+Enter starts a new line."));
    addField(QStringLiteral("recommendation"), tr("Recomme&ndation:"), m_recommendation,
        tr("What the reporter proposes should be done (may stay empty)."));
    addField(QStringLiteral("channel"), tr("&Channel:"), m_channel,
        tr("How the opinion reached the committee: in person, social media, the press, a "
           "meeting, the hotline or a survey."));
    addField(QStringLiteral("sentiment"), tr("S&entiment:"), m_sentiment,
        tr("The mood of the opinion: positive, neutral, negative, or mixed (trái chiều)."));
    addField(QStringLiteral("urgency"), tr("Ur&gency:"), m_urgency,
        tr("Hot: needs the committee's attention now; notable: to follow; normal otherwise."));
    addField(QStringLiteral("scope"), tr("Sco&pe:"), m_scope,
        tr("How far the concern reaches: one locality, the whole province, or the country."));
    addField(QStringLiteral("reporter"), tr("&Reporter:"), m_reporter,
        tr("Who reported the opinion (a person of the roster), if anyone."));
}

void OpinionEntryDialog::load(const OpinionReport &r)
{
    m_date->setText(r.observedOn.isValid() ? VnDate::display(r.observedOn) : QString());
    m_locality->setText(OpinionLookups::displayOf(m_localities, r.localityId));
    m_topic->setText(OpinionLookups::displayOf(m_topics, r.topicId));
    selectData(m_channel, r.channel);
    selectData(m_sentiment, r.sentiment);
    selectData(m_urgency, r.urgency);
    selectData(m_scope, r.scope);
    const int reporter = m_reporter->findData(r.reporterId);
    m_reporter->setCurrentIndex(reporter >= 0 ? reporter : 0);
    m_summary->setPlainText(r.summary);
    m_recommendation->setText(r.recommendation);
}

bool OpinionEntryDialog::readForm(OpinionReport *report)
{
    OpinionReport r = m_editing ? *m_editing : OpinionReport();
    const QString dateText = m_date->text().trimmed();
    r.observedOn = DateField::parseTyped(dateText);
    if (!r.observedOn.isValid()) {
        showError(QStringLiteral("date"),
            dateText.isEmpty()
                ? tr("Type the date the opinion was observed, as DD/MM/YYYY.")
                : tr("“%1” is not a date; type it as DD/MM/YYYY, e.g. 07/02/2024.").arg(dateText));
        return false;
    }
    if (r.observedOn > QDate::currentDate()) {
        showError(QStringLiteral("date"), tr("The date is in the future."));
        return false;
    }
    r.localityId = OpinionLookups::resolveLoosely(m_localities, m_locality->text());
    if (r.localityId <= 0) {
        showError(QStringLiteral("locality"),
            m_locality->text().trimmed().isEmpty()
                ? tr("Choose the locality.")
                : tr("There is no locality “%1”; choose one from the list.")
                      .arg(m_locality->text().trimmed()));
        return false;
    }
    r.topicId = OpinionLookups::resolveLoosely(m_topics, m_topic->text());
    if (r.topicId <= 0) {
        showError(QStringLiteral("topic"),
            m_topic->text().trimmed().isEmpty()
                ? tr("Choose the topic.")
                : tr("There is no topic “%1”; choose one from the list.")
                      .arg(m_topic->text().trimmed()));
        return false;
    }
    r.channel = m_channel->currentData().toString();
    r.sentiment = m_sentiment->currentData().toString();
    r.urgency = m_urgency->currentData().toString();
    r.scope = m_scope->currentData().toString();
    r.reporterId = m_reporter->currentData().toLongLong();
    r.summary = m_summary->toPlainText();
    r.recommendation = m_recommendation->text();
    *report = r;
    return true;
}

void OpinionEntryDialog::accept()
{
    clearErrors();
    OpinionReport r;
    if (!readForm(&r))
        return;
    qint64 id = 0;
    bool theirs = false;
    try {
        // The command is owned by the stack once pushed; read its id before that.
        std::unique_ptr<QUndoStack> own;
        QUndoStack *stack = m_undo;
        if (!stack) {
            own = std::make_unique<QUndoStack>();
            stack = own.get();
        }
        const auto run = [&](OpinionCommand *command) {
            command->setFeedback(m_feedback);
            OpinionCommand::execute(stack, command);
            id = command->reportId();
        };
        if (m_editing) {
            // Someone else's change since the report was read: reload theirs (closing this
            // dialog, whose changes are dropped) or overwrite it with these.
            const qint64 editedId = m_editing->id;
            ConflictDialog::save(
                this, tr("The report"), r.rowVersion,
                [&](int version) {
                    r.rowVersion = version;
                    run(new EditOpinionReport(m_db, *m_editing, r));
                },
                [&] {
                    id = editedId;
                    theirs = true;
                });
        } else {
            run(new AddOpinionReport(m_db, r));
        }
    } catch (const ValidationError &e) {
        showError(e.field(), e.message());
        return;
    } catch (const DbError &e) {
        showError(QString(), e.message());
        return;
    }
    if (theirs) {
        emit reloaded(id);
        QDialog::accept();
        return;
    }
    emit saved(id);
    if (m_editing) {
        QDialog::accept();
        return;
    }
    ++m_saved;
    rememberKeptFields(r);
    m_locality->setText(OpinionLookups::displayOf(m_localities, r.localityId));
    startNext();
}

void OpinionEntryDialog::rememberKeptFields(const OpinionReport &r)
{
    QSettings settings;
    settings.setValue(QLatin1String(keptLocality), r.localityId);
    settings.setValue(QLatin1String(keptChannel), r.channel);
    settings.setValue(QLatin1String(keptReporter), r.reporterId);
}

void OpinionEntryDialog::startNext()
{
    // Locality, channel, reporter and date stay; the rest starts afresh.
    m_topic->clear();
    m_summary->clear();
    m_recommendation->clear();
    m_sentiment->setCurrentIndex(m_sentiment->findData(QStringLiteral("neutral")));
    m_urgency->setCurrentIndex(0);
    m_scope->setCurrentIndex(0);
    m_status->setText(tr("%Ln report(s) saved. Enter the next one, or press Esc to close the form.",
        nullptr, m_saved));
    m_date->setFocus();
    m_date->selectAll();
}

bool OpinionEntryDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_summary && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && !(key->modifiers() & Qt::ShiftModifier)) {
            accept();
            return true;
        }
    }
    return EditDialog::eventFilter(watched, event);
}

} // namespace thuky
