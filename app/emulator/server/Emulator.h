#pragma once

#include "CloudDescription.h"
#include "EmulatorOptions.h"
#include "Endpoints.h"
#include "access/Throttle.h"
#include "arm/ResourceManagerService.h"
#include "auth/GraphService.h"
#include "auth/TokenIssuer.h"
#include "auth/TokenService.h"
#include "faults/FaultInjector.h"
#include "http/HttpsFrontend.h"
#include "state/EmulatorState.h"
#include "tls/CertificateAuthority.h"
#include "vault/VaultService.h"

#include <QObject>

#include <memory>
#include <vector>

namespace kluis::emulator {

// Wires the parts: state, TLS, listeners (one per role or shared), services, cloud.json.
class Emulator : public QObject
{
    Q_OBJECT

public:
    enum Role
    {
        Login = 1,
        Management = 2,
        VaultRole = 4
    };

    explicit Emulator(EmulatorOptions options, QObject *parent = nullptr);
    ~Emulator() override;

    bool start(QString *error);
    const Endpoints &endpoints() const { return m_endpoints; }
    QString cloudFile() const;

private:
    ApiResponse dispatch(int roles, const ApiRequest &request);
    bool writeCloudDescription();

    EmulatorOptions m_options;
    Endpoints m_endpoints;
    EmulatorState m_state;
    CertificateAuthority m_ca;
    TokenIssuer m_issuer;
    Throttle m_throttle;
    std::unique_ptr<FaultInjector> m_faults;
    TokenService m_tokens;
    GraphService m_graph;
    ResourceManagerService m_arm;
    VaultService m_vaults;
    std::vector<HttpsFrontend *> m_frontends;
};

} // namespace kluis::emulator
