// End-to-end: thuky-cli import / export / search opinions, as SPEC.md "Opinion import format"
// and "Search" say. Bad files must exit 3 with FILE:LINE: problems and leave the database as
// it was (compared by content, table by table).

#include <common/clirunner.h>

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using thuky::test::CliResult;
using thuky::test::runCli;

namespace {
QString u(const char *text)
{
    return QString::fromUtf8(text);
}
} // namespace

class TestCliOpinions : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void badInput_data();
    void badInput();
    void semicolonsBomVietnameseHeaders();
    void createMissing();
    void dryRunWritesNothing();
    void skipDuplicates();
    void roundTrip();
    void searchFolding_data();
    void searchFolding();
    void searchLimit();
    void exportFilters();
    void exportXlsx();

private:
    CliResult cli(const QStringList &args, const QString &db = {});
    QString db() const { return m_dir->filePath(QStringLiteral("t.sqlite")); }
    QString writeFile(const QString &name, const QByteArray &bytes);
    QByteArray contentDigest(const QString &path);
    qint64 reportCount(const QString &path);
    QStringList csvLines(const QString &text)
    {
        return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

    QTemporaryDir m_template;
    std::unique_ptr<QTemporaryDir> m_dir;
};

CliResult TestCliOpinions::cli(const QStringList &args, const QString &database)
{
    return runCli(
        QStringList { QStringLiteral("--db"), database.isEmpty() ? db() : database } + args);
}

QString TestCliOpinions::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(bytes);
    return path;
}

QByteArray TestCliOpinions::contentDigest(const QString &path)
{
    // Every row of every table: the database as a user would see it.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    {
        QSqlDatabase sql
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("digest"));
        sql.setDatabaseName(path);
        sql.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (sql.open()) {
            QSqlQuery tables(sql);
            tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                       "name NOT LIKE 'opinions_fts%' ORDER BY name"));
            QStringList names;
            while (tables.next())
                names.append(tables.value(0).toString());
            for (const QString &t : std::as_const(names)) {
                hash.addData(t.toUtf8());
                QSqlQuery q(sql);
                q.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(t));
                while (q.next()) {
                    for (int i = 0; i < q.record().count(); ++i)
                        hash.addData(q.value(i).toString().toUtf8() + '\x1f');
                    hash.addData("\n");
                }
            }
            QSqlQuery fts(sql);
            fts.exec(QStringLiteral("SELECT count(*) FROM opinions_fts"));
            if (fts.next())
                hash.addData(fts.value(0).toString().toUtf8());
        }
        sql.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("digest"));
    return hash.result().toHex();
}

qint64 TestCliOpinions::reportCount(const QString &path)
{
    qint64 n = -1;
    {
        QSqlDatabase sql
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
        sql.setDatabaseName(path);
        if (sql.open()) {
            QSqlQuery q(sql);
            if (q.exec(QStringLiteral("SELECT count(*) FROM opinions")) && q.next())
                n = q.value(0).toLongLong();
        }
        sql.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
    return n;
}

void TestCliOpinions::initTestCase()
{
    // One demo database (roster, localities such as Núi Sam and Long Xuyên, topics such as
    // Đất đai and Y tế, 300 reports), copied for each test.
    const QString path = m_template.filePath(QStringLiteral("demo.sqlite"));
    const CliResult r = runCli({ QStringLiteral("--db"), path, QStringLiteral("demo"),
        QStringLiteral("--opinions"), QStringLiteral("300") });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(reportCount(path), 300);
}

void TestCliOpinions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(QFile::copy(m_template.filePath(QStringLiteral("demo.sqlite")), db()));
}

