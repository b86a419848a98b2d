#pragma once

// Opinion reports inserted with plain SQL for the statistics, chart and report tests: a
// small locality tree, a two-level topic list and N random reports whose values the test
// keeps, so that it can count them itself.

#include <core/db/database.h>
#include <core/text/vndate.h>

#include <QDate>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace thuky::test {

struct FixtureReport
{
    qint64 id = 0;
    QDate observed;
    QString quarter;
    qint64 localityId = 0;
    QString locality; ///< leaf name
    qint64 topicId = 0;
    QString topic; ///< leaf name
    QString channel, sentiment, urgency, status;
    QDate responseOn; ///< invalid when none
};

struct StatsFixture
{
    qint64 province = 0;
    QList<qint64> districts;
    QList<qint64> communes; ///< communes[i] lies in districts[i % districts.size()]
    QHash<qint64, QString> localityNames;
    QHash<qint64, qint64> localityParent;
    QList<qint64> topicParents;
    QList<qint64> topics; ///< leaves; topics[i] under topicParents[i % topicParents.size()]
    QHash<qint64, QString> topicNames;
    QHash<qint64, qint64> topicParent;
    QList<FixtureReport> reports;

    static QString common() { return QStringLiteral("uuid, created_at, updated_at, updated_by"); }

    qint64 addLocality(Database &db, const QString &name, const QString &level, qint64 parent)
    {
        const qint64 id
            = db.insert(QStringLiteral("INSERT INTO localities (%1, name, level, parent_id) "
                                       "VALUES (?, ?, ?, 'test', ?, ?, ?)")
                            .arg(common()),
                { Database::newUuid(), Database::now(), Database::now(), name, level,
                    parent ? QVariant(parent) : QVariant(QMetaType(QMetaType::LongLong)) });
        localityNames.insert(id, name);
        localityParent.insert(id, parent);
        return id;
    }

    qint64 addTopic(Database &db, const QString &name, qint64 parent)
    {
        const qint64 id = db.insert(
            QStringLiteral(
                "INSERT INTO topics (%1, name, parent_id) VALUES (?, ?, ?, 'test', ?, ?)")
                .arg(common()),
            { Database::newUuid(), Database::now(), Database::now(), name,
                parent ? QVariant(parent) : QVariant(QMetaType(QMetaType::LongLong)) });
        topicNames.insert(id, name);
        topicParent.insert(id, parent);
        return id;
    }

