#include "diagnostics/DiagnosisClassifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace kluis::core;
using Role = FirewallEndpoint::Role;
using State = EndpointProbe::State;

namespace {

const auto vaultHost = QStringLiteral("contoso-kv.vault.azure.net");

QByteArray errorBody(const QString &code, const QString &message, const QString &innerCode = {})
{
    QJsonObject error{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!innerCode.isEmpty())
        error.insert(QStringLiteral("innererror"),
                     QJsonObject{{QStringLiteral("code"), innerCode}});
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}).toJson();
}

// The service's own wording (Key Vault 403s as quoted in public issue reports).
AzureError firewall(const QString &address)
{
    auto error = AzureError::http(
        403,
        errorBody(QStringLiteral("Forbidden"),
                  QStringLiteral("Client address is not authorized and caller is not a trusted "
                                 "service.\r\nClient address: %1\r\nCaller: "
                                 "appid=04b07795-8ddb-461a-bbee-02f9e1bf7b46;oid=1b2c3d4e-0000-"
                                 "4000-8000-000000000001;iss=https://sts.windows.net/"
                                 "72f988bf-86f1-41af-91ab-2d7cd011db47/\r\nVault: "
                                 "contoso-kv;location=westeurope")
                      .arg(address),
                  QStringLiteral("ForbiddenByFirewall")),
        "9a1e2f3c-0000-4000-8000-0000000000aa");
    error.networkInfoAddress = address;
    return error;
}

AzureError publicAccessDisabled()
{
    return AzureError::http(
        403,
        errorBody(QStringLiteral("Forbidden"),
                  QStringLiteral("Public network access is disabled and request is not from a "
                                 "trusted service nor via an approved private link.\r\nCaller: "
                                 "appid=1;oid=2;iss=https://sts.windows.net/t/\r\nVault: "
                                 "contoso-kv;location=westeurope"),
                  QStringLiteral("ForbiddenByConnection")));
}

FirewallEndpoint endpoint(Role role)
{
    switch (role) {
    case Role::SignIn:
        return {role, QStringLiteral("login.microsoftonline.com"), 443};
    case Role::ResourceManager:
        return {role, QStringLiteral("management.azure.com"), 443};
    case Role::Graph:
        return {role, QStringLiteral("graph.microsoft.com"), 443};
    case Role::Vault:
        return {role, vaultHost, 443};
    case Role::CertificateRevocation:
        return {role, QStringLiteral("crl.microsoft.com"), 80};
    }
    return {};
}

EndpointProbe reachable(Role role, const QString &seen = QStringLiteral("203.0.113.10"))
{
    EndpointProbe probe;
    probe.endpoint = endpoint(role);
    probe.state = State::Reachable;
    probe.addresses = {QStringLiteral("20.38.1.2")};
    probe.tcpConnected = true;
    if (role != Role::CertificateRevocation)
        probe.tlsTrusted = true;
    if (role == Role::Vault) {
        probe.httpStatus = 200;
        probe.keyVaultAnswered = true;
        probe.seenAddress = seen;
    }
    return probe;
}

EndpointProbe blocked(Role role, DiagnosisCause cause)
{
    EndpointProbe probe;
    probe.endpoint = endpoint(role);
    probe.state = State::Blocked;
    probe.failure = cause;
    return probe;
}

QList<EndpointProbe> allReachable()
{
    return {reachable(Role::SignIn), reachable(Role::ResourceManager), reachable(Role::Graph),
            reachable(Role::Vault), reachable(Role::CertificateRevocation)};
}

QList<EndpointProbe> replaced(QList<EndpointProbe> probes, const EndpointProbe &probe)
{
    for (auto &p : probes) {
        if (p.endpoint.role == probe.endpoint.role)
            p = probe;
    }
    return probes;
}

Diagnosis make(std::optional<AzureError> failure, QList<EndpointProbe> probes)
{
    Diagnosis d;
    d.vaultUri = QUrl(QStringLiteral("https://contoso-kv.vault.azure.net/"));
    d.cloudName = QStringLiteral("AzureCloud");
    d.failure = std::move(failure);
    d.endpoints = std::move(probes);
    d.localAddresses = {QStringLiteral("127.0.0.1"), QStringLiteral("192.168.1.23"),
                        QStringLiteral("::1")};
    d.allowList = {endpoint(Role::SignIn),
                   endpoint(Role::ResourceManager),
                   endpoint(Role::Graph),
                   {Role::Vault, QStringLiteral("*.vault.azure.net"), 443},
                   endpoint(Role::CertificateRevocation)};
    return d;
}

