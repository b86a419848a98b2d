// Drives the opinion reports area offscreen: the lazy model, filters against SQL counted
// independently, the diacritic-insensitive search with its highlight, keyboard entry with
// undo, refused input, saved filters, the workflow, taxonomy refusals and the import preview.

#include <core/db/database.h>
#include <core/demo/demo.h>
#include <core/opinions/opinionrepository.h>
#include <core/opinions/savedfilters.h>
#include <core/opinions/taxonomyrepository.h>
#include <core/roster/roster.h>
#include <core/roster/rosterrepository.h>
#include <core/text/vndate.h>
#include <ui/common/language.h>
#include <ui/opinions/importpreviewdialog.h>
#include <ui/opinions/opinionentrydialog.h>
#include <ui/opinions/opinionsummarydelegate.h>
#include <ui/opinions/opinionsview.h>
#include <ui/opinions/opiniontablemodel.h>
#include <ui/opinions/taxonomydialog.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace thuky;

namespace {
/** Types @p text as key presses, also the Vietnamese letters QTest::keyClicks cannot send. */
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

void hidePopup(QLineEdit *edit)
{
    if (edit->completer() && edit->completer()->popup())
        edit->completer()->popup()->hide();
}

/** Closes the next message box (a refusal) and returns its text through @p text. */
void closeNextMessageBox(QString *text)
{
    QTimer::singleShot(50, [text] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            *text = box->text();
            box->close();
        }
    });
}

/** Clicks the header of @p column as a user sorting the list would. */
void clickHeader(QTableView *table, int column)
{
    QHeaderView *header = table->horizontalHeader();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
        QPoint(header->sectionViewportPosition(column) + 12, header->height() / 2));
}

qint64 leadingNumber(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits.append(c);
        else if (!digits.isEmpty() && c != QLatin1Char('.') && c != QLatin1Char(',')
            && c != QChar(0xa0))
            break;
    }
    return digits.toLongLong();
}
} // namespace

class TestOpinionsView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void modelPassesTester();
    void fetchesLazily();
    void filtersCombineLikeSql();
    void searchIgnoresDiacriticsAndHighlights();
    void searchPutsBestMatchFirst();
    void highlightSpansMapToOriginalText();
    void keyboardEntrySavesKeepsAndUndoes();
    void invalidDateShowsErrorAndWritesNothing();
    void editReportIsUndoable();
    void workflowStepsAreUndoable();
    void waitingReportsStandOut();
    void savedFiltersRoundTrip();
    void showFilterFromCharts();
    void sortingByColumnRequeries();
    void reporterColumnOnDemand();
    void taxonomyRefusesDeletingUsedEntries();
    void taxonomyEditsAreUndoable();
    void importPreviewListsProblemsAndWritesNothing();
    void importPreviewImports();
    void importIsOneUndoableStep();
    void exportWritesTheFilteredSet();
    void vietnameseScreen(); // last: installs the Vietnamese translation for the process

private:
    void makeView();
    qint64 addReport(const QDate &date, qint64 locality, qint64 topic, const QString &summary,
        const QString &channel = QStringLiteral("direct"),
        const QString &status = QStringLiteral("new"));
    void bulk(int n);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QString twoRowCsv(const QString &name);
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<OpinionsView> m_view;
    qint64 m_province = 0, m_longXuyen = 0, m_myBinh = 0, m_chauDoc = 0;
    qint64 m_land = 0, m_compensation = 0, m_health = 0;
    qint64 m_agency = 0;
};

void TestOpinionsView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("thuky-tests"));
}

