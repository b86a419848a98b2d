#pragma once

#include <core/db/opener.h>

#include <QCoreApplication>

#include <memory>

class QProgressDialog;

namespace thuky {

/**
 * The opener's questions for the desktop application: a busy dialog while the database is
 * upgraded, the server password dialog, the sign-in dialog. With @p quiet (thuky
 * --exit-after-load) nothing waits on a person: no dialog opens and a refusal stands.
 */
class OpenerDialogs : public Opener::Prompts
{
    Q_DECLARE_TR_FUNCTIONS(thuky::OpenerDialogs)
public:
    explicit OpenerDialogs(bool quiet);
    ~OpenerDialogs() override;

    void upgrading(int from, int to) override;
    void schemaReady() override;
    Opener::Answer askServerPassword(
        const QString &location, bool refused, Opener::ServerPassword *answer) override;
    void passwordNotKept(const QString &why) override;
    void warning(const QString &message) override;
    bool signIn(Opener &opener) override;

private:
    bool m_quiet;
    std::unique_ptr<QProgressDialog> m_upgrading;
};

} // namespace thuky
