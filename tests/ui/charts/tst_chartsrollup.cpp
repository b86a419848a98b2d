// "Roll up to today's units" in the Charts area: two merged communes count as one group
// under the unit that holds them, the choice is remembered, and a click on the rolled-up bar
// opens the reports of both units in the report list (through the main window).

#include <common/statsfixture.h>

#include <core/db/database.h>
#include <core/opinions/opinionrepository.h>
#include <core/reports/statsdimensions.h>
#include <core/roster/organisation.h>
#include <ui/charts/chartreportdialog.h>
#include <ui/charts/chartsview.h>
#include <ui/opinions/opinionsview.h>
#include <ui/opinions/opiniontablemodel.h>
#include <ui/shell/mainwindow.h>

#include <QBarSet>
#include <QChart>
#include <QCheckBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace thuky;
using thuky::test::FixtureReport;
using thuky::test::StatsFixture;

class TestChartsRollUp : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void checkBoxGroupsMergedUnitsAsOne();
    void clickOpensReportsOfBothUnits();
    void periodReportRollsUp();

private:
    static QStackedBarSeries *bars(ChartsView &view)
    {
        return qobject_cast<QStackedBarSeries *>(view.stackedChart()->series().value(0));
    }
    static QStringList labels(ChartsView &view)
    {
        QStringList out;
        for (QBarSet *s : bars(view)->barSets())
            out.append(s->label());
        return out;
    }
    QBarSet *setNamed(ChartsView &view, const QString &label)
    {
        for (QBarSet *s : bars(view)->barSets()) {
            if (s->label() == label)
                return s;
        }
        return nullptr;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    StatsFixture m_fx;
    qint64 m_into = 0; // Mỹ Bình
    qint64 m_from = 0; // Long Sơn, merged into Mỹ Bình
};

void TestChartsRollUp::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("thuky-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_chartsrollup"));
    QSettings().clear();
    m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("rollup.sqlite")));
    m_db->open();
    m_fx.fill(*m_db, 600, 23);
    m_into = m_fx.communes.at(0);
    m_from = m_fx.communes.at(2);
    Organisation(*m_db).mergeLocalities({ m_from }, m_into, QDate(2025, 1, 1));
}

void TestChartsRollUp::checkBoxGroupsMergedUnitsAsOne()
{
    const QString into = m_fx.localityNames.value(m_into);
    const QString from = m_fx.localityNames.value(m_from);
    {
        QUndoStack undo;
        ChartsView view(*m_db, &undo);
        view.setDimension(StatsDimension::Locality);
        QVERIFY(!view.rollUpCheck()->isChecked());
        QStringList apart = labels(view);
        QVERIFY2(apart.contains(into) && apart.contains(from), qPrintable(apart.join(u',')));
        const int groupsApart = int(apart.size());

        QTest::mouseClick(view.rollUpCheck(), Qt::LeftButton);
        QVERIFY(view.rollUpCheck()->isChecked());
        QVERIFY(view.filter().rollUpMerged);
        const QStringList together = labels(view);
        QVERIFY2(
            together.contains(into) && !together.contains(from), qPrintable(together.join(u',')));
        QCOMPARE(int(together.size()), groupsApart - 1);
        // Each quarter's bar of the unit holds the reports of both communes.
        QBarSet *set = setNamed(view, into);
        QVERIFY(set);
        const QStringList quarters { QStringLiteral("2023-Q1"), QStringLiteral("2023-Q2"),
            QStringLiteral("2023-Q3"), QStringLiteral("2023-Q4"), QStringLiteral("2024-Q1"),
            QStringLiteral("2024-Q2"), QStringLiteral("2024-Q3"), QStringLiteral("2024-Q4") };
        for (int i = 0; i < quarters.size(); ++i) {
            int both = 0;
            for (const FixtureReport &r : std::as_const(m_fx.reports))
                both += r.quarter == quarters.at(i)
                    && (r.localityId == m_into || r.localityId == m_from);
            QCOMPARE(int(set->at(i)), both);
        }
    }
    // Remembered: a new view starts rolled up.
    QUndoStack undo;
    ChartsView again(*m_db, &undo);
    QVERIFY(again.rollUpCheck()->isChecked());
    QTest::mouseClick(again.rollUpCheck(), Qt::LeftButton);
    QVERIFY(!QSettings().value(QStringLiteral("charts/rollUpMerged")).toBool());
}

