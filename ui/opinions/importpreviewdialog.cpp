#include <ui/opinions/importpreviewdialog.h>

#include <ui/common/focusorder.h>
#include <ui/opinions/importreports.h>

#include <core/db/database.h>
#include <core/text/vndate.h>

#include <QAbstractTableModel>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace thuky {

/** The analysed rows: line, date, locality, topic, channel, sentiment, summary, note. */
class ImportPreviewDialog::RowModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;
    void setRows(const QList<ImportRow> &rows)
    {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : 8;
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid())
            return {};
        const ImportRow &row = m_rows.at(index.row());
        const OpinionReport &r = row.report;
        if (role == Qt::DisplayRole) {
            switch (index.column()) {
            case 0:
                return row.line;
            case 1:
                return VnDate::display(r.observedOn);
            case 2:
                return r.localityId > 0 ? r.localityName
                                        : ImportPreviewDialog::tr("%1 (new)").arg(r.localityName);
            case 3:
                return r.topicId > 0 ? r.topicName
                                     : ImportPreviewDialog::tr("%1 (new)").arg(r.topicName);
            case 4:
                return OpinionCodes::label(OpinionCodes::Field::Channel, r.channel);
            case 5:
                return OpinionCodes::label(OpinionCodes::Field::Sentiment, r.sentiment);
            case 6:
                return r.summary.simplified();
            case 7:
                return row.duplicate ? ImportPreviewDialog::tr("duplicate") : QString();
            }
        } else if (role == Qt::ToolTipRole && index.column() == 6) {
            return r.summary;
        } else if (role == Qt::ForegroundRole && row.duplicate) {
            return QColor(0x8a, 0x8a, 0x8a);
        }
        return {};
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return QAbstractTableModel::headerData(section, orientation, role);
        switch (section) {
        case 0:
            return ImportPreviewDialog::tr("Line");
        case 1:
            return ImportPreviewDialog::tr("Date");
        case 2:
            return ImportPreviewDialog::tr("Locality");
        case 3:
            return ImportPreviewDialog::tr("Topic");
        case 4:
            return ImportPreviewDialog::tr("Channel");
        case 5:
            return ImportPreviewDialog::tr("Sentiment");
        case 6:
            return ImportPreviewDialog::tr("Summary");
        case 7:
            return ImportPreviewDialog::tr("Note");
        }
        return {};
    }

private:
    QList<ImportRow> m_rows;
};

ImportPreviewDialog::ImportPreviewDialog(
    Database &db, const QString &path, QWidget *parent, QUndoStack *undo, CommandFeedback *feedback)
    : QDialog(parent)
    , m_db(db)
    , m_path(path)
    , m_undo(undo)
    , m_feedback(feedback)
{
    setObjectName(QStringLiteral("importPreviewDialog"));
    setWindowTitle(tr("Import opinion reports — %1").arg(QFileInfo(path).fileName()));
    m_createMissing = new QCheckBox(
        tr("&Create localities, topics and reporters the database does not know yet"), this);
    m_createMissing->setObjectName(QStringLiteral("createMissing"));
    m_skipDuplicates = new QCheckBox(tr("&Skip rows equal to a report already in the database "
                                        "(same date, locality, topic and summary)"),
        this);
    m_skipDuplicates->setObjectName(QStringLiteral("skipDuplicates"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_problems = new QListWidget(this);
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_rows = new QTableView(this);
    m_rows->setObjectName(QStringLiteral("importRows"));
    m_model = new RowModel(this);
    m_rows->setModel(m_model);
    m_rows->verticalHeader()->hide();
    m_rows->setWordWrap(false);
    m_rows->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rows->setTabKeyNavigation(false); // a preview: Tab goes on to the buttons
    m_rows->horizontalHeader()->setStretchLastSection(false);
    m_rows->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_rows->horizontalHeader()->resizeSection(0, 60);
    m_rows->horizontalHeader()->resizeSection(1, 95);
    m_rows->horizontalHeader()->resizeSection(2, 150);
    m_rows->horizontalHeader()->resizeSection(3, 170);
    m_rows->horizontalHeader()->resizeSection(6, 420);
    auto *problemsLabel
        = new QLabel(tr("&Problems (nothing is written while there is an error):"), this);
    problemsLabel->setBuddy(m_problems);
    auto *rowsLabel = new QLabel(tr("&Rows:"), this);
    rowsLabel->setBuddy(m_rows);

    auto *problemsBox = new QWidget(this);
    auto *pl = new QVBoxLayout(problemsBox);
    pl->setContentsMargins(0, 0, 0, 0);
    pl->addWidget(problemsLabel);
    pl->addWidget(m_problems);
    auto *rowsBox = new QWidget(this);
    auto *rl = new QVBoxLayout(rowsBox);
    rl->setContentsMargins(0, 0, 0, 0);
    rl->addWidget(rowsLabel);
    rl->addWidget(m_rows);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(problemsBox);
    splitter->addWidget(rowsBox);
    splitter->setSizes({ 150, 350 });

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImportPreviewDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportPreviewDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_createMissing);
    layout->addWidget(m_skipDuplicates);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_buttons);
    resize(980, 640);

    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        m_data = file.readAll();
    } else {
        m_readFailed = true;
    }
    connect(m_createMissing, &QCheckBox::toggled, this, &ImportPreviewDialog::analyse);
    connect(m_skipDuplicates, &QCheckBox::toggled, this, &ImportPreviewDialog::analyse);
    analyse();
}

