#include <ui/opinions/importreports.h>

#include <QApplication>
#include <QScopeGuard>

#include <utility>

namespace thuky {

ImportReports::ImportReports(Database &db, std::shared_ptr<OpinionImport> import,
    OpinionImport::Summary *result, Progress progress)
    : DatabaseCommand(db)
    , m_import(std::move(import))
    , m_result(result)
    , m_progress(std::move(progress))
{
    setText(tr("Import %Ln report(s)", nullptr, m_import->summary().imported));
}

void ImportReports::apply()
{
    // The first time with the dialog's progress; a redo from the Edit menu waits.
    const Progress progress = std::exchange(m_progress, Progress());
    if (!progress)
        QApplication::setOverrideCursor(Qt::WaitCursor);
    auto restore = qScopeGuard([&] {
        if (!progress)
            QApplication::restoreOverrideCursor();
    });
    const OpinionImport::Summary s = m_import->write(progress);
    if (OpinionImport::Summary *out = std::exchange(m_result, nullptr))
        *out = s; // written once, for the dialog that asked
}

void ImportReports::revert()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto restore = qScopeGuard([] { QApplication::restoreOverrideCursor(); });
    m_import->revert();
}

} // namespace thuky
