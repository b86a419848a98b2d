// The user guide: the same pages in both languages, every link inside the guide leads to a
// page (and place) that exists, and the help window opens the page asked for in the user
// interface language, once per application. The screen is a 1366×768 office screen; with
// THUKY_SCREENSHOT_DIR set, the test saves pictures of the window for a person to look at.

#include <common/officescreen.h>
#include <ui/common/language.h>
#include <ui/help/helpwindow.h>

#include <core/text/textnorm.h>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>

#include <algorithm>

using namespace thuky;

namespace {

QString readPage(const QString &language, const QString &page)
{
    QFile file(QStringLiteral(":/help/%1/%2.html").arg(language, page));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

/** Every value of href="…" and src="…" in @p html. */
QStringList links(const QString &html)
{
    static const QRegularExpression attr(QStringLiteral("\\b(?:href|src)\\s*=\\s*\"([^\"]*)\""));
    QStringList out;
    for (auto it = attr.globalMatch(html); it.hasNext();)
        out << it.next().captured(1);
    return out;
}

/** The ids (and names) that links can point at. */
QSet<QString> anchors(const QString &html)
{
    static const QRegularExpression attr(QStringLiteral("\\b(?:id|name)\\s*=\\s*\"([^\"]*)\""));
    QSet<QString> out;
    for (auto it = attr.globalMatch(html); it.hasNext();)
        out.insert(it.next().captured(1));
    return out;
}

QString plainText(const QString &html)
{
    QTextDocument doc;
    doc.setHtml(html);
    return doc.toPlainText();
}

} // namespace

class TestHelpWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void samePagesInBothLanguages();
    void linksStayInsideTheGuide_data();
    void linksStayInsideTheGuide();
    void pagesSayEnough_data();
    void pagesSayEnough();
    void showPageOpensThePageInTheLanguage();
    void oneWindowRaisedAgain();
    void linksAndHistoryFromTheKeyboard();
    void contentsListOpensPages();
    void findIgnoresDiacritics();
    void fitsAnOfficeScreen();
    void screenshots();

private:
    HelpWindow *open(const QString &language, const QString &page);
    void save(QWidget *w, const QString &name);
    QWidget m_main; // stands for the main window, the help window's parent
};

void TestHelpWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_main.resize(800, 600);
}

void TestHelpWindow::cleanup()
{
    delete HelpWindow::instance();
    Language::install(QStringLiteral("vi"));
}

HelpWindow *TestHelpWindow::open(const QString &language, const QString &page)
{
    Language::install(language);
    HelpWindow::showPage(page, &m_main);
    HelpWindow *w = HelpWindow::instance();
    if (w && !QTest::qWaitForWindowExposed(w))
        return nullptr;
    return w;
}

void TestHelpWindow::save(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("THUKY_SCREENSHOT_DIR");
    QTest::qWait(50); // let pending layout requests settle, as they would on screen
    if (!dir.isEmpty())
        QVERIFY(w->grab().save(dir + QLatin1Char('/') + name));
}

void TestHelpWindow::samePagesInBothLanguages()
{
    const QStringList filter { QStringLiteral("*") };
    const QStringList vi = QDir(QStringLiteral(":/help/vi")).entryList(filter, QDir::Files);
    const QStringList en = QDir(QStringLiteral(":/help/en")).entryList(filter, QDir::Files);
    QStringList expected;
    for (const QString &page : HelpWindow::pages())
        expected << page + QStringLiteral(".html");
    expected.sort();
    QCOMPARE(vi, expected);
    QCOMPARE(en, expected);
}

void TestHelpWindow::linksStayInsideTheGuide_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("page");
    for (const QString &lang : { QStringLiteral("vi"), QStringLiteral("en") }) {
        for (const QString &page : HelpWindow::pages())
            QTest::addRow("%s/%s", qPrintable(lang), qPrintable(page)) << lang << page;
    }
}

