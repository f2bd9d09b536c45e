#include "EndpointProber.h"

#include "common/AzureError.h"
#include "diagnostics/DiagnosisClassifier.h"

#include <QCoreApplication>
#include <QCoro/QCoroSignal>
#include <QDnsLookup>
#include <QElapsedTimer>
#include <QHostInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>

#include <algorithm>

namespace kluis::core {

namespace {

using Latch = detail::ProbeLatch;

// Waits until the latch fires or the timeout passes; true when it fired.
QCoro::Task<bool> waitFor(Latch *latch, std::chrono::milliseconds timeout)
{
    if (latch->fired)
        co_return true;
    co_await qCoro(latch, &Latch::done, timeout);
    co_return latch->fired;
}

template<typename T> struct LaterDeleter
{
    void operator()(T *object) const
    {
        if (object)
            object->deleteLater();
    }
};
template<typename T> using Owned = std::unique_ptr<T, LaterDeleter<T>>;

QString addressText(const QHostAddress &address)
{
    bool v4 = false;
    const auto ipv4 = address.toIPv4Address(&v4);
    return v4 ? QHostAddress(ipv4).toString() : address.toString();
}

DiagnosisCause causeOfSocketError(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::ProxyAuthenticationRequiredError:
        return DiagnosisCause::ProxyAuthRequired;
    case QAbstractSocket::ProxyConnectionRefusedError:
    case QAbstractSocket::SocketAccessError: // Qt's word for a proxy's 403 or 405 to CONNECT
        return DiagnosisCause::ProxyDenied;
    case QAbstractSocket::ProxyNotFoundError:
    case QAbstractSocket::ProxyConnectionTimeoutError:
    case QAbstractSocket::ProxyConnectionClosedError:
        return DiagnosisCause::ProxyRequired;
    case QAbstractSocket::HostNotFoundError:
        return DiagnosisCause::DnsUnresolved;
    case QAbstractSocket::SocketTimeoutError:
    case QAbstractSocket::ProxyProtocolError: // 502/504 from the proxy: it could not get there
        return DiagnosisCause::TcpTimeout;
    default:
        return DiagnosisCause::TcpRefused;
    }
}

// The proxy the environment (HTTPS_PROXY, NO_PROXY, …) or the desktop names for `url`, as
// host:port: what Kluis's own "system" setting would use.
QString systemProxy(const QUrl &url)
{
    SystemProxyResolver system;
    const auto proxy = kluis::core::proxyFor(ProxySettings{}, system, url);
    if (proxy.type() == QNetworkProxy::NoProxy)
        return {};
    return proxy.hostName() + QLatin1Char(':') + QString::number(proxy.port());
}

} // namespace

namespace {
QHostAddress hostsMapAddress(const QMap<QString, QString> &hosts, const QString &host)
{
    const auto h = host.toLower();
    for (auto it = hosts.cbegin(); it != hosts.cend(); ++it) {
        if (it.key().toLower() == h)
            return QHostAddress(it.value());
    }
    // A cloud file maps its vault suffix once for all vaults (vault.localhost -> address).
    for (auto it = hosts.cbegin(); it != hosts.cend(); ++it) {
        if (h.endsWith(QLatin1Char('.') + it.key().toLower()))
            return QHostAddress(it.value());
    }
    return {};
}
} // namespace

QHostAddress EndpointProber::mappedAddress(const QMap<QString, QString> &hosts, const QString &host)
{
    if (const auto address = hostsMapAddress(hosts, host); !address.isNull())
        return address;
    const auto h = host.toLower();
    if (h == QLatin1String("localhost") || h.endsWith(QLatin1String(".localhost")))
        return QHostAddress(QHostAddress::LocalHost);
    return {};
}

