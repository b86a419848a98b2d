#include <core/reports/periodreport.h>

#include <core/db/database.h>
#include <core/documents/partydocument.h>
#include <core/text/vndate.h>

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlQuery>
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
    return QLocale(QLocale::Vietnamese, QLocale::Vietnam).toString(share * 100.0, 'f', 1)
        + QLatin1Char('%');
}

QString days(double value)
{
    return QLocale(QLocale::Vietnamese, QLocale::Vietnam)
        .toString(value, 'f', value == int(value) ? 0 : 1);
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

/** "Đất đai (25), Y tế (12) và Giá cả (9)" from the first @p n rows with a current count. */
QString leading(const QList<ComparisonRow> &rows, int n)
{
    QStringList parts;
    for (const ComparisonRow &r : rows) {
        if (r.current <= 0 || parts.size() >= n)
            break;
        parts.append(QStringLiteral("%1 (%2)").arg(r.key).arg(r.current));
    }
    if (parts.size() <= 1)
        return parts.join(QString());
    const QString last = parts.takeLast();
    return parts.join(QLatin1String(", ")) + vi(" và ") + last;
}

} // namespace

// ---------------------------------------------------------------------------------------
// Periods

std::optional<ReportPeriod> ReportPeriod::quarter(const QString &code)
{
    QDate last;
    const QDate first = VnDate::parseQuarter(code, &last);
    if (!first.isValid())
        return std::nullopt;
    return ReportPeriod { Quarter, first, last };
}

std::optional<ReportPeriod> ReportPeriod::isoWeek(const QString &code)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{4})-?W(\\d{1,2})$"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(code.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const int year = m.captured(1).toInt();
    const int week = m.captured(2).toInt();
    // 4 January is always in week 1; 28 December always in the year's last week.
    const QDate jan4(year, 1, 4);
    const int weeks = QDate(year, 12, 28).weekNumber();
    if (week < 1 || week > weeks)
        return std::nullopt;
    const QDate monday = jan4.addDays(1 - jan4.dayOfWeek()).addDays(7 * (week - 1));
    return ReportPeriod { Week, monday, monday.addDays(6) };
}

ReportPeriod ReportPeriod::containing(Kind kind, const QDate &date)
{
    if (kind == Quarter)
        return *quarter(VnDate::quarterCode(date));
    const QDate monday = date.addDays(1 - date.dayOfWeek());
    return ReportPeriod { Week, monday, monday.addDays(6) };
}

ReportPeriod ReportPeriod::previous() const
{
    return containing(kind, first.addDays(-1));
}

QString ReportPeriod::code() const
{
    if (kind == Quarter)
        return VnDate::quarterCode(first);
    int year = 0;
    const int week = first.weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
}

QString ReportPeriod::label() const
{
    if (kind == Quarter)
        return VnDate::quarterLabel(code());
    int year = 0;
    const int week = first.weekNumber(&year);
    return vi("Tuần %1/%2").arg(week).arg(year);
}

QString ReportPeriod::longLabel() const
{
    const QString span
        = vi("(từ ngày %1 đến ngày %2)").arg(VnDate::display(first), VnDate::display(last));
    QString l = label();
    l[0] = l.at(0).toLower();
    return l + QLatin1Char(' ') + span;
}

StatsFilter ReportPeriod::filter() const
{
    StatsFilter f;
    f.from = first;
    f.to = last;
    return f;
}

// ---------------------------------------------------------------------------------------
// Figures

PeriodReport::PeriodReport(Database &db)
    : m_db(db)
{
}