void TestOpinionsView::init()
{
    QSettings().remove(QStringLiteral("opinions"));
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(m_dir->filePath(QStringLiteral("t.sqlite")));
    m_db->open();
    m_db->setCurrentUser(QStringLiteral("test"));
    RosterRepository roster(*m_db);
    Locality l;
    l.name = QStringLiteral("An Giang");
    l.level = QStringLiteral("province");
    m_province = roster.addLocality(l);
    l.name = QStringLiteral("Long Xuyên");
    l.level = QStringLiteral("district");
    l.parentId = m_province;
    m_longXuyen = roster.addLocality(l);
    l.name = QStringLiteral("Châu Đốc");
    m_chauDoc = roster.addLocality(l);
    l.name = QStringLiteral("Mỹ Bình");
    l.level = QStringLiteral("commune");
    l.parentId = m_longXuyen;
    m_myBinh = roster.addLocality(l);
    TaxonomyRepository taxonomy(*m_db);
    m_land = taxonomy.addTopic(QStringLiteral("Đất đai"));
    m_compensation = taxonomy.addTopic(QStringLiteral("Bồi thường, giải phóng mặt bằng"), m_land);
    m_health = taxonomy.addTopic(QStringLiteral("Y tế"));
    m_agency = taxonomy.addAgency(QStringLiteral("Sở Tài nguyên và Môi trường"));
    m_undo = std::make_unique<QUndoStack>();
}

void TestOpinionsView::cleanup()
{
    m_view.reset();
    m_undo.reset();
    m_db.reset();
    m_dir.reset();
}

void TestOpinionsView::makeView()
{
    m_view = std::make_unique<OpinionsView>(*m_db, m_undo.get());
    m_view->resize(1280, 760);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

qint64 TestOpinionsView::addReport(const QDate &date, qint64 locality, qint64 topic,
    const QString &summary, const QString &channel, const QString &status)
{
    OpinionReport r;
    r.observedOn = date;
    r.localityId = locality;
    r.topicId = topic;
    r.summary = summary;
    r.channel = channel;
    r.status = status;
    return OpinionRepository(*m_db).add(r);
}

void TestOpinionsView::bulk(int n)
{
    const qint64 localities[] = { m_province, m_longXuyen, m_chauDoc, m_myBinh };
    const qint64 topics[] = { m_land, m_compensation, m_health };
    const QStringList channels = OpinionCodes::codes(OpinionCodes::Field::Channel);
    const QStringList statuses = OpinionCodes::codes(OpinionCodes::Field::Status);
    const QStringList sentiments = OpinionCodes::codes(OpinionCodes::Field::Sentiment);
    Transaction tx(*m_db);
    OpinionBulkInserter inserter(*m_db);
    for (int i = 0; i < n; ++i) {
        OpinionReport r;
        r.observedOn = QDate(2021, 1, 1).addDays((i * 7) % 1400);
        r.localityId = localities[i % 4];
        r.topicId = topics[(i / 4) % 3];
        r.channel = channels.at((i / 3) % channels.size());
        r.status = statuses.at((i / 5) % statuses.size());
        r.sentiment = sentiments.at((i / 2) % sentiments.size());
        r.summary = QStringLiteral("Người dân phản ánh việc số %1 về giá cả và việc làm").arg(i);
        inserter.append(r);
    }
    inserter.finish();
    tx.commit();
}

void TestOpinionsView::modelPassesTester()
{
    bulk(450);
    OpinionTableModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter(OpinionFilter());
    QCOMPARE(model.rowCount(), OpinionTableModel::PageSize);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 450);
    model.sort(OpinionTableModel::LocalityColumn, Qt::AscendingOrder);
    OpinionFilter f;
    f.text = QStringLiteral("gia ca");
    model.setFilter(f);
    QCOMPARE(model.totalCount(), qint64(450));
    model.setWaitingDays(3);
    QCOMPARE(model.index(0, OpinionTableModel::DateColumn).data().toString().size(), 10);
}

void TestOpinionsView::fetchesLazily()
{
    bulk(5000);
    makeView();
    OpinionTableModel *model = m_view->model();
    QCOMPARE(model->totalCount(), qint64(5000));
    // The view may ask for one more page to fill its screen, never for everything.
    QVERIFY(model->rowCount() >= OpinionTableModel::PageSize);
    QVERIFY(model->rowCount() <= 2 * OpinionTableModel::PageSize);
    const int before = model->rowCount();
    QVERIFY(model->canFetchMore({}));
    model->fetchMore({});
    QCOMPARE(model->rowCount(), before + OpinionTableModel::PageSize);
    // Scrolling to the bottom fetches the next page.
    const int fetched = model->rowCount();
    m_view->table()->scrollToBottom();
    QTRY_VERIFY(model->rowCount() > fetched);
    QVERIFY(model->rowCount() < 5000);
    QCOMPARE(leadingNumber(m_view->countLabel()->text()), qint64(5000));
    // Newest first by default.
    QVERIFY(model->report(0).observedOn >= model->report(model->rowCount() - 1).observedOn);
}

