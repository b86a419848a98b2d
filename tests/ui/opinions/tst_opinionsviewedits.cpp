// Drives the editing side of the opinion reports area offscreen: keyboard entry with undo,
// refused input, editing, the response workflow, the taxonomy dialog's refusals and undoable
// edits, the import preview and the import as one undoable step, and export of the filtered set.

#include "opinionsviewfixture.h"

#include <QInputDialog>
#include <QSqlQuery>

using namespace thuky;
using namespace thuky::test;

class TestOpinionsViewEdits : public QObject, private OpinionsViewFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { initTestCaseFixture(); }
    void init() { initFixture(); }
    void cleanup() { cleanupFixture(); }

    void keyboardEntrySavesKeepsAndUndoes();
    void invalidDateShowsErrorAndWritesNothing();
    void editReportIsUndoable();
    void workflowStepsAreUndoable();
    void taxonomyRefusesDeletingUsedEntries();
    void taxonomyEditsAreUndoable();
    void taxonomyListKeys();
    void importPreviewListsProblemsAndWritesNothing();
    void importProblemsSpeakTheDialogsLanguage();
    void importPreviewImports();
    void importIsOneUndoableStep();
    void exportWritesTheFilteredSet();
};

void TestOpinionsViewEdits::keyboardEntrySavesKeepsAndUndoes()
{
    makeView();
    m_view->newReportsAction()->trigger();
    QPointer<OpinionEntryDialog> dialog = m_view->entryDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QTRY_COMPARE(dialog->focusWidget(), dialog->dateEdit());

    QTest::keyClicks(dialog->dateEdit(), QStringLiteral("07/02/2024"));
    QTest::keyClicks(dialog->localityEdit(), QStringLiteral("my binh"));
    hidePopup(dialog->localityEdit());
    QTest::keyClicks(dialog->topicEdit(), QStringLiteral("boi thuong"));
    QCompleter *completer = dialog->topicEdit()->completer();
    QCOMPARE(completer->completionCount(), 1);
    QTRY_VERIFY(completer->popup()->isVisible());
    // Down and Enter take the completion, written with its diacritics.
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QCOMPARE(dialog->topicEdit()->text(), QStringLiteral("Bồi thường, giải phóng mặt bằng"));
    dialog->channelCombo()->setFocus();
    QTest::keyClick(dialog->channelCombo(), Qt::Key_Down); // Trực tiếp → Mạng xã hội
    typeText(dialog->summaryEdit(), QStringLiteral("Người dân chưa đồng tình đơn giá bồi thường"));
    QTest::keyClick(dialog->summaryEdit(), Qt::Key_Return);

    OpinionRepository repo(*m_db);
    QCOMPARE(repo.totalCount(), qint64(1));
    const OpinionReport saved = repo.list(OpinionFilter()).first();
    QCOMPARE(saved.observedOn, QDate(2024, 2, 7));
    QCOMPARE(saved.localityId, m_myBinh);
    QCOMPARE(saved.topicId, m_compensation);
    QCOMPARE(saved.channel, QStringLiteral("social_media"));
    QCOMPARE(saved.summary, QStringLiteral("Người dân chưa đồng tình đơn giá bồi thường"));
    QCOMPARE(m_undo->count(), 1);
    QCOMPARE(m_view->model()->totalCount(), qint64(1));

    // The form stays open for the next report, keeping locality and channel.
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->localityEdit()->text(), QStringLiteral("Mỹ Bình"));
    QCOMPARE(dialog->channelCombo()->currentData().toString(), QStringLiteral("social_media"));
    QVERIFY(dialog->topicEdit()->text().isEmpty());
    QVERIFY(dialog->summaryEdit()->toPlainText().isEmpty());
    QCOMPARE(dialog->savedCount(), 1);

    // A second report with Enter from the topic field (a line edit).
    QTest::keyClicks(dialog->topicEdit(), QStringLiteral("y te"));
    hidePopup(dialog->topicEdit());
    typeText(dialog->summaryEdit(), QStringLiteral("Trạm y tế thiếu thuốc"));
    QTest::keyClick(dialog->topicEdit(), Qt::Key_Return);
    QCOMPARE(repo.totalCount(), qint64(2));
    QCOMPARE(m_undo->count(), 2);

    // A newly opened form starts from the last entry's locality and channel too.
    dialog->close();
    QTRY_VERIFY(!dialog);
    m_view->newReportsAction()->trigger();
    QTRY_VERIFY(m_view->entryDialog());
    QCOMPARE(m_view->entryDialog()->localityEdit()->text(), QStringLiteral("Mỹ Bình"));
    QCOMPARE(m_view->entryDialog()->channelCombo()->currentData().toString(),
        QStringLiteral("social_media"));
    m_view->entryDialog()->close();

    m_undo->undo();
    QCOMPARE(repo.totalCount(), qint64(1));
    QCOMPARE(m_view->model()->totalCount(), qint64(1));
    m_undo->undo();
    QCOMPARE(repo.totalCount(), qint64(0));
    m_undo->redo();
    m_undo->redo();
    QCOMPARE(repo.totalCount(), qint64(2));
    QCOMPARE(m_undo->count(), 2);
}

