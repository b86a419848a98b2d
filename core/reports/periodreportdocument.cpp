#include <core/reports/periodreportdocument.h>

#include <core/documents/partydocument.h>
#include <core/reports/periodreport.h>
#include <core/text/vndate.h>

#include <QDir>
#include <QRegularExpression>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QUrl>

#include <algorithm>

// The layout resolution of PartyDocument (logical pixels of the default screen resolution).
Q_GUI_EXPORT int qt_defaultDpiY();

namespace thuky {

namespace {

QString vi(const char *text)
{
    return QString::fromUtf8(text);
}

QString percent(double share)
{
    return PeriodReport::percentText(share);
}

QString days(double value)
{
    return PeriodReport::daysText(value);
}

QString meetingKindLabel(const QString &kind)
{
    if (kind == QLatin1String("quarterly_briefing"))
        return vi("Giao ban quý");
    if (kind == QLatin1String("review"))
        return vi("Sơ kết");
    if (kind == QLatin1String("annual_review"))
        return vi("Tổng kết năm");
    if (kind == QLatin1String("thematic"))
        return vi("Chuyên đề");
    if (kind == QLatin1String("extraordinary"))
        return vi("Đột xuất");
    return kind;
}

void addTable(PartyDocument &doc, const QString &firstHeader, const PeriodReportData &d,
    const QList<ComparisonRow> &rows, StatsDimension dim, int maxRows)
{
    QTextCursor c = doc.bodyCursor();
    QTextTableFormat tf;
    tf.setBorder(0.6);
    tf.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    tf.setBorderCollapse(true);
    tf.setCellPadding(3);
    tf.setCellSpacing(0);
    tf.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    tf.setColumnWidthConstraints({ QTextLength(QTextLength::PercentageLength, 46),
        QTextLength(QTextLength::PercentageLength, 16),
        QTextLength(QTextLength::PercentageLength, 16),
        QTextLength(QTextLength::PercentageLength, 22) });
    tf.setHeaderRowCount(1);
    QList<ComparisonRow> shown = rows;
    ComparisonRow others;
    others.key = vi("Các %1 khác").arg(StatsDimensions::vietnameseName(dim).toLower());
    if (shown.size() > maxRows) {
        for (int i = maxRows - 1; i < shown.size(); ++i) {
            others.current += shown.at(i).current;
            others.previous += shown.at(i).previous;
        }
        shown = shown.mid(0, maxRows - 1);
        shown.append(others);
    }
    QTextTable *table = c.insertTable(int(shown.size()) + 2, 4, tf);
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    bold.setFontPointSize(13);
    QTextCharFormat normal;
    normal.setFontPointSize(13);
    auto put = [&](int row, int col, const QString &text, const QTextCharFormat &fmt) {
        QTextTableCell cell = table->cellAt(row, col);
        QTextCursor cc = cell.firstCursorPosition();
        QTextBlockFormat bf;
        bf.setAlignment(col == 0 ? Qt::AlignLeft : (row == 0 ? Qt::AlignHCenter : Qt::AlignRight));
        bf.setTextIndent(0);
        cc.setBlockFormat(bf);
        cc.insertText(text, fmt);
    };
    put(0, 0, firstHeader, bold);
    put(0, 1, d.period.label(), bold);
    put(0, 2, d.previousPeriod.label(), bold);
    put(0, 3, vi("Tăng (+)/giảm (−)"), bold);
    int sumCurrent = 0, sumPrevious = 0;
    for (int i = 0; i < shown.size(); ++i) {
        const ComparisonRow &r = shown.at(i);
        const QString label = dim == StatsDimension::Sentiment
            ? StatsDimensions::vietnameseLabel(dim, r.key)
            : r.key;
        put(i + 1, 0, label, normal);
        put(i + 1, 1, QString::number(r.current), normal);
        put(i + 1, 2, QString::number(r.previous), normal);
        put(i + 1, 3,
            r.change() > 0 ? QStringLiteral("+%1").arg(r.change()) : QString::number(r.change()),
            normal);
        sumCurrent += r.current;
        sumPrevious += r.previous;
    }
    const int last = int(shown.size()) + 1;
    put(last, 0, vi("Tổng cộng"), bold);
    put(last, 1, QString::number(sumCurrent), bold);
    put(last, 2, QString::number(sumPrevious), bold);
    const int change = sumCurrent - sumPrevious;
    put(last, 3, change > 0 ? QStringLiteral("+%1").arg(change) : QString::number(change), bold);
    doc.addSpacer();
}

void addParagraphs(PartyDocument &doc, const QString &text)
{
    const QStringList parts
        = text.split(QRegularExpression(QStringLiteral("\\n\\s*\\n|\\n")), Qt::SkipEmptyParts);
    for (const QString &p : parts)
        doc.addParagraph(p.trimmed());
}

/** The issuer, number, place and date, and the title naming the period. */
void addHeader(PartyDocument &doc, const PeriodReportData &d)
{
    PartyDocument::Header header;
    header.superiorBody = d.superiorBody;
    header.issuer = d.committeeName;
    header.number = PartyDocument::numberLine(0, QStringLiteral("BC/BCĐ"));
    header.place = d.placeName;
    header.date = QDate::currentDate();
    doc.setHeader(header);
    QString periodName = d.period.label();
    periodName[0] = periodName.at(0).toLower(); // "quý II/2024", "tuần 29/2024"
    doc.setTitle(vi("BÁO CÁO"), vi("Tình hình dư luận xã hội %1").arg(periodName));

    doc.addParagraph(vi("Kỳ báo cáo: %1 (từ ngày %2 đến ngày %3).")
                         .arg(d.period.label(), VnDate::display(d.period.first),
                             VnDate::display(d.period.last)));
}

/** I.1–4: the overview and the tables by topic, locality and sentiment. */
void addFigures(PartyDocument &doc, const PeriodReportData &d)
{
    doc.addHeading(vi("I. TÌNH HÌNH DƯ LUẬN XÃ HỘI TRONG KỲ"));
    doc.addHeading(vi("1. Tổng quan"));
    doc.addParagraph(vi("Tổng số phản ánh: %1 (%2: %3; %4).")
                         .arg(d.total)
                         .arg(d.previousPeriod.label())
                         .arg(d.previousTotal)
                         .arg(PeriodReport::changeText(d.total, d.previousTotal)));
    doc.addParagraph(vi("Số vấn đề nóng, nổi cộm: %1. Tỷ lệ đã trả lời, giải quyết: %2.")
                         .arg(d.hotCount)
                         .arg(percent(d.responses.rate())));

    doc.addHeading(vi("2. Phân theo lĩnh vực"));
    addTable(doc, vi("Lĩnh vực"), d, d.byTopic, StatsDimension::Topic, 15);
    doc.addHeading(vi("3. Phân theo địa bàn"));
    addTable(doc, vi("Địa bàn"), d, d.byLocality, StatsDimension::Locality, 15);
    doc.addHeading(vi("4. Phân theo chiều hướng dư luận"));
    addTable(doc, vi("Chiều hướng"), d, d.bySentiment, StatsDimension::Sentiment, 10);
}

/** The charts, each scaled to the text width, with a numbered caption. */
void addCharts(PartyDocument &doc, const QList<QImage> &charts, const QStringList &captions,
    const QString &imageDir, int section)
{
    doc.addHeading(vi("%1. Biểu đồ").arg(section));
    const DocumentPageSettings &s = doc.settings();
    const double textWidthPx = (210.0 - s.marginLeftMm - s.marginRightMm) / 25.4 * qt_defaultDpiY();
    for (int i = 0; i < charts.size(); ++i) {
        const QImage &image = charts.at(i);
        if (image.isNull())
            continue;
        // The assembled document reads images by file name: keep them beside it.
        const QString file = QDir(imageDir.isEmpty() ? QDir::tempPath() : imageDir)
                                 .filePath(QStringLiteral("chart-%1.png").arg(i + 1));
        image.save(file, "PNG");
        QTextCursor c = doc.bodyCursor();
        QTextBlockFormat bf;
        bf.setAlignment(Qt::AlignHCenter);
        bf.setTopMargin(6);
        c.insertBlock(bf);
        QTextImageFormat img;
        img.setName(QUrl::fromLocalFile(file).toString());
        img.setWidth(textWidthPx);
        img.setHeight(textWidthPx * image.height() / std::max(1, image.width()));
        c.insertImage(img);
        QTextBlockFormat cf;
        cf.setAlignment(Qt::AlignHCenter);
        cf.setBottomMargin(8);
        QTextCharFormat italic;
        italic.setFontItalic(true);
        italic.setFontPointSize(13);
        c.insertBlock(cf, italic);
        c.insertText(vi("Biểu đồ %1. %2").arg(i + 1).arg(captions.value(i)), italic);
    }
}

void addHotItems(PartyDocument &doc, const PeriodReportData &d, int section)
{
    doc.addHeading(vi("%1. Các vấn đề nóng, nổi cộm").arg(section));
    if (d.hot.isEmpty()) {
        doc.addParagraph(vi("Trong kỳ không có vấn đề nóng, nổi cộm."));
    } else {
        doc.addParagraph(vi("Trong kỳ có %1 vấn đề nóng, nổi cộm:").arg(d.hotCount));
        for (const HotItem &h : d.hot) {
            QString summary = h.summary.trimmed();
            while (summary.endsWith(QLatin1Char('.')))
                summary.chop(1);
            doc.addListItem(QStringLiteral("%1 (%2, %3): %4.")
                                .arg(VnDate::display(h.observed), h.locality, h.topic, summary),
                QStringLiteral("- "));
        }
        if (d.hotCount > d.hot.size())
            doc.addParagraph(vi("Và %1 vấn đề khác.").arg(d.hotCount - d.hot.size()));
    }
}

void addResponses(PartyDocument &doc, const PeriodReportData &d, int section)
{
    doc.addHeading(vi("%1. Tình hình trả lời, giải quyết phản ánh").arg(section));
    QString resp = vi("Đã trả lời, giải quyết %1/%2 phản ánh, đạt %3 (%4: %5)")
                       .arg(d.responses.answered)
                       .arg(d.total)
                       .arg(percent(d.responses.rate()))
                       .arg(d.previousPeriod.label())
                       .arg(percent(d.previousResponses.rate()));
    if (d.responses.medianDays >= 0)
        resp += vi("; thời gian phản hồi trung vị: %1 ngày").arg(days(d.responses.medianDays));
    doc.addParagraph(resp + QLatin1Char('.'));
    if (!d.byStatus.isEmpty()) {
        QStringList parts;
        const QStringList order = StatsDimensions::enumerationCodes(StatsDimension::Status);
        for (const QString &code : order) {
            for (const StatsCount &s : d.byStatus) {
                if (s.key == code)
                    parts.append(
                        QStringLiteral("%1: %2")
                            .arg(StatsDimensions::vietnameseLabel(StatsDimension::Status, code))
                            .arg(s.count));
            }
        }
        doc.addParagraph(vi("Theo tình trạng xử lý: %1.").arg(parts.join(QLatin1String("; "))));
    }
}

/** II: the committee's meetings and the tasks due in the period. */
void addActivities(PartyDocument &doc, const PeriodReportData &d)
{
    doc.addHeading(vi("II. HOẠT ĐỘNG CỦA BAN CHỈ ĐẠO TRONG KỲ"));
    doc.addHeading(vi("1. Hội nghị"));
    if (d.meetings.isEmpty()) {
        doc.addParagraph(vi("Trong kỳ, Ban Chỉ đạo không tổ chức hội nghị."));
    } else {
        doc.addParagraph(
            vi("Trong kỳ, Ban Chỉ đạo đã tổ chức %1 hội nghị:").arg(d.meetings.size()));
        for (const PeriodMeeting &m : d.meetings)
            doc.addListItem(QStringLiteral("%1 (%2), %3%4.")
                                .arg(m.title, meetingKindLabel(m.kind).toLower(),
                                    VnDate::longVietnamese(m.startsAt.date()),
                                    m.place.isEmpty() ? QString() : vi(", tại %1").arg(m.place)),
                QStringLiteral("- "));
    }
    doc.addHeading(vi("2. Kết quả thực hiện nhiệm vụ"));
    if (d.tasks.due == 0 && d.tasks.assigned == 0 && d.tasks.overdue == 0) {
        doc.addParagraph(vi("Trong kỳ không có nhiệm vụ đến hạn."));
    } else {
        doc.addParagraph(
            vi("Nhiệm vụ đến hạn trong kỳ: %1; đã hoàn thành: %2 (%3); đang thực hiện: %4; "
               "đã hủy: %5. Nhiệm vụ quá hạn chưa hoàn thành: %6. Nhiệm vụ mới giao tại "
               "các hội nghị trong kỳ: %7.")
                .arg(d.tasks.due)
                .arg(d.tasks.dueDone)
                .arg(percent(d.tasks.due > 0 ? double(d.tasks.dueDone) / d.tasks.due : 0.0))
                .arg(d.tasks.dueOpen)
                .arg(d.tasks.dueCancelled)
                .arg(d.tasks.overdue)
                .arg(d.tasks.assigned));
    }
}

} // namespace

void PeriodReportDocument::compose(PartyDocument &doc, const PeriodReportData &d,
    const QList<QImage> &charts, const QStringList &captions, const QString &imageDir)
{
    addHeader(doc, d);
    addFigures(doc, d);
    int section = 5;
    if (!charts.isEmpty())
        addCharts(doc, charts, captions, imageDir, section++);
    addHotItems(doc, d, section++);
    addResponses(doc, d, section++);
    addActivities(doc, d);

    doc.addHeading(vi("III. ĐÁNH GIÁ CHUNG"));
    addParagraphs(doc, d.assessment);
    doc.addHeading(vi("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI"));
    addParagraphs(doc, d.direction);

    PartyDocument::Signature left;
    PartyDocument::Signature right;
    right.label = vi("T/M BAN CHỈ ĐẠO");
    right.subLabel = vi("Trưởng ban");
    right.name = d.headName;
    doc.setSignatures(left, right);
}

} // namespace thuky
