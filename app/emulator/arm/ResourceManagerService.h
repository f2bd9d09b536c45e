#pragma once

#include "auth/TokenIssuer.h"
#include "http/ApiRequest.h"
#include "http/ApiResponse.h"
#include "server/Endpoints.h"
#include "state/EmulatorState.h"

#include <functional>

namespace kluis::emulator {

// Azure Resource Manager on management.NAME: subscriptions, resource groups, vaults.
// Never affected by a vault's firewall.
class ResourceManagerService
{
public:
    ResourceManagerService(EmulatorState &state, const Endpoints &endpoints,
                           const TokenIssuer &issuer);

    ApiResponse handle(const ApiRequest &request);
    // Called after a vault is created, changed or deleted (cloud.json lists the vaults).
    void setVaultsChangedCallback(std::function<void()> callback)
    {
        m_vaultsChanged = std::move(callback);
    }

private:
    EmulatorState &m_state;
    const Endpoints &m_endpoints;
    const TokenIssuer &m_issuer;
    std::function<void()> m_vaultsChanged;
};

} // namespace kluis::emulator
