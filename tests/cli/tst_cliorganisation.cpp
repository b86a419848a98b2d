// End-to-end: an office that starts empty builds its organisation with thuky-cli — committees
// formed, renamed and dissolved; localities added, merged and moved in the 2025 reform — and
// counts its reports under today's units with --roll-up.

#include <common/clirunner.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using thuky::test::CliResult;

class TestCliOrganisation : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void committees();
    void committeeRefusals();
    void localitiesMergeAndMove();
    void rollUp();
    void viewerMayNotChangeTheOrganisation();

private:
    CliResult cli(const QStringList &args, const QProcessEnvironment &env = {}) const
    {
        return thuky::test::runCli(QStringList { QStringLiteral("--db"), db() } + args, env);
    }
    QString db() const { return m_dir->filePath(QStringLiteral("t.sqlite")); }
    QByteArray dbBytes() const
    {
        QFile f(db());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    void addLocalities();
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliOrganisation::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QCOMPARE(cli({ QStringLiteral("init") }).exitCode, 0);
}

void TestCliOrganisation::committees()
{
    QCOMPARE(cli({ QStringLiteral("committee"), QStringLiteral("add"),
                     QStringLiteral("Ban Chỉ đạo 35 tỉnh An Giang"), QStringLiteral("--level"),
                     QStringLiteral("province"), QStringLiteral("--from"),
                     QStringLiteral("2021-01-15") })
                 .exitCode,
        0);
    for (const QString &name : { QStringLiteral("Ban Chỉ đạo 35 huyện Tri Tôn"),
             QStringLiteral("Ban Chỉ đạo 35 huyện Chợ Mới") }) {
        const CliResult r = cli({ QStringLiteral("committee"), QStringLiteral("add"), name,
            QStringLiteral("--level"), QStringLiteral("district"), QStringLiteral("--parent"),
            QStringLiteral("ban chi dao 35 tinh an giang"), QStringLiteral("--from"),
            QStringLiteral("15/01/2021") });
        QCOMPARE(r.exitCode, 0);
    }
    QCOMPARE(cli({ QStringLiteral("committee"), QStringLiteral("rename"),
                     QStringLiteral("Ban Chỉ đạo 35 huyện Chợ Mới"), QStringLiteral("--to"),
                     QStringLiteral("Ban Chỉ đạo 35 huyện Chợ Mới (kiện toàn)") })
                 .exitCode,
        0);
    QCOMPARE(cli({ QStringLiteral("committee"), QStringLiteral("dissolve"),
                     QStringLiteral("Ban Chỉ đạo 35 huyện Tri Tôn"), QStringLiteral("--on"),
                     QStringLiteral("2025-06-30") })
                 .exitCode,
        0);
    const CliResult all
        = cli({ QStringLiteral("committees"), QStringLiteral("--format"), QStringLiteral("csv") });
    QCOMPARE(all.exitCode, 0);
    QCOMPARE(all.out,
        QStringLiteral("id,name,level,parent,locality,start,end\n"
                       "1,Ban Chỉ đạo 35 tỉnh An Giang,province,,,2021-01-15,\n"
                       "3,Ban Chỉ đạo 35 huyện Chợ Mới (kiện toàn),district,"
                       "Ban Chỉ đạo 35 tỉnh An Giang,,2021-01-15,\n"
                       "2,Ban Chỉ đạo 35 huyện Tri Tôn,district,Ban Chỉ đạo 35 tỉnh An Giang,,"
                       "2021-01-15,2025-06-30\n"));
    const CliResult after = cli({ QStringLiteral("committees"), QStringLiteral("--as-of"),
        QStringLiteral("2025-07-01"), QStringLiteral("--format"), QStringLiteral("csv") });
    QCOMPARE(after.exitCode, 0);
    QVERIFY(!after.out.contains(QStringLiteral("Tri Tôn")));
    QCOMPARE(after.out.count(QLatin1Char('\n')), 3);
    const CliResult before = cli({ QStringLiteral("committees"), QStringLiteral("--as-of"),
        QStringLiteral("2020-12-31"), QStringLiteral("--format"), QStringLiteral("json") });
    QCOMPARE(before.exitCode, 0);
    QCOMPARE(before.out.trimmed(), QStringLiteral("[]"));
}

