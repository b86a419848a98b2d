#pragma once

#include <QPointer>
#include <QUrl>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QTextBrowser;
class QToolBar;

namespace thuky {

/**
 * The user guide (resources/help/vi, resources/help/en): a non-modal window with the page,
 * a contents list, back, forward and contents buttons, and a find bar (Ctrl+F) that ignores
 * Vietnamese diacritics as every search of the application does. One window per application:
 * showPage() raises it when it is already open.
 */
class HelpWindow : public QWidget
{
    Q_OBJECT
public:
    /**
     * Opens @p page (index, home, roster, meetings, opinions, charts, search, settings,
     * keyboard; anything else opens index) in the user interface language, in the one help
     * window of the application, created as a window of @p parent's window when needed.
     */
    static void showPage(const QString &page, QWidget *parent = nullptr);
    /** The help window when one is open, else nullptr. */
    static HelpWindow *instance();
    /** Every page of the guide, contents first. */
    static QStringList pages();
    /** The guide's language: that of the installed user interface ("vi" or "en"). */
    static QString language();
    /** Where @p page of the guide in @p language is stored (a qrc: URL). */
    static QUrl pageUrl(const QString &page, const QString &language);

    /** The page shown ("meetings"), from the browser's URL. */
    QString currentPage() const;
    QString currentLanguage() const { return m_language; }
    QTextBrowser *browser() const { return m_browser; }
    QListWidget *contents() const { return m_contents; }
    QLineEdit *findEdit() const { return m_find; }

    /** Opens @p page in the window's language (unknown: index). */
    void openPage(const QString &page);
    /**
     * Selects the next (or previous) place in the page that matches @p text, ignoring case
     * and diacritics, wrapping around; false when the page has none.
     */
    bool findInPage(const QString &text, bool backwards = false);

private:
    HelpWindow(const QString &language, QWidget *parent);
    QToolBar *buildToolBar();
    QWidget *buildFindBar();
    void setLanguage(const QString &language);
    void fillContents();
    void pageChanged(const QUrl &url);
    void showFindBar();
    void findFromBar(bool backwards);

    static QPointer<HelpWindow> s_instance;

    QString m_language;
    QTextBrowser *m_browser = nullptr;
    QListWidget *m_contents = nullptr;
    QWidget *m_findBar = nullptr;
    QLineEdit *m_find = nullptr;
    QLabel *m_findStatus = nullptr;
    QString m_foldedPage; ///< the page's characters folded one for one, for findInPage()
};

} // namespace thuky
