#include <ui/charts/charttexts.h>

#include <core/opinions/opinion.h>
#include <core/text/vndate.h>

namespace thuky {

ChartTexts::ChartTexts(bool document, const QLocale &locale)
    : m_document(document)
    , m_locale(locale)
{
}

ChartTexts ChartTexts::document()
{
    return ChartTexts(true, QLocale(QLocale::Vietnamese, QLocale::Vietnam));
}

ChartTexts ChartTexts::onScreen()
{
    return ChartTexts(false, QLocale());
}

QString ChartTexts::pick(const char *vi, const char *en) const
{
    return m_document ? QString::fromUtf8(vi) : tr(en);
}

QString ChartTexts::stackedTitle(StatsDimension dim) const
{
    switch (dim) {
    case StatsDimension::Topic:
        return pick(
            "Số phản ánh theo quý, phân theo lĩnh vực", QT_TR_NOOP("Reports per quarter by topic"));
    case StatsDimension::Locality:
        return pick("Số phản ánh theo quý, phân theo địa bàn",
            QT_TR_NOOP("Reports per quarter by locality"));
    case StatsDimension::Sentiment:
        return pick("Số phản ánh theo quý, phân theo chiều hướng",
            QT_TR_NOOP("Reports per quarter by sentiment"));
    case StatsDimension::Channel:
        return pick("Số phản ánh theo quý, phân theo kênh tiếp nhận",
            QT_TR_NOOP("Reports per quarter by channel"));
    case StatsDimension::Status:
        return pick("Số phản ánh theo quý, phân theo tình trạng xử lý",
            QT_TR_NOOP("Reports per quarter by status"));
    case StatsDimension::None:
        break;
    }
    return pick("Số phản ánh theo quý", QT_TR_NOOP("Reports per quarter"));
}

QString ChartTexts::trendTitle() const
{
    return pick(
        "Xu hướng tổng số phản ánh theo quý", QT_TR_NOOP("Trend of the total reports per quarter"));
}

QString ChartTexts::responsesTitle() const
{
    return pick("Tỷ lệ phản hồi và số ngày phản hồi (trung vị) theo quý",
        QT_TR_NOOP("Response rate and median days to response per quarter"));
}

QString ChartTexts::reportsAxis() const
{
    return pick("Số phản ánh", QT_TR_NOOP("Reports"));
}

QString ChartTexts::totalSeries() const
{
    return pick("Tổng số", QT_TR_NOOP("Total"));
}

QString ChartTexts::trendSeries() const
{
    return pick("Tổng số phản ánh", QT_TR_NOOP("Total reports"));
}

QString ChartTexts::rateSeries() const
{
    return pick("Tỷ lệ đã trả lời, giải quyết (%)", QT_TR_NOOP("Answered or resolved (%)"));
}

QString ChartTexts::medianSeries() const
{
    return pick("Số ngày phản hồi (trung vị)", QT_TR_NOOP("Days to response (median)"));
}

QString ChartTexts::rateAxis() const
{
    return pick("Tỷ lệ (%)", QT_TR_NOOP("Rate (%)"));
}

QString ChartTexts::daysAxis() const
{
    return pick("Số ngày", QT_TR_NOOP("Days"));
}

QString ChartTexts::others() const
{
    return pick("Khác", QT_TR_NOOP("Other"));
}

QString ChartTexts::quarter(const QString &code) const
{
    QDate last;
    const QDate first = VnDate::parseQuarter(code, &last);
    if (m_document || !first.isValid())
        return first.isValid() ? VnDate::quarterLabel(code) : code;
    const int n = (first.month() - 1) / 3 + 1;
    // Vietnamese numbers its quarters in Roman numerals (Quý II/2024).
    const QString number
        = m_locale.language() == QLocale::Vietnamese ? VnDate::roman(n) : QString::number(n);
    //: A quarter on a chart's axis: %1 its number (1-4; I-IV in Vietnamese), %2 the year
    return tr("Q%1 %2").arg(number, QString::number(first.year()));
}

QString ChartTexts::keyLabel(StatsDimension dim, const QString &key) const
{
    if (m_document)
        return StatsDimensions::vietnameseLabel(dim, key);
    switch (dim) {
    case StatsDimension::Sentiment:
        return OpinionCodes::label(OpinionCodes::Field::Sentiment, key);
    case StatsDimension::Channel:
        return OpinionCodes::label(OpinionCodes::Field::Channel, key);
    case StatsDimension::Status:
        return OpinionCodes::label(OpinionCodes::Field::Status, key);
    default:
        break;
    }
    return key;
}

QString ChartTexts::dimensionName(StatsDimension dim) const
{
    if (m_document)
        return StatsDimensions::vietnameseName(dim);
    switch (dim) {
    case StatsDimension::Topic:
        return tr("Topic");
    case StatsDimension::Locality:
        return tr("Locality");
    case StatsDimension::Sentiment:
        return tr("Sentiment");
    case StatsDimension::Channel:
        return tr("Channel");
    case StatsDimension::Status:
        return tr("Status");
    case StatsDimension::None:
        break;
    }
    return tr("Total");
}

} // namespace thuky
