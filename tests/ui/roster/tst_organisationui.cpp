// The organisation through the real roster widgets, offscreen: a district committee added
// under the province, renamed and dissolved into another, the tree as of dates with and
// without history, each step undone; in the locality tree editor two communes merged into a
// new one, a commune moved under the province, the history panel, undo and redo, refusals.

#include <core/db/database.h>
#include <core/roster/organisation.h>
#include <core/roster/rosterrepository.h>
#include <ui/roster/committeedialogs.h>
#include <ui/roster/committeetreemodel.h>
#include <ui/roster/localitiesdialog.h>
#include <ui/roster/localityeditdialogs.h>
#include <ui/roster/organisationactions.h>
#include <ui/roster/rosterview.h>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace thuky;

namespace {
/** Types @p text as key presses, also the Vietnamese letters QTest::keyClicks cannot send. */
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

void clickOk(QDialog *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

void setDate(QDateEdit *edit, const QDate &date)
{
    edit->setDate(date);
}

/** Clicks a check box on its box (a wide one ignores clicks right of its text). */
void clickCheck(QCheckBox *check)
{
    QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(6, check->height() / 2));
}

QStringList historyLines(QListWidget *list)
{
    QStringList lines;
    for (int i = 0; i < list->count(); ++i)
        lines.append(list->item(i)->text());
    return lines;
}
} // namespace

class TestOrganisationUi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void addDistrictCommitteeThroughDialog();
    void renameCommitteeAndUndo();
    void dissolveIntoAnotherAndTreeAsOfDates();
    void refusedDissolutionChangesNothing();
    void mergeTwoCommunesIntoNewUnit();
    void moveCommuneUnderProvince();
    void endEmptyDistrict();
    void addAndRenameLocality();
    void refusedMergeChangesNothing();

private:
    template <class D> D *visibleDialog(QWidget *parent)
    {
        for (D *d : parent->findChildren<D *>()) {
            if (d->isVisible())
                return d;
        }
        return nullptr;
    }
    void makeView();
    LocalitiesDialog *openLocalities();
    /** With the history shown: the merged communes greyed, and each unit's history. */
    void checkMergeHistory(LocalitiesDialog *editor, qint64 created);
    /** With the history shown: committee @p id greyed after 31/12/2024, in office before. */
    void checkDissolvedInTree(qint64 id);
    QModelIndex treeIndex(qint64 committeeId) const
    {
        return m_view->committeeModel()->indexOfId(committeeId);
    }
    /** Adds a committee under the province through the dialog; returns its id. */
    qint64 addDistrictCommittee(const QString &name, const QDate &from);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<RosterView> m_view;
    qint64 m_province = 0; // committee
    qint64 m_north = 0; // committee, the successor
    qint64 m_provinceUnit = 0;
    qint64 m_district = 0;
    qint64 m_communeA = 0;
    qint64 m_communeB = 0;
};

void TestOrganisationUi::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(m_dir->filePath(QStringLiteral("t.sqlite")));
    m_db->open();
    Organisation org(*m_db);
    const QDate founded(2020, 1, 1);
    m_provinceUnit = org.addLocality(QStringLiteral("Tỉnh Thử Nghiệm"), 0, founded);
    m_district = org.addLocality(QStringLiteral("huyện Mẫu"), m_provinceUnit, founded);
    m_communeA = org.addLocality(QStringLiteral("xã Mỹ An"), m_district, founded);
    m_communeB = org.addLocality(QStringLiteral("xã Mỹ Bình"), m_district, founded);
    Committee province;
    province.name = QStringLiteral("Ban Chỉ đạo 35 tỉnh Thử Nghiệm");
    province.level = QStringLiteral("province");
    province.localityId = m_provinceUnit;
    province.validFrom = founded;
    m_province = org.addCommittee(province);
    Committee north;
    north.name = QStringLiteral("Ban Chỉ đạo 35 huyện Bắc");
    north.level = QStringLiteral("district");
    north.parentId = m_province;
    north.validFrom = founded;
    m_north = org.addCommittee(north);
    m_undo = std::make_unique<QUndoStack>();
}

void TestOrganisationUi::cleanup()
{
    m_view.reset();
    m_undo.reset();
    m_db.reset();
    m_dir.reset();
}

