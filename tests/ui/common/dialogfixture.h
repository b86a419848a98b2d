#pragma once

// The dialogs of the roster and opinion areas over a small database (a province, a commune,
// a committee with one member, a topic, a report), each made by a factory, for the tests that
// walk every dialog: the Tab order (tst_focuschain) and the date fields (tst_datefield).

#include <core/db/database.h>
#include <core/opinions/opinionrepository.h>
#include <core/opinions/taxonomyrepository.h>
#include <core/roster/rosterrepository.h>
#include <ui/opinions/importpreviewdialog.h>
#include <ui/opinions/opinionentrydialog.h>
#include <ui/opinions/opinionstatusdialog.h>
#include <ui/opinions/taxonomydialog.h>
#include <ui/roster/appointdialog.h>
#include <ui/roster/committeedialogs.h>
#include <ui/roster/endmembershipdialog.h>
#include <ui/roster/localitiesdialog.h>
#include <ui/roster/localityeditdialogs.h>
#include <ui/roster/persondialog.h>
#include <ui/roster/reorganisedialog.h>
#include <ui/roster/rosterimportdialog.h>

#include <QCoreApplication>
#include <QFile>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <functional>
#include <memory>

namespace thuky::test {

class DialogFixture
{
public:
    using Factory = std::function<QDialog *(DialogFixture *)>;

    static void initTestCaseFixture()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("thuky-tests"));
    }

    void initFixture()
    {
        QSettings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>(m_dir->filePath(QStringLiteral("t.sqlite")));
        m_db->open();
        m_db->setCurrentUser(QStringLiteral("test"));
        m_undo = std::make_unique<QUndoStack>();
        RosterRepository roster(*m_db);
        Locality l;
        l.name = QStringLiteral("An Giang");
        l.level = QStringLiteral("province");
        const qint64 province = roster.addLocality(l);
        l.name = QStringLiteral("Mỹ Bình");
        l.level = QStringLiteral("commune");
        l.parentId = province;
        m_commune = l;
        m_commune.id = roster.addLocality(l);
        m_committee.name = QStringLiteral("Ban Chỉ đạo 35 tỉnh An Giang");
        m_committee.level = QStringLiteral("province");
        m_committee.id = roster.addCommittee(m_committee);
        Person p;
        p.fullName = QStringLiteral("Nguyễn Văn An");
        Membership m;
        m.personId = roster.addPerson(p);
        m.committeeId = m_committee.id;
        m.start = QDate(2024, 1, 2);
        m_membership = roster.appoint(m);
        const qint64 topic = TaxonomyRepository(*m_db).addTopic(QStringLiteral("Đất đai"));
        OpinionReport r;
        r.observedOn = QDate(2024, 3, 1);
        r.localityId = m_commune.id;
        r.topicId = topic;
        r.summary = QStringLiteral("Tranh chấp đất");
        m_report = OpinionRepository(*m_db).add(r);
    }

    void cleanupFixture()
    {
        m_undo.reset();
        m_db.reset();
        m_dir.reset();
    }

    QString writeFile(const QString &name, const QByteArray &content) const
    {
        const QString path = m_dir->filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(content);
        return path;
    }

    Membership member() const { return *RosterRepository(*m_db).membership(m_membership); }
    OpinionReport report() const { return *OpinionRepository(*m_db).report(m_report); }
    QList<Person> persons() const { return RosterRepository(*m_db).persons(); }

    /** Every dialog of the two areas, by name. */
    static QList<QPair<const char *, Factory>> dialogs()
    {
        using Step = ChangeReportStatus::Step;
        const QDate on(2024, 5, 1);
        return {
            { "opinion entry",
                [](DialogFixture *t) {
                    return new OpinionEntryDialog(*t->m_db, t->m_undo.get());
                } },
            { "opinion edit",
                [](DialogFixture *t) {
                    const OpinionReport r = t->report();
                    return new OpinionEntryDialog(*t->m_db, t->m_undo.get(), &r);
                } },
            { "forward",
                [](DialogFixture *t) {
                    return new OpinionStatusDialog(
                        *t->m_db, t->m_undo.get(), t->report(), Step::Forward);
                } },
            { "answer",
                [](DialogFixture *t) {
                    return new OpinionStatusDialog(
                        *t->m_db, t->m_undo.get(), t->report(), Step::RecordAnswer);
                } },
            { "taxonomy", [](DialogFixture *t) { return new TaxonomyDialog(*t->m_db); } },
            { "import preview",
                [](DialogFixture *t) {
                    return new ImportPreviewDialog(*t->m_db,
                        t->writeFile(QStringLiteral("r.csv"),
                            "date,locality,topic,summary\n01/03/2024,Mỹ Bình,Đất đai,Một\n"
                            "02/03/2024,Hà Tiên,Đất đai,Hai\n"));
                } },
            { "appoint",
                [on](DialogFixture *t) {
                    return new AppointDialog(t->m_committee, t->persons(), on);
                } },
            { "appoint, new person",
                [on](DialogFixture *t) {
                    auto *d = new AppointDialog(t->m_committee, t->persons(), on);
                    d->newButton()->setChecked(true);
                    return d;
                } },
            { "reorganise",
                [on](DialogFixture *t) {
                    return new ReorganiseDialog({ t->member() }, t->persons(), on);
                } },
            { "reorganise, new person",
                [on](DialogFixture *t) {
                    auto *d = new ReorganiseDialog({ t->member() }, t->persons(), on);
                    d->newButton()->setChecked(true);
                    return d;
                } },
            { "end membership",
                [on](DialogFixture *t) { return new EndMembershipDialog(t->member(), on); } },
            { "person", [](DialogFixture *) { return new PersonDialog(Person()); } },
            { "add committee",
                [on](DialogFixture *t) {
                    return new AddCommitteeDialog(*t->m_db, t->m_committee.id, on);
                } },
            { "rename",
                [](DialogFixture *) {
                    return new NameDialog(
                        QStringLiteral("Rename"), QStringLiteral("Name:"), QStringLiteral("A"));
                } },
            { "dissolve",
                [on](DialogFixture *t) {
                    return new DissolveCommitteeDialog(*t->m_db, t->m_committee, on);
                } },
            { "localities",
                [](DialogFixture *t) {
                    return new LocalitiesDialog(*t->m_db, t->m_undo.get(), nullptr);
                } },
            { "add locality",
                [on](DialogFixture *t) { return new AddLocalityDialog(t->m_commune, on); } },
            { "merge localities",
                [on](DialogFixture *t) {
                    return new MergeLocalitiesDialog(*t->m_db, { t->m_commune }, on);
                } },
            { "move locality",
                [on](DialogFixture *t) {
                    return new MoveLocalityDialog(*t->m_db, t->m_commune, on);
                } },
            { "end locality",
                [on](DialogFixture *t) { return new EndLocalityDialog(t->m_commune, on); } },
            { "roster import",
                [](DialogFixture *t) {
                    auto *d = new RosterImportDialog(*t->m_db, t->m_committee.id);
                    d->setPath(t->writeFile(QStringLiteral("roster.csv"),
                        "person,role,start\nLê Thị Bình,member,01/03/2024\n"));
                    return d;
                } },
        };
    }

protected:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QUndoStack> m_undo;
    Committee m_committee;
    Locality m_commune;
    qint64 m_membership = 0;
    qint64 m_report = 0;
};

} // namespace thuky::test

Q_DECLARE_METATYPE(thuky::test::DialogFixture::Factory)
