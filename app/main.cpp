#include <core/database.h>
#include <ui/mainwindow.h>

#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QStandardPaths>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("thuky"));
    QCoreApplication::setApplicationName(QStringLiteral("thuky"));
    const QString path = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                                 .filePath(QStringLiteral("thuky.sqlite"));
    thuky::Database db(path);
    try {
        db.open();
    } catch (const thuky::DbError &e) {
        QMessageBox::critical(nullptr, QObject::tr("Thư Ký"), e.message());
        return 4;
    }
    thuky::MainWindow window(db);
    window.show();
    return app.exec();
}
