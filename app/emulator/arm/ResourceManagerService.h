#pragma once

#include "auth/TokenIssuer.h"
#include "http/ApiRequest.h"
#include "http/ApiResponse.h"
#include "rbac/AuthorizationService.h"
#include "server/Endpoints.h"
#include "state/EmulatorState.h"

#include <QJsonArray>

#include <functional>

namespace kluis::emulator {

struct ArmError;

// Azure Resource Manager on management.NAME: subscriptions, resource groups, vaults, and
// Microsoft.Authorization under any of them.
// Never affected by a vault's firewall.
class ResourceManagerService
{
public:
    // Lists (subscriptions, resource groups, vaults) without $top answer this many per page.
    static constexpr int kDefaultPageSize = 25;
    static constexpr int kMaxPageSize = 1000;

    ResourceManagerService(EmulatorState &state, const Endpoints &endpoints,
                           const TokenIssuer &issuer);

    ApiResponse handle(const ApiRequest &request);
    // Called after a vault is created, changed or deleted (cloud.json lists the vaults).
    void setVaultsChangedCallback(std::function<void()> callback)
    {
        m_vaultsChanged = std::move(callback);
    }

private:
    ApiResponse route(const ApiRequest &request);
    std::optional<ApiResponse> authenticate(const ApiRequest &request) const;
    ApiResponse listSubscriptions(const ApiRequest &request) const;
    ApiResponse listResourceGroups(const ApiRequest &request, const QString &subscription) const;
    ApiResponse putResourceGroup(const ApiRequest &request, const QString &subscription,
                                 const QString &name);
    ApiResponse listVaults(const ApiRequest &request, const QString &subscription,
                           const QString &resourceGroup, bool generic) const;
    ApiResponse getVault(const QString &subscription, const QString &resourceGroup,
                         const QString &name);
    ApiResponse putVault(const ApiRequest &request, const QString &subscription,
                         const QString &resourceGroup, const QString &name);
    ApiResponse patchVault(const ApiRequest &request, const QString &subscription,
                           const QString &resourceGroup, const QString &name);
    ApiResponse deleteVault(const QString &subscription, const QString &resourceGroup,
                            const QString &name);
    ApiResponse updateAccessPolicies(const ApiRequest &request, const QString &subscription,
                                     const QString &resourceGroup, const QString &name,
                                     const QString &kind);
    ApiResponse checkNameAvailability(const ApiRequest &request);
    ApiResponse perimeterConfigurations(const QString &subscription, const QString &resourceGroup,
                                        const QString &name, const QString &configuration);
    Vault *findVault(const QString &subscription, const QString &resourceGroup,
                     const QString &name);
    void vaultsChanged();

    EmulatorState &m_state;
    const Endpoints &m_endpoints;
    const TokenIssuer &m_issuer;
    std::function<void()> m_vaultsChanged;
    AuthorizationService m_authorization;
};

} // namespace kluis::emulator
