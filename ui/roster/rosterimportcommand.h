#pragma once

#include <ui/common/databasecommand.h>

#include <core/roster/rosterimport.h>

#include <QCoreApplication>

#include <memory>

namespace thuky {

class Database;

/**
 * An import of a roster sheet as one undoable step: redo writes the analysed rows (one
 * transaction), undo removes exactly the memberships and the persons the import added.
 */
class ImportRoster : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(thuky::ImportRoster)
public:
    /**
     * @p import has analysed its file without error. The first write stores its summary in
     * @p result (when given).
     */
    ImportRoster(Database &db, std::shared_ptr<RosterImport> import,
        RosterImport::Summary *result = nullptr);

protected:
    void apply() override;
    void revert() override;

private:
    std::shared_ptr<RosterImport> m_import;
    RosterImport::Summary *m_result;
};

} // namespace thuky
