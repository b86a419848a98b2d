#include <core/documents/documentpagesettings.h>

#include <core/db/database.h>

#include <QSqlQuery>

namespace thuky {

DocumentPageSettings DocumentPageSettings::fromDatabase(Database &db)
{
    DocumentPageSettings s;
    QSqlQuery q
        = db.exec(QStringLiteral("SELECT key, value FROM settings WHERE key LIKE 'document.%'"));
    while (q.next()) {
        const QString key = q.value(0).toString();
        bool ok = false;
        const double v = q.value(1).toString().toDouble(&ok);
        if (key == QLatin1String("document.superior_body")) {
            s.superiorBody = q.value(1).toString().trimmed();
            continue;
        }
        if (key == QLatin1String("document.font_family")) {
            if (!q.value(1).toString().trimmed().isEmpty())
                s.fontFamily = q.value(1).toString().trimmed();
            continue;
        }
        if (!ok || v < 0 || v > 80)
            continue;
        if (key == QLatin1String("document.margin_top"))
            s.marginTopMm = v;
        else if (key == QLatin1String("document.margin_bottom"))
            s.marginBottomMm = v;
        else if (key == QLatin1String("document.margin_left"))
            s.marginLeftMm = v;
        else if (key == QLatin1String("document.margin_right"))
            s.marginRightMm = v;
        else if (key == QLatin1String("document.body_size") && v >= 8)
            s.bodyPointSize = v;
    }
    return s;
}

} // namespace thuky
