#pragma once

#include <QMap>
#include <QString>

namespace thuky {

class Database;

/**
 * The office's settings kept in the database (`settings` table), shared by every workstation
 * of the office: the printed documents' margins and signature labels, the superior body's
 * name, the days before a report counts as waiting, the backup policy. Keys are listed below;
 * a missing or empty value means the default.
 */
class SettingsRepository
{
public:
    // The keys (SPEC.md "Printed minutes", "Audit, backups and exchange files").
    static constexpr const char *MarginTop = "document.margin_top";
    static constexpr const char *MarginBottom = "document.margin_bottom";
    static constexpr const char *MarginLeft = "document.margin_left";
    static constexpr const char *MarginRight = "document.margin_right";
    static constexpr const char *SuperiorBody = "document.superior_body";
    static constexpr const char *SignatureLeft = "minutes.signature_left";
    static constexpr const char *SignatureRight = "minutes.signature_right";
    static constexpr const char *NumberSuffix = "minutes.number_suffix";
    static constexpr const char *WaitingDays = "home/waiting_days";
    static constexpr const char *BackupDaily = "backup.daily";
    static constexpr const char *BackupKeep = "backup.keep";

    // The defaults of those keys that are not numbers of millimetres.
    static constexpr int DefaultWaitingDays = 14;
    static QString defaultSignatureLeft() { return QStringLiteral("NGƯỜI GHI BIÊN BẢN"); }
    static QString defaultSignatureRight() { return QStringLiteral("CHỦ TRÌ HỘI NGHỊ"); }
    static QString defaultNumberSuffix() { return QStringLiteral("BB/BCĐ"); }

    explicit SettingsRepository(Database &db);

    /** The value of @p key, @p fallback when it is missing or empty. */
    QString value(const QString &key, const QString &fallback = {}) const;
    /** A whole number in [@p min, @p max]; @p fallback when missing, bad or out of range. */
    int number(const QString &key, int fallback, int min, int max) const;
    /**
     * Stores @p values in one transaction (an empty value removes the key, so the default
     * applies again); each changed key is one audit line with its old and new value.
     */
    void setValues(const QMap<QString, QString> &values);

private:
    Database &m_db;
};

} // namespace thuky