PeriodReportData PeriodReport::build(const ReportPeriod &period, qint64 committeeId)
{
    PeriodReportData d;
    d.period = period;
    d.previousPeriod = period.previous();

    QSqlQuery c = committeeId > 0
        ? m_db.exec(QStringLiteral("SELECT id, name, superior_body, place_name, locality_id, "
                                   "parent_id FROM committees WHERE id = ?"),
            { committeeId })
        : m_db.exec(QStringLiteral("SELECT id, name, superior_body, place_name, locality_id, "
                                   "parent_id FROM committees WHERE parent_id IS NULL "
                                   "ORDER BY id LIMIT 1"));
    StatsFilter current = period.filter();
    StatsFilter previous = d.previousPeriod.filter();
    if (c.next()) {
        d.committeeId = c.value(0).toLongLong();
        d.committeeName = c.value(1).toString();
        d.superiorBody = c.value(2).toString();
        d.placeName = c.value(3).toString();
        // A committee below the top counts the reports of its own locality.
        if (!c.value(5).isNull() && !c.value(4).isNull()) {
            current.localityId = c.value(4).toLongLong();
            previous.localityId = current.localityId;
        }
    } else if (committeeId > 0) {
        throw ValidationError(QStringLiteral("committee"),
            QCoreApplication::translate("thuky::PeriodReport", "No committee %1").arg(committeeId));
    }
    if (d.committeeName.isEmpty())
        d.committeeName = vi("Ban Chỉ đạo 35");

    d.scope = current;
    OpinionStats stats(m_db);
    d.total = stats.total(current);
    d.previousTotal = stats.total(previous);
    d.byTopic = stats.compare(StatsDimension::Topic, current, previous);
    d.byLocality = stats.compare(StatsDimension::Locality, current, previous);
    d.bySentiment = stats.compare(StatsDimension::Sentiment, current, previous);
    // Sentiments in their natural order rather than by size.
    const QStringList order = StatsDimensions::enumerationCodes(StatsDimension::Sentiment);
    std::stable_sort(d.bySentiment.begin(), d.bySentiment.end(),
        [&](const ComparisonRow &a, const ComparisonRow &b) {
            return order.indexOf(a.key) < order.indexOf(b.key);
        });
    d.responses = stats.responses(current);
    d.previousResponses = stats.responses(previous);
    d.byStatus = stats.countOverPeriod(StatsDimension::Status, current);
    d.hotCount = stats.hotCount(current);
    d.hot = stats.hotItems(current, 15);

    if (d.committeeId > 0) {
        const QString first = VnDate::iso(period.first);
        const QString last = VnDate::iso(period.last);
        QSqlQuery head = m_db.exec(
            QStringLiteral(
                "SELECT p.full_name FROM memberships m JOIN persons p ON p.id = m.person_id "
                "WHERE m.committee_id = ? AND m.role = 'head' AND m.start_date <= ? "
                "AND (m.end_date IS NULL OR m.end_date >= ?) ORDER BY m.start_date DESC"),
            { d.committeeId, last, last });
        if (head.next())
            d.headName = head.value(0).toString();

        QSqlQuery m = m_db.exec(
            QStringLiteral("SELECT id, starts_at, kind, title, place, status FROM meetings "
                           "WHERE committee_id = ? AND substr(starts_at, 1, 10) >= ? "
                           "AND substr(starts_at, 1, 10) <= ? ORDER BY starts_at, id"),
            { d.committeeId, first, last });
        while (m.next()) {
            PeriodMeeting pm;
            pm.id = m.value(0).toLongLong();
            pm.startsAt = QDateTime::fromString(m.value(1).toString(), Qt::ISODate);
            if (!pm.startsAt.isValid())
                pm.startsAt = QDateTime(VnDate::parse(m.value(1).toString().left(10)), QTime());
            pm.kind = m.value(2).toString();
            pm.title = m.value(3).toString();
            pm.place = m.value(4).toString();
            pm.status = m.value(5).toString();
            d.meetings.append(pm);
        }

        QSqlQuery t = m_db.exec(
            QStringLiteral(
                "SELECT t.status, count(*) FROM tasks t JOIN meetings mt ON mt.id = t.meeting_id "
                "WHERE mt.committee_id = ? AND t.due_date >= ? AND t.due_date <= ? "
                "GROUP BY t.status"),
            { d.committeeId, first, last });
        while (t.next()) {
            const QString status = t.value(0).toString();
            const int n = t.value(1).toInt();
            d.tasks.due += n;
            if (status == QLatin1String("done"))
                d.tasks.dueDone += n;
            else if (status == QLatin1String("cancelled"))
                d.tasks.dueCancelled += n;
            else
                d.tasks.dueOpen += n;
        }
        d.tasks.overdue
            = m_db.scalar(
                      QStringLiteral(
                          "SELECT count(*) FROM tasks t JOIN meetings mt ON mt.id = t.meeting_id "
                          "WHERE mt.committee_id = ? AND t.due_date IS NOT NULL AND t.due_date <> "
                          "'' "
                          "AND t.due_date <= ? AND t.status IN ('open','in_progress')"),
                      { d.committeeId, last })
                  .toInt();
        d.tasks.assigned
            = m_db.scalar(
                      QStringLiteral(
                          "SELECT count(*) FROM tasks t JOIN meetings mt ON mt.id = t.meeting_id "
                          "WHERE mt.committee_id = ? AND substr(mt.starts_at, 1, 10) >= ? "
                          "AND substr(mt.starts_at, 1, 10) <= ?"),
                      { d.committeeId, first, last })
                  .toInt();
    }

    d.assessment = draftAssessment(d);
    d.direction = draftDirection(d);
    return d;
}

