#pragma once

#include "clients/KeyVaultClient.h"
#include "commands/Command.h"

namespace kluis::ui {

// Makes something in the vault after asking for it in a dialog; the list selects it afterwards
// by affectedName().
class CreateCommand : public Command
{
    Q_OBJECT
public:
    CreateCommand(core::KeyVaultClient client, QWidget *parent)
        : Command(parent)
        , m_client(std::move(client))
    {}
    QString affectedName() const override { return m_name; }

protected:
    core::KeyVaultClient m_client;
    QString m_name; // what was made, once it is
};

} // namespace kluis::ui
