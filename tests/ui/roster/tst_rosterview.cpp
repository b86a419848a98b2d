// Drives the real roster widgets offscreen: dialogs, undo and redo, refused input, models.

#include <core/db/database.h>
#include <core/demo/demo.h>
#include <core/roster/rosterrepository.h>
#include <ui/common/personpicker.h>
#include <ui/roster/appointdialog.h>
#include <ui/roster/committeetreemodel.h>
#include <ui/roster/endmembershipdialog.h>
#include <ui/roster/historymodel.h>
#include <ui/roster/membertablemodel.h>
#include <ui/roster/persondialog.h>
#include <ui/roster/personlistmodel.h>
#include <ui/roster/reorganisedialog.h>
#include <ui/roster/rosterview.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace thuky;

namespace {
/** Types @p text as key presses, also the Vietnamese letters QTest::keyClicks cannot send. */
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}
} // namespace

class TestRosterView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void addPersonThroughDialog();
    void appointThenUndoRedo();
    void undoRedoChainKeepsIdentity();
    void refusesEmptyName();
    void refusesSecondHead();
    void refusesEndBeforeStart();
    void endMembershipAndUndo();
    void reorganiseWithNewPerson();
    void nameFilterIgnoresDiacritics();
    void emptyStateForCommitteeWithoutMembers();
    void modelsPassTester();
    void keyboardOnlyAppointment();
    void readOnlyForViewers();
    void appointNewPersonFromTheKeyboard();
    void rankColumnShowsHonorific();
    void memberTableKeys();
    void setCurrentPersonShowsWhatHidesThem();
    void setCurrentCommitteeOutOfOffice();

private:
    template <class D> D *visibleDialog()
    {
        for (D *d : m_view->findChildren<D *>()) {
            if (d->isVisible())
                return d;
        }
        return nullptr;
    }
    void makeView();
    qint64 addPerson(const QString &name);
    qint64 appoint(qint64 personId, Role role, const QDate &start, qint64 committee = 0);
    int memberCount(const QDate &date) { return int(m_repo->members(m_province, date).size()); }
    static void clickOk(QDialog *dialog)
    {
        auto *box = dialog->findChild<QDialogButtonBox *>();
        QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RosterRepository> m_repo;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<RosterView> m_view;
    qint64 m_province = 0;
    qint64 m_district = 0;
};

void TestRosterView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(m_dir->filePath(QStringLiteral("t.sqlite")));
    m_db->open();
    m_repo = std::make_unique<RosterRepository>(*m_db);
    Committee province;
    province.name = QStringLiteral("Ban Chỉ đạo 35 tỉnh Thử Nghiệm");
    province.level = QStringLiteral("province");
    m_province = m_repo->addCommittee(province);
    Committee district;
    district.name = QStringLiteral("Ban Chỉ đạo 35 huyện Mẫu");
    district.level = QStringLiteral("district");
    district.parentId = m_province;
    m_district = m_repo->addCommittee(district);
    m_undo = std::make_unique<QUndoStack>();
}

void TestRosterView::cleanup()
{
    m_view.reset();
    m_undo.reset();
    m_repo.reset();
    m_db.reset();
    m_dir.reset();
}