QString PeriodReport::changeText(int current, int previous)
{
    const int change = current - previous;
    if (change == 0)
        return vi("không thay đổi");
    const QString amount = change > 0 ? vi("tăng %1").arg(change) : vi("giảm %1").arg(-change);
    if (previous <= 0)
        return amount;
    return QStringLiteral("%1 (%2)").arg(amount, percent(double(qAbs(change)) / previous));
}

QString PeriodReport::draftAssessment(const PeriodReportData &d)
{
    const QString period = d.period.label();
    const QString before = d.previousPeriod.label();
    QStringList paragraphs;
    if (d.total == 0) {
        paragraphs.append(
            vi("Trong %1, không có phản ánh dư luận xã hội nào được ghi nhận (%2: %3 phản ánh).")
                .arg(period, before)
                .arg(d.previousTotal));
        return paragraphs.join(QLatin1String("\n\n"));
    }
    paragraphs.append(vi("Trong %1, %2 đã tiếp nhận, tổng hợp %3 phản ánh dư luận xã hội, %4 so "
                         "với %5 (%6 phản ánh).")
                          .arg(period, d.committeeName)
                          .arg(d.total)
                          .arg(PeriodReport::changeText(d.total, d.previousTotal))
                          .arg(before)
                          .arg(d.previousTotal));
    QString focus = vi("Dư luận tập trung vào các lĩnh vực: %1").arg(leading(d.byTopic, 3));
    const QString places = leading(d.byLocality, 3);
    if (!places.isEmpty())
        focus += vi("; các địa bàn có nhiều phản ánh: %1").arg(places);
    paragraphs.append(focus + QLatin1Char('.'));
    QStringList moods;
    for (const ComparisonRow &r : d.bySentiment) {
        if (r.current > 0)
            moods.append(QStringLiteral("%1 %2").arg(
                StatsDimensions::vietnameseLabel(StatsDimension::Sentiment, r.key).toLower(),
                percent(double(r.current) / d.total)));
    }
    if (!moods.isEmpty())
        paragraphs.append(vi("Về chiều hướng dư luận: %1.").arg(moods.join(QLatin1String(", "))));
    if (d.hotCount > 0) {
        QStringList examples;
        for (const HotItem &h : d.hot) {
            const QString e = QStringLiteral("%1 (%2)").arg(h.topic, h.locality);
            if (!examples.contains(e))
                examples.append(e);
            if (examples.size() >= 3)
                break;
        }
        paragraphs.append(vi("Có %1 vấn đề nóng, nổi cộm, nổi lên là: %2.")
                              .arg(d.hotCount)
                              .arg(examples.join(QLatin1String("; "))));
    } else {
        paragraphs.append(vi("Trong kỳ không phát sinh vấn đề nóng, nổi cộm."));
    }
    QString response = vi("Tỷ lệ phản ánh đã được trả lời, giải quyết đạt %1 (%2/%3)")
                           .arg(percent(d.responses.rate()))
                           .arg(d.responses.answered)
                           .arg(d.total);
    if (d.responses.medianDays >= 0)
        response += vi("; thời gian phản hồi trung vị %1 ngày").arg(days(d.responses.medianDays));
    paragraphs.append(response + QLatin1Char('.'));
    return paragraphs.join(QLatin1String("\n\n"));
}