void TestCliOpinions::badInput_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QList<int>>("lines"); // every line that must be reported
    QTest::addColumn<QString>("fragment"); // part of the first message

    const QByteArray header("date,locality,topic,summary,channel,sentiment\n");
    const QByteArray good1("2024-01-05,Núi Sam,Đất đai,Giá đất tăng,direct,negative\n");
    const QByteArray good2("2024-01-06,Long Xuyên,Y tế,Thiếu thuốc,press,neutral\n");

    QTest::newRow("unterminated quote: the line the record starts on") << header + good1
            + "2024-01-07,Núi Sam,Đất đai,\"Bồi thường chậm,direct,negative\n" + good2
            + good1 << QStringList() << QList<int> { 3 } << u("never closed");
    QTest::newRow("text after a closing quote")
        << header + good1 + good2
            + "2024-01-07,Núi Sam,Đất đai,\"Bồi thường\" chậm,direct,negative\n"
        << QStringList() << QList<int> { 4 } << u("closing quote");
    QTest::newRow("invalid UTF-8") << header + good1 + good2
            + "2024-01-07,N\xFAi Sam,\xD0\xE2t \xF0"
              "ai,Gi\xE1,direct,negative\n"
                                   << QStringList() << QList<int> { 4 } << u("UTF-8");
    QTest::newRow("missing required column")
        << QByteArray("date,locality,topic,channel\n2024-01-05,Núi Sam,Đất đai,direct\n")
        << QStringList() << QList<int> { 1 } << u("summary");
    QTest::newRow("unknown enumerated value")
        << header + good1 + "2024-01-07,Núi Sam,Đất đai,Giá đất,direct,rất xấu\n"
        << QStringList() << QList<int> { 3 } << u("sentiment");
    QTest::newRow("unknown channel label")
        << header + "2024-01-07,Núi Sam,Đất đai,Giá đất,zalo,negative\n" + good1 << QStringList()
        << QList<int> { 2 } << u("channel");
    QTest::newRow("31/02/2024") << header + good1 + good2
            + "31/02/2024,Núi Sam,Đất đai,Giá đất,direct,negative\n"
                                << QStringList() << QList<int> { 4 } << u("31/02/2024");
    QTest::newRow("2024-13-01") << header + "2024-13-01,Núi Sam,Đất đai,Giá đất,direct,negative\n"
            + good1 << QStringList()
                                << QList<int> { 2 } << u("2024-13-01");
    QTest::newRow("MM/DD is not a date")
        << header + good1 + "12/25/2024,Núi Sam,Đất đai,Giá đất,direct,negative\n"
        << QStringList() << QList<int> { 3 } << u("12/25/2024");
    QTest::newRow("0001-01-01: before 1945")
        << header + good1 + "0001-01-01,Núi Sam,Đất đai,Giá đất,direct,negative\n"
        << QStringList() << QList<int> { 3 } << u("is not between 01/01/1945 and");
    QTest::newRow("9999-12-31: after next year")
        << header + "9999-12-31,Núi Sam,Đất đai,Giá đất,direct,negative\n" + good1 << QStringList()
        << QList<int> { 2 } << u("9999-12-31");
    {
        // textProblems() sees the first 64 KiB only: the NUL on a later line has its own line.
        QByteArray big = header;
        int line = 1;
        while (big.size() < 70000) {
            big += good1;
            ++line;
        }
        big += QByteArray("2024-01-07,Núi Sam,Đất đai,Giá") + '\0' + " đất,direct,negative\n";
        big += good2;
        QTest::newRow("NUL byte after 64 KiB")
            << big << QStringList() << QList<int> { line + 1 } << u("NUL byte");
    }
    QTest::newRow("NUL byte in a quoted field")
        << header + good1 + "2024-01-07,Núi Sam,Đất đai,\"Giá" + '\0' + "\",direct,negative\n"
        << QStringList() << QList<int> { 1 } << u("binary data");
    QTest::newRow("empty summary")
        << header + good1 + "2024-01-07,Núi Sam,Đất đai,   ,direct,negative\n"
        << QStringList() << QList<int> { 3 } << u("summary");
    QTest::newRow("unknown locality without --create-missing")
        << header + good1 + good2 + "2024-01-07,Xã Không Có,Đất đai,Giá đất,direct,negative\n"
        << QStringList() << QList<int> { 4 } << u("Xã Không Có");
    QTest::newRow("unknown topic without --create-missing")
        << header + "2024-01-07,Núi Sam,Chủ đề lạ,Giá đất,direct,negative\n"
        << QStringList() << QList<int> { 2 } << u("Chủ đề lạ");
    QTest::newRow("every problem is listed, after a multi-line field")
        << header + "2024-01-05,Núi Sam,Đất đai,\"hai\ndòng\",direct,negative\n"
            + "2024-02-30,Núi Sam,Đất đai,x,direct,negative\n" + good1
            + "2024-01-05,Núi Sam,Đất đai,,direct,negative\n"
        << QStringList() << QList<int> { 4, 6 } << u("2024-02-30");
    QTest::newRow("bad row with --create-missing still fails")
        << header + "2024-01-07,Xã Mới,Chủ đề mới,Giá đất,direct,negative\n"
            + "2024-01-08,Xã Mới,Chủ đề mới,Giá đất,direct,khó chịu\n"
        << QStringList { QStringLiteral("--create-missing") } << QList<int> { 3 } << u("sentiment");
    QTest::newRow("not CSV: binary")
        << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0", 33)
        << QStringList() << QList<int> { 1 } << u("not a CSV");
    QTest::newRow("not CSV: prose without a header")
        << QByteArray("Kính gửi Ban Chỉ đạo,\nxin báo cáo tình hình dư luận tuần qua.\n")
        << QStringList() << QList<int> { 1 } << u("none of the columns");
    QTest::newRow("not CSV: empty file")
        << QByteArray() << QStringList() << QList<int> { 1 } << u("empty");
}

