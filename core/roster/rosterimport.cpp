#include <core/roster/rosterimport.h>

#include <core/db/database.h>
#include <core/db/sqlvalue.h>
#include <core/roster/rosterrepository.h>
#include <core/text/csvreader.h>
#include <core/text/textnorm.h>
#include <core/text/vndate.h>

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <array>

namespace thuky {

namespace {
// The context of this file's messages, seen by lupdate in member and free functions alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(thuky::RosterImport)
};

enum Column {
    ColPerson,
    ColRole,
    ColStart,
    ColTitle,
    ColRank,
    ColOrganisation,
    ColPhone,
    ColEmail,
    ColDecision,
    ColEnd,
    ColCommittee,
    ColumnCount
};
const char *const englishNameList[ColumnCount] = { "person", "role", "start", "title", "rank",
    "organisation", "phone", "email", "decision", "end", "committee" };
const char *const vietnameseNameList[ColumnCount]
    = { "họ và tên", "chức danh", "từ ngày", "chức vụ", "cấp bậc", "cơ quan", "điện thoại", "email",
          "quyết định", "đến ngày", "ban chỉ đạo" };
/** Other spellings of the same columns that clerks' sheets use. */
const struct
{
    const char *name;
    Column column;
} aliasList[] = { { "họ tên", ColPerson }, { "organization", ColOrganisation },
    { "e-mail", ColEmail }, { "số điện thoại", ColPhone } };
/** SPEC.md's role list in Vietnamese, in the order of enum Role. */
const char *const vietnameseRoleList[] = { "Trưởng ban", "Phó Trưởng ban Thường trực",
    "Phó Trưởng ban", "Ủy viên", "Tổ trưởng Tổ thư ký", "Thành viên Tổ thư ký", "Nhóm chuyên gia",
    "Lực lượng nòng cốt", "Cộng tác viên" };

/** Header names compare in NFC, case-folded, with `_` as a space. */
QString headerKey(const QString &name)
{
    QString k = name.normalized(QString::NormalizationForm_C).toCaseFolded();
    k.replace(QLatin1Char('_'), QLatin1Char(' '));
    return k.simplified();
}

/** Roles compare folded (case and diacritics, so "Uỷ viên" is "Ủy viên"), `_` and `-` as spaces. */
QString roleKey(const QString &text)
{
    QString k = TextNorm::fold(text);
    k.replace(QLatin1Char('_'), QLatin1Char(' '));
    k.replace(QLatin1Char('-'), QLatin1Char(' '));
    return k.simplified();
}

/** One person per name and organisation: NFC, trimmed, spaces collapsed, case-folded. */
QString personKey(const QString &name, const QString &organisation)
{
    return TextNorm::clean(name).toCaseFolded() + QLatin1Char('\x1f')
        + TextNorm::clean(organisation).toCaseFolded();
}

QString columnName(int c)
{
    return QStringLiteral("%1 (%2)").arg(
        QLatin1String(englishNameList[c]), QString::fromUtf8(vietnameseNameList[c]));
}

QString quoted(const QString &value)
{
    return QStringLiteral("\u201C%1\u201D").arg(value);
}

/** Whether [s1, e1] and [s2, e2] share a day; an invalid end is open. */
bool overlaps(const QDate &s1, const QDate &e1, const QDate &s2, const QDate &e2)
{
    return (!e2.isValid() || s1 <= e2) && (!e1.isValid() || s2 <= e1);
}

bool validOn(const Committee &c, const QDate &date)
{
    return (!c.validFrom.isValid() || c.validFrom <= date)
        && (!c.validTo.isValid() || c.validTo >= date);
}
} // namespace

/** What one analyse() pass keeps from row to row: the header, the roster, the rows so far. */
struct RosterImport::Pass
{
    explicit Pass(const QStringList &header)
        : headerSize(int(header.size()))
    {
        position.fill(-1);
        QHash<QString, int> known;
        for (int c = 0; c < ColumnCount; ++c) {
            known.insert(headerKey(QLatin1String(englishNameList[c])), c);
            known.insert(headerKey(QString::fromUtf8(vietnameseNameList[c])), c);
        }
        for (const auto &a : aliasList)
            known.insert(headerKey(QString::fromUtf8(a.name)), a.column);
        for (int i = 0; i < header.size(); ++i) {
            const QString name = header.at(i).trimmed();
            const int c = known.value(headerKey(name), -1);
            if (c < 0 && !name.isEmpty())
                unknown.append(name);
            else if (c >= 0 && position[c] >= 0)
                repeated.append(name);
            else if (c >= 0)
                position[c] = i;
        }
    }
    QString field(const QStringList &fields, int column) const
    {
        const int at = position[column];
        return at >= 0 ? fields.at(at).trimmed() : QString();
    }
    bool has(int column) const { return position[column] >= 0; }

