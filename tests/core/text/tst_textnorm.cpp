// Search folding and Vietnamese collation.

#include <core/text/textnorm.h>

#include <QTest>

#include <algorithm>

using thuky::TextNorm::fold;

class TestTextNorm : public QObject
{
    Q_OBJECT
private slots:
    void folding_data();
    void folding();
    void personOrder_data();
    void personOrder();
    void alphabetOrder();
};

void TestTextNorm::folding_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("folded");
    QTest::newRow("dat dai lower") << QStringLiteral("đất đai") << QStringLiteral("dat dai");
    QTest::newRow("Dat Dai capital D-bar")
        << QStringLiteral("Đất Đai") << QStringLiteral("dat dai");
    QTest::newRow("Nguyen") << QStringLiteral("Nguyễn") << QStringLiteral("nguyen");
    QTest::newRow("decomposed input")
        << QStringLiteral("Nguye\u0302\u0303n") << QStringLiteral("nguyen");
    QTest::newRow("horn and breve")
        << QStringLiteral("Ưu tiên ăn ở") << QStringLiteral("uu tien an o");
    QTest::newRow("ascii untouched") << QStringLiteral("dat dai") << QStringLiteral("dat dai");
}

void TestTextNorm::folding()
{
    QFETCH(QString, input);
    QFETCH(QString, folded);
    QCOMPARE(fold(input), folded);
}

void TestTextNorm::personOrder_data()
{
    QTest::addColumn<QStringList>("unsorted");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("given name first")
        << QStringList { QStringLiteral("Trần Văn Bình"), QStringLiteral("Lê Thị An") }
        << QStringList { QStringLiteral("Lê Thị An"), QStringLiteral("Trần Văn Bình") };
    QTest::newRow("d before đ before e")
        << QStringList { QStringLiteral("Lê Văn Em"), QStringLiteral("Lê Văn Đạt"),
               QStringLiteral("Lê Văn Dũng") }
        << QStringList { QStringLiteral("Lê Văn Dũng"), QStringLiteral("Lê Văn Đạt"),
               QStringLiteral("Lê Văn Em") };
    QTest::newRow("a ă â") << QStringList {
        QStringLiteral("Hồ Ân"), QStringLiteral("Hồ Ăn"), QStringLiteral("Hồ An")
    } << QStringList { QStringLiteral("Hồ An"), QStringLiteral("Hồ Ăn"), QStringLiteral("Hồ Ân") };
    QTest::newRow("same given name, then family")
        << QStringList { QStringLiteral("Đặng Đức Long"), QStringLiteral("Bùi Xuân Long"),
               QStringLiteral("Dương Văn Long") }
        << QStringList { QStringLiteral("Bùi Xuân Long"), QStringLiteral("Dương Văn Long"),
               QStringLiteral("Đặng Đức Long") };
    QTest::newRow("tones after letters")
        << QStringList { QStringLiteral("Lê Hà"), QStringLiteral("Lê Hạ"), QStringLiteral("Lê Ha"),
               QStringLiteral("Lê Hai") }
        << QStringList { QStringLiteral("Lê Ha"), QStringLiteral("Lê Hà"), QStringLiteral("Lê Hạ"),
               QStringLiteral("Lê Hai") };
    QTest::newRow("o ô ơ and u ư")
        << QStringList { QStringLiteral("A Ơn"), QStringLiteral("A Ôn"), QStringLiteral("A On"),
               QStringLiteral("A Ưng"), QStringLiteral("A Ung") }
        << QStringList { QStringLiteral("A On"), QStringLiteral("A Ôn"), QStringLiteral("A Ơn"),
               QStringLiteral("A Ung"), QStringLiteral("A Ưng") };
}

void TestTextNorm::personOrder()
{
    QFETCH(QStringList, unsorted);
    QFETCH(QStringList, expected);
    std::sort(unsorted.begin(), unsorted.end(), [](const QString &a, const QString &b) {
        return thuky::TextNorm::personSortKey(a) < thuky::TextNorm::personSortKey(b);
    });
    QCOMPARE(unsorted, expected);
}

void TestTextNorm::alphabetOrder()
{
    const QStringList letters
        = QStringLiteral("a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y")
              .split(QLatin1Char(' '));
    QStringList shuffled = letters;
    std::reverse(shuffled.begin(), shuffled.end());
    std::sort(shuffled.begin(), shuffled.end(),
        [](const QString &a, const QString &b) { return thuky::TextNorm::compare(a, b) < 0; });
    QCOMPARE(shuffled, letters);
}

QTEST_GUILESS_MAIN(TestTextNorm)
#include "tst_textnorm.moc"
