// CsvReader: RFC 4180 records with the physical line each starts on.

#include <core/text/csvreader.h>

#include <QTest>

using thuky::CsvReader;

namespace {
QStringList sl(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items)
        out.append(QString::fromUtf8(i));
    return out;
}
} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT
private slots:
    void records_data();
    void records();
    void problems_data();
    void problems();
    void delimiterAndBom();
    void utf8Validation_data();
    void utf8Validation();
};

void TestCsvReader::records_data()
{
    QTest::addColumn<QByteArray>("data");
    // Each record rendered as "LINE:field|field|…".
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("plain") << QByteArray("a,b\n1,2\n") << sl({ "1:a|b", "2:1|2" });
    QTest::newRow("no final newline") << QByteArray("a,b\n1,2") << sl({ "1:a|b", "2:1|2" });
    QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n3,4\r\n")
                          << sl({ "1:a|b", "2:1|2", "3:3|4" });
    QTest::newRow("quoted comma and quote")
        << QByteArray("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n") << sl({ "1:a|b", "2:x, y|say \"hi\"" });
    QTest::newRow("multi-line field")
        << QByteArray("a,b\n1,\"line one\nline two\r\nline three\"\n2,z\n")
        << sl({ "1:a|b", "2:1|line one\nline two\nline three", "5:2|z" });
    QTest::newRow("blank lines skipped, counted")
        << QByteArray("a,b\n\n1,2\n,\n\n3,4\n") << sl({ "1:a|b", "3:1|2", "6:3|4" });
    QTest::newRow("empty fields") << QByteArray("a,b,c\n,x,\n") << sl({ "1:a|b|c", "2:|x|" });
    QTest::newRow("vietnamese") << QByteArray("ngày,nội dung\n2024-01-02,Đất đai\n")
                                << sl({ "1:ngày|nội dung", "2:2024-01-02|Đất đai" });
}

void TestCsvReader::records()
{
    QFETCH(QByteArray, data);
    QFETCH(QStringList, expected);
    const CsvReader csv(data);
    QStringList got;
    for (const thuky::CsvRecord &r : csv.records())
        got.append(QStringLiteral("%1:%2").arg(r.line).arg(r.fields.join(QLatin1Char('|'))));
    QCOMPARE(got, expected);
    QVERIFY(csv.problems().isEmpty());
}

void TestCsvReader::problems_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QList<int>>("lines");

    QTest::newRow("unterminated quote reported where the record starts")
        << QByteArray("a,b\n1,2\n3,\"never closed\n4,5\n6,7\n") << QList<int> { 3 };
    QTest::newRow("unterminated quote after a multi-line field")
        << QByteArray("a,b\n1,\"x\ny\"\n2,\"open\n") << QList<int> { 4 };
    QTest::newRow("text after closing quote")
        << QByteArray("a,b\n1,2\n3,\"x\"y\n") << QList<int> { 3 };
    QTest::newRow("quote inside unquoted field")
        << QByteArray("a,b\n1,ab\"c\n2,3\n") << QList<int> { 2 };
    QTest::newRow("NUL byte, on its record's line")
        << QByteArray("a,b\n1,2\n3,\"x\n\0y\"\n4,5\n", 21) << QList<int> { 3 };
    QTest::newRow("invalid utf-8")
        << QByteArray("a,b\n1,2\n3,\xC3\x28\n4,\xFF\n") << QList<int> { 3, 4 };
}

void TestCsvReader::problems()
{
    QFETCH(QByteArray, data);
    QFETCH(QList<int>, lines);
    const CsvReader csv(data);
    QList<int> got;
    for (const thuky::CsvProblem &p : csv.problems())
        got.append(p.line);
    QCOMPARE(got, lines);
}

void TestCsvReader::delimiterAndBom()
{
    const CsvReader semi(QByteArray("\xEF\xBB\xBFngày;địa bàn;\"a,b\"\n1;2;3\n"));
    QVERIFY(semi.hadBom());
    QCOMPARE(semi.delimiter(), ';');
    QCOMPARE(semi.records().size(), 2);
    QCOMPARE(semi.records().at(0).fields.at(0), QString::fromUtf8("ngày"));
    QCOMPARE(semi.records().at(0).fields.at(2), QStringLiteral("a,b"));
    QCOMPARE(semi.records().at(1).fields, sl({ "1", "2", "3" }));

    const CsvReader comma(QByteArray("a,b;c\n1,2;3\n"));
    QCOMPARE(comma.delimiter(), ',');
    QCOMPARE(comma.records().at(1).fields, sl({ "1", "2;3" }));
}

void TestCsvReader::utf8Validation_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");
    QTest::newRow("ascii") << QByteArray("abc") << true;
    QTest::newRow("vietnamese") << QByteArray("Nguyễn Đức") << true;
    QTest::newRow("4-byte") << QByteArray("\xF0\x9F\x98\x80") << true;
    QTest::newRow("latin1 byte") << QByteArray("caf\xE9") << false;
    QTest::newRow("truncated") << QByteArray("\xE1\xBB") << false;
    QTest::newRow("overlong") << QByteArray("\xC0\xAF") << false;
    QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << false;
}

void TestCsvReader::utf8Validation()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    QCOMPARE(CsvReader::isValidUtf8(bytes.constData(), bytes.size()), valid);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
