#include <ui/opinions/opinionlookups.h>

#include <core/db/database.h>
#include <core/opinions/taxonomyrepository.h>
#include <core/roster/rosterrepository.h>
#include <core/text/textnorm.h>

#include <QComboBox>
#include <QHash>
#include <QStandardItemModel>

#include <algorithm>
#include <functional>

namespace thuky::OpinionLookups {

namespace {
void markAmbiguous(QList<OpinionChoice> &list, const QHash<qint64, QString> &parentName,
    const QHash<qint64, qint64> &parentOf)
{
    QHash<QString, int> uses;
    for (const OpinionChoice &c : std::as_const(list))
        ++uses[TextNorm::fold(c.name)];
    for (OpinionChoice &c : list) {
        c.display = c.name;
        const QString parent = parentName.value(parentOf.value(c.id));
        if (uses.value(TextNorm::fold(c.name)) > 1 && !parent.isEmpty())
            c.display = QStringLiteral("%1 (%2)").arg(c.name, parent);
    }
}
} // namespace

QList<OpinionChoice> localities(Database &db)
{
    QList<Locality> all = RosterRepository(db).localities();
    std::sort(all.begin(), all.end(),
        [](const Locality &a, const Locality &b) { return TextNorm::compare(a.name, b.name) < 0; });
    QHash<qint64, QList<Locality>> children;
    QHash<qint64, QString> names;
    QHash<qint64, qint64> parentOf;
    for (const Locality &l : std::as_const(all)) {
        children[l.parentId].append(l);
        names.insert(l.id, l.name);
        parentOf.insert(l.id, l.parentId);
    }
    QList<OpinionChoice> out;
    std::function<void(qint64, int)> walk = [&](qint64 parent, int depth) {
        for (const Locality &l : children.value(parent)) {
            out.append({ l.id, l.name, l.name, depth });
            walk(l.id, depth + 1);
        }
    };
    walk(0, 0);
    // Localities whose parent is missing (should not happen) still appear.
    if (out.size() < all.size()) {
        for (const Locality &l : std::as_const(all)) {
            if (std::none_of(
                    out.cbegin(), out.cend(), [&](const OpinionChoice &c) { return c.id == l.id; }))
                out.append({ l.id, l.name, l.name, 0 });
        }
    }
    markAmbiguous(out, names, parentOf);
    return out;
}

QList<OpinionChoice> topics(Database &db)
{
    QList<OpinionChoice> out;
    QHash<qint64, QString> names;
    QHash<qint64, qint64> parentOf;
    for (const Topic &t : TaxonomyRepository(db).topics()) {
        out.append({ t.id, t.name, t.name, t.parentId > 0 ? 1 : 0 });
        names.insert(t.id, t.name);
        parentOf.insert(t.id, t.parentId);
    }
    markAmbiguous(out, names, parentOf);
    return out;
}

QList<OpinionChoice> persons(Database &db)
{
    QList<OpinionChoice> out;
    for (const Person &p : RosterRepository(db).persons())
        out.append({ p.id, p.fullName, p.fullName, 0 });
    return out;
}

QList<OpinionChoice> agencies(Database &db)
{
    QList<OpinionChoice> out;
    for (const Agency &a : TaxonomyRepository(db).agencies())
        out.append({ a.id, a.name, a.name, 0 });
    std::sort(out.begin(), out.end(), [](const OpinionChoice &a, const OpinionChoice &b) {
        return TextNorm::compare(a.name, b.name) < 0;
    });
    return out;
}

qint64 resolve(const QList<OpinionChoice> &choices, const QString &text)
{
    const QString key = TaxonomyRepository::nameKey(text);
    if (key.isEmpty())
        return 0;
    for (const OpinionChoice &c : choices) {
        if (TaxonomyRepository::nameKey(c.display) == key)
            return c.id;
    }
    for (const OpinionChoice &c : choices) {
        if (TaxonomyRepository::nameKey(c.name) == key)
            return c.id;
    }
    const QString folded = TextNorm::fold(TextNorm::clean(text));
    qint64 found = 0;
    for (const OpinionChoice &c : choices) {
        if (TextNorm::fold(c.display) == folded || TextNorm::fold(c.name) == folded) {
            if (found != 0 && found != c.id)
                return 0; // ambiguous without its diacritics
            found = c.id;
        }
    }
    return found;
}

qint64 resolveLoosely(const QList<OpinionChoice> &choices, const QString &text)
{
    if (const qint64 id = resolve(choices, text))
        return id;
    const QString folded = TextNorm::fold(TextNorm::clean(text));
    if (folded.isEmpty())
        return 0;
    qint64 found = 0;
    for (const OpinionChoice &c : choices) {
        if (TextNorm::fold(c.display).contains(folded)) {
            if (found != 0)
                return 0;
            found = c.id;
        }
    }
    return found;
}

QString displayOf(const QList<OpinionChoice> &choices, qint64 id)
{
    for (const OpinionChoice &c : choices) {
        if (c.id == id)
            return c.display;
    }
    return {};
}

void fillCombo(QComboBox *combo, const QList<OpinionChoice> &choices, const QString &allText)
{
    combo->clear();
    combo->addItem(allText, qint64(0));
    for (const OpinionChoice &c : choices)
        combo->addItem(QString(c.depth * 3, QLatin1Char(' ')) + c.display, c.id);
}

} // namespace thuky::OpinionLookups

namespace thuky {

FoldingCompleter::FoldingCompleter(const QList<OpinionChoice> &choices, QObject *parent)
    : QCompleter(parent)
{
    setCaseSensitivity(Qt::CaseInsensitive);
    setFilterMode(Qt::MatchContains);
    setCompletionRole(FoldedRole);
    setModelSorting(QCompleter::UnsortedModel);
    setMaxVisibleItems(12);
    setChoices(choices);
}

void FoldingCompleter::setChoices(const QList<OpinionChoice> &choices)
{
    auto *model = new QStandardItemModel(this);
    for (const OpinionChoice &c : choices) {
        auto *item = new QStandardItem(c.display);
        item->setData(TextNorm::fold(c.display), FoldedRole);
        item->setData(c.id, Qt::UserRole);
        model->appendRow(item);
    }
    QAbstractItemModel *old = this->model();
    setModel(model);
    if (old && old->parent() == this)
        old->deleteLater();
}

QString FoldingCompleter::pathFromIndex(const QModelIndex &index) const
{
    return index.data(Qt::DisplayRole).toString();
}

QStringList FoldingCompleter::splitPath(const QString &path) const
{
    return { TextNorm::fold(path) };
}

} // namespace thuky
