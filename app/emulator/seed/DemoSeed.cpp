#include "DemoSeed.h"

#include "arm/VaultResource.h"
#include "auth/TokenService.h"
#include "rbac/RoleDefinitions.h"
#include "vault/VaultContentSeed.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QUuid>

namespace kluis::emulator {

namespace {

QString newGuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString newClientSecret()
{
    static const char alphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789~._-";
    QString secret;
    for (int i = 0; i < 40; ++i)
        secret +=
            QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet) - 1)]);
    return secret;
}

void seedPrincipals(EmulatorState &state)
{
    state.tenantId = QStringLiteral("7f3c1a52-4e1d-4b8e-9c2a-5d6e8f9a0b1c");
    state.otherTenantId = QStringLiteral("0d9e8c7b-6a5f-4e3d-8c2b-1a0f9e8d7c6b");
    state.clients = {
        Client{QStringLiteral("3c7d9a1e-2b4f-4c6d-8e0f-1a2b3c4d5e6f"),
               newClientSecret(),
               QStringLiteral("Kluis demo automation (full data access)"),
               true,
               newGuid(),
               {}},
        Client{QStringLiteral("9e8f7a6b-5c4d-4e3f-a2b1-0c9d8e7f6a5b"),
               newClientSecret(),
               QStringLiteral("Kluis demo reader (no data-plane permissions)"),
               false,
               newGuid(),
               {}},
    };
    DemoSeed::seedRoleAssignments(state);
}

Vault makeVault(const EmulatorState &state, const QString &name, const QString &subscription,
                const QString &group, const QString &location)
{
    Vault vault;
    vault.name = name;
    vault.subscriptionId = subscription;
    vault.resourceGroup = group;
    vault.location = location;
    vault.properties = DemoSeed::defaultVaultProperties(state.tenantId);
    return vault;
}

void addVault(EmulatorState &state, const Vault &vault)
{
    state.vaults.insert(vault.name.toLower(), vault);
}

void assign(EmulatorState &state, const QString &scope, const char *roleName,
            const QString &principalId, const QString &principalType)
{
    const auto *role = RoleDefinitions::byName(QLatin1String(roleName));
    // Stable names, so an assignment reads the same in every run of the demo.
    const auto name = QUuid::createUuidV5(QUuid(state.tenantId), scope + role->guid + principalId)
                          .toString(QUuid::WithoutBraces);
    state.roleAssignments.append({name, scope, role->guid, principalId, principalType,
                                  QStringLiteral("2026-01-05T09:00:00.000Z")});
}

// The perimeter around perimeter-kv: enforced, admitting only a partner range.
QJsonObject perimeterConfiguration(const QString &subscription)
{
    const auto perimeterId = QStringLiteral("/subscriptions/%1/resourceGroups/rg-payments/"
                                            "providers/Microsoft.Network/networkSecurityPerimeters/"
                                            "nsp-payments")
                                 .arg(subscription);
    const auto guid = QStringLiteral("4d2c9b1e-8f3a-4e6d-b5c7-1a9e0f2d3c4b");
    return {{QStringLiteral("name"), QString(guid + QStringLiteral(".perimeter-kv-association"))},
            {QStringLiteral("properties"),
             QJsonObject{
                 {QStringLiteral("provisioningState"), QStringLiteral("Succeeded")},
                 {QStringLiteral("provisioningIssues"), QJsonArray()},
                 {QStringLiteral("networkSecurityPerimeter"),
                  QJsonObject{{QStringLiteral("id"), perimeterId},
                              {QStringLiteral("perimeterGuid"), guid},
                              {QStringLiteral("location"), QStringLiteral("westeurope")}}},
                 {QStringLiteral("resourceAssociation"),
                  QJsonObject{{QStringLiteral("name"), QStringLiteral("perimeter-kv-association")},
                              {QStringLiteral("accessMode"), QStringLiteral("Enforced")}}},
                 {QStringLiteral("profile"),
                  QJsonObject{
                      {QStringLiteral("name"), QStringLiteral("payments-profile")},
                      {QStringLiteral("accessRulesVersion"), 1},
                      {QStringLiteral("accessRules"),
                       QJsonArray{QJsonObject{
                           {QStringLiteral("name"), QStringLiteral("allow-partner")},
                           {QStringLiteral("properties"),
                            QJsonObject{{QStringLiteral("direction"), QStringLiteral("Inbound")},
                                        {QStringLiteral("addressPrefixes"),
                                         QJsonArray{QStringLiteral("198.51.100.0/24")}}}}}}}}}}}};
}

} // namespace

