#include <ui/common/datefield.h>

#include <core/text/vndate.h>

#include <QApplication>
#include <QClipboard>
#include <QKeyEvent>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalBlocker>

namespace thuky {

namespace {
/** The character a key types into a date ('/' for every separator), or a null QChar. */
QChar dateChar(const QKeyEvent *event)
{
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return {};
    const QString text = event->text();
    if (text.size() != 1)
        return {};
    const QChar c = text.at(0);
    if (c.isDigit() && c.unicode() < 128)
        return c;
    if (c == QLatin1Char('/') || c == QLatin1Char('.') || c == QLatin1Char('-')
        || c == QLatin1Char(' '))
        return QLatin1Char('/');
    return {};
}

/** Text that is a whole date already: nothing more can follow. */
bool isWholeDate(const QString &typed)
{
    static const QRegularExpression whole(QStringLiteral("^(\\d{1,2}/\\d{1,2}/\\d{4}|\\d{8})$"));
    return whole.match(typed).hasMatch();
}

/** Keeps a plain line edit's date typed in one go (DateField::applyTypingRules()). */
class TypedDateFilter : public QObject
{
public:
    explicit TypedDateFilter(QLineEdit *edit)
        : QObject(edit)
        , m_edit(edit)
    {
        edit->installEventFilter(this);
        connect(edit, &QLineEdit::editingFinished, this, [edit] {
            const QDate date = DateField::parseTyped(edit->text());
            if (date.isValid() && edit->text() != VnDate::display(date))
                edit->setText(VnDate::display(date));
        });
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched != m_edit)
            return false;
        if (event->type() == QEvent::FocusIn || event->type() == QEvent::MouseButtonPress) {
            m_fresh = true;
        } else if (event->type() == QEvent::KeyPress && m_fresh) {
            m_fresh = false;
            if (!dateChar(static_cast<QKeyEvent *>(event)).isNull())
                m_edit->clear(); // the key then starts the date afresh
        }
        return false;
    }

private:
    QLineEdit *m_edit;
    bool m_fresh = true;
};
} // namespace

DateField::DateField(const QDate &date, QWidget *parent)
    : QDateEdit(date, parent)
{
    setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    setCalendarPopup(true);
    lineEdit()->installEventFilter(this); // clicks on the text land there
    connect(this, &QDateEdit::dateChanged, this, [this] {
        if (!m_typing)
            m_rejected.clear();
    });
}

QDate DateField::parseTyped(const QString &text, const QDate &base)
{
    static const QRegularExpression separated(
        QStringLiteral("^(\\d{1,2})[/.\\- ]+(\\d{1,2})(?:[/.\\- ]+(\\d{2}|\\d{4}))?$"));
    static const QRegularExpression together(QStringLiteral("^(\\d{2})(\\d{2})(\\d{2}|\\d{4})$"));
    const QString t = text.trimmed();
    const QDate plain = VnDate::parse(t); // DD/MM/YYYY, or YYYY-MM-DD as pasted from a sheet
    if (plain.isValid())
        return plain;
    QRegularExpressionMatch m = separated.match(t);
    if (!m.hasMatch())
        m = together.match(t);
    if (!m.hasMatch())
        return {};
    const QString yearText = m.captured(3);
    if (yearText.isEmpty() && !base.isValid())
        return {};
    int year = yearText.isEmpty() ? base.year() : yearText.toInt();
    if (yearText.size() == 2)
        year += 2000;
    return QDate(year, m.captured(2).toInt(), m.captured(1).toInt());
}

void DateField::applyTypingRules(QLineEdit *edit)
{
    new TypedDateFilter(edit);
}

bool DateField::event(QEvent *event)
{
    // A shortcut (Ctrl+S, Alt+O) or the wheel acts on the date: take the date typed so far.
    const auto isShortcut = [event] {
        return event->type() == QEvent::ShortcutOverride
            && (static_cast<QKeyEvent *>(event)->modifiers()
                & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    };
    if (m_typing && (event->type() == QEvent::Wheel || isShortcut()))
        commitTyped();
    return QDateEdit::event(event);
}

bool DateField::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == lineEdit() && event->type() == QEvent::MouseButtonPress)
        commitTyped(); // a click starts the next date afresh
    return QDateEdit::eventFilter(watched, event);
}

bool DateField::focusNextPrevChild(bool next)
{
    return QWidget::focusNextPrevChild(next);
}

void DateField::focusInEvent(QFocusEvent *event)
{
    m_typing = false;
    QDateEdit::focusInEvent(event);
}

void DateField::focusOutEvent(QFocusEvent *event)
{
    commitTyped();
    QDateEdit::focusOutEvent(event);
}

void DateField::mousePressEvent(QMouseEvent *event)
{
    commitTyped(); // the calendar opens on the date typed
    QDateEdit::mousePressEvent(event);
}

void DateField::keyPressEvent(QKeyEvent *event)
{
    if (typeKey(event))
        return;
    if (event->matches(QKeySequence::Paste)) {
        const QDate pasted = parseTyped(QApplication::clipboard()->text(), date());
        if (pasted.isValid()) {
            setDate(pasted);
            event->accept();
            return;
        }
    }
    commitTyped();
    QDateEdit::keyPressEvent(event);
}

bool DateField::typeKey(QKeyEvent *event)
{
    const QChar c = dateChar(event);
    const int key = event->key();
    if (!c.isNull()) {
        if (!m_typing)
            m_typed.clear();
        m_typing = true;
        if (m_typed.size() < 10)
            m_typed.append(c);
    } else if (key == Qt::Key_Backspace) {
        if (!m_typing)
            m_typed = lineEdit()->text();
        m_typing = true;
        m_typed.chop(1);
    } else if (key == Qt::Key_Delete) {
        m_typing = true;
        m_typed.clear();
    } else if (key == Qt::Key_Escape && m_typing) {
        cancelTyped();
    } else if (m_typing && !event->text().isEmpty() && event->text().at(0).isPrint()
        && !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
        // A letter in the middle of a date: not part of it.
    } else {
        return false;
    }
    event->accept();
    if (m_typing)
        showTyped();
    if (m_typing && isWholeDate(m_typed))
        commitTyped();
    return true;
}

void DateField::showTyped()
{
    // The date edit's own parsing would fight a half-typed date: it sees the text only
    // when the typing is done (validate() says Intermediate meanwhile).
    QLineEdit *line = lineEdit();
    const QSignalBlocker blocker(line);
    line->setText(m_typed);
    line->setCursorPosition(int(m_typed.size()));
    line->update();
}

void DateField::commitTyped()
{
    if (!m_typing)
        return;
    m_typing = false;
    const QDate typed = parseTyped(m_typed, date());
    const bool ok = typed.isValid() && typed >= minimumDate() && typed <= maximumDate();
    if (ok || m_typed.trimmed().isEmpty())
        m_rejected.clear();
    else
        m_rejected = m_typed.trimmed();
    setDate(ok ? typed : date()); // shows the date as DD/MM/YYYY again
}

void DateField::cancelTyped()
{
    m_typing = false;
    setDate(date());
}

QValidator::State DateField::validate(QString &input, int &pos) const
{
    if (m_typing)
        return QValidator::Intermediate;
    return QDateEdit::validate(input, pos);
}

void DateField::fixup(QString &input) const
{
    if (!m_typing)
        QDateEdit::fixup(input);
}

} // namespace thuky