void TestOpinionsView::filtersCombineLikeSql()
{
    bulk(3000);
    makeView();
    auto select = [](QComboBox *combo, const QVariant &data) {
        const int i = combo->findData(data);
        QVERIFY2(i >= 0, qPrintable(data.toString()));
        combo->setCurrentIndex(i);
    };
    select(m_view->localityCombo(), m_longXuyen); // with its commune Mỹ Bình
    select(m_view->topicCombo(), m_land); // with its subtopic
    select(m_view->channelCombo(), QStringLiteral("press"));
    select(m_view->statusCombo(), QStringLiteral("new,forwarded"));
    m_view->fromEdit()->setText(QStringLiteral("01/03/2022"));
    m_view->toEdit()->setText(QStringLiteral("31/12/2023"));

    QSqlQuery q(m_db->connection());
    QVERIFY(q.prepare(QStringLiteral(
        "SELECT count(*) FROM opinions WHERE locality_id IN (?, ?) AND topic_id IN (?, ?) "
        "AND channel = 'press' AND status IN ('new', 'forwarded') "
        "AND observed_on BETWEEN '2022-03-01' AND '2023-12-31'")));
    q.addBindValue(m_longXuyen);
    q.addBindValue(m_myBinh);
    q.addBindValue(m_land);
    q.addBindValue(m_compensation);
    QVERIFY(q.exec() && q.next());
    const qint64 expected = q.value(0).toLongLong();
    QVERIFY(expected > 0);
    QCOMPARE(m_view->model()->totalCount(), expected);
    QCOMPARE(leadingNumber(m_view->countLabel()->text()), expected);
    QCOMPARE(
        qint64(m_view->model()->rowCount()), qMin<qint64>(expected, OpinionTableModel::PageSize));
    for (int row = 0; row < m_view->model()->rowCount(); ++row) {
        const OpinionReport &r = m_view->model()->report(row);
        QCOMPARE(r.channel, QStringLiteral("press"));
        QVERIFY(r.localityId == m_longXuyen || r.localityId == m_myBinh);
    }

    // A quarter narrows further, and a sentiment on top.
    select(m_view->quarterCombo(), QStringLiteral("2023-Q2"));
    select(m_view->sentimentCombo(), QStringLiteral("negative"));
    QSqlQuery q2(m_db->connection());
    QVERIFY(q2.prepare(QStringLiteral(
        "SELECT count(*) FROM opinions WHERE locality_id IN (?, ?) AND topic_id IN (?, ?) "
        "AND channel = 'press' AND status IN ('new', 'forwarded') AND sentiment = 'negative' "
        "AND observed_on BETWEEN '2023-04-01' AND '2023-06-30'")));
    q2.addBindValue(m_longXuyen);
    q2.addBindValue(m_myBinh);
    q2.addBindValue(m_land);
    q2.addBindValue(m_compensation);
    QVERIFY(q2.exec() && q2.next());
    QCOMPARE(m_view->model()->totalCount(), q2.value(0).toLongLong());
    QCOMPARE(leadingNumber(m_view->countLabel()->text()), q2.value(0).toLongLong());
}