    std::array<int, ColumnCount> position;
    int headerSize = 0;
    QStringList unknown;
    QStringList repeated;
    QList<Committee> committees;
    QHash<QString, Person> persons; ///< person key → the oldest person on the roster
    QHash<QString, QStringList> organisations; ///< name key → organisations on the roster
    QSet<QString> warnedNames; ///< the missing-organisation warning once per name
    QList<int> accepted; ///< indexes in m_rows of the valid rows so far
    QSqlQuery holders; ///< another holder of a role in a committee on overlapping dates
    QSqlQuery sameRole; ///< a person already holding a role in a committee on those dates
};

RosterImport::RosterImport(Database &db, const Options &options)
    : m_db(db)
    , m_options(options)
{
}

QStringList RosterImport::columns()
{
    QStringList out;
    for (const char *n : englishNameList)
        out.append(QLatin1String(n));
    return out;
}

QStringList RosterImport::vietnameseColumns()
{
    QStringList out;
    for (const char *n : vietnameseNameList)
        out.append(QString::fromUtf8(n));
    return out;
}

QString RosterImport::vietnameseLabel(Role role)
{
    return QString::fromUtf8(vietnameseRoleList[int(role)]);
}

bool RosterImport::parseRole(const QString &text, Role *role)
{
    const QString key = roleKey(text);
    if (key.isEmpty())
        return false;
    for (Role r : Roles::all()) {
        if (key == roleKey(Roles::code(r)) || key == roleKey(vietnameseLabel(r))) {
            *role = r;
            return true;
        }
    }
    return false;
}

bool RosterImport::addProblems(const QList<CsvProblem> &problems)
{
    for (const CsvProblem &p : problems)
        error(p.line, p.message);
    return problems.isEmpty();
}

void RosterImport::error(int line, const QString &message)
{
    m_problems.append({ line, message, false });
}

void RosterImport::warning(int line, const QString &message)
{
    m_problems.append({ line, message, true });
}

QList<ImportProblem> RosterImport::problems() const
{
    QList<ImportProblem> sorted = m_problems;
    std::stable_sort(sorted.begin(), sorted.end(),
        [](const ImportProblem &a, const ImportProblem &b) { return a.line < b.line; });
    return sorted;
}

bool RosterImport::hasErrors() const
{
    return std::any_of(
        m_problems.cbegin(), m_problems.cend(), [](const ImportProblem &p) { return !p.warning; });
}

bool RosterImport::analyse(const QByteArray &data)
{
    m_data = data; // write() reads it again inside its transaction
    m_problems.clear();
    m_rows.clear();
    m_newPersons.clear();
    m_newPersonIndex.clear();
    m_membershipUuids.clear();
    m_analysed = true;
    m_dataRows = 0;
    if (!addProblems(CsvReader::textProblems(data)))
        return false;
    const CsvReader csv(data);
    if (!addProblems(CsvReader::headerProblems(csv, data)))
        return false;
    const QList<CsvRecord> &records = csv.records();
    Pass pass(records.first().fields);
    if (!checkColumns(pass))
        return false;
    loadRoster(pass);
    if (!m_options.committee.trimmed().isEmpty()) {
        RosterImportRow probe;
        if (!resolveCommittee(m_options.committee, 1, pass, probe))
            return false;
    }
    for (const CsvProblem &p : csv.problems()) {
        if (p.line > 1)
            error(p.line, p.message);
    }
    for (qsizetype r = 1; r < records.size(); ++r) {
        ++m_dataRows;
        if (!records.at(r).bad)
            analyseRow(records.at(r), pass);
    }
    return !hasErrors();
}