void TestChartsRollUp::clickOpensReportsOfBothUnits()
{
    MainWindow window(*m_db);
    auto *charts = qobject_cast<ChartsView *>(window.areaWidget(MainWindow::Area::Charts));
    auto *opinions = qobject_cast<OpinionsView *>(window.areaWidget(MainWindow::Area::Opinions));
    QVERIFY(charts && opinions);
    window.setCurrentArea(MainWindow::Area::Charts);
    charts->setDimension(StatsDimension::Locality);
    charts->rollUpCheck()->setChecked(true);
    QSignalSpy spy(charts, &ChartsView::openReports);
    QBarSet *set = setNamed(*charts, m_fx.localityNames.value(m_into));
    QVERIFY(set);
    emit bars(*charts)->clicked(5, set); // 2024-Q2
    QCOMPARE(spy.count(), 1);
    const auto sel = spy.at(0).at(0).value<ChartSelection>();
    QVERIFY(sel.ids.contains(m_into));
    QVERIFY(sel.ids.contains(m_from));

    // The report list shows exactly the bar's reports: both communes, that quarter.
    QCOMPARE(window.currentArea(), MainWindow::Area::Opinions);
    const OpinionFilter shown = opinions->currentFilter();
    QCOMPARE(shown.localityId, m_into);
    QList<qint64> expected;
    for (const FixtureReport &r : std::as_const(m_fx.reports)) {
        if (r.quarter == QLatin1String("2024-Q2")
            && (r.localityId == m_into || r.localityId == m_from))
            expected.append(r.id);
    }
    QCOMPARE(int(set->at(5)), int(expected.size()));
    QVERIFY(!expected.isEmpty());
    QList<qint64> listed;
    for (const OpinionReport &r :
        OpinionRepository(*m_db).list(shown, OpinionColumn::Date, Qt::DescendingOrder, 1000))
        listed.append(r.id);
    std::sort(listed.begin(), listed.end());
    std::sort(expected.begin(), expected.end());
    QCOMPARE(listed, expected);
    QTRY_COMPARE(opinions->model()->totalCount(), qint64(expected.size()));

    // Without the roll-up the same commune's bar opens its own reports only.
    window.setCurrentArea(MainWindow::Area::Charts);
    charts->rollUpCheck()->setChecked(false);
    set = setNamed(*charts, m_fx.localityNames.value(m_into));
    emit bars(*charts)->clicked(5, set);
    const OpinionFilter own = opinions->currentFilter();
    QVERIFY(own.mergedLocalityIds.isEmpty());
    int alone = 0;
    for (const FixtureReport &r : std::as_const(m_fx.reports))
        alone += r.quarter == QLatin1String("2024-Q2") && r.localityId == m_into;
    QCOMPARE(int(OpinionRepository(*m_db).count(own)), alone);
    QSettings().clear();
}

void TestChartsRollUp::periodReportRollsUp()
{
    const QString into = m_fx.localityNames.value(m_into);
    const QString from = m_fx.localityNames.value(m_from);
    auto counts = [](const QList<ComparisonRow> &rows) {
        QMap<QString, int> out;
        for (const ComparisonRow &r : rows)
            out.insert(r.key, r.current);
        return out;
    };
    ChartReportDialog dialog(*m_db);
    QVERIFY(!dialog.rollUpCheck()->isChecked());
    QVERIFY(dialog.setPeriod(QStringLiteral("2024-Q3")));
    const QMap<QString, int> apart = counts(dialog.data().byLocality);
    QVERIFY(apart.value(from) > 0);
    dialog.rollUpCheck()->setChecked(true);
    QVERIFY(dialog.setPeriod(QStringLiteral("2024-Q3")));
    const QMap<QString, int> together = counts(dialog.data().byLocality);
    QVERIFY(!together.contains(from));
    QCOMPARE(together.value(into), apart.value(into) + apart.value(from));
    // The Charts area's choice and the report's are one.
    QVERIFY(QSettings().value(QStringLiteral("charts/rollUpMerged")).toBool());
    QSettings().clear();
}

QTEST_MAIN(TestChartsRollUp)
#include "tst_chartsrollup.moc"
