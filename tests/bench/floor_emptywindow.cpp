// The floor of the start-up benchmark (bench_start): a plain Qt Widgets window, shown and
// closed at its first paint — what any Qt Widgets application pays before its own work.

#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QTimer>

namespace {
class FirstPaint : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType())
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        return false;
    }
};
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("floor"));
    window.resize(1280, 720);
    FirstPaint watcher;
    app.installEventFilter(&watcher);
    window.show();
    return app.exec();
}
