// End-to-end: thuky-cli meetings, tasks and minutes on the demo data set, as a user runs them.

#include <common/clirunner.h>

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using thuky::test::runCli;

namespace {
/** Splits CSV text into rows of fields (RFC 4180, quoted fields may hold commas and quotes). */
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\n')) {
            row << field;
            rows << row;
            row.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row << field;
        rows << row;
    }
    return rows;
}

QString tool(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}
} // namespace

class TestCliMeetings : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void meetingsCsvOldestFirst();
    void meetingsByCommittee();
    void meetingsJson();
    void unknownCommitteeIsInvalidInput();
    void tasksCsv();
    void tasksOpenAndOverdue();
    void minutesPdf();
    void minutesOdt();
    void minutesWithoutDisplay();
    void minutesErrors();

private:
    QStringList db() const
    {
        return { QStringLiteral("--db"), m_dir.filePath(QStringLiteral("demo.sqlite")) };
    }
    QTemporaryDir m_dir;
};

void TestCliMeetings::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const auto r = runCli(
        db() << QStringLiteral("demo") << QStringLiteral("--opinions") << QStringLiteral("0"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void TestCliMeetings::meetingsCsvOldestFirst()
{
    const auto r = runCli(
        db() << QStringLiteral("meetings") << QStringLiteral("--format") << QStringLiteral("csv"));
    QCOMPARE(r.exitCode, 0);
    const QList<QStringList> rows = parseCsv(r.out);
    QCOMPARE(rows.first(),
        (QStringList { QStringLiteral("id"), QStringLiteral("committee"), QStringLiteral("date"),
            QStringLiteral("kind"), QStringLiteral("title"), QStringLiteral("status") }));
    QVERIFY(rows.size() > 60);
    QString previous;
    QSet<QString> kinds, statuses, years;
    for (int i = 1; i < rows.size(); ++i) {
        const QStringList &row = rows.at(i);
        QCOMPARE(row.size(), 6);
        QVERIFY(row.at(0).toLongLong() > 0);
        QVERIFY2(QDate::fromString(row.at(2), Qt::ISODate).isValid(), qPrintable(row.at(2)));
        QVERIFY2(
            row.at(2) >= previous, qPrintable(row.at(2) + QStringLiteral(" after ") + previous));
        previous = row.at(2);
        kinds << row.at(3);
        statuses << row.at(5);
        years << row.at(2).left(4);
    }
    QVERIFY(kinds.contains(QStringLiteral("quarterly_briefing")));
    QVERIFY(kinds.contains(QStringLiteral("annual_review")));
    QVERIFY(kinds.contains(QStringLiteral("thematic")));
    QCOMPARE(statuses, (QSet<QString> { QStringLiteral("approved"), QStringLiteral("draft") }));
    QCOMPARE(years,
        (QSet<QString> { QStringLiteral("2021"), QStringLiteral("2022"), QStringLiteral("2023"),
            QStringLiteral("2024"), QStringLiteral("2025") }));
    QVERIFY(r.out.startsWith(QStringLiteral("id,")));
}

void TestCliMeetings::meetingsByCommittee()
{
    const QString name = QStringLiteral("Ban Chỉ đạo 35 tỉnh An Giang");
    const auto byName = runCli(db() << QStringLiteral("meetings") << QStringLiteral("--committee")
                                    << name << QStringLiteral("--format") << QStringLiteral("csv"));
    QCOMPARE(byName.exitCode, 0);
    const QList<QStringList> rows = parseCsv(byName.out);
    QVERIFY(rows.size() > 10);
    for (int i = 1; i < rows.size(); ++i)
        QCOMPARE(rows.at(i).at(1), name);
    // By id, and by name without diacritics: the same list.
    const auto byId = runCli(db() << QStringLiteral("meetings") << QStringLiteral("--committee")
                                  << QStringLiteral("1") << QStringLiteral("--format")
                                  << QStringLiteral("csv"));
    QCOMPARE(byId.out, byName.out);
    const auto folded = runCli(db() << QStringLiteral("meetings") << QStringLiteral("--committee")
                                    << QStringLiteral("ban chi dao 35 tinh an giang")
                                    << QStringLiteral("--format") << QStringLiteral("csv"));
    QCOMPARE(folded.out, byName.out);
}

void TestCliMeetings::meetingsJson()
{
    const auto r = runCli(
        db() << QStringLiteral("meetings") << QStringLiteral("--format") << QStringLiteral("json"));
    QCOMPARE(r.exitCode, 0);
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
    QVERIFY(doc.isArray());
    const QJsonObject first = doc.array().first().toObject();
    QCOMPARE(first.keys(),
        (QStringList { QStringLiteral("committee"), QStringLiteral("date"), QStringLiteral("id"),
            QStringLiteral("kind"), QStringLiteral("status"), QStringLiteral("title") }));
    const auto csv = runCli(
        db() << QStringLiteral("meetings") << QStringLiteral("--format") << QStringLiteral("csv"));
    QCOMPARE(doc.array().size(), parseCsv(csv.out).size() - 1);
}

void TestCliMeetings::unknownCommitteeIsInvalidInput()
{
    const auto r = runCli(db() << QStringLiteral("meetings") << QStringLiteral("--committee")
                               << QStringLiteral("Không Có"));
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(runCli(db() << QStringLiteral("meetings") << QStringLiteral("--bogus")).exitCode, 2);
    QCOMPARE(runCli(db() << QStringLiteral("tasks") << QStringLiteral("--committee")
                         << QStringLiteral("99999"))
                 .exitCode,
        3);
}

void TestCliMeetings::tasksCsv()
{
    const auto r = runCli(
        db() << QStringLiteral("tasks") << QStringLiteral("--format") << QStringLiteral("csv"));
    QCOMPARE(r.exitCode, 0);
    const QList<QStringList> rows = parseCsv(r.out);
    QCOMPARE(rows.first(),
        (QStringList { QStringLiteral("id"), QStringLiteral("meeting_id"),
            QStringLiteral("description"), QStringLiteral("owner"), QStringLiteral("due"),
            QStringLiteral("status") }));
    QSet<QString> statuses;
    const auto meetings = parseCsv(runCli(
        db() << QStringLiteral("meetings") << QStringLiteral("--format") << QStringLiteral("csv"))
                                       .out);
    QSet<QString> meetingIds;
    for (int i = 1; i < meetings.size(); ++i)
        meetingIds << meetings.at(i).at(0);
    for (int i = 1; i < rows.size(); ++i) {
        QCOMPARE(rows.at(i).size(), 6);
        QVERIFY(meetingIds.contains(rows.at(i).at(1)));
        QVERIFY(!rows.at(i).at(2).isEmpty());
        QVERIFY(!rows.at(i).at(3).isEmpty());
        statuses << rows.at(i).at(5);
    }
    QCOMPARE(statuses,
        (QSet<QString> { QStringLiteral("open"), QStringLiteral("in_progress"),
            QStringLiteral("done"), QStringLiteral("cancelled") }));
}

void TestCliMeetings::tasksOpenAndOverdue()
{
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const auto all = parseCsv(runCli(
        db() << QStringLiteral("tasks") << QStringLiteral("--format") << QStringLiteral("csv"))
                                  .out);
    const auto open = parseCsv(runCli(db() << QStringLiteral("tasks") << QStringLiteral("--open")
                                           << QStringLiteral("--format") << QStringLiteral("csv"))
                                   .out);
    const auto overdue
        = parseCsv(runCli(db() << QStringLiteral("tasks") << QStringLiteral("--overdue")
                               << QStringLiteral("--format") << QStringLiteral("csv"))
                       .out);
    int expectedOpen = 0, expectedOverdue = 0;
    for (int i = 1; i < all.size(); ++i) {
        const QString status = all.at(i).at(5);
        const bool isOpen
            = status == QLatin1String("open") || status == QLatin1String("in_progress");
        expectedOpen += isOpen;
        expectedOverdue += isOpen && !all.at(i).at(4).isEmpty() && all.at(i).at(4) < today;
    }
    QVERIFY(expectedOpen > 0);
    QVERIFY(expectedOverdue > 0);
    QCOMPARE(open.size() - 1, expectedOpen);
    QCOMPARE(overdue.size() - 1, expectedOverdue);
    for (int i = 1; i < overdue.size(); ++i) {
        QVERIFY(overdue.at(i).at(4) < today);
        QVERIFY(overdue.at(i).at(5) == QLatin1String("open")
            || overdue.at(i).at(5) == QLatin1String("in_progress"));
    }
    QCOMPARE(open.first(), all.first());
}

void TestCliMeetings::minutesPdf()
{
    // The province's first approved meeting: number 1 of 2021.
    const auto rows = parseCsv(
        runCli(db() << QStringLiteral("meetings") << QStringLiteral("--committee")
                    << QStringLiteral("1") << QStringLiteral("--format") << QStringLiteral("csv"))
            .out);
    const QString id = rows.at(1).at(0);
    const QString pdf = m_dir.filePath(QStringLiteral("m.pdf"));
    const auto r
        = runCli(db() << QStringLiteral("minutes") << id << QStringLiteral("--out") << pdf);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(tool(QStringLiteral("pdfinfo"), { pdf }).contains(QStringLiteral("(A4)")));
    const QString text
        = tool(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") })
              .replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    for (const QString &e :
        { QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM"), QStringLiteral("TỈNH ỦY AN GIANG"),
            QStringLiteral("Số 1-BB/BCĐ"), QStringLiteral("BIÊN BẢN"),
            QStringLiteral("Hội nghị giao ban quý I, triển khai nhiệm vụ quý II năm 2021"),
            QStringLiteral("Thời gian: vào hồi"), QStringLiteral("Địa điểm:"),
            QStringLiteral("Người chủ trì:"), QStringLiteral("Người ghi biên bản:"),
            QStringLiteral("1.1. Đại biểu chính thức"), QStringLiteral("Có mặt:"),
            QStringLiteral("lượt ý kiến phát biểu"), QStringLiteral("3. Kết luận"),
            QStringLiteral("Hội nghị kết thúc vào hồi"), QStringLiteral("CHỦ TRÌ HỘI NGHỊ") })
        QVERIFY2(text.contains(e), qPrintable(e));
    QVERIFY(text.contains(
        QRegularExpression(QStringLiteral("An Giang, ngày \\d\\d tháng 3 năm 2021"))));
}

void TestCliMeetings::minutesOdt()
{
    // The latest meeting is a draft: its number is blank.
    const auto rows = parseCsv(
        runCli(db() << QStringLiteral("meetings") << QStringLiteral("--committee")
                    << QStringLiteral("1") << QStringLiteral("--format") << QStringLiteral("csv"))
            .out);
    QCOMPARE(rows.last().at(5), QStringLiteral("draft"));
    const QString odt = m_dir.filePath(QStringLiteral("m.odt"));
    const auto r = runCli(
        db() << QStringLiteral("minutes") << rows.last().at(0) << QStringLiteral("--out") << odt);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString xml = tool(
        QStringLiteral("unzip"), { QStringLiteral("-p"), odt, QStringLiteral("content.xml") });
    QVERIFY(xml.contains(QStringLiteral("BIÊN BẢN")));
    QVERIFY(xml.contains(rows.last().at(4)));
    QVERIFY(!xml.contains(QRegularExpression(QStringLiteral("Số \\d+-BB/BCĐ"))));
}

void TestCliMeetings::minutesWithoutDisplay()
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    const QString pdf = m_dir.filePath(QStringLiteral("nodisplay.pdf"));
    p.start(QStringLiteral(THUKY_CLI_PATH),
        db() << QStringLiteral("minutes") << QStringLiteral("1") << QStringLiteral("--out") << pdf);
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(QFileInfo(pdf).size() > 1000);
}

void TestCliMeetings::minutesErrors()
{
    const QString pdf = m_dir.filePath(QStringLiteral("x.pdf"));
    QCOMPARE(runCli(db() << QStringLiteral("minutes") << QStringLiteral("999999")
                         << QStringLiteral("--out") << pdf)
                 .exitCode,
        3);
    QCOMPARE(runCli(db() << QStringLiteral("minutes") << QStringLiteral("abc")
                         << QStringLiteral("--out") << pdf)
                 .exitCode,
        3);
    QVERIFY(!QFile::exists(pdf));
    QCOMPARE(runCli(db() << QStringLiteral("minutes") << QStringLiteral("1")
                         << QStringLiteral("--out") << m_dir.filePath(QStringLiteral("x.docx")))
                 .exitCode,
        2);
    QCOMPARE(runCli(db() << QStringLiteral("minutes") << QStringLiteral("1")).exitCode, 2);
    QCOMPARE(
        runCli(db() << QStringLiteral("minutes") << QStringLiteral("--out") << pdf).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliMeetings)
#include "tst_climeetings.moc"
