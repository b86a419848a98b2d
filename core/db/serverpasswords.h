#pragma once

#include <QString>

namespace thuky {

/**
 * Server passwords in the system keychain (libsecret: GNOME Keyring, KWallet's Secret
 * Service), through qtkeychain. Never in a plain file: where no keychain answers, nothing is
 * stored and the password is asked for again.
 */
namespace ServerPasswords {
/** The entry's name for a server location: the postgresql:// URL without any password. */
QString key(const QString &location);
/** The stored password for @p location; empty when there is none or no keychain answers. */
QString read(const QString &location);
/** Stores @p password for @p location; false with @p error set when no keychain takes it. */
bool store(const QString &location, const QString &password, QString *error = nullptr);
/** Removes the stored password of @p location (for example after it was refused). */
void forget(const QString &location);
} // namespace ServerPasswords

} // namespace thuky
