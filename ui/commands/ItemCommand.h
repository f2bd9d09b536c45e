#pragma once

#include "clients/KeyVaultClient.h"
#include "commands/Command.h"

#include <QCoro/QCoroTask>

namespace kluis::ui {

// Works on one item of the vault without asking first: starting it runs run() at once.
class ItemCommand : public Command
{
    Q_OBJECT
public:
    ItemCommand(core::KeyVaultClient client, QString name, QWidget *parent)
        : Command(parent)
        , m_client(std::move(client))
        , m_name(std::move(name))
    {}
    QString affectedName() const override { return m_name; }

protected:
    void doStart() override { run(); }
    virtual QCoro::Task<> run() = 0;

    core::KeyVaultClient m_client;
    QString m_name;
};

} // namespace kluis::ui
