#include "DiagnosisClassifier.h"

#include <QCoreApplication>

#include <algorithm>
#include <tuple>

namespace kluis::core {

namespace {

// Which step of the connection a cause belongs to: a lower step explains everything above it,
// so it wins (a name that does not resolve explains the refused connection, not the reverse).
int stepRank(DiagnosisCause cause)
{
    switch (cause) {
    case DiagnosisCause::DnsUnresolved:
        return 0;
    case DiagnosisCause::DnsPrivateAddress:
        return 1;
    case DiagnosisCause::TcpRefused:
    case DiagnosisCause::TcpTimeout:
        return 2;
    case DiagnosisCause::TlsUntrusted:
        return 3;
    case DiagnosisCause::ProxyRequired:
    case DiagnosisCause::ProxyDenied:
    case DiagnosisCause::ProxyAuthRequired:
        return 4;
    default:
        return 5;
    }
}

// Within a step, the endpoint the failed call needed most.
int roleRank(FirewallEndpoint::Role role)
{
    switch (role) {
    case FirewallEndpoint::Role::Vault:
        return 0;
    case FirewallEndpoint::Role::SignIn:
        return 1;
    case FirewallEndpoint::Role::ResourceManager:
        return 2;
    case FirewallEndpoint::Role::Graph:
        return 3;
    case FirewallEndpoint::Role::CertificateRevocation:
        return 4;
    }
    return 5;
}

bool isNetworkCause(DiagnosisCause cause)
{
    return stepRank(cause) < 5;
}

const EndpointProbe *vaultProbe(const QList<EndpointProbe> &probes)
{
    for (const auto &probe : probes) {
        if (probe.endpoint.role == FirewallEndpoint::Role::Vault)
            return &probe;
    }
    return nullptr;
}

bool sameAddress(const QHostAddress &a, const QHostAddress &b)
{
    return a.isEqual(b, QHostAddress::ConvertV4MappedToIPv4 | QHostAddress::ConvertLocalHost);
}

// What the service's answer says, once the network path is known to be open.
DiagnosisCause causeOfAnswer(const AzureError &error)
{
    const auto has = [&error](const char *text) {
        return error.message.contains(QLatin1String(text), Qt::CaseInsensitive) ||
               error.code.contains(QLatin1String(text), Qt::CaseInsensitive) ||
               error.innerCode.contains(QLatin1String(text), Qt::CaseInsensitive);
    };
    switch (error.kind) {
    case AzureError::Kind::Transport:
        return DiagnosisClassifier::causeOfTransportError(error.transportError);
    case AzureError::Kind::Auth:
        // AADSTS90002: tenant not found; AADSTS700016: application not found in the tenant;
        // AADSTS50020: the account is not in the tenant.
        if (has("AADSTS90002") || has("AADSTS700016") || has("AADSTS50020") || has("AKV10032"))
            return DiagnosisCause::TenantMismatch;
        return DiagnosisCause::AuthFailed;
    case AzureError::Kind::Parse:
    case AzureError::Kind::Cancelled:
    case AzureError::Kind::Usage:
        return DiagnosisCause::ServiceError;
    case AzureError::Kind::Http:
        break;
    }
    switch (error.httpStatus) {
    case 401:
        if (has("AKV10032") || has("invalid issuer"))
            return DiagnosisCause::TenantMismatch;
        return DiagnosisCause::AuthFailed;
    case 403:
        if (error.innerCode == QLatin1String("ForbiddenByFirewall") ||
            has("Client address is not authorized"))
            return DiagnosisCause::VaultFirewall;
        if (error.innerCode == QLatin1String("ForbiddenByConnection") ||
            has("Public network access is disabled") || has("not an approved private link"))
            return DiagnosisCause::PublicAccessDisabled;
        // A 403 without Key Vault's error document and without its network-info header came
        // from something in between: a proxy refusing the request.
        if (error.code.isEmpty() && error.networkInfoAddress.isEmpty())
            return DiagnosisCause::ProxyDenied;
        return DiagnosisCause::PermissionDenied;
    case 407:
        return DiagnosisCause::ProxyAuthRequired;
    case 429:
        return DiagnosisCause::Throttled;
    default:
        return DiagnosisCause::ServiceError;
    }
}

DiagnosisFix fix(const QString &id, const QString &title, const QString &detail,
                 const QString &address = {}, bool automatic = false)
{
    return DiagnosisFix{id, title, detail, address, automatic};
}

QString hostPorts(const QList<FirewallEndpoint> &endpoints)
{
    QStringList list;
    for (const auto &endpoint : endpoints)
        list.append(endpoint.hostPort());
    return list.join(QStringLiteral(", "));
}

DiagnosisFix allowEndpointsFix(const Diagnosis &d, const QList<FirewallEndpoint> &blocked)
{
    return fix(
        QStringLiteral("allow-endpoints"),
        QCoreApplication::translate("Diagnosis", "Ask the network team to allow "
                                                 "these endpoints"),
        QCoreApplication::translate("Diagnosis", "Blocked: %1. Everything this cloud needs: %2.")
            .arg(blocked.isEmpty() ? d.endpoint : hostPorts(blocked), hostPorts(d.allowList)));
}

// Add my address (for good, or for a while); only public IPv4 addresses make a vault IP rule.
void appendIpRuleFixes(const Diagnosis &d, QList<DiagnosisFix> &fixes)
{
    const QHostAddress address(d.clientAddress);
    const bool ruleable = DiagnosisClassifier::isPublicIPv4(address);
    if (d.clientAddress.isEmpty())
        return;
    const auto why =
        ruleable ? QString()
                 : QCoreApplication::translate("Diagnosis",
                                               " Vault IP rules take public IPv4 addresses only: a "
                                               "private address means a virtual network rule or a "
                                               "private endpoint is needed instead.");
    fixes.append(fix(QStringLiteral("add-ip-rule"),
                     QCoreApplication::translate("Diagnosis", "Add my address to the "
                                                              "vault's firewall"),
                     QCoreApplication::translate(
                         "Diagnosis", "Add an IP rule for %1, the address the vault sees "
                                      "(not necessarily this machine's own).%2")
                         .arg(d.clientAddress, why),
                     d.clientAddress, ruleable));
    fixes.append(fix(QStringLiteral("add-temporary-ip-rule"),
                     QCoreApplication::translate("Diagnosis", "Add my address for a while"),
                     QCoreApplication::translate("Diagnosis",
                                                 "Add an IP rule for %1 and remove it again after "
                                                 "the chosen time.%2")
                         .arg(d.clientAddress, why),
                     d.clientAddress, ruleable));
}

void appendDefaultActionFix(QList<DiagnosisFix> &fixes)
{
    fixes.append(
        fix(QStringLiteral("set-default-action"),
            QCoreApplication::translate("Diagnosis", "Or let every address through"),
            QCoreApplication::translate(
                "Diagnosis", "Setting the firewall's default action to Allow admits every "
                             "address; public network access must be Enabled as well. The two "
                             "gates are independent: opening one alone may not help.")));
}

void appendPublicAccessFix(QList<DiagnosisFix> &fixes)
{
    fixes.append(fix(
        QStringLiteral("enable-public-access"),
        QCoreApplication::translate("Diagnosis", "Enable public network access"),
        QCoreApplication::translate("Diagnosis",
                                    "Public network access is Disabled, so only private endpoints "
                                    "are admitted. Enabling it is not enough by itself: with the "
                                    "default action Deny (the default for new vaults) your address "
                                    "also needs an IP rule.")));
}

// What the fixes for the connection's causes say: %1 is the endpoint, %2 the certificate's
// issuer.
struct ConnectionFix
{
    DiagnosisCause cause;
    const char *id;
    const char *title;
    const char *text;
};

constexpr ConnectionFix connectionFixTexts[] = {
    {DiagnosisCause::DnsUnresolved, "private-dns", QT_TRANSLATE_NOOP("Diagnosis", "Check DNS"),
     QT_TRANSLATE_NOOP("Diagnosis", "%1 has no DNS answer. Check the DNS server this machine "
                                    "uses, and the private DNS zone when the vault has a private "
                                    "endpoint.")},
    {DiagnosisCause::DnsPrivateAddress, "private-dns",
     QT_TRANSLATE_NOOP("Diagnosis", "Reach the private endpoint, or fix DNS"),
     QT_TRANSLATE_NOOP("Diagnosis", "%1 resolves to a private endpoint address. Connect to the "
                                    "private network (VPN) it lives in, or remove the privatelink "
                                    "entry from the DNS this machine uses to go the public way.")},
    {DiagnosisCause::TlsUntrusted, "trust-proxy-ca",
     QT_TRANSLATE_NOOP("Diagnosis", "Trust the proxy's certificate authority"),
     QT_TRANSLATE_NOOP("Diagnosis",
                       "%1 presented a certificate issued by \"%2\", which this machine does not "
                       "trust. When that is your organisation's TLS-inspecting proxy, install its "
                       "CA certificate in the system's trust store, or ask for %1 to be excluded "
                       "from inspection.")},
    {DiagnosisCause::ProxyRequired, "configure-proxy",
     QT_TRANSLATE_NOOP("Diagnosis", "Configure the proxy"),
     QT_TRANSLATE_NOOP("Diagnosis", "Traffic to %1 does not get out directly and no proxy "
                                    "answers. Set the proxy your organisation uses (system "
                                    "settings or HTTPS_PROXY).")},
    {DiagnosisCause::ProxyAuthRequired, "proxy-credentials",
     QT_TRANSLATE_NOOP("Diagnosis", "Give the proxy your credentials"),
     QT_TRANSLATE_NOOP("Diagnosis", "The proxy answered 407 for %1: set a user name and password "
                                    "for it, or ask for the endpoints to be allowed without "
                                    "authentication.")},
};

// Between this machine and the endpoint: DNS, TCP, TLS and the proxy.
QList<DiagnosisFix> connectionFixes(const Diagnosis &d, const QList<FirewallEndpoint> &blocked)
{
    using C = DiagnosisCause;
    QList<DiagnosisFix> fixes;
    // Where something on the way drops or refuses the endpoints, they must be let through.
    if (d.cause == C::DnsUnresolved || d.cause == C::TcpTimeout || d.cause == C::TcpRefused ||
        d.cause == C::ProxyDenied)
        fixes.append(allowEndpointsFix(d, blocked));
    for (const auto &text : connectionFixTexts) {
        if (text.cause != d.cause)
            continue;
        auto body = QCoreApplication::translate("Diagnosis", text.text);
        body = d.cause == C::TlsUntrusted ? body.arg(d.endpoint, d.issuer) : body.arg(d.endpoint);
        fixes.append(fix(QString::fromLatin1(text.id),
                         QCoreApplication::translate("Diagnosis", text.title), body));
    }
    return fixes;
}

const PerimeterConfiguration *enforcedPerimeter(const VaultNetworkView &network)
{
    for (const auto &perimeter : network.perimeters) {
        if (perimeter.enforced())
            return &perimeter;
    }
    return nullptr;
}

// The perimeter's inbound rules decide, not the vault's firewall.
QList<DiagnosisFix> perimeterFixes(const Diagnosis &d)
{
    const auto *perimeter = enforcedPerimeter(d.network);
    const auto address = d.clientAddress.isEmpty()
                             ? QCoreApplication::translate("Diagnosis", "this machine's address")
                             : d.clientAddress;
    QString detail;
    if (perimeter) {
        detail = QCoreApplication::translate(
                     "Diagnosis",
                     "Add an inbound access rule for %1 to profile %2 of network security "
                     "perimeter %3 (Azure portal: Network security perimeters, %3, Profiles, %2, "
                     "Inbound access rules), or ask the perimeter's owner to. The vault's IP "
                     "rules do not help while the association is enforced.")
                     .arg(address, perimeter->profile, perimeter->perimeterName());
        if (!perimeter->inboundAddressPrefixes.isEmpty())
            detail += QLatin1Char(' ') +
                      QCoreApplication::translate("Diagnosis", "It admits now: %1.")
                          .arg(perimeter->inboundAddressPrefixes.join(QStringLiteral(", ")));
    } else {
        detail = QCoreApplication::translate(
                     "Diagnosis",
                     "Add an inbound access rule for %1 to the profile of the network security "
                     "perimeter the vault is associated with. The vault's IP rules do not help "
                     "while the association is enforced.")
                     .arg(address);
    }
    return {fix(QStringLiteral("perimeter-inbound-rule"),
                QCoreApplication::translate("Diagnosis",
                                            "Admit this address in the perimeter's inbound rules"),
                detail, d.clientAddress)};
}

// The vault's own gates: its firewall and public network access.
QList<DiagnosisFix> vaultGateFixes(const Diagnosis &d)
{
    using C = DiagnosisCause;
    QList<DiagnosisFix> fixes;
    switch (d.cause) {
    case C::VaultFirewall:
        appendIpRuleFixes(d, fixes);
        appendDefaultActionFix(fixes);
        if (d.network.loaded && d.network.publicNetworkAccess.compare(QLatin1String("Disabled"),
                                                                      Qt::CaseInsensitive) == 0)
            appendPublicAccessFix(fixes);
        break;
    case C::PublicAccessDisabled: {
        appendPublicAccessFix(fixes);
        const auto endpoints = d.network.privateEndpointConnections;
        fixes.append(
            fix(QStringLiteral("private-dns"),
                QCoreApplication::translate("Diagnosis", "Or go through a private endpoint"),
                endpoints.isEmpty()
                    ? QCoreApplication::translate("Diagnosis",
                                                  "The vault has no private endpoint connection.")
                    : QCoreApplication::translate(
                          "Diagnosis", "Connect from the network of a private endpoint, with its "
                                       "privatelink DNS zone: %1.")
                          .arg(endpoints.join(QStringLiteral(", ")))));
        const bool deny =
            d.network.rules.defaultAction.compare(QLatin1String("Deny"), Qt::CaseInsensitive) == 0;
        if (deny && !d.network.clientAddressCovered)
            appendIpRuleFixes(d, fixes);
        break;
    }
    default:
        break;
    }
    return fixes;
}

// Past the network: permissions, sign-in, throttling and the service itself.
QList<DiagnosisFix> accessFixes(const Diagnosis &d)
{
    using C = DiagnosisCause;
    QList<DiagnosisFix> fixes;
    switch (d.cause) {
    case C::PermissionDenied:
        if (const auto &missing = d.missingPermission;
            missing && !missing->suggestedRole.isEmpty()) {
            fixes.append(fix(
                QStringLiteral("grant-permission"),
                QCoreApplication::translate("Diagnosis", "Ask for the permission"),
                missing->byRbac
                    ? QCoreApplication::translate(
                          "Diagnosis",
                          "This is not a firewall problem: the vault decides by Azure RBAC and "
                          "no role of yours grants %1. The least-privileged built-in role that "
                          "does is \"%2\"; ask for it at the vault's scope (Access control "
                          "(IAM)). Role changes take a few minutes to apply.")
                          .arg(missing->action, missing->suggestedRole)
                    : QCoreApplication::translate(
                          "Diagnosis",
                          "This is not a firewall problem: the vault decides by access policies "
                          "and yours lacks the %1 permission. Ask the vault's owner for an access "
                          "policy entry with it (on Azure RBAC the role \"%2\" grants the "
                          "same).")
                          .arg(missing->policyPermission, missing->suggestedRole)));
            break;
        }
        fixes.append(
            fix(QStringLiteral("grant-permission"),
                QCoreApplication::translate("Diagnosis", "Ask for the permission"),
                d.permission.isEmpty()
                    ? QCoreApplication::translate(
                          "Diagnosis", "This is not a firewall problem: the vault admitted the "
                                       "connection but your account has no access policy or role "
                                       "for it. Ask the vault's owner for one.")
                    : QCoreApplication::translate(
                          "Diagnosis", "This is not a firewall problem: ask the vault's owner to "
                                       "grant \"%1\" (an access policy entry or an RBAC role that "
                                       "includes it).")
                          .arg(d.permission)));
        break;
    case C::AuthFailed:
    case C::TenantMismatch:
        fixes.append(
            fix(QStringLiteral("sign-in-again"),
                QCoreApplication::translate("Diagnosis", "Sign in again"),
                d.cause == C::TenantMismatch
                    ? QCoreApplication::translate(
                          "Diagnosis", "Sign in to the vault's own tenant: the token was issued "
                                       "by another one.")
                    : QCoreApplication::translate("Diagnosis",
                                                  "Sign in again, with an account that may use "
                                                  "this vault.")));
        break;
    case C::Throttled:
    case C::ServiceError:
        fixes.append(fix(
            QStringLiteral("wait-and-retry"),
            QCoreApplication::translate("Diagnosis", "Wait and try again"),
            d.cause == C::Throttled
                ? QCoreApplication::translate("Diagnosis",
                                              "Key Vault limits requests per vault per 10 "
                                              "seconds; wait a little and retry.")
                : QCoreApplication::translate("Diagnosis", "The service failed on its side; retry "
                                                           "later, quoting the request id if it "
                                                           "persists.")));
        break;
    default:
        break;
    }
    return fixes;
}

QList<DiagnosisFix> fixesFor(const Diagnosis &d, const QList<FirewallEndpoint> &blocked)
{
    using C = DiagnosisCause;
    switch (d.cause) {
    case C::Ok:
        return {};
    case C::VaultFirewall:
    case C::PublicAccessDisabled:
        return vaultGateFixes(d);
    case C::PerimeterDenied:
        return perimeterFixes(d);
    case C::PermissionDenied:
    case C::AuthFailed:
    case C::TenantMismatch:
    case C::Throttled:
    case C::ServiceError:
        return accessFixes(d);
    default:
        return connectionFixes(d, blocked);
    }
}

} // namespace

bool DiagnosisClassifier::refusedByPerimeter(const AzureError &error)
{
    return error.innerCode == QLatin1String("ForbiddenByFirewall") &&
           error.message.contains(QLatin1String("NSP rules"));
}

bool DiagnosisClassifier::isPrivateAddress(const QHostAddress &address)
{
    if (address.isNull() || address.isLoopback())
        return false;
    bool v4 = false;
    const auto ipv4 = address.toIPv4Address(&v4);
    if (v4) {
        const QHostAddress a(ipv4);
        for (const auto &[net, bits] :
             {std::pair{"10.0.0.0", 8}, std::pair{"172.16.0.0", 12}, std::pair{"192.168.0.0", 16},
              std::pair{"100.64.0.0", 10}, std::pair{"169.254.0.0", 16}}) {
            if (a.isInSubnet(QHostAddress(QString::fromLatin1(net)), bits))
                return true;
        }
        return false;
    }
    return address.isInSubnet(QHostAddress(QStringLiteral("fc00::")), 7) || address.isLinkLocal();
}

bool DiagnosisClassifier::isPublicIPv4(const QHostAddress &address)
{
    return address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback() &&
           !isPrivateAddress(address) && !address.isMulticast() && !address.isBroadcast() &&
           address != QHostAddress(QHostAddress::AnyIPv4);
}

DiagnosisCause DiagnosisClassifier::causeOfTransportError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::HostNotFoundError:
        return DiagnosisCause::DnsUnresolved;
    case QNetworkReply::ConnectionRefusedError:
        return DiagnosisCause::TcpRefused;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return DiagnosisCause::TcpTimeout;
    case QNetworkReply::SslHandshakeFailedError:
        return DiagnosisCause::TlsUntrusted;
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return DiagnosisCause::ProxyAuthRequired;
    case QNetworkReply::ProxyConnectionRefusedError:
        return DiagnosisCause::ProxyDenied;
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyConnectionClosedError:
        return DiagnosisCause::ProxyRequired;
    default:
        return DiagnosisCause::ServiceError;
    }
}

