#include <core/reports/periodreport.h>

#include <core/db/database.h>
#include <core/text/vndate.h>

#include <QCoreApplication>
#include <QLocale>
#include <QSqlQuery>

#include <algorithm>

namespace thuky {

namespace {

QString vi(const char *text)
{
    return QString::fromUtf8(text);
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
// Figures

PeriodReport::PeriodReport(Database &db)
    : m_db(db)
{
}

PeriodReportData PeriodReport::build(const ReportPeriod &period, qint64 committeeId, bool rollUp)
{
    PeriodReportData d;
    d.period = period;
    d.previousPeriod = period.previous();
    StatsFilter current = period.filter();
    StatsFilter previous = d.previousPeriod.filter();
    // A committee below the top counts the reports of its own locality.
    current.localityId = previous.localityId = loadCommittee(committeeId, &d);
    current.rollUpMerged = previous.rollUpMerged = rollUp;
    if (rollUp)
        current.rollUpOn = previous.rollUpOn = QDate::currentDate();
    d.scope = current;
    addOpinionFigures(previous, &d);
    if (d.committeeId > 0) {
        d.headName = headName(d.committeeId, period.last);
        d.meetings = meetings(d.committeeId, period);
        d.tasks = tasks(d.committeeId, period);
    }
    d.assessment = draftAssessment(d);
    d.direction = draftDirection(d);
    return d;
}

qint64 PeriodReport::loadCommittee(qint64 committeeId, PeriodReportData *d)
{
    QSqlQuery c = committeeId > 0
        ? m_db.exec(QStringLiteral("SELECT id, name, superior_body, place_name, locality_id, "
                                   "parent_id FROM committees WHERE id = ?"),
            { committeeId })
        : m_db.exec(QStringLiteral("SELECT id, name, superior_body, place_name, locality_id, "
                                   "parent_id FROM committees WHERE parent_id IS NULL "
                                   "ORDER BY id LIMIT 1"));
    qint64 localityId = 0;
    if (c.next()) {
        d->committeeId = c.value(0).toLongLong();
        d->committeeName = c.value(1).toString();
        d->superiorBody = c.value(2).toString();
        d->placeName = c.value(3).toString();
        if (!c.value(5).isNull() && !c.value(4).isNull())
            localityId = c.value(4).toLongLong();
    } else if (committeeId > 0) {
        throw ValidationError(QStringLiteral("committee"),
            QCoreApplication::translate("thuky::PeriodReport", "No committee %1").arg(committeeId));
    }
    if (d->committeeName.isEmpty())
        d->committeeName = vi("Ban Chỉ đạo 35");
    return localityId;
}

void PeriodReport::addOpinionFigures(const StatsFilter &previous, PeriodReportData *d)
{
    const StatsFilter &current = d->scope;
    OpinionStats stats(m_db);
    d->total = stats.total(current);
    d->previousTotal = stats.total(previous);
    d->byTopic = stats.compare(StatsDimension::Topic, current, previous);
    d->byLocality = stats.compare(StatsDimension::Locality, current, previous);
    d->bySentiment = stats.compare(StatsDimension::Sentiment, current, previous);
    // Sentiments in their natural order rather than by size.
    const QStringList order = StatsDimensions::enumerationCodes(StatsDimension::Sentiment);
    std::stable_sort(d->bySentiment.begin(), d->bySentiment.end(),
        [&](const ComparisonRow &a, const ComparisonRow &b) {
            return order.indexOf(a.key) < order.indexOf(b.key);
        });
    d->responses = stats.responses(current);
    d->previousResponses = stats.responses(previous);
    d->byStatus = stats.countOverPeriod(StatsDimension::Status, current);
    d->hotCount = stats.hotCount(current);
    d->hot = stats.hotItems(current, 15);
}

QString PeriodReport::headName(qint64 committeeId, const QDate &day)
{
    const QString iso = VnDate::iso(day);
    QSqlQuery head = m_db.exec(
        QStringLiteral("SELECT p.full_name FROM memberships m JOIN persons p ON p.id = m.person_id "
                       "WHERE m.committee_id = ? AND m.role = 'head' AND m.start_date <= ? "
                       "AND (m.end_date IS NULL OR m.end_date >= ?) ORDER BY m.start_date DESC"),
        { committeeId, iso, iso });
    return head.next() ? head.value(0).toString() : QString();
}

QList<PeriodMeeting> PeriodReport::meetings(qint64 committeeId, const ReportPeriod &period)
{
    QSqlQuery m
        = m_db.exec(QStringLiteral("SELECT id, starts_at, kind, title, place, status FROM meetings "
                                   "WHERE committee_id = ? AND substr(starts_at, 1, 10) >= ? "
                                   "AND substr(starts_at, 1, 10) <= ? ORDER BY starts_at, id"),
            { committeeId, VnDate::iso(period.first), VnDate::iso(period.last) });
    QList<PeriodMeeting> result;
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
        result.append(pm);
    }
    return result;
}

PeriodTasks PeriodReport::tasks(qint64 committeeId, const ReportPeriod &period)
{
    const QString first = VnDate::iso(period.first);
    const QString last = VnDate::iso(period.last);
    PeriodTasks tasks;
    QSqlQuery t = m_db.exec(
        QStringLiteral(
            "SELECT t.status, count(*) FROM tasks t JOIN meetings mt ON mt.id = t.meeting_id "
            "WHERE mt.committee_id = ? AND t.due_date >= ? AND t.due_date <= ? "
            "GROUP BY t.status"),
        { committeeId, first, last });
    while (t.next()) {
        const QString status = t.value(0).toString();
        const int n = t.value(1).toInt();
        tasks.due += n;
        if (status == QLatin1String("done"))
            tasks.dueDone += n;
        else if (status == QLatin1String("cancelled"))
            tasks.dueCancelled += n;
        else
            tasks.dueOpen += n;
    }
    tasks.overdue
        = m_db.scalar(QStringLiteral("SELECT count(*) FROM tasks t JOIN meetings mt ON mt.id = "
                                     "t.meeting_id WHERE mt.committee_id = ? AND t.due_date IS "
                                     "NOT NULL AND t.due_date <> '' AND t.due_date <= ? AND "
                                     "t.status IN ('open','in_progress')"),
                  { committeeId, last })
              .toInt();
    tasks.assigned
        = m_db.scalar(QStringLiteral("SELECT count(*) FROM tasks t JOIN meetings mt ON mt.id = "
                                     "t.meeting_id WHERE mt.committee_id = ? AND "
                                     "substr(mt.starts_at, 1, 10) >= ? AND "
                                     "substr(mt.starts_at, 1, 10) <= ?"),
                  { committeeId, first, last })
              .toInt();
    return tasks;
}

// ---------------------------------------------------------------------------------------
// Drafts

QString PeriodReport::changeText(int current, int previous)
{
    const int change = current - previous;
    if (change == 0)
        return vi("không thay đổi");
    const QString amount = change > 0 ? vi("tăng %1").arg(change) : vi("giảm %1").arg(-change);
    if (previous <= 0)
        return amount;
    return QStringLiteral("%1 (%2)").arg(amount, percentText(double(qAbs(change)) / previous));
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
                percentText(double(r.current) / d.total)));
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
                           .arg(percentText(d.responses.rate()))
                           .arg(d.responses.answered)
                           .arg(d.total);
    if (d.responses.medianDays >= 0)
        response
            += vi("; thời gian phản hồi trung vị %1 ngày").arg(daysText(d.responses.medianDays));
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

QString PeriodReport::percentText(double share)
{
    return QLocale(QLocale::Vietnamese, QLocale::Vietnam).toString(share * 100.0, 'f', 1)
        + QLatin1Char('%');
}

QString PeriodReport::daysText(double value)
{
    return QLocale(QLocale::Vietnamese, QLocale::Vietnam)
        .toString(value, 'f', value == int(value) ? 0 : 1);
}

} // namespace thuky