void TestOpinionsViewEdits::invalidDateShowsErrorAndWritesNothing()
{
    makeView();
    m_view->newReportsAction()->trigger();
    QPointer<OpinionEntryDialog> dialog = m_view->entryDialog();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->dateEdit(), QStringLiteral("31/02/2024"));
    dialog->localityEdit()->setText(QStringLiteral("Mỹ Bình"));
    dialog->topicEdit()->setText(QStringLiteral("Y tế"));
    dialog->summaryEdit()->setPlainText(QStringLiteral("Nội dung"));
    QTest::keyClick(dialog->dateEdit(), Qt::Key_Return);
    QLabel *error = dialog->errorLabel(QStringLiteral("date"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("31/02/2024")), qPrintable(error->text()));
    QCOMPARE(dialog->focusWidget(), dialog->dateEdit());
    QCOMPARE(OpinionRepository(*m_db).totalCount(), qint64(0));
    QCOMPARE(m_undo->count(), 0);

    // An empty summary is refused by the repository: its message shows at the summary.
    dialog->dateEdit()->setText(QStringLiteral("28/02/2024"));
    dialog->summaryEdit()->setPlainText(QStringLiteral("   "));
    QTest::keyClick(dialog->dateEdit(), Qt::Key_Return);
    QVERIFY(!error->isVisible());
    QVERIFY(dialog->errorLabel(QStringLiteral("summary"))->isVisible());
    QVERIFY(dialog->errorLabel(QStringLiteral("summary")) != dialog->errorLabel());
    // An unknown locality is named at the locality.
    dialog->summaryEdit()->setPlainText(QStringLiteral("Nội dung"));
    dialog->localityEdit()->setText(QStringLiteral("Hà Nội"));
    QTest::keyClick(dialog->dateEdit(), Qt::Key_Return);
    QVERIFY(dialog->errorLabel(QStringLiteral("locality"))->isVisible());
    QVERIFY(
        dialog->errorLabel(QStringLiteral("locality"))->text().contains(QStringLiteral("Hà Nội")));
    QCOMPARE(OpinionRepository(*m_db).totalCount(), qint64(0));
    QCOMPARE(m_undo->count(), 0);
}

