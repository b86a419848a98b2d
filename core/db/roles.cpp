#include <core/db/roles.h>

#include <QCoreApplication>

namespace thuky {

namespace {
const char *const codes[] = { "head", "standing_deputy", "deputy", "member", "secretariat_lead",
    "secretariat", "expert", "core", "collaborator" };
}

QList<Role> Roles::all()
{
    return { Role::Head, Role::StandingDeputy, Role::Deputy, Role::Member, Role::SecretariatLead,
        Role::Secretariat, Role::Expert, Role::Core, Role::Collaborator };
}

QString Roles::code(Role role)
{
    return QString::fromLatin1(codes[int(role)]);
}

bool Roles::fromCode(const QString &code, Role *role)
{
    for (Role r : all()) {
        if (Roles::code(r) == code) {
            *role = r;
            return true;
        }
    }
    return false;
}

QString Roles::label(Role role)
{
    switch (role) {
    case Role::Head:
        return QCoreApplication::translate("thuky::Roles", "Head");
    case Role::StandingDeputy:
        return QCoreApplication::translate("thuky::Roles", "Standing deputy head");
    case Role::Deputy:
        return QCoreApplication::translate("thuky::Roles", "Deputy head");
    case Role::Member:
        return QCoreApplication::translate("thuky::Roles", "Member");
    case Role::SecretariatLead:
        return QCoreApplication::translate("thuky::Roles", "Secretariat leader");
    case Role::Secretariat:
        return QCoreApplication::translate("thuky::Roles", "Secretariat member");
    case Role::Expert:
        return QCoreApplication::translate("thuky::Roles", "Expert group");
    case Role::Core:
        return QCoreApplication::translate("thuky::Roles", "Core force");
    case Role::Collaborator:
        return QCoreApplication::translate("thuky::Roles", "Collaborator");
    }
    return {};
}

bool Roles::isUnique(Role role)
{
    return role == Role::Head || role == Role::StandingDeputy;
}

bool Roles::isOfficialDelegate(Role role)
{
    return role == Role::Head || role == Role::StandingDeputy || role == Role::Deputy
        || role == Role::Member;
}

QString Roles::sqlOrder(const QString &column)
{
    QString sql = QStringLiteral("CASE %1").arg(column);
    int i = 0;
    for (const char *c : codes)
        sql += QStringLiteral(" WHEN '%1' THEN %2").arg(QString::fromLatin1(c)).arg(i++);
    return sql + QStringLiteral(" ELSE 99 END");
}

} // namespace thuky
