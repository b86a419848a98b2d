#pragma once

#include <QString>

namespace thuky {

/** The user interface language: Vietnamese (default) or English. */
namespace Language {

/** The language chosen in the settings ("vi" or "en"); Vietnamese when none was chosen. */
QString current();
/**
 * The language the interface speaks now: the one install() was given (a `--lang` on the
 * command line included, which current() does not know); current() before install().
 */
QString running();
/** Remembers @p code for the next start. */
void setPreferred(const QString &code);
/** True for the codes the application ships ("vi", "en"). */
bool isSupported(const QString &code);
/**
 * Installs the translator for @p code: our strings and the Qt strings the application shows
 * (Debian ships no Vietnamese Qt translation, so ours carries them). Also sets the default
 * locale, so that calendars and numbers follow the language. Call once, after QApplication.
 */
void install(const QString &code);

} // namespace Language
} // namespace thuky
