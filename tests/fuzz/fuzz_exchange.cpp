// The exchange file reader (Exchange::importFrom) against the demo data set, inside a
// transaction that is rolled back after each input.
//
// The input is the file's plain JSON content. seal() turns it into the file as this version
// writes it (the checksum of "tables" recomputed, then compressed), so that the fuzzer gets
// past the checksum to the merge, as a forged file with a recomputed checksum would; bytes
// that are no JSON object are sealed as they are. When the file format changes, only seal()
// and the call in LLVMFuzzerTestOneInput change (e.g. to Exchange::parse(plainJson)).

#include "fuzzcommon.h"

#include <core/db/exchange.h>

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

namespace {
QByteArray seal(const QByteArray &plain)
{
    QJsonParseError error {};
    QJsonDocument doc = QJsonDocument::fromJson(plain, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return qCompress(plain);
    QJsonObject root = doc.object();
    const QByteArray tables = QJsonDocument(root.value(QStringLiteral("tables")).toObject())
                                  .toJson(QJsonDocument::Compact);
    root.insert(QStringLiteral("sha256"),
        QString::fromLatin1(QCryptographicHash::hash(tables, QCryptographicHash::Sha256).toHex()));
    return qCompress(QJsonDocument(root).toJson(QJsonDocument::Compact));
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    thuky::fuzz::init();
    thuky::fuzz::demoDatabase();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace thuky;
    const QString path = fuzz::scratch().filePath(QStringLiteral("input.thuky-exchange"));
    {
        QFile file(path);
        fuzz::require(file.open(QIODevice::WriteOnly | QIODevice::Truncate), "scratch file");
        file.write(seal(fuzz::bytesOf(data, size)));
    }
    Database &db = fuzz::demoDatabase();
    db.beginTransaction();
    try {
        Exchange::importFrom(db, path);
    } catch (const ValidationError &) {
        // refused: exit 3
    } catch (const DbError &) {
        // refused by the database: exit 1 or 4 today (SPEC wants 3: issue 12)
    }
    db.rollback();
    fuzz::require(db.transactionDepth() == 0, "every transaction ended");
    return 0;
}
