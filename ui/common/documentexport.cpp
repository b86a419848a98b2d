#include <ui/common/documentexport.h>

#include <core/db/database.h>
#include <core/documents/printedlist.h>
#include <core/meetings/tasklistdocument.h>
#include <core/opinions/opinionlistdocument.h>
#include <core/roster/rosterdocument.h>
#include <core/text/vndate.h>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>

namespace thuky {

DocumentExport::DocumentExport(const Source &source, QWidget *parent, bool shortcut)
    : QObject(parent)
    , m_source(source)
    , m_view(parent)
{
    setObjectName(QStringLiteral("documentExport"));
    m_print = new QAction(QIcon::fromTheme(QStringLiteral("document-print")), tr("&Print…"), this);
    m_print->setObjectName(QStringLiteral("printList"));
    const QString tip = tr("Print the list as it is shown, with a preview first");
    if (shortcut) {
        m_print->setShortcut(QKeySequence::Print);
        m_print->setToolTip(QStringLiteral("%1 (%2)").arg(
            tip, m_print->shortcut().toString(QKeySequence::NativeText)));
    } else {
        m_print->setToolTip(tip);
    }
    m_print->setStatusTip(tip);
    m_pdf = new QAction(
        QIcon::fromTheme(QStringLiteral("application-pdf")), tr("Save as P&DF…"), this);
    m_pdf->setObjectName(QStringLiteral("saveListPdf"));
    m_pdf->setStatusTip(tr("Save the printed list as a PDF file"));
    m_odt = new QAction(
        QIcon::fromTheme(QStringLiteral("x-office-document")), tr("Save as &ODT…"), this);
    m_odt->setObjectName(QStringLiteral("saveListOdt"));
    m_odt->setStatusTip(tr("Save the printed list as an OpenDocument text (LibreOffice, Word)"));
    connect(m_print, &QAction::triggered, this, &DocumentExport::preview);
    connect(m_pdf, &QAction::triggered, this, [this] { saveAs(QStringLiteral("pdf")); });
    connect(m_odt, &QAction::triggered, this, [this] { saveAs(QStringLiteral("odt")); });
}

QList<QAction *> DocumentExport::actions() const
{
    return { m_print, m_pdf, m_odt };
}

QToolButton *DocumentExport::createButton(QWidget *parent) const
{
    auto *button = new QToolButton(parent);
    button->setObjectName(QStringLiteral("printListButton"));
    button->setDefaultAction(m_print);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *menu = new QMenu(button);
    menu->addActions({ m_pdf, m_odt });
    button->setMenu(menu);
    button->setPopupMode(QToolButton::MenuButtonPopup);
    return button;
}

QString DocumentExport::attempt(const std::function<void()> &work)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString problem;
    try {
        work();
    } catch (const ValidationError &e) {
        problem = e.message();
    } catch (const DbError &e) {
        problem = e.message();
    }
    QApplication::restoreOverrideCursor();
    return problem;
}

void DocumentExport::tell(const QString &message, bool error)
{
    if (error) {
        QMessageBox::warning(m_view, tr("Print"), message);
        return;
    }
    if (auto *window = qobject_cast<QMainWindow *>(m_view ? m_view->window() : nullptr))
        window->statusBar()->showMessage(message, 10000);
}

bool DocumentExport::exportTo(const QString &path, QString *message)
{
    if (!PrintedList::isSupportedPath(path)) {
        *message = tr("A printed list is saved as .pdf or .odt.");
        return false;
    }
    bool written = false;
    QString error;
    const QString problem = attempt([&] { written = m_source.write(path, &error); });
    if (!problem.isEmpty())
        error = problem;
    if (!written) {
        *message = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), error);
        return false;
    }
    *message = tr("Saved the list to %1.").arg(QDir::toNativeSeparators(path));
    emit exported(path);
    return true;
}

void DocumentExport::print(QPagedPaintDevice *device)
{
    const QString problem = attempt([&] { m_source.print(device); });
    if (!problem.isEmpty())
        tell(problem, true);
}