    /** The taxonomy and @p count reports observed between @p first and @p last. */
    void fill(Database &db, int count, quint32 seed = 7, QDate first = QDate(2023, 1, 1),
        QDate last = QDate(2024, 12, 31))
    {
        Transaction tx(db);
        province = addLocality(db, QString::fromUtf8("An Giang"), QStringLiteral("province"), 0);
        const QStringList districtNames { QString::fromUtf8("Long Xuyên"),
            QString::fromUtf8("Châu Đốc"), QString::fromUtf8("Tân Châu") };
        for (const QString &n : districtNames)
            districts.append(addLocality(db, n, QStringLiteral("district"), province));
        // "Phường 1" exists in two districts: counted together under its name.
        const QStringList communeNames { QString::fromUtf8("Mỹ Bình"), QString::fromUtf8("Vĩnh Mỹ"),
            QString::fromUtf8("Long Sơn"), QString::fromUtf8("Phường 1"),
            QString::fromUtf8("Phường 1"), QString::fromUtf8("Long Phú") };
        for (int i = 0; i < communeNames.size(); ++i)
            communes.append(addLocality(db, communeNames.at(i), QStringLiteral("commune"),
                districts.at(i % districts.size())));
        const QStringList parents { QString::fromUtf8("Kinh tế"), QString::fromUtf8("Xã hội") };
        for (const QString &n : parents)
            topicParents.append(addTopic(db, n, 0));
        const QStringList leaves { QString::fromUtf8("Đất đai"), QString::fromUtf8("Y tế"),
            QString::fromUtf8("Giá cả, thị trường"), QString::fromUtf8("Giáo dục"),
            QString::fromUtf8("Môi trường") };
        for (int i = 0; i < leaves.size(); ++i)
            topics.append(addTopic(db, leaves.at(i), topicParents.at(i % topicParents.size())));

        const QStringList channels { QStringLiteral("direct"), QStringLiteral("social_media"),
            QStringLiteral("press"), QStringLiteral("meeting"), QStringLiteral("hotline"),
            QStringLiteral("survey") };
        const QStringList sentiments { QStringLiteral("positive"), QStringLiteral("neutral"),
            QStringLiteral("negative"), QStringLiteral("mixed") };
        const QStringList urgencies { QStringLiteral("normal"), QStringLiteral("normal"),
            QStringLiteral("notable"), QStringLiteral("hot") };
        const QStringList statuses { QStringLiteral("new"), QStringLiteral("forwarded"),
            QStringLiteral("answered"), QStringLiteral("resolved"), QStringLiteral("closed") };
        QList<qint64> allLocalities = communes;
        allLocalities += districts; // some reports are filed at district level
        QList<qint64> allTopics = topics;
        allTopics.append(topicParents.first()); // and some under a first-level topic
        QRandomGenerator rng(seed);
        const int days = int(first.daysTo(last)) + 1;
        QSqlQuery q = db.prepare(QStringLiteral(
            "INSERT INTO opinions (uuid, created_at, updated_at, observed_on, quarter, "
            "locality_id, topic_id, channel, sentiment, urgency, scope, summary, status, "
            "response_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'local', ?, ?, ?)"));
        for (int i = 0; i < count; ++i) {
            FixtureReport r;
            r.observed = first.addDays(rng.bounded(days));
            r.quarter = VnDate::quarterCode(r.observed);
            r.localityId = allLocalities.at(rng.bounded(int(allLocalities.size())));
            r.locality = localityNames.value(r.localityId);
            r.topicId = allTopics.at(rng.bounded(int(allTopics.size())));
            r.topic = topicNames.value(r.topicId);
            r.channel = channels.at(rng.bounded(int(channels.size())));
            r.sentiment = sentiments.at(rng.bounded(int(sentiments.size())));
            r.urgency = urgencies.at(rng.bounded(int(urgencies.size())));
            r.status = statuses.at(rng.bounded(int(statuses.size())));
            if (r.status == QLatin1String("answered") || r.status == QLatin1String("resolved")
                || r.status == QLatin1String("closed"))
                r.responseOn = r.observed.addDays(rng.bounded(60));
            const QString now = Database::now();
            for (const QVariant &v :
                QVariantList { Database::newUuid(), now, now, VnDate::iso(r.observed), r.quarter,
                    r.localityId, r.topicId, r.channel, r.sentiment, r.urgency,
                    QStringLiteral("Phản ánh số %1 về %2").arg(i + 1).arg(r.topic), r.status,
                    r.responseOn.isValid() ? QVariant(VnDate::iso(r.responseOn))
                                           : QVariant(QMetaType(QMetaType::QString)) })
                q.addBindValue(v);
            db.exec(q);
            reports.append(r);
        }
        tx.commit();
        QSqlQuery ids = db.exec(QStringLiteral("SELECT id FROM opinions ORDER BY id"));
        for (int i = 0; i < reports.size() && ids.next(); ++i)
            reports[i].id = ids.value(0).toLongLong();
    }

    /** Whether @p id is @p root or lies under it. */
    bool localityUnder(qint64 id, qint64 root) const
    {
        for (qint64 cur = id; cur; cur = localityParent.value(cur))
            if (cur == root)
                return true;
        return false;
    }
};

} // namespace thuky::test

namespace thuky::test {

/** A province committee, a district committee, meetings and tasks, inserted with plain SQL. */
struct CommitteeFixture
{
    qint64 province = 0;
    qint64 district = 0;
    qint64 head = 0;

    static QVariant null() { return QVariant(QMetaType(QMetaType::LongLong)); }

