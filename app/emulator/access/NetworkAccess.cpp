#include "NetworkAccess.h"

#include "Cidr.h"

#include <QJsonArray>

namespace kluis::emulator {

namespace {

QString callerLine(const TokenClaims &caller)
{
    return QStringLiteral("Caller: appid=%1;oid=%2;iss=%3")
        .arg(caller.appId, caller.objectId, TokenIssuer::issuerFor(caller.tenantId));
}

QString vaultLine(const Vault &vault)
{
    return QStringLiteral("Vault: %1;location=%2").arg(vault.name, vault.location);
}

bool allowedByIpRules(const QJsonObject &acls, const QHostAddress &peer)
{
    const auto rules = acls.value(QStringLiteral("ipRules")).toArray();
    for (const auto &rule : rules) {
        const auto cidr = Cidr::parse(rule.toObject().value(QStringLiteral("value")).toString());
        if (cidr && cidr->contains(peer))
            return true;
    }
    return false;
}

QString peerText(const QHostAddress &peer)
{
    bool isV4 = false;
    const auto v4 = peer.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).toString() : peer.toString();
}

// The inbound address prefixes of the perimeter profile's access rules.
bool allowedByPerimeter(const QJsonObject &perimeter, const QHostAddress &peer)
{
    const auto rules = perimeter.value(QStringLiteral("properties"))
                           .toObject()
                           .value(QStringLiteral("profile"))
                           .toObject()
                           .value(QStringLiteral("accessRules"))
                           .toArray();
    for (const auto &rule : rules) {
        const auto properties = rule.toObject().value(QStringLiteral("properties")).toObject();
        if (properties.value(QStringLiteral("direction"))
                .toString()
                .compare(QLatin1String("Inbound"), Qt::CaseInsensitive) != 0)
            continue;
        for (const auto &prefix : properties.value(QStringLiteral("addressPrefixes")).toArray()) {
            const auto cidr = Cidr::parse(prefix.toString());
            if (cidr && cidr->contains(peer))
                return true;
        }
    }
    return false;
}

QString perimeterMode(const QJsonObject &perimeter)
{
    return perimeter.value(QStringLiteral("properties"))
        .toObject()
        .value(QStringLiteral("resourceAssociation"))
        .toObject()
        .value(QStringLiteral("accessMode"))
        .toString();
}

} // namespace

std::optional<ApiResponse> NetworkAccess::check(const Vault &vault, const QHostAddress &peer,
                                                const TokenClaims &caller)
{
    const auto &properties = vault.properties;
    // The emulator has no private links and no trusted Microsoft services, so a vault with
    // public access disabled refuses everyone, and bypass never applies.
    if (properties.value(QStringLiteral("publicNetworkAccess"))
            .toString()
            .compare(QLatin1String("Disabled"), Qt::CaseInsensitive) == 0) {
        return ApiResponse::error(
            403, QStringLiteral("Forbidden"),
            QStringLiteral("Public network access is disabled and request is not from a trusted "
                           "service nor via an approved private link.\r\n") +
                callerLine(caller) + QStringLiteral("\r\n") + vaultLine(vault),
            QStringLiteral("ForbiddenByConnection"));
    }
    // A vault in an enforced perimeter takes only the perimeter's inbound rules: its own IP
    // rules no longer count. In learning (transition) or audit mode either admits.
    const bool securedByPerimeter =
        properties.value(QStringLiteral("publicNetworkAccess"))
                .toString()
                .compare(QLatin1String("SecuredByPerimeter"), Qt::CaseInsensitive) == 0 &&
        !vault.perimeter.isEmpty();
    if (securedByPerimeter && allowedByPerimeter(vault.perimeter, peer))
        return std::nullopt;
    if (securedByPerimeter &&
        perimeterMode(vault.perimeter).compare(QLatin1String("Enforced"), Qt::CaseInsensitive) ==
            0) {
        return ApiResponse::error(
            403, QStringLiteral("Forbidden"),
            QStringLiteral("Request was not allowed by NSP rules and the client address is not "
                           "authorized and caller was ignored because bypass is set to "
                           "None\r\nClient address: ") +
                peerText(peer) + QStringLiteral("\r\n") + callerLine(caller) +
                QStringLiteral("\r\n") + vaultLine(vault),
            QStringLiteral("ForbiddenByFirewall"));
    }
    const auto acls = properties.value(QStringLiteral("networkAcls")).toObject();
    const bool deny = acls.value(QStringLiteral("defaultAction"))
                          .toString()
                          .compare(QLatin1String("Deny"), Qt::CaseInsensitive) == 0;
    if (deny && !allowedByIpRules(acls, peer)) {
        return ApiResponse::error(
            403, QStringLiteral("Forbidden"),
            QStringLiteral("Client address is not authorized and caller is not a trusted "
                           "service.\r\nClient address: ") +
                peerText(peer) + QStringLiteral("\r\n") + callerLine(caller) +
                QStringLiteral("\r\n") + vaultLine(vault),
            QStringLiteral("ForbiddenByFirewall"));
    }
    return std::nullopt;
}

} // namespace kluis::emulator
