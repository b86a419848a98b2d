#pragma once

#include <QCompleter>
#include <QList>
#include <QString>

class QComboBox;

namespace thuky {

class Database;

/** A named entry of a list the report forms choose from (locality, topic, person, agency). */
struct OpinionChoice
{
    qint64 id = 0;
    QString name;
    QString display; ///< the name, with its parent in brackets when the name alone is ambiguous
    int depth = 0; ///< 0 province / top-level topic, 1 district / subtopic, 2 commune
};

/** The lists behind the report forms and filters, in the order people look for them. */
namespace OpinionLookups {

/** Localities in tree order (province, its districts, their communes), siblings in Vietnamese
 * order. */
QList<OpinionChoice> localities(Database &db);
/** Topics: each top-level topic followed by its subtopics. */
QList<OpinionChoice> topics(Database &db);
/** Persons in Vietnamese name order. */
QList<OpinionChoice> persons(Database &db);
/** Agencies in Vietnamese order. */
QList<OpinionChoice> agencies(Database &db);

/**
 * The id of the entry @p text names: its display text or its name, ignoring case,
 * composition form and — when only one entry fits — diacritics ("long xuyen"). 0 if none.
 */
qint64 resolve(const QList<OpinionChoice> &choices, const QString &text);
/**
 * Like resolve(), and failing that the one entry whose name contains @p text ignoring
 * diacritics ("boi thuong" → "Bồi thường, giải phóng mặt bằng"). 0 if none or several.
 */
qint64 resolveLoosely(const QList<OpinionChoice> &choices, const QString &text);
/** The display text of the entry with @p id. */
QString displayOf(const QList<OpinionChoice> &choices, qint64 id);

/** Fills @p combo with @p allText (data 0) then the entries, indented by depth (data id). */
void fillCombo(QComboBox *combo, const QList<OpinionChoice> &choices, const QString &allText);

} // namespace OpinionLookups

/**
 * Completes names ignoring diacritics and case: "dat" offers "Đất đai", and the name as
 * written (with its diacritics) is what goes into the field.
 */
class FoldingCompleter : public QCompleter
{
    Q_OBJECT
public:
    FoldingCompleter(const QList<OpinionChoice> &choices, QObject *parent = nullptr);
    void setChoices(const QList<OpinionChoice> &choices);

    QString pathFromIndex(const QModelIndex &index) const override;
    QStringList splitPath(const QString &path) const override;

    static constexpr int FoldedRole = Qt::UserRole + 10;
};

} // namespace thuky
