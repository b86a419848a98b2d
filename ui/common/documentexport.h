#pragma once

#include <core/meetings/task.h>
#include <core/opinions/opinionrepository.h>

#include <QDate>
#include <QObject>
#include <QToolButton>

#include <functional>

class QAction;
class QPagedPaintDevice;
class QPrinter;
class QWidget;

namespace thuky {

class Database;

/**
 * A printed document of a view on paper or in a file: "Print…" opens the print preview (with
 * Save as PDF and Save as ODT in its tool bar), "Save as PDF…" and "Save as ODT…" ask where to
 * write. The document is built afresh at each use from what the view shows then (its
 * committee and date, its filter), through a Source.
 *
 * Typical use in a view (the ready-made sources roster(), tasks() and opinions() cover the
 * printed lists):
 * @code
 *   auto *printing = new DocumentExport(DocumentExport::roster(db, committee, asOf), this);
 *   addActions(printing->actions());              // the area's menu
 *   toolBar->addWidget(printing->createButton(toolBar));
 * @endcode
 */
class DocumentExport : public QObject
{
    Q_OBJECT
public:
    /** What is printed. Each function may throw ValidationError or DbError. */
    struct Source
    {
        /** Writes the document to a .pdf or .odt file; false with the error set. */
        std::function<bool(const QString &path, QString *error)> write;
        /** Paints the document on a printer or the preview. */
        std::function<void(QPagedPaintDevice *device)> print;
        /** The file name offered, without its extension ("danh-sach-nhiem-vu-2024-07-17"). */
        std::function<QString()> fileName;
        /** The print preview's window title. */
        QString title;
    };

    /**
     * @p parent is the view: dialogs open over it, messages go to its window's status bar.
     * With @p shortcut, Print… answers Ctrl+P while the view is shown.
     */
    DocumentExport(const Source &source, QWidget *parent, bool shortcut = true);

    /** The roster of committee @p committee() as of @p asOf() (the roster view's selection). */
    static Source roster(
        Database &db, const std::function<qint64()> &committee, const std::function<QDate()> &asOf);
    /** The task list of @p filter() (the tasks pane's filters). */
    static Source tasks(Database &db, const std::function<TaskFilter()> &filter);
    /** The opinion reports of @p filter() (the report list's filter and search). */
    static Source opinions(Database &db, const std::function<OpinionFilter()> &filter);

    QAction *printAction() const { return m_print; }
    QAction *pdfAction() const { return m_pdf; }
    QAction *odtAction() const { return m_odt; }
    /** Print…, Save as PDF…, Save as ODT…, for the area's menu. */
    QList<QAction *> actions() const;
    /** A tool bar button: Print…, with the two Save as… actions in its menu. */
    QToolButton *createButton(QWidget *parent) const;

    /** Writes the document to @p path (.pdf or .odt); @p message says where or why not. */
    bool exportTo(const QString &path, QString *message);
    void print(QPagedPaintDevice *device);
    /** Opens the print preview over the view. */
    void preview();
    /** Asks where to save as @p suffix (pdf, odt) and saves there; false if not saved. */
    bool saveAs(const QString &suffix);

    /**
     * The print preview of A4 pages painted by @p paint, titled @p title, with @p extra actions
     * at the end of its tool bar. Shared with the minutes (MinutesExport).
     */
    static void showPreview(QWidget *parent, const QString &title,
        const std::function<void(QPrinter *)> &paint, const QList<QAction *> &extra = {});
    /**
     * Asks where to save @p fileName (without extension) as @p suffix (pdf, odt), starting in
     * the Documents folder; the extension is added when the clerk leaves it out. Empty if
     * cancelled.
     */
    static QString askPath(
        QWidget *parent, const QString &title, const QString &fileName, const QString &suffix);

signals:
    /** A file was written at @p path. */
    void exported(const QString &path);

private:
    /** Runs @p work under the wait cursor; what it threw (ValidationError, DbError), or empty. */
    static QString attempt(const std::function<void()> &work);
    void tell(const QString &message, bool error);

    Source m_source;
    QWidget *m_view;
    QAction *m_print;
    QAction *m_pdf;
    QAction *m_odt;
};

} // namespace thuky