void TestOpinionsView::searchIgnoresDiacriticsAndHighlights()
{
    bulk(300);
    const qint64 land = addReport(QDate(2024, 5, 2), m_myBinh, m_land,
        QStringLiteral("Nhân dân phản ánh tranh chấp đất đai kéo dài ở ấp 3"));
    addReport(QDate(2024, 5, 3), m_myBinh, m_health, QStringLiteral("Thiếu thuốc tại trạm y tế"));
    makeView();
    QTest::keyClicks(m_view->searchEdit(), QStringLiteral("dat dai"));
    QTRY_COMPARE(m_view->model()->totalCount(), qint64(1));
    QCOMPARE(m_view->model()->rowCount(), 1);
    QCOMPARE(m_view->model()->report(0).id, land);
    QCOMPARE(m_view->model()->searchTokens(),
        (QStringList { QStringLiteral("dat"), QStringLiteral("dai") }));
    QCOMPARE(leadingNumber(m_view->countLabel()->text()), qint64(1));

    // The summary cell is painted with the highlight colour behind the matched words.
    QTableView *table = m_view->table();
    const QRect cell
        = table->visualRect(m_view->model()->index(0, OpinionTableModel::SummaryColumn));
    table->clearSelection();
    const QImage image = table->viewport()->grab(cell).toImage();
    int highlighted = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixelColor(x, y) == QColor(0xff, 0xe0, 0x66))
                ++highlighted;
        }
    }
    QVERIFY2(highlighted > 50, qPrintable(QString::number(highlighted)));

    // Prefix matching as one types: "tranh ch" already finds it; "y te" finds the other.
    m_view->searchEdit()->clear();
    QTest::keyClicks(m_view->searchEdit(), QStringLiteral("tranh ch"));
    QTRY_COMPARE(m_view->model()->filter().text, QStringLiteral("tranh ch"));
    QCOMPARE(m_view->model()->totalCount(), qint64(1));
    QCOMPARE(m_view->model()->report(0).id, land);
    m_view->searchEdit()->clear();
    typeText(m_view->searchEdit(), QStringLiteral("Y TẾ"));
    QTRY_COMPARE(m_view->model()->filter().text, QStringLiteral("Y TẾ"));
    QCOMPARE(m_view->model()->totalCount(), qint64(1));
    QCOMPARE(m_view->model()->report(0).summary, QStringLiteral("Thiếu thuốc tại trạm y tế"));
    m_view->searchEdit()->clear();
    QTRY_COMPARE(m_view->model()->totalCount(), qint64(302));
}

void TestOpinionsView::searchPutsBestMatchFirst()
{
    // Older but denser match first; date order would put the newer one first. (Other
    // reports give the words their weight: bm25 ignores words found in every report.)
    bulk(200);
    const qint64 dense
        = addReport(QDate(2022, 1, 5), m_myBinh, m_land, QStringLiteral("Đất đai, đất đai"));
    addReport(QDate(2024, 1, 5), m_chauDoc, m_land,
        QStringLiteral("Người dân hỏi về nhiều việc: giá cả, việc làm, học phí, bảo hiểm, đường "
                       "giao thông nông thôn, và cả đất đai ở khu tái định cư phía bắc"));
    makeView();
    QTest::keyClicks(m_view->searchEdit(), QStringLiteral("dat dai"));
    QTRY_COMPARE(m_view->model()->filter().text, QStringLiteral("dat dai"));
    QCOMPARE(m_view->model()->totalCount(), qint64(2));
    QCOMPARE(m_view->model()->report(0).id, dense);
    // With another filter as well, still best match first (the province holds both).
    m_view->localityCombo()->setCurrentIndex(m_view->localityCombo()->findData(m_province));
    QTRY_COMPARE(m_view->model()->filter().localityId, m_province);
    QCOMPARE(m_view->model()->totalCount(), qint64(2));
    QCOMPARE(m_view->model()->report(0).id, dense);
    m_view->localityCombo()->setCurrentIndex(m_view->localityCombo()->findData(m_chauDoc));
    QTRY_COMPARE(m_view->model()->totalCount(), qint64(1));
    QVERIFY(m_view->model()->report(0).id != dense);
    m_view->localityCombo()->setCurrentIndex(m_view->localityCombo()->findData(m_province));
    QTRY_COMPARE(m_view->model()->totalCount(), qint64(2));
    // Clicking the date header sorts by date instead.
    clickHeader(m_view->table(), OpinionTableModel::DateColumn);
    QCOMPARE(m_view->model()->sortColumn(), int(OpinionTableModel::DateColumn));
    QVERIFY(m_view->model()->report(0).id != dense);
}

