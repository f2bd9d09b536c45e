#include "Diagnosis.h"

#include "common/EnumNames.h"
#include "diagnostics/Scrubber.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <array>
#include <utility>

namespace kluis::core {

namespace {

constexpr EnumNames<DiagnosisCause, 17> causeIds{{
    {DiagnosisCause::Ok, "ok"},
    {DiagnosisCause::DnsUnresolved, "dns-unresolved"},
    {DiagnosisCause::DnsPrivateAddress, "dns-private-address"},
    {DiagnosisCause::TcpTimeout, "tcp-timeout"},
    {DiagnosisCause::TcpRefused, "tcp-refused"},
    {DiagnosisCause::TlsUntrusted, "tls-untrusted"},
    {DiagnosisCause::ProxyRequired, "proxy-required"},
    {DiagnosisCause::ProxyDenied, "proxy-denied"},
    {DiagnosisCause::ProxyAuthRequired, "proxy-auth-required"},
    {DiagnosisCause::VaultFirewall, "vault-firewall"},
    {DiagnosisCause::PublicAccessDisabled, "public-access-disabled"},
    {DiagnosisCause::PerimeterDenied, "perimeter-denied"},
    {DiagnosisCause::PermissionDenied, "permission-denied"},
    {DiagnosisCause::AuthFailed, "auth-failed"},
    {DiagnosisCause::TenantMismatch, "tenant-mismatch"},
    {DiagnosisCause::Throttled, "throttled"},
    {DiagnosisCause::ServiceError, "service-error"},
}};

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonValue optionalBool(const std::optional<bool> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QString markdownCell(QString text)
{
    return text.replace(QLatin1Char('|'), QStringLiteral("\\|"))
        .replace(QLatin1Char('\n'), QLatin1Char(' '));
}

} // namespace

QString causeId(DiagnosisCause cause)
{
    return QString::fromLatin1(nameOf(causeIds, cause));
}

std::optional<DiagnosisCause> causeFromId(const QString &id)
{
    return valueOf(causeIds, id);
}

constexpr EnumNames<DiagnosisCause, 17> causeSentences{{
    {DiagnosisCause::Ok,
     QT_TRANSLATE_NOOP("Diagnosis", "Every endpoint answered and the vault can be listed.")},
    {DiagnosisCause::DnsUnresolved,
     QT_TRANSLATE_NOOP("Diagnosis",
                       "A host name Kluis needs does not resolve: DNS has no answer for it.")},
    {DiagnosisCause::DnsPrivateAddress,
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The vault's name resolves to a private endpoint address that this "
                       "machine cannot reach.")},
    {DiagnosisCause::TcpTimeout,
     QT_TRANSLATE_NOOP("Diagnosis",
                       "A network firewall drops the connection to an endpoint Kluis needs: "
                       "the connection times out.")},
    {DiagnosisCause::TcpRefused,
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The connection to an endpoint Kluis needs is refused: nothing listens "
                       "there, or a firewall rejects it.")},
    {DiagnosisCause::TlsUntrusted,
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The endpoint presents a certificate this machine does not trust, "
                       "usually from a proxy that inspects TLS.")},
    {DiagnosisCause::ProxyRequired,
     QT_TRANSLATE_NOOP("Diagnosis",
                       "This network only lets traffic out through a proxy, and Kluis cannot "
                       "reach one.")},
    {DiagnosisCause::ProxyDenied,
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The proxy refuses the connection to an endpoint Kluis needs.")},
    {DiagnosisCause::ProxyAuthRequired,
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The proxy asks for credentials before it lets Kluis through.")},
    {DiagnosisCause::VaultFirewall,
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The vault's firewall does not admit the address the vault sees for "
                       "this machine.")},
    {DiagnosisCause::PublicAccessDisabled,
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The vault has public network access disabled: only its private "
                       "endpoints are admitted.")},
    {DiagnosisCause::PerimeterDenied,
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The vault is in a network security perimeter in enforced mode, and the "
                       "perimeter's inbound rules do not admit this machine; the vault's own "
                       "firewall rules no longer count.")},
    {DiagnosisCause::PermissionDenied,
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The network lets you through, but your account lacks the permission "
                       "(access policy or role) for this operation.")},
    {DiagnosisCause::AuthFailed,
     QT_TRANSLATE_NOOP("Diagnosis", "Signing in failed or the vault refused the token.")},
    {DiagnosisCause::TenantMismatch,
     QT_TRANSLATE_NOOP("Diagnosis", "The token comes from another tenant than the vault's.")},
    {DiagnosisCause::Throttled,
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The vault is throttling requests: too many were sent in a short time.")},
    {DiagnosisCause::ServiceError,
     QT_TRANSLATE_NOOP("Diagnosis",
                       "The service failed on its side; the network path looks fine.")},
}};