void TestOrganisationUi::makeView()
{
    m_view = std::make_unique<RosterView>(*m_db, m_undo.get());
    m_view->resize(1366, 768);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->organisationActions()->historyCheck()->setChecked(false);
    m_view->setAsOf(QDate(2024, 3, 1));
    m_view->setCurrentCommittee(m_province);
}

qint64 TestOrganisationUi::addDistrictCommittee(const QString &name, const QDate &from)
{
    m_view->setCurrentCommittee(m_province);
    m_view->organisationActions()->addCommitteeAction()->trigger();
    QPointer<AddCommitteeDialog> dialog = visibleDialog<AddCommitteeDialog>(m_view.get());
    if (!dialog)
        return 0;
    typeText(dialog->nameEdit(), name);
    dialog->fromEdit()->setDate(from);
    dialog->localityBox()->setCurrentIndex(dialog->localityBox()->findData(m_district));
    clickOk(dialog);
    return dialog && dialog->isVisible() ? 0 : m_view->currentCommitteeId();
}

void TestOrganisationUi::addDistrictCommitteeThroughDialog()
{
    makeView();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    // Keyboard: Ctrl+Shift+K opens the dialog under the selected committee.
    m_view->committeeTree()->setFocus();
    QTest::keyClick(m_view.get(), Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
    QPointer<AddCommitteeDialog> dialog = visibleDialog<AddCommitteeDialog>(m_view.get());
    QVERIFY(dialog);
    QCOMPARE(dialog->parentBox()->currentData().toLongLong(), m_province);
    QCOMPARE(dialog->fromEdit()->date(), QDate(2024, 3, 1));
    // Under a province before the 2025 reform: a district.
    QCOMPARE(dialog->levelBox()->currentData().toString(), QStringLiteral("district"));
    QTRY_COMPARE(QApplication::focusWidget(), dialog->nameEdit());
    typeText(dialog->nameEdit(), QStringLiteral("Ban Chỉ đạo 35 huyện Mẫu"));
    dialog->localityBox()->setCurrentIndex(dialog->localityBox()->findData(m_district));
    QTest::keyClick(dialog->nameEdit(), Qt::Key_Return);
    QTRY_VERIFY(!dialog || !dialog->isVisible());

    const qint64 id = m_view->currentCommitteeId();
    const auto added = RosterRepository(*m_db).committee(id);
    QVERIFY(added);
    QCOMPARE(added->name, QStringLiteral("Ban Chỉ đạo 35 huyện Mẫu"));
    QCOMPARE(added->level, QStringLiteral("district"));
    QCOMPARE(added->parentId, m_province);
    QCOMPARE(added->localityId, m_district);
    QCOMPARE(added->validFrom, QDate(2024, 3, 1));
    QCOMPARE(treeIndex(id).parent(), treeIndex(m_province));
    QCOMPARE(treeIndex(id).data().toString(), QStringLiteral("huyện Mẫu")); // short form
    QCOMPARE(m_undo->count(), 1);
    // Not yet formed on 01/01/2024: not in the tree that day.
    m_view->setAsOf(QDate(2024, 1, 1));
    QVERIFY(!treeIndex(id).isValid());
    m_view->setAsOf(QDate(2024, 3, 1));

    m_undo->undo();
    QVERIFY(!treeIndex(id).isValid());
    QCOMPARE(Organisation(*m_db).committees(QDate(2024, 3, 1)).size(), 2);
    m_undo->redo();
    const auto again
        = Organisation(*m_db).findCommittee(QStringLiteral("Ban Chỉ đạo 35 huyện Mẫu"));
    QVERIFY(again);
    QCOMPARE(again->uuid, added->uuid); // the same committee again
    QVERIFY(treeIndex(again->id).isValid());
}

void TestOrganisationUi::renameCommitteeAndUndo()
{
    makeView();
    const qint64 id
        = addDistrictCommittee(QStringLiteral("Ban Chỉ đạo 35 huyện Mẫu"), QDate(2024, 3, 1));
    QVERIFY(id > 0);
    QCOMPARE(m_view->currentCommitteeId(), id);
    QVERIFY(m_view->organisationActions()->renameCommitteeAction()->isEnabled());
    m_view->organisationActions()->renameCommitteeAction()->trigger();
    QPointer<NameDialog> dialog = visibleDialog<NameDialog>(m_view.get());
    QVERIFY(dialog);
    QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("Ban Chỉ đạo 35 huyện Mẫu"));
    dialog->nameEdit()->selectAll();
    typeText(dialog->nameEdit(), QStringLiteral("Ban Chỉ đạo 35 thị xã Mẫu"));
    clickOk(dialog);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QCOMPARE(
        RosterRepository(*m_db).committee(id)->name, QStringLiteral("Ban Chỉ đạo 35 thị xã Mẫu"));
    QCOMPARE(treeIndex(id).data(CommitteeTreeModel::FullNameRole).toString(),
        QStringLiteral("Ban Chỉ đạo 35 thị xã Mẫu"));

    m_undo->undo();
    QCOMPARE(
        RosterRepository(*m_db).committee(id)->name, QStringLiteral("Ban Chỉ đạo 35 huyện Mẫu"));
    QCOMPARE(treeIndex(id).data(CommitteeTreeModel::FullNameRole).toString(),
        QStringLiteral("Ban Chỉ đạo 35 huyện Mẫu"));
    m_undo->redo();
    QCOMPARE(
        RosterRepository(*m_db).committee(id)->name, QStringLiteral("Ban Chỉ đạo 35 thị xã Mẫu"));

    // An empty name is refused in the dialog; nothing reaches the stack.
    const int steps = m_undo->count();
    m_view->organisationActions()->renameCommitteeAction()->trigger();
    dialog = visibleDialog<NameDialog>(m_view.get());
    QVERIFY(dialog);
    dialog->nameEdit()->clear();
    clickOk(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->errorLabel(QStringLiteral("name"))->isVisible());
    QCOMPARE(m_undo->count(), steps);
    dialog->reject();
}

