#pragma once

#include <QList>
#include <QString>

namespace thuky {

/** Committee roles, in print order. */
enum class Role {
    Head,
    StandingDeputy,
    Deputy,
    Member,
    SecretariatLead,
    Secretariat,
    Expert,
    Core,
    Collaborator,
};

namespace Roles {
QList<Role> all();
/** The machine code (`head`, `standing_deputy`, …). */
QString code(Role role);
/** Parses a code; returns false when unknown. */
bool fromCode(const QString &code, Role *role);
/** The label in the current UI language ("Trưởng ban" / "Head"). */
QString label(Role role);
/** Head and standing deputy: at most one holder at any date. */
bool isUnique(Role role);
/** Official delegates of a meeting: head, deputies and members. */
bool isOfficialDelegate(Role role);
/** Print-order position for SQL: CASE role WHEN 'head' THEN 0 … END. */
QString sqlOrder(const QString &column);
} // namespace Roles

} // namespace thuky
