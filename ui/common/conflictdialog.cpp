#include <ui/common/conflictdialog.h>

#include <core/db/conflict.h>

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace thuky::ConflictDialog {

namespace {
// The context of this file's messages, seen by lupdate in free functions too.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(thuky::ConflictDialog)
};
} // namespace

Choice ask(QWidget *parent, const ConflictError &conflict, const QString &record)
{
    const QString what = record.isEmpty() ? ConflictError::entityLabel(conflict.entity()) : record;
    QMessageBox box(QMessageBox::Warning, Tr::tr("Changed by someone else"),
        Tr::tr("%1 was changed by %2 at %3. Reload their version (your changes are dropped) "
               "or Overwrite with yours?")
            .arg(what, conflict.who(), conflict.when()),
        QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("conflictDialog"));
    QPushButton *reload = box.addButton(Tr::tr("&Reload"), QMessageBox::AcceptRole);
    reload->setObjectName(QStringLiteral("conflictReload"));
    QPushButton *overwrite = box.addButton(Tr::tr("&Overwrite"), QMessageBox::DestructiveRole);
    overwrite->setObjectName(QStringLiteral("conflictOverwrite"));
    box.setDefaultButton(reload);
    box.setEscapeButton(reload);
    box.exec();
    return box.clickedButton() == overwrite ? Choice::Overwrite : Choice::Reload;
}

bool save(QWidget *parent, const QString &record, int version,
    const std::function<void(int version)> &write, const std::function<void()> &reload)
{
    for (;;) {
        try {
            write(version);
            return true;
        } catch (const ConflictError &conflict) {
            if (ask(parent, conflict, record) != Choice::Overwrite) {
                if (reload)
                    reload();
                return false;
            }
            version = conflict.currentVersion();
        }
    }
}

} // namespace thuky::ConflictDialog
