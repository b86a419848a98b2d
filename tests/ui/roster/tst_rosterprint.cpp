// Prints the roster from the real roster view offscreen: Save as PDF through the file dialog
// as a clerk would, the print preview with its Save actions, the date and committee shown,
// and a file that cannot be written.

#include <common/printedtext.h>
#include <core/db/database.h>
#include <core/roster/rosterrepository.h>
#include <ui/common/documentexport.h>
#include <ui/roster/rosterview.h>

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

using namespace thuky;

namespace {
/** Types @p path into the file name box of @p dialog. */
void typeFileName(QFileDialog *dialog, const QString &path)
{
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
    QVERIFY(edit);
    edit->setText(path);
}

/** Answers the next file dialog with @p path, as a clerk typing the name and pressing Save. */
void answerFileDialog(const QString &path, bool *seen)
{
    QTimer::singleShot(100, [path, seen] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        *seen = true;
        typeFileName(dialog, path);
        QMetaObject::invokeMethod(dialog, "accept"); // Save
    });
}
} // namespace

class TestRosterPrint : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void actionsInTheView();
    void saveAsPdfFromTheView();
    void followsTheCommitteeAndDate();
    void printPreviewOffersTheSaves();
    void printerGetsThePages();
    void viewersMayPrint();
    void unwritableFileIsReported();

private:
    qint64 person(const QString &name, const QString &honorific = {})
    {
        Person p;
        p.fullName = name;
        p.honorific = honorific;
        p.titles = QStringLiteral("Chuyên viên");
        return m_repo->addPerson(p);
    }
    void appoint(qint64 personId, Role role, const QDate &start, qint64 committee)
    {
        Membership m;
        m.personId = personId;
        m.committeeId = committee;
        m.role = role;
        m.start = start;
        m.decision = QStringLiteral("Quyết định số 7-QĐ/TU");
        m_repo->appoint(m);
    }
    DocumentExport *printing() const { return m_view->findChild<DocumentExport *>(); }
    QString savePdf(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RosterRepository> m_repo;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<RosterView> m_view;
    qint64 m_province = 0;
    qint64 m_district = 0;
};

void TestRosterPrint::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(m_dir->filePath(QStringLiteral("t.sqlite")));
    m_db->open();
    m_repo = std::make_unique<RosterRepository>(*m_db);
    Committee province;
    province.name = QStringLiteral("Ban Chỉ đạo 35 tỉnh An Giang");
    province.level = QStringLiteral("province");
    province.superiorBody = QStringLiteral("Tỉnh ủy An Giang");
    province.placeName = QStringLiteral("An Giang");
    m_province = m_repo->addCommittee(province);
    Committee district;
    district.name = QStringLiteral("Ban Chỉ đạo 35 huyện Tri Tôn");
    district.level = QStringLiteral("district");
    district.parentId = m_province;
    district.superiorBody = QStringLiteral("Huyện ủy Tri Tôn");
    district.placeName = QStringLiteral("Tri Tôn");
    m_district = m_repo->addCommittee(district);
    appoint(person(QStringLiteral("Nguyễn Văn Hùng"), QStringLiteral("Đại tá")), Role::Head,
        QDate(2021, 1, 15), m_province);
    appoint(person(QStringLiteral("Trần Thị Bích")), Role::Member, QDate(2021, 1, 15), m_province);
    appoint(person(QStringLiteral("Lê Văn Ánh")), Role::Member, QDate(2024, 3, 1), m_province);
    appoint(person(QStringLiteral("Đinh Văn Huyện")), Role::Head, QDate(2021, 1, 15), m_district);
    m_undo = std::make_unique<QUndoStack>();
    m_view = std::make_unique<RosterView>(*m_db, m_undo.get());
    m_view->resize(1200, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->setCurrentCommittee(m_province);
    m_view->setAsOf(QDate(2024, 7, 17));
}

void TestRosterPrint::cleanup()
{
    m_view.reset();
    m_undo.reset();
    m_repo.reset();
    m_db.reset();
    m_dir.reset();
}

QString TestRosterPrint::savePdf(const QString &name)
{
    const QString path = m_dir->filePath(name);
    bool seen = false;
    answerFileDialog(path, &seen);
    QAction *save = m_view->findChild<QAction *>(QStringLiteral("saveListPdf"));
    if (!save)
        return {};
    save->trigger();
    return seen ? path : QString();
}

void TestRosterPrint::actionsInTheView()
{
    // Print…, Save as PDF…, Save as ODT… in the area's menu (the view's actions), Print…
    // with Ctrl+P; one tool bar button with the two saves in its menu.
    QStringList names;
    for (QAction *a : m_view->actions())
        names << a->objectName();
    for (const char *name : { "printList", "saveListPdf", "saveListOdt" })
        QVERIFY2(names.contains(QLatin1String(name)), name);
    QAction *print = m_view->findChild<QAction *>(QStringLiteral("printList"));
    QCOMPARE(print->shortcut(), QKeySequence(QKeySequence::Print));
    auto *button = m_view->findChild<QToolButton *>(QStringLiteral("printListButton"));
    QVERIFY(button);
    QVERIFY(button->isVisible());
    QCOMPARE(button->defaultAction(), print);
    QCOMPARE(button->menu()->actions().size(), 2);
}

