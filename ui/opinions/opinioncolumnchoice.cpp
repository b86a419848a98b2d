#include <ui/opinions/opinioncolumnchoice.h>

#include <ui/opinions/opiniontablemodel.h>

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QTableView>

namespace thuky::OpinionColumnChoice {

namespace {
const char hiddenColumnsKey[] = "opinions/hiddenColumns";
} // namespace

void setUp(QTableView *table)
{
    QHeaderView *header = table->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    const QStringList hidden = QSettings()
                                   .value(QLatin1String(hiddenColumnsKey),
                                       QString::number(OpinionTableModel::ReporterColumn))
                                   .toString()
                                   .split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &c : hidden) {
        const int column = c.toInt();
        if (column >= 0 && column < OpinionTableModel::ColumnCount
            && column != OpinionTableModel::SummaryColumn)
            header->setSectionHidden(column, true);
    }
    QObject::connect(
        header, &QHeaderView::customContextMenuRequested, table, [table, header](const QPoint &at) {
            QMenu menu(table);
            for (int c = 0; c < OpinionTableModel::ColumnCount; ++c) {
                if (c == OpinionTableModel::SummaryColumn)
                    continue; // always shown
                QAction *a = menu.addAction(
                    table->model()->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
                a->setCheckable(true);
                a->setChecked(!header->isSectionHidden(c));
                QObject::connect(
                    a, &QAction::toggled, table, [table, c](bool on) { setShown(table, c, on); });
            }
            menu.exec(header->mapToGlobal(at));
        });
}

void setShown(QTableView *table, int column, bool shown)
{
    QHeaderView *header = table->horizontalHeader();
    header->setSectionHidden(column, !shown);
    QStringList hidden;
    for (int c = 0; c < OpinionTableModel::ColumnCount; ++c) {
        if (header->isSectionHidden(c))
            hidden.append(QString::number(c));
    }
    QSettings().setValue(QLatin1String(hiddenColumnsKey), hidden.join(QLatin1Char(',')));
}

} // namespace thuky::OpinionColumnChoice