void TestRosterView::makeView()
{
    m_view = std::make_unique<RosterView>(*m_db, m_undo.get());
    m_view->resize(1200, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

qint64 TestRosterView::addPerson(const QString &name)
{
    Person p;
    p.fullName = name;
    return m_repo->addPerson(p);
}

qint64 TestRosterView::appoint(qint64 personId, Role role, const QDate &start, qint64 committee)
{
    Membership m;
    m.personId = personId;
    m.committeeId = committee ? committee : m_province;
    m.role = role;
    m.start = start;
    m.decision = QStringLiteral("Quyết định số 1-QĐ/TU");
    return m_repo->appoint(m);
}

void TestRosterView::addPersonThroughDialog()
{
    makeView();
    m_view->addPersonAction()->trigger();
    QPointer<PersonDialog> dialog = visibleDialog<PersonDialog>();
    QVERIFY(dialog);
    QVERIFY(dialog->nameEdit()->hasFocus() || dialog->focusWidget() == dialog->nameEdit());
    typeText(dialog->nameEdit(), QStringLiteral("Nguyễn Thị Lan"));
    QTest::keyClick(dialog->nameEdit(), Qt::Key_Return); // Enter accepts
    QTRY_VERIFY(!dialog || !dialog->isVisible());

    const QList<Person> persons = m_repo->persons();
    QCOMPARE(persons.size(), 1);
    QCOMPARE(persons.first().fullName, QStringLiteral("Nguyễn Thị Lan"));
    QCOMPARE(m_undo->count(), 1);
    QCOMPARE(m_view->currentPersonId(), persons.first().id);
    QCOMPARE(m_view->findChild<QLabel *>(QStringLiteral("personHeading"))->text(),
        QStringLiteral("Nguyễn Thị Lan"));

    m_undo->undo();
    QVERIFY(m_repo->persons().isEmpty());
    QCOMPARE(m_view->currentPersonId(), qint64(0));
    m_undo->redo();
    QCOMPARE(m_repo->persons().size(), 1);
}

void TestRosterView::appointThenUndoRedo()
{
    addPerson(QStringLiteral("Trần Văn Bình"));
    const qint64 lan = addPerson(QStringLiteral("Lê Thị Lan"));
    makeView();
    QCOMPARE(m_view->memberModel()->rowCount(), 0);

    m_view->appointAction()->trigger();
    QPointer<AppointDialog> dialog = visibleDialog<AppointDialog>();
    QVERIFY(dialog);
    // Typing without diacritics finds "Lê Thị Lan".
    typeText(dialog->picker()->filterEdit(), QStringLiteral("le thi"));
    QCOMPARE(dialog->person().id, lan);
    dialog->roleBox()->setCurrentIndex(dialog->roleBox()->findData(QStringLiteral("head")));
    typeText(dialog->decisionEdit(), QStringLiteral("Quyết định số 120-QĐ/TU"));
    clickOk(dialog);
    QTRY_VERIFY(!dialog || !dialog->isVisible());

    QCOMPARE(m_view->memberModel()->rowCount(), 1);
    const QModelIndex name = m_view->memberModel()->index(0, MemberTableModel::NameColumn);
    QCOMPARE(name.data().toString(), QStringLiteral("Lê Thị Lan"));
    QCOMPARE(m_view->memberModel()->index(0, MemberTableModel::RoleColumn).data().toString(),
        Roles::label(Role::Head));
    QCOMPARE(m_view->memberModel()->index(0, MemberTableModel::DecisionColumn).data().toString(),
        QStringLiteral("Quyết định số 120-QĐ/TU"));
    QCOMPARE(memberCount(QDate::currentDate()), 1);
    QCOMPARE(m_view->historyModel()->rowCount(), 1);

    m_undo->undo();
    QCOMPARE(m_view->memberModel()->rowCount(), 0);
    QCOMPARE(memberCount(QDate::currentDate()), 0);
    QVERIFY(m_repo->history(lan).isEmpty());
    QCOMPARE(m_view->historyModel()->rowCount(), 0);

    m_undo->redo();
    QCOMPARE(m_view->memberModel()->rowCount(), 1);
    QCOMPARE(memberCount(QDate::currentDate()), 1);
    QCOMPARE(m_repo->members(m_province, QDate::currentDate()).first().role, Role::Head);
}

void TestRosterView::undoRedoChainKeepsIdentity()
{
    // Add a person, appoint them, end the membership; undo all, redo all: each redo finds
    // the rows the previous redo re-created (new row ids, same UUIDs).
    makeView();
    m_view->addPersonAction()->trigger();
    auto *personDialog = visibleDialog<PersonDialog>();
    QVERIFY(personDialog);
    typeText(personDialog->nameEdit(), QStringLiteral("Phạm Minh Đức"));
    clickOk(personDialog);

    m_view->appointAction()->trigger();
    auto *appointDialog = visibleDialog<AppointDialog>();
    QVERIFY(appointDialog);
    QCOMPARE(appointDialog->person().fullName, QStringLiteral("Phạm Minh Đức")); // preselected
    appointDialog->startEdit()->setDate(QDate(2024, 1, 10));
    clickOk(appointDialog);
    QVERIFY(!appointDialog->isVisible());
    m_view->setAsOf(QDate(2024, 3, 1));
    QCOMPARE(m_view->memberModel()->rowCount(), 1);

    m_view->memberTable()->selectRow(0);
    QVERIFY(m_view->endMembershipAction()->isEnabled());
    m_view->endMembershipAction()->trigger();
    auto *endDialog = visibleDialog<EndMembershipDialog>();
    QVERIFY(endDialog);
    endDialog->endEdit()->setDate(QDate(2024, 2, 29));
    clickOk(endDialog);
    QCOMPARE(m_view->memberModel()->rowCount(), 0);
    QCOMPARE(m_undo->count(), 3);

    m_undo->setIndex(0);
    QVERIFY(m_repo->persons().isEmpty());
    m_undo->setIndex(3);
    QCOMPARE(m_undo->count(), 3); // nothing failed and dropped out
    const QList<Person> persons = m_repo->persons();
    QCOMPARE(persons.size(), 1);
    const QList<Membership> history = m_repo->history(persons.first().id);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().start, QDate(2024, 1, 10));
    QCOMPARE(history.first().end, QDate(2024, 2, 29));
}

void TestRosterView::refusesEmptyName()
{
    makeView();
    m_view->addPersonAction()->trigger();
    QPointer<PersonDialog> dialog = visibleDialog<PersonDialog>();
    QVERIFY(dialog);
    typeText(dialog->nameEdit(), QStringLiteral("   "));
    clickOk(dialog);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QLabel *error = dialog->errorLabel(QStringLiteral("name"));
    QCOMPARE(error->objectName(), QStringLiteral("error_name"));
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), QStringLiteral("The full name must not be empty."));
    QVERIFY(m_repo->persons().isEmpty());
    QCOMPARE(m_undo->count(), 0);

    // Fixing the input clears the message and writes.
    typeText(dialog->nameEdit(), QStringLiteral("Võ Thị Hạnh"));
    clickOk(dialog);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QCOMPARE(m_repo->persons().size(), 1);
}

