#pragma once

#include "commands/Command.h"
#include "crossvault/VaultInventory.h"

namespace kluis::ui {

// "Export vault metadata…": every secret, key and certificate of the vault with its state,
// content type, tags and dates (never a value) to a CSV or JSON file the user names.
class ExportMetadataCommand : public Command
{
    Q_OBJECT
public:
    ExportMetadataCommand(core::NamedVault vault, QWidget *parent);

protected:
    void doStart() override;

private:
    QCoro::Task<> exportTo(QString path, QString format);

    core::NamedVault m_vault;
};

} // namespace kluis::ui