QNetworkProxy EndpointProber::proxyFor(const ProbeSettings &settings, const QUrl &url)
{
    // The pipeline's tunnel takes these names to their mapped address itself, unless it is told
    // to send them through the proxy too (LocalHostProxyFactory).
    if (!mappedAddress(settings.cloud.hosts, url.host()).isNull() &&
        !settings.proxy.proxyLocalNames)
        return QNetworkProxy(QNetworkProxy::NoProxy);
    SystemProxyResolver system;
    auto proxy = kluis::core::proxyFor(settings.proxy, system, url);
    // With the credentials the pipeline answers a 407 with, so the probe meets what its
    // requests meet.
    const auto &manual = settings.proxy;
    if (manual.mode == ProxySettings::Mode::Manual && !manual.user.isEmpty() &&
        manual.host.compare(proxy.hostName(), Qt::CaseInsensitive) == 0 &&
        manual.port == proxy.port()) {
        proxy.setUser(manual.user);
        proxy.setPassword(manual.password);
    } else if (manual.mode == ProxySettings::Mode::System) {
        if (const auto credentials = system.credentialsFor(proxy.hostName(), proxy.port())) {
            proxy.setUser(credentials->first);
            proxy.setPassword(credentials->second);
        }
    }
    return proxy;
}

QString EndpointProber::issuerText(const QSslCertificate &certificate)
{
    QStringList parts = certificate.issuerInfo(QSslCertificate::CommonName);
    parts += certificate.issuerInfo(QSslCertificate::Organization);
    parts.removeDuplicates();
    return parts.join(QStringLiteral(", "));
}

QString EndpointProber::subjectText(const QSslCertificate &certificate)
{
    QStringList parts = certificate.subjectInfo(QSslCertificate::CommonName);
    parts += certificate.subjectInfo(QSslCertificate::Organization);
    parts.removeDuplicates();
    return parts.join(QStringLiteral(", "));
}

namespace {
// One probe of one endpoint, a step at a time: DNS, TCP (to the endpoint or its proxy), the
// proxy's tunnel, TLS and an HTTP request to a vault. Each step records what it saw and says
// whether the probe goes on; it ends at the first block, or when the diagnosis went away.
class ProbeRun
{
public:
    ProbeRun(FirewallEndpoint endpoint, ProbeSettings settings, EndpointProber::Progress progress,
             std::shared_ptr<bool> alive)
        : m_settings(std::move(settings))
        , m_progress(std::move(progress))
        , m_alive(std::move(alive))
        , m_timeout(m_settings.stepTimeout)
        , m_host(endpoint.host)
        , m_port(static_cast<quint16>(endpoint.port))
        , m_plainHttp(endpoint.role == FirewallEndpoint::Role::CertificateRevocation)
    {
        m_timer.start();
        probe.endpoint = std::move(endpoint);
        m_url.setScheme(m_plainHttp ? QStringLiteral("http") : QStringLiteral("https"));
        m_url.setHost(m_host);
        m_url.setPort(probe.endpoint.port);
        m_proxy = EndpointProber::proxyFor(m_settings, m_url);
        m_viaProxy = m_proxy.type() != QNetworkProxy::NoProxy;
        if (m_viaProxy)
            probe.proxy = m_proxy.hostName() + QLatin1Char(':') + QString::number(m_proxy.port());
    }

    EndpointProbe probe;

    bool alive() const { return *m_alive; }
    bool plainHttp() const { return m_plainHttp; }
    bool viaProxy() const { return m_viaProxy; }

    void report()
    {
        probe.elapsedMs = m_timer.elapsed();
        probe.evidence = m_evidence.join(QStringLiteral("; "));
        if (*m_alive && m_progress)
            m_progress(probe);
    }
    void finish(EndpointProbe::State state, const QString &why = {})
    {
        probe.state = state;
        if (!why.isEmpty())
            m_evidence.append(why);
        report();
    }
    bool block(DiagnosisCause cause, const QString &why)
    {
        probe.failure = cause;
        finish(EndpointProbe::State::Blocked, why);
        return false;
    }

    QCoro::Task<bool> resolve();
    QCoro::Task<bool> connect();
    QCoro::Task<bool> tunnel();
    QCoro::Task<bool> handshake();
    QCoro::Task<bool> askHealth();

private:
    QCoro::Task<bool> lookUp();
    bool tcpFailed(bool answered, const QString &target);

