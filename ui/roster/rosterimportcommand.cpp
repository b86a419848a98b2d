#include <ui/roster/rosterimportcommand.h>

#include <QApplication>
#include <QScopeGuard>

#include <utility>

namespace thuky {

ImportRoster::ImportRoster(
    Database &db, std::shared_ptr<RosterImport> import, RosterImport::Summary *result)
    : DatabaseCommand(db)
    , m_import(std::move(import))
    , m_result(result)
{
    setText(tr("Import %Ln membership(s)", nullptr, m_import->summary().memberships));
}

void ImportRoster::apply()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto restore = qScopeGuard([] { QApplication::restoreOverrideCursor(); });
    const RosterImport::Summary s = m_import->write();
    if (RosterImport::Summary *out = std::exchange(m_result, nullptr))
        *out = s; // written once, for the dialog that asked
}

void ImportRoster::revert()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto restore = qScopeGuard([] { QApplication::restoreOverrideCursor(); });
    m_import->revert();
}

} // namespace thuky
