#include <core/documents/printedlist.h>

#include <core/db/database.h>
#include <core/documents/pageunits.h>
#include <core/documents/partydocument.h>
#include <core/roster/rosterrepository.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QTextCursor>

namespace thuky {

namespace {
// The context of this file's messages, seen by lupdate in member and free functions alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(thuky::PrintedList)
};

bool validOn(const Committee &c, const QDate &day)
{
    return (!c.validFrom.isValid() || c.validFrom <= day)
        && (!c.validTo.isValid() || c.validTo >= day);
}
} // namespace

std::optional<Committee> PrintedList::issuer(Database &db, qint64 committeeId, const QDate &on)
{
    RosterRepository roster(db);
    if (committeeId > 0) {
        auto c = roster.committee(committeeId);
        if (!c)
            throw ValidationError(
                QStringLiteral("committee"), Tr::tr("There is no committee %1.").arg(committeeId));
        return c;
    }
    std::optional<Committee> top;
    std::optional<Committee> anyTop;
    for (const Committee &c : roster.committees()) {
        if (c.parentId != 0)
            continue;
        if (!anyTop || c.id < anyTop->id)
            anyTop = c;
        if (validOn(c, on.isValid() ? on : QDate::currentDate()) && (!top || c.id < top->id))
            top = c;
    }
    return top ? top : anyTop;
}

void PrintedList::setHeader(
    PartyDocument &doc, const std::optional<Committee> &committee, const QDate &date)
{
    PartyDocument::Header header;
    if (committee) {
        header.superiorBody = committee->superiorBody;
        header.issuer = PartyDocument::shortIssuer(committee->name, committee->placeName);
        header.place = committee->placeName;
    }
    header.date = date;
    doc.setHeader(header);
}

void PrintedList::addCentredNote(PartyDocument &doc, const QString &text)
{
    QTextCursor c = doc.bodyCursor();
    QTextBlockFormat bf;
    bf.setAlignment(Qt::AlignHCenter);
    bf.setTextIndent(0);
    bf.setBottomMargin(PageUnits::ptToPx(6));
    QTextCharFormat cf;
    cf.setFontFamilies({ doc.settings().fontFamily });
    cf.setFontPointSize(doc.settings().bodyPointSize);
    cf.setFontItalic(true);
    c.insertBlock(bf, cf);
    c.insertText(text, cf);
}

QString PrintedList::number(qint64 n)
{
    QLocale vi(QLocale::Vietnamese, QLocale::Vietnam);
    vi.setNumberOptions(QLocale::DefaultNumberOptions);
    return vi.toString(n);
}

bool PrintedList::isSupportedPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("pdf") || suffix == QLatin1String("odt");
}

DocumentTable::Layout PrintedList::layoutFor(const QString &path)
{
    return QFileInfo(path).suffix().toLower() == QLatin1String("odt")
        ? DocumentTable::Layout::Flowing
        : DocumentTable::Layout::Paged;
}

bool PrintedList::write(PartyDocument &doc, const QString &path, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("odt")) {
        if (error)
            *error = Tr::tr("a printed list is written as .pdf or .odt");
        return false;
    }
    const bool ok = suffix == QLatin1String("odt") ? doc.writeOdt(path) : doc.writePdf(path);
    if (!ok && error)
        *error = doc.errorString();
    return ok;
}

} // namespace thuky
