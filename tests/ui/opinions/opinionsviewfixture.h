#pragma once

// What the opinion reports area tests share (tst_opinionsview, tst_opinionsviewedits): a
// province with two districts and a commune, three topics, an agency, an undo stack, the view,
// bulk reports, and helpers that type, click and close message boxes as a user would.

#include <common/shownnumber.h>
#include <core/db/database.h>
#include <core/demo/demo.h>
#include <core/opinions/opinionbulkinserter.h>
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
#include <QFile>
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
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

namespace thuky::test {

/** Types @p text as key presses, also the Vietnamese letters QTest::keyClicks cannot send. */
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

inline void hidePopup(QLineEdit *edit)
{
    if (edit->completer() && edit->completer()->popup())
        edit->completer()->popup()->hide();
}

/** Closes the next message box (a refusal) and returns its text through @p text. */
inline void closeNextMessageBox(QString *text)
{
    QTimer::singleShot(50, [text] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            *text = box->text();
            box->close();
        }
    });
}

/** Clicks the header of @p column as a user sorting the list would. */
inline void clickHeader(QTableView *table, int column)
{
    QHeaderView *header = table->horizontalHeader();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
        QPoint(header->sectionViewportPosition(column) + 12, header->height() / 2));
}

class OpinionsViewFixture
{
protected:
    static void initTestCaseFixture()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("thuky-tests"));
    }

    void initFixture()
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
        m_compensation
            = taxonomy.addTopic(QStringLiteral("Bồi thường, giải phóng mặt bằng"), m_land);
        m_health = taxonomy.addTopic(QStringLiteral("Y tế"));
        m_agency = taxonomy.addAgency(QStringLiteral("Sở Tài nguyên và Môi trường"));
        m_undo = std::make_unique<QUndoStack>();
    }

    void cleanupFixture()
    {
        m_view.reset();
        m_undo.reset();
        m_db.reset();
        m_dir.reset();
    }

    void makeView()
    {
        m_view = std::make_unique<OpinionsView>(*m_db, m_undo.get());
        m_view->resize(1280, 760);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        // The count comes right after the list's first paint.
        QTRY_VERIFY(!m_view->countLabel()->text().isEmpty());
    }

    qint64 addReport(const QDate &date, qint64 locality, qint64 topic, const QString &summary,
        const QString &channel = QStringLiteral("direct"),
        const QString &status = QStringLiteral("new"))
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

    void bulk(int n)
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
            r.summary
                = QStringLiteral("Người dân phản ánh việc số %1 về giá cả và việc làm").arg(i);
            inserter.append(r);
        }
        inserter.finish();
        tx.commit();
    }

    QString twoRowCsv(const QString &name)
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

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<OpinionsView> m_view;
    qint64 m_province = 0, m_longXuyen = 0, m_myBinh = 0, m_chauDoc = 0;
    qint64 m_land = 0, m_compensation = 0, m_health = 0;
    qint64 m_agency = 0;
};

} // namespace thuky::test