    ProbeSettings m_settings;
    EndpointProber::Progress m_progress;
    std::shared_ptr<bool> m_alive;
    std::chrono::milliseconds m_timeout;
    QString m_host;
    quint16 m_port;
    bool m_plainHttp;
    QUrl m_url;
    QNetworkProxy m_proxy;
    bool m_viaProxy = false;
    QElapsedTimer m_timer;
    QStringList m_evidence;
    QList<QHostAddress> m_addresses;
    Owned<QSslSocket> m_socket;
};

// DNS: the hosts map or .localhost first, else the system resolver (with the CNAME chain).
QCoro::Task<bool> ProbeRun::resolve()
{
    // Through a proxy the proxy resolves the name; the hosts map is for direct connections.
    const auto mapped =
        m_viaProxy ? QHostAddress() : EndpointProber::mappedAddress(m_settings.cloud.hosts, m_host);
    if (!mapped.isNull()) {
        m_addresses.append(mapped);
        probe.addresses.append(addressText(mapped));
        m_evidence.append(hostsMapAddress(m_settings.cloud.hosts, m_host).isNull()
                              ? QCoreApplication::translate(
                                    "EndpointProber",
                                    "DNS not asked: .localhost names are loopback (RFC 6761), %1")
                                    .arg(addressText(mapped))
                              : QCoreApplication::translate(
                                    "EndpointProber", "DNS not asked: the cloud file maps %1 to %2")
                                    .arg(m_host, addressText(mapped)));
    } else if (!co_await lookUp()) {
        co_return false;
    }
    if (m_addresses.isEmpty()) {
        if (!m_viaProxy)
            co_return block(
                DiagnosisCause::DnsUnresolved,
                QCoreApplication::translate("EndpointProber", "no DNS answer for %1").arg(m_host));
        m_evidence.append(QCoreApplication::translate(
            "EndpointProber", "no DNS answer here; the proxy resolves names itself"));
    }
    probe.privateAddress =
        !m_addresses.isEmpty() &&
        std::all_of(m_addresses.cbegin(), m_addresses.cend(), [](const QHostAddress &address) {
            return DiagnosisClassifier::isPrivateAddress(address);
        });
    const bool privateLink =
        std::any_of(probe.cnameChain.cbegin(), probe.cnameChain.cend(), [](const QString &alias) {
            return alias.contains(QLatin1String(".privatelink."));
        });
    if (privateLink)
        m_evidence.append(QCoreApplication::translate(
            "EndpointProber", "a privatelink alias: the vault has a private endpoint"));
    report();
    co_return true;
}

// The system resolver for the addresses, and an A query beside it for the CNAME chain.
QCoro::Task<bool> ProbeRun::lookUp()
{
    auto hostLatch = Owned<Latch>(new Latch);
    auto dnsLatch = Owned<Latch>(new Latch);
    auto info = std::make_shared<QHostInfo>();
    const int lookupId = QHostInfo::lookupHost(
        m_host, hostLatch.get(), [info, latch = hostLatch.get()](const QHostInfo &result) {
            *info = result;
            latch->fire();
        });
    auto dns = Owned<QDnsLookup>(new QDnsLookup(QDnsLookup::A, m_host));
    QObject::connect(dns.get(), &QDnsLookup::finished, dnsLatch.get(), &Latch::fire);
    dns->lookup();
    const bool resolved = co_await waitFor(hostLatch.get(), m_timeout);
    if (!alive())
        co_return false; // the diagnosis is gone: stop here
    if (!resolved)
        QHostInfo::abortHostLookup(lookupId);
    // The CNAME chain is extra evidence: give it a moment more, not a full step.
    const bool chained = co_await waitFor(dnsLatch.get(), std::chrono::milliseconds(1500));
    if (!alive())
        co_return false;
    if (chained && dns->error() == QDnsLookup::NoError) {
        // Follow the chain from the name asked for, in order.
        auto name = m_host;
        const auto records = dns->canonicalNameRecords();
        for (int guard = 0; guard < 10; ++guard) {
            const auto next = std::find_if(
                records.cbegin(), records.cend(), [&name](const QDnsDomainNameRecord &record) {
                    return record.name().compare(name, Qt::CaseInsensitive) == 0;
                });
            if (next == records.cend())
                break;
            name = next->value();
            probe.cnameChain.append(name);
        }
    } else if (!dns->isFinished()) {
        dns->abort();
    }
    if (resolved && info->error() == QHostInfo::NoError) {
        for (const auto &address : info->addresses()) {
            m_addresses.append(address);
            probe.addresses.append(addressText(address));
        }
    }
    if (!probe.cnameChain.isEmpty())
        m_evidence.append(QCoreApplication::translate("EndpointProber", "CNAME %1")
                              .arg(probe.cnameChain.join(QStringLiteral(" → "))));
    if (!m_addresses.isEmpty())
        m_evidence.append(QCoreApplication::translate("EndpointProber", "resolves to %1")
                              .arg(probe.addresses.join(QStringLiteral(", "))));
    co_return true;
}

// TCP: to the endpoint itself, or to the proxy that will carry the connection.
QCoro::Task<bool> ProbeRun::connect()
{
    m_socket = Owned<QSslSocket>(new QSslSocket);
    m_socket->setProxy(QNetworkProxy::NoProxy);
    auto latch = Owned<Latch>(new Latch);
    QObject::connect(m_socket.get(), &QAbstractSocket::connected, latch.get(), &Latch::fire);
    QObject::connect(m_socket.get(), &QAbstractSocket::errorOccurred, latch.get(), &Latch::fire);
    QString target;
    if (m_viaProxy) {
        target = probe.proxy;
        m_socket->connectToHost(m_proxy.hostName(), m_proxy.port());
    } else {
        // IPv4 first: the vault firewall only has IPv4 rules.
        auto address = m_addresses.first();
        for (const auto &candidate : std::as_const(m_addresses)) {
            if (candidate.protocol() == QAbstractSocket::IPv4Protocol) {
                address = candidate;
                break;
            }
        }
        target = addressText(address) + QLatin1Char(':') + QString::number(m_port);
        m_socket->connectToHost(address, m_port);
    }
    const bool answered = co_await waitFor(latch.get(), m_timeout);
    if (!alive())
        co_return false;
    probe.tcpConnected = m_socket->state() == QAbstractSocket::ConnectedState;
    if (!*probe.tcpConnected)
        co_return tcpFailed(answered, target);
    m_evidence.append(
        QCoreApplication::translate("EndpointProber", "TCP to %1 connects").arg(target));
    report();
    co_return true;
}

bool ProbeRun::tcpFailed(bool answered, const QString &target)
{
    const auto error = answered ? m_socket->error() : QAbstractSocket::SocketTimeoutError;
    const auto errorText = m_socket->errorString();
    m_socket->abort();
    if (m_viaProxy)
        return block(
            DiagnosisCause::ProxyRequired,
            QCoreApplication::translate("EndpointProber", "the proxy %1 does not answer (%2)")
                .arg(target, error == QAbstractSocket::SocketTimeoutError
                                 ? QCoreApplication::translate("EndpointProber", "timed out")
                                 : errorText));
    if (const auto system = systemProxy(m_url); !system.isEmpty())
        // Direct traffic does not get out, and the system names a proxy Kluis does not use:
        // the usual corporate network where only the proxy reaches the internet.
        return block(DiagnosisCause::ProxyRequired,
                     QCoreApplication::translate(
                         "EndpointProber",
                         "TCP to %1 fails (%2); the system names the proxy %3, which "
                         "Kluis does not use")
                         .arg(target, errorText, system));
    if (probe.privateAddress)
        return block(
            DiagnosisCause::DnsPrivateAddress,
            QCoreApplication::translate("EndpointProber", "TCP to the private address %1 failed")
                .arg(target));
    if (error == QAbstractSocket::SocketTimeoutError)
        return block(
            DiagnosisCause::TcpTimeout,
            QCoreApplication::translate("EndpointProber", "TCP to %1: no answer within %2 s")
                .arg(target)
                .arg(m_timeout.count() / 1000));
    return block(
        DiagnosisCause::TcpRefused,
        QCoreApplication::translate("EndpointProber", "TCP to %1: %2").arg(target, errorText));
}

// Through a proxy: ask it for a tunnel (CONNECT host:port), as the network manager will.
QCoro::Task<bool> ProbeRun::tunnel()
{
    m_socket->abort();
    m_socket = Owned<QSslSocket>(new QSslSocket);
    m_socket->setProxy(m_proxy);
    auto latch = Owned<Latch>(new Latch);
    QObject::connect(m_socket.get(), &QAbstractSocket::connected, latch.get(), &Latch::fire);
    QObject::connect(m_socket.get(), &QAbstractSocket::errorOccurred, latch.get(), &Latch::fire);
    m_socket->connectToHost(m_host, m_port);
    const bool answered = co_await waitFor(latch.get(), m_timeout);
    if (!alive())
        co_return false;
    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        const auto error = answered ? m_socket->error() : QAbstractSocket::SocketTimeoutError;
        const auto why = answered ? m_socket->errorString()
                                  : QCoreApplication::translate("EndpointProber", "timed out");
        m_socket->abort();
        co_return block(
            causeOfSocketError(error),
            QCoreApplication::translate("EndpointProber", "the proxy %1 does not open %2: %3")
                .arg(probe.proxy, probe.endpoint.hostPort(), why));
    }
    m_evidence.append(QCoreApplication::translate("EndpointProber", "the proxy %1 opens %2")
                          .arg(probe.proxy, probe.endpoint.hostPort()));
    report();
    co_return true;
}

