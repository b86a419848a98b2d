#include <ui/charts/chartreportdialog.h>

#include <ui/charts/chartreport.h>
#include <ui/charts/charttexts.h>

#include <core/db/database.h>
#include <core/documents/partydocument.h>
#include <core/text/vndate.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QVBoxLayout>

namespace thuky {

ChartReportDialog::ChartReportDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setWindowTitle(tr("Periodic report"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Quarterly"), int(ReportPeriod::Quarter));
    m_kind->addItem(tr("Weekly"), int(ReportPeriod::Week));
    m_period = new QLineEdit(this);
    m_period->setPlaceholderText(tr("2024-Q2 or 2024-W29"));
    auto *draftButton = new QPushButton(tr("Draft from the figures"), this);
    auto *row = new QHBoxLayout;
    row->addWidget(m_kind);
    row->addWidget(m_period, 1);
    row->addWidget(draftButton);
    form->addRow(tr("Period"), row);
    m_rollUp = new QCheckBox(tr("Roll &up to today's units"), this);
    m_rollUp->setObjectName(QStringLiteral("rollUp"));
    m_rollUp->setToolTip(tr("Count the reports of merged localities under the unit that holds "
                            "them today, so that periods before and after a merge compare"));
    m_rollUp->setChecked(QSettings().value(QStringLiteral("charts/rollUpMerged")).toBool());
    connect(m_rollUp, &QCheckBox::toggled, this,
        [](bool on) { QSettings().setValue(QStringLiteral("charts/rollUpMerged"), on); });
    form->addRow(QString(), m_rollUp);
    m_figures = new QLabel(this);
    form->addRow(QString(), m_figures);
    m_assessment = new QPlainTextEdit(this);
    m_direction = new QPlainTextEdit(this);
    for (QPlainTextEdit *edit : { m_assessment, m_direction })
        edit->setToolTip(tr("Drafted from the figures in Vietnamese, the language of the printed "
                            "report; edit it before printing."));
    form->addRow(tr("Assessment"), m_assessment);
    form->addRow(tr("Direction"), m_direction);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *previewButton = buttons->addButton(tr("Print preview…"), QDialogButtonBox::ActionRole);
    auto *saveButton = buttons->addButton(tr("Save as PDF or ODT…"), QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);

    const ReportPeriod current
        = ReportPeriod::containing(ReportPeriod::Quarter, QDate::currentDate());
    m_period->setText(current.code());
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this]() {
        const auto kind = ReportPeriod::Kind(m_kind->currentData().toInt());
        m_period->setText(ReportPeriod::containing(kind, QDate::currentDate()).code());
    });
    connect(draftButton, &QPushButton::clicked, this, &ChartReportDialog::draft);
    connect(previewButton, &QPushButton::clicked, this, &ChartReportDialog::preview);
    connect(saveButton, &QPushButton::clicked, this, &ChartReportDialog::saveAs);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(820, 640);
}

bool ChartReportDialog::setPeriod(const QString &code)
{
    const bool week = code.contains(QLatin1Char('W'), Qt::CaseInsensitive);
    m_kind->blockSignals(true);
    m_kind->setCurrentIndex(week ? 1 : 0);
    m_kind->blockSignals(false);
    m_period->setText(code);
    draft();
    return m_ready;
}

void ChartReportDialog::draft()
{
    const QString code = m_period->text().trimmed();
    const auto period = code.contains(QLatin1Char('W'), Qt::CaseInsensitive)
        ? ReportPeriod::isoWeek(code)
        : ReportPeriod::quarter(code);
    m_ready = false;
    if (!period) {
        m_figures->setText(tr("Give a quarter (2024-Q2) or an ISO week (2024-W29)."));
        return;
    }
    m_data = PeriodReport(m_db).build(*period, 0, m_rollUp->isChecked());
    m_assessment->setPlainText(m_data.assessment);
    m_direction->setPlainText(m_data.direction);
    m_figures->setText(tr("%1: %Ln report(s)", nullptr, m_data.total).arg(periodLabel(*period)));
    m_ready = true;
}

QString ChartReportDialog::periodLabel(const ReportPeriod &period)
{
    // The document names its period in Vietnamese (ReportPeriod::label()); the dialog speaks
    // the interface's language.
    if (period.kind == ReportPeriod::Quarter)
        return ChartTexts::onScreen().quarter(period.code());
    int year = 0;
    const int week = period.first.weekNumber(&year);
    //: An ISO week: %1 its number, %2 the year ("Tuần 29/2024")
    return tr("Week %1, %2").arg(week).arg(year);
}

QString ChartReportDialog::assessment() const
{
    return m_assessment->toPlainText();
}

QString ChartReportDialog::direction() const
{
    return m_direction->toPlainText();
}

void ChartReportDialog::setAssessment(const QString &text)
{
    m_assessment->setPlainText(text);
}

void ChartReportDialog::setDirection(const QString &text)
{
    m_direction->setPlainText(text);
}

void ChartReportDialog::compose(PartyDocument &doc, const QString &imageDir)
{
    PeriodReportData data = m_data;
    data.assessment = assessment();
    data.direction = direction();
    ChartReport::compose(m_db, doc, data, imageDir);
}

bool ChartReportDialog::save(const QString &path, QString *error)
{
    if (!m_ready)
        draft();
    if (!m_ready) {
        if (error)
            *error = m_figures->text();
        return false;
    }
    QTemporaryDir images;
    PartyDocument doc(DocumentPageSettings::fromDatabase(m_db));
    compose(doc, images.path());
    const bool ok = QFileInfo(path).suffix().toLower() == QLatin1String("odt") ? doc.writeOdt(path)
                                                                               : doc.writePdf(path);
    if (!ok && error)
        *error = doc.errorString();
    return ok;
}

void ChartReportDialog::preview()
{
    if (!m_ready)
        draft();
    if (!m_ready)
        return;
    QTemporaryDir images;
    PartyDocument doc(DocumentPageSettings::fromDatabase(m_db));
    compose(doc, images.path());
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, this);
    connect(
        &dialog, &QPrintPreviewDialog::paintRequested, this, [&doc](QPrinter *p) { doc.print(p); });
    dialog.exec();
}

void ChartReportDialog::saveAs()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save report"), QString(), tr("PDF document (*.pdf);;OpenDocument text (*.odt)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!save(path, &error))
        QMessageBox::warning(this, tr("Save report"), error);
}

} // namespace thuky