void TestRosterView::refusesSecondHead()
{
    const QDate start(2024, 1, 15);
    appoint(addPerson(QStringLiteral("Nguyễn Văn An")), Role::Head, start);
    const qint64 binh = addPerson(QStringLiteral("Trần Văn Bình"));
    makeView();
    m_view->setAsOf(start);
    QCOMPARE(m_view->memberModel()->rowCount(), 1);

    m_view->appointAction()->trigger();
    QPointer<AppointDialog> dialog = visibleDialog<AppointDialog>();
    QVERIFY(dialog);
    typeText(dialog->picker()->filterEdit(), QStringLiteral("binh"));
    QCOMPARE(dialog->person().id, binh);
    dialog->setRole(Role::Head);
    QCOMPARE(dialog->startEdit()->date(), start);
    clickOk(dialog);

    QVERIFY(dialog && dialog->isVisible());
    QLabel *error = dialog->errorLabel(QStringLiteral("role"));
    QCOMPARE(error->objectName(), QStringLiteral("error_role"));
    QVERIFY(error->isVisible());
    QVERIFY2(
        error->text().contains(QStringLiteral("already has a head")), qPrintable(error->text()));
    QVERIFY(error->text().contains(QStringLiteral("Nguyễn Văn An")));
    QVERIFY(!dialog->errorLabel(QStringLiteral("start"))->isVisible());
    QCOMPARE(memberCount(start), 1);
    QVERIFY(m_repo->history(binh).isEmpty());
    QCOMPARE(m_undo->count(), 0);
}

void TestRosterView::refusesEndBeforeStart()
{
    const qint64 an = addPerson(QStringLiteral("Nguyễn Văn An"));
    appoint(an, Role::Member, QDate(2024, 3, 1));
    makeView();
    m_view->setAsOf(QDate(2024, 4, 1));
    m_view->memberTable()->selectRow(0);
    m_view->endMembershipAction()->trigger();
    QPointer<EndMembershipDialog> dialog = visibleDialog<EndMembershipDialog>();
    QVERIFY(dialog);
    QCOMPARE(dialog->end(), QDate(2024, 4, 1));
    dialog->endEdit()->setDate(QDate(2024, 2, 1));
    clickOk(dialog);
    QVERIFY(dialog && dialog->isVisible());
    QLabel *error = dialog->errorLabel(QStringLiteral("end"));
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), QStringLiteral("The end date is before the start date."));
    QVERIFY(!m_repo->history(an).first().end.isValid());
    QCOMPARE(m_undo->count(), 0);
}