void TestCliOrganisation::committeeRefusals()
{
    QCOMPARE(cli({ QStringLiteral("committee"), QStringLiteral("add"), QStringLiteral("Ban A"),
                     QStringLiteral("--level"), QStringLiteral("province"),
                     QStringLiteral("--from"), QStringLiteral("2021-01-01") })
                 .exitCode,
        0);
    const QByteArray before = dbBytes();
    const QList<QPair<QStringList, int>> cases = {
        { { QStringLiteral("committee"), QStringLiteral("add"), QStringLiteral("Ban B") }, 2 },
        { { QStringLiteral("committee"), QStringLiteral("add"), QStringLiteral("Ban B"),
              QStringLiteral("--level"), QStringLiteral("ward") },
            3 },
        { { QStringLiteral("committee"), QStringLiteral("add"), QStringLiteral("Ban B"),
              QStringLiteral("--level"), QStringLiteral("district"), QStringLiteral("--parent"),
              QStringLiteral("Ban không có") },
            3 },
        { { QStringLiteral("committee"), QStringLiteral("dissolve"), QStringLiteral("Ban A"),
              QStringLiteral("--on"), QStringLiteral("2020-05-01") },
            3 },
        { { QStringLiteral("committee"), QStringLiteral("dissolve"), QStringLiteral("Ban A"),
              QStringLiteral("--on"), QStringLiteral("2025-05-01"), QStringLiteral("--into"),
              QStringLiteral("Ban A") },
            3 },
        { { QStringLiteral("committee"), QStringLiteral("dissolve"), QStringLiteral("Ban A") }, 2 },
        { { QStringLiteral("committee"), QStringLiteral("dissolve"), QStringLiteral("Ban A"),
              QStringLiteral("--on"), QStringLiteral("31/02/2025") },
            2 },
        { { QStringLiteral("committee"), QStringLiteral("disband"), QStringLiteral("Ban A") }, 2 },
        { { QStringLiteral("committee"), QStringLiteral("rename"), QStringLiteral("Ban Z"),
              QStringLiteral("--to"), QStringLiteral("Ban Y") },
            3 },
    };
    for (const auto &c : cases) {
        const CliResult r = cli(c.first);
        QVERIFY2(r.exitCode == c.second,
            qPrintable(c.first.join(QLatin1Char(' ')) + QStringLiteral(" → %1: ").arg(r.exitCode)
                + r.err));
        QVERIFY2(!r.err.trimmed().isEmpty(), qPrintable(c.first.join(QLatin1Char(' '))));
    }
    QCOMPARE(dbBytes(), before);
}

void TestCliOrganisation::addLocalities()
{
    const QList<QStringList> adds = {
        { QStringLiteral("An Giang") },
        { QStringLiteral("Tri Tôn"), QStringLiteral("--parent"), QStringLiteral("An Giang") },
        { QStringLiteral("Ba Chúc"), QStringLiteral("--parent"), QStringLiteral("Tri Tôn") },
        { QStringLiteral("Lê Trì"), QStringLiteral("--parent"), QStringLiteral("Tri Tôn") },
        { QStringLiteral("Ô Lâm"), QStringLiteral("--parent"), QStringLiteral("Tri Tôn") },
    };
    for (const QStringList &a : adds) {
        const CliResult r
            = cli(QStringList { QStringLiteral("locality"), QStringLiteral("add") } + a);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }
}

void TestCliOrganisation::localitiesMergeAndMove()
{
    addLocalities();
    const QStringList merge { QStringLiteral("locality"), QStringLiteral("merge"),
        QStringLiteral("Ba Chúc"), QStringLiteral("Lê Trì"), QStringLiteral("--into"),
        QStringLiteral("Xã Ba Chúc"), QStringLiteral("--on"), QStringLiteral("2025-07-01") };
    const QByteArray before = dbBytes();
    const CliResult missing = cli(merge);
    QCOMPARE(missing.exitCode, 3);
    QVERIFY(missing.err.contains(QStringLiteral("Xã Ba Chúc")));
    QCOMPARE(dbBytes(), before);
    QCOMPARE(cli(merge + QStringList { QStringLiteral("--create-missing") }).exitCode, 0);
    // Merged twice, into itself: refused.
    QCOMPARE(cli({ QStringLiteral("locality"), QStringLiteral("merge"), QStringLiteral("Ba Chúc"),
                     QStringLiteral("--into"), QStringLiteral("Ô Lâm"), QStringLiteral("--on"),
                     QStringLiteral("2025-08-01") })
                 .exitCode,
        3);
    QCOMPARE(cli({ QStringLiteral("locality"), QStringLiteral("merge"), QStringLiteral("Ô Lâm"),
                     QStringLiteral("--into"), QStringLiteral("Ô Lâm"), QStringLiteral("--on"),
                     QStringLiteral("2025-08-01") })
                 .exitCode,
        3);
    QCOMPARE(cli({ QStringLiteral("locality"), QStringLiteral("move"), QStringLiteral("Ô Lâm"),
                     QStringLiteral("--to"), QStringLiteral("An Giang"), QStringLiteral("--on"),
                     QStringLiteral("01/07/2025") })
                 .exitCode,
        0);
    // The district, its communes gone, ends without a successor (after them, not before).
    QCOMPARE(cli({ QStringLiteral("locality"), QStringLiteral("end"), QStringLiteral("Tri Tôn"),
                     QStringLiteral("--on"), QStringLiteral("2025-07-01") })
                 .exitCode,
        0);
    const CliResult all
        = cli({ QStringLiteral("localities"), QStringLiteral("--format"), QStringLiteral("csv") });
    QCOMPARE(all.exitCode, 0);
    QVERIFY2(all.out.contains(QStringLiteral("\n2,Tri Tôn,An Giang,,2025-06-30,,\n")),
        qPrintable(all.out));
    const QStringList lines = all.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), QStringLiteral("id,name,parent,start,end,merged_into,merged_on"));
    QVERIFY2(lines.contains(QStringLiteral("3,Ba Chúc,Tri Tôn,,2025-06-30,Xã Ba Chúc,2025-07-01")),
        qPrintable(all.out));
    QVERIFY2(
        lines.contains(QStringLiteral("6,Xã Ba Chúc,An Giang,2025-07-01,,,")), qPrintable(all.out));
    QVERIFY2(lines.contains(QStringLiteral("7,Ô Lâm,An Giang,2025-07-01,,,")), qPrintable(all.out));
    const CliResult now = cli({ QStringLiteral("localities"), QStringLiteral("--as-of"),
        QStringLiteral("2025-07-01"), QStringLiteral("--format"), QStringLiteral("csv") });
    QCOMPARE(now.out,
        QStringLiteral("id,name,parent,start,end,merged_into,merged_on\n"
                       "1,An Giang,,,,,\n"
                       "7,Ô Lâm,An Giang,2025-07-01,,,\n"
                       "6,Xã Ba Chúc,An Giang,2025-07-01,,,\n"));
}