void TestHelpWindow::linksStayInsideTheGuide()
{
    QFETCH(QString, language);
    QFETCH(QString, page);
    const QString html = readPage(language, page);
    QVERIFY(!html.isEmpty());
    const QUrl base = HelpWindow::pageUrl(page, language);
    const QStringList targets = links(html);
    QVERIFY2(targets.size() >= 2, "a page links to the contents and its style sheet at least");
    for (const QString &link : targets) {
        // Offline workstations: nothing may point outside what ships with the application.
        QVERIFY2(QUrl(link).scheme().isEmpty(), qPrintable(link));
        const QUrl target = base.resolved(QUrl(link));
        QVERIFY2(QFile::exists(QLatin1Char(':') + target.path()), qPrintable(link));
        if (target.hasFragment()) {
            const QString file = target.fileName().section(QLatin1Char('.'), 0, 0);
            QVERIFY2(
                anchors(readPage(language, file)).contains(target.fragment()), qPrintable(link));
        }
    }
    // The other language has the same places to link to, so that links can match.
    const QString other
        = language == QLatin1String("vi") ? QStringLiteral("en") : QStringLiteral("vi");
    QCOMPARE(anchors(html), anchors(readPage(other, page)));
}

void TestHelpWindow::pagesSayEnough_data()
{
    linksStayInsideTheGuide_data();
}

void TestHelpWindow::pagesSayEnough()
{
    QFETCH(QString, language);
    QFETCH(QString, page);
    const QString html = readPage(language, page);
    QTextDocument doc;
    doc.setHtml(html);
    QVERIFY(!doc.metaInformation(QTextDocument::DocumentTitle).isEmpty());
    QVERIFY2(html.contains(QLatin1String("<h1>")), "every page has a heading");
    const QString text = plainText(html);
    QVERIFY2(text.size() > 1200, qPrintable(QStringLiteral("%1 characters").arg(text.size())));
    const int headings = int(html.count(QLatin1String("<h2")));
    QVERIFY2(headings >= 3, "a page is divided into tasks");
    // Vietnamese pages are written in Vietnamese, English pages in English.
    const QString folded = TextNorm::fold(text);
    if (language == QLatin1String("vi")) {
        QVERIFY(text.contains(QStringLiteral("ư")) && text.contains(QStringLiteral("đ")));
        QVERIFY(folded.contains(QLatin1String(" cua ")) || folded.contains(QLatin1String(" va ")));
    } else {
        QVERIFY(text.contains(QLatin1String(" the ")) && text.contains(QLatin1String(" and ")));
    }
    // Dates are written the Vietnamese way.
    static const QRegularExpression usDate(QStringLiteral("\\b\\d{1,2}/\\d{1,2}/\\d{4}\\b"));
    for (auto it = usDate.globalMatch(text); it.hasNext();) {
        const QString date = it.next().captured();
        QVERIFY2(date.section(QLatin1Char('/'), 0, 0).toInt() <= 31
                && date.section(QLatin1Char('/'), 1, 1).toInt() <= 12,
            qPrintable(date));
    }
}

void TestHelpWindow::showPageOpensThePageInTheLanguage()
{
    HelpWindow *w = open(QStringLiteral("vi"), QStringLiteral("meetings"));
    QVERIFY(w);
    QVERIFY(w->isVisible());
    QVERIFY(!w->isModal());
    QCOMPARE(w->currentLanguage(), QStringLiteral("vi"));
    QCOMPARE(w->browser()->source(), QUrl(QStringLiteral("qrc:/help/vi/meetings.html")));
    QCOMPARE(w->currentPage(), QStringLiteral("meetings"));
    QVERIFY(w->browser()->toPlainText().contains(QStringLiteral("Duyệt và in biên bản")));
    QCOMPARE(w->contents()->count(), HelpWindow::pages().size());
    QCOMPARE(w->contents()->currentItem()->text(), w->browser()->documentTitle());
    QVERIFY(w->windowTitle().contains(w->browser()->documentTitle()));

    HelpWindow::showPage(QStringLiteral("no-such-page"), &m_main);
    QCOMPARE(w->currentPage(), QStringLiteral("index"));

    // The user interface in English: the English guide, in the same window.
    QCOMPARE(open(QStringLiteral("en"), QStringLiteral("opinions")), w);
    QCOMPARE(w->browser()->source(), QUrl(QStringLiteral("qrc:/help/en/opinions.html")));
    QVERIFY(w->browser()->toPlainText().contains(QStringLiteral("Forward, answer, resolve")));
    QCOMPARE(w->contents()->item(0)->text(), QStringLiteral("Contents and first steps"));
}

