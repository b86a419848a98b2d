#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;

namespace thuky {

/**
 * Asks for the password of a shared database server, with the choice to keep it in the
 * system keychain so that the next start does not ask again.
 */
class ServerPasswordDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ServerPasswordDialog(const QString &location, bool refused, QWidget *parent = nullptr);

    QString password() const;
    bool remember() const;
    QLineEdit *passwordEdit() const { return m_password; }
    QCheckBox *rememberBox() const { return m_remember; }

private:
    QLineEdit *m_password;
    QCheckBox *m_remember;
};

} // namespace thuky
