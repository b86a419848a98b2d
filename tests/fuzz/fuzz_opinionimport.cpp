// The opinion report CSV import's reading and checking step (CsvReader and
// OpinionImport::analyse), against the demo data set; nothing is written.

#include "csvchecks.h"

#include <core/opinions/opinionimport.h>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    thuky::fuzz::init();
    thuky::fuzz::demoDatabase();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace thuky;
    const QByteArray bytes = fuzz::bytesOf(data, size);
    // The options from the input's length, so that one input always takes the same path.
    OpinionImport::Options options;
    options.createMissing = size & 1;
    options.skipDuplicates = size & 2;
    options.forDialog = size & 4;
    OpinionImport import(fuzz::demoDatabase(), options);
    const bool ok = import.analyse(bytes);
    fuzz::checkProblems(ok, import.hasErrors(), import.problems(), bytes);
    const OpinionImport::Summary summary = import.summary();
    fuzz::require(summary.rows >= import.rows().size(), "no more rows than data records");
    return 0;
}
