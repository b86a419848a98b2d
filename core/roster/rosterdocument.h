#pragma once

#include <core/db/roles.h>
#include <core/documents/documenttable.h>

#include <QDate>
#include <QString>

class QPagedPaintDevice;

namespace thuky {

class Database;
class PartyDocument;

/**
 * The printed roster of a committee as of a date, in the Party document format: the header of
 * the committee, "DANH SÁCH THÀNH VIÊN <committee>" with "(tính đến ngày DD/MM/YYYY)" — or,
 * as the annex of a decision (kiện toàn), "(Kèm theo <decision>)" — then one numbered table:
 * a group row per role in print order (Trưởng ban … Cộng tác viên) and, within a role, the
 * members in Vietnamese name order with their rank, titles, organisation, decision and start.
 *
 * The wording is Vietnamese whatever the interface language: it is an official document.
 */
class RosterDocument
{
public:
    struct Options
    {
        qint64 committeeId = 0; ///< 0: the top-level committee valid on asOf
        QDate asOf = QDate::currentDate();
        /**
         * The decision this list is the annex of, as printed after "Kèm theo" (e.g.
         * "Quyết định số 123-QĐ/TU ngày 01/7/2025 của Ban Thường vụ Tỉnh ủy"); empty: a
         * plain roster "tính đến ngày …".
         */
        QString annexOf;
        QDate issuedOn = QDate::currentDate(); ///< the date in the header
    };

    explicit RosterDocument(Database &db);

    /** Fills @p doc; throws ValidationError for an unknown committee. */
    void build(const Options &options, PartyDocument &doc);
    /** Writes the roster as PDF or ODT, chosen by @p path's extension. */
    bool write(const Options &options, const QString &path, QString *error = nullptr);
    void print(const Options &options, QPagedPaintDevice *device);

    /** The role as the list heads its group ("Phó Trưởng ban Thường trực"). */
    static QString roleHeading(Role role);

private:
    void compose(const Options &options, PartyDocument &doc, DocumentTable::Layout layout);

    Database &m_db;
};

} // namespace thuky
