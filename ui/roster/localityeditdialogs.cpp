#include <ui/roster/localityeditdialogs.h>

#include <core/roster/organisation.h>
#include <core/text/vndate.h>

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSet>

namespace thuky {

namespace {
/** Fills @p box with @p units (tree order) indented by depth, keeping the chosen id. */
void fillUnits(QComboBox *box, const QList<Locality> &units)
{
    const qint64 chosen = box->currentData().toLongLong();
    const QSignalBlocker block(box);
    box->clear();
    QHash<qint64, int> depth;
    for (const Locality &l : units) {
        const int d = depth.contains(l.parentId) ? depth.value(l.parentId) + 1 : 0;
        depth.insert(l.id, d);
        box->addItem(QString(d * 3, QLatin1Char(' ')) + l.name, l.id);
    }
    box->setCurrentIndex(qMax(0, box->findData(chosen)));
}

Locality unitAt(const QList<Locality> &units, const QComboBox *box)
{
    const int i = box->currentIndex();
    return i >= 0 && i < units.size() ? units.at(i) : Locality();
}
} // namespace

AddLocalityDialog::AddLocalityDialog(const Locality &parentUnit, const QDate &from, QWidget *parent)
    : EditDialog(parent)
{
    setWindowTitle(
        parentUnit.id > 0 ? tr("Add a unit under %1").arg(parentUnit.name) : tr("Add a province"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("e.g. xã Mỹ Hòa Hưng"));
    m_from = makeDateEdit(from);
    m_from->setObjectName(QStringLiteral("from"));
    if (parentUnit.id > 0)
        addField(QString(), tr("Under:"), new QLabel(parentUnit.name, this));
    addField(QStringLiteral("name"), tr("&Name:"), m_name);
    addField(QStringLiteral("from"), tr("&From:"), m_from);
    aliasField(QStringLiteral("valid_from"), QStringLiteral("from"));
    aliasField(QStringLiteral("parent"), QStringLiteral("from"));
    setMinimumWidth(460);
    m_name->setFocus();
}

QString AddLocalityDialog::name() const
{
    return m_name->text().trimmed();
}

QDate AddLocalityDialog::from() const
{
    return m_from->date();
}

bool AddLocalityDialog::checkInput()
{
    if (name().isEmpty()) {
        showError(QStringLiteral("name"), tr("Give the unit's name."));
        return false;
    }
    return true;
}

// ---------------------------------------------------------------------------------------

MergeLocalitiesDialog::MergeLocalitiesDialog(
    Database &db, const QList<Locality> &sources, const QDate &on, QWidget *parent)
    : EditDialog(parent)
    , m_db(db)
    , m_sources(sources)
{
    setWindowTitle(tr("Merge localities"));
    QStringList names;
    for (const Locality &l : sources)
        names.append(l.name);
    auto *which = new QLabel(names.join(QStringLiteral(", ")), this);
    which->setWordWrap(true);
    m_on = makeDateEdit(on);
    m_on->setObjectName(QStringLiteral("on"));
    m_existing = new QRadioButton(tr("Into an &existing unit:"), this);
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("target"));
    m_new = new QRadioButton(tr("Into a ne&w unit named:"), this);
    m_newName = new QLineEdit(this);
    m_newName->setObjectName(QStringLiteral("newName"));
    m_newName->setPlaceholderText(tr("e.g. xã Mỹ Hòa Hưng"));
    auto *note = new QLabel(tr("The units end the day before. Their reports, meetings and "
                               "committees keep the unit they were made under, and count under "
                               "the merged unit when charts roll up."),
        this);
    note->setWordWrap(true);

    addField(QString(), tr("Merge:"), which);
    addField(QStringLiteral("on"), tr("&First day of the merged unit:"), m_on);
    m_form->addRow(QString(), m_existing);
    addField(QStringLiteral("target"), QString(), m_target);
    m_form->addRow(QString(), m_new);
    addField(QStringLiteral("name"), QString(), m_newName);
    m_form->addRow(note);
    aliasField(QStringLiteral("date"), QStringLiteral("on"));
    aliasField(QStringLiteral("into"), QStringLiteral("target"));
    setMinimumWidth(560);

    fillTargets();
    m_existing->setChecked(m_target->count() > 0);
    m_new->setChecked(m_target->count() == 0);
    updateEnabled();
    connect(m_on, &QDateEdit::dateChanged, this, [this] { fillTargets(); });
    connect(m_existing, &QRadioButton::toggled, this, [this] { updateEnabled(); });
    m_on->setFocus();
}

void MergeLocalitiesDialog::fillTargets()
{
    QSet<qint64> sources;
    for (const Locality &l : std::as_const(m_sources))
        sources.insert(l.id);
    m_targets.clear();
    for (const Locality &l : Organisation(m_db).localities(on())) {
        if (!sources.contains(l.id))
            m_targets.append(l);
    }
    const bool first = m_target->count() == 0;
    fillUnits(m_target, m_targets);
    if (first && !m_sources.isEmpty()) {
        // A unit like the first source (a commune beside it, say) rather than the province.
        const Locality &like = m_sources.first();
        int best = -1;
        for (int i = 0; i < m_targets.size() && best < 0; ++i) {
            if (m_targets.at(i).level == like.level && m_targets.at(i).parentId == like.parentId)
                best = i;
        }
        for (int i = 0; i < m_targets.size() && best < 0; ++i) {
            if (m_targets.at(i).level == like.level)
                best = i;
        }
        m_target->setCurrentIndex(qMax(0, best));
    }
}

void MergeLocalitiesDialog::updateEnabled()
{
    m_target->setEnabled(m_existing->isChecked());
    m_newName->setEnabled(m_new->isChecked());
}

QDate MergeLocalitiesDialog::on() const
{
    return m_on->date();
}

bool MergeLocalitiesDialog::createsNew() const
{
    return m_new->isChecked();
}

QString MergeLocalitiesDialog::newName() const
{
    return m_newName->text().trimmed();
}

Locality MergeLocalitiesDialog::target() const
{
    return createsNew() ? Locality() : unitAt(m_targets, m_target);
}

bool MergeLocalitiesDialog::checkInput()
{
    if (createsNew() && newName().isEmpty()) {
        showError(QStringLiteral("name"), tr("Give the name of the new unit."));
        return false;
    }
    if (!createsNew() && target().id <= 0) {
        showError(QStringLiteral("target"), tr("Choose the unit to merge into."));
        return false;
    }
    return true;
}

// ---------------------------------------------------------------------------------------

MoveLocalityDialog::MoveLocalityDialog(
    Database &db, const Locality &unit, const QDate &on, QWidget *parent)
    : EditDialog(parent)
    , m_db(db)
    , m_unit(unit)
{
    setWindowTitle(tr("Move %1").arg(unit.name));
    m_on = makeDateEdit(on);
    m_on->setObjectName(QStringLiteral("on"));
    m_parent = new QComboBox(this);
    m_parent->setObjectName(QStringLiteral("parent"));
    auto *note = new QLabel(tr("From that day the unit belongs to its new parent; its reports "
                               "made before keep the old place and roll up to the new one."),
        this);
    note->setWordWrap(true);
    addField(QString(), tr("Unit:"), new QLabel(unit.name, this));
    addField(QStringLiteral("parent"), tr("&Place under:"), m_parent);
    addField(QStringLiteral("on"), tr("&From:"), m_on);
    m_form->addRow(note);
    aliasField(QStringLiteral("date"), QStringLiteral("on"));
    aliasField(QStringLiteral("to"), QStringLiteral("parent"));
    setMinimumWidth(520);
    fillParents();
    connect(m_on, &QDateEdit::dateChanged, this, [this] { fillParents(); });
    m_parent->setFocus();
}

void MoveLocalityDialog::fillParents()
{
    // Neither the unit itself, nor one of its own units, nor where it already is.
    QSet<qint64> excluded { m_unit.id, m_unit.parentId };
    m_parents.clear();
    for (const Locality &l : Organisation(m_db).localities(on())) {
        if (excluded.contains(l.parentId) && l.parentId != m_unit.parentId)
            excluded.insert(l.id);
        if (!excluded.contains(l.id))
            m_parents.append(l);
    }
    fillUnits(m_parent, m_parents);
}

QDate MoveLocalityDialog::on() const
{
    return m_on->date();
}

Locality MoveLocalityDialog::newParent() const
{
    return unitAt(m_parents, m_parent);
}

bool MoveLocalityDialog::checkInput()
{
    if (newParent().id <= 0) {
        showError(QStringLiteral("parent"), tr("Choose the unit to place it under."));
        return false;
    }
    return true;
}

// ---------------------------------------------------------------------------------------

EndLocalityDialog::EndLocalityDialog(const Locality &unit, const QDate &lastDay, QWidget *parent)
    : EditDialog(parent)
{
    setWindowTitle(tr("End %1").arg(unit.name));
    m_last = makeDateEdit(lastDay);
    m_last->setObjectName(QStringLiteral("lastDay"));
    auto *note = new QLabel(tr("For a unit that is not merged into another: it stops on its "
                               "last day, and its reports keep its name. The units under it "
                               "must be merged or moved first."),
        this);
    note->setWordWrap(true);
    addField(QString(), tr("Unit:"), new QLabel(unit.name, this));
    addField(QStringLiteral("on"), tr("&Last day:"), m_last);
    m_form->addRow(note);
    aliasField(QStringLiteral("sources"), QStringLiteral("on"));
    setMinimumWidth(480);
    m_last->setFocus();
}

QDate EndLocalityDialog::lastDay() const
{
    return m_last->date();
}

} // namespace thuky
