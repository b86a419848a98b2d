#include <ui/exchange/exchangedialog.h>

#include <core/db/database.h>

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace thuky {

namespace {
QString changedBy(const QString &user, const QString &at)
{
    const QDateTime when = QDateTime::fromString(at, Qt::ISODateWithMs);
    const QString time
        = when.isValid() ? when.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")) : at;
    return user.isEmpty() ? time : QStringLiteral("%1, %2").arg(user, time);
}
} // namespace

ExchangeImportDialog::ExchangeImportDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setWindowTitle(tr("Import an exchange file"));
    setObjectName(QStringLiteral("exchangeImportDialog"));
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("exchangeFile"));
    auto *browse = new QPushButton(tr("C&hoose…"), this);
    browse->setAutoDefault(false);
    connect(browse, &QPushButton::clicked, this, &ExchangeImportDialog::chooseFile);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("exchangePassphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setToolTip(tr("The passphrase the district sealed the file with."));

    auto *form = new QFormLayout;
    form->addRow(tr("&File:"), fileRow);
    form->addRow(tr("&Passphrase:"), m_passphrase);

    m_summary = new QLabel(tr("Choose the file and type its passphrase, then Check."), this);
    m_summary->setObjectName(QStringLiteral("exchangeSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_conflicts = new QTableWidget(0, 4, this);
    m_conflicts->setObjectName(QStringLiteral("exchangeConflicts"));
    m_conflicts->setHorizontalHeaderLabels(
        { tr("Record"), tr("Changed here"), tr("Changed in the file"), tr("Keep") });
    m_conflicts->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_conflicts->verticalHeader()->hide();
    m_conflicts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_conflicts->setVisible(false);

    auto *buttons = new QDialogButtonBox(this);
    m_check = buttons->addButton(tr("&Check"), QDialogButtonBox::ActionRole);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setEnabled(false);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setText(tr("Cancel"));
    connect(m_check, &QPushButton::clicked, this, &ExchangeImportDialog::checkFile);
    connect(m_import, &QPushButton::clicked, this, &ExchangeImportDialog::importFile);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    // Changing the file or the passphrase asks for a new check before an import.
    for (QLineEdit *edit : { m_file, m_passphrase })
        connect(edit, &QLineEdit::textEdited, this, [this] {
            m_plan.reset();
            m_import->setEnabled(false);
            m_check->setDefault(true);
        });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_conflicts, 1);
    layout->addWidget(buttons);
    m_check->setDefault(true);
    resize(760, 420);
}

void ExchangeImportDialog::chooseFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Import an exchange file"),
        m_file->text(), tr("Exchange files (*.thuky-exchange);;All files (*)"));
    if (!file.isEmpty()) {
        m_file->setText(file);
        m_plan.reset();
        m_import->setEnabled(false);
        m_passphrase->setFocus();
    }
}

void ExchangeImportDialog::checkFile()
{
    m_plan.reset();
    m_import->setEnabled(false);
    m_conflicts->setRowCount(0);
    m_conflicts->setVisible(false);
    try {
        m_plan = Exchange::plan(m_db, m_file->text().trimmed(), m_passphrase->text());
    } catch (const PermissionError &e) {
        m_summary->setText(tr("Wrong passphrase: %1").arg(e.message()));
        m_passphrase->selectAll();
        m_passphrase->setFocus();
        return;
    } catch (const ValidationError &e) {
        m_summary->setText(tr("The file was refused; nothing was written.\n%1").arg(e.message()));
        return;
    } catch (const DbError &e) {
        m_summary->setText(e.message());
        return;
    }
    const QList<Exchange::Change> conflicts = m_plan->conflicts();
    m_summary->setText(tr("%1 new, %2 updated, %3 unchanged, %4 changed both here and in the "
                          "file since the last exchange. Nothing is written until you import.")
                           .arg(m_plan->added())
                           .arg(m_plan->updated())
                           .arg(m_plan->unchanged())
                           .arg(conflicts.size()));
    m_conflicts->setRowCount(int(conflicts.size()));
    for (int row = 0; row < conflicts.size(); ++row) {
        const Exchange::Change &c = conflicts.at(row);
        auto *title = new QTableWidgetItem(c.title);
        title->setData(Qt::UserRole, Exchange::key(c.table, c.uuid));
        m_conflicts->setItem(row, 0, title);
        m_conflicts->setItem(
            row, 1, new QTableWidgetItem(changedBy(c.localUpdatedBy, c.localUpdatedAt)));
        m_conflicts->setItem(
            row, 2, new QTableWidgetItem(changedBy(c.incomingUpdatedBy, c.incomingUpdatedAt)));
        auto *choice = new QComboBox(m_conflicts);
        choice->addItem(tr("Ours (as it is here)"), int(Exchange::Choice::Local));
        choice->addItem(tr("Theirs (from the file)"), int(Exchange::Choice::Incoming));
        m_conflicts->setCellWidget(row, 3, choice);
    }
    m_conflicts->setVisible(!conflicts.isEmpty());
    m_conflicts->resizeColumnsToContents();
    m_import->setEnabled(true);
    m_import->setDefault(true);
}

void ExchangeImportDialog::importFile()
{
    if (!m_plan)
        return;
    QHash<QString, Exchange::Choice> choices;
    for (int row = 0; row < m_conflicts->rowCount(); ++row) {
        const auto *choice = qobject_cast<QComboBox *>(m_conflicts->cellWidget(row, 3));
        choices.insert(m_conflicts->item(row, 0)->data(Qt::UserRole).toString(),
            Exchange::Choice(choice->currentData().toInt()));
    }
    try {
        m_result = Exchange::apply(m_db, *m_plan, choices);
    } catch (const ValidationError &e) {
        m_summary->setText(tr("The file was refused; nothing was written.\n%1").arg(e.message()));
        m_import->setEnabled(false);
        return;
    } catch (const PermissionError &e) {
        m_summary->setText(e.message());
        m_import->setEnabled(false);
        return;
    }
    accept();
}

} // namespace thuky