void TestOpinionsView::highlightSpansMapToOriginalText()
{
    const QString text = QStringLiteral("Giá ĐẤT Đai tăng; đất nền");
    const auto spans
        = OpinionSummaryDelegate::matches(text, { QStringLiteral("dat"), QStringLiteral("dai") });
    QCOMPARE(spans.size(), 3);
    QCOMPARE(text.mid(spans.at(0).first, spans.at(0).second), QStringLiteral("ĐẤT"));
    QCOMPARE(text.mid(spans.at(1).first, spans.at(1).second), QStringLiteral("Đai"));
    QCOMPARE(text.mid(spans.at(2).first, spans.at(2).second), QStringLiteral("đất"));
    // Decomposed input (NFD) maps back to whole characters; only word starts match.
    const QString nfd = QStringLiteral("mặt đất").normalized(QString::NormalizationForm_D);
    const auto nfdSpans = OpinionSummaryDelegate::matches(nfd, { QStringLiteral("da") });
    QCOMPARE(nfdSpans.size(), 1);
    QCOMPARE(nfd.mid(nfdSpans.at(0).first, nfdSpans.at(0).second)
                 .normalized(QString::NormalizationForm_C),
        QStringLiteral("đấ"));
    QVERIFY(OpinionSummaryDelegate::matches(QStringLiteral("quadat"), { QStringLiteral("dat") })
                .isEmpty());
}

void TestOpinionsView::keyboardEntrySavesKeepsAndUndoes()
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

void TestOpinionsView::invalidDateShowsErrorAndWritesNothing()
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

void TestOpinionsView::editReportIsUndoable()
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

void TestOpinionsView::workflowStepsAreUndoable()
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

void TestOpinionsView::waitingReportsStandOut()
{
    const QDate today = QDate::currentDate();
    addReport(today.addDays(-20), m_myBinh, m_land, QStringLiteral("Chờ lâu"));
    addReport(today.addDays(-10), m_myBinh, m_land, QStringLiteral("Chờ chưa lâu"));
    addReport(today.addDays(-40), m_myBinh, m_land, QStringLiteral("Đã giải quyết"),
        QStringLiteral("direct"), QStringLiteral("resolved"));
    makeView();
    OpinionTableModel *model = m_view->model();
    QCOMPARE(model->waitingDays(), 15);
    QCOMPARE(model->rowCount(), 3);
    // Newest first: 10 days, 20 days, 40 days (resolved).
    QCOMPARE(model->index(0, 0).data(OpinionTableModel::OverdueRole).toBool(), false);
    QCOMPARE(model->index(1, 0).data(OpinionTableModel::OverdueRole).toBool(), true);
    QCOMPARE(model->index(1, 0).data(Qt::FontRole).value<QFont>().bold(), true);
    QVERIFY(model->index(1, 0).data(Qt::BackgroundRole).isValid());
    QCOMPARE(model->index(2, 0).data(OpinionTableModel::OverdueRole).toBool(), false);
    model->setWaitingDays(5);
    QCOMPARE(model->index(0, 0).data(OpinionTableModel::OverdueRole).toBool(), true);
}

