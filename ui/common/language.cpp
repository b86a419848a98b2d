#include <ui/common/language.h>

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace thuky {

QString Language::current()
{
    const QString code = QSettings().value(QStringLiteral("language")).toString();
    return isSupported(code) ? code : QStringLiteral("vi");
}

QString Language::running()
{
    // install() sets the default locale to the language it installs.
    switch (QLocale().language()) {
    case QLocale::Vietnamese:
        return QStringLiteral("vi");
    case QLocale::English:
        return QStringLiteral("en");
    default:
        return current();
    }
}

void Language::setPreferred(const QString &code)
{
    QSettings().setValue(QStringLiteral("language"), code);
}

bool Language::isSupported(const QString &code)
{
    return code == QLatin1String("vi") || code == QLatin1String("en");
}

void Language::install(const QString &code)
{
    const QLocale locale = code == QLatin1String("vi")
        ? QLocale(QLocale::Vietnamese, QLocale::Vietnam)
        : QLocale(QLocale::English, QLocale::UnitedKingdom);
    QLocale::setDefault(locale);
    auto *app = QCoreApplication::instance();
    // Qt's own catalogue first where the system has one (not for Vietnamese on Debian);
    // ours is installed last, so it wins for the Qt strings it carries.
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto *ours = new QTranslator(app);
    if (ours->load(QStringLiteral(":/i18n/thuky_%1.qm").arg(code)))
        QCoreApplication::installTranslator(ours);
    else
        delete ours;
}

} // namespace thuky
