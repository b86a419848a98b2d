#pragma once

#include <core/documents/documenttable.h>
#include <core/opinions/opinionrepository.h>

#include <QDate>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;

namespace thuky {

class Database;
class PartyDocument;

/**
 * The printed list of the opinion reports of a filter (the one the report list shows), in the
 * Party document format: "DANH SÁCH PHẢN ÁNH DƯ LUẬN XÃ HỘI" with the period, a line per
 * other part of the filter (locality, topic, search text, channel, …), the total, then one
 * numbered table: date, locality, topic, summary, status.
 *
 * It never reads more than Options::limit reports (one page of the list query, sorted like
 * the list); when the filter holds more, the document says how many were left out and asks
 * for a narrower filter. The wording is Vietnamese whatever the interface language: it is an
 * official document.
 */
class OpinionListDocument
{
public:
    /**
     * The most reports a printed list holds by default: about 50 pages, printed in a few
     * seconds. A filter that holds more is to be narrowed (the document says so).
     */
    static constexpr int DefaultLimit = 1000;
    /** Longer summaries are cut at a word boundary and end with "…". */
    static constexpr int SummaryLength = 400;

    struct Options
    {
        OpinionFilter filter;
        OpinionColumn column = OpinionColumn::Date;
        Qt::SortOrder order = Qt::DescendingOrder;
        int limit = DefaultLimit;
        qint64 committeeId = 0; ///< the issuer in the header; 0: the top-level committee
        QDate issuedOn = QDate::currentDate(); ///< the date in the header
    };

    explicit OpinionListDocument(Database &db);

    /** Fills @p doc; returns the number of reports that match the filter. */
    qint64 build(const Options &options, PartyDocument &doc);
    /** Writes the list as PDF or ODT, chosen by @p path's extension. */
    bool write(const Options &options, const QString &path, QString *error = nullptr);
    void print(const Options &options, QPagedPaintDevice *device);

    /** The period of @p filter in words: "Quý II/2024", "Từ ngày 01/04/2024 đến ngày …". */
    static QString periodText(const OpinionFilter &filter);
    /** The other parts of @p filter, one line each ("Địa bàn: Phường Mỹ Bình"). */
    QStringList filterLines(const OpinionFilter &filter);

private:
    qint64 compose(const Options &options, PartyDocument &doc, DocumentTable::Layout layout);

    Database &m_db;
};

} // namespace thuky
