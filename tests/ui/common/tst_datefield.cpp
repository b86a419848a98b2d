// Dates typed in one go, offscreen, in every form of the roster and opinion areas: a click
// anywhere in the date and `17/07/2024`, `17072024` or `17/7/24` give 17/07/2024, "/" never
// leaves the field, the next field keeps its text, and a date that is no date is refused.

#include "dialogfixture.h"

#include <ui/common/datefield.h>
#include <ui/common/personpicker.h>

#include <QApplication>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>

using namespace thuky;
using namespace thuky::test;

namespace {
/** The line edits a clerk types into, other than those inside a date or a drop-down. */
QList<QLineEdit *> otherLines(QDialog *dialog)
{
    QList<QLineEdit *> out;
    for (QLineEdit *line : dialog->findChildren<QLineEdit *>()) {
        QWidget *parent = line->parentWidget();
        if (qobject_cast<QAbstractSpinBox *>(parent) || qobject_cast<QComboBox *>(parent)
            || !line->isVisible() || !line->isEnabled() || line->isReadOnly())
            continue;
        out.append(line);
    }
    return out;
}

/** Clicks into @p field's text at a fraction of its width (0.45: the month). */
void clickInto(QWidget *field, double at = 0.45)
{
    auto *line = field->findChild<QLineEdit *>();
    QWidget *target = line ? line : field;
    QTest::mouseClick(
        target, Qt::LeftButton, {}, QPoint(int(target->width() * at), target->height() / 2));
}
} // namespace

class TestDateField : public QObject, private DialogFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { initTestCaseFixture(); }
    void init() { initFixture(); }
    void cleanup() { cleanupFixture(); }

    void parseTyped_data();
    void parseTyped();
    void typedInEveryForm_data();
    void typedInEveryForm();
    void keysWhileTyping();
    void dateThatIsNoDateIsRefused();
    void entryFormDateTypedInOneGo();
};

void TestDateField::parseTyped_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("expected");
    const QDate day(2024, 7, 17);
    QTest::newRow("DD/MM/YYYY") << QStringLiteral("17/07/2024") << day;
    QTest::newRow("run together") << QStringLiteral("17072024") << day;
    QTest::newRow("short") << QStringLiteral("17/7/24") << day;
    QTest::newRow("DDMMYY") << QStringLiteral("170724") << day;
    QTest::newRow("dots") << QStringLiteral("17.7.2024") << day;
    QTest::newRow("dashes, spaces") << QStringLiteral(" 17-07-24 ") << day;
    QTest::newRow("one digit") << QStringLiteral("1/7/2024") << QDate(2024, 7, 1);
    QTest::newRow("ISO") << QStringLiteral("2024-07-17") << day;
    QTest::newRow("no year: the base's") << QStringLiteral("17/7") << QDate(2023, 7, 17);
    QTest::newRow("no such day") << QStringLiteral("31/02/2024") << QDate();
    QTest::newRow("year cut") << QStringLiteral("17/07/202") << QDate();
    QTest::newRow("four digits") << QStringLiteral("1707") << QDate();
    QTest::newRow("letters") << QStringLiteral("hôm nay") << QDate();
    QTest::newRow("empty") << QString() << QDate();
}

void TestDateField::parseTyped()
{
    QFETCH(QString, text);
    QFETCH(QDate, expected);
    QCOMPARE(DateField::parseTyped(text, QDate(2023, 1, 5)), expected);
    if (!text.contains(QLatin1Char('/')) || text.count(QLatin1Char('/')) == 2)
        return;
    QCOMPARE(DateField::parseTyped(text), QDate()); // no year and no base: no date
}

void TestDateField::typedInEveryForm_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("17/07/2024") << QStringLiteral("17/07/2024");
    QTest::newRow("17072024") << QStringLiteral("17072024");
    QTest::newRow("17/7/24") << QStringLiteral("17/7/24");
}

void TestDateField::typedInEveryForm()
{
    QFETCH(QString, typed);
    int fields = 0;
    for (const auto &[name, factory] : dialogs()) {
        std::unique_ptr<QDialog> dialog(factory(this));
        const QList<DateField *> dates = dialog->findChildren<DateField *>();
        if (dates.isEmpty())
            continue;
        dialog->show();
        QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
        for (DateField *date : dates) {
            ++fields;
            const QString where
                = QStringLiteral("%1, %2").arg(QLatin1String(name), date->objectName());
            QVERIFY2(date->calendarPopup(), qPrintable(where));
            // What was typed elsewhere, as a decision number typed before the date.
            const QList<QLineEdit *> lines = otherLines(dialog.get());
            for (int i = 0; i < lines.size(); ++i)
                lines.at(i)->setText(QStringLiteral("123-QĐ/TU %1").arg(i));
            clickInto(date);
            QVERIFY2(QApplication::focusWidget() == date, qPrintable(where));
            QTest::keyClicks(date, typed);
            QVERIFY2(
                QApplication::focusWidget() == date, qPrintable(where + QStringLiteral(": left")));
            QTest::keyClick(date, Qt::Key_Tab);
            QVERIFY2(
                QApplication::focusWidget() != date, qPrintable(where + QStringLiteral(": stays")));
            QVERIFY2(date->date() == QDate(2024, 7, 17),
                qPrintable(where + QStringLiteral(": ") + date->date().toString(Qt::ISODate)));
            QVERIFY2(date->text() == QStringLiteral("17/07/2024"), qPrintable(where));
            QVERIFY2(date->rejectedText().isEmpty(), qPrintable(where));
            for (int i = 0; i < lines.size(); ++i)
                QVERIFY2(lines.at(i)->text() == QStringLiteral("123-QĐ/TU %1").arg(i),
                    qPrintable(where + QStringLiteral(": ") + lines.at(i)->objectName()
                        + QStringLiteral(" became ") + lines.at(i)->text()));
        }
    }
    QVERIFY(fields >= 12); // every dialog with a date has been typed in
}

