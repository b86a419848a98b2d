#pragma once

// A test main() whose offscreen platform has one 1366×768 screen: the smallest office screen
// the windows must fit (Qt's offscreen screen is 800×600 by default).

#include <QApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace thuky::test {

/** Points the offscreen platform at a 1366×768 screen; call before QApplication exists. */
inline void useOfficeScreen(const QTemporaryDir &dir)
{
    if (qEnvironmentVariable("QT_QPA_PLATFORM") != QLatin1String("offscreen"))
        return;
    const QString config = dir.filePath(QStringLiteral("screen.json"));
    QFile file(config);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(R"({"screens": [{"name": "office", "x": 0, "y": 0, "width": 1366,
                       "height": 768, "logicalDpi": 96, "logicalBaseDpi": 96}]})");
        file.close();
        qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.toUtf8());
    }
}

} // namespace thuky::test

/** QTEST_MAIN on a 1366×768 offscreen screen. */
#define THUKY_TEST_MAIN_OFFICE_SCREEN(TestObject)                                                  \
    int main(int argc, char **argv)                                                                \
    {                                                                                              \
        QTemporaryDir screenDir;                                                                   \
        thuky::test::useOfficeScreen(screenDir);                                                   \
        QApplication app(argc, argv);                                                              \
        TestObject test;                                                                           \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&test, argc, argv);                                                    \
    }