void TestRosterPrint::saveAsPdfFromTheView()
{
    const QString path = savePdf(QStringLiteral("danh-sach.pdf"));
    QVERIFY2(!path.isEmpty(), "no file dialog");
    QVERIFY(QFile::exists(path));
    const QString text = test::pdfText(path);
    for (const char *expected : { "TỈNH ỦY AN GIANG", "BAN CHỈ ĐẠO 35", "ĐẢNG CỘNG SẢN VIỆT NAM",
             "DANH SÁCH THÀNH VIÊN BAN CHỈ ĐẠO 35 TỈNH AN GIANG", "(tính đến ngày 17/07/2024)",
             "I. Trưởng ban", "Đại tá", "Nguyễn Văn Hùng", "II. Ủy viên", "Lê Văn Ánh",
             "Trần Thị Bích", "Quyết định số 7-QĐ/TU", "Tổng số: 3 đồng chí." })
        QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
    // Ánh before Bích: the Vietnamese order by given name.
    QVERIFY(test::inOrder(text, { QStringLiteral("Lê Văn Ánh"), QStringLiteral("Trần Thị Bích") }));
    QVERIFY(!text.contains(QStringLiteral("Đinh Văn Huyện")));
}

void TestRosterPrint::followsTheCommitteeAndDate()
{
    // Before Lê Văn Ánh was appointed: not on the list.
    m_view->setAsOf(QDate(2023, 12, 31));
    QString text = test::pdfText(savePdf(QStringLiteral("2023.pdf")));
    QVERIFY(text.contains(QStringLiteral("(tính đến ngày 31/12/2023)")));
    QVERIFY(!text.contains(QStringLiteral("Lê Văn Ánh")));
    QVERIFY(text.contains(QStringLiteral("Tổng số: 2 đồng chí.")));
    // The district committee selected in the tree: its own header and members.
    m_view->setCurrentCommittee(m_district);
    text = test::pdfText(savePdf(QStringLiteral("district.pdf")));
    QVERIFY(text.contains(QStringLiteral("HUYỆN ỦY TRI TÔN")));
    QVERIFY(text.contains(QStringLiteral("Đinh Văn Huyện")));
    QVERIFY(!text.contains(QStringLiteral("Nguyễn Văn Hùng")));
    // ODT the same way; the name offered carries the date.
    bool seen = false;
    QTimer::singleShot(100, [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        seen = dialog->selectedFiles().value(0).endsWith(
            QStringLiteral("danh-sach-thanh-vien-2023-12-31.odt"));
        typeFileName(dialog, m_dir->filePath(QStringLiteral("district"))); // no extension
        QMetaObject::invokeMethod(dialog, "accept"); // Save
    });
    m_view->findChild<QAction *>(QStringLiteral("saveListOdt"))->trigger();
    QVERIFY(seen);
    const QString odt = m_dir->filePath(QStringLiteral("district.odt"));
    QVERIFY(test::odtEntry(odt, QStringLiteral("content.xml"))
                .contains(QStringLiteral("Đinh Văn Huyện")));
}

void TestRosterPrint::printPreviewOffersTheSaves()
{
    bool shown = false;
    QStringList toolBarActions;
    QTimer::singleShot(200, [&] {
        auto *dialog = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        shown = true;
        for (QAction *a : dialog->findChild<QToolBar *>()->actions())
            toolBarActions << a->objectName();
        dialog->reject();
    });
    m_view->findChild<QAction *>(QStringLiteral("printList"))->trigger();
    QVERIFY(shown);
    QVERIFY(toolBarActions.contains(QStringLiteral("saveListPdf")));
    QVERIFY(toolBarActions.contains(QStringLiteral("saveListOdt")));
}

void TestRosterPrint::printerGetsThePages()
{
    // What the preview and the printer get: the same pages as the PDF.
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString path = m_dir->filePath(QStringLiteral("printer.pdf"));
    printer.setOutputFileName(path);
    printing()->print(&printer);
    const QString text = test::pdfText(path);
    QVERIFY(text.contains(QStringLiteral("Nguyễn Văn Hùng")));
    QVERIFY(text.contains(QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM")));
}

void TestRosterPrint::viewersMayPrint()
{
    m_view->setEditable(false);
    for (const char *name : { "printList", "saveListPdf", "saveListOdt" })
        QVERIFY2(m_view->findChild<QAction *>(QLatin1String(name))->isEnabled(), name);
    QVERIFY(!savePdf(QStringLiteral("viewer.pdf")).isEmpty());
}

void TestRosterPrint::unwritableFileIsReported()
{
    QString message;
    const QString path = m_dir->filePath(QStringLiteral("no/such/folder/r.pdf"));
    QVERIFY(!printing()->exportTo(path, &message));
    QVERIFY2(message.contains(QStringLiteral("r.pdf")), qPrintable(message));
    QVERIFY(!printing()->exportTo(m_dir->filePath(QStringLiteral("r.docx")), &message));
    QVERIFY(!message.isEmpty());
    // Through the action: the file dialog, then a warning the clerk closes.
    bool warned = false;
    bool seen = false;
    answerFileDialog(path, &seen);
    QTimer::singleShot(600, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            warned = box->text().contains(QStringLiteral("r.pdf"));
            box->close();
        }
    });
    m_view->findChild<QAction *>(QStringLiteral("saveListPdf"))->trigger();
    QVERIFY(seen);
    QVERIFY(warned);
}

QTEST_MAIN(TestRosterPrint)
#include "tst_rosterprint.moc"
