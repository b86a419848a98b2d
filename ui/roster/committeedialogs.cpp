#include <ui/roster/committeedialogs.h>

#include <ui/roster/committeetreemodel.h>

#include <core/roster/organisation.h>
#include <core/text/vndate.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace thuky {

namespace {
/** The day the district level was removed (the 2025 reform). */
const QDate reformDay(2025, 7, 1);

QString indented(const QString &name, int depth)
{
    return QString(depth * 3, QLatin1Char(' ')) + name;
}

/** Selects the item with @p id, or the first item. */
void selectId(QComboBox *box, qint64 id)
{
    box->setCurrentIndex(qMax(0, box->findData(id)));
}
} // namespace

AddCommitteeDialog::AddCommitteeDialog(
    Database &db, qint64 parentId, const QDate &from, QWidget *parent)
    : EditDialog(parent)
    , m_db(db)
{
    setWindowTitle(tr("Add a committee"));
    m_parent = new QComboBox(this);
    m_parent->setObjectName(QStringLiteral("parent"));
    m_parent->addItem(tr("(none: a top-level committee)"), qint64(0));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("e.g. Ban Chỉ đạo 35 huyện Châu Phú"));
    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("level"));
    for (const char *level : { "province", "district", "commune", "agency" }) {
        const QString code = QLatin1String(level);
        m_level->addItem(CommitteeTreeModel::levelLabel(code), code);
    }
    m_locality = new QComboBox(this);
    m_locality->setObjectName(QStringLiteral("locality"));
    m_locality->addItem(tr("(none)"), qint64(0));
    m_superior = new QLineEdit(this);
    m_superior->setObjectName(QStringLiteral("superiorBody"));
    m_superior->setPlaceholderText(tr("e.g. Huyện ủy Châu Phú (printed above the name)"));
    m_place = new QLineEdit(this);
    m_place->setObjectName(QStringLiteral("placeName"));
    m_place->setPlaceholderText(tr("e.g. Châu Phú (in the date line of documents)"));
    m_from = makeDateEdit(from);
    m_from->setObjectName(QStringLiteral("from"));

    addField(QStringLiteral("parent"), tr("&Under:"), m_parent);
    addField(QStringLiteral("name"), tr("&Name:"), m_name);
    addField(QStringLiteral("level"), tr("&Level:"), m_level);
    addField(QStringLiteral("locality"), tr("L&ocality:"), m_locality);
    addField(QString(), tr("&Superior body:"), m_superior);
    addField(QString(), tr("&Place:"), m_place);
    addField(QStringLiteral("from"), tr("&From:"), m_from);
    aliasField(QStringLiteral("valid_from"), QStringLiteral("from"));
    aliasField(QStringLiteral("start"), QStringLiteral("from"));
    aliasField(QStringLiteral("parent_id"), QStringLiteral("parent"));
    setMinimumWidth(560);

    fillChoices();
    selectId(m_parent, parentId);
    suggestLevel();
    connect(m_from, &QDateEdit::dateChanged, this, [this] { fillChoices(); });
    connect(m_parent, &QComboBox::currentIndexChanged, this, [this] { suggestLevel(); });
    connect(m_locality, &QComboBox::currentIndexChanged, this, [this] {
        // The place of the date line is usually the locality's name.
        const QString name
            = m_locality->currentIndex() > 0 ? m_locality->currentText().trimmed() : QString();
        if (m_place->text() == m_placeFromLocality)
            m_place->setText(name);
        m_placeFromLocality = name;
    });
    m_name->setFocus();
}

void AddCommitteeDialog::fillChoices()
{
    const qint64 parent = m_parent->currentData().toLongLong();
    const qint64 locality = m_locality->currentData().toLongLong();
    const QSignalBlocker parentBlock(m_parent), localityBlock(m_locality);
    Organisation org(m_db);
    while (m_parent->count() > 1)
        m_parent->removeItem(1);
    for (const Committee &c : org.committees(m_from->date()))
        m_parent->addItem(indented(c.name, c.depth), c.id);
    while (m_locality->count() > 1)
        m_locality->removeItem(1);
    QHash<qint64, int> depth;
    for (const Locality &l : org.localities(m_from->date())) {
        const int d = l.parentId > 0 ? depth.value(l.parentId, -1) + 1 : 0;
        depth.insert(l.id, d);
        m_locality->addItem(indented(l.name, d), l.id);
    }
    selectId(m_parent, parent);
    selectId(m_locality, locality);
}

QString AddCommitteeDialog::suggestedLevel(const QString &parentLevel, const QDate &from)
{
    if (parentLevel.isEmpty())
        return QStringLiteral("province");
    if (parentLevel == QLatin1String("province"))
        return from.isValid() && from < reformDay ? QStringLiteral("district")
                                                  : QStringLiteral("commune");
    return QStringLiteral("commune");
}

