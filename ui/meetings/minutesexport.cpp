#include <ui/meetings/minutesexport.h>

#include <core/meetings/minutes.h>
#include <core/text/vndate.h>

#include <QDir>
#include <QFileDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace thuky {

MinutesExport::MinutesExport(Database &db)
    : m_db(db)
{
}

bool MinutesExport::exportTo(qint64 meetingId, const QString &path, QString *message)
{
    if (!MinutesWriter::isSupportedPath(path)) {
        *message = tr("Minutes are exported as .pdf or .odt.");
        return false;
    }
    QString error;
    if (!MinutesWriter(m_db).write(meetingId, path, &error)) {
        *message = tr("Cannot write %1: %2").arg(path, error);
        return false;
    }
    *message = tr("Exported the minutes to %1.").arg(QDir::toNativeSeparators(path));
    return true;
}

void MinutesExport::print(qint64 meetingId, QPagedPaintDevice *device)
{
    if (meetingId > 0)
        MinutesWriter(m_db).print(meetingId, device);
}

void MinutesExport::preview(qint64 meetingId, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Minutes — print preview"));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
        [this, meetingId](QPrinter *p) { print(meetingId, p); });
    dialog.exec();
}

QString MinutesExport::askPath(QWidget *parent, const QDate &date, const QString &suffix)
{
    const QString name = QStringLiteral("bien-ban-%1.%2").arg(VnDate::iso(date), suffix);
    return QFileDialog::getSaveFileName(parent, tr("Export minutes"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name),
        suffix == QLatin1String("pdf") ? tr("PDF (*.pdf)") : tr("OpenDocument text (*.odt)"));
}

} // namespace thuky