void TestOrganisationUi::dissolveIntoAnotherAndTreeAsOfDates()
{
    makeView();
    const qint64 id
        = addDistrictCommittee(QStringLiteral("Ban Chỉ đạo 35 huyện Mẫu"), QDate(2024, 3, 1));
    QVERIFY(id > 0);
    Person p;
    p.fullName = QStringLiteral("Nguyễn Văn Hòa");
    const qint64 person = RosterRepository(*m_db).addPerson(p);
    Membership m;
    m.personId = person;
    m.committeeId = id;
    m.role = Role::Member;
    m.start = QDate(2024, 3, 1);
    RosterRepository(*m_db).appoint(m);
    const int steps = m_undo->count();

    m_view->setCurrentCommittee(id);
    m_view->organisationActions()->dissolveCommitteeAction()->trigger();
    QPointer<DissolveCommitteeDialog> dialog = visibleDialog<DissolveCommitteeDialog>(m_view.get());
    QVERIFY(dialog);
    QVERIFY(!dialog->successorBox()->isEnabled());
    setDate(dialog->onEdit(), QDate(2024, 12, 31));
    QTest::mouseClick(dialog->successorCheck(), Qt::LeftButton);
    QVERIFY(dialog->successorBox()->isEnabled());
    // The candidates are the committees in office the next day, not the dissolved one.
    QVERIFY(dialog->successorBox()->findData(id) < 0);
    dialog->successorBox()->setCurrentIndex(dialog->successorBox()->findData(m_north));
    clickOk(dialog);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QCOMPARE(m_undo->count(), steps + 1);

    // The day after: gone from the tree, its member continues in the successor.
    QCOMPARE(m_view->asOf(), QDate(2025, 1, 1));
    QCOMPARE(m_view->currentCommitteeId(), m_north);
    QVERIFY(!treeIndex(id).isValid());
    RosterRepository repo(*m_db);
    QCOMPARE(repo.members(id, QDate(2024, 12, 31)).size(), 1);
    QCOMPARE(repo.members(id, QDate(2025, 1, 1)).size(), 0);
    QCOMPARE(repo.members(m_north, QDate(2025, 1, 1)).size(), 1);
    QCOMPARE(repo.members(m_north, QDate(2025, 1, 1)).first().personId, person);

    checkDissolvedInTree(id);
    if (QTest::currentTestFailed())
        return;

    // Undo: in office again, the membership open, nothing in the successor.
    m_undo->undo();
    QVERIFY(treeIndex(id).isValid());
    QCOMPARE(repo.members(id, QDate(2025, 1, 1)).size(), 1);
    QCOMPARE(repo.members(m_north, QDate(2025, 1, 1)).size(), 0);
    QVERIFY(!repo.committee(id)->validTo.isValid());
    m_undo->redo();
    QVERIFY(!treeIndex(id).isValid());
    QCOMPARE(repo.members(m_north, QDate(2025, 1, 1)).size(), 1);
}

