#pragma once

#include <core/reports/periodreport.h>

#include <QDialog>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
QT_END_NAMESPACE

namespace thuky {

class Database;
class PartyDocument;

/**
 * Prepares a weekly or quarterly report: drafts the assessment and direction from the
 * figures, lets the clerk edit them, then previews, prints or saves (PDF, ODT).
 */
class ChartReportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ChartReportDialog(Database &db, QWidget *parent = nullptr);

    /** Selects the period (`2024-Q2` or `2024-W29`) and drafts the texts. */
    bool setPeriod(const QString &code);
    QString assessment() const;
    QString direction() const;
    void setAssessment(const QString &text);
    void setDirection(const QString &text);
    /** "Roll up to today's units" (as in the Charts area, and remembered with it). */
    QCheckBox *rollUpCheck() const { return m_rollUp; }
    const PeriodReportData &data() const { return m_data; }
    /** Writes the report with the edited texts; the format follows the extension (.pdf, .odt). */
    bool save(const QString &path, QString *error = nullptr);

    /** `Q2 2024` or `Week 29, 2024` in the interface's language. */
    static QString periodLabel(const ReportPeriod &period);

private:
    void draft();
    void preview();
    void saveAs();
    void compose(PartyDocument &doc, const QString &imageDir);

    Database &m_db;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_period = nullptr;
    QCheckBox *m_rollUp = nullptr;
    QLabel *m_figures = nullptr;
    QPlainTextEdit *m_assessment = nullptr;
    QPlainTextEdit *m_direction = nullptr;
    PeriodReportData m_data;
    bool m_ready = false;
};

} // namespace thuky