QString causeSentence(DiagnosisCause cause)
{
    return QCoreApplication::translate("Diagnosis", nameOf(causeSentences, cause));
}

constexpr EnumNames<FirewallEndpoint::Role, 5> roleIds{{
    {FirewallEndpoint::Role::SignIn, "sign-in"},
    {FirewallEndpoint::Role::ResourceManager, "resource-manager"},
    {FirewallEndpoint::Role::Graph, "graph"},
    {FirewallEndpoint::Role::Vault, "vault"},
    {FirewallEndpoint::Role::CertificateRevocation, "revocation"},
}};

QString roleId(FirewallEndpoint::Role role)
{
    return QString::fromLatin1(nameOf(roleIds, role));
}

QString stateId(EndpointProbe::State state)
{
    switch (state) {
    case EndpointProbe::State::Pending:
        return QStringLiteral("pending");
    case EndpointProbe::State::Reachable:
        return QStringLiteral("reachable");
    case EndpointProbe::State::Blocked:
        return QStringLiteral("blocked");
    case EndpointProbe::State::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

QJsonObject EndpointProbe::toJson() const
{
    return {{QStringLiteral("role"), roleId(endpoint.role)},
            {QStringLiteral("host"), endpoint.host},
            {QStringLiteral("port"), endpoint.port},
            {QStringLiteral("state"), stateId(state)},
            {QStringLiteral("failure"), failure ? QJsonValue(causeId(*failure)) : QJsonValue()},
            {QStringLiteral("addresses"), toArray(addresses)},
            {QStringLiteral("cnameChain"), toArray(cnameChain)},
            {QStringLiteral("privateAddress"), privateAddress},
            {QStringLiteral("tcpConnected"), optionalBool(tcpConnected)},
            {QStringLiteral("tlsTrusted"), optionalBool(tlsTrusted)},
            {QStringLiteral("tlsIssuer"), tlsIssuer},
            {QStringLiteral("tlsSubject"), tlsSubject},
            {QStringLiteral("httpStatus"), httpStatus},
            {QStringLiteral("keyVaultAnswered"), keyVaultAnswered},
            {QStringLiteral("seenAddress"), seenAddress},
            {QStringLiteral("proxy"), proxy},
            {QStringLiteral("evidence"), evidence},
            {QStringLiteral("elapsedMs"), elapsedMs}};
}

QJsonObject VaultNetworkView::toJson() const
{
    QJsonObject object{
        {QStringLiteral("loaded"), loaded},
        {QStringLiteral("subscriptionId"), subscriptionId},
        {QStringLiteral("resourceGroup"), resourceGroup},
        {QStringLiteral("publicNetworkAccess"), publicNetworkAccess},
        {QStringLiteral("defaultAction"), rules.defaultAction},
        {QStringLiteral("bypass"), rules.bypass},
        {QStringLiteral("ipRules"), toArray(rules.ipRules)},
        {QStringLiteral("virtualNetworkRules"), toArray(rules.virtualNetworkRules)},
        {QStringLiteral("privateEndpointConnections"), toArray(privateEndpointConnections)},
        {QStringLiteral("clientAddressCovered"), clientAddressCovered}};
    QJsonArray perimeterList;
    for (const auto &perimeter : perimeters)
        perimeterList.append(QJsonObject{
            {QStringLiteral("perimeter"), perimeter.perimeterName()},
            {QStringLiteral("perimeterId"), perimeter.perimeterId},
            {QStringLiteral("profile"), perimeter.profile},
            {QStringLiteral("accessMode"), perimeter.accessMode},
            {QStringLiteral("inboundAddressPrefixes"), toArray(perimeter.inboundAddressPrefixes)}});
    object.insert(QStringLiteral("perimeters"), perimeterList);
    if (error) {
        object.insert(QStringLiteral("error"),
                      QJsonObject{{QStringLiteral("status"), error->httpStatus},
                                  {QStringLiteral("code"), error->code},
                                  {QStringLiteral("message"), error->shortMessage()}});
    }
    return object;
}

QJsonObject DiagnosisFix::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("title"), title},
            {QStringLiteral("detail"), detail},
            {QStringLiteral("address"), address},
            {QStringLiteral("automatic"), automatic}};
}

