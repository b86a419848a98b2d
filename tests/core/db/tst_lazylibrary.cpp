// The libraries looked up at their first use (core/db/lazylibrary.h): they load and resolve,
// a missing one says which Debian package to install, and the application itself does not
// link them (nor OpenSSL, Kerberos and LDAP behind them), so that a start does not pay for them.

#include <core/db/lazylibrary.h>

#include <QProcess>
#include <QTest>

#include <stdexcept>

#include <xlsxwriter.h>
#include <zip.h>

using namespace thuky;

class TestLazyLibrary : public QObject
{
    Q_OBJECT
private slots:
    void loadsAndCallsThroughItsOwnSignature()
    {
        LazyLibrary zip("zip", 4, "libzip4");
        QString error;
        QVERIFY2(zip.load(&error), qPrintable(error));
        // zip_libzip_version() is libzip's own answer: a real call through the pointer.
        const QString version = QString::fromLatin1(THUKY_LAZY(zip, zip_libzip_version)());
        QVERIFY2(version.startsWith(QLatin1Char('1')), qPrintable(version));

        LazyLibrary xlsx("xlsxwriter", 4, "libxlsxwriter4");
        QVERIFY2(xlsx.load(&error), qPrintable(error));
        const QString message
            = QString::fromUtf8(THUKY_LAZY(xlsx, lxw_strerror)(LXW_ERROR_MEMORY_MALLOC_FAILED));
        QVERIFY2(
            message.contains(QLatin1String("memory"), Qt::CaseInsensitive), qPrintable(message));
    }

    void aMissingLibraryNamesItsPackage()
    {
        LazyLibrary missing("thuky-no-such-library", 9, "thuky-no-such-package");
        QString error;
        QVERIFY(!missing.load(&error));
        QVERIFY2(error.contains(QLatin1String("thuky-no-such-package")), qPrintable(error));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, missing.resolve("anything"));
        LazyLibrary zip("zip", 4, "libzip4");
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, zip.resolve("zip_no_such_function"));
    }

    void theApplicationDoesNotLinkThem()
    {
        QProcess readelf;
        readelf.start(
            QStringLiteral("readelf"), { QStringLiteral("-d"), QStringLiteral(THUKY_GUI_PATH) });
        QVERIFY(readelf.waitForFinished(30000));
        const QString dynamic = QString::fromLocal8Bit(readelf.readAllStandardOutput());
        QVERIFY2(dynamic.contains(QLatin1String("libQt6Widgets")), qPrintable(dynamic));
        for (const char *lib : { "libpq", "libzip", "libxlsxwriter", "libcrypto", "libssl" })
            QVERIFY2(!dynamic.contains(QLatin1String(lib)), lib);
    }
};

QTEST_GUILESS_MAIN(TestLazyLibrary)
#include "tst_lazylibrary.moc"