QString PeriodReport::draftDirection(const PeriodReportData &d)
{
    QStringList items;
    const QString topics = leading(d.byTopic, 3);
    const QString places = leading(d.byLocality, 3);
    QString watch = vi("Tiếp tục theo dõi, nắm bắt, định hướng dư luận xã hội");
    if (!topics.isEmpty())
        watch += vi(", tập trung vào các lĩnh vực %1").arg(topics);
    if (!places.isEmpty())
        watch += vi(" và các địa bàn %1").arg(places);
    items.append(watch + QLatin1Char('.'));
    if (d.hotCount > 0)
        items.append(vi(
            "Đề nghị các cơ quan chức năng kịp thời xem xét, giải quyết dứt điểm %1 vấn đề nóng, "
            "nổi cộm; chủ động thông tin, tuyên truyền, không để phát sinh điểm nóng.")
                         .arg(d.hotCount));
    const int unanswered = d.total - d.responses.answered;
    if (unanswered > 0)
        items.append(
            vi("Đôn đốc trả lời, giải quyết %1 phản ánh chưa được trả lời, giải quyết trong kỳ.")
                .arg(unanswered));
    if (d.tasks.overdue > 0 || d.tasks.dueOpen > 0)
        items.append(vi("Hoàn thành các nhiệm vụ còn dở dang (%1 nhiệm vụ đến hạn chưa hoàn thành, "
                        "%2 nhiệm vụ quá hạn).")
                         .arg(d.tasks.dueOpen)
                         .arg(d.tasks.overdue));
    items.append(vi("Duy trì chế độ thông tin, báo cáo định kỳ; nâng cao chất lượng hoạt động của "
                    "đội ngũ cộng tác viên."));
    return items.join(QLatin1String("\n\n"));
}

// ---------------------------------------------------------------------------------------
// The document

namespace {

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

} // namespace

void PeriodReport::compose(PartyDocument &doc, const PeriodReportData &d,
    const QList<QImage> &charts, const QStringList &captions, const QString &imageDir)
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

    doc.addHeading(vi("I. TÌNH HÌNH DƯ LUẬN XÃ HỘI TRONG KỲ"));
    doc.addHeading(vi("1. Tổng quan"));
    doc.addParagraph(vi("Tổng số phản ánh: %1 (%2: %3; %4).")
                         .arg(d.total)
                         .arg(d.previousPeriod.label())
                         .arg(d.previousTotal)
                         .arg(changeText(d.total, d.previousTotal)));
    doc.addParagraph(vi("Số vấn đề nóng, nổi cộm: %1. Tỷ lệ đã trả lời, giải quyết: %2.")
                         .arg(d.hotCount)
                         .arg(percent(d.responses.rate())));

    doc.addHeading(vi("2. Phân theo lĩnh vực"));
    addTable(doc, vi("Lĩnh vực"), d, d.byTopic, StatsDimension::Topic, 15);
    doc.addHeading(vi("3. Phân theo địa bàn"));
    addTable(doc, vi("Địa bàn"), d, d.byLocality, StatsDimension::Locality, 15);
    doc.addHeading(vi("4. Phân theo chiều hướng dư luận"));
    addTable(doc, vi("Chiều hướng"), d, d.bySentiment, StatsDimension::Sentiment, 10);

    int section = 5;
    if (!charts.isEmpty()) {
        doc.addHeading(vi("%1. Biểu đồ").arg(section++));
        const DocumentPageSettings &s = doc.settings();
        const double textWidthPx
            = (210.0 - s.marginLeftMm - s.marginRightMm) / 25.4 * qt_defaultDpiY();
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

    doc.addHeading(vi("%1. Các vấn đề nóng, nổi cộm").arg(section++));
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

    doc.addHeading(vi("%1. Tình hình trả lời, giải quyết phản ánh").arg(section++));
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
