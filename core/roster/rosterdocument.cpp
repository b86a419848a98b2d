#include <core/roster/rosterdocument.h>

#include <core/db/database.h>
#include <core/documents/documenttable.h>
#include <core/documents/partydocument.h>
#include <core/documents/printedlist.h>
#include <core/roster/rosterrepository.h>
#include <core/text/textnorm.h>
#include <core/text/vndate.h>

#include <algorithm>

namespace thuky {

// The roster is an official Vietnamese document: like the minutes, its wording is fixed
// Vietnamese text, not interface text, and deliberately not passed through tr().

namespace {

QString roman(int n)
{
    static const char *const numerals[]
        = { "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII" };
    return n >= 1 && n <= 12 ? QString::fromLatin1(numerals[n - 1]) : QString::number(n);
}

/** The members in print order: roles as SPEC.md lists them, names the Vietnamese way. */
QList<Membership> sorted(QList<Membership> members)
{
    std::stable_sort(members.begin(), members.end(), [](const Membership &a, const Membership &b) {
        if (a.role != b.role)
            return int(a.role) < int(b.role);
        return TextNorm::personSortKey(a.personName) < TextNorm::personSortKey(b.personName);
    });
    return members;
}

DocumentTable::Cell nameCell(const std::optional<Person> &person, const Membership &m)
{
    // The rank on a line of its own: "Đại tá", then the name in bold, never split by it.
    DocumentTable::Cell cell;
    if (person && !person->honorific.isEmpty())
        cell.line(person->honorific);
    cell.line(person ? person->fullName : m.personName, true);
    return cell;
}

void addTable(RosterRepository &roster, const QList<Membership> &members, PartyDocument &doc,
    DocumentTable::Layout layout)
{
    DocumentTable table({ { QStringLiteral("STT"), 7, Qt::AlignHCenter },
        { QStringLiteral("Họ và tên"), 24 }, { QStringLiteral("Chức vụ"), 23 },
        { QStringLiteral("Cơ quan"), 15 }, { QStringLiteral("Quyết định"), 17 },
        { QStringLiteral("Từ ngày"), 14, Qt::AlignHCenter } });
    int number = 0;
    int group = 0;
    std::optional<Role> current;
    for (const Membership &m : members) {
        if (!current || *current != m.role) {
            current = m.role;
            table.addGroup(
                QStringLiteral("%1. %2").arg(roman(++group), RosterDocument::roleHeading(m.role)));
        }
        const std::optional<Person> person = roster.person(m.personId);
        table.addRow({ DocumentTable::Cell(QString::number(++number)), nameCell(person, m),
            DocumentTable::Cell(person ? person->titles : m.personTitles),
            DocumentTable::Cell(person ? person->organisation : QString()),
            DocumentTable::Cell(m.decision), DocumentTable::Cell(VnDate::display(m.start)) });
    }
    table.finish(doc, layout);
}

} // namespace

RosterDocument::RosterDocument(Database &db)
    : m_db(db)
{
}

QString RosterDocument::roleHeading(Role role)
{
    switch (role) {
    case Role::Head:
        return QStringLiteral("Trưởng ban");
    case Role::StandingDeputy:
        return QStringLiteral("Phó Trưởng ban Thường trực");
    case Role::Deputy:
        return QStringLiteral("Phó Trưởng ban");
    case Role::Member:
        return QStringLiteral("Ủy viên");
    case Role::SecretariatLead:
        return QStringLiteral("Tổ trưởng Tổ thư ký");
    case Role::Secretariat:
        return QStringLiteral("Thành viên Tổ thư ký");
    case Role::Expert:
        return QStringLiteral("Nhóm chuyên gia");
    case Role::Core:
        return QStringLiteral("Lực lượng nòng cốt");
    case Role::Collaborator:
        return QStringLiteral("Cộng tác viên");
    }
    return {};
}

void RosterDocument::build(const Options &options, PartyDocument &doc)
{
    compose(options, doc, DocumentTable::Layout::Paged);
}

void RosterDocument::compose(const Options &o, PartyDocument &doc, DocumentTable::Layout layout)
{
    const QDate asOf = o.asOf.isValid() ? o.asOf : QDate::currentDate();
    const std::optional<Committee> committee = PrintedList::issuer(m_db, o.committeeId, asOf);
    PrintedList::setHeader(doc, committee, o.issuedOn);
    const QString name = committee ? committee->name : QStringLiteral("Ban Chỉ đạo");
    const QString note = o.annexOf.trimmed().isEmpty()
        ? QStringLiteral("(tính đến ngày %1)").arg(VnDate::display(asOf))
        : QStringLiteral("(Kèm theo %1)").arg(o.annexOf.trimmed());
    doc.setTitle(QStringLiteral("Danh sách thành viên ") + name, note);

    RosterRepository roster(m_db);
    const QList<Membership> members
        = committee ? sorted(roster.members(committee->id, asOf)) : QList<Membership>();
    if (members.isEmpty()) {
        doc.addParagraph(QStringLiteral("Ngày %1, %2 không có thành viên nào.")
                             .arg(VnDate::display(asOf), name));
        return;
    }
    doc.addParagraph(
        QStringLiteral("Tổng số: %1 đồng chí.").arg(PrintedList::number(members.size())));
    addTable(roster, members, doc, layout);
}

bool RosterDocument::write(const Options &options, const QString &path, QString *error)
{
    PartyDocument doc(DocumentPageSettings::fromDatabase(m_db));
    compose(options, doc, PrintedList::layoutFor(path));
    return PrintedList::write(doc, path, error);
}

void RosterDocument::print(const Options &options, QPagedPaintDevice *device)
{
    PartyDocument doc(DocumentPageSettings::fromDatabase(m_db));
    build(options, doc);
    doc.print(device);
}

} // namespace thuky
