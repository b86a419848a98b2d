#include <core/opinions/opinionlistdocument.h>

#include <core/db/database.h>
#include <core/documents/documenttable.h>
#include <core/documents/partydocument.h>
#include <core/documents/printedlist.h>
#include <core/opinions/taxonomyrepository.h>
#include <core/roster/rosterrepository.h>
#include <core/text/vndate.h>

#include <algorithm>

namespace thuky {

// The list is an official Vietnamese document: like the minutes, its wording is fixed
// Vietnamese text, not interface text, and deliberately not passed through tr().

namespace {

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString shortened(const QString &text, int length)
{
    QString flat = text.simplified();
    if (flat.size() <= length)
        return flat;
    qsizetype cut = flat.lastIndexOf(QLatin1Char(' '), length);
    if (cut < length / 2)
        cut = length;
    return flat.left(cut).trimmed() + QStringLiteral("…");
}

/** "Kênh: mạng xã hội, báo chí" for the codes of one enumerated field, or empty. */
QString codesLine(const QString &lead, OpinionCodes::Field field, const QStringList &codes)
{
    if (codes.isEmpty())
        return {};
    QStringList labels;
    for (const QString &c : codes) {
        const QString label = OpinionCodes::vietnameseLabel(field, c);
        labels.append(label.isEmpty() ? c : label);
    }
    return lead + labels.join(QStringLiteral(", "));
}

void addTable(const QList<OpinionReport> &reports, PartyDocument &doc, DocumentTable::Layout layout)
{
    DocumentTable table(
        { { QStringLiteral("STT"), 7, Qt::AlignHCenter },
            { QStringLiteral("Ngày"), 13, Qt::AlignHCenter }, { QStringLiteral("Địa bàn"), 15 },
            { QStringLiteral("Lĩnh vực"), 15 }, { QStringLiteral("Nội dung"), 34 },
            { QStringLiteral("Trạng thái"), 16 } },
        11.5);
    int number = 0;
    for (const OpinionReport &r : reports) {
        table.addRow({ DocumentTable::Cell(PrintedList::number(++number)),
            DocumentTable::Cell(VnDate::display(r.observedOn)), DocumentTable::Cell(r.localityName),
            DocumentTable::Cell(r.topicName),
            DocumentTable::Cell(shortened(r.summary, OpinionListDocument::SummaryLength)),
            DocumentTable::Cell(capitalised(
                OpinionCodes::vietnameseLabel(OpinionCodes::Field::Status, r.status))) });
    }
    table.finish(doc, layout);
}

} // namespace

OpinionListDocument::OpinionListDocument(Database &db)
    : m_db(db)
{
}

QString OpinionListDocument::periodText(const OpinionFilter &f)
{
    if (!f.quarter.isEmpty())
        return VnDate::quarterLabel(f.quarter);
    if (f.from.isValid() && f.to.isValid())
        return QStringLiteral("Từ ngày %1 đến ngày %2")
            .arg(VnDate::display(f.from), VnDate::display(f.to));
    if (f.from.isValid())
        return QStringLiteral("Từ ngày %1").arg(VnDate::display(f.from));
    if (f.to.isValid())
        return QStringLiteral("Đến ngày %1").arg(VnDate::display(f.to));
    return QStringLiteral("Toàn bộ thời gian");
}

QStringList OpinionListDocument::filterLines(const OpinionFilter &f)
{
    QStringList lines;
    RosterRepository roster(m_db);
    if (f.localityId > 0) {
        const QList<Locality> all = roster.localities();
        const auto it = std::find_if(
            all.cbegin(), all.cend(), [&](const Locality &l) { return l.id == f.localityId; });
        if (it != all.cend())
            lines << QStringLiteral("Địa bàn: %1 (kể cả các địa bàn trực thuộc)").arg(it->name);
    }
    if (f.topicId > 0) {
        if (const auto topic = TaxonomyRepository(m_db).topic(f.topicId))
            lines << QStringLiteral("Lĩnh vực: %1").arg(topic->name);
    }
    if (!f.text.trimmed().isEmpty())
        lines << QStringLiteral("Nội dung tìm kiếm: “%1”").arg(f.text.trimmed());
    using F = OpinionCodes::Field;
    lines << codesLine(QStringLiteral("Kênh: "), F::Channel, f.channels)
          << codesLine(QStringLiteral("Chiều hướng: "), F::Sentiment, f.sentiments)
          << codesLine(QStringLiteral("Mức độ: "), F::Urgency, f.urgencies)
          << codesLine(QStringLiteral("Trạng thái: "), F::Status, f.statuses);
    if (f.reporterId > 0) {
        if (const auto p = roster.person(f.reporterId))
            lines << QStringLiteral("Người báo cáo: %1").arg(p->fullName);
    }
    lines.removeAll(QString());
    return lines;
}

qint64 OpinionListDocument::build(const Options &options, PartyDocument &doc)
{
    return compose(options, doc, DocumentTable::Layout::Paged);
}

qint64 OpinionListDocument::compose(
    const Options &o, PartyDocument &doc, DocumentTable::Layout layout)
{
    PrintedList::setHeader(doc, PrintedList::issuer(m_db, o.committeeId, o.issuedOn), o.issuedOn);
    doc.setTitle(QStringLiteral("Danh sách phản ánh dư luận xã hội"), periodText(o.filter));
    for (const QString &line : filterLines(o.filter))
        doc.addListItem(QStringLiteral("- ") + line);

    OpinionRepository repo(m_db);
    const qint64 total = repo.count(o.filter);
    const int limit = std::max(1, o.limit);
    if (total == 0) {
        doc.addParagraph(QStringLiteral("Không có phản ánh nào phù hợp."));
        return 0;
    }
    const qint64 left = std::max<qint64>(0, total - limit);
    QString totalLine = QStringLiteral("Tổng số phản ánh: %1").arg(PrintedList::number(total));
    if (left > 0)
        totalLine += QStringLiteral(" (danh sách in %1 phản ánh đầu tiên)")
                         .arg(PrintedList::number(limit));
    doc.addParagraph(totalLine + QLatin1Char('.'));
    addTable(repo.list(o.filter, o.column, o.order, limit, 0), doc, layout);
    if (left > 0)
        doc.addParagraph(QStringLiteral("… và %1 phản ánh khác không in trong danh sách này "
                                        "(đề nghị thu hẹp bộ lọc: kỳ, địa bàn, lĩnh vực, "
                                        "nội dung tìm kiếm).")
                             .arg(PrintedList::number(left)));
    return total;
}

bool OpinionListDocument::write(const Options &options, const QString &path, QString *error)
{
    PartyDocument doc(DocumentPageSettings::fromDatabase(m_db));
    compose(options, doc, PrintedList::layoutFor(path));
    return PrintedList::write(doc, path, error);
}

void OpinionListDocument::print(const Options &options, QPagedPaintDevice *device)
{
    PartyDocument doc(DocumentPageSettings::fromDatabase(m_db));
    build(options, doc);
    doc.print(device);
}

} // namespace thuky
