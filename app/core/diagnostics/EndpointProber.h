#pragma once

#include "diagnostics/Diagnosis.h"
#include "net/ProxySettings.h"

#include <QCoro/QCoroTask>
#include <QHostAddress>
#include <QNetworkProxy>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>

#include <chrono>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace kluis::core {

// What the probes share: the cloud (for its hosts map and its CA), the pipeline's proxy
// settings (the probes connect the way its requests do, through the same proxyFor()), its
// network manager (for the HTTP step), and how long one step may take.
struct ProbeSettings
{
    CloudProfile cloud;
    QList<QSslCertificate> cloudCa; // trusted for the cloud's own hosts, as HttpPipeline does
    QPointer<QNetworkAccessManager> nam;
    ProxySettings proxy; // HttpPipeline::networkSettings().proxy
    std::chrono::milliseconds stepTimeout{5000};
};

// Probes one endpoint: DNS, TCP connect, TLS handshake (port 443 endpoints), and for the vault
// GET /healthstatus through the network manager. Steps after a failed one stay unset. Never
// sends a token: /healthstatus needs none, and the TLS step only shakes hands.
class EndpointProber
{
public:
    using Progress = std::function<void(const EndpointProbe &)>;

    // `progress` is called after every step with the probe so far, unless `alive` went false.
    static QCoro::Task<EndpointProbe> probe(FirewallEndpoint endpoint, ProbeSettings settings,
                                            Progress progress, std::shared_ptr<bool> alive);

    // The address a cloud file's hosts map (or RFC 6761 for *.localhost) gives `host`; null
    // when the system resolver decides. Mirrors LocalHostTunnel::addressFor.
    static QHostAddress mappedAddress(const QMap<QString, QString> &hosts, const QString &host);
    // The proxy a probe of `url` goes through: the pipeline's (proxyFor() under its settings),
    // except for names the pipeline tunnels to a mapped address itself; NoProxy for direct.
    // It carries the credentials the pipeline would give the proxy.
    static QNetworkProxy proxyFor(const ProbeSettings &settings, const QUrl &url);
    // "CN, O" of a certificate's issuer (or subject).
    static QString issuerText(const QSslCertificate &certificate);
    static QString subjectText(const QSslCertificate &certificate);
};

namespace detail {
// Fires once; a coroutine waits for it with a timeout. Remembers a firing that came before
// the wait began.
class ProbeLatch : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    bool fired = false;
    void fire()
    {
        if (fired)
            return;
        fired = true;
        Q_EMIT done();
    }

Q_SIGNALS:
    void done();
};
} // namespace detail

} // namespace kluis::core
