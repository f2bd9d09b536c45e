#pragma once

#include <QHostAddress>
#include <QString>

#include <optional>

namespace kluis::emulator {

// The host names and ports the emulator answers on: login.NAME, management.NAME,
// graph.NAME and <vault>.vault.NAME, each role possibly on its own listener.
struct Endpoints
{
    QString domain = QStringLiteral("localhost");
    quint16 loginPort = 0;
    quint16 managementPort = 0;
    quint16 vaultPort = 0;
    QHostAddress loginAddress;
    QHostAddress managementAddress;
    QHostAddress vaultAddress;

    QString loginHost() const { return QStringLiteral("login.") + domain; }
    QString graphHost() const { return QStringLiteral("graph.") + domain; }
    QString managementHost() const { return QStringLiteral("management.") + domain; }
    QString vaultSuffix() const { return QStringLiteral("vault.") + domain; }

    // "https://login.NAME:PORT" — no trailing slash, as authorityHost is written.
    QString authorityHost() const;
    QString graph() const;
    // "https://management.NAME:PORT/"
    QString resourceManager() const;
    // "https://vault.NAME:PORT": the resource named in the vault's 401 challenge, a parent
    // domain of every vault host so the SDKs' challenge verification passes.
    QString vaultResource() const;
    // "https://<name>.vault.NAME:PORT/"
    QString vaultUri(const QString &vaultName) const;
    // The vault a host name addresses, if it is <name>.vault.NAME.
    std::optional<QString> vaultNameFromHost(const QString &host) const;

    static QString origin(const QString &host, quint16 port);
};

} // namespace kluis::emulator