/** Every required column once, a committee from somewhere; unknown ones only a warning. */
bool RosterImport::checkColumns(const Pass &pass)
{
    for (const QString &name : pass.repeated)
        error(1, Tr::tr("the column %1 appears twice").arg(quoted(name)));
    if (!pass.has(ColPerson) && !pass.has(ColRole) && !pass.has(ColStart)) {
        error(1,
            Tr::tr("not a roster CSV file: the first line names none of the columns person, "
                   "role, start (or họ và tên, chức danh, từ ngày)"));
        return false;
    }
    for (int c : { ColPerson, ColRole, ColStart }) {
        if (!pass.has(c))
            error(1, Tr::tr("the required column %1 is missing").arg(columnName(c)));
    }
    if (!pass.has(ColCommittee) && m_options.committee.trimmed().isEmpty())
        error(1,
            m_options.forDialog
                ? Tr::tr("no committee: add a column %1 or choose the committee of the whole "
                         "file above")
                      .arg(columnName(ColCommittee))
                : Tr::tr("no committee: add a column %1 or choose the committee of the whole "
                         "file (--committee)")
                      .arg(columnName(ColCommittee)));
    if (!pass.unknown.isEmpty())
        warning(1,
            Tr::tr("ignoring unknown column(s): %1").arg(pass.unknown.join(QStringLiteral(", "))));
    return !hasErrors();
}

/** A row's fields must match the header (extra empty fields are fine). */
bool RosterImport::checkFieldCount(const CsvRecord &rec, int columnsInHeader)
{
    if (rec.fields.size() > columnsInHeader) {
        bool extraText = false;
        for (qsizetype i = columnsInHeader; i < rec.fields.size(); ++i)
            extraText = extraText || !rec.fields.at(i).trimmed().isEmpty();
        if (extraText) {
            error(rec.line,
                Tr::tr("%1 fields, but the header names %2 columns (a field with the "
                       "separator in it must be quoted)")
                    .arg(rec.fields.size())
                    .arg(columnsInHeader));
            return false;
        }
    } else if (rec.fields.size() < columnsInHeader) {
        error(rec.line,
            Tr::tr("only %1 fields, but the header names %2 columns")
                .arg(rec.fields.size())
                .arg(columnsInHeader));
        return false;
    }
    return true;
}

/** The committees and persons on the roster, and the queries that look for overlaps. */
void RosterImport::loadRoster(Pass &pass)
{
    pass.committees = RosterRepository(m_db).committees();
    QSqlQuery q = m_db.exec(QStringLiteral(
        "SELECT id, uuid, full_name, honorific, titles, organisation, phone, email, row_version "
        "FROM persons ORDER BY id"));
    while (q.next()) {
        Person p;
        p.id = q.value(0).toLongLong();
        p.uuid = q.value(1).toString();
        p.fullName = q.value(2).toString();
        p.honorific = q.value(3).toString();
        p.titles = q.value(4).toString();
        p.organisation = q.value(5).toString();
        p.phone = q.value(6).toString();
        p.email = q.value(7).toString();
        p.rowVersion = q.value(8).toInt();
        const QString key = personKey(p.fullName, p.organisation);
        if (!pass.persons.contains(key)) // ORDER BY id: the oldest of equal persons wins
            pass.persons.insert(key, p);
        pass.organisations[personKey(p.fullName, QString())].append(p.organisation);
    }
    const QString overlap = QStringLiteral(
        " AND m.start_date <= ? AND (m.end_date IS NULL OR m.end_date >= ?) ORDER BY m.start_date");
    pass.holders = m_db.prepare(
        QStringLiteral("SELECT p.full_name, m.start_date FROM memberships m JOIN persons p ON "
                       "p.id = m.person_id WHERE m.committee_id = ? AND m.role = ?")
        + overlap);
    pass.sameRole = m_db.prepare(QStringLiteral("SELECT m.start_date FROM memberships m WHERE "
                                                "m.person_id = ? AND m.committee_id = ? AND "
                                                "m.role = ?")
        + overlap);
}

void RosterImport::analyseRow(const CsvRecord &rec, Pass &pass)
{
    if (!checkFieldCount(rec, pass.headerSize))
        return;
    const qsizetype before = m_problems.size();
    const auto noNewError = [&] {
        return std::none_of(m_problems.cbegin() + before, m_problems.cend(),
            [](const ImportProblem &p) { return !p.warning; });
    };
    RosterImportRow row;
    row.line = rec.line;
    Person &p = row.person;
    const auto field = [&](int c) { return pass.field(rec.fields, c); };
    p.fullName = TextNorm::clean(field(ColPerson));
    if (p.fullName.isEmpty())
        error(rec.line, Tr::tr("the person's name (họ và tên) is missing"));
    p.titles = TextNorm::clean(field(ColTitle));
    p.honorific = TextNorm::clean(field(ColRank));
    p.organisation = TextNorm::clean(field(ColOrganisation));
    p.phone = field(ColPhone);
    p.email = field(ColEmail);
    readMembership(rec, pass, row);
    if (!p.fullName.isEmpty())
        resolvePerson(pass, row);
    if (noNewError()) {
        checkOverlaps(pass, row);
        checkDatabaseOverlaps(pass, row);
    }
    row.valid = noNewError();
    if (row.valid)
        pass.accepted.append(int(m_rows.size()));
    m_rows.append(row);
}

