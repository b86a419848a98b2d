// thuky-cli stats / chart / report opinions end to end, against counts the test makes
// itself from the rows it inserted.

#include <common/clirunner.h>
#include <common/statsfixture.h>

#include <core/db/database.h>
#include <core/text/output.h>

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace thuky;
using thuky::test::FixtureReport;
using thuky::test::runCli;
using thuky::test::StatsFixture;

class TestCliStats : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void csvExact_data();
    void csvExact();
    void json();
    void table();
    void usageErrors_data();
    void usageErrors();
    void missingDatabase();
    void emptyDatabase();
    void chartFiles_data();
    void chartFiles();
    void chartUsage();

private:
    QString db() const { return m_dir.filePath(QStringLiteral("stats.sqlite")); }
    QStringList base() const { return { QStringLiteral("--db"), db() }; }
    /** The CSV thuky-cli must print, computed from the inserted rows. */
    QString expectedCsv(const QString &dim, const QDate &from, const QDate &to) const;

    QTemporaryDir m_dir;
    StatsFixture m_fx;
};

void TestCliStats::initTestCase()
{
    Database database(db());
    database.open();
    m_fx.fill(database, 1500, 3);
    database.close();
}

QString TestCliStats::expectedCsv(const QString &dim, const QDate &from, const QDate &to) const
{
    QMap<QPair<QString, QString>, int> counts;
    for (const FixtureReport &r : m_fx.reports) {
        if ((from.isValid() && r.observed < from) || (to.isValid() && r.observed > to))
            continue;
        QString key;
        if (dim == QLatin1String("topic"))
            key = r.topic;
        else if (dim == QLatin1String("locality"))
            key = r.locality;
        else if (dim == QLatin1String("sentiment"))
            key = r.sentiment;
        else if (dim == QLatin1String("channel"))
            key = r.channel;
        else if (dim == QLatin1String("status"))
            key = r.status;
        ++counts[qMakePair(r.quarter, key)];
    }
    QString out = dim.isEmpty() ? QStringLiteral("quarter,count\n")
                                : QStringLiteral("quarter,%1,count\n").arg(dim);
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
        if (dim.isEmpty())
            out += QStringLiteral("%1,%2\n").arg(it.key().first).arg(it.value());
        else
            out += QStringLiteral("%1,%2,%3\n")
                       .arg(it.key().first, OutputTable::csvField(it.key().second))
                       .arg(it.value());
    }
    return out;
}

void TestCliStats::csvExact_data()
{
    QTest::addColumn<QString>("dim");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    for (const char *d : { "", "topic", "locality", "sentiment", "channel", "status" }) {
        const QString dim = QLatin1String(d);
        const QString name = dim.isEmpty() ? QStringLiteral("quarter") : dim;
        QTest::newRow(qPrintable(name + QStringLiteral(" all"))) << dim << QDate() << QDate();
        QTest::newRow(qPrintable(name + QStringLiteral(" from-to")))
            << dim << QDate(2023, 5, 17) << QDate(2024, 8, 2);
    }
    QTest::newRow("topic from only") << QStringLiteral("topic") << QDate(2024, 11, 30) << QDate();
    QTest::newRow("status to only") << QStringLiteral("status") << QDate() << QDate(2023, 1, 31);
}

void TestCliStats::csvExact()
{
    QFETCH(QString, dim);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QStringList args = base();
    args << QStringLiteral("stats") << QStringLiteral("opinions") << QStringLiteral("--by")
         << (dim.isEmpty() ? QStringLiteral("quarter") : QStringLiteral("quarter,") + dim)
         << QStringLiteral("--format") << QStringLiteral("csv");
    if (from.isValid())
        args << QStringLiteral("--from") << from.toString(Qt::ISODate);
    if (to.isValid()) // the Vietnamese form is accepted too
        args << QStringLiteral("--to") << to.toString(QStringLiteral("dd/MM/yyyy"));
    const auto r = runCli(args);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, expectedCsv(dim, from, to));
    QVERIFY(!r.out.startsWith(QChar(0xfeff)));
}

void TestCliStats::json()
{
    const auto r = runCli(base() << QStringLiteral("stats") << QStringLiteral("opinions")
                                 << QStringLiteral("--by") << QStringLiteral("quarter,sentiment")
                                 << QStringLiteral("--format") << QStringLiteral("json"));
    QCOMPARE(r.exitCode, 0);
    const QJsonArray array = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QMap<QPair<QString, QString>, int> expected;
    for (const FixtureReport &f : std::as_const(m_fx.reports))
        ++expected[qMakePair(f.quarter, f.sentiment)];
    QCOMPARE(array.size(), expected.size());
    QMap<QPair<QString, QString>, int> actual;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        QCOMPARE(o.keys().size(), 3);
        actual.insert(qMakePair(o.value(QStringLiteral("quarter")).toString(),
                          o.value(QStringLiteral("sentiment")).toString()),
            o.value(QStringLiteral("count")).toInt());
    }
    QCOMPARE(actual, expected);
}

void TestCliStats::table()
{
    const auto r = runCli(base() << QStringLiteral("stats") << QStringLiteral("opinions")
                                 << QStringLiteral("--by") << QStringLiteral("quarter"));
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.first().startsWith(QStringLiteral("quarter")));
    QCOMPARE(lines.size(), 2 + 8); // header, rule, 8 quarters of 2023–2024
    QVERIFY(lines.at(2).startsWith(QStringLiteral("2023-Q1")));
}

