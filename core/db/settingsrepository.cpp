#include <core/db/settingsrepository.h>

#include <core/db/database.h>

namespace thuky {

SettingsRepository::SettingsRepository(Database &db)
    : m_db(db)
{
}

QString SettingsRepository::value(const QString &key, const QString &fallback) const
{
    const QString v
        = m_db.scalar(QStringLiteral("SELECT value FROM settings WHERE key = ?"), { key })
              .toString()
              .trimmed();
    return v.isEmpty() ? fallback : v;
}

int SettingsRepository::number(const QString &key, int fallback, int min, int max) const
{
    bool ok = false;
    const int v = value(key).toInt(&ok);
    return ok && v >= min && v <= max ? v : fallback;
}

void SettingsRepository::setValues(const QMap<QString, QString> &values)
{
    Transaction tx(m_db);
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QString old = value(it.key());
        const QString now = it.value().trimmed();
        if (old == now)
            continue;
        m_db.exec(QStringLiteral("DELETE FROM settings WHERE key = ?"), { it.key() });
        if (!now.isEmpty())
            m_db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"),
                { it.key(), now });
        m_db.auditField(
            QStringLiteral("setting"), QStringLiteral("settings"), QString(), it.key(), old, now);
    }
    tx.commit();
}

} // namespace thuky
