// ScopeTree: the locality and topic lists of the chart filters, each parent before its
// children, siblings in Vietnamese alphabetical order, with their depth.

#include <common/statsfixture.h>

#include <core/db/database.h>
#include <core/reports/scopetree.h>

#include <QTemporaryDir>
#include <QTest>

using namespace thuky;
using thuky::test::StatsFixture;

class TestScopeTree : public QObject
{
    Q_OBJECT
private slots:
    void ordered();
    void cycleStops();
    void localitiesAndTopics();

private:
    static QStringList lines(const QList<ScopeEntry> &entries)
    {
        QStringList result;
        for (const ScopeEntry &e : entries)
            result.append(QString(e.depth, QLatin1Char('-')) + e.name);
        return result;
    }
};

void TestScopeTree::ordered()
{
    const QList<ScopeTree::Node> nodes { { 1, QStringLiteral("Tỉnh"), 0 },
        { 2, QString::fromUtf8("Đông Hải"), 1 }, { 3, QStringLiteral("Du Long"), 1 },
        { 4, QString::fromUtf8("Ân Thi"), 0 }, { 5, QStringLiteral("An Phú"), 3 },
        { 6, QStringLiteral("Lạc"), 99 } };
    // "Đ" comes after "D" (Vietnamese order); a node whose parent is missing is left out.
    QCOMPARE(lines(ScopeTree::ordered(nodes)),
        QStringList(
            { QString::fromUtf8("Ân Thi"), QStringLiteral("Tỉnh"), QStringLiteral("-Du Long"),
                QStringLiteral("--An Phú"), QString::fromUtf8("-Đông Hải") }));
    const QList<ScopeEntry> entries = ScopeTree::ordered(nodes);
    QCOMPARE(entries.at(3).id, qint64(5));
    QCOMPARE(entries.at(3).depth, 2);
}

void TestScopeTree::cycleStops()
{
    // A chain deeper than nine levels is cut at depth 8 rather than followed for ever.
    QList<ScopeTree::Node> nodes;
    for (int i = 1; i <= 12; ++i)
        nodes.append({ i, QString::number(i), i - 1 });
    const QList<ScopeEntry> entries = ScopeTree::ordered(nodes);
    QCOMPARE(entries.size(), 9);
    QCOMPARE(entries.last().depth, 8);
}

void TestScopeTree::localitiesAndTopics()
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("scope.sqlite")));
    db.open();
    StatsFixture fx;
    fx.fill(db, 10);
    QCOMPARE(lines(ScopeTree::topics(db)),
        QStringList({ QString::fromUtf8("Kinh tế"), QString::fromUtf8("-Đất đai"),
            QString::fromUtf8("-Giá cả, thị trường"), QString::fromUtf8("-Môi trường"),
            QString::fromUtf8("Xã hội"), QString::fromUtf8("-Giáo dục"),
            QString::fromUtf8("-Y tế") }));
    const QList<ScopeEntry> localities = ScopeTree::localities(db);
    QCOMPARE(lines(localities),
        QStringList({ QStringLiteral("An Giang"), QString::fromUtf8("-Châu Đốc"),
            QString::fromUtf8("--Phường 1"), QString::fromUtf8("--Vĩnh Mỹ"),
            QString::fromUtf8("-Long Xuyên"), QString::fromUtf8("--Mỹ Bình"),
            QString::fromUtf8("--Phường 1"), QString::fromUtf8("-Tân Châu"),
            QString::fromUtf8("--Long Phú"), QString::fromUtf8("--Long Sơn") }));
    QCOMPARE(localities.first().id, fx.province);
}

QTEST_GUILESS_MAIN(TestScopeTree)
#include "tst_scopetree.moc"