void TestCliStats::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("bad dim") << QStringList { QStringLiteral("stats"), QStringLiteral("opinions"),
        QStringLiteral("--by"), QStringLiteral("quarter,colour") };
    QTest::newRow("no quarter") << QStringList { QStringLiteral("stats"),
        QStringLiteral("opinions"), QStringLiteral("--by"), QStringLiteral("topic") };
    QTest::newRow("missing by") << QStringList { QStringLiteral("stats"),
        QStringLiteral("opinions") };
    QTest::newRow("not opinions") << QStringList { QStringLiteral("stats"),
        QStringLiteral("meetings"), QStringLiteral("--by"), QStringLiteral("quarter") };
    QTest::newRow("bad format") << QStringList { QStringLiteral("stats"),
        QStringLiteral("opinions"), QStringLiteral("--by"), QStringLiteral("quarter"),
        QStringLiteral("--format"), QStringLiteral("xml") };
    QTest::newRow("bad date") << QStringList { QStringLiteral("stats"), QStringLiteral("opinions"),
        QStringLiteral("--by"), QStringLiteral("quarter"), QStringLiteral("--from"),
        QStringLiteral("2024-13-45") };
    QTest::newRow("unknown option") << QStringList { QStringLiteral("stats"),
        QStringLiteral("opinions"), QStringLiteral("--by"), QStringLiteral("quarter"),
        QStringLiteral("--colour"), QStringLiteral("red") };
}

void TestCliStats::usageErrors()
{
    QFETCH(QStringList, args);
    const auto r = runCli(base() + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY(!r.err.isEmpty());
}

void TestCliStats::missingDatabase()
{
    const auto r = runCli({ QStringLiteral("--db"),
        m_dir.filePath(QStringLiteral("nothing.sqlite")), QStringLiteral("stats"),
        QStringLiteral("opinions"), QStringLiteral("--by"), QStringLiteral("quarter,topic") });
    QCOMPARE(r.exitCode, 4);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("nothing.sqlite"))));
}

void TestCliStats::emptyDatabase()
{
    const QString empty = m_dir.filePath(QStringLiteral("empty.sqlite"));
    QCOMPARE(runCli({ QStringLiteral("--db"), empty, QStringLiteral("init") }).exitCode, 0);
    const auto r = runCli({ QStringLiteral("--db"), empty, QStringLiteral("stats"),
        QStringLiteral("opinions"), QStringLiteral("--by"), QStringLiteral("quarter,locality"),
        QStringLiteral("--format"), QStringLiteral("csv") });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("quarter,locality,count\n"));
    const auto j = runCli({ QStringLiteral("--db"), empty, QStringLiteral("stats"),
        QStringLiteral("opinions"), QStringLiteral("--by"), QStringLiteral("quarter"),
        QStringLiteral("--format"), QStringLiteral("json") });
    QCOMPARE(j.exitCode, 0);
    QCOMPARE(j.out.simplified(), QStringLiteral("[ ]"));
}

void TestCliStats::chartFiles_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QString>("by");
    QTest::newRow("png topic") << "png"
                               << "quarter,topic";
    QTest::newRow("png locality") << "png"
                                  << "quarter,locality";
    QTest::newRow("svg sentiment") << "svg"
                                   << "quarter,sentiment";
    QTest::newRow("pdf channel") << "pdf"
                                 << "quarter,channel";
    QTest::newRow("PNG quarter") << "PNG"
                                 << "quarter";
}

void TestCliStats::chartFiles()
{
    QFETCH(QString, suffix);
    QFETCH(QString, by);
    const QString out
        = m_dir.filePath(QStringLiteral("chart-%1.%2")
                             .arg(QString(by).replace(QLatin1Char(','), QLatin1Char('-')), suffix));
    const auto r = runCli(base() << QStringLiteral("chart") << QStringLiteral("opinions")
                                 << QStringLiteral("--by") << by << QStringLiteral("--from")
                                 << QStringLiteral("2023-01-01") << QStringLiteral("--out") << out);
    QCOMPARE(r.exitCode, 0);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray data = f.readAll();
    if (suffix.toLower() == QLatin1String("png")) {
        QImage image;
        QVERIFY(image.loadFromData(data, "PNG"));
        QVERIFY(image.width() >= 800 && image.height() >= 400);
        // Not blank: many distinct colours were drawn.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
    } else if (suffix == QLatin1String("svg")) {
        QVERIFY(data.contains("<svg"));
        QVERIFY(data.contains(QString::fromUtf8("Quý I/2023").toUtf8()) || data.contains("<path"));
    } else {
        QVERIFY(data.startsWith("%PDF"));
        QProcess p;
        p.start(QStringLiteral("pdftotext"), { out, QStringLiteral("-") });
        QVERIFY(p.waitForFinished(30000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(text.contains(QString::fromUtf8("Quý I/2023")), qPrintable(text));
        QVERIFY(text.contains(QString::fromUtf8("Mạng xã hội")));
    }
}

void TestCliStats::chartUsage()
{
    const auto bad
        = runCli(base() << QStringLiteral("chart") << QStringLiteral("opinions")
                        << QStringLiteral("--by") << QStringLiteral("quarter,topic")
                        << QStringLiteral("--out") << m_dir.filePath(QStringLiteral("chart.jpg")));
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("chart.jpg"))));
    const auto noOut = runCli(base() << QStringLiteral("chart") << QStringLiteral("opinions")
                                     << QStringLiteral("--by") << QStringLiteral("quarter,topic"));
    QCOMPARE(noOut.exitCode, 2);
    const auto badBy
        = runCli(base() << QStringLiteral("chart") << QStringLiteral("opinions")
                        << QStringLiteral("--by") << QStringLiteral("quarter,person")
                        << QStringLiteral("--out") << m_dir.filePath(QStringLiteral("c.png")));
    QCOMPARE(badBy.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliStats)
#include "tst_clistats.moc"
