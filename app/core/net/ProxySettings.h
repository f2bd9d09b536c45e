#pragma once

#include "common/Result.h"
#include "net/SystemProxyResolver.h"

#include <QCoro/QCoroTask>
#include <QJsonObject>
#include <QMutex>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

namespace kluis::core {

// How Kluis reaches the internet. The password is never written to settings files: it lives in
// the keychain (storePassword / loadPassword) and is only held here in memory.
struct ProxySettings
{
    enum class Mode
    {
        System, // HTTPS_PROXY / NO_PROXY from the environment, else the desktop's settings
        None,   // direct connections
        Manual, // host:port below
    };

    Mode mode = Mode::System;
    QString host;
    quint16 port = 0;
    QString user;
    QString password; // in memory only; see loadPassword()
    QString noProxy;  // Manual: hosts reached directly, NO_PROXY syntax
    // Test only: send the .localhost names and the cloud's `hosts` map through the proxy too
    // (the proxy must then resolve them itself) instead of Kluis's own loopback tunnel.
    bool proxyLocalNames = false;

    // "http://user:password@host:port", "host:port", "none", "system". Empty on a bad URL.
    static std::optional<ProxySettings> fromUrl(const QString &url);
    // Without the password.
    QJsonObject toJson() const;
    static ProxySettings fromJson(const QJsonObject &object);
    static QString modeName(Mode mode);
    // The mode modeName() names; System for any other name.
    static Mode modeFromName(const QString &name);

    // The keychain entry for the manual proxy's password.
    QString keychainKey() const;
    QCoro::Task<Status> storePassword(QString password) const;
    // Fills `password` from the keychain; an absent entry leaves it empty.
    QCoro::Task<Result<ProxySettings>> loadPassword() const;

    friend bool operator==(const ProxySettings &, const ProxySettings &) = default;
};

// The proxies for one query under `settings`, ignoring the .localhost tunnel. They carry no
// credentials: Qt asks for them (proxyAuthenticationRequired) and caches the answer. This is
// the one proxy resolution of Kluis: the pipeline's network manager asks it for every request,
// and whatever connects outside the manager (the diagnosis' probes) asks proxyFor() below.
QList<QNetworkProxy> proxiesFor(const ProxySettings &settings, SystemProxyResolver &system,
                                const QNetworkProxyQuery &query);
// The proxy a connection to `url` goes through under `settings` (the first of proxiesFor()),
// or NoProxy for a direct one.
QNetworkProxy proxyFor(const ProxySettings &settings, SystemProxyResolver &system, const QUrl &url);

} // namespace kluis::core