void TestOrganisationUi::checkDissolvedInTree(qint64 id)
{
    // With the history: shown, greyed, and the tooltip says when and into what.
    clickCheck(m_view->organisationActions()->historyCheck());
    QVERIFY(m_view->organisationActions()->historyCheck()->isChecked());
    QModelIndex index = treeIndex(id);
    QVERIFY(index.isValid());
    QVERIFY(!index.data(CommitteeTreeModel::InOfficeRole).toBool());
    QVERIFY(index.data(Qt::ForegroundRole).isValid());
    const QString tip = index.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("31/12/2024")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Ban Chỉ đạo 35 huyện Bắc")), qPrintable(tip));
    QVERIFY(treeIndex(m_north).data(CommitteeTreeModel::InOfficeRole).toBool());
    // As of a day in its time it is in office again.
    m_view->setAsOf(QDate(2024, 6, 1));
    QVERIFY(treeIndex(id).data(CommitteeTreeModel::InOfficeRole).toBool());
    clickCheck(m_view->organisationActions()->historyCheck());
    QVERIFY(treeIndex(id).isValid());
    m_view->setAsOf(QDate(2025, 1, 1));
    QVERIFY(!treeIndex(id).isValid());
}

void TestOrganisationUi::refusedDissolutionChangesNothing()
{
    makeView();
    const qint64 id
        = addDistrictCommittee(QStringLiteral("Ban Chỉ đạo 35 huyện Mẫu"), QDate(2024, 3, 1));
    QVERIFY(id > 0);
    const int steps = m_undo->count();
    m_view->setCurrentCommittee(id);
    m_view->organisationActions()->dissolveCommitteeAction()->trigger();
    QPointer<DissolveCommitteeDialog> dialog = visibleDialog<DissolveCommitteeDialog>(m_view.get());
    QVERIFY(dialog);
    // Before it was formed: core refuses, the dialog says why and stays open.
    setDate(dialog->onEdit(), QDate(2023, 12, 31));
    clickOk(dialog);
    QVERIFY(dialog->isVisible());
    bool shown = false;
    for (QLabel *label : dialog->findChildren<QLabel *>()) {
        if (label->objectName().startsWith(QStringLiteral("error")) && label->isVisible())
            shown = !label->text().isEmpty();
    }
    QVERIFY(shown);
    QCOMPARE(m_undo->count(), steps);
    QVERIFY(!RosterRepository(*m_db).committee(id)->validTo.isValid());
    dialog->reject();

    // Viewers cannot change the organisation.
    m_view->setEditable(false);
    for (QAction *a : { m_view->organisationActions()->addCommitteeAction(),
             m_view->organisationActions()->renameCommitteeAction(),
             m_view->organisationActions()->dissolveCommitteeAction() })
        QVERIFY2(!a->isEnabled(), qPrintable(a->text()));
}

LocalitiesDialog *TestOrganisationUi::openLocalities()
{
    m_view->organisationActions()->localitiesAction()->trigger();
    auto *dialog = visibleDialog<LocalitiesDialog>(m_view.get());
    if (dialog)
        dialog->historyCheck()->setChecked(false);
    return dialog;
}