ImportPreviewDialog::~ImportPreviewDialog() = default;

bool ImportPreviewDialog::canImport() const
{
    return m_import && !m_readFailed && !m_import->hasErrors() && m_import->summary().rows > 0;
}

void ImportPreviewDialog::analyse()
{
    m_problems->clear();
    if (m_readFailed) {
        m_summary->setText(tr("The file cannot be read."));
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    OpinionImport::Options options;
    options.createMissing = m_createMissing->isChecked();
    options.skipDuplicates = m_skipDuplicates->isChecked();
    options.forDialog = true;
    m_import = std::make_shared<OpinionImport>(m_db, options);
    try {
        m_import->analyse(m_data);
    } catch (const DbError &e) {
        QApplication::restoreOverrideCursor();
        m_summary->setText(e.message());
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        return;
    }
    int errors = 0;
    int warnings = 0;
    for (const ImportProblem &p : m_import->problems()) {
        auto *item = new QListWidgetItem(problemText(p), m_problems);
        item->setForeground(p.warning ? QColor(0x9a, 0x5b, 0x00) : QColor(0xc6, 0x28, 0x28));
        ++(p.warning ? warnings : errors);
    }
    m_model->setRows(m_import->rows());
    m_summary->setText(summaryText(m_import->summary(), errors, warnings));
    if (m_problems->count() == 0)
        new QListWidgetItem(tr("No problem found."), m_problems);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(canImport());
    QApplication::restoreOverrideCursor();
}

QString ImportPreviewDialog::problemText(const ImportProblem &p) const
{
    QString message = p.message;
    if (p.remedy == ImportProblem::Remedy::CreateMissing) {
        QString box = m_createMissing->text();
        box.remove(QLatin1Char('&')); // the mnemonic marker
        message = tr("%1, or tick “%2” to add it").arg(message, box);
    }
    return p.warning ? tr("Line %1 (warning): %2").arg(p.line).arg(message)
                     : tr("Line %1: %2").arg(p.line).arg(message);
}

QString ImportPreviewDialog::summaryText(
    const OpinionImport::Summary &s, int errors, int warnings) const
{
    // Counts in the language's digits grouping (%Ln): 2.003 in Vietnamese, 2,003 in English.
    QStringList parts;
    parts << tr("%Ln data row(s)", nullptr, s.rows);
    parts << tr("%Ln error(s)", nullptr, errors);
    if (warnings > 0)
        parts << tr("%Ln warning(s)", nullptr, warnings);
    if (errors == 0) {
        parts << tr("%Ln report(s) will be imported", nullptr, s.imported);
        if (s.duplicates > 0)
            parts << tr("%Ln duplicate(s) skipped", nullptr, s.duplicates);
        if (!s.newLocalities.isEmpty())
            parts << tr("new localities: %1").arg(s.newLocalities.join(QStringLiteral(", ")));
        if (!s.newTopics.isEmpty())
            parts << tr("new topics: %1").arg(s.newTopics.join(QStringLiteral(", ")));
        if (!s.newReporters.isEmpty())
            parts << tr("new reporters: %1").arg(s.newReporters.join(QStringLiteral(", ")));
        if (!s.newAgencies.isEmpty())
            parts << tr("new agencies: %1").arg(s.newAgencies.join(QStringLiteral(", ")));
    }
    return parts.join(QStringLiteral("; ")) + QLatin1Char('.');
}

void ImportPreviewDialog::accept()
{
    if (!canImport())
        return;
    // A bar over every phase of the write (a large import builds its indexes after the rows);
    // Cancel stops it at the next step and the transaction leaves the database as it was.
    QProgressDialog progress(tr("Importing reports…"), tr("Cancel"), 0, 1000, this);
    progress.setWindowTitle(tr("Import"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(m_progressDelay);
    const std::shared_ptr<OpinionImport> import = m_import;
    try {
        auto *command = new ImportReports(m_db, m_import, &m_result, [&progress, import](int, int) {
            switch (import->phase()) {
            case OpinionImport::Phase::Rows:
                progress.setLabelText(tr("Importing reports…"));
                break;
            case OpinionImport::Phase::Indexes:
                progress.setLabelText(tr("Building the indexes…"));
                break;
            case OpinionImport::Phase::SearchIndex:
                progress.setLabelText(tr("Building the search index…"));
                break;
            case OpinionImport::Phase::Saving:
                progress.setLabelText(tr("Saving…"));
                break;
            }
            progress.setValue(std::min(import->permille(), 999)); // 1000 would close it
            if (progress.wasCanceled())
                import->cancel();
        });
        command->setFeedback(m_feedback);
        DatabaseCommand::execute(m_undo, command);
    } catch (const ImportCancelled &e) {
        progress.reset();
        QMessageBox::information(this, tr("Import"), e.message());
        return;
    } catch (const ValidationError &e) {
        progress.reset();
        QMessageBox::warning(this, tr("Import"), e.message());
        return;
    } catch (const DbError &e) {
        progress.reset();
        QMessageBox::warning(this, tr("Import"), tr("Nothing was imported: %1").arg(e.message()));
        return;
    }
    progress.setValue(progress.maximum());
    QDialog::accept();
}

bool ImportPreviewDialog::focusNextPrevChild(bool next)
{
    return FocusOrder::focusNext(this, next) || QDialog::focusNextPrevChild(next);
}

} // namespace thuky
