#pragma once

// The database the opinion report tests share: a province with two districts and a commune,
// two top-level topics (one with a subtopic), and a helper that adds a report.

#include <common/testdb.h>
#include <core/opinions/opinionrepository.h>
#include <core/opinions/taxonomyrepository.h>
#include <core/roster/rosterrepository.h>

#include <QTemporaryDir>

#include <memory>

namespace thuky::test {

class OpinionFixture
{
protected:
    /** A fresh database on @p backend ("sqlite" or "postgresql") with the names above. */
    void open(const QString &backend)
    {
        m_db = openFresh(backend, *m_dir);
        RosterRepository roster(*m_db);
        auto loc = [&](const char *name, const char *level, qint64 parent) {
            Locality l;
            l.name = QString::fromUtf8(name);
            l.level = QLatin1String(level);
            l.parentId = parent;
            return roster.addLocality(l);
        };
        m_province = loc("An Giang", "province", 0);
        m_district = loc("Tri Tôn", "district", m_province);
        m_commune = loc("Ba Chúc", "commune", m_district);
        m_otherDistrict = loc("Chợ Mới", "district", m_province);
        TaxonomyRepository taxonomy(*m_db);
        m_economy = taxonomy.addTopic(QStringLiteral("Kinh tế"));
        m_prices = taxonomy.addTopic(QStringLiteral("Giá cả thị trường"), m_economy);
        m_land = taxonomy.addTopic(QStringLiteral("Đất đai"));
    }

    /** Closes the last test's database and makes a new directory (each test's init()). */
    void reset()
    {
        m_db.reset();
        m_dir = std::make_unique<QTemporaryDir>();
    }

    qint64 addReport(const QDate &date, qint64 locality, qint64 topic, const QString &summary,
        const QString &sentiment = QStringLiteral("neutral"),
        const QString &channel = QStringLiteral("direct"))
    {
        OpinionReport r;
        r.observedOn = date;
        r.localityId = locality;
        r.topicId = topic;
        r.summary = summary;
        r.sentiment = sentiment;
        r.channel = channel;
        return OpinionRepository(*m_db).add(r);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_province = 0, m_district = 0, m_commune = 0, m_otherDistrict = 0;
    qint64 m_economy = 0, m_prices = 0, m_land = 0;
};

} // namespace thuky::test
