#include <ui/help/helpwindow.h>

#include <ui/common/language.h>

#include <core/text/textnorm.h>

#include <QAction>
#include <QFile>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QScreen>
#include <QSplitter>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <functional>

namespace thuky {

QPointer<HelpWindow> HelpWindow::s_instance;

namespace {

/** The title of a page of the guide, from its <title> element. */
QString pageTitle(const QUrl &url)
{
    QFile file(QLatin1Char(':') + url.path());
    if (!file.open(QIODevice::ReadOnly))
        return url.fileName();
    static const QRegularExpression title(QStringLiteral("<title>([^<]*)</title>"));
    const QRegularExpressionMatch m = title.match(QString::fromUtf8(file.readAll()));
    return m.hasMatch() ? m.captured(1).trimmed() : url.fileName();
}

/** One character folded for search, so that positions in the folded text stay the page's. */
QChar foldChar(QChar c)
{
    const QString folded = TextNorm::fold(QString(c));
    return folded.isEmpty() ? c : folded.at(0);
}

QString foldedText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text)
        out.append(foldChar(c));
    return out;
}

/** Enter in the find field finds the next match, Shift+Enter the previous, Esc hides. */
class FindKeys : public QObject
{
public:
    FindKeys(QObject *parent, std::function<void(bool)> find, std::function<void()> hide)
        : QObject(parent)
        , m_find(std::move(find))
        , m_hide(std::move(hide))
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress)
            return QObject::eventFilter(watched, event);
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            m_find(key->modifiers() & Qt::ShiftModifier);
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            m_hide();
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void(bool)> m_find;
    std::function<void()> m_hide;
};

} // namespace

