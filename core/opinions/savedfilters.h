#pragma once

#include <core/opinions/opinionrepository.h>

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace thuky {

class Database;

/** A report filter kept under a name (the `saved_filters` table). */
struct SavedFilter
{
    qint64 id = 0;
    QString name;
    OpinionFilter filter;
};

/**
 * Saved report filters: save under a name (replacing one of the same name), recall and
 * delete. The definition is stored as JSON so that later versions can add fields.
 */
class SavedFilterRepository
{
public:
    explicit SavedFilterRepository(Database &db);

    /** All saved filters in Vietnamese name order. */
    QList<SavedFilter> list();
    std::optional<SavedFilter> find(const QString &name);
    /** Saves @p filter under @p name (trimmed, not empty), replacing a filter of that name. */
    qint64 save(const QString &name, const OpinionFilter &filter);
    /** Deletes the filter named @p name; false when there is none. */
    bool remove(const QString &name);

    /** The JSON definition of @p filter (empty fields left out). */
    static QByteArray toJson(const OpinionFilter &filter);
    /** Reads a definition written by toJson(); unknown keys are ignored. */
    static OpinionFilter fromJson(const QByteArray &json);

private:
    Database &m_db;
};

} // namespace thuky