void DocumentExport::preview()
{
    showPreview(
        m_view, m_source.title, [this](QPrinter *printer) { print(printer); }, { m_pdf, m_odt });
}

bool DocumentExport::saveAs(const QString &suffix)
{
    QWidget *over = QApplication::activeModalWidget() ? QApplication::activeModalWidget() : m_view;
    const QString path
        = askPath(over, suffix == QLatin1String("pdf") ? tr("Save as PDF") : tr("Save as ODT"),
            m_source.fileName ? m_source.fileName() : QStringLiteral("danh-sach"), suffix);
    if (path.isEmpty())
        return false;
    QString message;
    const bool ok = exportTo(path, &message);
    tell(message, !ok);
    return ok;
}

void DocumentExport::showPreview(QWidget *parent, const QString &title,
    const std::function<void(QPrinter *)> &paint, const QList<QAction *> &extra)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(title);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, paint);
    if (QToolBar *bar = dialog.findChild<QToolBar *>(); bar && !extra.isEmpty()) {
        bar->addSeparator();
        bar->addActions(extra);
    }
    dialog.exec();
    if (QToolBar *bar = dialog.findChild<QToolBar *>())
        for (QAction *a : extra)
            bar->removeAction(a); // the actions outlive the dialog
}

QString DocumentExport::askPath(
    QWidget *parent, const QString &title, const QString &fileName, const QString &suffix)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(parent, title,
        QDir(folder).filePath(fileName + QLatin1Char('.') + suffix),
        suffix == QLatin1String("pdf") ? tr("PDF (*.pdf)") : tr("OpenDocument text (*.odt)"));
    if (!path.isEmpty() && QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
        path += QLatin1Char('.') + suffix;
    return path;
}

DocumentExport::Source DocumentExport::roster(
    Database &db, const std::function<qint64()> &committee, const std::function<QDate()> &asOf)
{
    auto options = [committee, asOf] {
        RosterDocument::Options o;
        o.committeeId = committee();
        o.asOf = asOf();
        return o;
    };
    Source s;
    s.title = tr("Roster — print preview");
    s.write = [&db, options](const QString &path, QString *error) {
        return RosterDocument(db).write(options(), path, error);
    };
    s.print = [&db, options](QPagedPaintDevice *d) { RosterDocument(db).print(options(), d); };
    s.fileName
        = [asOf] { return QStringLiteral("danh-sach-thanh-vien-%1").arg(VnDate::iso(asOf())); };
    return s;
}

DocumentExport::Source DocumentExport::tasks(
    Database &db, const std::function<TaskFilter()> &filter)
{
    auto options = [filter] {
        TaskListDocument::Options o;
        o.filter = filter();
        return o;
    };
    Source s;
    s.title = tr("Task list — print preview");
    s.write = [&db, options](const QString &path, QString *error) {
        return TaskListDocument(db).write(options(), path, error);
    };
    s.print = [&db, options](QPagedPaintDevice *d) { TaskListDocument(db).print(options(), d); };
    s.fileName = [] {
        return QStringLiteral("danh-sach-nhiem-vu-%1").arg(VnDate::iso(QDate::currentDate()));
    };
    return s;
}

DocumentExport::Source DocumentExport::opinions(
    Database &db, const std::function<OpinionFilter()> &filter)
{
    auto options = [filter] {
        OpinionListDocument::Options o;
        o.filter = filter();
        return o;
    };
    Source s;
    s.title = tr("Opinion reports — print preview");
    s.write = [&db, options](const QString &path, QString *error) {
        return OpinionListDocument(db).write(options(), path, error);
    };
    s.print = [&db, options](QPagedPaintDevice *d) { OpinionListDocument(db).print(options(), d); };
    s.fileName = [] {
        return QStringLiteral("danh-sach-phan-anh-%1").arg(VnDate::iso(QDate::currentDate()));
    };
    return s;
}

} // namespace thuky