HelpWindow::HelpWindow(const QString &language, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_language(language)
{
    setObjectName(QStringLiteral("helpWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setAttribute(Qt::WA_QuitOnClose, false);
    setWindowTitle(tr("Thư Ký — User guide"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/thuky.svg")));

    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    m_browser->setOpenExternalLinks(false); // the guide links only to its own pages
    m_contents = new QListWidget(this);
    m_contents->setObjectName(QStringLiteral("helpContents"));
    m_contents->setAccessibleName(tr("Contents"));
    m_contents->setSpacing(2);
    m_contents->setWordWrap(true);
    m_contents->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_contents);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 230, 750 });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(buildToolBar());
    layout->addWidget(splitter, 1);
    layout->addWidget(buildFindBar());

    connect(m_contents, &QListWidget::itemActivated, this,
        [this](QListWidgetItem *item) { openPage(item->data(Qt::UserRole).toString()); });
    connect(m_contents, &QListWidget::itemClicked, this,
        [this](QListWidgetItem *item) { openPage(item->data(Qt::UserRole).toString()); });
    connect(m_browser, &QTextBrowser::sourceChanged, this, &HelpWindow::pageChanged);
    fillContents();

    // Room for the page beside the main window on a 1366×768 office screen.
    QSize size(980, 660);
    if (const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() * 0.92);
    resize(size);
}

QToolBar *HelpWindow::buildToolBar()
{
    auto *bar = new QToolBar(tr("Help"), this);
    bar->setObjectName(QStringLiteral("helpToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto make = [this, bar](const QString &text, const QString &icon, const QString &name,
                    const QList<QKeySequence> &keys) {
        auto *action = new QAction(QIcon::fromTheme(icon), text, this);
        action->setObjectName(name);
        action->setShortcuts(keys);
        action->setToolTip(
            QStringLiteral("%1 (%2)").arg(text, keys.first().toString(QKeySequence::NativeText)));
        bar->addAction(action);
        addAction(action);
        return action;
    };
    QAction *back = make(tr("Back"), QStringLiteral("go-previous"), QStringLiteral("helpBack"),
        QKeySequence::keyBindings(QKeySequence::Back));
    QAction *forward = make(tr("Forward"), QStringLiteral("go-next"), QStringLiteral("helpForward"),
        QKeySequence::keyBindings(QKeySequence::Forward));
    QAction *home = make(tr("Contents"), QStringLiteral("go-home"), QStringLiteral("helpHome"),
        { QKeySequence(Qt::ALT | Qt::Key_Home) });
    bar->addSeparator();
    QAction *find = make(tr("Find in page"), QStringLiteral("edit-find"),
        QStringLiteral("helpFind"), QKeySequence::keyBindings(QKeySequence::Find));
    back->setEnabled(false);
    forward->setEnabled(false);
    connect(back, &QAction::triggered, m_browser, &QTextBrowser::backward);
    connect(forward, &QAction::triggered, m_browser, &QTextBrowser::forward);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, forward, &QAction::setEnabled);
    connect(home, &QAction::triggered, this, [this] { openPage(QStringLiteral("index")); });
    connect(find, &QAction::triggered, this, &HelpWindow::showFindBar);
    auto *close = new QAction(this);
    close->setShortcuts(QKeySequence::keyBindings(QKeySequence::Close));
    connect(close, &QAction::triggered, this, &QWidget::close);
    addAction(close);
    return bar;
}

QWidget *HelpWindow::buildFindBar()
{
    m_findBar = new QWidget(this);
    m_findBar->setObjectName(QStringLiteral("helpFindBar"));
    m_find = new QLineEdit(m_findBar);
    m_find->setObjectName(QStringLiteral("helpFindEdit"));
    m_find->setPlaceholderText(tr("Find in this page (diacritics optional)"));
    m_find->setClearButtonEnabled(true);
    auto *label = new QLabel(tr("&Find:"), m_findBar);
    label->setBuddy(m_find);
    auto *previous = new QToolButton(m_findBar);
    previous->setText(tr("Previous"));
    previous->setToolTip(tr("Previous match (Shift+Enter)"));
    auto *next = new QToolButton(m_findBar);
    next->setText(tr("Next"));
    next->setToolTip(tr("Next match (Enter)"));
    m_findStatus = new QLabel(m_findBar);
    m_findStatus->setObjectName(QStringLiteral("helpFindStatus"));
    auto *hide = new QToolButton(m_findBar);
    hide->setText(tr("Close"));
    hide->setToolTip(tr("Close the find bar (Esc)"));

    auto *row = new QHBoxLayout(m_findBar);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(label);
    row->addWidget(m_find, 1);
    row->addWidget(previous);
    row->addWidget(next);
    row->addWidget(m_findStatus);
    row->addWidget(hide);

    auto hideBar = [this] {
        m_findBar->hide();
        m_browser->setFocus();
    };
    m_find->installEventFilter(new FindKeys(
        m_find, [this](bool backwards) { findFromBar(backwards); }, hideBar));
    // Typing finds as you go, from where the current match starts.
    connect(m_find, &QLineEdit::textEdited, this, [this] {
        QTextCursor cursor = m_browser->textCursor();
        cursor.setPosition(cursor.selectionStart());
        m_browser->setTextCursor(cursor);
        findFromBar(false);
    });
    connect(previous, &QToolButton::clicked, this, [this] { findFromBar(true); });
    connect(next, &QToolButton::clicked, this, [this] { findFromBar(false); });
    connect(hide, &QToolButton::clicked, this, hideBar);
    m_findBar->hide();
    return m_findBar;
}

void HelpWindow::showPage(const QString &page, QWidget *parent)
{
    const QString lang = language();
    if (!s_instance) {
        s_instance = new HelpWindow(lang, parent ? parent->window() : nullptr);
    } else if (s_instance->m_language != lang) {
        s_instance->setLanguage(lang);
    }
    s_instance->openPage(page);
    s_instance->show();
    s_instance->raise();
    s_instance->activateWindow();
}

HelpWindow *HelpWindow::instance()
{
    return s_instance.data();
}

QStringList HelpWindow::pages()
{
    return { QStringLiteral("index"), QStringLiteral("home"), QStringLiteral("roster"),
        QStringLiteral("meetings"), QStringLiteral("opinions"), QStringLiteral("charts"),
        QStringLiteral("search"), QStringLiteral("settings"), QStringLiteral("keyboard") };
}

QString HelpWindow::language()
{
    return Language::running(); // follows `thuky --lang`, which the saved preference does not
}

QUrl HelpWindow::pageUrl(const QString &page, const QString &language)
{
    const QString name = pages().contains(page) ? page : QStringLiteral("index");
    const QString lang = Language::isSupported(language) ? language : QStringLiteral("vi");
    return QUrl(QStringLiteral("qrc:/help/%1/%2.html").arg(lang, name));
}

QString HelpWindow::currentPage() const
{
    return m_browser->source().fileName().section(QLatin1Char('.'), 0, 0);
}

void HelpWindow::openPage(const QString &page)
{
    const QUrl url = pageUrl(page, m_language);
    if (m_browser->source() != url)
        m_browser->setSource(url);
    else
        pageChanged(url);
}

void HelpWindow::setLanguage(const QString &language)
{
    m_language = language;
    m_browser->clearHistory();
    fillContents();
}

void HelpWindow::fillContents()
{
    m_contents->clear();
    for (const QString &page : pages()) {
        auto *item = new QListWidgetItem(pageTitle(pageUrl(page, m_language)), m_contents);
        item->setData(Qt::UserRole, page);
    }
}

void HelpWindow::pageChanged(const QUrl &url)
{
    m_foldedPage.clear();
    const QString page = url.fileName().section(QLatin1Char('.'), 0, 0);
    for (int i = 0; i < m_contents->count(); ++i) {
        if (m_contents->item(i)->data(Qt::UserRole).toString() == page) {
            const QSignalBlocker blocker(m_contents);
            m_contents->setCurrentRow(i);
        }
    }
    const QString title = m_browser->documentTitle();
    setWindowTitle(
        title.isEmpty() ? tr("Thư Ký — User guide") : tr("%1 — Thư Ký user guide").arg(title));
    if (m_findStatus)
        m_findStatus->clear();
}

void HelpWindow::showFindBar()
{
    m_findBar->show();
    m_find->setFocus();
    m_find->selectAll();
}

void HelpWindow::findFromBar(bool backwards)
{
    const QString text = m_find->text();
    const bool found = text.isEmpty() || findInPage(text, backwards);
    m_findStatus->setText(found ? QString() : tr("Not found"));
}

bool HelpWindow::findInPage(const QString &text, bool backwards)
{
    const QString needle = foldedText(text.normalized(QString::NormalizationForm_C));
    if (needle.trimmed().isEmpty())
        return false;
    QTextDocument *doc = m_browser->document();
    if (m_foldedPage.isEmpty()) {
        // characterAt() positions are the cursor's, whatever tables and frames the page holds.
        QString raw;
        raw.reserve(doc->characterCount());
        for (int i = 0; i < doc->characterCount(); ++i)
            raw.append(doc->characterAt(i));
        m_foldedPage = foldedText(raw);
    }
    const QTextCursor current = m_browser->textCursor();
    qsizetype at = -1;
    if (!backwards)
        at = m_foldedPage.indexOf(needle, current.selectionEnd());
    else if (current.selectionStart() > 0)
        at = m_foldedPage.lastIndexOf(needle, current.selectionStart() - 1);
    if (at < 0) // wrap around
        at = backwards ? m_foldedPage.lastIndexOf(needle) : m_foldedPage.indexOf(needle);
    if (at < 0)
        return false;
    QTextCursor cursor(doc);
    cursor.setPosition(int(at));
    cursor.setPosition(int(at + needle.size()), QTextCursor::KeepAnchor);
    m_browser->setTextCursor(cursor);
    m_browser->ensureCursorVisible();
    return true;
}

} // namespace thuky
