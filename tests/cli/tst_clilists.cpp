// End-to-end: the printed lists from the command line (roster --out, tasks --out) on the demo
// data set: the same people and tasks as the machine output, PDF and ODT, and the exit codes.

#include <common/clirunner.h>
#include <common/printedtext.h>
#include <core/documents/printedlist.h>

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using thuky::test::runCli;

namespace {
/** The fields of the CSV line @p line (the demo data needs no more than simple quoting). */
QStringList csvFields(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == QLatin1Char('"')) {
            if (quoted && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else {
                quoted = !quoted;
            }
        } else if (c == QLatin1Char(',') && !quoted) {
            fields << field;
            field.clear();
        } else {
            field += c;
        }
    }
    return fields << field;
}

/** Column @p column of every data line of CSV @p text. */
QStringList csvColumn(const QString &text, int column)
{
    QStringList values;
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (int i = 1; i < lines.size(); ++i)
        values << csvFields(lines.at(i)).value(column);
    return values;
}
} // namespace

class TestCliLists : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void rosterPdfHoldsTheRosterOfTheDate();
    void rosterOfTheTopLevelCommitteeByDefault();
    void rosterOdtAndAnnex();
    void tasksPdfHoldsTheOpenTasks();
    void tasksOdt();
    void printsWithoutDisplay();
    void exitCodes();

private:
    QStringList db() const
    {
        return { QStringLiteral("--db"), m_dir.filePath(QStringLiteral("demo.sqlite")) };
    }
    QString file(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    const QString m_province = QStringLiteral("Ban Chỉ đạo 35 tỉnh An Giang");
};

void TestCliLists::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const auto r = runCli(
        db() << QStringLiteral("demo") << QStringLiteral("--opinions") << QStringLiteral("0"));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void TestCliLists::rosterPdfHoldsTheRosterOfTheDate()
{
    const QStringList select { QStringLiteral("--committee"), m_province, QStringLiteral("--as-of"),
        QStringLiteral("17/07/2024") };
    const auto csv = runCli(db() << QStringLiteral("roster") << select << QStringLiteral("--format")
                                 << QStringLiteral("csv"));
    QCOMPARE(csv.exitCode, 0);
    const QStringList people = csvColumn(csv.out, 2);
    QVERIFY(people.size() > 10);

    const QString pdf = file(QStringLiteral("roster.pdf"));
    const auto r
        = runCli(db() << QStringLiteral("roster") << select << QStringLiteral("--out") << pdf);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.isEmpty()); // a message on stderr, nothing on stdout
    QVERIFY(r.err.contains(pdf));
    const QString text = thuky::test::pdfText(pdf);
    QVERIFY(text.contains(QStringLiteral("DANH SÁCH THÀNH VIÊN BAN CHỈ ĐẠO 35 TỈNH AN GIANG")));
    QVERIFY(text.contains(QStringLiteral("(tính đến ngày 17/07/2024)")));
    QVERIFY(text.contains(QStringLiteral("TỈNH ỦY AN GIANG")));
    QVERIFY(text.contains(QStringLiteral("I. Trưởng ban")));
    for (const QString &person : people)
        QVERIFY2(text.contains(person.simplified()), qPrintable(person));
    QVERIFY(text.contains(QStringLiteral("Tổng số: %1 đồng chí.").arg(people.size())));
}

void TestCliLists::rosterOfTheTopLevelCommitteeByDefault()
{
    const QString pdf = file(QStringLiteral("top.pdf"));
    const auto r = runCli(db() << QStringLiteral("roster") << QStringLiteral("--out") << pdf);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString text = thuky::test::pdfText(pdf);
    QVERIFY(text.contains(QStringLiteral("DANH SÁCH THÀNH VIÊN BAN CHỈ ĐẠO")));
    QVERIFY(text.contains(QStringLiteral("ĐẢNG CỘNG SẢN VIỆT NAM")));
    // One committee only: no district committee's header.
    QVERIFY(!text.contains(QStringLiteral("HUYỆN ỦY")));
}

void TestCliLists::rosterOdtAndAnnex()
{
    const QString odt = file(QStringLiteral("annex.odt"));
    const QString decision = QStringLiteral("Quyết định số 1025-QĐ/TU ngày 12/6/2023");
    const auto r
        = runCli(db() << QStringLiteral("roster") << QStringLiteral("--committee") << m_province
                      << QStringLiteral("--as-of") << QStringLiteral("2023-06-12")
                      << QStringLiteral("--annex") << decision << QStringLiteral("--out") << odt);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(thuky::test::odtEntry(odt, QStringLiteral("mimetype")),
        QStringLiteral("application/vnd.oasis.opendocument.text"));
    const QString content = thuky::test::odtEntry(odt, QStringLiteral("content.xml"));
    QVERIFY(content.contains(QStringLiteral("(Kèm theo ") + decision + QLatin1Char(')')));
    const auto csv
        = runCli(db() << QStringLiteral("roster") << QStringLiteral("--committee") << m_province
                      << QStringLiteral("--as-of") << QStringLiteral("2023-06-12")
                      << QStringLiteral("--format") << QStringLiteral("csv"));
    for (const QString &person : csvColumn(csv.out, 2))
        QVERIFY2(content.contains(person), qPrintable(person));
}

