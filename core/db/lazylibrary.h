#pragma once

#include <QLibrary>
#include <QString>

namespace thuky {

/**
 * A C library loaded at its first use instead of linked: libzip (ODT page set-up), libxlsxwriter
 * (XLSX export) and libpq (COPY to a server). Linked, they and what they link (OpenSSL's
 * libcrypto; TLS, Kerberos and LDAP for libpq) were loaded at every start of the application,
 * a third of an empty window's start, for work most sessions never do.
 */
class LazyLibrary
{
public:
    /** @p name without "lib" and ".so" (e.g. "zip"), @p version its soname's major version. */
    LazyLibrary(const char *name, int version, const char *package);

    /** Loads the library; false with *@p error (naming the Debian package) when it cannot. */
    bool load(QString *error = nullptr);
    /**
     * The function @p symbol of the loaded library. load() must have succeeded; a symbol the
     * library lacks (another version) throws std::runtime_error.
     */
    QFunctionPointer resolve(const char *symbol);

private:
    QLibrary m_library;
    QString m_package;
    bool m_loaded = false;
};

} // namespace thuky

/** Calls C function @p fn of LazyLibrary @p lib with its own signature: LAZY(lib, zip_open)(…). */
#define THUKY_LAZY(lib, fn) (reinterpret_cast<decltype(&::fn)>((lib).resolve(#fn)))