void TestCliOpinions::badInput()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, options);
    QFETCH(QList<int>, lines);
    QFETCH(QString, fragment);

    const QString file = writeFile(QStringLiteral("bad.csv"), content);
    const QByteArray before = contentDigest(db());
    QVERIFY(!before.isEmpty());

    const CliResult r
        = cli(QStringList { QStringLiteral("import"), QStringLiteral("opinions"), file } + options);
    QCOMPARE(r.exitCode, 3);
    const QStringList errLines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(!errLines.isEmpty(), "no message on stderr");
    QList<int> reported;
    for (const QString &l : errLines) {
        QVERIFY2(l.startsWith(file + QLatin1Char(':')), qPrintable(l));
        const QString rest = l.mid(file.size() + 1);
        reported.append(rest.left(rest.indexOf(QLatin1Char(':'))).toInt());
    }
    QCOMPARE(reported, lines);
    QVERIFY2(errLines.first().contains(fragment), qPrintable(errLines.first()));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(contentDigest(db()), before);
}

void TestCliOpinions::semicolonsBomVietnameseHeaders()
{
    const QString file = QStringLiteral(THUKY_TEST_DATA "/opinions/semicolon_bom_vietnamese.csv");
    const qint64 before = reportCount(db());
    const CliResult r = cli({ QStringLiteral("import"), QStringLiteral("opinions"), file });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(reportCount(db()), before + 3);
    // One warning for the unknown columns, naming them.
    const QStringList warnings = r.err.split(QLatin1Char('\n')).filter(QStringLiteral("warning"));
    QCOMPARE(warnings.size(), 1);
    QVERIFY(warnings.first().startsWith(file + QStringLiteral(":1: ")));
    QVERIFY(warnings.first().contains(QStringLiteral("STT")));
    QVERIFY(warnings.first().contains(u("Ghi chú")));

    const CliResult s = cli({ QStringLiteral("search"), QStringLiteral("opinions"),
        QStringLiteral("quy hoach treo"), QStringLiteral("--format"), QStringLiteral("csv") });
    QCOMPARE(s.exitCode, 0);
    const QString expected = u("date,locality,topic,summary\n").prepend(QStringLiteral("id,"));
    QVERIFY(s.out.startsWith(expected));
    // The multi-line summary comes back whole, its quotes doubled, on RFC 4180 terms.
    QVERIFY2(
        s.out.contains(u(",2024-02-29,Núi Sam,Đất đai,\"Dư luận quan tâm quy hoạch \"\"treo\"\"\n"
                         "dòng thứ hai của nội dung\"\n")),
        qPrintable(s.out));

    // Labels became codes; DD/MM/YYYY became a date; the semicolon inside quotes stayed.
    const QString out = m_dir->filePath(QStringLiteral("x.csv"));
    QCOMPARE(
        cli({ QStringLiteral("export"), QStringLiteral("opinions"), QStringLiteral("--out"), out,
                QStringLiteral("--from"), QStringLiteral("2024-01-05"), QStringLiteral("--to"),
                QStringLiteral("05/01/2024"), QStringLiteral("--locality"), u("Núi Sam") })
            .exitCode,
        0);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList rows = csvLines(QString::fromUtf8(f.readAll()));
    QVERIFY(rows.contains(
        u("2024-01-05,Núi Sam,Đất đai,Người dân phản ánh việc bồi thường đất đai; đơn "
          "giá thấp,social_media,negative,hot,local,Đề nghị công khai phương án,,,,new,,")));
}