/** The role, the dates, the decision and the committee of a row. */
void RosterImport::readMembership(const CsvRecord &rec, Pass &pass, RosterImportRow &row)
{
    const int line = rec.line;
    const auto field = [&](int c) { return pass.field(rec.fields, c); };
    Membership &m = row.membership;
    const QString roleText = field(ColRole);
    if (roleText.isEmpty()) {
        error(line, Tr::tr("the role (chức danh) is missing"));
    } else if (!parseRole(roleText, &m.role)) {
        QStringList allowed;
        for (Role r : Roles::all())
            allowed.append(QStringLiteral("%1 (%2)").arg(Roles::code(r), vietnameseLabel(r)));
        error(line,
            Tr::tr("unknown role %1: expected one of %2")
                .arg(quoted(roleText), allowed.join(QStringLiteral(", "))));
    }
    const auto date = [&](int c, QDate *out) {
        const QString text = field(c);
        if (text.isEmpty())
            return;
        *out = VnDate::parse(text);
        if (!out->isValid()) {
            error(line,
                Tr::tr("%1 is not a valid date in %2 (write YYYY-MM-DD or DD/MM/YYYY)")
                    .arg(quoted(text), columnName(c)));
        } else if (!VnDate::inRange(*out)) {
            error(line,
                Tr::tr("%1 in %2 is not between %3 and %4")
                    .arg(quoted(text), columnName(c), VnDate::display(VnDate::earliest()),
                        VnDate::display(VnDate::latest())));
            *out = QDate();
        }
    };
    date(ColStart, &m.start);
    date(ColEnd, &m.end);
    if (field(ColStart).isEmpty())
        error(line, Tr::tr("the start date (từ ngày) is missing"));
    if (m.start.isValid() && m.end.isValid() && m.end < m.start)
        error(line,
            Tr::tr("the end date %1 is before the start date %2")
                .arg(VnDate::display(m.end), VnDate::display(m.start)));
    m.decision = TextNorm::clean(field(ColDecision));

    QString committee = field(ColCommittee);
    if (committee.isEmpty())
        committee = m_options.committee.trimmed();
    if (committee.isEmpty())
        error(line,
            m_options.forDialog
                ? Tr::tr("the committee is missing and no committee was chosen for the whole "
                         "file above")
                : Tr::tr("the committee (ban chỉ đạo) is missing and no committee was chosen "
                         "for the whole file (--committee)"));
    else
        resolveCommittee(committee, line, pass, row);
}

/** The person on the roster with the row's name and organisation, or the one to add. */
void RosterImport::resolvePerson(Pass &pass, RosterImportRow &row)
{
    Person &p = row.person;
    row.personKey = personKey(p.fullName, p.organisation);
    const auto known = pass.persons.constFind(row.personKey);
    if (known != pass.persons.constEnd()) {
        p = *known;
        return;
    }
    const auto added = m_newPersonIndex.constFind(row.personKey);
    if (added != m_newPersonIndex.constEnd()) {
        Person &first = m_newPersons[*added]; // details the first row left empty
        for (auto field : { &Person::honorific, &Person::titles, &Person::phone, &Person::email }) {
            if ((first.*field).isEmpty())
                first.*field = p.*field;
        }
        p = first;
        return;
    }
    const QString nameKey = personKey(p.fullName, QString());
    if (p.organisation.isEmpty() && pass.organisations.contains(nameKey)
        && !pass.warnedNames.contains(nameKey)) {
        pass.warnedNames.insert(nameKey);
        QStringList others = pass.organisations.value(nameKey);
        others.removeAll(QString());
        if (!others.isEmpty())
            warning(row.line,
                Tr::tr("%1 of %2 is already on the roster; this row names no organisation "
                       "(cơ quan), so another person of that name is added")
                    .arg(p.fullName, others.join(QStringLiteral(", "))));
    }
    m_newPersonIndex.insert(row.personKey, int(m_newPersons.size()));
    m_newPersons.append(p);
}

/**
 * A committee by id or name (exact, then ignoring case and diacritics); of several with the
 * name, the one valid on the row's start. Refused when it was dissolved before the start.
 */
