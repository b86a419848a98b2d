#include <ui/roster/rosterimportdialog.h>

#include <ui/common/focusorder.h>
#include <ui/roster/rosterimportcommand.h>

#include <core/db/database.h>
#include <core/roster/rosterrepository.h>
#include <core/text/vndate.h>

#include <QAbstractTableModel>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace thuky {

/** The analysed rows: line, person, role, committee, from, to, decision, note. */
class RosterImportDialog::RowModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;
    void setRows(const QList<RosterImportRow> &rows, const QList<ImportProblem> &problems)
    {
        beginResetModel();
        m_rows = rows;
        m_problems.clear();
        for (const ImportProblem &p : problems)
            m_problems[p.line].append(p.message);
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
        const RosterImportRow &row = m_rows.at(index.row());
        if (role == Qt::DisplayRole)
            return text(row, index.column());
        if (role == Qt::ForegroundRole && !row.valid)
            return QColor(0xc6, 0x28, 0x28);
        if (role == Qt::ToolTipRole && m_problems.contains(row.line))
            return m_problems.value(row.line).join(QLatin1Char('\n'));
        return {};
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return QAbstractTableModel::headerData(section, orientation, role);
        switch (section) {
        case 0:
            return RosterImportDialog::tr("Line");
        case 1:
            return RosterImportDialog::tr("Person");
        case 2:
            return RosterImportDialog::tr("Role");
        case 3:
            return RosterImportDialog::tr("Committee");
        case 4:
            return RosterImportDialog::tr("From");
        case 5:
            return RosterImportDialog::tr("To");
        case 6:
            return RosterImportDialog::tr("Decision");
        case 7:
            return RosterImportDialog::tr("Note");
        }
        return {};
    }

private:
    static QVariant text(const RosterImportRow &row, int column)
    {
        const Membership &m = row.membership;
        switch (column) {
        case 0:
            return row.line;
        case 1:
            return row.person.honorific.isEmpty()
                ? row.person.fullName
                : QStringLiteral("%1 %2").arg(row.person.honorific, row.person.fullName);
        case 2:
            return row.valid ? Roles::label(m.role) : QString();
        case 3:
            return row.committeeName;
        case 4:
            return VnDate::display(m.start);
        case 5:
            return VnDate::display(m.end);
        case 6:
            return m.decision;
        case 7:
            if (!row.valid)
                return RosterImportDialog::tr("error");
            return row.person.id > 0 ? RosterImportDialog::tr("on the roster")
                                     : RosterImportDialog::tr("new person");
        }
        return {};
    }

    QList<RosterImportRow> m_rows;
    QHash<int, QStringList> m_problems; ///< the messages of each line, as tool tips
};

RosterImportDialog::RosterImportDialog(
    Database &db, qint64 committeeId, QWidget *parent, QUndoStack *undo, CommandFeedback *feedback)
    : QDialog(parent)
    , m_db(db)
    , m_undo(undo)
    , m_feedback(feedback)
{
    setObjectName(QStringLiteral("rosterImportDialog"));
    setWindowTitle(tr("Import roster"));
    QWidget *fileRow = createFileRow();
    m_committee = new QComboBox(this);
    m_committee->setObjectName(QStringLiteral("importCommittee"));
    m_committee->addItem(tr("None: every row names its committee"), QString());
    for (const Committee &c : RosterRepository(db).committees())
        m_committee->addItem(
            QString(c.depth * 3, QLatin1Char(' ')) + c.name, QString::number(c.id));
    m_committee->setCurrentIndex(std::max(0, m_committee->findData(QString::number(committeeId))));
    auto *committeeLabel = new QLabel(tr("&Committee of rows without one:"), this);
    committeeLabel->setBuddy(m_committee);
    auto *committeeRow = new QHBoxLayout;
    committeeRow->addWidget(committeeLabel);
    committeeRow->addWidget(m_committee, 1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    QWidget *lists = createLists();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RosterImportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RosterImportDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(fileRow);
    layout->addLayout(committeeRow);
    layout->addWidget(m_summary);
    layout->addWidget(lists, 1);
    layout->addWidget(m_buttons);
    resize(980, 640);
    connect(m_committee, &QComboBox::currentIndexChanged, this, &RosterImportDialog::analyse);
    analyse();
}

RosterImportDialog::~RosterImportDialog() = default;

QWidget *RosterImportDialog::createFileRow()
{
    auto *row = new QWidget(this);
    m_pathEdit = new QLineEdit(row);
    m_pathEdit->setObjectName(QStringLiteral("importPath"));
    m_pathEdit->setReadOnly(true);
    m_pathEdit->setPlaceholderText(tr("Choose the roster sheet (CSV, UTF-8)"));
    auto *label = new QLabel(tr("&File:"), row);
    label->setBuddy(m_pathEdit);
    auto *choose = new QPushButton(tr("C&hoose…"), row);
    connect(choose, &QPushButton::clicked, this, &RosterImportDialog::choose);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_pathEdit, 1);
    layout->addWidget(choose);
    return row;
}

