#include <core/db/sealedfile.h>

#include <core/db/database.h>

#include <QCoreApplication>

#include <sodium.h>

namespace thuky {

namespace {
// The context of this file's messages, seen by lupdate in member and free functions alike.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(thuky::SealedFile)
};

const char magic[] = "THUKYX1";
const int magicSize = 7;
const char version = 1;
const int saltSize = crypto_pwhash_SALTBYTES;
const int checkSize = 32;
const int streamHeaderSize = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
const int headerSize = magicSize + 1 + saltSize + checkSize + streamHeaderSize;
const int chunkSize = 64 * 1024;
const int sealedChunkSize = chunkSize + crypto_secretstream_xchacha20poly1305_ABYTES;
// Version 1 fixes the cost of the key derivation: a file cannot ask for more memory or time.
const unsigned long long opsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
const size_t memLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
const char keyCheckContext[] = "thuky exchange key check";

void initSodium()
{
    if (sodium_init() < 0)
        throw DbError(DbError::QueryFailed, QStringLiteral("libsodium could not be initialised"));
}

/** The stream key and, beside it, the check value stored in the header. */
struct Keys
{
    unsigned char key[crypto_secretstream_xchacha20poly1305_KEYBYTES];
    unsigned char check[checkSize];
    ~Keys() { sodium_memzero(this, sizeof *this); }
};

void derive(Keys &keys, const QByteArray &passphrase, const unsigned char *salt)
{
    if (crypto_pwhash(keys.key, sizeof keys.key, passphrase.constData(),
            static_cast<unsigned long long>(passphrase.size()), salt, opsLimit, memLimit,
            crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        throw DbError(DbError::QueryFailed,
            QStringLiteral("the key derivation ran out of memory (%1 bytes)").arg(memLimit));
    crypto_generichash(keys.check, sizeof keys.check,
        reinterpret_cast<const unsigned char *>(keyCheckContext), sizeof keyCheckContext - 1,
        keys.key, sizeof keys.key);
}

const unsigned char *bytes(const QByteArray &a, qsizetype offset = 0)
{
    return reinterpret_cast<const unsigned char *>(a.constData()) + offset;
}

unsigned char *bytes(QByteArray &a, qsizetype offset = 0)
{
    return reinterpret_cast<unsigned char *>(a.data()) + offset;
}
} // namespace

bool SealedFile::looksSealed(const QByteArray &data)
{
    return data.startsWith(QByteArray::fromRawData(magic, magicSize));
}

QByteArray SealedFile::seal(const QByteArray &plain, const QByteArray &passphrase)
{
    if (passphrase.isEmpty())
        throw ValidationError(
            QStringLiteral("passphrase"), Tr::tr("The passphrase must not be empty."));
    initSodium();
    QByteArray out(headerSize, Qt::Uninitialized);
    memcpy(out.data(), magic, magicSize);
    out[magicSize] = version;
    unsigned char *salt = bytes(out, magicSize + 1);
    randombytes_buf(salt, saltSize);
    Keys keys;
    derive(keys, passphrase, salt);
    memcpy(bytes(out, magicSize + 1 + saltSize), keys.check, checkSize);
    crypto_secretstream_xchacha20poly1305_state state;
    crypto_secretstream_xchacha20poly1305_init_push(
        &state, bytes(out, headerSize - streamHeaderSize), keys.key);
    // The header (magic, version, salt, check) is the first chunk's additional data.
    const QByteArray header = out.left(headerSize - streamHeaderSize);
    qsizetype offset = 0;
    bool first = true;
    do {
        const qsizetype n = qMin<qsizetype>(chunkSize, plain.size() - offset);
        const bool last = offset + n >= plain.size();
        const qsizetype at = out.size();
        out.resize(at + n + crypto_secretstream_xchacha20poly1305_ABYTES);
        crypto_secretstream_xchacha20poly1305_push(&state, bytes(out, at), nullptr,
            bytes(plain, offset), static_cast<unsigned long long>(n),
            first ? bytes(header) : nullptr, first ? header.size() : 0,
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        offset += n;
        first = false;
    } while (offset < plain.size());
    sodium_memzero(&state, sizeof state);
    return out;
}

QByteArray SealedFile::open(const QByteArray &sealed, const QByteArray &passphrase)
{
    if (!looksSealed(sealed))
        throw Error(Failure::Foreign, Tr::tr("not a sealed Thư Ký exchange file"));
    if (sealed.size() > magicSize && sealed.at(magicSize) > version)
        throw Error(Failure::Foreign, Tr::tr("written by a newer version of Thư Ký"));
    if (sealed.size() > magicSize && sealed.at(magicSize) != version)
        throw Error(Failure::Foreign, Tr::tr("not a sealed Thư Ký exchange file"));
    if (sealed.size() < headerSize)
        throw Error(Failure::Truncated, Tr::tr("the file is truncated"));
    initSodium();
    Keys keys;
    derive(keys, passphrase, bytes(sealed, magicSize + 1));
    if (sodium_memcmp(keys.check, bytes(sealed, magicSize + 1 + saltSize), checkSize) != 0)
        throw Error(Failure::WrongPassphrase, Tr::tr("wrong passphrase"));
    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(
            &state, bytes(sealed, headerSize - streamHeaderSize), keys.key)
        != 0)
        throw Error(Failure::Damaged, Tr::tr("the file is damaged"));
    const QByteArray header = sealed.left(headerSize - streamHeaderSize);
    QByteArray plain;
    qsizetype offset = headerSize;
    bool first = true;
    unsigned char tag = 0;
    while (tag != crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
        if (offset >= sealed.size())
            throw Error(Failure::Truncated, Tr::tr("the file is truncated"));
        const qsizetype n = qMin<qsizetype>(sealedChunkSize, sealed.size() - offset);
        const qsizetype at = plain.size();
        plain.resize(at + n);
        unsigned long long written = 0;
        if (n < crypto_secretstream_xchacha20poly1305_ABYTES
            || crypto_secretstream_xchacha20poly1305_pull(&state, bytes(plain, at), &written, &tag,
                   bytes(sealed, offset), static_cast<unsigned long long>(n),
                   first ? bytes(header) : nullptr, first ? header.size() : 0)
                != 0) {
            sodium_memzero(plain.data(), plain.size());
            // A short last chunk that fails is most likely a cut-off file.
            throw n < sealedChunkSize && offset + n == sealed.size()
                ? Error(Failure::Truncated, Tr::tr("the file is truncated or damaged"))
                : Error(Failure::Damaged, Tr::tr("the file is damaged"));
        }
        plain.resize(at + qsizetype(written));
        offset += n;
        first = false;
    }
    if (offset != sealed.size())
        throw Error(Failure::Damaged, Tr::tr("the file is damaged (bytes after its end)"));
    return plain;
}

} // namespace thuky