void TestOrganisationUi::mergeTwoCommunesIntoNewUnit()
{
    makeView();
    QPointer<LocalitiesDialog> editor = openLocalities();
    QVERIFY(editor);
    setDate(editor->asOfEdit(), QDate(2025, 6, 1));
    QVERIFY(editor->itemOf(m_communeA));
    QCOMPARE(editor->itemOf(m_communeA)->parent(), editor->itemOf(m_district));
    QVERIFY(!editor->mergeButton()->isEnabled());
    editor->itemOf(m_communeA)->setSelected(true);
    editor->itemOf(m_communeB)->setSelected(true);
    QVERIFY(editor->mergeButton()->isEnabled());
    QTest::mouseClick(editor->mergeButton(), Qt::LeftButton);
    QPointer<MergeLocalitiesDialog> merge = visibleDialog<MergeLocalitiesDialog>(editor);
    QVERIFY(merge);
    // The sources are not among the units to merge into.
    QVERIFY(merge->targetBox()->findData(m_communeA) < 0);
    QVERIFY(merge->targetBox()->findData(m_district) >= 0);
    setDate(merge->onEdit(), QDate(2025, 7, 1));
    QTest::mouseClick(merge->newButton(), Qt::LeftButton);
    QVERIFY(merge->newNameEdit()->isEnabled());
    typeText(merge->newNameEdit(), QStringLiteral("xã Mỹ Hòa"));
    clickOk(merge);
    QTRY_VERIFY(!merge || !merge->isVisible());
    QCOMPARE(m_undo->count(), 1);

    // As of the merge day: the new commune, directly under the province since the 2025
    // reform; the old ones gone.
    QCOMPARE(editor->asOfEdit()->date(), QDate(2025, 7, 1));
    const auto created = Organisation(*m_db).findLocality(QStringLiteral("xã Mỹ Hòa"));
    QVERIFY(created);
    QTreeWidgetItem *item = editor->itemOf(created->id);
    QVERIFY(item);
    QCOMPARE(item->parent(), editor->itemOf(m_provinceUnit));
    QVERIFY(item->isSelected());
    QVERIFY(!editor->itemOf(m_communeA));
    QVERIFY(!editor->itemOf(m_communeB));
    QCOMPARE(item->text(LocalitiesDialog::FromColumn), QStringLiteral("01/07/2025"));
    const QStringList lines = historyLines(editor->historyList());
    QVERIFY2(lines.filter(QStringLiteral("xã Mỹ An")).size() == 1, qPrintable(lines.join(u'|')));
    QVERIFY2(lines.filter(QStringLiteral("xã Mỹ Bình")).size() == 1, qPrintable(lines.join(u'|')));

    checkMergeHistory(editor, created->id);
    if (QTest::currentTestFailed())
        return;

    // Undo: the new unit is gone, the communes are whole again; redo: the same unit again.
    m_undo->undo();
    QVERIFY(!Organisation(*m_db).findLocality(QStringLiteral("xã Mỹ Hòa")));
    QVERIFY(!editor->itemOf(created->id));
    for (const Locality &l : Organisation(*m_db).localities(QDate(2025, 7, 1)))
        QVERIFY(l.mergedIntoId == 0);
    QCOMPARE(Organisation(*m_db).localities(QDate(2025, 7, 1)).size(), 4);
    m_undo->redo();
    const auto again = Organisation(*m_db).findLocality(QStringLiteral("xã Mỹ Hòa"));
    QVERIFY(again);
    QCOMPARE(again->id, created->id);
    QCOMPARE(again->uuid, created->uuid);
    QCOMPARE(Organisation(*m_db).unitOn(m_communeA, QDate(2025, 7, 1)), created->id);
    QCOMPARE(Organisation(*m_db).unitOn(m_communeB, QDate(2025, 6, 30)), m_communeB);

    editor->reject();
}

void TestOrganisationUi::checkMergeHistory(LocalitiesDialog *editor, qint64 created)
{
    // The history shows the old units greyed, merged into the new one the day it began.
    clickCheck(editor->historyCheck());
    QTreeWidgetItem *old = editor->itemOf(m_communeA);
    QVERIFY(old);
    QCOMPARE(old->text(LocalitiesDialog::MergedIntoColumn), QStringLiteral("xã Mỹ Hòa"));
    QCOMPARE(old->text(LocalitiesDialog::MergedOnColumn), QStringLiteral("01/07/2025"));
    QCOMPARE(old->text(LocalitiesDialog::ToColumn), QStringLiteral("30/06/2025"));
    QVERIFY(old->foreground(LocalitiesDialog::NameColumn)
        != editor->itemOf(created)->foreground(LocalitiesDialog::NameColumn));
    editor->tree()->clearSelection();
    old->setSelected(true);
    QVERIFY2(historyLines(editor->historyList()).filter(QStringLiteral("xã Mỹ Hòa")).size() == 1,
        qPrintable(historyLines(editor->historyList()).join(u'|')));
    QList<LocalityEvent> events = Organisation(*m_db).history(created);
    int mergedFrom = 0;
    for (const LocalityEvent &e : events)
        mergedFrom += e.kind == LocalityEvent::MergedFrom && e.date == QDate(2025, 7, 1);
    QCOMPARE(mergedFrom, 2);
}