void TestCliOpinions::createMissing()
{
    const QString file = writeFile(QStringLiteral("new.csv"),
        "date,locality,topic,summary,reporter\n"
        "2024-04-01,Phường Mới,Chuyển đổi số,Người dân hỏi về thẻ căn cước gắn chip,Cộng Tác Viên "
        "A\n");
    QCOMPARE(cli({ QStringLiteral("import"), QStringLiteral("opinions"), file }).exitCode, 3);
    const CliResult r = cli({ QStringLiteral("import"), QStringLiteral("opinions"), file,
        QStringLiteral("--create-missing") });
    QCOMPARE(r.exitCode, 0);
    const CliResult s = cli({ QStringLiteral("search"), QStringLiteral("opinions"),
        QStringLiteral("can cuoc gan chip"), QStringLiteral("--format"), QStringLiteral("csv") });
    QCOMPARE(csvLines(s.out).size(), 2);
    QVERIFY(csvLines(s.out).at(1).endsWith(
        u(",2024-04-01,Phường Mới,Chuyển đổi số,Người dân hỏi về thẻ căn cước gắn chip")));
    // The second time the names are known.
    QCOMPARE(cli({ QStringLiteral("import"), QStringLiteral("opinions"), file }).exitCode, 0);
}

void TestCliOpinions::dryRunWritesNothing()
{
    const QString file = QStringLiteral(THUKY_TEST_DATA "/opinions/semicolon_bom_vietnamese.csv");
    const QByteArray before = contentDigest(db());
    const CliResult r = cli({ QStringLiteral("import"), QStringLiteral("opinions"), file,
        QStringLiteral("--dry-run") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.contains(QStringLiteral("3")));
    QCOMPARE(contentDigest(db()), before);
}

void TestCliOpinions::skipDuplicates()
{
    const QString file = QStringLiteral(THUKY_TEST_DATA "/opinions/duplicates.csv");
    const qint64 before = reportCount(db());
    QCOMPARE(cli({ QStringLiteral("import"), QStringLiteral("opinions"), file,
                     QStringLiteral("--skip-duplicates") })
                 .exitCode,
        0);
    QCOMPARE(reportCount(db()), before + 2); // the file's second row repeats its first
    QCOMPARE(cli({ QStringLiteral("import"), QStringLiteral("opinions"), file,
                     QStringLiteral("--skip-duplicates") })
                 .exitCode,
        0);
    QCOMPARE(reportCount(db()), before + 2);
    // Without the option every row is imported.
    QCOMPARE(cli({ QStringLiteral("import"), QStringLiteral("opinions"), file }).exitCode, 0);
    QCOMPARE(reportCount(db()), before + 5);
}

void TestCliOpinions::roundTrip()
{
    const QString first = m_dir->filePath(QStringLiteral("first.csv"));
    const QString second = m_dir->filePath(QStringLiteral("second.csv"));
    const QString fresh = m_dir->filePath(QStringLiteral("fresh.sqlite"));
    QCOMPARE(cli({ QStringLiteral("export"), QStringLiteral("opinions"), QStringLiteral("--out"),
                     first })
                 .exitCode,
        0);
    QCOMPARE(cli({ QStringLiteral("init") }, fresh).exitCode, 0);
    QCOMPARE(cli({ QStringLiteral("import"), QStringLiteral("opinions"), first,
                     QStringLiteral("--create-missing") },
                 fresh)
                 .exitCode,
        0);
    QCOMPARE(reportCount(fresh), 300);
    QCOMPARE(cli({ QStringLiteral("export"), QStringLiteral("opinions"), QStringLiteral("--out"),
                     second },
                 fresh)
                 .exitCode,
        0);
    QFile a(first), b(second);
    QVERIFY(a.open(QIODevice::ReadOnly));
    QVERIFY(b.open(QIODevice::ReadOnly));
    const QByteArray exported = a.readAll();
    QVERIFY(exported.startsWith(
        "date,locality,topic,summary,channel,sentiment,urgency,scope,recommendation,"
        "reporter,forwarded_to,forwarded_date,status,response,response_date\n"));
    QCOMPARE(csvLines(QString::fromUtf8(exported)).size(), 301);
    QCOMPARE(b.readAll(), exported);

    // Imported back into its own database, every row is a duplicate — also the reports of
    // a commune that shares its name with a district (Chợ Mới, Tri Tôn).
    QCOMPARE(cli({ QStringLiteral("import"), QStringLiteral("opinions"), first,
                     QStringLiteral("--skip-duplicates") })
                 .exitCode,
        0);
    QCOMPARE(reportCount(db()), 300);
}

void TestCliOpinions::searchFolding_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("hits");
    QTest::newRow("dat dai") << u("dat dai") << 2;
    QTest::newRow("Đất Đai") << u("Đất Đai") << 2;
    QTest::newRow("đất đai") << u("đất đai") << 2;
    QTest::newRow("nguyen finds Nguyễn") << u("nguyen") << 1;
    QTest::newRow("NGUYỄN") << u("NGUYỄN") << 1;
    QTest::newRow("đường and duong") << u("duong nguyen hue") << 1;
    QTest::newRow("FTS syntax is plain text") << u("\"dat* (dai^ -") << 2;
    QTest::newRow("FTS operator words are words") << u("dat AND dai") << 0;
}