// TLS: the system roots, plus the cloud's CA for its own hosts (the pipeline's trust).
QCoro::Task<bool> ProbeRun::handshake()
{
    auto configuration = QSslConfiguration::defaultConfiguration();
    if (!m_settings.cloudCa.isEmpty() && m_settings.cloud.ownsHost(m_host))
        configuration.addCaCertificates(m_settings.cloudCa);
    m_socket->setSslConfiguration(configuration);
    m_socket->setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_socket->setPeerVerifyName(m_host);
    auto latch = Owned<Latch>(new Latch);
    struct Refusal
    {
        QList<QSslError> errors;
        QSslCertificate certificate;
    };
    auto refusal = std::make_shared<Refusal>();
    QObject::connect(m_socket.get(), &QSslSocket::encrypted, latch.get(), &Latch::fire);
    QObject::connect(m_socket.get(), &QAbstractSocket::errorOccurred, latch.get(), &Latch::fire);
    // The certificate that was presented, kept before the refused handshake is torn down.
    QObject::connect(m_socket.get(), &QSslSocket::sslErrors, latch.get(),
                     [refusal, s = m_socket.get()](const QList<QSslError> &errors) {
                         refusal->errors = errors;
                         refusal->certificate = s->peerCertificate();
                         for (const auto &error : errors) {
                             if (refusal->certificate.isNull())
                                 refusal->certificate = error.certificate();
                         }
                     });
    m_socket->startClientEncryption();
    const bool answered = co_await waitFor(latch.get(), m_timeout);
    if (!alive())
        co_return false;
    const auto certificate =
        m_socket->isEncrypted() ? m_socket->peerCertificate() : refusal->certificate;
    probe.tlsIssuer = EndpointProber::issuerText(certificate);
    probe.tlsSubject = EndpointProber::subjectText(certificate);
    if (m_socket->isEncrypted()) {
        probe.tlsTrusted = true;
        m_evidence.append(
            QCoreApplication::translate("EndpointProber", "TLS verified, certificate from %1")
                .arg(probe.tlsIssuer));
        report();
        m_socket->disconnectFromHost();
        co_return true;
    }
    if (!refusal->errors.isEmpty()) {
        probe.tlsTrusted = false;
        m_socket->abort();
        QStringList reasons;
        for (const auto &error : std::as_const(refusal->errors))
            reasons.append(error.errorString());
        reasons.removeDuplicates();
        co_return block(
            DiagnosisCause::TlsUntrusted,
            QCoreApplication::translate("EndpointProber",
                                        "TLS not trusted: certificate for \"%1\" from \"%2\" (%3)")
                .arg(probe.tlsSubject, probe.tlsIssuer, reasons.join(QStringLiteral(", "))));
    }
    const auto why = answered ? m_socket->errorString()
                              : QCoreApplication::translate("EndpointProber", "no answer");
    m_socket->abort();
    co_return block(
        answered ? DiagnosisCause::TcpRefused : DiagnosisCause::TcpTimeout,
        QCoreApplication::translate("EndpointProber", "TLS handshake failed: %1").arg(why));
}

