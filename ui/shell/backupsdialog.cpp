#include <ui/shell/backupsdialog.h>

#include <core/db/backups.h>
#include <core/db/database.h>

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace thuky {

namespace {
enum Column { FileColumn, DateColumn, SizeColumn, CheckColumn, ColumnCount };
} // namespace

BackupsDialog::BackupsDialog(Database &db, bool admin, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_admin(admin)
{
    setWindowTitle(tr("Backups"));
    setObjectName(QStringLiteral("backupsDialog"));
    auto *layout = new QVBoxLayout(this);
    m_folder = new QLabel(this);
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_folder->setWordWrap(true);
    layout->addWidget(m_folder);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("backupsTable"));
    m_table->setHorizontalHeaderLabels({ tr("File"), tr("Date"), tr("Size"), tr("Check") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_backup = buttons->addButton(tr("&Back up now"), QDialogButtonBox::ActionRole);
    m_backup->setObjectName(QStringLiteral("backupNowButton"));
    m_restore = buttons->addButton(tr("&Restore…"), QDialogButtonBox::ActionRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_backup, &QPushButton::clicked, this, &BackupsDialog::backUpNow);
    connect(m_restore, &QPushButton::clicked, this, &BackupsDialog::restoreSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &BackupsDialog::updateButtons);
    layout->addWidget(buttons);
    if (!m_admin) {
        m_backup->setToolTip(tr("Only an administrator backs up and restores."));
        m_restore->setToolTip(m_backup->toolTip());
    }
    resize(720, 420);
    refresh();
}

void BackupsDialog::refresh()
{
    m_folder->setText(
        tr("Folder: %1").arg(QDir::toNativeSeparators(Backups::folderFor(m_db.location()))));
    const QList<BackupFile> files = Backups::list(m_db.location());
    m_table->setRowCount(int(files.size()));
    const QLocale locale;
    for (int row = 0; row < files.size(); ++row) {
        const BackupFile &b = files.at(row);
        auto *name = new QTableWidgetItem(b.name);
        name->setData(Qt::UserRole, b.path);
        m_table->setItem(row, FileColumn, name);
        m_table->setItem(row, DateColumn, new QTableWidgetItem(b.date.toString(Qt::ISODate)));
        auto *size = new QTableWidgetItem(locale.formattedDataSize(b.size));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, SizeColumn, size);
        m_table->setItem(row, CheckColumn,
            new QTableWidgetItem(
                b.problems.isEmpty() ? tr("ok") : b.problems.join(QStringLiteral("; "))));
    }
    m_table->resizeColumnsToContents();
    if (!files.isEmpty())
        m_table->selectRow(0);
    updateButtons();
}

QString BackupsDialog::selectedPath() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    for (QTableWidgetItem *item : items) {
        if (item->column() == FileColumn)
            return item->data(Qt::UserRole).toString();
    }
    return {};
}

void BackupsDialog::updateButtons()
{
    m_backup->setEnabled(m_admin);
    m_restore->setEnabled(m_admin && !selectedPath().isEmpty());
}

void BackupsDialog::backUpNow()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    try {
        Backups::safetyCopy(m_db, QStringLiteral("manual"));
    } catch (const DbError &e) {
        error = e.message();
    } catch (const std::exception &e) {
        error = QString::fromUtf8(e.what());
    }
    QApplication::restoreOverrideCursor();
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Backups"), tr("The backup failed: %1").arg(error));
    refresh();
}

QString BackupsDialog::preview(const QString &file, QString *problem)
{
    const QStringList problems = Backups::verify(file);
    if (!problems.isEmpty()) {
        *problem = problems.join(QStringLiteral("; "));
        return {};
    }
    try {
        const BackupContents c = Backups::contents(file);
        const QLocale locale;
        const QDateTime newest = QDateTime::fromString(c.newest, Qt::ISODateWithMs);
        return tr("%1 holds %2 opinion reports, %3 meetings and %4 people; its newest record "
                  "was saved on %5.")
            .arg(QDir::toNativeSeparators(file), locale.toString(c.reports),
                locale.toString(c.meetings), locale.toString(c.people),
                newest.isValid() ? locale.toString(newest.toLocalTime(), QLocale::ShortFormat)
                                 : tr("(no records)"));
    } catch (const DbError &e) {
        *problem = e.message();
        return {};
    }
}

void BackupsDialog::restoreSelected()
{
    const QString file = selectedPath();
    if (!m_admin || file.isEmpty())
        return;
    QString problem;
    const QString text = preview(file, &problem);
    if (text.isEmpty()) {
        QMessageBox::warning(this, tr("Restore"),
            tr("%1 cannot be restored: %2").arg(QDir::toNativeSeparators(file), problem));
        return;
    }
    const QString question = text + QStringLiteral("\n\n")
        + tr("Replace the database with it? What the database holds now is kept as a backup "
             "first, and Thư Ký starts again.");
    const bool confirmed = m_confirm ? m_confirm(question)
                                     : QMessageBox::question(this, tr("Restore"), question,
                                           QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes;
    if (!confirmed)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    try {
        Backups::restore(m_db, file);
    } catch (const ValidationError &e) {
        error = e.message();
    } catch (const DbError &e) {
        error = e.message();
    } catch (const std::exception &e) {
        error = QString::fromUtf8(e.what());
    }
    QApplication::restoreOverrideCursor();
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Restore"), tr("Nothing was restored: %1").arg(error));
        refresh();
        return;
    }
    m_restored = true;
    accept();
}

} // namespace thuky
