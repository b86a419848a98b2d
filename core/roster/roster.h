#pragma once

#include <core/db/roles.h>

#include <QDate>
#include <QList>
#include <QString>

namespace thuky {

/** A place in the locality tree (province → district → commune). */
struct Locality
{
    qint64 id = 0;
    QString uuid;
    QString name;
    QString level; ///< province, district or commune
    qint64 parentId = 0;
    QDate validFrom;
    QDate validTo;
    qint64 mergedIntoId = 0;
    QDate mergedOn;
    int rowVersion = 0;
};

/** A steering committee (ban chỉ đạo). */
struct Committee
{
    qint64 id = 0;
    QString uuid;
    QString name;
    QString level; ///< province, district, commune or agency
    qint64 parentId = 0;
    qint64 localityId = 0;
    QString superiorBody; ///< printed above the committee in document headers
    QString placeName; ///< place in the date line of documents
    QDate validFrom;
    QDate validTo; ///< the last day (dissolution); invalid = still in office
    qint64 successorId = 0; ///< the committee it was dissolved into, if any
    int depth = 0; ///< filled by RosterRepository::committees()
    int rowVersion = 0;
};

/** A committee member, secretariat staff member or collaborator. */
struct Person
{
    qint64 id = 0;
    QString uuid;
    QString fullName;
    QString honorific;
    QString titles;
    QString organisation;
    QString phone;
    QString email;
    QString note;
    int rowVersion = 0;
};

/** Person × committee × role over a period, by a decision. */
struct Membership
{
    qint64 id = 0;
    QString uuid;
    qint64 personId = 0;
    qint64 committeeId = 0;
    Role role = Role::Member;
    QDate start;
    QDate end; ///< invalid = still current
    QString decision;
    QString note;
    // Joined for display.
    QString personName;
    QString personTitles;
    QString committeeName;
    int rowVersion = 0;
};

} // namespace thuky