void TestCliOrganisation::rollUp()
{
    addLocalities();
    QFile csv(m_dir->filePath(QStringLiteral("r.csv")));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("date,locality,topic,summary\n"
              "2024-08-01,Ba Chúc,Đất đai,Tranh chấp ranh đất\n"
              "2024-08-02,Ba Chúc,Đất đai,Bồi thường chậm\n"
              "2024-08-03,Lê Trì,Đất đai,Giá đất tăng\n"
              "2024-08-04,Ô Lâm,Đất đai,Lấn chiếm kênh\n");
    csv.close();
    QCOMPARE(cli({ QStringLiteral("import"), QStringLiteral("opinions"), csv.fileName(),
                     QStringLiteral("--create-missing") })
                 .exitCode,
        0);
    QCOMPARE(cli({ QStringLiteral("locality"), QStringLiteral("merge"), QStringLiteral("Ba Chúc"),
                     QStringLiteral("Lê Trì"), QStringLiteral("--into"),
                     QStringLiteral("Xã Ba Chúc"), QStringLiteral("--on"),
                     QStringLiteral("2025-07-01"), QStringLiteral("--create-missing") })
                 .exitCode,
        0);
    const QStringList stats { QStringLiteral("stats"), QStringLiteral("opinions"),
        QStringLiteral("--by"), QStringLiteral("quarter,locality"), QStringLiteral("--format"),
        QStringLiteral("csv") };
    QCOMPARE(cli(stats).out,
        QStringLiteral("quarter,locality,count\n2024-Q3,Ba Chúc,2\n2024-Q3,Lê Trì,1\n"
                       "2024-Q3,Ô Lâm,1\n"));
    QCOMPARE(cli(stats + QStringList { QStringLiteral("--roll-up") }).out,
        QStringLiteral("quarter,locality,count\n2024-Q3,Xã Ba Chúc,3\n2024-Q3,Ô Lâm,1\n"));
}

void TestCliOrganisation::viewerMayNotChangeTheOrganisation()
{
    thuky::test::TestUsers users;
    QVERIFY(thuky::test::addUsers(db(), &users));
    const QStringList as { QStringLiteral("--user"), users.viewer };
    QCOMPARE(cli(as
                     + QStringList { QStringLiteral("locality"), QStringLiteral("add"),
                         QStringLiteral("An Giang") },
                 users.asViewer)
                 .exitCode,
        5);
    QCOMPARE(
        cli(as
                + QStringList { QStringLiteral("committee"), QStringLiteral("add"),
                    QStringLiteral("Ban"), QStringLiteral("--level"), QStringLiteral("province") },
            users.asViewer)
            .exitCode,
        5);
    QCOMPARE(cli(as + QStringList { QStringLiteral("committees") }, users.asViewer).exitCode, 0);
    QCOMPARE(cli({ QStringLiteral("--user"), users.admin, QStringLiteral("locality"),
                     QStringLiteral("add"), QStringLiteral("An Giang") },
                 users.asAdmin)
                 .exitCode,
        0);
}

QTEST_GUILESS_MAIN(TestCliOrganisation)
#include "tst_cliorganisation.moc"
