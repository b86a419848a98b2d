// The opinion entry form and the appoint dialog on a 1366×768 screen, in Vietnamese: each
// fits the screen with its fields in reading order. With THUKY_SCREENSHOT_DIR set, the test
// saves the screen as a picture for a person to look at (entry-form.png, appoint.png).

#include "dialogfixture.h"

#include <ui/common/language.h>
#include <ui/common/personpicker.h>
#include <ui/opinions/opinionsview.h>
#include <ui/roster/rosterview.h>

#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>

using namespace thuky;
using namespace thuky::test;

namespace {
const QSize screen(1366, 768);
}

class TestFormScreens : public QObject, private DialogFixture
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        initTestCaseFixture();
        Language::install(QStringLiteral("vi"));
    }
    void init() { initFixture(); }
    void cleanup() { cleanupFixture(); }

    void entryForm();
    void appointDialog();

private:
    /** Shows @p dialog over @p area as a 1366×768 screen would, and saves the picture. */
    void shoot(QWidget *area, QDialog *dialog, const QString &name);
};

void TestFormScreens::shoot(QWidget *area, QDialog *dialog, const QString &name)
{
    area->resize(screen);
    area->show();
    QVERIFY(QTest::qWaitForWindowExposed(area));
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTest::qWait(50); // let layout requests settle, as they would on screen
    // The dialog fits the screen (a title bar and a task bar take about 70 pixels).
    QVERIFY2(dialog->height() <= screen.height() - 70 && dialog->width() <= screen.width(),
        qPrintable(QStringLiteral("%1×%2").arg(dialog->width()).arg(dialog->height())));
    for (QLabel *label : dialog->findChildren<QLabel *>()) {
        if (label->isVisible() && !label->wordWrap() && !label->text().isEmpty())
            QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(label->text()));
    }
    const QString dir = qEnvironmentVariable("THUKY_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QImage picture(screen, QImage::Format_RGB32);
    QPainter painter(&picture);
    painter.drawPixmap(0, 0, area->grab());
    const QPoint at(
        (screen.width() - dialog->width()) / 2, qMax(0, (screen.height() - dialog->height()) / 2));
    painter.fillRect(QRect(at, dialog->size()).adjusted(-1, -1, 1, 1), Qt::darkGray);
    painter.drawPixmap(at, dialog->grab());
    painter.end();
    QVERIFY(picture.save(dir + QLatin1Char('/') + name));
}

void TestFormScreens::entryForm()
{
    OpinionsView view(*m_db, m_undo.get());
    view.newReportsAction()->trigger();
    OpinionEntryDialog *dialog = view.entryDialog();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->dateEdit(), QStringLiteral("17/7/24"));
    dialog->localityEdit()->setText(QStringLiteral("Mỹ Bình"));
    dialog->topicEdit()->setText(QStringLiteral("Đất đai"));
    dialog->summaryEdit()->setPlainText(
        QStringLiteral("Người dân phản ánh việc bồi thường giải phóng mặt bằng còn chậm."));
    shoot(&view, dialog, QStringLiteral("entry-form.png"));
    dialog->close();
}

void TestFormScreens::appointDialog()
{
    RosterView view(*m_db, m_undo.get());
    view.appointAction()->trigger();
    AppointDialog *dialog = nullptr;
    for (auto *d : view.findChildren<AppointDialog *>())
        dialog = d;
    QVERIFY(dialog);
    QTest::keyClicks(dialog->picker()->filterEdit(), QStringLiteral("Do Van Hung"));
    QTest::keyClick(dialog->picker()->filterEdit(), Qt::Key_Insert);
    dialog->newHonorificEdit()->setText(QStringLiteral("Đại tá"));
    dialog->newTitlesEdit()->setText(QStringLiteral("Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"));
    dialog->decisionEdit()->setText(QStringLiteral("Quyết định số 9-QĐ/TU"));
    shoot(&view, dialog, QStringLiteral("appoint.png"));
    dialog->reject();
}

QTEST_MAIN(TestFormScreens)
#include "tst_formscreens.moc"
