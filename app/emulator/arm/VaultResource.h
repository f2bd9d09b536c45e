#pragma once

#include "server/Endpoints.h"
#include "state/EmulatorState.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace kluis::emulator {

// A Resource Manager error: {"error": {"code", "message"}} with its status.
struct ArmError
{
    int status = 400;
    QString code;
    QString message;
};

// The Microsoft.KeyVault/vaults resource: its JSON and the validation the resource provider
// applies to PUT and PATCH bodies.
class VaultResource
{
public:
    // The service's limits on network rules (the 2018 documentation allowed 127 of each).
    static constexpr int kMaxIpRules = 1000;
    static constexpr int kMaxVirtualNetworkRules = 200;
    static constexpr int kMaxAccessPolicies = 1024;

    // 3-24 of [a-zA-Z0-9-], starting with a letter, ending with a letter or digit, no "--".
    static bool isValidName(const QString &name);
    static ArmError invalidName(const QString &name);

    // The properties a new vault starts from (before the PUT body is applied).
    static QJsonObject defaultProperties(const QString &tenantId);
    // Applies the "properties" of a PUT (replace: every writable property is taken from the
    // body or its default) or a PATCH (merge: only what is sent changes; arrays are replaced
    // as sent) onto current. On success current holds the new properties.
    static std::optional<ArmError> applyProperties(const QJsonValue &sent, bool replace,
                                                   QJsonObject &current);
    // Validates networkAcls and normalises it (a bare address becomes a.b.c.d/32, enums get
    // their canonical case, subnet ids are lower-cased as the service returns them). Keys
    // absent from sent keep their value from base.
    static std::optional<ArmError>
    normalizeNetworkAcls(const QJsonValue &sent, const QJsonObject &base, QJsonObject *result);

    static QJsonObject toJson(const Vault &vault, const Endpoints &endpoints);
    // The generic resource shape of GET /subscriptions/{id}/resources.
    static QJsonObject toGenericResourceJson(const Vault &vault);
};

} // namespace kluis::emulator
