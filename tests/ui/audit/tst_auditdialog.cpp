// Edit → Audit log: the field-level log browsed and filtered from the keyboard and exported as
// `audit --format csv`; and the window disabling what the signed-in role may not do.

#include <common/testdb.h>
#include <core/db/access.h>
#include <core/opinions/opinionrepository.h>
#include <core/opinions/taxonomyrepository.h>
#include <core/roster/rosterrepository.h>
#include <ui/audit/auditdialog.h>
#include <ui/meetings/meetingsview.h>
#include <ui/opinions/opinionsview.h>
#include <ui/shell/mainwindow.h>

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace thuky;

class TestAuditDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void browseFilterAndExport();
    void windowFollowsTheRole();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_report = 0;
};

void TestAuditDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("thuky-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_auditdialog"));
}

void TestAuditDialog::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = test::openFresh(QStringLiteral("sqlite"), *m_dir);
    m_db->setCurrentUser(QStringLiteral("thuky"));
    Locality l;
    l.name = QStringLiteral("Xã Ba Chúc");
    l.level = QStringLiteral("province");
    OpinionReport r;
    r.localityId = RosterRepository(*m_db).addLocality(l);
    r.topicId = TaxonomyRepository(*m_db).addTopic(QStringLiteral("Đất đai"));
    r.observedOn = QDate(2024, 7, 1);
    r.summary = QStringLiteral("Chậm cấp giấy chứng nhận");
    r.sentiment = QStringLiteral("neutral");
    r.channel = QStringLiteral("direct");
    OpinionRepository repo(*m_db);
    m_report = repo.add(r);
    m_db->setCurrentUser(QStringLiteral("lan"));
    OpinionReport stored = *repo.report(m_report);
    stored.summary = QStringLiteral("Rất chậm cấp giấy chứng nhận");
    stored.sentiment = QStringLiteral("negative");
    repo.update(stored);
}

void TestAuditDialog::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestAuditDialog::browseFilterAndExport()
{
    AuditDialog dialog(*m_db);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    AuditModel *model = dialog.model();
    const int all = model->rowCount();
    QVERIFY(all >= 4); // topic, locality, report added; two fields updated
    // Newest first: the update's fields.
    QCOMPARE(model->entry(0).user, QStringLiteral("lan"));
    QCOMPARE(model->entry(0).action, QStringLiteral("update"));

    // By user, from the keyboard: the combo box takes the typed name.
    dialog.userFilter()->setFocus();
    QTest::keyClicks(dialog.userFilter(), QStringLiteral("lan"));
    QTRY_COMPARE(dialog.userFilter()->currentData().toString(), QStringLiteral("lan"));
    QCOMPARE(model->rowCount(), 2);
    QStringList fields;
    for (int row = 0; row < model->rowCount(); ++row)
        fields << model->entry(row).field;
    fields.sort();
    QCOMPARE(fields, QStringList({ QStringLiteral("sentiment"), QStringLiteral("summary") }));

    // By text in the values.
    QTest::keyClicks(dialog.textFilter(), QStringLiteral("negative"));
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->entry(0).oldValue, QStringLiteral("neutral"));
    QCOMPARE(model->data(model->index(0, AuditModel::New), Qt::DisplayRole).toString(),
        QStringLiteral("negative"));

    const QString file = m_dir->filePath(QStringLiteral("audit.csv"));
    QVERIFY(dialog.exportCsv(file));
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), QStringLiteral("at,user,action,entity,uuid,field,old,new"));
    QVERIFY(lines.at(1).endsWith(QLatin1String(",sentiment,neutral,negative")));

    // One record's history.
    dialog.textFilter()->clear();
    dialog.userFilter()->setCurrentIndex(0);
    dialog.showRecord(OpinionRepository(*m_db).report(m_report)->uuid);
    QTRY_COMPARE(model->rowCount(), 3); // added, two fields updated
}

void TestAuditDialog::windowFollowsTheRole()
{
    MainWindow w(*m_db);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto *meetings = qobject_cast<MeetingsView *>(w.areaWidget(MainWindow::Area::Meetings));
    auto *opinions = qobject_cast<OpinionsView *>(w.areaWidget(MainWindow::Area::Opinions));
    QVERIFY(meetings && opinions);
    QAction *audit = w.findChild<QAction *>(QStringLiteral("auditAction"));
    QVERIFY(audit);

    w.setRole(Access::Viewer);
    QVERIFY(!meetings->newAction()->isEnabled());
    QVERIFY(!opinions->newReportsAction()->isEnabled());
    QVERIFY(!opinions->importAction()->isEnabled());
    QVERIFY(opinions->exportAction()->isEnabled());
    QVERIFY(!audit->isEnabled());

    w.setRole(Access::Collaborator);
    QVERIFY(opinions->newReportsAction()->isEnabled());
    QVERIFY(!opinions->exportAction()->isEnabled());
    QVERIFY(!opinions->importAction()->isEnabled());
    QVERIFY(!meetings->newAction()->isEnabled());

    w.setRole(Access::Secretary);
    QVERIFY(opinions->newReportsAction()->isEnabled());
    QVERIFY(opinions->exportAction()->isEnabled());
    QVERIFY(audit->isEnabled());
}

QTEST_MAIN(TestAuditDialog)
#include "tst_auditdialog.moc"