QJsonObject Diagnosis::toJson() const
{
    QJsonArray probes;
    for (const auto &probe : endpoints)
        probes.append(probe.toJson());
    QJsonArray fixList;
    for (const auto &fix : fixes)
        fixList.append(fix.toJson());
    QJsonArray allow;
    for (const auto &endpoint : allowList)
        allow.append(endpoint.hostPort());
    QJsonValue failureJson;
    if (failure) {
        // Status, codes and the request id only: the message may quote caller object ids, and
        // nothing here may carry a token.
        failureJson = QJsonObject{{QStringLiteral("status"), failure->httpStatus},
                                  {QStringLiteral("code"), failure->code},
                                  {QStringLiteral("innerCode"), failure->innerCode},
                                  {QStringLiteral("requestId"), failure->requestId}};
    }
    QJsonObject json{{QStringLiteral("cause"), causeId(cause)},
                     {QStringLiteral("sentence"), causeSentence(cause)},
                     {QStringLiteral("endpoint"), endpoint},
                     {QStringLiteral("clientAddress"), clientAddress},
                     {QStringLiteral("issuer"), issuer},
                     {QStringLiteral("permission"), permission},
                     {QStringLiteral("endpoints"), probes},
                     {QStringLiteral("fixes"), fixList},
                     {QStringLiteral("vaultUri"), vaultUri.toString()},
                     {QStringLiteral("cloud"), cloudName},
                     {QStringLiteral("behindNat"), behindNat},
                     {QStringLiteral("localAddresses"), toArray(localAddresses)},
                     {QStringLiteral("network"), network.toJson()},
                     {QStringLiteral("allowList"), allow},
                     {QStringLiteral("failure"), failureJson},
                     {QStringLiteral("started"), started.toUTC().toString(Qt::ISODateWithMs)},
                     {QStringLiteral("finished"), finished.toUTC().toString(Qt::ISODateWithMs)}};
    if (missingPermission) // {"action", "suggestedRole", …}: kluisctl's contract
        json.insert(QStringLiteral("missingPermission"), missingPermission->toJson());
    return json;
}

