// The exchange file reader against the demo data set: the plain JSON content of a file (what
// SealedFile::open hands over once the passphrase and the authentication passed, i.e. what a
// district with the passphrase could forge) through Exchange::parse, plan and a dry-run apply
// that writes nothing. The sealing itself is libsodium's, tested in tst_exchange.

#include "fuzzcommon.h"

#include <core/db/exchange.h>

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
    Database &db = fuzz::demoDatabase();
    try {
        const Exchange::Content content
            = Exchange::parse(fuzz::bytesOf(data, size), QStringLiteral("fuzz"));
        const Exchange::Plan plan = Exchange::plan(db, content, QStringLiteral("fuzz"));
        Exchange::apply(db, plan, {}, Exchange::Choice::Incoming, true);
    } catch (const ValidationError &) {
        // refused: exit 3, nothing written
    }
    fuzz::require(db.transactionDepth() == 0, "every transaction ended");
    return 0;
}