// Precedence, first match wins:
// 1. A network failure of a probed endpoint, lowest step first: DNS (unresolved, then a
//    private address not reachable), TCP (refused or timed out), TLS (untrusted certificate),
//    proxy (required, denied, asking for credentials); within a step the vault endpoint first,
//    then sign-in, Resource Manager, Graph, CRL/OCSP. When the failed call got an HTTP answer,
//    the path to the sign-in service demonstrably worked, so only the vault's own probe counts.
// 2. The vault's HTTP probe answered but not as Key Vault (no x-ms-keyvault-network-info):
//    a proxy's 407 or 403.
// 3. The failed call's answer: ForbiddenByFirewall, ForbiddenByConnection, other 403s
//    (permission), 401 (AKV10032: tenant), 429, 5xx; a transport error the probes did not
//    explain is named after its error code.
// 4. Nothing failed: ok.
Diagnosis DiagnosisClassifier::classify(Diagnosis d)
{
    d.fixes.clear();
    d.cause = DiagnosisCause::Ok;
    d.endpoint.clear();
    d.issuer.clear();
    d.permission.clear();
    d.missingPermission.reset();
    const auto *vault = vaultProbe(d.endpoints);
    const bool httpAnswer = d.failure && d.failure->kind == AzureError::Kind::Http;

    // CRL/OCSP on port 80 is for other software on the machine; Kluis's own requests do not
    // need it (and an HTTPS proxy need not carry it), so it is the cause only when nothing
    // Kluis needs is blocked.
    const auto rank = [](const EndpointProbe &probe) {
        return std::tuple(probe.endpoint.role == FirewallEndpoint::Role::CertificateRevocation,
                          stepRank(*probe.failure), roleRank(probe.endpoint.role));
    };
    const EndpointProbe *worst = nullptr;
    for (const auto &probe : d.endpoints) {
        if (probe.state != EndpointProbe::State::Blocked || !probe.failure ||
            !isNetworkCause(*probe.failure))
            continue;
        if (httpAnswer && probe.endpoint.role != FirewallEndpoint::Role::Vault)
            continue;
        if (!worst || rank(probe) < rank(*worst))
            worst = &probe;
    }
    QList<FirewallEndpoint> blocked;
    for (const auto &probe : d.endpoints) {
        if (probe.state == EndpointProbe::State::Blocked)
            blocked.append(probe.endpoint);
    }

    // No proxy configured and every endpoint's connection attempt goes unanswered, though the
    // names resolve: the network lets traffic out only through a proxy. A refusal is an answer
    // (a stopped service, a rejecting firewall) and names that endpoint instead.
    const bool nothingConnects =
        worst && *worst->failure == DiagnosisCause::TcpTimeout &&
        std::all_of(d.endpoints.cbegin(), d.endpoints.cend(), [](const EndpointProbe &probe) {
            return probe.proxy.isEmpty() &&
                   (probe.state == EndpointProbe::State::Skipped ||
                    (probe.state == EndpointProbe::State::Blocked && probe.failure &&
                     *probe.failure == DiagnosisCause::TcpTimeout));
        });
    if (nothingConnects && !httpAnswer && d.endpoints.size() > 1) {
        d.cause = DiagnosisCause::ProxyRequired;
        d.endpoint = worst->endpoint.hostPort();
    } else if (worst) {
        d.cause = *worst->failure;
        d.endpoint = worst->endpoint.hostPort();
        if (d.cause == DiagnosisCause::TlsUntrusted)
            d.issuer = worst->tlsIssuer;
        // Only the failing step's endpoints belong in the allow-endpoints fix.
        blocked.clear();
        for (const auto &probe : d.endpoints) {
            if (probe.failure && stepRank(*probe.failure) == stepRank(d.cause))
                blocked.append(probe.endpoint);
        }
    } else if (vault && vault->failure && vault->state == EndpointProbe::State::Blocked) {
        d.cause = *vault->failure;
        d.endpoint = vault->endpoint.hostPort();
    } else if (d.failure) {
        d.cause = causeOfAnswer(*d.failure);
        // The perimeter answers with the firewall's code: Resource Manager's view (an enforced
        // association) or the message's "NSP rules" tells the two apart.
        if (d.cause == DiagnosisCause::VaultFirewall &&
            (enforcedPerimeter(d.network) ||
             d.failure->message.contains(QLatin1String("NSP rules"))))
            d.cause = DiagnosisCause::PerimeterDenied;
        if (vault)
            d.endpoint = vault->endpoint.hostPort();
        if (d.cause == DiagnosisCause::PermissionDenied) {
            d.missingPermission = MissingPermission::from(*d.failure);
            if (const auto &missing = d.missingPermission)
                d.permission = missing->byRbac ? missing->action : missing->policyPermission;
        }
        if (d.cause == DiagnosisCause::AuthFailed || d.cause == DiagnosisCause::TenantMismatch) {
            if (d.failure->kind == AzureError::Kind::Auth) {
                for (const auto &probe : d.endpoints) {
                    if (probe.endpoint.role == FirewallEndpoint::Role::SignIn) {
                        d.endpoint = probe.endpoint.hostPort();
                        break;
                    }
                }
            }
        }
    }

    if (d.clientAddress.isEmpty() && d.failure)
        d.clientAddress = d.failure->clientAddress;
    if (d.clientAddress.isEmpty() && d.failure)
        d.clientAddress = d.failure->networkInfoAddress;
    if (d.clientAddress.isEmpty() && vault)
        d.clientAddress = vault->seenAddress;

    const QHostAddress client(d.clientAddress);
    d.behindNat = false;
    if (!client.isNull() && !d.localAddresses.isEmpty()) {
        d.behindNat = std::none_of(
            d.localAddresses.cbegin(), d.localAddresses.cend(),
            [&client](const QString &local) { return sameAddress(QHostAddress(local), client); });
    }
    d.network.clientAddressCovered =
        d.network.loaded && !client.isNull() && d.network.rules.ipRulesCover(client);

    d.fixes = fixesFor(d, blocked);
    return d;
}

} // namespace kluis::core