QString Diagnosis::toMarkdown() const
{
    QString out;
    out += QStringLiteral("# ") +
           QCoreApplication::translate("Diagnosis", "Diagnosis of %1").arg(vaultUri.toString()) +
           QStringLiteral("\n\n");
    out += QStringLiteral("**") + causeSentence(cause) + QStringLiteral("** (`") + causeId(cause) +
           QStringLiteral("`)\n\n");
    const auto line = [&out](const QString &label, const QString &value) {
        if (!value.isEmpty())
            out += QStringLiteral("- ") + label + QStringLiteral(": ") + value + QLatin1Char('\n');
    };
    line(QCoreApplication::translate("Diagnosis", "Cloud"), cloudName);
    line(QCoreApplication::translate("Diagnosis", "Endpoint"), endpoint);
    line(QCoreApplication::translate("Diagnosis", "Address the vault sees"), clientAddress);
    if (!clientAddress.isEmpty())
        line(QCoreApplication::translate("Diagnosis", "Behind NAT"),
             behindNat ? QCoreApplication::translate(
                             "Diagnosis", "yes: the vault sees another address than this "
                                          "machine's own")
                       : QCoreApplication::translate("Diagnosis", "no"));
    line(QCoreApplication::translate("Diagnosis", "This machine's addresses"),
         localAddresses.join(QStringLiteral(", ")));
    line(QCoreApplication::translate("Diagnosis", "Certificate issuer"), issuer);
    line(QCoreApplication::translate("Diagnosis", "Permission"), permission);
    if (missingPermission) {
        line(QCoreApplication::translate("Diagnosis", "Missing data action"),
             missingPermission->action);
        line(QCoreApplication::translate("Diagnosis", "Least-privileged built-in role"),
             missingPermission->suggestedRole);
    }
    if (failure) {
        line(QCoreApplication::translate("Diagnosis", "Failed call"),
             QStringLiteral("%1 %2 %3")
                 .arg(failure->httpStatus ? QString::number(failure->httpStatus) : QString(),
                      failure->code, failure->innerCode)
                 .simplified());
        line(QCoreApplication::translate("Diagnosis", "Request id"), failure->requestId);
    }
    line(QCoreApplication::translate("Diagnosis", "Started"),
         started.toUTC().toString(Qt::ISODate));
    out += QLatin1Char('\n');

    out += QStringLiteral("## ") + QCoreApplication::translate("Diagnosis", "Endpoints") +
           QStringLiteral("\n\n");
    out += QStringLiteral("| %1 | %2 | %3 | %4 |\n|---|---|---|---|\n")
               .arg(QCoreApplication::translate("Diagnosis", "Role"),
                    QCoreApplication::translate("Diagnosis", "Endpoint"),
                    QCoreApplication::translate("Diagnosis", "State"),
                    QCoreApplication::translate("Diagnosis", "Evidence"));
    for (const auto &probe : endpoints) {
        auto state = stateId(probe.state);
        if (probe.failure)
            state += QStringLiteral(" (") + causeId(*probe.failure) + QLatin1Char(')');
        out += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                   .arg(probe.endpoint.roleName(), probe.endpoint.hostPort(), state,
                        markdownCell(probe.evidence));
    }
    out += QLatin1Char('\n');

    out += QStringLiteral("## ") +
           QCoreApplication::translate("Diagnosis", "The vault's network rules") +
           QStringLiteral("\n\n");
    if (network.loaded) {
        line(QCoreApplication::translate("Diagnosis", "Public network access"),
             network.publicNetworkAccess);
        line(QCoreApplication::translate("Diagnosis", "Default action"),
             network.rules.defaultAction);
        line(QCoreApplication::translate("Diagnosis", "Bypass"), network.rules.bypass);
        line(QCoreApplication::translate("Diagnosis", "IP rules"),
             network.rules.ipRules.isEmpty() ? QCoreApplication::translate("Diagnosis", "none")
                                             : network.rules.ipRules.join(QStringLiteral(", ")));
        line(QCoreApplication::translate("Diagnosis", "Virtual network rules"),
             network.rules.virtualNetworkRules.isEmpty()
                 ? QCoreApplication::translate("Diagnosis", "none")
                 : network.rules.virtualNetworkRules.join(QStringLiteral(", ")));
        line(QCoreApplication::translate("Diagnosis", "Private endpoints"),
             network.privateEndpointConnections.isEmpty()
                 ? QCoreApplication::translate("Diagnosis", "none")
                 : network.privateEndpointConnections.join(QStringLiteral(", ")));
        if (!clientAddress.isEmpty())
            line(
                QCoreApplication::translate("Diagnosis", "An IP rule covers %1").arg(clientAddress),
                network.clientAddressCovered ? QCoreApplication::translate("Diagnosis", "yes")
                                             : QCoreApplication::translate("Diagnosis", "no"));
    } else if (network.error) {
        out += QCoreApplication::translate("Diagnosis", "Resource Manager could not be read: %1")
                   .arg(network.error->shortMessage()) +
               QLatin1Char('\n');
    } else {
        out += QCoreApplication::translate("Diagnosis", "Not read.") + QLatin1Char('\n');
    }
    out += QLatin1Char('\n');

    if (!fixes.isEmpty()) {
        out += QStringLiteral("## ") + QCoreApplication::translate("Diagnosis", "What to do") +
               QStringLiteral("\n\n");
        for (const auto &fix : fixes) {
            out += QStringLiteral("- **") + fix.title + QStringLiteral("** (`") + fix.id +
                   QStringLiteral("`)");
            if (!fix.detail.isEmpty())
                out += QStringLiteral(": ") + fix.detail;
            out += QLatin1Char('\n');
        }
        out += QLatin1Char('\n');
    }

    out += QStringLiteral("## ") +
           QCoreApplication::translate("Diagnosis", "Allow-list for the network team") +
           QStringLiteral("\n\n");
    for (const auto &allowed : allowList)
        out += QStringLiteral("- `") + allowed.hostPort() + QStringLiteral("` (") +
               allowed.roleName() + QStringLiteral(")\n");
    return out;
}

QByteArray Diagnosis::reportBytes(bool json) const
{
    // Scrubbed like a support bundle: a report is attached to tickets too.
    return json ? QJsonDocument(Scrubber::scrub(toJson()).toObject()).toJson()
                : Scrubber::scrub(toMarkdown()).toUtf8();
}

} // namespace kluis::core
