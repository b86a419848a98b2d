// File → Import exchange file…: what a district's sealed file would add, update or leave, and
// each record changed on both sides, shown before anything is written; a wrong passphrase
// writes nothing; the clerk's choice per conflict is what is imported.

#include <common/testdb.h>
#include <core/db/exchange.h>
#include <core/opinions/opinionrepository.h>
#include <core/opinions/taxonomyrepository.h>
#include <core/roster/rosterrepository.h>
#include <ui/exchange/exchangedialog.h>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace thuky;

class TestExchangeDialog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void previewThenImport();
    void conflictChosenRecordByRecord();

private:
    QString exportDistrict(const QString &name)
    {
        const QString file = m_dir->filePath(name);
        Exchange::exportTo(*m_district, file, QStringLiteral("mat-khau-huyen"));
        return file;
    }
    /** Fills the dialog as a clerk would and presses Check. */
    void check(ExchangeImportDialog &dialog, const QString &file, const QString &passphrase)
    {
        dialog.fileEdit()->setText(file);
        dialog.passphraseEdit()->clear();
        QTest::keyClicks(dialog.passphraseEdit(), passphrase);
        QTest::mouseClick(dialog.checkButton(), Qt::LeftButton);
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_district;
    std::unique_ptr<Database> m_province;
    qint64 m_report = 0;
};

void TestExchangeDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_district = test::openFresh(QStringLiteral("sqlite"), *m_dir);
    m_district->setCurrentUser(QStringLiteral("huyen"));
    m_province = test::openFresh(QStringLiteral("sqlite"), *m_dir);
    m_province->setCurrentUser(QStringLiteral("tinh"));
    Locality l;
    l.name = QStringLiteral("Xã Ba Chúc");
    l.level = QStringLiteral("commune");
    OpinionReport r;
    r.localityId = RosterRepository(*m_district).addLocality(l);
    r.topicId = TaxonomyRepository(*m_district).addTopic(QStringLiteral("Đất đai"));
    r.observedOn = QDate(2024, 7, 1);
    r.summary = QStringLiteral("Chậm cấp giấy chứng nhận");
    r.sentiment = QStringLiteral("neutral");
    r.channel = QStringLiteral("direct");
    m_report = OpinionRepository(*m_district).add(r);
}

void TestExchangeDialog::cleanup()
{
    m_district.reset();
    m_province.reset();
    m_dir.reset();
}

void TestExchangeDialog::previewThenImport()
{
    const QString file = exportDistrict(QStringLiteral("huyen.thuky-exchange"));
    ExchangeImportDialog dialog(*m_province);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.importButton()->isEnabled());

    check(dialog, file, QStringLiteral("sai-mat-khau"));
    QVERIFY2(dialog.summary()->text().contains(QLatin1String("Wrong passphrase")),
        qPrintable(dialog.summary()->text()));
    QVERIFY(!dialog.importButton()->isEnabled());
    QCOMPARE(m_province->scalar(QStringLiteral("SELECT count(*) FROM opinions")).toInt(), 0);

    check(dialog, file, QStringLiteral("mat-khau-huyen"));
    QVERIFY2(dialog.summary()->text().startsWith(QLatin1String("3 new, 0 updated, 0 unchanged, 0")),
        qPrintable(dialog.summary()->text()));
    QVERIFY(dialog.importButton()->isEnabled());
    QVERIFY(dialog.conflicts()->isHidden());
    // Still nothing written: the preview only reads.
    QCOMPARE(m_province->scalar(QStringLiteral("SELECT count(*) FROM opinions")).toInt(), 0);

    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.importResult().added, 3);
    QCOMPARE(m_province->scalar(QStringLiteral("SELECT summary FROM opinions")).toString(),
        QStringLiteral("Chậm cấp giấy chứng nhận"));
}

void TestExchangeDialog::conflictChosenRecordByRecord()
{
    const QString first = exportDistrict(QStringLiteral("lan1.thuky-exchange"));
    Exchange::apply(
        *m_province, Exchange::plan(*m_province, first, QStringLiteral("mat-khau-huyen")));
    // Both sides change the report after that exchange.
    OpinionRepository district(*m_district);
    OpinionReport r = *district.report(m_report);
    r.summary = QStringLiteral("Huyện: đã có lịch cấp giấy");
    district.update(r);
    OpinionRepository province(*m_province);
    const qint64 here = m_province->scalar(QStringLiteral("SELECT id FROM opinions")).toLongLong();
    OpinionReport p = *province.report(here);
    p.summary = QStringLiteral("Tỉnh: chuyển Sở Tài nguyên");
    province.update(p);

    const QString second = exportDistrict(QStringLiteral("lan2.thuky-exchange"));
    ExchangeImportDialog dialog(*m_province);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    check(dialog, second, QStringLiteral("mat-khau-huyen"));
    QCOMPARE(dialog.conflicts()->rowCount(), 1);
    QVERIFY(dialog.conflicts()->isVisible());
    QVERIFY2(dialog.conflicts()->item(0, 1)->text().startsWith(QLatin1String("tinh")),
        qPrintable(dialog.conflicts()->item(0, 1)->text()));
    QVERIFY2(dialog.conflicts()->item(0, 2)->text().startsWith(QLatin1String("huyen")),
        qPrintable(dialog.conflicts()->item(0, 2)->text()));
    auto *choice = qobject_cast<QComboBox *>(dialog.conflicts()->cellWidget(0, 3));
    QVERIFY(choice);
    QCOMPARE(choice->currentIndex(), 0); // ours, unless the clerk says otherwise
    choice->setCurrentIndex(1);
    QTest::mouseClick(dialog.importButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(province.report(here)->summary, QStringLiteral("Huyện: đã có lịch cấp giấy"));
}

QTEST_MAIN(TestExchangeDialog)
#include "tst_exchangedialog.moc"