void TestDateField::keysWhileTyping()
{
    EndMembershipDialog dialog(member(), QDate(2024, 5, 1));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    DateField *date = qobject_cast<DateField *>(dialog.endEdit());
    QVERIFY(date);
    // Clicked at the end, then Backspace: the year is edited from where the click landed.
    clickInto(date, 0.9);
    QTest::keyClick(date, Qt::Key_Backspace);
    QCOMPARE(date->text(), QStringLiteral("01/05/202"));
    QTest::keyClicks(date, QStringLiteral("3"));
    QCOMPARE(date->date(), QDate(2023, 5, 1)); // a whole date is taken at once
    // Escape gives up what was typed and leaves the dialog open.
    QTest::keyClicks(date, QStringLiteral("9/9"));
    QCOMPARE(date->text(), QStringLiteral("9/9"));
    QTest::keyClick(date, Qt::Key_Escape);
    QVERIFY(dialog.isVisible());
    QCOMPARE(date->text(), QStringLiteral("01/05/2023"));
    // A letter is no part of a date; without a year, the year of the date shown.
    QTest::keyClicks(date, QStringLiteral("2x/6"));
    QCOMPARE(date->text(), QStringLiteral("2/6"));
    QTest::keyClick(date, Qt::Key_Tab);
    QCOMPARE(date->date(), QDate(2023, 6, 2));
}

void TestDateField::dateThatIsNoDateIsRefused()
{
    AppointDialog dialog(m_committee, persons(), QDate(2024, 5, 1));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    dialog.picker()->filterEdit()->setText(QStringLiteral("an"));
    QVERIFY(dialog.person().id > 0);
    clickInto(dialog.startEdit());
    QTest::keyClicks(dialog.startEdit(), QStringLiteral("31/02/2024"));
    QTest::keyClick(dialog.startEdit(), Qt::Key_Tab);
    QCOMPARE(dialog.startEdit()->date(), QDate(2024, 5, 1)); // the date as it was …
    const int before = int(RosterRepository(*m_db).history(dialog.person().id).size());
    QTest::mouseClick(
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    // … is not saved in its place: the form says why and stays open.
    QVERIFY(dialog.isVisible());
    QLabel *error = dialog.errorLabel(QStringLiteral("start"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("31/02/2024")), qPrintable(error->text()));
    QCOMPARE(QApplication::focusWidget(), dialog.startEdit());
    QCOMPARE(int(RosterRepository(*m_db).history(dialog.person().id).size()), before);

    QTest::keyClicks(dialog.startEdit(), QStringLiteral("29/02/2024"));
    QTest::keyClick(dialog.startEdit(), Qt::Key_Return); // Enter saves
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.startEdit()->date(), QDate(2024, 2, 29));
}

void TestDateField::entryFormDateTypedInOneGo()
{
    // The entry form's date may be empty (a new stack of reports): a line with the same rules.
    const OpinionReport old = report();
    QPointer<OpinionEntryDialog> dialog = new OpinionEntryDialog(*m_db, m_undo.get(), &old);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QCOMPARE(dialog->dateEdit()->text(), QStringLiteral("01/03/2024"));
    dialog->localityEdit()->setText(QStringLiteral("Mỹ Bình"));
    clickInto(dialog->dateEdit());
    QTest::keyClicks(dialog->dateEdit(), QStringLiteral("17/7/24"));
    QCOMPARE(QApplication::focusWidget(), dialog->dateEdit());
    QTest::keyClick(dialog->dateEdit(), Qt::Key_Tab);
    QCOMPARE(dialog->dateEdit()->text(), QStringLiteral("17/07/2024"));
    QCOMPARE(dialog->localityEdit()->text(), QStringLiteral("Mỹ Bình"));
    clickInto(dialog->dateEdit(), 0.1);
    QTest::keyClicks(dialog->dateEdit(), QStringLiteral("17072024"));
    QTest::keyClick(dialog->dateEdit(), Qt::Key_Return);
    QTRY_VERIFY(!dialog);
    QCOMPARE(OpinionRepository(*m_db).report(m_report)->observedOn, QDate(2024, 7, 17));
}

QTEST_MAIN(TestDateField)
#include "tst_datefield.moc"
