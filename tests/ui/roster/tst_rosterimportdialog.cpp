// Drives the roster import dialog offscreen: the preview of rows and problems, the import,
// its undo and redo, and the action in the roster area.

#include <core/db/database.h>
#include <core/roster/rosterrepository.h>
#include <ui/roster/membertablemodel.h>
#include <ui/roster/rosterimportdialog.h>
#include <ui/roster/rosterview.h>

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace thuky;

class TestRosterImportDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void previewListsProblemsAndWritesNothing();
    void importIsOneUndoableStep();
    void committeeChoiceIsTheDefault();
    void actionInTheRosterArea();

private:
    QString write(const QString &name, const QByteArray &content) const;
    static QStringList problems(const RosterImportDialog &dialog);
    static QPushButton *importButton(const RosterImportDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }
    int count(const char *table) const
    {
        return m_db->scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
            .toInt();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RosterRepository> m_repo;
    std::unique_ptr<QUndoStack> m_undo;
    qint64 m_province = 0;
    qint64 m_district = 0;
    qint64 m_an = 0;
};

void TestRosterImportDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(m_dir->filePath(QStringLiteral("t.sqlite")));
    m_db->open();
    m_repo = std::make_unique<RosterRepository>(*m_db);
    Committee province;
    province.name = QStringLiteral("Ban Chỉ đạo 35 tỉnh Thử Nghiệm");
    province.level = QStringLiteral("province");
    m_province = m_repo->addCommittee(province);
    Committee district;
    district.name = QStringLiteral("Ban Chỉ đạo 35 huyện Mẫu");
    district.level = QStringLiteral("district");
    district.parentId = m_province;
    m_district = m_repo->addCommittee(district);
    Person an;
    an.fullName = QStringLiteral("Trần Văn An");
    an.organisation = QStringLiteral("Tỉnh ủy");
    m_an = m_repo->addPerson(an);
    m_undo = std::make_unique<QUndoStack>();
}

void TestRosterImportDialog::cleanup()
{
    m_undo.reset();
    m_repo.reset();
    m_db.reset();
    m_dir.reset();
}

QString TestRosterImportDialog::write(const QString &name, const QByteArray &content) const
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(content);
    return path;
}

QStringList TestRosterImportDialog::problems(const RosterImportDialog &dialog)
{
    QStringList lines;
    for (int i = 0; i < dialog.problemList()->count(); ++i)
        lines << dialog.problemList()->item(i)->text();
    return lines;
}

void TestRosterImportDialog::previewListsProblemsAndWritesNothing()
{
    const QString path = write(QStringLiteral("bad.csv"),
        "Họ và tên;Chức danh;Từ ngày\n"
        "Lê Thị Bình;Ủy viên;01/03/2024\n"
        "Phạm Quốc Cường;Phó ban;01/03/2024\n"
        "Đỗ Thị Hà;Ủy viên;30/02/2024\n");
    RosterImportDialog dialog(*m_db, m_province, nullptr, m_undo.get());
    QVERIFY(!dialog.canImport()); // no file yet
    QVERIFY(!importButton(dialog)->isEnabled());
    dialog.setPath(path);
    QVERIFY(dialog.pathEdit()->text().endsWith(QStringLiteral("bad.csv")));
    const QStringList lines = problems(dialog);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("Line 3: unknown role “Phó ban”")),
        qPrintable(lines.join(QLatin1Char('\n'))));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("Line 4: “30/02/2024” is not a valid date")),
        qPrintable(lines.join(QLatin1Char('\n'))));
    QCOMPARE(dialog.rowTable()->model()->rowCount(), 3);
    QCOMPARE(
        dialog.rowTable()->model()->index(0, 7).data().toString(), QStringLiteral("new person"));
    QCOMPARE(dialog.rowTable()->model()->index(1, 7).data().toString(), QStringLiteral("error"));
    QVERIFY(dialog.summaryLabel()->text().contains(QStringLiteral("2 error(s)")));
    QVERIFY(!dialog.canImport());
    QVERIFY(!importButton(dialog)->isEnabled());
    dialog.accept();
    QCOMPARE(count("memberships"), 0);
    QCOMPARE(count("persons"), 1);
    QCOMPARE(m_undo->count(), 0);
}

