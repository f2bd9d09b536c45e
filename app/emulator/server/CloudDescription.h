#pragma once

#include "Endpoints.h"
#include "state/EmulatorState.h"

#include <QJsonObject>
#include <QString>

namespace kluis::emulator {

// DIR/cloud.json: what a client needs to use this emulator, and at the same time a Kluis
// custom cloud profile. Keys: name, authorityHost, tenantId, resourceManager,
// resourceManagerScope, graph, vaultSuffix, vaultPort, vaultScope, caFile, hosts,
// subscriptions, vaults, clients (certificateFile: PEM with the private key, for clients
// with a certificate), publicClientId, faultsUrl (with --enable-faults), nat.
class CloudDescription
{
public:
    struct Extras
    {
        QString caFile;
        bool faultsEnabled = false;
        QString nat;
        // Where client certificate files live (DATA-DIR/clients/<clientId>.pem).
        QString dataDir;
    };

    static QJsonObject build(const Endpoints &endpoints, const EmulatorState &state,
                             const Extras &extras);
    // Written atomically: a reader sees the old file or the new one, never half of one.
    static bool write(const QString &path, const QJsonObject &description);

    // The public client (device code, browser sign-in) every emulator accepts.
    static QString publicClientId();
};

} // namespace kluis::emulator