void TestCliLists::tasksPdfHoldsTheOpenTasks()
{
    const auto csv = runCli(db() << QStringLiteral("tasks") << QStringLiteral("--open")
                                 << QStringLiteral("--format") << QStringLiteral("csv"));
    QCOMPARE(csv.exitCode, 0);
    const QStringList descriptions = csvColumn(csv.out, 2);
    QVERIFY(!descriptions.isEmpty());
    const QString pdf = file(QStringLiteral("tasks.pdf"));
    const auto r = runCli(db() << QStringLiteral("tasks") << QStringLiteral("--open")
                               << QStringLiteral("--out") << pdf);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString text = thuky::test::pdfText(pdf);
    QVERIFY(text.contains(QStringLiteral("DANH SÁCH NHIỆM VỤ")));
    QVERIFY(text.contains(QStringLiteral("Các nhiệm vụ chưa hoàn thành")));
    QVERIFY2(text.contains(QStringLiteral("Tổng số: %1 nhiệm vụ")
                               .arg(thuky::PrintedList::number(descriptions.size()))),
        qPrintable(text.left(600)));
    for (const QString &d : descriptions)
        QVERIFY2(text.contains(d.simplified()), qPrintable(d));
    // Every page after the first starts with its number and the table's header row.
    const QStringList pages = thuky::test::pdfPages(pdf);
    for (int p = 1; p < pages.size(); ++p)
        QVERIFY2(pages.at(p).contains(QStringLiteral("Hội nghị giao")), qPrintable(pages.at(p)));
}

void TestCliLists::tasksOdt()
{
    const auto csv = runCli(db() << QStringLiteral("tasks") << QStringLiteral("--overdue")
                                 << QStringLiteral("--format") << QStringLiteral("csv"));
    const QString odt = file(QStringLiteral("tasks.odt"));
    const auto r = runCli(db() << QStringLiteral("tasks") << QStringLiteral("--overdue")
                               << QStringLiteral("--out=") + odt);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString content = thuky::test::odtEntry(odt, QStringLiteral("content.xml"));
    QVERIFY(content.contains(QStringLiteral("Các nhiệm vụ quá hạn")));
    for (const QString &d : csvColumn(csv.out, 2))
        QVERIFY2(content.contains(d.toHtmlEscaped()), qPrintable(d));
}

void TestCliLists::printsWithoutDisplay()
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    for (const QString &command : { QStringLiteral("roster"), QStringLiteral("tasks") }) {
        const QString pdf = file(command + QStringLiteral("-nodisplay.pdf"));
        p.start(QStringLiteral(THUKY_CLI_PATH), db() << command << QStringLiteral("--out") << pdf);
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QVERIFY(QFileInfo(pdf).size() > 1000);
    }
}

void TestCliLists::exitCodes()
{
    const QString pdf = file(QStringLiteral("never.pdf"));
    // A file that is neither PDF nor ODT, --out with --format, --annex without --out: usage.
    for (const QString &command : { QStringLiteral("roster"), QStringLiteral("tasks") }) {
        QCOMPARE(
            runCli(db() << command << QStringLiteral("--out") << file(QStringLiteral("x.docx")))
                .exitCode,
            2);
        QCOMPARE(runCli(db() << command << QStringLiteral("--out") << pdf
                             << QStringLiteral("--format") << QStringLiteral("csv"))
                     .exitCode,
            2);
        QCOMPARE(runCli(db() << command << QStringLiteral("--out")).exitCode, 2);
    }
    QCOMPARE(runCli(db() << QStringLiteral("roster") << QStringLiteral("--annex")
                         << QStringLiteral("Quyết định số 1"))
                 .exitCode,
        2);
    QCOMPARE(runCli(db() << QStringLiteral("roster") << QStringLiteral("--as-of")
                         << QStringLiteral("31/31/2024") << QStringLiteral("--out") << pdf)
                 .exitCode,
        2);
    // An unknown committee: invalid input, nothing written.
    QCOMPARE(runCli(db() << QStringLiteral("roster") << QStringLiteral("--committee")
                         << QStringLiteral("Ban không có") << QStringLiteral("--out") << pdf)
                 .exitCode,
        3);
    QCOMPARE(runCli(db() << QStringLiteral("tasks") << QStringLiteral("--committee")
                         << QStringLiteral("Ban không có") << QStringLiteral("--out") << pdf)
                 .exitCode,
        3);
    // A folder that does not exist: the file cannot be written.
    QCOMPARE(runCli(db() << QStringLiteral("tasks") << QStringLiteral("--out")
                         << file(QStringLiteral("no/such/folder/t.pdf")))
                 .exitCode,
        3);
    QVERIFY(!QFile::exists(pdf));
    // A database that is not there.
    QCOMPARE(runCli({ QStringLiteral("--db"), file(QStringLiteral("missing.sqlite")),
                        QStringLiteral("roster"), QStringLiteral("--out"), pdf })
                 .exitCode,
        4);
}

QTEST_GUILESS_MAIN(TestCliLists)
#include "tst_clilists.moc"
