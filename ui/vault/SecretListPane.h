#pragma once

#include "clients/KeyVaultClient.h"
#include "vault/ListPaneBase.h"

#include <optional>

namespace kluis::core {
class SecretListModel;
}

namespace kluis::ui {

class SecretFilterProxy;

// One tab of a vault: the secrets (or the deleted secrets) in a sortable, filterable table.
class SecretListPane : public ListPaneBase
{
    Q_OBJECT

public:
    enum class Kind
    {
        Secrets,
        Deleted,
    };

    SecretListPane(Kind kind, QWidget *parent = nullptr);
    ~SecretListPane() override;

    Kind kind() const { return m_kind; }
    // Drops what was shown (and any answer still on its way) and starts loading this vault.
    void setClient(std::optional<core::KeyVaultClient> client);

    std::optional<core::SecretItem> currentItem() const;
    core::SecretListModel *model() const { return m_model; }
    SecretFilterProxy *proxy() const { return m_proxy; }

private:
    Kind m_kind;
    core::SecretListModel *m_model;
    SecretFilterProxy *m_proxy;
};

} // namespace kluis::ui