QWidget *RosterImportDialog::createLists()
{
    m_problems = new QListWidget(this);
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->setWordWrap(true);
    m_rows = new QTableView(this);
    m_rows->setObjectName(QStringLiteral("importRows"));
    m_model = new RowModel(this);
    m_rows->setModel(m_model);
    m_rows->verticalHeader()->hide();
    m_rows->setWordWrap(false);
    m_rows->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rows->setTabKeyNavigation(false); // a preview: Tab goes on to the buttons
    m_rows->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_rows->horizontalHeader()->setStretchLastSection(true);
    const int widths[] = { 50, 170, 140, 180, 85, 85, 140 };
    for (int c = 0; c < int(std::size(widths)); ++c)
        m_rows->horizontalHeader()->resizeSection(c, widths[c]);
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
    return splitter;
}

bool RosterImportDialog::run(
    Database &db, qint64 committeeId, QWidget *parent, QUndoStack *undo, CommandFeedback *feedback)
{
    const QString path = QFileDialog::getOpenFileName(
        parent, tr("Import roster"), QString(), tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return false;
    RosterImportDialog dialog(db, committeeId, parent, undo, feedback);
    dialog.setPath(path);
    return dialog.exec() == QDialog::Accepted;
}

void RosterImportDialog::choose()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import roster"),
        QFileInfo(m_path).absolutePath(), tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setPath(path);
}

void RosterImportDialog::setPath(const QString &path)
{
    m_path = path;
    m_pathEdit->setText(QDir::toNativeSeparators(path));
    setWindowTitle(tr("Import roster — %1").arg(QFileInfo(path).fileName()));
    QFile file(path);
    m_readFailed = !file.open(QIODevice::ReadOnly);
    m_data = m_readFailed ? QByteArray() : file.readAll();
    analyse();
}

bool RosterImportDialog::canImport() const
{
    return m_import && !m_readFailed && !m_path.isEmpty() && !m_import->hasErrors()
        && m_import->summary().memberships > 0;
}

void RosterImportDialog::analyse()
{
    m_problems->clear();
    m_model->setRows({}, {});
    m_import.reset();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    if (m_path.isEmpty() || m_readFailed) {
        m_summary->setText(
            m_path.isEmpty() ? tr("Choose the file to import.") : tr("The file cannot be read."));
        return;
    }
    RosterImport::Options options;
    options.committee = m_committee->currentData().toString();
    options.forDialog = true;
    auto import = std::make_shared<RosterImport>(m_db, options);
    try {
        import->analyse(m_data);
    } catch (const DbError &e) {
        m_summary->setText(e.message());
        return;
    }
    m_import = import;
    int errors = 0;
    int warnings = 0;
    for (const ImportProblem &p : m_import->problems()) {
        auto *item
            = new QListWidgetItem(p.warning ? tr("Line %1 (warning): %2").arg(p.line).arg(p.message)
                                            : tr("Line %1: %2").arg(p.line).arg(p.message),
                m_problems);
        item->setForeground(p.warning ? QColor(0x9a, 0x5b, 0x00) : QColor(0xc6, 0x28, 0x28));
        ++(p.warning ? warnings : errors);
    }
    m_model->setRows(m_import->rows(), m_import->problems());
    const RosterImport::Summary s = m_import->summary();
    QStringList parts;
    parts << tr("%Ln data row(s)", nullptr, s.rows);
    parts << tr("%Ln error(s)", nullptr, errors);
    if (warnings > 0)
        parts << tr("%Ln warning(s)", nullptr, warnings);
    if (errors == 0) {
        parts << tr("%Ln membership(s) will be imported", nullptr, s.memberships);
        parts << tr("%Ln new person(s)", nullptr, s.newPersons);
        parts << tr("%Ln person(s) already on the roster", nullptr, s.reusedPersons);
    }
    m_summary->setText(parts.join(QStringLiteral("; ")) + QLatin1Char('.'));
    if (m_problems->count() == 0)
        new QListWidgetItem(tr("No problem found."), m_problems);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(canImport());
}

void RosterImportDialog::accept()
{
    if (!canImport())
        return;
    try {
        auto *command = new ImportRoster(m_db, m_import, &m_result);
        command->setFeedback(m_feedback);
        DatabaseCommand::execute(m_undo, command);
    } catch (const ValidationError &e) {
        QMessageBox::warning(this, tr("Import roster"), e.message());
        return;
    } catch (const DbError &e) {
        QMessageBox::warning(
            this, tr("Import roster"), tr("Nothing was imported: %1").arg(e.message()));
        return;
    }
    QDialog::accept();
}

bool RosterImportDialog::focusNextPrevChild(bool next)
{
    return FocusOrder::focusNext(this, next) || QDialog::focusNextPrevChild(next);
}

} // namespace thuky
