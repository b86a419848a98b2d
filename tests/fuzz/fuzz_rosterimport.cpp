// The roster sheet import's reading and checking step (RosterImport::analyse), against the
// demo data set's roster; nothing is written.

#include "csvchecks.h"

#include <core/roster/rosterimport.h>

#include <QSqlQuery>

#include <cstddef>
#include <cstdint>

namespace {
/** The province committee: what a sheet without a committee column is imported into. */
QString provinceCommittee()
{
    static const QString id
        = thuky::fuzz::demoDatabase()
              .scalar(QStringLiteral("SELECT min(id) FROM committees WHERE parent_id IS NULL"))
              .toString();
    return id;
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    thuky::fuzz::init();
    provinceCommittee();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace thuky;
    const QByteArray bytes = fuzz::bytesOf(data, size);
    // The options from the input's length, so that one input always takes the same path.
    RosterImport::Options options;
    if (size & 1)
        options.committee = provinceCommittee();
    options.forDialog = size & 2;
    RosterImport import(fuzz::demoDatabase(), options);
    const bool ok = import.analyse(bytes);
    fuzz::checkProblems(ok, import.hasErrors(), import.problems(), bytes);
    const RosterImport::Summary summary = import.summary();
    fuzz::require(summary.memberships <= summary.rows, "no more memberships than data rows");
    return 0;
}
