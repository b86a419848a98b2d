#include <ui/meetings/meetingdraftfile.h>

#include <core/meetings/meetingjson.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace thuky {

MeetingDraftFile::MeetingDraftFile(const QString &meetingUuid)
    : m_uuid(meetingUuid)
{
}

QString MeetingDraftFile::path() const
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/drafts");
    return QDir(dir).filePath(
        QStringLiteral("meeting-%1.json").arg(m_uuid.isEmpty() ? QStringLiteral("new") : m_uuid));
}

bool MeetingDraftFile::write(const Meeting &form) const
{
    QDir().mkpath(QFileInfo(path()).absolutePath());
    QSaveFile f(path());
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(QJsonDocument(MeetingJson::toJson(form)).toJson(QJsonDocument::Compact));
    return f.commit();
}

std::optional<Meeting> MeetingDraftFile::read(const Meeting &base) const
{
    QFile f(path());
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    if (!doc.isObject())
        return std::nullopt;
    return MeetingJson::fromJson(doc.object(), base);
}

QDateTime MeetingDraftFile::lastModified() const
{
    return QFileInfo(path()).lastModified();
}

void MeetingDraftFile::remove() const
{
    QFile::remove(path());
}

} // namespace thuky