void TestOpinionsView::savedFiltersRoundTrip()
{
    bulk(600);
    makeView();
    m_view->topicCombo()->setCurrentIndex(m_view->topicCombo()->findData(m_health));
    m_view->channelCombo()->setCurrentIndex(
        m_view->channelCombo()->findData(QStringLiteral("hotline")));
    const qint64 count = m_view->model()->totalCount();
    QVERIFY(count > 0 && count < 600);
    m_view->saveFilter(QStringLiteral("Y tế qua đường dây nóng"));
    QCOMPARE(m_view->savedFilterCombo()->currentText(), QStringLiteral("Y tế qua đường dây nóng"));

    m_view->showFilter(OpinionFilter());
    QCOMPARE(m_view->model()->totalCount(), qint64(600));
    QCOMPARE(m_view->topicCombo()->currentIndex(), 0);

    QVERIFY(m_view->recallFilter(QStringLiteral("Y tế qua đường dây nóng")));
    QCOMPARE(m_view->model()->totalCount(), count);
    QCOMPARE(m_view->topicCombo()->currentData().toLongLong(), m_health);
    QCOMPARE(m_view->channelCombo()->currentData().toString(), QStringLiteral("hotline"));
    const auto stored
        = SavedFilterRepository(*m_db).find(QStringLiteral("Y tế qua đường dây nóng"));
    QVERIFY(stored);
    QCOMPARE(stored->filter.topicId, m_health);
    QCOMPARE(stored->filter.channels, QStringList { QStringLiteral("hotline") });

    m_view->deleteFilter(QStringLiteral("Y tế qua đường dây nóng"));
    QVERIFY(!SavedFilterRepository(*m_db).find(QStringLiteral("Y tế qua đường dây nóng")));
    QCOMPARE(m_view->savedFilterCombo()->count(), 1);
}

void TestOpinionsView::showFilterFromCharts()
{
    bulk(800);
    makeView();
    OpinionFilter f;
    f.quarter = QStringLiteral("2022-Q3");
    f.topicId = m_compensation;
    f.sentiments
        = { QStringLiteral("negative"), QStringLiteral("mixed") }; // more than a combo shows
    m_view->showFilter(f);
    QCOMPARE(m_view->currentFilter(), f);
    QCOMPARE(m_view->model()->totalCount(), OpinionRepository(*m_db).count(f));
    QCOMPARE(m_view->quarterCombo()->currentData().toString(), QStringLiteral("2022-Q3"));
    QCOMPARE(m_view->topicCombo()->currentData().toLongLong(), m_compensation);
}

void TestOpinionsView::sortingByColumnRequeries()
{
    bulk(500);
    makeView();
    clickHeader(m_view->table(), OpinionTableModel::LocalityColumn);
    OpinionTableModel *model = m_view->model();
    QCOMPARE(model->sortColumn(), int(OpinionTableModel::LocalityColumn));
    QCOMPARE(model->sortOrder(), Qt::AscendingOrder);
    QCOMPARE(model->report(0).localityName, QStringLiteral("An Giang"));
    clickHeader(m_view->table(), OpinionTableModel::LocalityColumn);
    QCOMPARE(model->sortOrder(), Qt::DescendingOrder);
    QCOMPARE(model->report(0).localityName, QStringLiteral("Mỹ Bình"));
    QCOMPARE(model->rowCount(), OpinionTableModel::PageSize);
}

void TestOpinionsView::reporterColumnOnDemand()
{
    RosterRepository roster(*m_db);
    const auto person = [&](const char *name) {
        Person p;
        p.fullName = QString::fromUtf8(name);
        return roster.addPerson(p);
    };
    const qint64 an = person("Nguyễn Văn An");
    const qint64 yen = person("Trần Thị Yến");
    for (int i = 0; i < 6; ++i) {
        OpinionReport r;
        r.observedOn = QDate(2024, 1, 1).addDays(i);
        r.localityId = m_myBinh;
        r.topicId = m_health;
        r.summary = QStringLiteral("Phản ánh %1").arg(i);
        r.reporterId = i % 2 ? an : yen;
        OpinionRepository(*m_db).add(r);
    }
    QSettings().remove(QStringLiteral("opinions/hiddenColumns"));
    makeView();
    QHeaderView *header = m_view->table()->horizontalHeader();
    // Off at first: the summary keeps its room on an office screen.
    QVERIFY(header->isSectionHidden(OpinionTableModel::ReporterColumn));
    m_view->setColumnShown(OpinionTableModel::ReporterColumn, true);
    QVERIFY(!header->isSectionHidden(OpinionTableModel::ReporterColumn));
    QCOMPARE(m_view->model()
                 ->headerData(OpinionTableModel::ReporterColumn, Qt::Horizontal, Qt::DisplayRole)
                 .toString(),
        QStringLiteral("Reporter"));
    // Sorting by it: Vietnamese name order (An before Yến), through the indexed sort key.
    clickHeader(m_view->table(), OpinionTableModel::ReporterColumn);
    OpinionTableModel *model = m_view->model();
    QCOMPARE(model->sortColumn(), int(OpinionTableModel::ReporterColumn));
    QCOMPARE(model->index(0, OpinionTableModel::ReporterColumn).data().toString(),
        QStringLiteral("Nguyễn Văn An"));
    QCOMPARE(model->index(5, OpinionTableModel::ReporterColumn).data().toString(),
        QStringLiteral("Trần Thị Yến"));
    // The choice is remembered by the next view.
    m_view.reset();
    makeView();
    QVERIFY(
        !m_view->table()->horizontalHeader()->isSectionHidden(OpinionTableModel::ReporterColumn));
    m_view->setColumnShown(OpinionTableModel::ReporterColumn, false);
}

