#include <ui/shell/firststartdialog.h>

#include <core/db/database.h>
#include <core/demo/demo.h>
#include <core/roster/rosterrepository.h>

#include <QDialogButtonBox>
#include <QEventLoop>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QThread>
#include <QVBoxLayout>

namespace thuky {

FirstStartDialog::FirstStartDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setWindowTitle(tr("Welcome to Thư Ký"));
    auto *intro = new QLabel(tr("The database <b>%1</b> holds no records yet. How do you want "
                                "to start?")
                                 .arg(db.location().toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    m_empty = new QRadioButton(tr("&Start empty: create the province committee"), this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("committeeName"));
    m_name->setPlaceholderText(tr("e.g. Ban Chỉ đạo 35 tỉnh An Giang"));
    auto *nameLabel = new QLabel(tr("Committee &name:"), this);
    nameLabel->setBuddy(m_name);
    m_demo = new QRadioButton(tr("Load the &demo data (invented names, 2021–2024) to try "
                                 "the application"),
        this);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_empty->setChecked(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("S&tart"));
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstStartDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FirstStartDialog::reject);
    connect(m_empty, &QRadioButton::toggled, m_name, &QLineEdit::setEnabled);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addWidget(m_empty);
    auto *nameRow = new QHBoxLayout;
    nameRow->addSpacing(24);
    nameRow->addWidget(nameLabel);
    nameRow->addWidget(m_name, 1);
    layout->addLayout(nameRow);
    layout->addWidget(m_error);
    layout->addSpacing(8);
    layout->addWidget(m_demo);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(560);
    m_name->setFocus();
}

void FirstStartDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
    // Grow with the message's lines rather than cut them (the label wraps).
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : sizeHint().height();
    resize(width(), qMax(height(), needed));
}

void FirstStartDialog::accept()
{
    m_error->hide();
    if (m_empty->isChecked() ? createCommittee() : loadDemo())
        QDialog::accept();
}

bool FirstStartDialog::createCommittee()
{
    Committee c;
    c.name = m_name->text();
    c.level = QStringLiteral("province");
    c.validFrom = QDate::currentDate();
    try {
        RosterRepository(m_db).addCommittee(c);
    } catch (const ValidationError &e) {
        showError(e.message());
        m_name->setFocus();
        return false;
    } catch (const DbError &e) {
        showError(e.message());
        return false;
    }
    return true;
}

bool FirstStartDialog::loadDemo()
{
    // The generator runs on its own connection in a worker thread, so that the window stays
    // responsive and shows that it is busy.
    QString error;
    const QString location = m_db.location();
    QThread *worker = QThread::create([location, &error] {
        try {
            Database db(location);
            db.open(Database::OpenMode::MustExist);
            DemoGenerator(db, 2024).generate(2000);
        } catch (const ValidationError &e) {
            error = e.message();
        } catch (const DbError &e) {
            error = e.message();
        }
    });
    QProgressDialog progress(tr("Creating the demo data set…"), QString(), 0, 0, this);
    progress.setWindowTitle(tr("Demo data"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.show();
    QEventLoop loop;
    connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    worker->wait();
    delete worker;
    progress.close();
    if (!error.isEmpty()) {
        showError(error);
        return false;
    }
    return true;
}

} // namespace thuky