void TestOpinionsViewEdits::editReportIsUndoable()
{
    const qint64 id
        = addReport(QDate(2024, 3, 1), m_myBinh, m_land, QStringLiteral("Tranh chấp đất"));
    makeView();
    m_view->selectId(id);
    QVERIFY(m_view->editAction()->isEnabled());
    m_view->editAction()->trigger();
    OpinionEntryDialog *dialog = nullptr;
    for (auto *d : m_view->findChildren<OpinionEntryDialog *>())
        if (d->isVisible())
            dialog = d;
    QVERIFY(dialog);
    QVERIFY(!dialog->isEntryMode());
    QCOMPARE(dialog->dateEdit()->text(), QStringLiteral("01/03/2024"));
    dialog->localityEdit()->setText(QStringLiteral("chau doc"));
    dialog->accept();
    QCOMPARE(OpinionRepository(*m_db).report(id)->localityId, m_chauDoc);
    QCOMPARE(m_view->model()->report(0).localityName, QStringLiteral("Châu Đốc"));
    m_undo->undo();
    QCOMPARE(OpinionRepository(*m_db).report(id)->localityId, m_myBinh);
    QCOMPARE(m_view->model()->report(0).localityName, QStringLiteral("Mỹ Bình"));
}

void TestOpinionsViewEdits::workflowStepsAreUndoable()
{
    const qint64 id
        = addReport(QDate(2024, 3, 1), m_myBinh, m_land, QStringLiteral("Tranh chấp đất"));
    makeView();
    m_view->selectId(id);
    QVERIFY(m_view->forwardAction()->isEnabled());
    m_view->forwardAction()->trigger();
    EditDialog *dialog = nullptr;
    for (auto *d : m_view->findChildren<EditDialog *>())
        if (d->isVisible())
            dialog = d;
    QVERIFY(dialog);
    // Without an agency the step is refused next to the agency field.
    dialog->accept();
    QVERIFY(dialog->errorLabel(QStringLiteral("forwarded_to"))->isVisible());
    auto *agency = dialog->findChild<QComboBox *>(QStringLiteral("agency"));
    agency->setCurrentIndex(agency->findData(m_agency));
    dialog->accept();
    OpinionRepository repo(*m_db);
    QCOMPARE(repo.report(id)->status, QStringLiteral("forwarded"));
    QCOMPARE(repo.report(id)->agencyId, m_agency);
    QCOMPARE(m_view->model()->index(0, OpinionTableModel::StatusColumn).data().toString(),
        OpinionCodes::label(OpinionCodes::Field::Status, QStringLiteral("forwarded")));

    m_view->selectId(id);
    m_view->resolveAction()->trigger();
    QCOMPARE(repo.report(id)->status, QStringLiteral("resolved"));
    m_view->selectId(id);
    QVERIFY(!m_view->resolveAction()->isEnabled());
    m_view->closeReportAction()->trigger();
    QCOMPARE(repo.report(id)->status, QStringLiteral("closed"));
    QCOMPARE(m_undo->count(), 3);
    m_undo->undo();
    QCOMPARE(repo.report(id)->status, QStringLiteral("resolved"));
    m_undo->undo();
    QCOMPARE(repo.report(id)->status, QStringLiteral("forwarded"));
    m_undo->undo();
    QCOMPARE(repo.report(id)->status, QStringLiteral("new"));
    QCOMPARE(repo.report(id)->agencyId, qint64(0));
    QVERIFY(!repo.report(id)->forwardedOn.isValid());
}

