#pragma once

// What the user chooses when a save meets a record that another workstation changed after
// it was read (ConflictError): reload that version, or overwrite it with one's own.

#include <QString>

#include <functional>

class QWidget;

namespace thuky {

class ConflictError;

namespace ConflictDialog {

enum class Choice { Reload, Overwrite };

/**
 * Asks "<record> was changed by <user> at <time>. Reload … or Overwrite …?" in a message box
 * (object name "conflictDialog", buttons "conflictReload" and "conflictOverwrite"; Reload
 * is the default). @p record names the record; empty for the entity's own label.
 */
Choice ask(QWidget *parent, const ConflictError &conflict, const QString &record = {});

/**
 * Runs @p write with the expected row @p version. When it throws ConflictError, asks: on
 * Overwrite runs @p write again with the stored version (asking again should that, too,
 * have changed meanwhile); on Reload runs @p reload. Returns true when a write went through.
 * Other errors propagate.
 */
bool save(QWidget *parent, const QString &record, int version,
    const std::function<void(int version)> &write, const std::function<void()> &reload);

} // namespace ConflictDialog
} // namespace thuky
