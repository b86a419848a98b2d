#include <ui/opinions/opiniondetails.h>

#include <core/text/vndate.h>

#include <QCoreApplication>

namespace thuky::OpinionDetails {

namespace {
// The context of this file's messages, seen by lupdate in member and free functions alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(thuky::OpinionDetails)
};

QString esc(const QString &s)
{
    return s.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}
} // namespace

QString html(const OpinionReport &r)
{
    QString html = Tr::tr("<p><b>%1</b> · %2 · %3 · %4</p>")
                       .arg(VnDate::display(r.observedOn), esc(r.localityName), esc(r.topicName),
                           esc(OpinionCodes::label(OpinionCodes::Field::Status, r.status)));
    html += QStringLiteral("<p>%1</p>").arg(esc(r.summary));
    if (!r.recommendation.isEmpty())
        html += Tr::tr("<p><i>Recommendation:</i> %1</p>").arg(esc(r.recommendation));
    if (!r.reporterName.isEmpty())
        html += Tr::tr("<p><i>Reporter:</i> %1</p>").arg(esc(r.reporterName));
    if (r.agencyId > 0)
        html += Tr::tr("<p><i>Forwarded to</i> %1 <i>on</i> %2</p>")
                    .arg(esc(r.agencyName), VnDate::display(r.forwardedOn));
    if (!r.response.isEmpty())
        html += Tr::tr("<p><i>Answer of %1:</i> %2</p>")
                    .arg(VnDate::display(r.responseOn), esc(r.response));
    return html;
}

} // namespace thuky::OpinionDetails
