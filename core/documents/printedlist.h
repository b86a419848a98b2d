#pragma once

#include <core/documents/documenttable.h>
#include <core/roster/roster.h>

#include <QDate>
#include <QString>

#include <optional>

namespace thuky {

class Database;
class PartyDocument;

/**
 * What the printed lists (roster, tasks, opinion reports) share: the committee that issues
 * them and its Party-document header, the italic note under the title, Vietnamese numbers,
 * and writing the file as PDF or ODT by its extension.
 */
namespace PrintedList {

/**
 * The committee a list is issued by: @p committeeId, or with 0 the top-level committee valid
 * on @p on (the first one formed; any top-level one if none is valid then). Empty when the
 * database has no committee; throws ValidationError for an unknown id.
 */
std::optional<Committee> issuer(Database &db, qint64 committeeId, const QDate &on);

/** The header of @p committee (left column) with the place and @p date (right column). */
void setHeader(PartyDocument &doc, const std::optional<Committee> &committee, const QDate &date);

/** A centred italic line in the body ("(tính đến ngày 17/07/2024)"). */
void addCentredNote(PartyDocument &doc, const QString &text);

/** 2000 → "2.000", as Vietnamese writes numbers. */
QString number(qint64 n);

/** True for the file names write() understands (.pdf and .odt, any case). */
bool isSupportedPath(const QString &path);

/** Paged tables for a PDF, one flowing table for an ODT (the word processor pages it). */
DocumentTable::Layout layoutFor(const QString &path);

/** Writes @p doc as PDF or ODT by @p path's extension; false with @p error set on failure. */
bool write(PartyDocument &doc, const QString &path, QString *error);

} // namespace PrintedList
} // namespace thuky
