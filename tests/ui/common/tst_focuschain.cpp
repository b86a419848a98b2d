// Every dialog of the roster and opinion areas, walked with the Tab key offscreen: each next
// field is below the previous one or to its right, and no field is left out.

#include "dialogfixture.h"
#include "focuswalk.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace thuky;
using namespace thuky::test;

class TestFocusChain : public QObject, private DialogFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { initTestCaseFixture(); }
    void init() { initFixture(); }
    void cleanup() { cleanupFixture(); }

    void chainFollowsTheScreen_data();
    void chainFollowsTheScreen();
    void entryFormWasOutOfOrder();
    void entryFormsExplainEveryField_data();
    void entryFormsExplainEveryField();

private:
    /** Shows @p dialog, walks its chain and checks it; returns the chain. */
    QList<QWidget *> check(QDialog *dialog);
};

QList<QWidget *> TestFocusChain::check(QDialog *dialog)
{
    dialog->show();
    if (!QTest::qWaitForWindowActive(dialog))
        return {};
    QTest::qWait(20);
    const QList<QWidget *> chain = walkFocusChain();
    const QStringList backward = backwardSteps(dialog, chain);
    QStringList names;
    for (QWidget *w : chain)
        names.append(describe(dialog, w));
    // One round of the chain goes back up once: from the last field to the first.
    [&] {
        QVERIFY2(chain.size() >= 2, qPrintable(names.join(QStringLiteral(", "))));
        QVERIFY2(backward.size() == 1,
            qPrintable(
                QStringLiteral("Tab goes back in %1\nchain: %2")
                    .arg(backward.join(QStringLiteral("; ")), names.join(QStringLiteral(", ")))));
        const QStringList missed = unreached(dialog, chain);
        QVERIFY2(missed.isEmpty(),
            qPrintable(
                QStringLiteral("Tab never reaches %1").arg(missed.join(QStringLiteral(", ")))));
    }();
    return chain;
}

void TestFocusChain::chainFollowsTheScreen_data()
{
    QTest::addColumn<Factory>("factory");
    for (const auto &[name, factory] : dialogs())
        QTest::newRow(name) << factory;
}

void TestFocusChain::chainFollowsTheScreen()
{
    QFETCH(Factory, factory);
    std::unique_ptr<QDialog> dialog(factory(this));
    check(dialog.get());
}

void TestFocusChain::entryFormWasOutOfOrder()
{
    // The reported order (date, locality, topic, then the drop-downs before the summary) is
    // gone: from the topic, Tab reaches the summary, the recommendation, then the channel.
    OpinionEntryDialog dialog(*m_db, m_undo.get());
    const QList<QWidget *> chain = check(&dialog);
    if (QTest::currentTestFailed())
        return;
    const qsizetype topic = chain.indexOf(dialog.topicEdit());
    QVERIFY(topic >= 0);
    QCOMPARE(chain.value(topic + 1), dialog.summaryEdit());
    QCOMPARE(chain.value(topic + 2)->objectName(), QStringLiteral("recommendation"));
    QCOMPARE(chain.value(topic + 3), dialog.channelCombo());
}

void TestFocusChain::entryFormsExplainEveryField_data()
{
    QTest::addColumn<Factory>("factory");
    const QList<QByteArray> forms { "opinion entry", "person", "appoint", "appoint, new person",
        "reorganise", "reorganise, new person" };
    for (const auto &[name, factory] : dialogs()) {
        if (forms.contains(name))
            QTest::newRow(name) << factory;
    }
}

void TestFocusChain::entryFormsExplainEveryField()
{
    // Every field the Tab key reaches says what to type there (on itself or its compound).
    QFETCH(Factory, factory);
    std::unique_ptr<QDialog> dialog(factory(this));
    dialog->show();
    QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
    int fields = 0;
    for (QWidget *w : walkFocusChain()) {
        if (qobject_cast<QAbstractButton *>(w) && !qobject_cast<QRadioButton *>(w))
            continue; // OK and Cancel
        QString tip;
        for (QWidget *p = w; p && p != dialog.get() && tip.isEmpty(); p = p->parentWidget())
            tip = p->toolTip();
        QVERIFY2(!tip.isEmpty(), qPrintable(describe(dialog.get(), w)));
        ++fields;
    }
    QVERIFY(fields >= 4);
}

QTEST_MAIN(TestFocusChain)
#include "tst_focuschain.moc"
