#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace thuky {

/**
 * A collaborator's report of public opinion (phản ánh dư luận xã hội). It describes a
 * concern in a locality, never a person: there is deliberately no field for a citizen's
 * name, address, phone or account.
 */
struct OpinionReport
{
    qint64 id = 0;
    QString uuid;
    QDate observedOn; ///< the date the opinion was observed; its quarter is derived from it
    qint64 reporterId = 0; ///< a collaborator or staff member (persons.id), 0 = none
    qint64 localityId = 0;
    qint64 topicId = 0;
    QString channel = QStringLiteral("direct"); ///< code, see OpinionCodes::Channel
    QString sentiment = QStringLiteral("neutral");
    QString urgency = QStringLiteral("normal");
    QString scope = QStringLiteral("local");
    QString summary;
    QString recommendation;
    qint64 agencyId = 0; ///< forwarded to (agencies.id), 0 = not forwarded
    QDate forwardedOn;
    QString status = QStringLiteral("new");
    QString response;
    QDate responseOn;
    int rowVersion = 0;

    // Joined for display; ignored on writes.
    QString quarter; ///< `2024-Q2`
    QString localityName;
    QString topicName;
    QString reporterName;
    QString agencyName;
};

/**
 * The enumerated fields of a report: their machine codes (used on the command line, in
 * machine output and in the database) and their labels.
 */
namespace OpinionCodes {

enum class Field { Channel, Sentiment, Urgency, Scope, Status };

/** Codes in display order (`direct`, `social_media`, …). */
QStringList codes(Field field);
/** The Vietnamese label in lower case as the import format writes it (`mạng xã hội`). */
QString vietnameseLabel(Field field, const QString &code);
/** The label in the current UI language, capitalised ("Mạng xã hội" / "Social media"). */
QString label(Field field, const QString &code);
/**
 * Reads a code or a Vietnamese label, ignoring case, surrounding space and composition form.
 * Returns the code, or an empty string when @p text is neither.
 */
QString parse(Field field, const QString &text);
/** The column name of @p field in the import format (`channel`, …). */
QString fieldName(Field field);

} // namespace OpinionCodes
} // namespace thuky