void TestRosterView::endMembershipAndUndo()
{
    const qint64 an = addPerson(QStringLiteral("Nguyễn Văn An"));
    appoint(an, Role::Deputy, QDate(2023, 5, 2));
    makeView();
    m_view->setAsOf(QDate(2024, 6, 30));
    m_view->memberTable()->selectRow(0);
    m_view->endMembershipAction()->trigger();
    auto *dialog = visibleDialog<EndMembershipDialog>();
    QVERIFY(dialog);
    clickOk(dialog); // last day = the as-of date
    QCOMPARE(m_repo->history(an).first().end, QDate(2024, 6, 30));
    QCOMPARE(m_view->memberModel()->rowCount(), 1); // still a member on his last day
    m_view->setAsOf(QDate(2024, 7, 1));
    QCOMPARE(m_view->memberModel()->rowCount(), 0);
    m_undo->undo();
    QVERIFY(!m_repo->history(an).first().end.isValid());
    QCOMPARE(m_view->memberModel()->rowCount(), 1);
}

void TestRosterView::reorganiseWithNewPerson()
{
    const qint64 an = addPerson(QStringLiteral("Nguyễn Văn An"));
    appoint(an, Role::Head, QDate(2021, 1, 15));
    appoint(addPerson(QStringLiteral("Lê Văn Cường")), Role::Member, QDate(2021, 1, 15));
    makeView();
    const QDate on(2023, 7, 1);
    m_view->setAsOf(on);
    m_view->memberTable()->selectRow(0);

    m_view->reorganiseAction()->trigger();
    QPointer<ReorganiseDialog> dialog = visibleDialog<ReorganiseDialog>();
    QVERIFY(dialog);
    QCOMPARE(dialog->replaced().personId, an);
    dialog->newButton()->setChecked(true);
    QVERIFY(dialog->newNameEdit()->isEnabled());
    QVERIFY(!dialog->picker()->isEnabled());
    typeText(dialog->newNameEdit(), QStringLiteral("Đỗ Thị Mai"));
    typeText(dialog->decisionEdit(), QStringLiteral("Quyết định số 45-QĐ/TU"));
    QCOMPARE(dialog->start(), on);
    clickOk(dialog);
    QTRY_VERIFY(!dialog || !dialog->isVisible());

    auto head = m_repo->holders(m_province, Role::Head, on);
    QCOMPARE(head.size(), 1);
    QCOMPARE(head.first().personName, QStringLiteral("Đỗ Thị Mai"));
    QCOMPARE(head.first().decision, QStringLiteral("Quyết định số 45-QĐ/TU"));
    QCOMPARE(m_repo->history(an).first().end, QDate(2023, 6, 30));
    QCOMPARE(m_view->memberModel()->index(0, MemberTableModel::NameColumn).data().toString(),
        QStringLiteral("Đỗ Thị Mai"));
    QCOMPARE(m_repo->persons().size(), 3);

    m_undo->undo();
    head = m_repo->holders(m_province, Role::Head, on);
    QCOMPARE(head.size(), 1);
    QCOMPARE(head.first().personId, an);
    QVERIFY(!m_repo->history(an).first().end.isValid());
    QCOMPARE(m_repo->persons().size(), 2); // the new person went with the undo

    m_undo->redo();
    QCOMPARE(m_repo->holders(m_province, Role::Head, on).first().personName,
        QStringLiteral("Đỗ Thị Mai"));
    m_undo->undo();
    m_undo->redo();
    QCOMPARE(m_undo->count(), 1);
    QCOMPARE(m_repo->holders(m_province, Role::Head, on).first().personName,
        QStringLiteral("Đỗ Thị Mai"));
}