QJsonObject DemoSeed::defaultVaultProperties(const QString &tenantId)
{
    // What Resource Manager fills in for a new vault, with RBAC on as most demo vaults use it.
    auto properties = VaultResource::defaultProperties(tenantId);
    properties.insert(QStringLiteral("enableRbacAuthorization"), true);
    return properties;
}

void DemoSeed::seedRoleAssignments(EmulatorState &state)
{
    const auto root = state.rootScope();
    const auto &automation = state.clients.at(0).objectId;
    const auto &reader = state.clients.at(1).objectId;
    const auto user = TokenService::demoUserObjectId();
    const auto principal = QStringLiteral("ServicePrincipal");
    state.roleAssignments.clear();
    assign(state, root, "Owner", user, QStringLiteral("User"));
    assign(state, root, "Key Vault Administrator", user, QStringLiteral("User"));
    assign(state, root, "Owner", automation, principal);
    assign(state, root, "Key Vault Administrator", automation, principal);
    assign(state, root, "Reader", reader, principal);
    state.roleAssignmentsRecorded = true;
}

void DemoSeed::seedEmpty(EmulatorState &state)
{
    seedPrincipals(state);
    const auto subscription = QStringLiteral("1f2e3d4c-5b6a-4789-8abc-def012345678");
    state.subscriptions = {{subscription, QStringLiteral("Kluis Emulator")}};
    state.resourceGroups = {
        {subscription, QStringLiteral("rg-kluis"), QStringLiteral("westeurope")}};
}