void AddCommitteeDialog::suggestLevel()
{
    QString parentLevel;
    if (const qint64 id = m_parent->currentData().toLongLong()) {
        for (const Committee &c : Organisation(m_db).committees(m_from->date())) {
            if (c.id == id)
                parentLevel = c.level;
        }
    }
    m_level->setCurrentIndex(
        qMax(0, m_level->findData(suggestedLevel(parentLevel, m_from->date()))));
}

Committee AddCommitteeDialog::committee() const
{
    Committee c;
    c.name = m_name->text().trimmed();
    c.level = m_level->currentData().toString();
    c.parentId = m_parent->currentData().toLongLong();
    c.localityId = m_locality->currentData().toLongLong();
    c.superiorBody = m_superior->text().trimmed();
    c.placeName = m_place->text().trimmed();
    c.validFrom = m_from->date();
    return c;
}

bool AddCommitteeDialog::checkInput()
{
    if (m_name->text().trimmed().isEmpty()) {
        showError(QStringLiteral("name"), tr("Give the committee's name."));
        return false;
    }
    return true;
}

// ---------------------------------------------------------------------------------------

NameDialog::NameDialog(
    const QString &title, const QString &label, const QString &name, QWidget *parent)
    : EditDialog(parent)
{
    setWindowTitle(title);
    m_name = new QLineEdit(name, this);
    m_name->setObjectName(QStringLiteral("name"));
    addField(QStringLiteral("name"), label, m_name);
    setMinimumWidth(480);
    m_name->selectAll();
    m_name->setFocus();
}

QString NameDialog::name() const
{
    return m_name->text().trimmed();
}

bool NameDialog::checkInput()
{
    if (name().isEmpty()) {
        showError(QStringLiteral("name"), tr("The name cannot be empty."));
        return false;
    }
    return true;
}

// ---------------------------------------------------------------------------------------

DissolveCommitteeDialog::DissolveCommitteeDialog(
    Database &db, const Committee &committee, const QDate &on, QWidget *parent)
    : EditDialog(parent)
    , m_db(db)
    , m_committee(committee)
{
    setWindowTitle(tr("Dissolve a committee"));
    auto *which = new QLabel(committee.name, this);
    m_on = makeDateEdit(on);
    m_on->setObjectName(QStringLiteral("on"));
    m_hasSuccessor
        = new QCheckBox(tr("&Into a successor, which its members join the next day:"), this);
    m_hasSuccessor->setObjectName(QStringLiteral("hasSuccessor"));
    m_successor = new QComboBox(this);
    m_successor->setObjectName(QStringLiteral("successor"));
    auto *note = new QLabel(tr("Its members' roles end on its last day. Its meetings, minutes "
                               "and tasks stay, readable and printable."),
        this);
    note->setWordWrap(true);

    addField(QString(), tr("Committee:"), which);
    addField(QStringLiteral("on"), tr("&Last day:"), m_on);
    m_form->addRow(QString(), m_hasSuccessor);
    addField(QStringLiteral("successor"), QString(), m_successor);
    m_form->addRow(note);
    aliasField(QStringLiteral("date"), QStringLiteral("on"));
    aliasField(QStringLiteral("into"), QStringLiteral("successor"));
    setMinimumWidth(560);

    fillSuccessors();
    m_successor->setEnabled(false);
    connect(m_on, &QDateEdit::dateChanged, this, [this] { fillSuccessors(); });
    connect(m_hasSuccessor, &QCheckBox::toggled, m_successor, &QComboBox::setEnabled);
    m_on->setFocus();
}

void DissolveCommitteeDialog::fillSuccessors()
{
    const qint64 chosen = successor().id;
    m_candidates.clear();
    m_successor->clear();
    for (const Committee &c : Organisation(m_db).committees(on().addDays(1))) {
        if (c.id == m_committee.id)
            continue;
        m_candidates.append(c);
        m_successor->addItem(indented(c.name, c.depth), c.id);
    }
    selectId(m_successor, chosen);
}

QDate DissolveCommitteeDialog::on() const
{
    return m_on->date();
}

Committee DissolveCommitteeDialog::successor() const
{
    const int i = m_successor->currentIndex();
    if (!m_hasSuccessor->isChecked() || i < 0 || i >= m_candidates.size())
        return {};
    return m_candidates.at(i);
}

bool DissolveCommitteeDialog::checkInput()
{
    if (m_hasSuccessor->isChecked() && successor().id <= 0) {
        showError(QStringLiteral("successor"),
            tr("No other committee is in office on %1: dissolve without a successor, or form "
               "the successor first.")
                .arg(VnDate::display(on().addDays(1))));
        return false;
    }
    return true;
}

} // namespace thuky