void TestRosterView::nameFilterIgnoresDiacritics()
{
    const QDate start(2022, 2, 1);
    appoint(addPerson(QStringLiteral("Nguyễn Văn An")), Role::Member, start);
    appoint(addPerson(QStringLiteral("Trần Thị Đào")), Role::Member, start);
    appoint(addPerson(QStringLiteral("Lê Văn Đức")), Role::Head, start);
    makeView();
    m_view->setAsOf(start);
    MemberTableModel *model = m_view->memberModel();
    QCOMPARE(model->rowCount(), 3);
    // Print order: the head first, then members by given name (An before Đào).
    QCOMPARE(model->index(0, MemberTableModel::NameColumn).data().toString(),
        QStringLiteral("Lê Văn Đức"));
    QCOMPARE(model->index(1, MemberTableModel::NameColumn).data().toString(),
        QStringLiteral("Nguyễn Văn An"));
    QCOMPARE(model->index(2, MemberTableModel::NameColumn).data().toString(),
        QStringLiteral("Trần Thị Đào"));
    // The role is written once per group.
    QCOMPARE(model->index(1, MemberTableModel::RoleColumn).data().toString(),
        Roles::label(Role::Member));
    QCOMPARE(model->index(2, MemberTableModel::RoleColumn).data().toString(), QString());

    typeText(m_view->filterEdit(), QStringLiteral("nguyen"));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, MemberTableModel::NameColumn).data().toString(),
        QStringLiteral("Nguyễn Văn An"));
    m_view->filterEdit()->clear();
    typeText(m_view->filterEdit(), QStringLiteral("DAO"));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, MemberTableModel::NameColumn).data().toString(),
        QStringLiteral("Trần Thị Đào"));
    m_view->filterEdit()->clear();
    typeText(m_view->filterEdit(), QStringLiteral("xyz"));
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(m_view->emptyStateLabel()->isVisible());
    QVERIFY(m_view->emptyStateLabel()->text().contains(QStringLiteral("xyz")));
    m_view->filterEdit()->clear();
    QCOMPARE(model->rowCount(), 3);
    QVERIFY(m_view->memberTable()->isVisible());
}

void TestRosterView::emptyStateForCommitteeWithoutMembers()
{
    appoint(addPerson(QStringLiteral("Nguyễn Văn An")), Role::Member, QDate(2022, 2, 1));
    makeView();
    m_view->setAsOf(QDate(2022, 2, 1));
    QVERIFY(m_view->memberTable()->isVisible());
    m_view->setCurrentCommittee(m_district);
    QCOMPARE(m_view->memberModel()->rowCount(), 0);
    QVERIFY(!m_view->memberTable()->isVisible());
    QVERIFY(m_view->emptyStateLabel()->isVisible());
    QVERIFY(m_view->emptyStateLabel()->text().contains(QStringLiteral("Ban Chỉ đạo 35 huyện Mẫu")));
    QVERIFY(m_view->emptyStateLabel()->text().contains(QStringLiteral("01/02/2022")));
    QVERIFY(!m_view->endMembershipAction()->isEnabled());
    QVERIFY(!m_view->reorganiseAction()->isEnabled());
    QVERIFY(m_view->appointAction()->isEnabled());
}

