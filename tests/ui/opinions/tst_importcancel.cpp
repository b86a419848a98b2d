// The import dialog's progress (ImportPreviewDialog::accept): a large import shows each phase
// (rows, indexes, search index) in its progress dialog, and its Cancel button stops the import
// in any of them, leaving the database file as it was.

#include <core/db/database.h>
#include <core/opinions/opinionrepository.h>
#include <core/opinions/taxonomyrepository.h>
#include <core/roster/rosterrepository.h>
#include <ui/opinions/importpreviewdialog.h>

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace thuky;

class TestImportCancel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void cancelInEachPhase_data();
    void cancelInEachPhase();

private:
    QString writeCsv(int rows);
    QByteArray fileBytes();
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestImportCancel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(m_dir->filePath(QStringLiteral("t.sqlite")));
    m_db->open();
    m_db->setCurrentUser(QStringLiteral("test"));
    Locality l;
    l.name = QStringLiteral("Mỹ Bình");
    l.level = QStringLiteral("commune");
    RosterRepository(*m_db).addLocality(l);
    TaxonomyRepository(*m_db).addTopic(QStringLiteral("Đất đai"));
    qputenv("THUKY_IMPORT_REBUILD_ROWS", "1000");
}

void TestImportCancel::cleanup()
{
    qunsetenv("THUKY_IMPORT_REBUILD_ROWS");
    m_db.reset();
    m_dir.reset();
}

QString TestImportCancel::writeCsv(int rows)
{
    QByteArray text = "date,locality,topic,summary,reporter\n";
    for (int i = 0; i < rows; ++i)
        text += QStringLiteral("2024-03-%1,Mỹ Bình,Đất đai,Bờ kè sạt lở đoạn %2,Người %3\n")
                    .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                    .arg(i)
                    .arg(i % 13)
                    .toUtf8();
    const QString path = m_dir->filePath(QStringLiteral("r.csv"));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(text);
    return path;
}

QByteArray TestImportCancel::fileBytes()
{
    m_db->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    QFile f(m_db->location());
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void TestImportCancel::cancelInEachPhase_data()
{
    QTest::addColumn<QString>("cancelIn"); // the label shown when Cancel is clicked; "" never
    QTest::newRow("rows") << QStringLiteral("Importing reports…");
    QTest::newRow("indexes") << QStringLiteral("Building the indexes…");
    QTest::newRow("search index") << QStringLiteral("Building the search index…");
    QTest::newRow("not cancelled") << QString();
}

void TestImportCancel::cancelInEachPhase()
{
    QFETCH(QString, cancelIn);
    const QString path = writeCsv(7000);
    const QByteArray before = fileBytes();
    ImportPreviewDialog dialog(*m_db, path);
    dialog.createMissingBox()->setChecked(true);
    QVERIFY(dialog.canImport());
    dialog.setProgressDelay(0);

    // Polled whenever the progress dialog lets events through: note its labels, click its
    // Cancel button in the chosen phase, and close the message that follows.
    QStringList labels;
    bool clicked = false;
    QString message;
    QTimer poll;
    poll.setInterval(0);
    connect(&poll, &QTimer::timeout, this, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            message = box->text();
            box->accept();
            return;
        }
        auto *progress = dialog.findChild<QProgressDialog *>();
        if (!progress || !progress->isVisible())
            return;
        if (labels.isEmpty() || labels.last() != progress->labelText())
            labels.append(progress->labelText());
        if (!clicked && !cancelIn.isEmpty() && progress->labelText() == cancelIn) {
            clicked = true;
            progress->findChild<QPushButton *>()->click();
        }
    });
    poll.start();
    dialog.accept();
    poll.stop();

    if (cancelIn.isEmpty()) {
        QCOMPARE(dialog.result().imported, 7000);
        QCOMPARE(OpinionRepository(*m_db).totalCount(), qint64(7000));
        QCOMPARE(labels,
            QStringList(
                { QStringLiteral("Importing reports…"), QStringLiteral("Building the indexes…"),
                    QStringLiteral("Building the search index…"), QStringLiteral("Saving…") }));
        return;
    }
    QVERIFY2(clicked, qPrintable(labels.join(QStringLiteral(", "))));
    QCOMPARE(message, QStringLiteral("The import was cancelled: nothing was imported."));
    QCOMPARE(dialog.result().imported, 0);
    QCOMPARE(OpinionRepository(*m_db).totalCount(), qint64(0));
    QVERIFY(fileBytes() == before);
}

QTEST_MAIN(TestImportCancel)
#include "tst_importcancel.moc"
