// Two workstations editing one report: the GUI's save meets the other's change, shows who
// changed it and when, and does what the user chooses — Reload drops this workstation's
// changes and keeps theirs, Overwrite writes this one's values (undoably) over theirs.

#include "../opinions/opinionsviewfixture.h"

#include <core/db/conflict.h>
#include <ui/common/conflictdialog.h>

#include <QRegularExpression>

using namespace thuky;
using namespace thuky::test;

namespace {
/**
 * Once the conflict message box is up, keeps its text in @p text and clicks the button named
 * @p button on it, as the user would.
 */
void answerConflict(const QString &button, QString *text)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, button, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != QLatin1String("conflictDialog"))
            return;
        timer->stop();
        timer->deleteLater();
        *text = box->text();
        if (auto *b = box->findChild<QPushButton *>(button))
            b->click();
        else
            box->close();
    });
    timer->start();
}
} // namespace

class TestConflictDialog : public QObject, private OpinionsViewFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { initTestCaseFixture(); }
    void init() { initFixture(); }
    void cleanup() { cleanupFixture(); }
    void reloadKeepsTheirVersion();
    void overwriteWritesMineUndoably();
    void reloadIsTheDefault();
    void workflowStepAfterTheirs_data();
    void workflowStepAfterTheirs();

private:
    /** Opens the edit dialog on report @p id and changes its locality, unsaved. */
    OpinionEntryDialog *editLocality(qint64 id);
    /** The other workstation ("minh") changes the summary of report @p id. */
    void otherWorkstationEdits(qint64 id);
};

OpinionEntryDialog *TestConflictDialog::editLocality(qint64 id)
{
    makeView();
    m_view->selectId(id);
    m_view->editAction()->trigger();
    OpinionEntryDialog *dialog = nullptr;
    for (auto *d : m_view->findChildren<OpinionEntryDialog *>())
        if (d->isVisible())
            dialog = d;
    if (dialog)
        dialog->localityEdit()->setText(QStringLiteral("chau doc"));
    return dialog;
}

void TestConflictDialog::otherWorkstationEdits(qint64 id)
{
    Database other(m_db->location());
    other.open(Database::OpenMode::MustExist);
    other.setCurrentUser(QStringLiteral("minh"));
    OpinionReport r = *OpinionRepository(other).report(id);
    r.summary = QStringLiteral("Bản của Minh");
    OpinionRepository(other).update(r);
}

void TestConflictDialog::reloadKeepsTheirVersion()
{
    const qint64 id
        = addReport(QDate(2024, 3, 1), m_myBinh, m_land, QStringLiteral("Tranh chấp đất"));
    QPointer<OpinionEntryDialog> dialog = editLocality(id);
    QVERIFY(dialog);
    otherWorkstationEdits(id);
    QString text;
    answerConflict(QStringLiteral("conflictReload"), &text);
    dialog->accept();
    QVERIFY2(text.contains(QStringLiteral("minh")), qPrintable(text));
    QVERIFY2(QRegularExpression(QStringLiteral("\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d"))
                 .match(text)
                 .hasMatch(),
        qPrintable(text));
    // Theirs is kept whole; this workstation's locality is dropped, and nothing to undo.
    const OpinionReport stored = *OpinionRepository(*m_db).report(id);
    QCOMPARE(stored.summary, QStringLiteral("Bản của Minh"));
    QCOMPARE(stored.localityId, m_myBinh);
    QCOMPARE(m_undo->count(), 0);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QTRY_COMPARE(m_view->model()->report(0).summary, QStringLiteral("Bản của Minh"));
}

