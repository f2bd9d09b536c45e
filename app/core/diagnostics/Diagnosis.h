#pragma once

#include "access/MissingPermission.h"
#include "clients/ArmTypes.h"
#include "cloud/CloudProfile.h"
#include "common/AzureError.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace kluis::core {

// Why a vault cannot be reached or listed: exactly one per diagnosis. The identifiers
// (causeId) are a contract: kluisctl diagnose --json prints them and tests match on them.
enum class DiagnosisCause
{
    Ok,                   // "ok"
    DnsUnresolved,        // "dns-unresolved"
    DnsPrivateAddress,    // "dns-private-address": a private endpoint's address, not reachable
    TcpTimeout,           // "tcp-timeout"
    TcpRefused,           // "tcp-refused"
    TlsUntrusted,         // "tls-untrusted": the issuer names the inspecting proxy, usually
    ProxyRequired,        // "proxy-required"
    ProxyDenied,          // "proxy-denied"
    ProxyAuthRequired,    // "proxy-auth-required"
    VaultFirewall,        // "vault-firewall": ForbiddenByFirewall, with the address it saw
    PublicAccessDisabled, // "public-access-disabled"
    PerimeterDenied,      // "perimeter-denied": an enforced network security perimeter
    PermissionDenied,     // "permission-denied": access policy or RBAC, not a firewall
    AuthFailed,           // "auth-failed"
    TenantMismatch,       // "tenant-mismatch"
    Throttled,            // "throttled"
    ServiceError,         // "service-error"
};

QString causeId(DiagnosisCause cause);
std::optional<DiagnosisCause> causeFromId(const QString &id);
// One translated sentence for the window: what is wrong, in an administrator's words.
QString causeSentence(DiagnosisCause cause);

// What one probe of one endpoint found. Filled in step by step (DNS, TCP, TLS, HTTP); a step
// that was not reached stays unset.
struct EndpointProbe
{
    enum class State
    {
        Pending,
        Reachable,
        Blocked,
        Skipped, // e.g. no proxy configured for the proxy step, or not needed for this cloud
    };

    FirewallEndpoint endpoint;
    State state = State::Pending;
    std::optional<DiagnosisCause> failure; // what this endpoint alone shows, when Blocked

    // DNS
    QStringList cnameChain; // aliases in order; a "privatelink." alias means a private endpoint
    QStringList addresses;  // the answer
    bool privateAddress = false; // every answer is RFC 1918 / RFC 6598 / loopback-only etc.
    // TCP
    std::optional<bool> tcpConnected;
    // TLS
    std::optional<bool> tlsTrusted;
    QString tlsIssuer; // issuer of the certificate the server presented (its CN/O)
    QString tlsSubject;
    // HTTP (vault: GET /healthstatus, through the configured proxy when one is set)
    int httpStatus = 0;
    bool keyVaultAnswered = false; // x-ms-keyvault-network-info was in the answer
    QString seenAddress;           // its addr=: the client address as the vault sees it
    QString proxy;                 // host:port of the proxy the request went through, if any

    QString evidence; // a line of plain facts for the table and the report
    qint64 elapsedMs = 0;

    QJsonObject toJson() const;
};

// Stable identifiers for JSON: "sign-in", "resource-manager", "graph", "vault", "revocation";
// "pending", "reachable", "blocked", "skipped".
QString roleId(FirewallEndpoint::Role role);
QString stateId(EndpointProbe::State state);

// The vault's network gates as Resource Manager reports them (it answers when the data plane is
// fenced off), and how the client address compares with them.
struct VaultNetworkView
{
    bool loaded = false;
    std::optional<AzureError> error; // why Resource Manager could not be read, when it could not
    QString subscriptionId;
    QString resourceGroup;
    QString publicNetworkAccess; // Enabled | Disabled
    NetworkRules rules;          // default action, bypass, IP rules, virtual network rules
    QStringList privateEndpointConnections; // names or ids
    // The vault's network security perimeter associations (read when Resource Manager has
    // them; a perimeter in Enforced mode replaces the vault's own firewall).
    QList<PerimeterConfiguration> perimeters;
    bool clientAddressCovered = false; // an IP rule contains the address the vault saw

    QJsonObject toJson() const;
};

// Something the administrator (or Kluis, through Resource Manager) can do about the cause.
// Identifiers are stable: "add-ip-rule", "add-temporary-ip-rule", "enable-public-access",
// "set-default-action", "allow-endpoints", "configure-proxy", "proxy-credentials",
// "trust-proxy-ca", "private-dns", "grant-permission", "sign-in-again", "wait-and-retry",
// "perimeter-inbound-rule".
struct DiagnosisFix
{
    QString id;
    QString title;          // translated, short, an imperative
    QString detail;         // translated, what exactly to change, with the address or host:port
    QString address;        // add-ip-rule, add-temporary-ip-rule: the address the service saw
    bool automatic = false; // Kluis can apply it through Resource Manager

    QJsonObject toJson() const;
};

struct Diagnosis
{
    QUrl vaultUri;
    QString cloudName;
    DiagnosisCause cause = DiagnosisCause::Ok;
    QString endpoint;           // host:port the cause concerns, when it concerns one
    QString clientAddress;      // the address the vault saw (vault-firewall; and whenever known)
    QStringList localAddresses; // this machine's own addresses
    bool behindNat = false;     // clientAddress is none of localAddresses
    QString issuer;             // tls-untrusted: the presented certificate's issuer
    // permission-denied: "secrets/list" on access policies, the data action on RBAC (from
    // missingPermission)
    QString permission;
    std::optional<MissingPermission> missingPermission; // permission-denied, when explained
    std::optional<AzureError> failure; // the failed call that started the diagnosis
    QList<EndpointProbe> endpoints;
    VaultNetworkView network;
    QList<DiagnosisFix> fixes;
    QList<FirewallEndpoint> allowList; // host:port for the network team
    QDateTime started;
    QDateTime finished;

    // The kluisctl diagnose --json document: at least cause, endpoint, clientAddress, issuer,
    // endpoints, fixes.
    QJsonObject toJson() const;
    // The same, for a ticket or an e-mail to the network team. Nothing secret in either.
    QString toMarkdown() const;
    // The report file the window exports: toJson() as indented JSON, or toMarkdown() as UTF-8,
    // both through Scrubber.
    QByteArray reportBytes(bool json) const;
};

} // namespace kluis::core
