#pragma once

// The records the home page tests share: a committee with a chair, a locality, a topic and an
// agency, and helpers that add a report in a given state, a meeting and its tasks, all through
// the repositories as the application writes them.

#include <common/testdb.h>
#include <core/meetings/meetingrepository.h>
#include <core/meetings/taskrepository.h>
#include <core/opinions/opinionrepository.h>
#include <core/opinions/taxonomyrepository.h>
#include <core/roster/rosterrepository.h>

#include <QTemporaryDir>

#include <memory>

namespace thuky::test {

class HomeFixture
{
protected:
    /** A fresh database on @p backend with nothing in it. */
    void openEmpty(const QString &backend)
    {
        m_db.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = openFresh(backend, *m_dir);
    }

    /** A fresh database with the committee, its chair, a locality, a topic and an agency. */
    void open(const QString &backend)
    {
        openEmpty(backend);
        RosterRepository roster(*m_db);
        Locality l;
        l.name = QStringLiteral("Tri Tôn");
        l.level = QStringLiteral("district");
        m_locality = roster.addLocality(l);
        Committee c;
        c.name = QStringLiteral("Ban Chỉ đạo 35 huyện Tri Tôn");
        c.level = QStringLiteral("district");
        c.localityId = m_locality;
        m_committee = roster.addCommittee(c);
        Person p;
        p.fullName = QStringLiteral("Nguyễn Văn Chủ");
        m_chair = roster.addPerson(p);
        TaxonomyRepository taxonomy(*m_db);
        m_topic = taxonomy.addTopic(QStringLiteral("Đất đai"));
        m_agency = taxonomy.addAgency(QStringLiteral("Sở Tài nguyên và Môi trường"));
    }

    /**
     * Adds a report observed on @p date in @p status; a forwarded or later report was forwarded
     * on @p date + 2 days, an answered or later one answered on @p date + 5 days.
     */
    qint64 addReport(const QDate &date, const QString &status = QStringLiteral("new"),
        const QString &summary = QStringLiteral("Người dân hỏi về giá đất bồi thường"))
    {
        OpinionReport r;
        r.observedOn = date;
        r.localityId = m_locality;
        r.topicId = m_topic;
        r.summary = summary;
        r.status = status;
        if (status != QLatin1String("new")) {
            r.agencyId = m_agency;
            r.forwardedOn = date.addDays(2);
        }
        if (status != QLatin1String("new") && status != QLatin1String("forwarded")) {
            r.response = QStringLiteral("Đã trả lời bằng văn bản.");
            r.responseOn = date.addDays(5);
        }
        return OpinionRepository(*m_db).add(r);
    }

    /** A draft meeting of the committee at @p start, chaired, with tasks due on @p dues. */
    qint64 addMeeting(const QDateTime &start, const QString &title, const QList<QDate> &dues = {},
        const QStringList &statuses = {})
    {
        Meeting m;
        m.committeeId = m_committee;
        m.title = title;
        m.start = start;
        m.chairIds = { m_chair };
        for (int i = 0; i < dues.size(); ++i) {
            Task t;
            t.description = QStringLiteral("Nhiệm vụ %1").arg(i + 1);
            t.owner = QStringLiteral("Ban Tuyên giáo");
            t.due = dues.at(i);
            t.status = statuses.value(i, QStringLiteral("open"));
            if (t.status == QLatin1String("done") || t.status == QLatin1String("cancelled"))
                t.completedOn = start.date();
            m.tasks << t;
        }
        MeetingRepository(*m_db).create(m);
        m_tasks = m.tasks;
        return m.id;
    }

    void setSetting(const QString &key, const QString &value)
    {
        m_db->exec(QStringLiteral("DELETE FROM settings WHERE key = ?"), { key });
        m_db->exec(
            QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"), { key, value });
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_locality = 0, m_committee = 0, m_chair = 0, m_topic = 0, m_agency = 0;
    QList<Task> m_tasks; ///< the tasks of the last meeting added, with their ids
};

} // namespace thuky::test