void TestCliOpinions::searchFolding()
{
    QFETCH(QString, query);
    QFETCH(int, hits);
    const QString fresh = m_dir->filePath(QStringLiteral("s.sqlite"));
    QCOMPARE(cli({ QStringLiteral("init") }, fresh).exitCode, 0);
    const QString file = writeFile(QStringLiteral("s.csv"),
        "date,locality,topic,summary\n"
        "2024-01-01,Núi Sam,Đất đai,Tranh chấp đất đai chưa xong\n"
        "2024-01-02,Núi Sam,Đất đai,ĐẤT ĐAI bị lấn chiếm\n"
        "2024-01-03,Núi Sam,Giao thông,Đường Nguyễn Huệ hư hỏng\n"
        "2024-01-04,Núi Sam,Kinh tế,Giá lúa giảm\n");
    QCOMPARE(cli({ QStringLiteral("import"), QStringLiteral("opinions"), file,
                     QStringLiteral("--create-missing") },
                 fresh)
                 .exitCode,
        0);
    const CliResult r = cli({ QStringLiteral("search"), QStringLiteral("opinions"), query,
                                QStringLiteral("--format"), QStringLiteral("csv") },
        fresh);
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = csvLines(r.out);
    QCOMPARE(lines.first(), QStringLiteral("id,date,locality,topic,summary"));
    QCOMPARE(lines.size() - 1, hits);
    if (hits == 2) // equal bm25: newest first
        QCOMPARE(lines.at(1), u("2,2024-01-02,Núi Sam,Đất đai,ĐẤT ĐAI bị lấn chiếm"));
}

void TestCliOpinions::searchLimit()
{
    // The demo's summaries all name their locality: "xã" is in most of them.
    auto count = [&](const QStringList &extra) {
        const CliResult r
            = cli(QStringList { QStringLiteral("search"), QStringLiteral("opinions"),
                      QStringLiteral("xa"), QStringLiteral("--format"), QStringLiteral("csv") }
                + extra);
        return r.exitCode == 0 ? csvLines(r.out).size() - 1 : -1;
    };
    QCOMPARE(count({}), 50);
    QCOMPARE(count({ QStringLiteral("--limit"), QStringLiteral("7") }), 7);
    const int all = count({ QStringLiteral("--limit"), QStringLiteral("100000") });
    QVERIFY2(all > 100 && all < 300, qPrintable(QString::number(all)));
    const CliResult json = cli({ QStringLiteral("search"), QStringLiteral("opinions"),
        QStringLiteral("khong-co-tu-nay"), QStringLiteral("--format"), QStringLiteral("json") });
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(json.out.trimmed(), QStringLiteral("[]"));
}

