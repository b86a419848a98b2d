#include <ui/opinions/opinionstatusdialog.h>

#include <ui/opinions/opinionlookups.h>

#include <core/db/database.h>
#include <core/text/vndate.h>

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QPlainTextEdit>
#include <QUndoStack>

namespace thuky {

OpinionStatusDialog::OpinionStatusDialog(Database &db, QUndoStack *undo,
    const OpinionReport &report, ChangeReportStatus::Step step, QWidget *parent)
    : EditDialog(parent)
{
    setObjectName(QStringLiteral("opinionStatusDialog"));
    auto *what = new QLabel(this);
    what->setWordWrap(true);
    what->setTextFormat(Qt::PlainText);
    what->setText(tr("%1 · %2 · %3\n%4")
                      .arg(VnDate::display(report.observedOn), report.localityName,
                          report.topicName, report.summary));
    m_form->addRow(what);
    const QDate today = QDate::currentDate();
    if (step == ChangeReportStatus::Step::Forward) {
        setWindowTitle(tr("Forward to an agency"));
        m_agency = new QComboBox(this);
        m_agency->setObjectName(QStringLiteral("agency"));
        OpinionLookups::fillCombo(
            m_agency, OpinionLookups::agencies(db), tr("(choose the agency)"));
        if (report.agencyId > 0)
            m_agency->setCurrentIndex(qMax(0, m_agency->findData(report.agencyId)));
        addField(QStringLiteral("forwarded_to"), tr("&Agency:"), m_agency);
        m_date = makeDateEdit(report.forwardedOn.isValid() ? report.forwardedOn : today);
        m_date->setObjectName(QStringLiteral("forwardedOn"));
        addField(QStringLiteral("forwarded_date"), tr("&Forwarded on:"), m_date);
    } else {
        setWindowTitle(tr("Record the answer"));
        m_response = new QPlainTextEdit(this);
        m_response->setObjectName(QStringLiteral("response"));
        m_response->setTabChangesFocus(true);
        m_response->setPlainText(report.response);
        addField(QStringLiteral("response"), tr("&Answer:"), m_response);
        m_date = makeDateEdit(report.responseOn.isValid() ? report.responseOn : today);
        m_date->setObjectName(QStringLiteral("responseOn"));
        addField(QStringLiteral("response_date"), tr("Answered &on:"), m_date);
    }
    setMinimumWidth(480);
    setSubmit([this, &db, undo, report, step] {
        const bool forward = step == ChangeReportStatus::Step::Forward;
        // Changed by someone else since it was read: Reload closes with nothing written.
        if (!ChangeReportStatus::executeChecked(this, db, undo, report, step,
                forward ? m_agency->currentData().toLongLong() : 0, m_date->date(),
                forward ? QString() : m_response->toPlainText()))
            emit reloaded(report.id);
    });
}

} // namespace thuky