void TestRosterView::modelsPassTester()
{
    // The demo data set exercises the models with a full tree and full rosters.
    m_db.reset();
    m_repo.reset();
    m_db = std::make_unique<Database>(m_dir->filePath(QStringLiteral("demo.sqlite")));
    m_db->open();
    m_repo = std::make_unique<RosterRepository>(*m_db);
    DemoGenerator(*m_db, 2024).generate(20);
    makeView();
    using Mode = QAbstractItemModelTester::FailureReportingMode;
    QAbstractItemModelTester treeTester(m_view->committeeModel(), Mode::QtTest);
    QAbstractItemModelTester memberTester(m_view->memberModel(), Mode::QtTest);
    QAbstractItemModelTester historyTester(m_view->historyModel(), Mode::QtTest);

    CommitteeTreeModel *tree = m_view->committeeModel();
    QCOMPARE(tree->rowCount(), 1);
    const QModelIndex province = tree->index(0, 0);
    QCOMPARE(province.data().toString(), QStringLiteral("Ban Chỉ đạo 35 tỉnh An Giang"));
    // Today: the committees formed by the 2025 reform (the nine districts' are dissolved).
    QVERIFY(tree->rowCount(province) >= 5);
    const QModelIndex district = tree->index(0, 0, province);
    QCOMPARE(tree->parent(district), province);
    QCOMPARE(tree->indexOfId(district.data(CommitteeTreeModel::IdRole).toLongLong()), district);

    m_view->setAsOf(QDate(2024, 6, 30));
    QCOMPARE(tree->rowCount(tree->index(0, 0)), 9); // the district committees, before 2025
    QVERIFY(m_view->memberModel()->rowCount() > 20);
    QCOMPARE(m_view->memberModel()
                 ->index(0, MemberTableModel::RoleColumn)
                 .data(MemberTableModel::RoleCodeRole)
                 .toString(),
        QStringLiteral("head"));
    m_view->memberTable()->selectRow(0);
    QVERIFY(m_view->historyModel()->rowCount() >= 1);
    m_view->setCurrentCommittee(district.data(CommitteeTreeModel::IdRole).toLongLong());
    QVERIFY(m_view->memberModel()->rowCount() > 10);
    typeText(m_view->filterEdit(), QStringLiteral("nguyen"));
    m_view->filterEdit()->clear();

    PersonListModel persons;
    QAbstractItemModelTester personTester(&persons, Mode::QtTest);
    persons.setPersons(m_repo->persons());
    QVERIFY(persons.rowCount() > 100);
    persons.setFilter(QStringLiteral("nguyen"));
    QVERIFY(persons.rowCount() > 0);
    for (int i = 0; i < persons.rowCount(); ++i)
        QVERIFY(persons.personAt(i).fullName.startsWith(QStringLiteral("Nguyễn"))
            || persons.personAt(i).fullName.contains(QStringLiteral("Nguyên")));
}

void TestRosterView::keyboardOnlyAppointment()
{
    const qint64 lan = addPerson(QStringLiteral("Lê Thị Lan"));
    addPerson(QStringLiteral("Trần Văn Bình"));
    makeView();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    m_view->memberTable()->setFocus();
    QTest::keyClick(m_view.get(), Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QPointer<AppointDialog> dialog = visibleDialog<AppointDialog>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QTRY_COMPARE(QApplication::focusWidget(), dialog->picker()->filterEdit());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("lan"));
    QCOMPARE(dialog->person().id, lan);
    // Tab: the list, then the role; Home picks the first role (head).
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog->roleBox());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Home);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog->startEdit());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog->decisionEdit());
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("QD 7"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    const QList<Membership> members = m_repo->members(m_province, QDate::currentDate());
    QCOMPARE(members.size(), 1);
    QCOMPARE(members.first().personId, lan);
    QCOMPARE(members.first().role, Role::Head);
    QCOMPARE(members.first().decision, QStringLiteral("QD 7"));
}

void TestRosterView::readOnlyForViewers()
{
    appoint(addPerson(QStringLiteral("Nguyễn Văn An")), Role::Member, QDate(2022, 2, 1));
    makeView();
    m_view->setAsOf(QDate(2022, 2, 1));
    m_view->memberTable()->selectRow(0);
    QVERIFY(m_view->endMembershipAction()->isEnabled());
    m_view->setEditable(false);
    for (QAction *a : { m_view->addPersonAction(), m_view->editPersonAction(),
             m_view->appointAction(), m_view->endMembershipAction(), m_view->reorganiseAction() })
        QVERIFY2(!a->isEnabled(), qPrintable(a->text()));
    m_view->memberTable()->selectRow(0);
    QVERIFY(!m_view->endMembershipAction()->isEnabled());
    QCOMPARE(m_view->memberModel()->rowCount(), 1); // still reads
}

