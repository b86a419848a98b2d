#include <core/db/lazylibrary.h>

#include <QCoreApplication>

#include <stdexcept>

namespace thuky {

LazyLibrary::LazyLibrary(const char *name, int version, const char *package)
    : m_library(QString::fromLatin1(name), version)
    , m_package(QString::fromLatin1(package))
{
}

bool LazyLibrary::load(QString *error)
{
    if (!m_loaded)
        m_loaded = m_library.load();
    if (!m_loaded && error)
        *error = QCoreApplication::translate(
            "thuky::LazyLibrary", "%1 cannot be loaded (install the Debian package %2): %3")
                     .arg(m_library.fileName(), m_package, m_library.errorString());
    return m_loaded;
}

QFunctionPointer LazyLibrary::resolve(const char *symbol)
{
    QString error;
    if (!load(&error))
        throw std::runtime_error(error.toStdString());
    const QFunctionPointer f = m_library.resolve(symbol);
    if (!f)
        throw std::runtime_error(QStringLiteral("%1: %2 is missing")
                                     .arg(m_library.fileName(), QString::fromLatin1(symbol))
                                     .toStdString());
    return f;
}

} // namespace thuky
