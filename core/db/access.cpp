#include <core/db/access.h>

#include <core/db/database.h>

#include <QCoreApplication>
#include <QRegularExpression>

namespace thuky {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(thuky::Access)
};

/** Upper-case words of @p sql up to the first '(' or ';', at most @p count of them. */
QStringList leadingWords(const QString &sql, int count)
{
    static const QRegularExpression word(QStringLiteral(R"(([A-Za-z_][A-Za-z_0-9.%"]*|\())"));
    QStringList words;
    auto it = word.globalMatch(sql);
    while (it.hasNext() && words.size() < count) {
        const QString w = it.next().captured(1);
        if (w == QLatin1String("("))
            break;
        words.append(w);
    }
    return words;
}

QString tableName(QString word)
{
    word.remove(QLatin1Char('"'));
    if (word.startsWith(QLatin1String("main."), Qt::CaseInsensitive)
        || word.startsWith(QLatin1String("public."), Qt::CaseInsensitive))
        word = word.mid(word.indexOf(QLatin1Char('.')) + 1);
    return word.toLower();
}
} // namespace

QStringList Access::roles()
{
    return { Admin, Secretary, Viewer, Collaborator };
}

QString Access::writtenTable(const QString &sql, bool *schemaChange)
{
    if (schemaChange)
        *schemaChange = false;
    const QStringList words = leadingWords(sql, 8);
    if (words.isEmpty())
        return {};
    const QString first = words.first().toUpper();
    auto after = [&](int from, const QString &keyword) -> QString {
        for (int i = from; i + 1 < words.size(); ++i) {
            if (words.at(i).compare(keyword, Qt::CaseInsensitive) == 0)
                return tableName(words.at(i + 1));
        }
        return {};
    };
    if (first == QLatin1String("INSERT") || first == QLatin1String("REPLACE"))
        return after(1, QStringLiteral("INTO"));
    if (first == QLatin1String("DELETE"))
        return after(1, QStringLiteral("FROM"));
    if (first == QLatin1String("UPDATE")) {
        // UPDATE [OR ROLLBACK|ABORT|REPLACE|FAIL|IGNORE] table
        int i = 1;
        if (i < words.size() && words.at(i).compare(QLatin1String("OR"), Qt::CaseInsensitive) == 0)
            i += 2;
        return i < words.size() ? tableName(words.at(i)) : QString();
    }
    if (first == QLatin1String("TRUNCATE") || first == QLatin1String("COPY")) {
        int i = 1;
        if (i < words.size()
            && words.at(i).compare(QLatin1String("TABLE"), Qt::CaseInsensitive) == 0)
            ++i;
        return i < words.size() ? tableName(words.at(i)) : QString();
    }
    if (first == QLatin1String("CREATE") || first == QLatin1String("DROP")
        || first == QLatin1String("ALTER") || first == QLatin1String("REINDEX")
        || first == QLatin1String("GRANT") || first == QLatin1String("REVOKE")) {
        // Temporary tables are a connection's scratch space, not the schema.
        const bool temporary = sql.contains(QLatin1String(" TEMP "), Qt::CaseInsensitive)
            || sql.contains(QLatin1String(" TEMPORARY "), Qt::CaseInsensitive)
            || sql.contains(QLatin1String(" temp."), Qt::CaseInsensitive);
        if (temporary)
            return QStringLiteral("temp");
        if (schemaChange)
            *schemaChange = true;
        return QStringLiteral("schema");
    }
    return {};
}

bool Access::isOpenToAll(const QString &table)
{
    return table == QLatin1String("audit_log") || table == QLatin1String("audit_pending")
        || table == QLatin1String("temp") || table.startsWith(QLatin1String("temp."))
        || table == QLatin1String("saved_filters");
}

bool Access::isOpinionTable(const QString &table)
{
    return table == QLatin1String("opinions") || table.startsWith(QLatin1String("opinions_fts"));
}

bool Access::isAdminTable(const QString &table)
{
    return table == QLatin1String("users") || table == QLatin1String("thuky_meta")
        || table == QLatin1String("schema");
}

bool Access::mayWrite(const QString &role, const QString &table)
{
    if (role.isEmpty() || role == Admin || isOpenToAll(table))
        return true;
    if (isAdminTable(table))
        return false;
    if (role == Secretary)
        return true;
    if (role == Collaborator)
        return isOpinionTable(table);
    return false; // viewer, or a role this build does not know
}

void Access::checkStatement(const QString &role, const QString &sql)
{
    if (role.isEmpty() || role == Admin)
        return;
    const QString table = writtenTable(sql);
    if (table.isEmpty() || mayWrite(role, table))
        return;
    throw PermissionError(
        Tr::tr("The role %1 may not change %2.")
            .arg(role,
                table == QLatin1String("schema") ? Tr::tr("the database's structure") : table));
}

bool Access::editsRecords(const QString &role)
{
    return role.isEmpty() || role == Admin || role == Secretary;
}

bool Access::addsOpinions(const QString &role)
{
    return editsRecords(role) || role == Collaborator;
}

bool Access::administers(const QString &role)
{
    return role.isEmpty() || role == Admin;
}

bool Access::exports(const QString &role)
{
    return role != Collaborator;
}

} // namespace thuky