void DemoSeed::seedDemo(EmulatorState &state)
{
    seedPrincipals(state);
    const auto production = QStringLiteral("1f2e3d4c-5b6a-4789-8abc-def012345678");
    const auto development = QStringLiteral("8a7b6c5d-4e3f-4a1b-9c8d-7e6f5a4b3c2d");
    state.subscriptions = {{production, QStringLiteral("Contoso Production")},
                           {development, QStringLiteral("Contoso Development")}};
    state.resourceGroups = {
        {production, QStringLiteral("rg-shared"), QStringLiteral("westeurope")},
        {production, QStringLiteral("rg-payments"), QStringLiteral("westeurope")},
        {development, QStringLiteral("rg-dev"), QStringLiteral("northeurope")}};

    auto demo = makeVault(state, QStringLiteral("demo"), production, QStringLiteral("rg-shared"),
                          QStringLiteral("westeurope"));
    demo.tags = QJsonObject{{QStringLiteral("environment"), QStringLiteral("production")},
                            {QStringLiteral("owner"), QStringLiteral("platform-team")}};
    VaultContentSeed::fillDemo(demo);
    addVault(state, demo);

    // The firewall admits only a partner range: the local client (and the demo's NAT
    // address) is refused with ForbiddenByFirewall.
    auto firewalled = makeVault(state, QStringLiteral("payments-kv"), production,
                                QStringLiteral("rg-payments"), QStringLiteral("westeurope"));
    auto acls = firewalled.properties.value(QStringLiteral("networkAcls")).toObject();
    acls.insert(QStringLiteral("defaultAction"), QStringLiteral("Deny"));
    acls.insert(
        QStringLiteral("ipRules"),
        QJsonArray{QJsonObject{{QStringLiteral("value"), QStringLiteral("198.51.100.0/24")}}});
    firewalled.properties.insert(QStringLiteral("networkAcls"), acls);
    VaultContentSeed::fillDemo(firewalled);
    addVault(state, firewalled);

    auto privateOnly = makeVault(state, QStringLiteral("private-kv"), production,
                                 QStringLiteral("rg-payments"), QStringLiteral("westeurope"));
    privateOnly.properties.insert(QStringLiteral("publicNetworkAccess"),
                                  QStringLiteral("Disabled"));
    const auto endpointId = QStringLiteral("/subscriptions/%1/resourceGroups/rg-payments/providers/"
                                           "Microsoft.Network/privateEndpoints/pe-private-kv")
                                .arg(production);
    privateOnly.properties.insert(
        QStringLiteral("privateEndpointConnections"),
        QJsonArray{QJsonObject{
            {QStringLiteral("id"),
             QString(privateOnly.resourceId() +
                     QStringLiteral("/privateEndpointConnections/pe-private-kv"))},
            {QStringLiteral("properties"),
             QJsonObject{
                 {QStringLiteral("privateEndpoint"),
                  QJsonObject{{QStringLiteral("id"), endpointId}}},
                 {QStringLiteral("privateLinkServiceConnectionState"),
                  QJsonObject{{QStringLiteral("status"), QStringLiteral("Approved")},
                              {QStringLiteral("description"), QStringLiteral("Auto-approved")},
                              {QStringLiteral("actionsRequired"), QStringLiteral("None")}}},
                 {QStringLiteral("provisioningState"), QStringLiteral("Succeeded")}}}}});
    VaultContentSeed::fillDemo(privateOnly);
    addVault(state, privateOnly);

    // RBAC: the reader may see what is there (Key Vault Reader) but read no value.
    auto team = makeVault(state, QStringLiteral("team-kv"), production, QStringLiteral("rg-shared"),
                          QStringLiteral("westeurope"));
    VaultContentSeed::fillTeam(team);
    addVault(state, team);
    assign(state, team.resourceId(), "Key Vault Reader", state.clients.at(1).objectId,
           QStringLiteral("ServicePrincipal"));

    // An enforced network security perimeter: the vault's own firewall is open, yet only the
    // perimeter's inbound rules decide.
    auto perimeter = makeVault(state, QStringLiteral("perimeter-kv"), production,
                               QStringLiteral("rg-payments"), QStringLiteral("westeurope"));
    perimeter.properties.insert(QStringLiteral("publicNetworkAccess"),
                                QStringLiteral("SecuredByPerimeter"));
    perimeter.perimeter = perimeterConfiguration(production);
    VaultContentSeed::fillTeam(perimeter);
    addVault(state, perimeter);

    auto dev = makeVault(state, QStringLiteral("dev-kv"), development, QStringLiteral("rg-dev"),
                         QStringLiteral("northeurope"));
    dev.properties.insert(QStringLiteral("enableRbacAuthorization"), false);
    // Access policies as a vault moved from the portal's defaults has them (what the RBAC
    // readiness report maps to roles), which the vault enforces.
    const auto entry = [&state](const QString &objectId, const QJsonObject &permissions) {
        return QJsonObject{{QStringLiteral("tenantId"), state.tenantId},
                           {QStringLiteral("objectId"), objectId},
                           {QStringLiteral("permissions"), permissions}};
    };
    const auto list = [](std::initializer_list<const char *> names) {
        QJsonArray out;
        for (const auto *name : names)
            out.append(QLatin1String(name));
        return out;
    };
    dev.properties.insert(
        QStringLiteral("accessPolicies"),
        QJsonArray{
            entry(state.clients.at(0).objectId, {{QStringLiteral("keys"), list({"all"})},
                                                 {QStringLiteral("secrets"), list({"all"})},
                                                 {QStringLiteral("certificates"), list({"all"})}}),
            entry(TokenService::demoUserObjectId(),
                  {{QStringLiteral("keys"), list({"all"})},
                   {QStringLiteral("secrets"), list({"all"})},
                   {QStringLiteral("certificates"), list({"all"})}}),
            entry(state.clients.at(1).objectId, {{QStringLiteral("secrets"), list({"get"})}}),
            entry(QStringLiteral("5b1e0c2d-7a3f-4e8b-9c6d-2f4a8e1b3c7d"),
                  {{QStringLiteral("keys"), list({"get", "list", "wrapKey", "unwrapKey"})},
                   {QStringLiteral("secrets"), list({"get", "list"})},
                   {QStringLiteral("storage"), list({"get"})}})});
    VaultContentSeed::fillDemo(dev);
    addVault(state, dev);
}

void DemoSeed::seedCount(EmulatorState &state, const QString &vaultName, int count)
{
    auto *vault = state.vault(vaultName);
    if (!vault) {
        const auto &subscription = state.subscriptions.constFirst().id;
        QString group;
        for (const auto &g : std::as_const(state.resourceGroups)) {
            if (g.subscriptionId == subscription) {
                group = g.name;
                break;
            }
        }
        addVault(state,
                 makeVault(state, vaultName, subscription, group, QStringLiteral("westeurope")));
        vault = state.vault(vaultName);
    }
    VaultContentSeed::addGeneratedSecrets(*vault, count);
}

} // namespace kluis::emulator