void TestOpinionsViewEdits::taxonomyRefusesDeletingUsedEntries()
{
    addReport(QDate(2024, 3, 1), m_myBinh, m_health, QStringLiteral("Thiếu thuốc"));
    TaxonomyDialog dialog(*m_db);
    dialog.show();
    dialog.tabs()->setCurrentIndex(0);
    QTreeWidget *topics = dialog.topicTree();
    QTreeWidgetItem *health = nullptr;
    for (int i = 0; i < topics->topLevelItemCount(); ++i)
        if (topics->topLevelItem(i)->text(0) == QStringLiteral("Y tế"))
            health = topics->topLevelItem(i);
    QVERIFY(health);
    topics->setCurrentItem(health);
    QString message;
    closeNextMessageBox(&message);
    QVERIFY(!dialog.removeEntry());
    QVERIFY(!message.isEmpty());
    QVERIFY(TaxonomyRepository(*m_db).topic(m_health));

    // A rename keeps the report pointing at the topic.
    topics->setCurrentItem(health);
    QVERIFY(dialog.renameEntry(QStringLiteral("Y tế, dược")));
    QCOMPARE(OpinionRepository(*m_db).list(OpinionFilter()).first().topicName,
        QStringLiteral("Y tế, dược"));

    // The used commune cannot go; an unused district can.
    dialog.tabs()->setCurrentIndex(1);
    auto find = [&](const QString &name) {
        const auto items
            = dialog.localityTree()->findItems(name, Qt::MatchExactly | Qt::MatchRecursive);
        return items.isEmpty() ? nullptr : items.first();
    };
    dialog.localityTree()->setCurrentItem(find(QStringLiteral("Mỹ Bình")));
    closeNextMessageBox(&message);
    QVERIFY(!dialog.removeEntry());
    dialog.localityTree()->setCurrentItem(find(QStringLiteral("Châu Đốc")));
    QVERIFY(dialog.removeEntry());
    QVERIFY(!find(QStringLiteral("Châu Đốc")));
    QVERIFY(find(QStringLiteral("Mỹ Bình")));
}

void TestOpinionsViewEdits::taxonomyEditsAreUndoable()
{
    addReport(QDate(2024, 3, 1), m_myBinh, m_health, QStringLiteral("Thiếu thuốc"));
    makeView();
    TaxonomyDialog dialog(*m_db, m_view.get(), m_undo.get(), m_view->taxonomyFeedback());
    dialog.show();
    auto uuidOf = [&](const char *table, const QString &name) {
        return m_db
            ->scalar(QStringLiteral("SELECT uuid FROM %1 WHERE name = ?").arg(QLatin1String(table)),
                { name })
            .toString();
    };

    // Add a topic; undo removes it; redo brings back the very same entry.
    dialog.tabs()->setCurrentIndex(0);
    QVERIFY(dialog.addEntry(QStringLiteral("Chuyển đổi số"), false));
    const QString uuid = uuidOf("topics", QStringLiteral("Chuyển đổi số"));
    QVERIFY(!uuid.isEmpty());
    QCOMPARE(m_undo->undoText(), QStringLiteral("Add “Chuyển đổi số”"));
    m_undo->undo();
    QVERIFY(uuidOf("topics", QStringLiteral("Chuyển đổi số")).isEmpty());
    m_undo->redo();
    QCOMPARE(uuidOf("topics", QStringLiteral("Chuyển đổi số")), uuid);

    // Rename the topic a report uses; undo gives the old name back to the report.
    QTreeWidgetItem *health
        = dialog.topicTree()->findItems(QStringLiteral("Y tế"), Qt::MatchExactly).value(0);
    QVERIFY(health);
    dialog.topicTree()->setCurrentItem(health);
    QVERIFY(dialog.renameEntry(QStringLiteral("Y tế, dược")));
    QCOMPARE(OpinionRepository(*m_db).list(OpinionFilter()).first().topicName,
        QStringLiteral("Y tế, dược"));
    m_view->reload(); // as when the dialog closes
    QVERIFY(m_view->topicCombo()->findText(QStringLiteral("dược"), Qt::MatchContains) >= 0);
    m_undo->undo();
    QCOMPARE(
        OpinionRepository(*m_db).list(OpinionFilter()).first().topicName, QStringLiteral("Y tế"));
    // The view's lists follow an undo made from the Edit menu.
    QTRY_VERIFY(m_view->topicCombo()->findText(QStringLiteral("dược"), Qt::MatchContains) < 0);
    m_undo->redo();
    QTRY_VERIFY(m_view->topicCombo()->findText(QStringLiteral("dược"), Qt::MatchContains) >= 0);

    // Delete an unused locality; undo restores it with its id and uuid, under its parent.
    dialog.tabs()->setCurrentIndex(1);
    const QString chauDoc = uuidOf("localities", QStringLiteral("Châu Đốc"));
    auto item = dialog.localityTree()->findItems(
        QStringLiteral("Châu Đốc"), Qt::MatchExactly | Qt::MatchRecursive);
    dialog.localityTree()->setCurrentItem(item.value(0));
    QVERIFY(dialog.removeEntry());
    QVERIFY(uuidOf("localities", QStringLiteral("Châu Đốc")).isEmpty());
    m_undo->undo();
    QCOMPARE(uuidOf("localities", QStringLiteral("Châu Đốc")), chauDoc);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT id FROM localities WHERE uuid = ?"), { chauDoc })
                 .toLongLong(),
        m_chauDoc);

    // A refused delete puts nothing on the stack.
    const int steps = m_undo->count();
    dialog.tabs()->setCurrentIndex(0);
    dialog.topicTree()->setCurrentItem(
        dialog.topicTree()->findItems(QStringLiteral("Y tế, dược"), Qt::MatchExactly).value(0));
    QString message;
    closeNextMessageBox(&message);
    QVERIFY(!dialog.removeEntry());
    QCOMPARE(m_undo->count(), steps);

    // Channel labels: undo restores the previous ones.
    const QString before
        = m_db->scalar(QStringLiteral("SELECT label_vi FROM channels WHERE code = 'hotline'"))
              .toString();
    dialog.tabs()->setCurrentIndex(2);
    for (int r = 0; r < dialog.channelTable()->rowCount(); ++r) {
        if (dialog.channelTable()->item(r, 0)->text() == QLatin1String("hotline"))
            dialog.channelTable()->item(r, 1)->setText(QStringLiteral("Đường dây nóng 1022"));
    }
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT label_vi FROM channels WHERE code = 'hotline'"))
                 .toString(),
        QStringLiteral("Đường dây nóng 1022"));
    m_undo->undo();
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT label_vi FROM channels WHERE code = 'hotline'"))
                 .toString(),
        before);
}