    void fill(Database &db, const StatsFixture &fx)
    {
        Transaction tx(db);
        const QString now = Database::now();
        province = db.insert(
            QStringLiteral(
                "INSERT INTO committees (uuid, created_at, updated_at, name, level, "
                "locality_id, superior_body, place_name) VALUES (?, ?, ?, ?, 'province', ?, ?, ?)"),
            { Database::newUuid(), now, now, QString::fromUtf8("Ban Chỉ đạo 35 tỉnh An Giang"),
                fx.province, QString::fromUtf8("Tỉnh ủy An Giang"), QStringLiteral("An Giang") });
        district = db.insert(
            QStringLiteral("INSERT INTO committees (uuid, created_at, updated_at, name, level, "
                           "parent_id, locality_id, superior_body, place_name) "
                           "VALUES (?, ?, ?, ?, 'district', ?, ?, ?, ?)"),
            { Database::newUuid(), now, now,
                QString::fromUtf8("Ban Chỉ đạo 35 thành phố Long Xuyên"), province,
                fx.districts.at(0), QString::fromUtf8("Thành ủy Long Xuyên"),
                QString::fromUtf8("Long Xuyên") });
        head = db.insert(
            QStringLiteral(
                "INSERT INTO persons (uuid, created_at, updated_at, full_name, sort_key, "
                "search_name) VALUES (?, ?, ?, ?, 'k', 'n')"),
            { Database::newUuid(), now, now, QString::fromUtf8("Trần Văn Bình") });
        db.exec(
            QStringLiteral(
                "INSERT INTO memberships (uuid, created_at, updated_at, person_id, committee_id, "
                "role, start_date) VALUES (?, ?, ?, ?, ?, 'head', '2020-01-01')"),
            { Database::newUuid(), now, now, head, province });
        auto meeting = [&](qint64 committee, const QString &start, const QString &title) {
            return db.insert(
                QStringLiteral(
                    "INSERT INTO meetings (uuid, created_at, updated_at, committee_id, kind, "
                    "title, starts_at, place) VALUES (?, ?, ?, ?, 'quarterly_briefing', ?, ?, ?)"),
                { Database::newUuid(), now, now, committee, title, start,
                    QString::fromUtf8("Hội trường Tỉnh ủy") });
        };
        auto task = [&](qint64 meetingId, const QString &due, const QString &status) {
            db.exec(QStringLiteral("INSERT INTO tasks (uuid, created_at, updated_at, meeting_id, "
                                   "description, owner, "
                                   "due_date, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                { Database::newUuid(), now, now, meetingId, QString::fromUtf8("Nhiệm vụ"),
                    QString::fromUtf8("Sở Tư pháp"), due, status });
        };
        const qint64 q1 = meeting(province, QStringLiteral("2024-03-20T08:00:00"),
            QString::fromUtf8("Hội nghị giao ban quý I/2024"));
        const qint64 q2a = meeting(province, QStringLiteral("2024-04-16T08:00:00"),
            QString::fromUtf8("Hội nghị chuyên đề đất đai"));
        const qint64 q2b = meeting(province, QStringLiteral("2024-06-28T14:00:00"),
            QString::fromUtf8("Hội nghị giao ban quý II/2024"));
        meeting(
            district, QStringLiteral("2024-05-05T08:00:00"), QString::fromUtf8("Giao ban huyện"));
        task(q1, QStringLiteral("2024-04-30"), QStringLiteral("done"));
        task(q1, QStringLiteral("2024-05-30"), QStringLiteral("open"));
        task(q1, QStringLiteral("2024-03-30"),
            QStringLiteral("in_progress")); // overdue, due before Q2
        task(q2a, QStringLiteral("2024-06-15"), QStringLiteral("done"));
        task(q2a, QStringLiteral("2024-06-20"), QStringLiteral("cancelled"));
        task(q2b, QStringLiteral("2024-08-15"), QStringLiteral("open")); // due after Q2
        tx.commit();
    }
};

} // namespace thuky::test
