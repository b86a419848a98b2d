#pragma once

#include <QByteArray>
#include <QString>

#include <stdexcept>

namespace thuky {

/**
 * Bytes sealed with a passphrase (SPEC.md "Audit, backups and exchange files"): Argon2id derives
 * the key from the passphrase and a random salt, XChaCha20-Poly1305 secretstream encrypts and
 * authenticates the content in chunks, the last one tagged final, so that an altered, reordered
 * or truncated file is refused. A key check in the header tells a wrong passphrase from damage.
 *
 * Layout: "THUKYX1" version(1) salt(16) key-check(32) stream-header(24), then chunks of
 * 64 KiB + 17 bytes (the last one shorter). The header is the first chunk's additional data.
 */
class SealedFile
{
public:
    enum class Failure {
        WrongPassphrase, ///< the key check does not match
        Damaged, ///< a chunk fails its authentication, or bytes follow the final chunk
        Truncated, ///< the stream ends before its final chunk
        Foreign, ///< not a sealed Thư Ký file, or one of a newer format
    };

    /** Why open() refused; nothing of the content is returned. */
    class Error : public std::runtime_error
    {
    public:
        Error(Failure failure, const QString &message)
            : std::runtime_error(message.toStdString())
            , m_failure(failure)
            , m_message(message)
        {
        }
        Failure failure() const { return m_failure; }
        QString message() const { return m_message; }

    private:
        Failure m_failure;
        QString m_message;
    };

    /** Seals @p plain with @p passphrase (not empty). */
    static QByteArray seal(const QByteArray &plain, const QByteArray &passphrase);
    /** The content of @p sealed; throws Error. Pure: no file, no database. */
    static QByteArray open(const QByteArray &sealed, const QByteArray &passphrase);
    /** Whether @p bytes start like a sealed file (the magic), whatever their version. */
    static bool looksSealed(const QByteArray &bytes);
};

} // namespace thuky