void TestOpinionsViewEdits::taxonomyListKeys()
{
    TaxonomyDialog dialog(*m_db, nullptr, m_undo.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    dialog.tabs()->setCurrentIndex(3); // agencies
    QListWidget *agencies = dialog.agencyList();
    agencies->setFocus();
    // Insert asks for the new entry's name.
    QTimer::singleShot(50, [] {
        if (auto *input = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) {
            input->setTextValue(QStringLiteral("Sở Y tế"));
            input->accept();
        }
    });
    QTest::keyClick(agencies, Qt::Key_Insert);
    QCOMPARE(agencies->count(), 2);
    QVERIFY(!agencies->findItems(QStringLiteral("Sở Y tế"), Qt::MatchExactly).isEmpty());
    // Delete asks first, then deletes the current entry.
    agencies->setCurrentItem(agencies->findItems(QStringLiteral("Sở Y tế"), Qt::MatchExactly)[0]);
    QTimer::singleShot(50, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Yes)->click();
    });
    QTest::keyClick(agencies, Qt::Key_Delete);
    QCOMPARE(agencies->count(), 1);
    QCOMPARE(m_undo->count(), 2);
    QVERIFY(!agencies->tabKeyNavigation());
}

void TestOpinionsViewEdits::importPreviewListsProblemsAndWritesNothing()
{
    const QString path = m_dir->filePath(QStringLiteral("bad.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("date,locality,topic,summary\n"
               "2024-03-01,Mỹ Bình,Y tế,Thiếu thuốc\n"
               "31/02/2024,Mỹ Bình,Y tế,Ngày sai\n"
               "2024-03-02,Hà Tiên,Y tế,Địa bàn chưa có\n");
    file.close();
    ImportPreviewDialog dialog(*m_db, path);
    QVERIFY(!dialog.canImport());
    QStringList lines;
    for (int i = 0; i < dialog.problemList()->count(); ++i)
        lines << dialog.problemList()->item(i)->text();
    QVERIFY2(lines.size() >= 2, qPrintable(lines.join(QLatin1Char('\n'))));
    QVERIFY2(lines.at(0).contains(QStringLiteral("3")), qPrintable(lines.join(QLatin1Char('\n'))));
    QVERIFY2(lines.join(QLatin1Char('\n')).contains(QStringLiteral("4")),
        qPrintable(lines.join(QLatin1Char('\n'))));
    QVERIFY(dialog.rowTable()->model()->rowCount() >= 1);
    dialog.accept();
    QCOMPARE(OpinionRepository(*m_db).totalCount(), qint64(0));
}

void TestOpinionsViewEdits::importProblemsSpeakTheDialogsLanguage()
{
    // Vietnamese headers, as a clerk's sheet has them: the dialog names the columns so, and
    // the remedy is its check box, not the command line's --create-missing.
    const QString path = m_dir->filePath(QStringLiteral("vi.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Ngày;Địa bàn;Lĩnh vực;Nội dung;Kênh;Người báo cáo\n"
               "31/02/2024;Mỹ Bình;Y tế;Ngày sai;direct;\n"
               "02/03/2024;Hà Tiên;Y tế;Địa bàn chưa có;direct;\n"
               "03/03/2024;Mỹ Bình;Y tế;Kênh lạ;zalo;\n"
               "04/03/2024;Mỹ Bình;Y tế;Người lạ;direct;Lê Văn Tám\n");
    file.close();
    ImportPreviewDialog dialog(*m_db, path);
    QStringList lines;
    for (int i = 0; i < dialog.problemList()->count(); ++i)
        lines << dialog.problemList()->item(i)->text();
    const QString all = lines.join(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 4);
    QVERIFY2(!all.contains(QStringLiteral("--")), qPrintable(all));
    QCOMPARE(lines.at(0),
        QStringLiteral("Line 2: “31/02/2024” is not a valid date in “Ngày” (write YYYY-MM-DD or "
                       "DD/MM/YYYY)"));
    const QString box = QStringLiteral(
        "“Create localities, topics and reporters the database does not know yet”");
    QCOMPARE(lines.at(1),
        QStringLiteral("Line 3: unknown locality “Hà Tiên”: check the spelling, or tick %1 to "
                       "add it")
            .arg(box));
    QVERIFY2(lines.at(2).startsWith(
                 QStringLiteral("Line 4: “zalo” in the column “Kênh” is not one of: direct")),
        qPrintable(lines.at(2)));
    QCOMPARE(lines.at(3),
        QStringLiteral("Line 5 (warning): unknown reporter “Lê Văn Tám”: imported without a "
                       "reporter, or tick %1 to add it")
            .arg(box));

    // The command line keeps its own words (thuky-cli prints these; tests/cli checks them).
    QFile again(path);
    QVERIFY(again.open(QIODevice::ReadOnly));
    OpinionImport cli(*m_db, OpinionImport::Options());
    cli.analyse(again.readAll());
    QStringList cliLines;
    for (const ImportProblem &p : cli.problems())
        cliLines << p.message;
    QCOMPARE(cliLines.at(0),
        QStringLiteral(
            "“31/02/2024” is not a valid date in date (write YYYY-MM-DD or DD/MM/YYYY)"));
    QCOMPARE(cliLines.at(1),
        QStringLiteral("unknown locality “Hà Tiên” (check the spelling, or import with "
                       "--create-missing to add it)"));
    QVERIFY2(cliLines.at(2).startsWith(QStringLiteral("unknown channel “zalo”: expected one of")),
        qPrintable(cliLines.at(2)));
}

void TestOpinionsViewEdits::importPreviewImports()
{
    addReport(QDate(2024, 3, 1), m_myBinh, m_health, QStringLiteral("Thiếu thuốc"));
    const QString path = twoRowCsv(QStringLiteral("good.csv"));
    QVERIFY(!path.isEmpty());
    ImportPreviewDialog dialog(*m_db, path);
    QVERIFY(!dialog.canImport()); // Hà Tiên is unknown
    dialog.createMissingBox()->setChecked(true);
    QVERIFY(dialog.canImport());
    dialog.skipDuplicatesBox()->setChecked(true);
    QVERIFY(dialog.canImport());
    QVERIFY(dialog.summaryLabel()->text().contains(QStringLiteral("Hà Tiên")));
    dialog.accept();
    QCOMPARE(dialog.result().imported, 1);
    QCOMPARE(OpinionRepository(*m_db).totalCount(), qint64(2));
}

void TestOpinionsViewEdits::importIsOneUndoableStep()
{
    makeView();
    const QString path = twoRowCsv(QStringLiteral("undo.csv"));
    QVERIFY(!path.isEmpty());
    const auto haTien = [&] {
        return m_db->scalar(
                       QStringLiteral("SELECT count(*) FROM localities WHERE name = 'Hà Tiên'"))
            .toInt();
    };
    ImportPreviewDialog dialog(*m_db, path, m_view.get(), m_undo.get());
    dialog.createMissingBox()->setChecked(true);
    dialog.accept();
    QCOMPARE(dialog.result().imported, 2);
    OpinionRepository repo(*m_db);
    QCOMPARE(repo.totalCount(), qint64(2));
    QCOMPARE(m_undo->count(), 1);
    QCOMPARE(m_undo->undoText(), QStringLiteral("Import 2 report(s)"));
    QCOMPARE(haTien(), 1);
    QTRY_COMPARE(m_view->model()->totalCount(), qint64(2));

    m_undo->undo();
    QCOMPARE(repo.totalCount(), qint64(0));
    QCOMPARE(haTien(), 0); // the locality the import added goes with it
    QTRY_COMPARE(m_view->model()->totalCount(), qint64(0));

    m_undo->redo();
    QCOMPARE(repo.totalCount(), qint64(2));
    QCOMPARE(haTien(), 1);
    QTRY_COMPARE(m_view->model()->totalCount(), qint64(2));
}

void TestOpinionsViewEdits::exportWritesTheFilteredSet()
{
    bulk(120);
    const qint64 land = addReport(QDate(2024, 5, 2), m_myBinh, m_land,
        QStringLiteral("Tranh chấp đất đai, \"ranh giới\" thửa đất"));
    makeView();
    QTest::keyClicks(m_view->searchEdit(), QStringLiteral("ranh gioi"));
    QTRY_COMPARE(m_view->model()->filter().text, QStringLiteral("ranh gioi"));
    QCOMPARE(m_view->model()->report(0).id, land);
    const QString csv = m_dir->filePath(QStringLiteral("out.csv"));
    QCOMPARE(m_view->exportTo(csv), qint64(1));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QCOMPARE(text.count(QLatin1Char('\n')), 2); // header and the one report
    QVERIFY(text.contains(QStringLiteral("\"Tranh chấp đất đai, \"\"ranh giới\"\" thửa đất\"")));

    m_view->showFilter(OpinionFilter());
    m_view->topicCombo()->setCurrentIndex(m_view->topicCombo()->findData(m_health));
    const QString xlsx = m_dir->filePath(QStringLiteral("out.xlsx"));
    QCOMPARE(m_view->exportTo(xlsx), m_view->model()->totalCount());
    QFile book(xlsx);
    QVERIFY(book.open(QIODevice::ReadOnly));
    QCOMPARE(book.read(2), QByteArray("PK")); // a zip container
}

QTEST_MAIN(TestOpinionsViewEdits)
#include "tst_opinionsviewedits.moc"
