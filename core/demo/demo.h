#pragma once

#include <QDate>
#include <QList>
#include <QRandomGenerator>
#include <QString>

namespace thuky {

class Database;

/**
 * Fills an empty database with an invented but realistic data set covering 2021–2024:
 * place names are real, person names are made up. Deterministic for a given seed.
 */
class DemoGenerator
{
public:
    DemoGenerator(Database &db, quint32 seed);
    /** Throws ValidationError when the database already holds records. */
    void generate(int opinions);

    /** Committee ids created by the roster step, province first. */
    QList<qint64> committeeIds() const { return m_committees; }

private:
    void generateRoster();
    /** Topics, agencies and @p count opinion reports 2021–2024 (demoopinions.cpp). */
    void generateOpinions(int count);
    /** Meetings 2021–2024 with attendance, speakers, conclusions, tasks (demomeetings.cpp). */
    void generateMeetings();
    QString inventName();
    int pick(int n) { return int(m_rng.bounded(n)); }

    Database &m_db;
    QRandomGenerator m_rng;
    QList<qint64> m_committees;
    QList<qint64> m_localities;
    QStringList m_usedNames;
};

} // namespace thuky