void TestRosterImportDialog::importIsOneUndoableStep()
{
    const QString path = write(QStringLiteral("good.csv"),
        "\xEF\xBB\xBFperson,organisation,role,start,title,rank\n"
        "Trần Văn An,Tỉnh ủy,head,2024-01-01,Phó Bí thư Tỉnh ủy,\n"
        "Lê Thị Bình,Công an tỉnh,member,2024-01-01,,Đại tá\n");
    RosterImportDialog dialog(*m_db, m_province, nullptr, m_undo.get());
    dialog.setPath(path);
    QVERIFY2(dialog.canImport(), qPrintable(problems(dialog).join(QLatin1Char('\n'))));
    QCOMPARE(problems(dialog), QStringList { QStringLiteral("No problem found.") });
    QAbstractItemModel *rows = dialog.rowTable()->model();
    QCOMPARE(rows->rowCount(), 2);
    QCOMPARE(rows->index(0, 1).data().toString(), QStringLiteral("Trần Văn An"));
    QCOMPARE(rows->index(0, 7).data().toString(), QStringLiteral("on the roster"));
    QCOMPARE(rows->index(1, 1).data().toString(), QStringLiteral("Đại tá Lê Thị Bình"));
    QCOMPARE(rows->index(1, 3).data().toString(), QStringLiteral("Ban Chỉ đạo 35 tỉnh Thử Nghiệm"));
    QCOMPARE(rows->index(1, 4).data().toString(), QStringLiteral("01/01/2024"));
    QVERIFY2(dialog.summaryLabel()->text().contains(QStringLiteral("1 new person(s)")),
        qPrintable(dialog.summaryLabel()->text()));
    QTest::mouseClick(importButton(dialog), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.imported().memberships, 2);
    QCOMPARE(m_repo->members(m_province, QDate(2024, 1, 1)).size(), 2);
    QCOMPARE(count("persons"), 2);
    QCOMPARE(m_undo->count(), 1);
    QCOMPARE(m_undo->undoText(), QStringLiteral("Import 2 membership(s)"));

    m_undo->undo();
    QCOMPARE(count("memberships"), 0);
    QCOMPARE(count("persons"), 1); // Trần Văn An was there before and stays
    QVERIFY(m_repo->person(m_an));

    m_undo->redo();
    QCOMPARE(m_repo->members(m_province, QDate(2024, 1, 1)).size(), 2);
    QCOMPARE(count("persons"), 2);
}

void TestRosterImportDialog::committeeChoiceIsTheDefault()
{
    const QString path = write(
        QStringLiteral("nocommittee.csv"), "person,role,start\nLê Thị Bình,member,2024-01-01\n");
    RosterImportDialog dialog(*m_db, m_district, nullptr, m_undo.get());
    QCOMPARE(dialog.committeeBox()->currentData().toString(), QString::number(m_district));
    dialog.setPath(path);
    QVERIFY(dialog.canImport());
    QCOMPARE(dialog.rowTable()->model()->index(0, 3).data().toString(),
        QStringLiteral("Ban Chỉ đạo 35 huyện Mẫu"));
    dialog.committeeBox()->setCurrentIndex(0); // none: the file has no committee column
    QVERIFY(!dialog.canImport());
    QVERIFY2(problems(dialog).value(0).startsWith(QStringLiteral("Line 1: no committee")),
        qPrintable(problems(dialog).join(QLatin1Char('\n'))));
    // The dialog's words, not the command line's option.
    QVERIFY2(problems(dialog).value(0).endsWith(QStringLiteral("of the whole file above")),
        qPrintable(problems(dialog).value(0)));
    QVERIFY(!problems(dialog).join(QLatin1Char('\n')).contains(QStringLiteral("--")));
    dialog.committeeBox()->setCurrentIndex(
        dialog.committeeBox()->findData(QString::number(m_province)));
    QVERIFY(dialog.canImport());
    dialog.accept();
    QCOMPARE(m_repo->members(m_province, QDate(2024, 1, 1)).size(), 1);
    QCOMPARE(m_repo->members(m_district, QDate(2024, 1, 1)).size(), 0);
}

void TestRosterImportDialog::actionInTheRosterArea()
{
    RosterView view(*m_db, m_undo.get());
    view.resize(1200, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setCurrentCommittee(m_province);
    view.setAsOf(QDate(2024, 6, 1));
    auto *action = view.findChild<QAction *>(QStringLiteral("importRosterAction"));
    QVERIFY(action);
    QVERIFY(view.actions().contains(action)); // in the area's menu
    QVERIFY(action->isEnabled());
    view.setEditable(false);
    QVERIFY(!action->isEnabled());
    view.setEditable(true);
    QVERIFY(action->isEnabled());

    // The view shows an import (and its undo) at once.
    const QString path = write(QStringLiteral("view.csv"),
        "person,role,start\nLê Thị Bình,member,2024-01-01\nĐỗ Thị Hà,core,2024-01-01\n");
    RosterImportDialog dialog(*m_db, view.currentCommitteeId(), &view, m_undo.get());
    dialog.setPath(path);
    dialog.accept();
    QTRY_COMPARE(view.memberModel()->rowCount(), 2);
    m_undo->undo();
    QTRY_COMPARE(view.memberModel()->rowCount(), 0);
}

QTEST_MAIN(TestRosterImportDialog)
#include "tst_rosterimportdialog.moc"