void TestHelpWindow::oneWindowRaisedAgain()
{
    HelpWindow *first = open(QStringLiteral("vi"), QStringLiteral("roster"));
    QVERIFY(first);
    first->showMinimized();
    HelpWindow::showPage(QStringLiteral("charts"), &m_main);
    QCOMPARE(HelpWindow::instance(), first);
    const QWidgetList windows = QApplication::topLevelWidgets();
    QCOMPARE(std::count_if(windows.cbegin(), windows.cend(),
                 [](const QWidget *w) { return qobject_cast<const HelpWindow *>(w); }),
        1);
    QVERIFY(first->isVisible());
    QCOMPARE(first->currentPage(), QStringLiteral("charts"));
    // Closed, it is gone; the next F1 makes a new one.
    first->close();
    QTRY_VERIFY(!HelpWindow::instance());
    QVERIFY(open(QStringLiteral("vi"), QStringLiteral("home")));
    QCOMPARE(HelpWindow::instance()->currentPage(), QStringLiteral("home"));
}

void TestHelpWindow::linksAndHistoryFromTheKeyboard()
{
    HelpWindow *w = open(QStringLiteral("vi"), QStringLiteral("index"));
    QVERIFY(w);
    w->activateWindow();
    w->browser()->setFocus();
    // Tab selects the first link of the contents (home.html), Enter follows it.
    QTest::keyClick(w->browser(), Qt::Key_Tab);
    QTest::keyClick(w->browser(), Qt::Key_Return);
    QTRY_COMPARE(w->currentPage(), QStringLiteral("home"));
    QVERIFY(w->browser()->toPlainText().contains(QStringLiteral("Phản ánh quý này")));
    auto *back = w->findChild<QAction *>(QStringLiteral("helpBack"));
    auto *forward = w->findChild<QAction *>(QStringLiteral("helpForward"));
    QVERIFY(back->isEnabled());
    QTest::keyClick(w, Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(w->currentPage(), QStringLiteral("index"));
    QVERIFY(forward->isEnabled());
    forward->trigger();
    QCOMPARE(w->currentPage(), QStringLiteral("home"));
    // A link with an anchor opens the other page at that place.
    w->browser()->setSource(
        w->browser()->source().resolved(QUrl(QStringLiteral("settings.html#waiting"))));
    QCOMPARE(w->currentPage(), QStringLiteral("settings"));
    QCOMPARE(w->browser()->documentTitle(), QStringLiteral("Cài đặt và cơ sở dữ liệu"));
    QVERIFY(w->browser()->verticalScrollBar()->value() > 0);
    w->findChild<QAction *>(QStringLiteral("helpHome"))->trigger();
    QCOMPARE(w->currentPage(), QStringLiteral("index"));
}

void TestHelpWindow::contentsListOpensPages()
{
    HelpWindow *w = open(QStringLiteral("en"), QStringLiteral("index"));
    QVERIFY(w);
    QListWidget *list = w->contents();
    for (int row = 0; row < list->count(); ++row) {
        QListWidgetItem *item = list->item(row);
        QTest::mouseClick(
            list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
        QCOMPARE(w->currentPage(), HelpWindow::pages().at(row));
        QCOMPARE(w->browser()->documentTitle(), item->text());
    }
}

void TestHelpWindow::findIgnoresDiacritics()
{
    HelpWindow *w = open(QStringLiteral("vi"), QStringLiteral("roster"));
    QVERIFY(w);
    w->activateWindow();
    // Ctrl+F shows the find bar with the cursor in it; typing without diacritics finds.
    QVERIFY(!w->findEdit()->isVisible());
    QTest::keyClick(w, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(w->findEdit()->isVisible());
    QTRY_VERIFY(w->findEdit()->hasFocus());
    QTest::keyClicks(w->findEdit(), QStringLiteral("kien toan"));
    const QString first = w->browser()->textCursor().selectedText();
    QCOMPARE(TextNorm::fold(first), QStringLiteral("kien toan"));
    const int firstAt = w->browser()->textCursor().selectionStart();
    QTest::keyClick(w->findEdit(), Qt::Key_Return);
    const int secondAt = w->browser()->textCursor().selectionStart();
    QVERIFY(secondAt > firstAt);
    QTest::keyClick(w->findEdit(), Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(w->browser()->textCursor().selectionStart(), firstAt);
    // Đ folds to d, as everywhere in Thư Ký.
    QVERIFY(w->findInPage(QStringLiteral("dai ta")));
    QCOMPARE(w->browser()->textCursor().selectedText(), QStringLiteral("Đại tá"));
    QVERIFY(!w->findInPage(QStringLiteral("xyzzy")));
    QTest::keyClicks(w->findEdit(), QStringLiteral("xyzzy"));
    auto *status = w->findChild<QWidget *>(QStringLiteral("helpFindStatus"));
    QVERIFY(!status->property("text").toString().isEmpty());
    QTest::keyClick(w->findEdit(), Qt::Key_Escape);
    QVERIFY(!w->findEdit()->isVisible());
}

void TestHelpWindow::fitsAnOfficeScreen()
{
    HelpWindow *w = open(QStringLiteral("vi"), QStringLiteral("index"));
    QVERIFY(w);
    const QRect screen = w->screen()->availableGeometry();
    QVERIFY2(w->frameGeometry().width() <= screen.width()
            && w->frameGeometry().height() <= screen.height(),
        qPrintable(QStringLiteral("%1×%2 on %3×%4")
                       .arg(w->frameGeometry().width())
                       .arg(w->frameGeometry().height())
                       .arg(screen.width())
                       .arg(screen.height())));
    // Room enough to read: most of the screen's height, the page wider than the contents.
    QVERIFY(w->height() >= screen.height() * 2 / 3);
    QVERIFY(w->browser()->width() > 2 * w->contents()->width());
}

void TestHelpWindow::screenshots()
{
    for (const QString &lang : { QStringLiteral("vi"), QStringLiteral("en") }) {
        HelpWindow *w = open(lang, QStringLiteral("meetings"));
        QVERIFY(w);
        save(w, QStringLiteral("help-%1.png").arg(lang));
        for (const QString &page : { QStringLiteral("index"), QStringLiteral("keyboard") }) {
            HelpWindow::showPage(page, &m_main);
            save(w, QStringLiteral("help-%1-%2.png").arg(lang, page));
        }
        HelpWindow::showPage(QStringLiteral("opinions"), &m_main);
        w->browser()->scrollToAnchor(QStringLiteral("import"));
        save(w, QStringLiteral("help-%1-import.png").arg(lang));
        HelpWindow::showPage(QStringLiteral("roster"), &m_main);
        QTest::keyClick(w, Qt::Key_F, Qt::ControlModifier);
        QTest::keyClicks(w->findEdit(),
            lang == QLatin1String("vi") ? QStringLiteral("sap nhap") : QStringLiteral("merge"));
        QVERIFY(w->browser()->textCursor().hasSelection());
        save(w, QStringLiteral("help-%1-find.png").arg(lang));
        delete w;
    }
}

THUKY_TEST_MAIN_OFFICE_SCREEN(TestHelpWindow)

#include "tst_helpwindow.moc"