void TestOrganisationUi::moveCommuneUnderProvince()
{
    makeView();
    QPointer<LocalitiesDialog> editor = openLocalities();
    QVERIFY(editor);
    setDate(editor->asOfEdit(), QDate(2025, 7, 1));
    editor->selectUnits({ m_communeA });
    QVERIFY(editor->moveButton()->isEnabled());
    QTest::mouseClick(editor->moveButton(), Qt::LeftButton);
    QPointer<MoveLocalityDialog> move = visibleDialog<MoveLocalityDialog>(editor);
    QVERIFY(move);
    // Neither itself nor where it already is.
    QVERIFY(move->parentBox()->findData(m_communeA) < 0);
    QVERIFY(move->parentBox()->findData(m_district) < 0);
    move->parentBox()->setCurrentIndex(move->parentBox()->findData(m_provinceUnit));
    clickOk(move);
    QTRY_VERIFY(!move || !move->isVisible());

    // From that day a unit of the same name sits under the province; the old one rolls up.
    const qint64 moved = Organisation(*m_db).unitOn(m_communeA, QDate(2025, 7, 1));
    QVERIFY(moved != m_communeA);
    QTreeWidgetItem *item = editor->itemOf(moved);
    QVERIFY(item);
    QCOMPARE(item->text(0), QStringLiteral("xã Mỹ An"));
    QCOMPARE(item->parent(), editor->itemOf(m_provinceUnit));
    QVERIFY(!editor->itemOf(m_communeA));
    m_undo->undo();
    QCOMPARE(Organisation(*m_db).unitOn(m_communeA, QDate(2025, 7, 1)), m_communeA);
    QCOMPARE(editor->itemOf(m_communeA)->parent(), editor->itemOf(m_district));
    m_undo->redo();
    QCOMPARE(Organisation(*m_db).unitOn(m_communeA, QDate(2025, 7, 1)), moved); // same id
    editor->reject();
}

void TestOrganisationUi::endEmptyDistrict()
{
    const qint64 empty = Organisation(*m_db).addLocality(
        QStringLiteral("huyện Trống"), m_provinceUnit, QDate(2020, 1, 1));
    makeView();
    QPointer<LocalitiesDialog> editor = openLocalities();
    QVERIFY(editor);
    setDate(editor->asOfEdit(), QDate(2025, 7, 1));
    // A district with communes cannot end; the empty one can, on 30/06/2025.
    editor->selectUnits({ m_district });
    QTest::mouseClick(editor->endButton(), Qt::LeftButton);
    QPointer<EndLocalityDialog> end = visibleDialog<EndLocalityDialog>(editor);
    QVERIFY(end);
    QCOMPARE(end->lastDayEdit()->date(), QDate(2025, 6, 30));
    clickOk(end);
    QVERIFY(end->isVisible());
    QVERIFY(end->errorLabel(QStringLiteral("on"))->isVisible());
    QCOMPARE(m_undo->count(), 0);
    end->reject();

    editor->selectUnits({ empty });
    QVERIFY(editor->endButton()->isEnabled());
    QTest::mouseClick(editor->endButton(), Qt::LeftButton);
    end = visibleDialog<EndLocalityDialog>(editor);
    QVERIFY(end);
    clickOk(end);
    QTRY_VERIFY(!end || !end->isVisible());
    QVERIFY(!editor->itemOf(empty)); // as of 01/07/2025
    QCOMPARE(Organisation(*m_db).findLocality(QString::number(empty))->validTo, QDate(2025, 6, 30));
    setDate(editor->asOfEdit(), QDate(2025, 6, 30));
    editor->selectUnits({ empty });
    QVERIFY2(historyLines(editor->historyList()).filter(QStringLiteral("30/06/2025")).size() == 1,
        qPrintable(historyLines(editor->historyList()).join(u'|')));
    m_undo->undo();
    QVERIFY(!Organisation(*m_db).findLocality(QString::number(empty))->validTo.isValid());
    editor->reject();
}

