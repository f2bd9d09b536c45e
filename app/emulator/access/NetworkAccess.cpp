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