void TestCliOpinions::exportFilters()
{
    const QString out = m_dir->filePath(QStringLiteral("f.csv"));
    auto exported = [&](const QStringList &extra) {
        const CliResult r = cli(QStringList { QStringLiteral("export"), QStringLiteral("opinions"),
                                    QStringLiteral("--out"), out }
            + extra);
        if (r.exitCode != 0)
            return QStringList { QString::number(r.exitCode) };
        QFile f(out);
        if (!f.open(QIODevice::ReadOnly))
            return QStringList();
        return csvLines(QString::fromUtf8(f.readAll())).mid(1);
    };
    const QStringList all = exported({});
    QCOMPARE(all.size(), 300);
    const QStringList year = exported({ QStringLiteral("--from"), QStringLiteral("2023-01-01"),
        QStringLiteral("--to"), QStringLiteral("31/12/2023") });
    QVERIFY(!year.isEmpty() && year.size() < 300);
    for (const QString &l : year)
        QVERIFY2(l.startsWith(QStringLiteral("2023-")), qPrintable(l));
    // A top-level topic brings its subtopics.
    const QStringList land = exported({ QStringLiteral("--topic"), u("đất đai") });
    QVERIFY(!land.isEmpty());
    for (const QString &l : land)
        QVERIFY2(
            l.contains(u("Bồi thường")) || l.contains(u("Cấp giấy")) || l.contains(u("Quy hoạch")),
            qPrintable(l));
    // A district brings its communes (Núi Sam is in Châu Đốc).
    const QStringList district = exported({ QStringLiteral("--locality"), u("Châu Đốc") });
    QVERIFY(district.size() > district.filter(u(",Châu Đốc,")).size());

    QCOMPARE(cli({ QStringLiteral("export"), QStringLiteral("opinions"), QStringLiteral("--out"),
                     out, QStringLiteral("--topic"), u("Không có chủ đề này") })
                 .exitCode,
        3);
    QCOMPARE(cli({ QStringLiteral("export"), QStringLiteral("opinions"), QStringLiteral("--out"),
                     out, QStringLiteral("--locality"), u("Hà Nội") })
                 .exitCode,
        3);
    QCOMPARE(cli({ QStringLiteral("export"), QStringLiteral("opinions"), QStringLiteral("--out"),
                     m_dir->filePath(QStringLiteral("f.txt")) })
                 .exitCode,
        2);
}

void TestCliOpinions::exportXlsx()
{
    const QString out = m_dir->filePath(QStringLiteral("e.xlsx"));
    const CliResult r = cli({ QStringLiteral("export"), QStringLiteral("opinions"),
        QStringLiteral("--out"), out, QStringLiteral("--from"), QStringLiteral("2024-01-01") });
    QCOMPARE(r.exitCode, 0);
    auto part = [&](const char *name) {
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"), { QStringLiteral("-p"), out, QLatin1String(name) });
        unzip.waitForFinished();
        return QString::fromUtf8(unzip.readAllStandardOutput());
    };
    const QString sheet = part("xl/worksheets/sheet1.xml");
    if (sheet.isEmpty())
        QSKIP("unzip is not available");
    // Vietnamese headers, real dates (serial numbers with a date style), column widths.
    QVERIFY(sheet.contains(u("Ngày phản hồi")));
    QVERIFY(sheet.contains(u("Địa bàn")));
    QVERIFY(sheet.contains(QStringLiteral("<col ")));
    QVERIFY(sheet.contains(QStringLiteral("<c r=\"A2\" s=\"")));
    QVERIFY(sheet.contains(
        QRegularExpression(QStringLiteral("<c r=\"A2\" s=\"\\d+\"><v>45\\d\\d\\d</v>"))));
    QVERIFY(part("xl/styles.xml").contains(QStringLiteral("dd/mm/yyyy")));
}

QTEST_GUILESS_MAIN(TestCliOpinions)
#include "tst_cliopinions.moc"