void TestRosterView::appointNewPersonFromTheKeyboard()
{
    addPerson(QStringLiteral("Lê Thị Lan"));
    makeView();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    m_view->memberTable()->setFocus();
    QTest::keyClick(m_view->memberTable(), Qt::Key_Insert); // Insert: appoint
    QPointer<AppointDialog> dialog = visibleDialog<AppointDialog>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QTRY_COMPARE(QApplication::focusWidget(), dialog->picker()->filterEdit());
    // Nobody on the roster is called so; Insert enters a new person under that name.
    typeText(QApplication::focusWidget(), QStringLiteral("Đỗ Văn Hùng"));
    QCOMPARE(dialog->person().id, qint64(0));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Insert);
    QVERIFY(dialog->createsPerson());
    QCOMPARE(QApplication::focusWidget(), dialog->newNameEdit());
    QCOMPARE(dialog->newNameEdit()->text(), QStringLiteral("Đỗ Văn Hùng"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog->newHonorificEdit());
    typeText(QApplication::focusWidget(), QStringLiteral("Đại tá"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    typeText(QApplication::focusWidget(), QStringLiteral("Chỉ huy trưởng"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog->roleBox());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("17/7/24"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog->decisionEdit());
    typeText(QApplication::focusWidget(), QStringLiteral("Quyết định số 9-QĐ/TU"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(!dialog || !dialog->isVisible());

    QCOMPARE(m_repo->persons().size(), 2);
    const QList<Membership> members = m_repo->members(m_province, QDate(2024, 7, 17));
    QCOMPARE(members.size(), 1);
    QCOMPARE(members.first().personName, QStringLiteral("Đỗ Văn Hùng"));
    QCOMPARE(members.first().start, QDate(2024, 7, 17));
    const auto hung = m_repo->person(members.first().personId);
    QCOMPARE(hung->honorific, QStringLiteral("Đại tá"));
    QCOMPARE(hung->titles, QStringLiteral("Chỉ huy trưởng"));
    QCOMPARE(m_view->currentPersonId(), hung->id);
    QCOMPARE(m_undo->count(), 1); // one step: the person and the appointment

    m_undo->undo();
    QCOMPARE(m_repo->persons().size(), 1);
    QVERIFY(m_repo->members(m_province, QDate(2024, 7, 17)).isEmpty());
    m_undo->redo();
    QCOMPARE(m_repo->members(m_province, QDate(2024, 7, 17)).first().personName,
        QStringLiteral("Đỗ Văn Hùng"));
}

void TestRosterView::rankColumnShowsHonorific()
{
    Person colonel;
    colonel.fullName = QStringLiteral("Trần Quốc Dũng");
    colonel.honorific = QStringLiteral("Đại tá");
    colonel.titles = QStringLiteral("Giám đốc Công an tỉnh");
    appoint(m_repo->addPerson(colonel), Role::Member, QDate(2024, 1, 2));
    appoint(addPerson(QStringLiteral("Nguyễn Văn An")), Role::Head, QDate(2024, 1, 2));
    makeView();
    m_view->setAsOf(QDate(2024, 2, 1));
    MemberTableModel *model = m_view->memberModel();
    QCOMPARE(model->headerData(MemberTableModel::RankColumn, Qt::Horizontal).toString(),
        QStringLiteral("Rank"));
    QCOMPARE(model->index(0, MemberTableModel::RankColumn).data().toString(), QString());
    QCOMPARE(model->index(1, MemberTableModel::NameColumn).data().toString(),
        QStringLiteral("Trần Quốc Dũng"));
    QCOMPARE(
        model->index(1, MemberTableModel::RankColumn).data().toString(), QStringLiteral("Đại tá"));
    QVERIFY(!m_view->memberTable()->isColumnHidden(MemberTableModel::RankColumn));
    // A rank given later shows after the edit, and goes with its undo.
    m_view->memberTable()->selectRow(0);
    m_view->editPersonAction()->trigger();
    auto *dialog = visibleDialog<PersonDialog>();
    QVERIFY(dialog);
    auto *honorific = dialog->findChild<QLineEdit *>(QStringLiteral("honorific"));
    QVERIFY(!honorific->toolTip().isEmpty());
    typeText(honorific, QStringLiteral("Thượng tá"));
    clickOk(dialog);
    QCOMPARE(model->index(0, MemberTableModel::RankColumn).data().toString(),
        QStringLiteral("Thượng tá"));
    m_undo->undo();
    QCOMPARE(model->index(0, MemberTableModel::RankColumn).data().toString(), QString());
}

void TestRosterView::memberTableKeys()
{
    const qint64 an = addPerson(QStringLiteral("Nguyễn Văn An"));
    appoint(an, Role::Member, QDate(2024, 1, 2));
    makeView();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    m_view->setAsOf(QDate(2024, 2, 1));
    m_view->memberTable()->setFocus();
    m_view->memberTable()->selectRow(0);
    // Enter opens the person, Delete ends the membership, Insert appoints.
    QTest::keyClick(m_view->memberTable(), Qt::Key_Return);
    QPointer<PersonDialog> person = visibleDialog<PersonDialog>();
    QVERIFY(person);
    QCOMPARE(person->nameEdit()->text(), QStringLiteral("Nguyễn Văn An"));
    person->reject();
    QTest::keyClick(m_view->memberTable(), Qt::Key_Delete);
    QPointer<EndMembershipDialog> end = visibleDialog<EndMembershipDialog>();
    QVERIFY(end);
    end->endEdit()->setDate(QDate(2024, 2, 1));
    clickOk(end);
    QCOMPARE(m_repo->history(an).first().end, QDate(2024, 2, 1));
    QTest::keyClick(m_view->memberTable(), Qt::Key_Insert);
    QVERIFY(visibleDialog<AppointDialog>());
    visibleDialog<AppointDialog>()->reject();
    // Viewers: the keys do nothing.
    m_view->setEditable(false);
    QTest::keyClick(m_view->memberTable(), Qt::Key_Insert);
    QTest::keyClick(m_view->memberTable(), Qt::Key_Return);
    QVERIFY(!visibleDialog<AppointDialog>());
    QVERIFY(!visibleDialog<PersonDialog>());
}

void TestRosterView::setCurrentPersonShowsWhatHidesThem()
{
    appoint(addPerson(QStringLiteral("Nguyễn Văn An")), Role::Head, QDate(2020, 1, 2));
    const qint64 binh = addPerson(QStringLiteral("Trần Văn Bình"));
    const qint64 membership = appoint(binh, Role::Deputy, QDate(2030, 3, 1), m_district);
    makeView();
    m_view->setAsOf(QDate(2024, 2, 1));
    m_view->setCurrentCommittee(m_province);
    typeText(m_view->filterEdit(), QStringLiteral("nguyen"));
    // Search opens Bình: a deputy of the district committee from 2030 on.
    m_view->setCurrentPerson(binh);
    QCOMPARE(m_view->currentPersonId(), binh);
    QCOMPARE(m_view->currentCommitteeId(), m_district);
    QCOMPARE(m_view->asOf(), QDate(2030, 3, 1));
    QVERIFY(m_view->filterEdit()->text().isEmpty());
    QCOMPARE(m_view->committeeTree()->currentIndex().data(CommitteeTreeModel::IdRole).toLongLong(),
        m_district);
    const QModelIndexList rows = m_view->memberTable()->selectionModel()->selectedRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().data(MemberTableModel::IdRole).toLongLong(), membership);
    QVERIFY(m_view->memberTable()->isVisible());
}

void TestRosterView::setCurrentCommitteeOutOfOffice()
{
    Committee later;
    later.name = QStringLiteral("Ban Chỉ đạo 35 xã Mới");
    later.level = QStringLiteral("commune");
    later.parentId = m_province;
    later.validFrom = QDate(2031, 7, 1);
    const qint64 id = m_repo->addCommittee(later);
    makeView();
    m_view->setAsOf(QDate(2024, 2, 1));
    QVERIFY(!m_view->committeeModel()->indexOfId(id).isValid()); // not in office yet
    m_view->setCurrentCommittee(id);
    QCOMPARE(m_view->asOf(), QDate(2031, 7, 1));
    QCOMPARE(m_view->currentCommitteeId(), id);
    QCOMPARE(
        m_view->committeeTree()->currentIndex().data(CommitteeTreeModel::IdRole).toLongLong(), id);
}

QTEST_MAIN(TestRosterView)
#include "tst_rosterview.moc"
