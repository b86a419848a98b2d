#include <ui/shell/settingsdialog.h>

#include <ui/common/language.h>

#include <core/db/database.h>
#include <core/db/settingsrepository.h>
#include <core/documents/documentpagesettings.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace thuky {

namespace {
const char *const marginKeys[4] = { SettingsRepository::MarginTop, SettingsRepository::MarginBottom,
    SettingsRepository::MarginLeft, SettingsRepository::MarginRight };
constexpr int DefaultKeptBackups = 14;
} // namespace

SettingsDialog::SettingsDialog(Database &db, bool editable, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_editable(editable)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildDocumentGroup());
    layout->addWidget(buildWorkGroup());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    load();
}

QWidget *SettingsDialog::buildDocumentGroup()
{
    auto *group = new QGroupBox(tr("Printed documents (minutes, lists, reports)"), this);
    auto *form = new QFormLayout(group);
    const QString sides[4]
        = { tr("Top margin:"), tr("Bottom margin:"), tr("Left margin:"), tr("Right margin:") };
    for (int i = 0; i < 4; ++i) {
        m_margins[i] = new QDoubleSpinBox(group);
        m_margins[i]->setObjectName(QStringLiteral("margin%1").arg(i));
        m_margins[i]->setRange(5, 80);
        m_margins[i]->setDecimals(0);
        m_margins[i]->setSuffix(tr(" mm"));
        m_margins[i]->setToolTip(tr("Party guidance 36-HD/VPTW: top and bottom 20–25 mm, left "
                                    "30–35 mm, right 15–20 mm."));
        form->addRow(sides[i], m_margins[i]);
    }
    m_superior = new QLineEdit(group);
    m_superior->setObjectName(QStringLiteral("superiorBody"));
    m_superior->setPlaceholderText(tr("e.g. the provincial Party committee"));
    m_superior->setToolTip(tr("Printed above the committee's name in the header of every "
                              "document, for committees that do not name their own."));
    form->addRow(tr("Superior body:"), m_superior);
    m_signLeft = new QLineEdit(group);
    m_signLeft->setObjectName(QStringLiteral("signatureLeft"));
    m_signLeft->setToolTip(tr("The label over the minute-taker's signature."));
    form->addRow(tr("Left signature label:"), m_signLeft);
    m_signRight = new QLineEdit(group);
    m_signRight->setObjectName(QStringLiteral("signatureRight"));
    m_signRight->setToolTip(tr("The label over the chair's signature (some committees put the "
                               "meeting secretary's label here)."));
    form->addRow(tr("Right signature label:"), m_signRight);
    return group;
}

QWidget *SettingsDialog::buildWorkGroup()
{
    auto *group = new QGroupBox(tr("Work"), this);
    auto *form = new QFormLayout(group);
    m_waiting = new QSpinBox(group);
    m_waiting->setObjectName(QStringLiteral("waitingDays"));
    m_waiting->setRange(1, 365);
    m_waiting->setSuffix(tr(" days"));
    m_waiting->setToolTip(
        tr("A report without an answer after this many days is listed as waiting on the home "
           "page."));
    form->addRow(tr("A report waits after:"), m_waiting);
    m_daily = new QCheckBox(tr("Make a backup at the first start of each day"), group);
    m_daily->setObjectName(QStringLiteral("dailyBackup"));
    m_daily->setToolTip(tr("A checked copy of the database goes to the backups folder beside "
                           "the database file."));
    form->addRow(tr("Backups:"), m_daily);
    m_keep = new QSpinBox(group);
    m_keep->setObjectName(QStringLiteral("keepBackups"));
    m_keep->setRange(1, 365);
    m_keep->setToolTip(tr("How many daily backups are kept; older ones are removed."));
    form->addRow(tr("Backups kept:"), m_keep);
    m_language = new QComboBox(group);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(QStringLiteral("Tiếng Việt"), QStringLiteral("vi"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setToolTip(tr("The language of this workstation's windows, from the next start. "
                              "Printed documents are always in Vietnamese."));
    form->addRow(tr("Language:"), m_language);
    return group;
}

void SettingsDialog::load()
{
    SettingsRepository settings(m_db);
    const DocumentPageSettings page = DocumentPageSettings::fromDatabase(m_db);
    const double margins[4]
        = { page.marginTopMm, page.marginBottomMm, page.marginLeftMm, page.marginRightMm };
    for (int i = 0; i < 4; ++i)
        m_margins[i]->setValue(margins[i]);
    m_superior->setText(page.superiorBody);
    m_signLeft->setText(settings.value(QLatin1String(SettingsRepository::SignatureLeft),
        SettingsRepository::defaultSignatureLeft()));
    m_signRight->setText(settings.value(QLatin1String(SettingsRepository::SignatureRight),
        SettingsRepository::defaultSignatureRight()));
    m_waiting->setValue(settings.number(QLatin1String(SettingsRepository::WaitingDays),
        SettingsRepository::DefaultWaitingDays, 1, 365));
    m_daily->setChecked(
        settings.value(QLatin1String(SettingsRepository::BackupDaily)) != QLatin1String("off"));
    m_keep->setValue(
        settings.number(QLatin1String(SettingsRepository::BackupKeep), DefaultKeptBackups, 1, 365));
    // The language this window speaks (a --lang on the command line included).
    m_shownLanguage = Language::running();
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_shownLanguage)));
    if (!m_editable) {
        for (QWidget *w : findChildren<QWidget *>()) {
            if (w != m_language
                && (qobject_cast<QDoubleSpinBox *>(w) || qobject_cast<QLineEdit *>(w)
                    || qobject_cast<QSpinBox *>(w) || qobject_cast<QCheckBox *>(w)))
                w->setEnabled(false);
        }
    }
}

void SettingsDialog::accept()
{
    if (m_editable) {
        QMap<QString, QString> values;
        for (int i = 0; i < 4; ++i)
            values.insert(QLatin1String(marginKeys[i]), QString::number(m_margins[i]->value()));
        values.insert(QLatin1String(SettingsRepository::SuperiorBody), m_superior->text());
        // The default label is stored as no value, so that a later default applies.
        const auto label = [](const QLineEdit *edit, const QString &fallback) {
            return edit->text().trimmed() == fallback ? QString() : edit->text().trimmed();
        };
        values.insert(QLatin1String(SettingsRepository::SignatureLeft),
            label(m_signLeft, SettingsRepository::defaultSignatureLeft()));
        values.insert(QLatin1String(SettingsRepository::SignatureRight),
            label(m_signRight, SettingsRepository::defaultSignatureRight()));
        values.insert(
            QLatin1String(SettingsRepository::WaitingDays), QString::number(m_waiting->value()));
        values.insert(QLatin1String(SettingsRepository::BackupDaily),
            m_daily->isChecked() ? QString() : QStringLiteral("off"));
        values.insert(
            QLatin1String(SettingsRepository::BackupKeep), QString::number(m_keep->value()));
        try {
            SettingsRepository(m_db).setValues(values);
        } catch (const DbError &e) {
            QMessageBox::warning(this, tr("Settings"), e.message());
            return;
        }
    }
    const QString language = m_language->currentData().toString();
    // Only a language the clerk chose here is remembered (and offers a restart).
    m_languageChanged = language != m_shownLanguage;
    if (m_languageChanged)
        Language::setPreferred(language);
    QDialog::accept();
}

} // namespace thuky
