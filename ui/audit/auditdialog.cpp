#include <ui/audit/auditdialog.h>

#include <ui/common/datefield.h>

#include <core/db/database.h>
#include <core/text/output.h>

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace thuky {

namespace {
constexpr int PageSize = 500;

QString localTime(const QString &iso)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm:ss")) : iso;
}
} // namespace

AuditModel::AuditModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
}

void AuditModel::setFilter(const AuditFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    m_entries = AuditRepository(m_db).find(m_filter, PageSize);
    m_more = m_entries.size() == PageSize;
    endResetModel();
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool AuditModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more;
}

void AuditModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_more)
        return;
    const QList<AuditEntry> page
        = AuditRepository(m_db).find(m_filter, PageSize, int(m_entries.size()));
    m_more = page.size() == PageSize;
    if (page.isEmpty())
        return;
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + page.size() - 1));
    m_entries += page;
    endInsertRows();
}

QString AuditModel::entityLabel(const QString &entity)
{
    static const struct
    {
        const char *code;
        const char *label;
    } labels[] = {
        { "opinion", QT_TR_NOOP("Report") },
        { "meeting", QT_TR_NOOP("Meeting") },
        { "task", QT_TR_NOOP("Task") },
        { "person", QT_TR_NOOP("Person") },
        { "membership", QT_TR_NOOP("Committee role") },
        { "committee", QT_TR_NOOP("Committee") },
        { "locality", QT_TR_NOOP("Locality") },
        { "topic", QT_TR_NOOP("Topic") },
        { "agency", QT_TR_NOOP("Agency") },
        { "user", QT_TR_NOOP("User") },
        { "settings", QT_TR_NOOP("Settings") },
        { "database", QT_TR_NOOP("Database") },
    };
    for (const auto &l : labels) {
        if (entity == QLatin1String(l.code))
            return tr(l.label);
    }
    return entity;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == Record)
        return e.entityUuid;
    if (role == Qt::ToolTipRole && (index.column() == Old || index.column() == New))
        return index.column() == Old ? e.oldValue : e.newValue;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case At:
        return localTime(e.at);
    case User:
        return e.user;
    case Action:
        return e.action;
    case Record:
        return e.entityUuid.isEmpty()
            ? entityLabel(e.entity)
            : QStringLiteral("%1 %2").arg(entityLabel(e.entity), e.entityUuid.left(8));
    case Field:
        return e.field;
    case Old:
        return e.oldValue;
    case New:
        return e.newValue;
    case Detail:
        return e.detail;
    }
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case At:
        return tr("Time");
    case User:
        return tr("User");
    case Action:
        return tr("Action");
    case Record:
        return tr("Record");
    case Field:
        return tr("Field");
    case Old:
        return tr("Old value");
    case New:
        return tr("New value");
    case Detail:
        return tr("Note");
    }
    return {};
}

AuditDialog::AuditDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_model(new AuditModel(db, this))
{
    setWindowTitle(tr("Audit log"));
    setObjectName(QStringLiteral("auditDialog"));
    AuditRepository audit(db);

    m_user = new QComboBox(this);
    m_user->setObjectName(QStringLiteral("auditUser"));
    m_user->addItem(tr("All users"), QString());
    for (const QString &name : audit.users())
        m_user->addItem(name, name);
    m_entity = new QComboBox(this);
    m_entity->setObjectName(QStringLiteral("auditEntity"));
    m_entity->addItem(tr("All records"), QString());
    for (const QString &entity : audit.entities())
        m_entity->addItem(AuditModel::entityLabel(entity), entity);
    m_from = new QLineEdit(this);
    m_from->setObjectName(QStringLiteral("auditFrom"));
    m_from->setPlaceholderText(tr("DD/MM/YYYY"));
    DateField::applyTypingRules(m_from);
    m_to = new QLineEdit(this);
    m_to->setObjectName(QStringLiteral("auditTo"));
    m_to->setPlaceholderText(tr("DD/MM/YYYY"));
    DateField::applyTypingRules(m_to);
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("auditText"));
    m_text->setPlaceholderText(tr("Action, field or value"));
    m_text->setClearButtonEnabled(true);
    m_record = new QLabel(this);
    m_record->setVisible(false);

    auto *filters = new QHBoxLayout;
    auto addFilter = [&](const QString &label, QWidget *field) {
        auto *l = new QLabel(label, this);
        l->setBuddy(field);
        filters->addWidget(l);
        filters->addWidget(field);
    };
    addFilter(tr("&User:"), m_user);
    addFilter(tr("&Records:"), m_entity);
    addFilter(tr("&From:"), m_from);
    addFilter(tr("&To:"), m_to);
    addFilter(tr("&Find:"), m_text);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    QPushButton *exportButton
        = buttons->addButton(tr("&Export CSV…"), QDialogButtonBox::ActionRole);
    connect(exportButton, &QPushButton::clicked, this, &AuditDialog::exportToFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_record);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);

    auto *delay = new QTimer(this);
    delay->setSingleShot(true);
    delay->setInterval(250);
    connect(delay, &QTimer::timeout, this, &AuditDialog::applyFilter);
    connect(m_text, &QLineEdit::textChanged, delay, qOverload<>(&QTimer::start));
    connect(m_user, &QComboBox::currentIndexChanged, this, &AuditDialog::applyFilter);
    connect(m_entity, &QComboBox::currentIndexChanged, this, &AuditDialog::applyFilter);
    connect(m_from, &QLineEdit::editingFinished, this, &AuditDialog::applyFilter);
    connect(m_to, &QLineEdit::editingFinished, this, &AuditDialog::applyFilter);
    applyFilter();
    m_table->resizeColumnsToContents();
    resize(1100, 560);
}

void AuditDialog::showRecord(const QString &uuid)
{
    m_uuid = uuid;
    m_record->setText(tr("The history of one record (%1).").arg(uuid));
    m_record->setVisible(!uuid.isEmpty());
    applyFilter();
}

void AuditDialog::applyFilter()
{
    AuditFilter filter;
    filter.user = m_user->currentData().toString();
    filter.entity = m_entity->currentData().toString();
    filter.since = DateField::parseTyped(m_from->text());
    filter.until = DateField::parseTyped(m_to->text());
    filter.text = m_text->text().trimmed();
    filter.uuid = m_uuid;
    m_model->setFilter(filter);
}

bool AuditDialog::exportCsv(const QString &path)
{
    OutputTable table(AuditRepository::csvColumns());
    AuditRepository(m_db).forEach(
        m_model->filter(), [&](const AuditEntry &e) { table.addRow(AuditRepository::csvRow(e)); });
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(table.toCsv().toUtf8());
    return file.commit();
}

void AuditDialog::exportToFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the audit log"), QStringLiteral("audit.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (!exportCsv(path))
        QMessageBox::warning(this, tr("Audit log"), tr("Could not write %1.").arg(path));
}

} // namespace thuky