// HTTP: GET /healthstatus (no token) through the manager, so its proxy applies. Key Vault sends
// x-ms-keyvault-network-info on every answer, with the address it sees.
QCoro::Task<bool> ProbeRun::askHealth()
{
    auto healthUrl = m_url;
    healthUrl.setPath(QStringLiteral("/healthstatus"));
    QNetworkRequest request(healthUrl);
    request.setTransferTimeout(static_cast<int>(m_timeout.count()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (!m_settings.cloudCa.isEmpty() && m_settings.cloud.ownsHost(m_host)) {
        auto ssl = request.sslConfiguration();
        ssl.addCaCertificates(m_settings.cloudCa);
        request.setSslConfiguration(ssl);
    }
    auto reply = Owned<QNetworkReply>(m_settings.nam->get(request));
    auto latch = Owned<Latch>(new Latch);
    QObject::connect(reply.get(), &QNetworkReply::finished, latch.get(), &Latch::fire);
    const bool answered = co_await waitFor(latch.get(), m_timeout + std::chrono::seconds(1));
    if (!alive())
        co_return false;
    if (!answered)
        reply->abort();
    probe.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const auto networkInfo = reply->rawHeader("x-ms-keyvault-network-info");
    probe.keyVaultAnswered = !networkInfo.isEmpty();
    probe.seenAddress = parseNetworkInfoAddress(networkInfo);
    if (probe.httpStatus == 0) {
        const auto error = answered ? reply->error() : QNetworkReply::TimeoutError;
        co_return block(DiagnosisClassifier::causeOfTransportError(error),
                        QCoreApplication::translate("EndpointProber", "GET /healthstatus: %1")
                            .arg(answered
                                     ? reply->errorString()
                                     : QCoreApplication::translate("EndpointProber", "no answer")));
    }
    if (!probe.keyVaultAnswered) {
        // Whatever answered is something else.
        const auto cause = probe.httpStatus == 407 ? DiagnosisCause::ProxyAuthRequired
                                                   : DiagnosisCause::ProxyDenied;
        co_return block(cause, QCoreApplication::translate(
                                   "EndpointProber",
                                   "GET /healthstatus: %1 without x-ms-keyvault-network-info: not "
                                   "Key Vault but something in between (a proxy or a portal)")
                                   .arg(probe.httpStatus));
    }
    m_evidence.append(
        QCoreApplication::translate(
            "EndpointProber", "GET /healthstatus: %1 from Key Vault, which sees this client as %2")
            .arg(probe.httpStatus)
            .arg(probe.seenAddress));
    co_return true;
}
} // namespace

QCoro::Task<EndpointProbe> EndpointProber::probe(FirewallEndpoint endpoint, ProbeSettings settings,
                                                 Progress progress, std::shared_ptr<bool> alive)
{
    if (!alive)
        alive = std::make_shared<bool>(true);
    if (endpoint.host.contains(QLatin1Char('*'))) {
        ProbeRun skipped(std::move(endpoint), std::move(settings), std::move(progress), alive);
        skipped.finish(EndpointProbe::State::Skipped,
                       QCoreApplication::translate(
                           "EndpointProber", "Not probed: stands for every vault of the cloud."));
        co_return skipped.probe;
    }
    const bool asksVault = endpoint.role == FirewallEndpoint::Role::Vault && settings.nam;
    ProbeRun run(std::move(endpoint), std::move(settings), std::move(progress), alive);
    if (!co_await run.resolve() || !co_await run.connect())
        co_return run.probe;
    if (run.plainHttp()) {
        run.finish(EndpointProbe::State::Reachable);
        co_return run.probe;
    }
    if (run.viaProxy() && !co_await run.tunnel())
        co_return run.probe;
    if (!co_await run.handshake())
        co_return run.probe;
    if (asksVault && !co_await run.askHealth())
        co_return run.probe;
    run.finish(EndpointProbe::State::Reachable);
    co_return run.probe;
}

} // namespace kluis::core