VaultNetworkView denyView(const QStringList &ipRules = {QStringLiteral("198.51.100.0/24")})
{
    VaultNetworkView view;
    view.loaded = true;
    view.publicNetworkAccess = QStringLiteral("Enabled");
    view.rules.defaultAction = QStringLiteral("Deny");
    view.rules.ipRules = ipRules;
    return view;
}

const DiagnosisFix *findFix(const Diagnosis &d, const QString &id)
{
    for (const auto &fix : d.fixes) {
        if (fix.id == id)
            return &fix;
    }
    return nullptr;
}

} // namespace

class TestDiagnosisClassifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void causeIdentifiersRoundTrip()
    {
        const QStringList ids{QStringLiteral("ok"),
                              QStringLiteral("dns-unresolved"),
                              QStringLiteral("dns-private-address"),
                              QStringLiteral("tcp-timeout"),
                              QStringLiteral("tcp-refused"),
                              QStringLiteral("tls-untrusted"),
                              QStringLiteral("proxy-required"),
                              QStringLiteral("proxy-denied"),
                              QStringLiteral("proxy-auth-required"),
                              QStringLiteral("vault-firewall"),
                              QStringLiteral("public-access-disabled"),
                              QStringLiteral("permission-denied"),
                              QStringLiteral("auth-failed"),
                              QStringLiteral("tenant-mismatch"),
                              QStringLiteral("throttled"),
                              QStringLiteral("service-error")};
        for (const auto &id : ids) {
            const auto cause = causeFromId(id);
            QVERIFY2(cause, qPrintable(id));
            QCOMPARE(causeId(*cause), id);
            QVERIFY(!causeSentence(*cause).isEmpty());
        }
        QVERIFY(!causeFromId(QStringLiteral("firewall")));
    }

    void vaultFirewallQuotesTheAddressTheServiceSaw()
    {
        auto d = make(firewall(QStringLiteral("203.0.113.10")), allReachable());
        d.network = denyView();
        d = DiagnosisClassifier::classify(d);
        QCOMPARE(causeId(d.cause), QStringLiteral("vault-firewall"));
        QCOMPARE(d.endpoint, vaultHost + QStringLiteral(":443"));
        QCOMPARE(d.clientAddress, QStringLiteral("203.0.113.10"));
        QVERIFY(d.behindNat); // the vault sees another address than any of this machine's
        QVERIFY(!d.network.clientAddressCovered);
        const auto *add = findFix(d, QStringLiteral("add-ip-rule"));
        QVERIFY(add);
        QCOMPARE(add->address, QStringLiteral("203.0.113.10"));
        QVERIFY(add->automatic);
        QVERIFY(add->detail.contains(QStringLiteral("203.0.113.10")));
        const auto *temporary = findFix(d, QStringLiteral("add-temporary-ip-rule"));
        QVERIFY(temporary);
        QCOMPARE(temporary->address, QStringLiteral("203.0.113.10"));
        // Both gates are explained: the default action is independent of public access.
        QVERIFY(findFix(d, QStringLiteral("set-default-action")));
        QVERIFY(!findFix(d, QStringLiteral("enable-public-access")));
    }

    void vaultFirewallWithoutNatAndWithAnUnroutableAddress()
    {
        auto d = make(firewall(QStringLiteral("192.168.1.23")), allReachable());
        d = DiagnosisClassifier::classify(d);
        QCOMPARE(d.cause, DiagnosisCause::VaultFirewall);
        QVERIFY(!d.behindNat); // the machine's own address
        const auto *add = findFix(d, QStringLiteral("add-ip-rule"));
        QVERIFY(add);
        QVERIFY(!add->automatic); // RFC 1918: a vault IP rule cannot take it
    }

    void vaultFirewallAnswerBeatsABlockedGraphEndpoint()
    {
        // The call got Key Vault's answer, so a blocked Graph host is not why it failed.
        auto probes = replaced(allReachable(), blocked(Role::Graph, DiagnosisCause::TcpTimeout));
        const auto d =
            DiagnosisClassifier::classify(make(firewall(QStringLiteral("203.0.113.10")), probes));
        QCOMPARE(d.cause, DiagnosisCause::VaultFirewall);
    }

    void publicAccessDisabledListsPrivateEndpoints()
    {
        auto d = make(publicAccessDisabled(), allReachable());
        d.network = denyView({});
        d.network.publicNetworkAccess = QStringLiteral("Disabled");
        d.network.privateEndpointConnections = {QStringLiteral(
            "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Network/privateEndpoints/"
            "pe-contoso")};
        d = DiagnosisClassifier::classify(d);
        QCOMPARE(causeId(d.cause), QStringLiteral("public-access-disabled"));
        QVERIFY(findFix(d, QStringLiteral("enable-public-access")));
        const auto *privateEndpoint = findFix(d, QStringLiteral("private-dns"));
        QVERIFY(privateEndpoint);
        QVERIFY(privateEndpoint->detail.contains(QStringLiteral("pe-contoso")));
        // Default action Deny and no rule for the address: enabling public access alone would
        // still leave a 403, so the IP rule is offered too.
        QVERIFY(findFix(d, QStringLiteral("add-ip-rule")));
    }

    void permissionDeniedByAccessPolicyNamesThePermission()
    {
        auto error = AzureError::http(
            403, errorBody(QStringLiteral("Forbidden"),
                           QStringLiteral("The user, group or application 'appid=1;oid=2;iss="
                                          "https://sts.windows.net/t/' does not have secrets "
                                          "list permission on key vault 'contoso-kv;location="
                                          "westeurope'. For help resolving this issue, please "
                                          "see https://go.microsoft.com/fwlink/?linkid=2125287"),
                           QStringLiteral("AccessDenied")));
        error.networkInfoAddress = QStringLiteral("203.0.113.10");
        const auto d = DiagnosisClassifier::classify(make(error, allReachable()));
        QCOMPARE(causeId(d.cause), QStringLiteral("permission-denied"));
        QCOMPARE(d.permission, QStringLiteral("secrets/list"));
        const auto *grant = findFix(d, QStringLiteral("grant-permission"));
        QVERIFY(grant);
        QVERIFY(grant->detail.contains(QStringLiteral("secrets/list")));
        QVERIFY(!findFix(d, QStringLiteral("add-ip-rule"))); // not a firewall
    }

    void permissionDeniedByRbacNamesTheAction()
    {
        const auto error = AzureError::http(
            403,
            errorBody(QStringLiteral("Forbidden"),
                      QStringLiteral("Caller is not authorized to perform action on resource."
                                     "\r\nIf role assignments, deny assignments or role "
                                     "definitions were changed recently, please observe "
                                     "propagation time.\r\nCaller: appid=1;oid=2;iss=https://"
                                     "sts.windows.net/t/\r\nAction: 'Microsoft.KeyVault/vaults/"
                                     "secrets/getSecret/action'\r\nResource: '/subscriptions/s/"
                                     "resourcegroups/rg/providers/microsoft.keyvault/vaults/"
                                     "contoso-kv/secrets/db'\r\nAssignment: (not found)\r\n"
                                     "DecisionReason: 'DeniedWithNoValidRBAC' \r\nVault: "
                                     "contoso-kv;location=westeurope\r\n"),
                      QStringLiteral("ForbiddenByRbac")));
        const auto d = DiagnosisClassifier::classify(make(error, allReachable()));
        QCOMPARE(d.cause, DiagnosisCause::PermissionDenied);
        QCOMPARE(d.permission,
                 QStringLiteral("Microsoft.KeyVault/vaults/secrets/getSecret/action"));
    }

    void tenantMismatchFromAkv10032()
    {
        const auto error = AzureError::http(
            401, errorBody(QStringLiteral("Unauthorized"),
                           QStringLiteral("AKV10032: Invalid issuer. Expected one of "
                                          "https://sts.windows.net/72f988bf-86f1-41af-91ab-"
                                          "2d7cd011db47/, found https://sts.windows.net/"
                                          "f8cdef31-a31e-4b4a-93e4-5f571e91255a/.")));
        const auto d = DiagnosisClassifier::classify(make(error, allReachable()));
        QCOMPARE(causeId(d.cause), QStringLiteral("tenant-mismatch"));
        QVERIFY(findFix(d, QStringLiteral("sign-in-again")));
    }

    void authFailed()
    {
        const auto error =
            AzureError::http(401, errorBody(QStringLiteral("Unauthorized"),
                                            QStringLiteral("AKV10022: Invalid audience. Expected "
                                                           "https://vault.azure.net, found: "
                                                           "https://management.azure.com/.")));
        auto d = DiagnosisClassifier::classify(make(error, allReachable()));
        QCOMPARE(causeId(d.cause), QStringLiteral("auth-failed"));
        QVERIFY(findFix(d, QStringLiteral("sign-in-again")));

        d = DiagnosisClassifier::classify(
            make(AzureError::auth(QStringLiteral("AADSTS7000215: Invalid client secret "
                                                 "provided."),
                                  QStringLiteral("invalid_client")),
                 allReachable()));
        QCOMPARE(d.cause, DiagnosisCause::AuthFailed);
        QCOMPARE(d.endpoint, QStringLiteral("login.microsoftonline.com:443"));
    }

    void throttled()
    {
        const auto error = AzureError::http(
            429, errorBody(QStringLiteral("Throttled"),
                           QStringLiteral("Request was not processed because too many requests "
                                          "were received. Reason: "
                                          "VaultRequestTypeLimitReached")));
        const auto d = DiagnosisClassifier::classify(make(error, allReachable()));
        QCOMPARE(causeId(d.cause), QStringLiteral("throttled"));
        QVERIFY(findFix(d, QStringLiteral("wait-and-retry")));
    }

    void serviceError()
    {
        const auto error =
            AzureError::http(503, errorBody(QStringLiteral("ServiceUnavailable"),
                                            QStringLiteral("The service is unavailable.")));
        const auto d = DiagnosisClassifier::classify(make(error, allReachable()));
        QCOMPARE(causeId(d.cause), QStringLiteral("service-error"));
    }

    void dnsUnresolved()
    {
        const auto d = DiagnosisClassifier::classify(make(
            AzureError::transport(QNetworkReply::HostNotFoundError, QStringLiteral("not found")),
            replaced(allReachable(), blocked(Role::Vault, DiagnosisCause::DnsUnresolved))));
        QCOMPARE(causeId(d.cause), QStringLiteral("dns-unresolved"));
        QCOMPARE(d.endpoint, vaultHost + QStringLiteral(":443"));
        const auto *allow = findFix(d, QStringLiteral("allow-endpoints"));
        QVERIFY(allow);
        QVERIFY(allow->detail.contains(vaultHost + QStringLiteral(":443")));
    }

    void dnsComesBeforeTcp()
    {
        auto probes = replaced(allReachable(), blocked(Role::Vault, DiagnosisCause::TcpTimeout));
        probes = replaced(probes, blocked(Role::SignIn, DiagnosisCause::DnsUnresolved));
        const auto d = DiagnosisClassifier::classify(make(
            AzureError::auth(QStringLiteral("Host login.microsoftonline.com not found")), probes));
        QCOMPARE(d.cause, DiagnosisCause::DnsUnresolved);
        QCOMPARE(d.endpoint, QStringLiteral("login.microsoftonline.com:443"));
    }

    void dnsPrivateAddress()
    {
        auto probe = blocked(Role::Vault, DiagnosisCause::DnsPrivateAddress);
        probe.cnameChain = {QStringLiteral("contoso-kv.privatelink.vaultcore.azure.net")};
        probe.addresses = {QStringLiteral("10.1.0.4")};
        probe.privateAddress = true;
        const auto d = DiagnosisClassifier::classify(
            make(AzureError::transport(QNetworkReply::TimeoutError, QStringLiteral("timeout")),
                 replaced(allReachable(), probe)));
        QCOMPARE(causeId(d.cause), QStringLiteral("dns-private-address"));
        QVERIFY(findFix(d, QStringLiteral("private-dns")));
    }

    void tcpTimeoutAndRefused()
    {
        auto d = DiagnosisClassifier::classify(
            make(AzureError::transport(QNetworkReply::TimeoutError, QStringLiteral("timeout")),
                 replaced(allReachable(), blocked(Role::Vault, DiagnosisCause::TcpTimeout))));
        QCOMPARE(causeId(d.cause), QStringLiteral("tcp-timeout"));
        QCOMPARE(d.endpoint, vaultHost + QStringLiteral(":443"));

        // TCP comes before TLS, and the vault before the sign-in host within a step.
        auto probes = replaced(allReachable(), blocked(Role::SignIn, DiagnosisCause::TlsUntrusted));
        probes = replaced(probes, blocked(Role::ResourceManager, DiagnosisCause::TcpRefused));
        probes = replaced(probes, blocked(Role::Vault, DiagnosisCause::TcpRefused));
        d = DiagnosisClassifier::classify(make(std::nullopt, probes));
        QCOMPARE(causeId(d.cause), QStringLiteral("tcp-refused"));
        QCOMPARE(d.endpoint, vaultHost + QStringLiteral(":443"));
        const auto *allow = findFix(d, QStringLiteral("allow-endpoints"));
        QVERIFY(allow);
        QVERIFY(allow->detail.contains(QStringLiteral("management.azure.com:443")));
    }

    // Every direct connection unanswered and no proxy set: the network wants a proxy. Every
    // connection refused is an answer (a stopped service): the vault endpoint is named.
    void nothingConnectsDirectly()
    {
        QList<EndpointProbe> timeouts;
        QList<EndpointProbe> refusals;
        for (const auto &probe : allReachable()) {
            timeouts.append(blocked(probe.endpoint.role, DiagnosisCause::TcpTimeout));
            refusals.append(blocked(probe.endpoint.role, DiagnosisCause::TcpRefused));
        }
        const auto error = AzureError::transport(QNetworkReply::TimeoutError, QStringLiteral("t"));
        auto d = DiagnosisClassifier::classify(make(error, timeouts));
        QCOMPARE(causeId(d.cause), QStringLiteral("proxy-required"));
        d = DiagnosisClassifier::classify(make(error, refusals));
        QCOMPARE(causeId(d.cause), QStringLiteral("tcp-refused"));
        QCOMPARE(d.endpoint, vaultHost + QStringLiteral(":443"));
    }

    void tlsUntrustedNamesTheIssuer()
    {
        auto probe = blocked(Role::Vault, DiagnosisCause::TlsUntrusted);
        probe.tlsTrusted = false;
        probe.tlsIssuer = QStringLiteral("Contoso Inspection CA, Contoso Ltd");
        const auto d = DiagnosisClassifier::classify(
            make(AzureError::transport(QNetworkReply::SslHandshakeFailedError,
                                       QStringLiteral("handshake")),
                 replaced(allReachable(), probe)));
        QCOMPARE(causeId(d.cause), QStringLiteral("tls-untrusted"));
        QCOMPARE(d.issuer, QStringLiteral("Contoso Inspection CA, Contoso Ltd"));
        const auto *trust = findFix(d, QStringLiteral("trust-proxy-ca"));
        QVERIFY(trust);
        QVERIFY(trust->detail.contains(QStringLiteral("Contoso Inspection CA")));
    }

    void proxyCauses()
    {
        auto d = DiagnosisClassifier::classify(make(
            AzureError::transport(QNetworkReply::ProxyAuthenticationRequiredError,
                                  QStringLiteral("407")),
            replaced(allReachable(), blocked(Role::Vault, DiagnosisCause::ProxyAuthRequired))));
        QCOMPARE(causeId(d.cause), QStringLiteral("proxy-auth-required"));
        QVERIFY(findFix(d, QStringLiteral("proxy-credentials")));

        // A proxy's own 403 page: no Key Vault error document, no network-info header.
        d = DiagnosisClassifier::classify(
            make(AzureError::http(403, QByteArrayLiteral("<html><body>Access Denied by policy"
                                                         "</body></html>")),
                 allReachable()));
        QCOMPARE(causeId(d.cause), QStringLiteral("proxy-denied"));

        d = DiagnosisClassifier::classify(
            make(AzureError::transport(QNetworkReply::ProxyNotFoundError, QStringLiteral("none")),
                 allReachable()));
        QCOMPARE(causeId(d.cause), QStringLiteral("proxy-required"));
        QVERIFY(findFix(d, QStringLiteral("configure-proxy")));
    }

    // Only HTTPS_PROXY set: port 80 goes direct and is dropped, while the proxy refuses the
    // vault. What the proxy said is the cause, not the revocation endpoint's timeout.
    void aBlockedRevocationEndpointDoesNotHideWhatTheProxySaid()
    {
        auto vault = blocked(Role::Vault, DiagnosisCause::ProxyDenied);
        vault.proxy = QStringLiteral("proxy.contoso.example:3128");
        auto probes = replaced(allReachable(), vault);
        probes = replaced(probes, blocked(Role::CertificateRevocation, DiagnosisCause::TcpTimeout));
        const auto d = DiagnosisClassifier::classify(
            make(AzureError::transport(QNetworkReply::ProxyConnectionRefusedError,
                                       QStringLiteral("403")),
                 probes));
        QCOMPARE(causeId(d.cause), QStringLiteral("proxy-denied"));
        QCOMPARE(d.endpoint, vaultHost + QStringLiteral(":443"));
        // Alone, a blocked revocation endpoint is still reported.
        const auto alone = DiagnosisClassifier::classify(
            make(std::nullopt, replaced(allReachable(), blocked(Role::CertificateRevocation,
                                                                DiagnosisCause::TcpTimeout))));
        QCOMPARE(causeId(alone.cause), QStringLiteral("tcp-timeout"));
        QCOMPARE(alone.endpoint, QStringLiteral("crl.microsoft.com:80"));
    }

    void okWhenNothingFailed()
    {
        auto d = make(std::nullopt, allReachable());
        d.localAddresses.append(QStringLiteral("203.0.113.10"));
        d = DiagnosisClassifier::classify(d);
        QCOMPARE(causeId(d.cause), QStringLiteral("ok"));
        QVERIFY(d.fixes.isEmpty());
        QCOMPARE(d.clientAddress, QStringLiteral("203.0.113.10"));
        QVERIFY(!d.behindNat);
    }

    void privateAddresses_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("isPrivate");
        QTest::newRow("10/8") << "10.1.2.3" << true;
        QTest::newRow("172.16/12") << "172.31.255.1" << true;
        QTest::newRow("172.32 is public") << "172.32.0.1" << false;
        QTest::newRow("192.168/16") << "192.168.0.10" << true;
        QTest::newRow("100.64/10") << "100.100.1.1" << true;
        QTest::newRow("documentation range") << "203.0.113.10" << false;
        QTest::newRow("ula") << "fd12:3456::1" << true;
        QTest::newRow("global v6") << "2001:db8::1" << false;
        QTest::newRow("loopback") << "127.0.0.1" << false;
    }
    void privateAddresses()
    {
        QFETCH(QString, address);
        QFETCH(bool, isPrivate);
        QCOMPARE(DiagnosisClassifier::isPrivateAddress(QHostAddress(address)), isPrivate);
    }

    void jsonCarriesTheContractFieldsAndNoMessage()
    {
        auto d = make(firewall(QStringLiteral("203.0.113.10")), allReachable());
        d.network = denyView();
        d = DiagnosisClassifier::classify(d);
        const auto json = d.toJson();
        for (const auto *key :
             {"cause", "endpoint", "clientAddress", "issuer", "endpoints", "fixes", "vaultUri",
              "cloud", "behindNat", "localAddresses", "permission", "network", "allowList",
              "failure", "started", "finished"})
            QVERIFY2(json.contains(QLatin1String(key)), key);
        QCOMPARE(json.value(QStringLiteral("cause")).toString(), QStringLiteral("vault-firewall"));
        const auto failure = json.value(QStringLiteral("failure")).toObject();
        QCOMPARE(failure.value(QStringLiteral("innerCode")).toString(),
                 QStringLiteral("ForbiddenByFirewall"));
        QCOMPARE(failure.value(QStringLiteral("requestId")).toString(),
                 QStringLiteral("9a1e2f3c-0000-4000-8000-0000000000aa"));
        QVERIFY(!failure.contains(QStringLiteral("message")));
        const auto probe = json.value(QStringLiteral("endpoints")).toArray().at(3).toObject();
        for (const auto *key :
             {"role", "host", "port", "state", "failure", "addresses", "cnameChain",
              "privateAddress", "tcpConnected", "tlsTrusted", "tlsIssuer", "httpStatus",
              "keyVaultAnswered", "seenAddress", "evidence", "elapsedMs"})
            QVERIFY2(probe.contains(QLatin1String(key)), key);
        QCOMPARE(probe.value(QStringLiteral("role")).toString(), QStringLiteral("vault"));
        QCOMPARE(probe.value(QStringLiteral("state")).toString(), QStringLiteral("reachable"));
        const auto fix = json.value(QStringLiteral("fixes")).toArray().first().toObject();
        QCOMPARE(fix.value(QStringLiteral("id")).toString(), QStringLiteral("add-ip-rule"));
        QCOMPARE(fix.value(QStringLiteral("address")).toString(), QStringLiteral("203.0.113.10"));
        QVERIFY(fix.value(QStringLiteral("automatic")).toBool());

        const auto markdown = d.toMarkdown();
        QVERIFY(markdown.contains(QStringLiteral("vault-firewall")));
        QVERIFY(markdown.contains(QStringLiteral("203.0.113.10")));
        QVERIFY(markdown.contains(QStringLiteral("*.vault.azure.net:443")));
    }
};

QTEST_GUILESS_MAIN(TestDiagnosisClassifier)
#include "tst_diagnosisclassifier.moc"
