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

QCoro::Task<EndpointProbe> EndpointProber::probe(FirewallEndpoint endpoint, ProbeSettings settings,
                                                 Progress progress, std::shared_ptr<bool> alive)
{
    if (!alive)
        alive = std::make_shared<bool>(true);
    EndpointProbe probe;
    probe.endpoint = endpoint;
    QElapsedTimer timer;
    timer.start();
    QStringList evidence;
    const auto report = [&]() {
        probe.elapsedMs = timer.elapsed();
        probe.evidence = evidence.join(QStringLiteral("; "));
        if (alive && *alive && progress)
            progress(probe);
    };
    const auto block = [&](DiagnosisCause cause, const QString &why) {
        probe.state = EndpointProbe::State::Blocked;
        probe.failure = cause;
        evidence.append(why);
        report();
    };
    const auto timeout = settings.stepTimeout;
    const auto host = endpoint.host;
    const auto port = static_cast<quint16>(endpoint.port);
    const bool plainHttp = endpoint.role == FirewallEndpoint::Role::CertificateRevocation;

    if (host.contains(QLatin1Char('*'))) {
        probe.state = EndpointProbe::State::Skipped;
        evidence.append(QCoreApplication::translate(
            "EndpointProber", "Not probed: stands for every vault of the cloud."));
        report();
        co_return probe;
    }

    QUrl url;
    url.setScheme(plainHttp ? QStringLiteral("http") : QStringLiteral("https"));
    url.setHost(host);
    url.setPort(endpoint.port);
    const auto proxy = proxyFor(settings, url);
    const bool viaProxy = proxy.type() != QNetworkProxy::NoProxy;
    // Through a proxy the proxy resolves the name; the hosts map is for direct connections.
    const auto mapped = viaProxy ? QHostAddress() : mappedAddress(settings.cloud.hosts, host);
    if (viaProxy)
        probe.proxy = proxy.hostName() + QLatin1Char(':') + QString::number(proxy.port());

    // DNS
    QList<QHostAddress> addresses;
    if (!mapped.isNull()) {
        addresses.append(mapped);
        probe.addresses.append(addressText(mapped));
        evidence.append(hostsMapAddress(settings.cloud.hosts, host).isNull()
                            ? QCoreApplication::translate(
                                  "EndpointProber", "DNS not asked: .localhost names are loopback "
                                                    "(RFC 6761), %1")
                                  .arg(addressText(mapped))
                            : QCoreApplication::translate(
                                  "EndpointProber", "DNS not asked: the cloud file maps %1 to %2")
                                  .arg(host, addressText(mapped)));
    } else {
        auto hostLatch = Owned<Latch>(new Latch);
        auto dnsLatch = Owned<Latch>(new Latch);
        auto info = std::make_shared<QHostInfo>();
        const int lookupId = QHostInfo::lookupHost(
            host, hostLatch.get(), [info, latch = hostLatch.get()](const QHostInfo &result) {
                *info = result;
                latch->fire();
            });
        auto dns = Owned<QDnsLookup>(new QDnsLookup(QDnsLookup::A, host));
        QObject::connect(dns.get(), &QDnsLookup::finished, dnsLatch.get(), &Latch::fire);
        dns->lookup();
        const bool resolved = co_await waitFor(hostLatch.get(), timeout);
        if (!*alive)
            co_return probe; // the diagnosis is gone: stop here
        if (!resolved)
            QHostInfo::abortHostLookup(lookupId);
        // The CNAME chain is extra evidence: give it a moment more, not a full step.
        const bool chained = co_await waitFor(dnsLatch.get(), std::chrono::milliseconds(1500));
        if (!*alive)
            co_return probe; // the diagnosis is gone: stop here
        if (chained && dns->error() == QDnsLookup::NoError) {
            // Follow the chain from the name asked for, in order.
            auto name = host;
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
        } else if (dns->isFinished() == false) {
            dns->abort();
        }
        if (resolved && info->error() == QHostInfo::NoError) {
            for (const auto &address : info->addresses()) {
                addresses.append(address);
                probe.addresses.append(addressText(address));
            }
        }
        if (!probe.cnameChain.isEmpty())
            evidence.append(QCoreApplication::translate("EndpointProber", "CNAME %1")
                                .arg(probe.cnameChain.join(QStringLiteral(" → "))));
        if (!addresses.isEmpty())
            evidence.append(QCoreApplication::translate("EndpointProber", "resolves to %1")
                                .arg(probe.addresses.join(QStringLiteral(", "))));
    }
    if (addresses.isEmpty()) {
        if (!viaProxy) {
            block(DiagnosisCause::DnsUnresolved,
                  QCoreApplication::translate("EndpointProber", "no DNS answer for %1").arg(host));
            co_return probe;
        }
        evidence.append(QCoreApplication::translate(
            "EndpointProber", "no DNS answer here; the proxy resolves names itself"));
    }
    probe.privateAddress =
        !addresses.isEmpty() &&
        std::all_of(addresses.cbegin(), addresses.cend(), [](const QHostAddress &address) {
            return DiagnosisClassifier::isPrivateAddress(address);
        });
    const bool privateLink =
        std::any_of(probe.cnameChain.cbegin(), probe.cnameChain.cend(), [](const QString &alias) {
            return alias.contains(QLatin1String(".privatelink."));
        });
    if (privateLink)
        evidence.append(QCoreApplication::translate(
            "EndpointProber", "a privatelink alias: the vault has a private endpoint"));
    report();

    // TCP: to the endpoint itself, or to the proxy that will carry the connection.
    auto socket = Owned<QSslSocket>(new QSslSocket);
    socket->setProxy(QNetworkProxy::NoProxy);
    {
        auto latch = Owned<Latch>(new Latch);
        QObject::connect(socket.get(), &QAbstractSocket::connected, latch.get(), &Latch::fire);
        QObject::connect(socket.get(), &QAbstractSocket::errorOccurred, latch.get(), &Latch::fire);
        QString target;
        if (viaProxy) {
            target = probe.proxy;
            socket->connectToHost(proxy.hostName(), proxy.port());
        } else {
            // IPv4 first: the vault firewall only has IPv4 rules.
            auto address = addresses.first();
            for (const auto &candidate : addresses) {
                if (candidate.protocol() == QAbstractSocket::IPv4Protocol) {
                    address = candidate;
                    break;
                }
            }
            target = addressText(address) + QLatin1Char(':') + QString::number(port);
            socket->connectToHost(address, port);
        }
        const bool answered = co_await waitFor(latch.get(), timeout);
        if (!*alive)
            co_return probe; // the diagnosis is gone: stop here
        probe.tcpConnected = socket->state() == QAbstractSocket::ConnectedState;
        if (!*probe.tcpConnected) {
            const auto error = answered ? socket->error() : QAbstractSocket::SocketTimeoutError;
            socket->abort();
            if (viaProxy) {
                block(DiagnosisCause::ProxyRequired,
                      QCoreApplication::translate("EndpointProber",
                                                  "the proxy %1 does not answer (%2)")
                          .arg(target,
                               error == QAbstractSocket::SocketTimeoutError
                                   ? QCoreApplication::translate("EndpointProber", "timed out")
                                   : socket->errorString()));
            } else if (const auto system = systemProxy(url); !system.isEmpty()) {
                // Direct traffic does not get out, and the system names a proxy Kluis does not
                // use: the usual corporate network where only the proxy reaches the internet.
                block(DiagnosisCause::ProxyRequired,
                      QCoreApplication::translate("EndpointProber",
                                                  "TCP to %1 fails (%2); the system names the "
                                                  "proxy %3, which Kluis does not use")
                          .arg(target, socket->errorString(), system));
            } else if (probe.privateAddress) {
                block(DiagnosisCause::DnsPrivateAddress,
                      QCoreApplication::translate("EndpointProber",
                                                  "TCP to the private address %1 failed")
                          .arg(target));
            } else if (error == QAbstractSocket::SocketTimeoutError) {
                block(DiagnosisCause::TcpTimeout,
                      QCoreApplication::translate("EndpointProber",
                                                  "TCP to %1: no answer within %2 s")
                          .arg(target)
                          .arg(timeout.count() / 1000));
            } else {
                block(DiagnosisCause::TcpRefused,
                      QCoreApplication::translate("EndpointProber", "TCP to %1: %2")
                          .arg(target, socket->errorString()));
            }
            co_return probe;
        }
        evidence.append(
            QCoreApplication::translate("EndpointProber", "TCP to %1 connects").arg(target));
        report();
    }

    if (plainHttp) {
        socket->abort();
        probe.state = EndpointProbe::State::Reachable;
        report();
        co_return probe;
    }

    // Through a proxy: ask it for a tunnel (CONNECT host:port), as the network manager will.
    if (viaProxy) {
        socket->abort();
        socket = Owned<QSslSocket>(new QSslSocket);
        socket->setProxy(proxy);
        auto latch = Owned<Latch>(new Latch);
        QObject::connect(socket.get(), &QAbstractSocket::connected, latch.get(), &Latch::fire);
        QObject::connect(socket.get(), &QAbstractSocket::errorOccurred, latch.get(), &Latch::fire);
        socket->connectToHost(host, port);
        const bool answered = co_await waitFor(latch.get(), timeout);
        if (!*alive)
            co_return probe; // the diagnosis is gone: stop here
        if (socket->state() != QAbstractSocket::ConnectedState) {
            const auto error = answered ? socket->error() : QAbstractSocket::SocketTimeoutError;
            const auto why = answered ? socket->errorString()
                                      : QCoreApplication::translate("EndpointProber", "timed out");
            socket->abort();
            block(causeOfSocketError(error),
                  QCoreApplication::translate("EndpointProber", "the proxy %1 does not open %2: %3")
                      .arg(probe.proxy, endpoint.hostPort(), why));
            co_return probe;
        }
        evidence.append(QCoreApplication::translate("EndpointProber", "the proxy %1 opens %2")
                            .arg(probe.proxy, endpoint.hostPort()));
        report();
    }

    // TLS: the system roots, plus the cloud's CA for its own hosts (the pipeline's trust).
    {
        auto configuration = QSslConfiguration::defaultConfiguration();
        if (!settings.cloudCa.isEmpty() && settings.cloud.ownsHost(host))
            configuration.addCaCertificates(settings.cloudCa);
        socket->setSslConfiguration(configuration);
        socket->setPeerVerifyMode(QSslSocket::VerifyPeer);
        socket->setPeerVerifyName(host);
        auto latch = Owned<Latch>(new Latch);
        struct Refusal
        {
            QList<QSslError> errors;
            QSslCertificate certificate;
        };
        auto refusal = std::make_shared<Refusal>();
        QObject::connect(socket.get(), &QSslSocket::encrypted, latch.get(), &Latch::fire);
        QObject::connect(socket.get(), &QAbstractSocket::errorOccurred, latch.get(), &Latch::fire);
        // The certificate that was presented, kept before the refused handshake is torn down.
        QObject::connect(socket.get(), &QSslSocket::sslErrors, latch.get(),
                         [refusal, s = socket.get()](const QList<QSslError> &errors) {
                             refusal->errors = errors;
                             refusal->certificate = s->peerCertificate();
                             for (const auto &error : errors) {
                                 if (refusal->certificate.isNull())
                                     refusal->certificate = error.certificate();
                             }
                         });
        socket->startClientEncryption();
        const bool answered = co_await waitFor(latch.get(), timeout);
        if (!*alive)
            co_return probe; // the diagnosis is gone: stop here
        const auto sslErrors = &refusal->errors;
        const auto certificate =
            socket->isEncrypted() ? socket->peerCertificate() : refusal->certificate;
        probe.tlsIssuer = issuerText(certificate);
        probe.tlsSubject = subjectText(certificate);
        if (socket->isEncrypted()) {
            probe.tlsTrusted = true;
            evidence.append(
                QCoreApplication::translate("EndpointProber", "TLS verified, certificate from %1")
                    .arg(probe.tlsIssuer));
            report();
        } else if (!sslErrors->isEmpty()) {
            probe.tlsTrusted = false;
            socket->abort();
            QStringList reasons;
            for (const auto &error : *sslErrors)
                reasons.append(error.errorString());
            reasons.removeDuplicates();
            block(DiagnosisCause::TlsUntrusted,
                  QCoreApplication::translate("EndpointProber",
                                              "TLS not trusted: certificate for \"%1\" from "
                                              "\"%2\" (%3)")
                      .arg(probe.tlsSubject, probe.tlsIssuer, reasons.join(QStringLiteral(", "))));
            co_return probe;
        } else {
            const auto why = answered ? socket->errorString()
                                      : QCoreApplication::translate("EndpointProber", "no answer");
            socket->abort();
            block(
                answered ? DiagnosisCause::TcpRefused : DiagnosisCause::TcpTimeout,
                QCoreApplication::translate("EndpointProber", "TLS handshake failed: %1").arg(why));
            co_return probe;
        }
        socket->disconnectFromHost();
    }

    if (endpoint.role != FirewallEndpoint::Role::Vault || !settings.nam) {
        probe.state = EndpointProbe::State::Reachable;
        report();
        co_return probe;
    }

    // HTTP: GET /healthstatus (no token) through the manager, so its proxy applies.
    {
        auto healthUrl = url;
        healthUrl.setPath(QStringLiteral("/healthstatus"));
        QNetworkRequest request(healthUrl);
        request.setTransferTimeout(static_cast<int>(timeout.count()));
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        if (!settings.cloudCa.isEmpty() && settings.cloud.ownsHost(host)) {
            auto ssl = request.sslConfiguration();
            ssl.addCaCertificates(settings.cloudCa);
            request.setSslConfiguration(ssl);
        }
        auto reply = Owned<QNetworkReply>(settings.nam->get(request));
        auto latch = Owned<Latch>(new Latch);
        QObject::connect(reply.get(), &QNetworkReply::finished, latch.get(), &Latch::fire);
        const bool answered = co_await waitFor(latch.get(), timeout + std::chrono::seconds(1));
        if (!*alive)
            co_return probe; // the diagnosis is gone: stop here
        if (!answered)
            reply->abort();
        probe.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const auto networkInfo = reply->rawHeader("x-ms-keyvault-network-info");
        probe.keyVaultAnswered = !networkInfo.isEmpty();
        probe.seenAddress = parseNetworkInfoAddress(networkInfo);
        if (probe.httpStatus == 0) {
            const auto error = answered ? reply->error() : QNetworkReply::TimeoutError;
            block(DiagnosisClassifier::causeOfTransportError(error),
                  QCoreApplication::translate("EndpointProber", "GET /healthstatus: %1")
                      .arg(answered ? reply->errorString()
                                    : QCoreApplication::translate("EndpointProber", "no answer")));
            co_return probe;
        }
        if (!probe.keyVaultAnswered) {
            // Key Vault sends the header on every answer: whatever answered is something else.
            const auto cause = probe.httpStatus == 407 ? DiagnosisCause::ProxyAuthRequired
                                                       : DiagnosisCause::ProxyDenied;
            block(cause, QCoreApplication::translate(
                             "EndpointProber",
                             "GET /healthstatus: %1 without x-ms-keyvault-network-info: not "
                             "Key Vault but something in between (a proxy or a portal)")
                             .arg(probe.httpStatus));
            co_return probe;
        }
        evidence.append(QCoreApplication::translate(
                            "EndpointProber",
                            "GET /healthstatus: %1 from Key Vault, which sees this client as %2")
                            .arg(probe.httpStatus)
                            .arg(probe.seenAddress));
    }
    probe.state = EndpointProbe::State::Reachable;
    report();
    co_return probe;
}

} // namespace kluis::core
