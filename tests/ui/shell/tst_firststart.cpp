// The start-up dialogs: the first-start offer on a database without records (start empty or
// load the demo data), and signing in once a database has users.

#include <core/db/database.h>
#include <core/db/opener.h>
#include <core/db/signinthrottle.h>
#include <core/db/userrepository.h>
#include <core/roster/rosterrepository.h>
#include <ui/shell/firststartdialog.h>
#include <ui/shell/logindialog.h>

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace thuky;

class TestFirstStart : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void startEmptyCreatesProvinceCommittee();
    void startEmptyNeedsName();
    void loadDemoData();
    void signInRoleNotAllowed();
    void signIn();
    void signInWaitIsCountedDown();

private:
    void clickStart(FirstStartDialog &dialog)
    {
        QTest::mouseClick(
            dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestFirstStart::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(m_dir->filePath(QStringLiteral("t.sqlite")));
    m_db->open();
}

void TestFirstStart::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestFirstStart::startEmptyCreatesProvinceCommittee()
{
    FirstStartDialog dialog(*m_db);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.emptyButton()->isChecked());
    dialog.nameEdit()->setFocus();
    QTest::keyClicks(dialog.nameEdit(), QStringLiteral("Ban Chi dao 35 tinh Thu Nghiem"));
    QTest::keyClick(dialog.nameEdit(), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const QList<Committee> committees = RosterRepository(*m_db).committees();
    QCOMPARE(committees.size(), 1);
    QCOMPARE(committees.first().name, QStringLiteral("Ban Chi dao 35 tinh Thu Nghiem"));
    QCOMPARE(committees.first().level, QStringLiteral("province"));
}

void TestFirstStart::startEmptyNeedsName()
{
    FirstStartDialog dialog(*m_db);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    clickStart(dialog);
    QVERIFY(dialog.isVisible());
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("error"));
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), QStringLiteral("The committee needs a name."));
    QCOMPARE(RosterRepository(*m_db).recordCount(), qint64(0));

    // A long message (a database error) is shown whole: the dialog grows, nothing is cut.
    const QString longMessage = QStringLiteral("The database cannot be written: ").repeated(8);
    dialog.showError(longMessage);
    QApplication::processEvents();
    QCOMPARE(error->text(), longMessage);
    QVERIFY2(error->height() >= error->heightForWidth(error->width()),
        qPrintable(QStringLiteral("%1 < %2")
                       .arg(error->height())
                       .arg(error->heightForWidth(error->width()))));
    QVERIFY(dialog.rect().contains(error->geometry()));
}

void TestFirstStart::loadDemoData()
{
    FirstStartDialog dialog(*m_db);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.demoButton()->setChecked(true);
    QVERIFY(!dialog.nameEdit()->isEnabled());
    clickStart(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    RosterRepository repo(*m_db);
    const QList<Committee> committees = repo.committees();
    QVERIFY(committees.size() >= 10);
    QCOMPARE(committees.first().name, QStringLiteral("Ban Chỉ đạo 35 tỉnh An Giang"));
    QVERIFY(repo.members(committees.first().id, QDate(2024, 6, 30)).size() > 20);
}

void TestFirstStart::signIn()
{
    UserRepository(*m_db).add(
        QStringLiteral("lan"), QStringLiteral("secretary"), QStringLiteral("mat-khau-1"));
    LoginDialog dialog(*m_db);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.nameEdit()->setText(QStringLiteral("lan"));
    QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("sai"));
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("error"));
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), QStringLiteral("Wrong user name or password."));
    QCOMPARE(m_db->currentUser(), QString());

    dialog.passwordEdit()->clear();
    QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("mat-khau-1"));
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.role(), QStringLiteral("secretary"));
    QCOMPARE(m_db->currentUser(), QStringLiteral("lan"));
}

void TestFirstStart::signInRoleNotAllowed()
{
    UserRepository(*m_db).add(
        QStringLiteral("lan"), QStringLiteral("secretary"), QStringLiteral("mat-khau-1"));
    // The dialog signs in through the opener's rule, roles included.
    LoginDialog dialog([this](const QString &user, const QString &password) {
        return Opener::signIn(*m_db, user, password, { QStringLiteral("admin") });
    });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.nameEdit()->setText(QStringLiteral("lan"));
    QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("mat-khau-1"));
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("error"));
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), QStringLiteral("the role secretary may not run this command"));
    QCOMPARE(dialog.role(), QString());
    QCOMPARE(m_db->currentUser(), QString());
}

void TestFirstStart::signInWaitIsCountedDown()
{
    UserRepository(*m_db).add(
        QStringLiteral("lan"), QStringLiteral("secretary"), QStringLiteral("mat-khau-1"));
    SignInThrottle throttle(*m_db);
    for (int i = 0; i < SignInThrottle::FreeFailures; ++i) // someone guessed three times
        throttle.recordFailure(QStringLiteral("lan"));
    LoginDialog dialog(*m_db);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.nameEdit()->setText(QStringLiteral("lan"));
    QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("mat-khau-1"));
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);

    // Told to wait, the button off; nothing was checked yet.
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("error"));
    QVERIFY(dialog.isVisible());
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().startsWith(
                 QStringLiteral("Too many failed sign-ins with this name. Try again in 1 second")),
        qPrintable(error->text()));
    QVERIFY(!dialog.signInButton()->isEnabled());
    QCOMPARE(m_db->currentUser(), QString());
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return); // Enter does nothing meanwhile
    QVERIFY(dialog.isVisible());

    // The wait over, the same password signs in.
    QTRY_VERIFY_WITH_TIMEOUT(dialog.signInButton()->isEnabled(), 3000);
    QCOMPARE(error->text(), QStringLiteral("You may sign in again now."));
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.role(), QStringLiteral("secretary"));
    QCOMPARE(m_db->currentUser(), QStringLiteral("lan"));
}

QTEST_MAIN(TestFirstStart)
#include "tst_firststart.moc"
