#pragma once

#include <ui/common/databasecommand.h>

#include <core/opinions/opinionimport.h>

#include <QCoreApplication>

#include <functional>
#include <memory>

namespace thuky {

class Database;

/**
 * An import of opinion reports as one undoable step: redo writes the analysed rows (one
 * transaction), undo removes its reports and the names it created.
 */
class ImportReports : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(thuky::ImportReports)
public:
    /** Called with (rows written, rows to write) while the first write runs. */
    using Progress = std::function<void(int, int)>;

    /**
     * @p import has analysed its file without error. The first write reports to @p progress
     * and stores its summary in @p result; a redo from the Edit menu shows a wait cursor.
     */
    ImportReports(Database &db, std::shared_ptr<OpinionImport> import,
        OpinionImport::Summary *result, Progress progress);

protected:
    void apply() override;
    void revert() override;

private:
    std::shared_ptr<OpinionImport> m_import;
    OpinionImport::Summary *m_result;
    Progress m_progress;
};

} // namespace thuky