void TestConflictDialog::overwriteWritesMineUndoably()
{
    const qint64 id
        = addReport(QDate(2024, 3, 1), m_myBinh, m_land, QStringLiteral("Tranh chấp đất"));
    QPointer<OpinionEntryDialog> dialog = editLocality(id);
    QVERIFY(dialog);
    otherWorkstationEdits(id);
    QString text;
    answerConflict(QStringLiteral("conflictOverwrite"), &text);
    dialog->accept();
    QVERIFY2(text.contains(QStringLiteral("minh")), qPrintable(text));
    // This workstation's values, all of them, over theirs.
    OpinionReport stored = *OpinionRepository(*m_db).report(id);
    QCOMPARE(stored.localityId, m_chauDoc);
    QCOMPARE(stored.summary, QStringLiteral("Tranh chấp đất"));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT updated_by FROM opinions WHERE id = ?"), { id })
                 .toString(),
        QStringLiteral("test"));
    QCOMPARE(m_undo->count(), 1);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    // Undo puts back what this workstation read (it expects the version it wrote itself).
    m_undo->undo();
    stored = *OpinionRepository(*m_db).report(id);
    QCOMPARE(stored.localityId, m_myBinh);
    QVERIFY(!m_undo->command(0)->isObsolete());
}

void TestConflictDialog::reloadIsTheDefault()
{
    const qint64 id
        = addReport(QDate(2024, 3, 1), m_myBinh, m_land, QStringLiteral("Tranh chấp đất"));
    otherWorkstationEdits(id);
    OpinionReport stale = *OpinionRepository(*m_db).report(id);
    stale.rowVersion -= 1;
    try {
        OpinionRepository(*m_db).update(stale);
        QFAIL("a stale report was saved");
    } catch (const ConflictError &conflict) {
        // Return on the box is Reload, and so is closing it.
        QTimer::singleShot(50, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                QCOMPARE(box->defaultButton()->objectName(), QStringLiteral("conflictReload"));
                QTest::keyClick(box, Qt::Key_Escape);
            }
        });
        QCOMPARE(ConflictDialog::ask(nullptr, conflict), ConflictDialog::Choice::Reload);
    }
}

void TestConflictDialog::workflowStepAfterTheirs_data()
{
    QTest::addColumn<QString>("button");
    QTest::newRow("reload") << QStringLiteral("conflictReload");
    QTest::newRow("overwrite") << QStringLiteral("conflictOverwrite");
}

void TestConflictDialog::workflowStepAfterTheirs()
{
    // The list shows the report as new; meanwhile the other workstation forwards it. Closing
    // it from the list is not done blindly: the clerk is told and chooses.
    QFETCH(QString, button);
    const qint64 id
        = addReport(QDate(2024, 3, 1), m_myBinh, m_land, QStringLiteral("Tranh chấp đất"));
    makeView();
    m_view->selectId(id);
    {
        Database other(m_db->location());
        other.open(Database::OpenMode::MustExist);
        other.setCurrentUser(QStringLiteral("minh"));
        OpinionRepository(other).forward(id, m_agency, QDate(2024, 3, 4));
    }
    QString text;
    answerConflict(button, &text);
    m_view->closeReportAction()->trigger();
    QVERIFY2(text.contains(QStringLiteral("minh")), qPrintable(text));
    const OpinionReport stored = *OpinionRepository(*m_db).report(id);
    QCOMPARE(stored.agencyId, m_agency); // theirs either way
    if (button == QLatin1String("conflictReload")) {
        QCOMPARE(stored.status, QStringLiteral("forwarded"));
        QCOMPARE(m_undo->count(), 0);
        QTRY_COMPARE(m_view->model()->report(0).status, QStringLiteral("forwarded"));
    } else {
        QCOMPARE(stored.status, QStringLiteral("closed"));
        QCOMPARE(m_undo->count(), 1);
        // Undo goes back to what was stored when the clerk overwrote: forwarded, theirs.
        m_undo->undo();
        const OpinionReport undone = *OpinionRepository(*m_db).report(id);
        QCOMPARE(undone.status, QStringLiteral("forwarded"));
        QCOMPARE(undone.agencyId, m_agency);
    }
}

QTEST_MAIN(TestConflictDialog)
#include "tst_conflictdialog.moc"