void TestOrganisationUi::addAndRenameLocality()
{
    makeView();
    QPointer<LocalitiesDialog> editor = openLocalities();
    QVERIFY(editor);
    setDate(editor->asOfEdit(), QDate(2024, 1, 1));
    editor->selectUnits({ m_district });
    QTest::mouseClick(editor->addUnderButton(), Qt::LeftButton);
    QPointer<AddLocalityDialog> add = visibleDialog<AddLocalityDialog>(editor);
    QVERIFY(add);
    typeText(add->nameEdit(), QStringLiteral("xã Mỹ Chánh"));
    clickOk(add);
    QTRY_VERIFY(!add || !add->isVisible());
    const auto added = Organisation(*m_db).findLocality(QStringLiteral("xã Mỹ Chánh"));
    QVERIFY(added);
    QCOMPARE(added->parentId, m_district);
    QCOMPARE(added->validFrom, QDate(2024, 1, 1));
    QCOMPARE(editor->itemOf(added->id)->parent(), editor->itemOf(m_district));
    QVERIFY(editor->itemOf(added->id)->isSelected());

    QTest::mouseClick(editor->renameButton(), Qt::LeftButton);
    QPointer<NameDialog> rename = visibleDialog<NameDialog>(editor);
    QVERIFY(rename);
    rename->nameEdit()->selectAll();
    typeText(rename->nameEdit(), QStringLiteral("xã Mỹ Chánh Hòa"));
    clickOk(rename);
    QTRY_VERIFY(!rename || !rename->isVisible());
    QCOMPARE(editor->itemOf(added->id)->text(0), QStringLiteral("xã Mỹ Chánh Hòa"));

    m_undo->undo();
    QCOMPARE(editor->itemOf(added->id)->text(0), QStringLiteral("xã Mỹ Chánh"));
    m_undo->undo();
    QVERIFY(!editor->itemOf(added->id));
    QVERIFY(!Organisation(*m_db).findLocality(QStringLiteral("xã Mỹ Chánh")));
    m_undo->redo();
    m_undo->redo();
    QCOMPARE(editor->itemOf(added->id)->text(0), QStringLiteral("xã Mỹ Chánh Hòa"));
    QCOMPARE(m_undo->count(), 2);
    editor->reject();
}

void TestOrganisationUi::refusedMergeChangesNothing()
{
    makeView();
    QPointer<LocalitiesDialog> editor = openLocalities();
    QVERIFY(editor);
    setDate(editor->asOfEdit(), QDate(2025, 6, 1));
    editor->selectUnits({ m_communeA });
    QTest::mouseClick(editor->mergeButton(), Qt::LeftButton);
    QPointer<MergeLocalitiesDialog> merge = visibleDialog<MergeLocalitiesDialog>(editor);
    QVERIFY(merge);
    // Into a unit that did not exist yet: refused with the reason, the dialog stays open.
    setDate(merge->onEdit(), QDate(2019, 6, 1));
    QVERIFY(merge->existingButton()->isChecked());
    QCOMPARE(merge->targetBox()->count(), 0); // nothing was in existence then
    QTest::mouseClick(merge->newButton(), Qt::LeftButton);
    clickOk(merge);
    QVERIFY(merge->isVisible());
    QVERIFY(merge->errorLabel(QStringLiteral("name"))->isVisible()); // no name given
    typeText(merge->newNameEdit(), QStringLiteral("xã Sớm"));
    clickOk(merge);
    QVERIFY(merge->isVisible());
    bool shown = false;
    for (QLabel *label : merge->findChildren<QLabel *>()) {
        if (label->objectName().startsWith(QStringLiteral("error")) && label->isVisible())
            shown |= !label->text().isEmpty();
    }
    QVERIFY(shown);
    QCOMPARE(m_undo->count(), 0);
    QVERIFY(!Organisation(*m_db).findLocality(QStringLiteral("xã Sớm")));
    QCOMPARE(Organisation(*m_db).localities().size(), 4);
    merge->reject();
    editor->reject();
}

QTEST_MAIN(TestOrganisationUi)
#include "tst_organisationui.moc"
