#include <ui/meetings/minutesexport.h>

#include <ui/common/documentexport.h>

#include <core/meetings/minutes.h>
#include <core/text/vndate.h>

#include <QDir>
#include <QPrinter>

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
    DocumentExport::showPreview(parent, tr("Minutes — print preview"),
        [this, meetingId](QPrinter *p) { print(meetingId, p); });
}

QString MinutesExport::askPath(QWidget *parent, const QDate &date, const QString &suffix)
{
    return DocumentExport::askPath(
        parent, tr("Export minutes"), QStringLiteral("bien-ban-%1").arg(VnDate::iso(date)), suffix);
}

} // namespace thuky