bool RosterImport::resolveCommittee(const QString &text, int line, Pass &pass, RosterImportRow &row)
{
    QList<Committee> found;
    bool isNumber = false;
    const qint64 id = text.trimmed().toLongLong(&isNumber);
    for (const Committee &c : std::as_const(pass.committees)) {
        if (isNumber && c.id == id)
            found.append(c);
    }
    const QString clean = TextNorm::clean(text);
    for (const Committee &c : std::as_const(pass.committees)) {
        if (found.isEmpty() && c.name.normalized(QString::NormalizationForm_C) == clean)
            found.append(c);
    }
    if (found.isEmpty()) {
        for (const Committee &c : std::as_const(pass.committees)) {
            if (TextNorm::fold(c.name) == TextNorm::fold(clean))
                found.append(c);
        }
    }
    if (found.isEmpty()) {
        error(line, Tr::tr("unknown committee %1").arg(quoted(clean)));
        return false;
    }
    const QDate start = row.membership.start;
    Committee chosen = found.first();
    for (const Committee &c : std::as_const(found)) {
        if (start.isValid() && validOn(c, start)) {
            chosen = c;
            break;
        }
    }
    row.membership.committeeId = chosen.id;
    row.committeeName = chosen.name;
    if (start.isValid() && chosen.validTo.isValid() && chosen.validTo < start) {
        error(line,
            Tr::tr("the committee %1 was dissolved on %2, before the start date %3")
                .arg(chosen.name, VnDate::display(chosen.validTo), VnDate::display(start)));
        return false;
    }
    return true;
}

/** A second head or standing deputy, or the same membership twice, within the file. */
void RosterImport::checkOverlaps(Pass &pass, const RosterImportRow &row)
{
    const Membership &m = row.membership;
    for (int index : std::as_const(pass.accepted)) {
        const RosterImportRow &other = m_rows.at(index);
        const Membership &o = other.membership;
        if (o.committeeId != m.committeeId || o.role != m.role
            || !overlaps(m.start, m.end, o.start, o.end))
            continue;
        if (other.personKey == row.personKey) {
            error(row.line,
                Tr::tr("repeats line %1: %2 is %3 of %4 on overlapping dates")
                    .arg(other.line)
                    .arg(row.person.fullName, Roles::label(m.role), row.committeeName));
            return;
        }
        if (Roles::isUnique(m.role)) {
            const QString message = m.role == Role::Head
                ? Tr::tr("a second head of %1 on overlapping dates: line %2 makes %3 head "
                         "from %4")
                : Tr::tr("a second standing deputy head of %1 on overlapping dates: line %2 "
                         "makes %3 standing deputy head from %4");
            error(row.line,
                message.arg(row.committeeName)
                    .arg(other.line)
                    .arg(other.person.fullName, VnDate::display(o.start)));
            return;
        }
    }
}

/** The same checks against the memberships already in the database. */
void RosterImport::checkDatabaseOverlaps(Pass &pass, const RosterImportRow &row)
{
    const Membership &m = row.membership;
    const QString end = m.end.isValid() ? VnDate::iso(m.end) : QStringLiteral("9999-12-31");
    const QString start = VnDate::iso(m.start);
    if (row.person.id > 0) {
        QSqlQuery &q = pass.sameRole;
        const QVariantList values { row.person.id, m.committeeId, Roles::code(m.role), end, start };
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        m_db.exec(q);
        const bool found = q.next();
        const QDate since = found ? SqlValue::dateOf(q.value(0)) : QDate();
        q.finish();
        if (found) {
            error(row.line,
                Tr::tr("%1 is already %2 of %3 on those dates (since %4)")
                    .arg(row.person.fullName, Roles::label(m.role), row.committeeName,
                        VnDate::display(since)));
            return;
        }
    }
    if (!Roles::isUnique(m.role))
        return;
    QSqlQuery &q = pass.holders;
    const QVariantList values { m.committeeId, Roles::code(m.role), end, start };
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    m_db.exec(q);
    if (q.next()) {
        const QString message = m.role == Role::Head
            ? Tr::tr("%1 already has a head on those dates (%2, since %3)")
            : Tr::tr("%1 already has a standing deputy head on those dates (%2, since %3)");
        error(row.line,
            message.arg(row.committeeName, q.value(0).toString(),
                VnDate::display(SqlValue::dateOf(q.value(1)))));
    }
    q.finish();
}

} // namespace thuky