void TestOpinionsView::taxonomyRefusesDeletingUsedEntries()
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

void TestOpinionsView::taxonomyEditsAreUndoable()
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

void TestOpinionsView::importPreviewListsProblemsAndWritesNothing()
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

QString TestOpinionsView::twoRowCsv(const QString &name)
{
    // Semicolons and Vietnamese headers, as Excel writes in a Vietnamese locale; Hà Tiên is
    // a locality the test database does not know.
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("ngày;địa bàn;lĩnh vực;nội dung\n"
               "01/03/2024;Mỹ Bình;Y tế;Thiếu thuốc\n"
               "02/03/2024;Hà Tiên;Y tế;Địa bàn mới\n");
    return path;
}

void TestOpinionsView::importPreviewImports()
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

void TestOpinionsView::importIsOneUndoableStep()
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

void TestOpinionsView::exportWritesTheFilteredSet()
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

void TestOpinionsView::vietnameseScreen()
{
    // The demo data set in Vietnamese; with THUKY_SCREENSHOT_DIR set the pictures are saved
    // for a person to look at (opinions.png, opinions-search.png, opinions-entry.png).
    Language::install(QStringLiteral("vi"));
    m_db.reset();
    m_db = std::make_unique<Database>(m_dir->filePath(QStringLiteral("demo.sqlite")));
    m_db->open();
    DemoGenerator(*m_db, 2024).generate(400);
    makeView();
    const QString dir = qEnvironmentVariable("THUKY_SCREENSHOT_DIR");
    QVERIFY2(m_view->countLabel()->text().endsWith(QStringLiteral("phản ánh")),
        qPrintable(m_view->countLabel()->text()));
    QCOMPARE(m_view->model()
                 ->headerData(OpinionTableModel::DateColumn, Qt::Horizontal, Qt::DisplayRole)
                 .toString(),
        QStringLiteral("Ngày"));
    m_view->table()->selectRow(0);
    if (!dir.isEmpty())
        QVERIFY(m_view->grab().save(dir + QStringLiteral("/opinions.png")));
    QTest::keyClicks(m_view->searchEdit(), QStringLiteral("dat dai"));
    QTRY_COMPARE(m_view->model()->filter().text, QStringLiteral("dat dai"));
    QVERIFY(m_view->model()->totalCount() > 0);
    if (!dir.isEmpty())
        QVERIFY(m_view->grab().save(dir + QStringLiteral("/opinions-search.png")));
    m_view->newReportsAction()->trigger();
    QVERIFY(m_view->entryDialog());
    m_view->entryDialog()->dateEdit()->setText(QStringLiteral("31/02/2024"));
    m_view->entryDialog()->accept();
    QVERIFY(m_view->entryDialog()->errorLabel(QStringLiteral("date"))->isVisible());
    if (!dir.isEmpty())
        QVERIFY(m_view->entryDialog()->grab().save(dir + QStringLiteral("/opinions-entry.png")));
    m_view->entryDialog()->close();
}

QTEST_MAIN(TestOpinionsView)
#include "tst_opinionsview.moc"
