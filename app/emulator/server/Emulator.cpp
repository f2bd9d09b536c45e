#include "Emulator.h"

#include "auth/ClientCertificates.h"
#include "seed/DemoSeed.h"

#include <QDir>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcEmulator, "kluis.emulator", QtInfoMsg)

namespace kluis::emulator {

namespace {
QString stateDir(const EmulatorOptions &options)
{
    return options.inMemory ? QString() : options.dataDir;
}

QStringList addressesFor(const QHostAddress &address)
{
    if (address == QHostAddress::Any || address == QHostAddress::AnyIPv4 ||
        address == QHostAddress::AnyIPv6)
        return {QStringLiteral("127.0.0.1"), QStringLiteral("::1")};
    return {address.toString()};
}
} // namespace

Emulator::Emulator(EmulatorOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_state(stateDir(m_options))
    , m_ca(QDir(m_options.dataDir).absoluteFilePath(QStringLiteral("tls")))
    , m_issuer(m_state, m_endpoints)
    , m_throttle(m_options.throttleLimit, m_options.throttleRetryAfter)
    , m_tokens(m_state, m_endpoints, m_issuer)
    , m_graph(m_state, m_endpoints, m_issuer)
    , m_arm(m_state, m_endpoints, m_issuer)
    , m_vaults(m_state, m_endpoints, m_issuer, m_throttle)
{
    m_endpoints.domain = m_options.domain;
    m_arm.setVaultsChangedCallback([this] { writeCloudDescription(); });
}

Emulator::~Emulator() = default;

QString Emulator::cloudFile() const
{
    return QDir(m_options.dataDir).absoluteFilePath(QStringLiteral("cloud.json"));
}

bool Emulator::start(QString *error)
{
    if (!QDir().mkpath(m_options.dataDir)) {
        *error = QStringLiteral("cannot create %1").arg(m_options.dataDir);
        return false;
    }
    if (!m_state.load(error))
        return false;
    if (m_state.isNew()) {
        if (m_options.seed == QLatin1String("demo"))
            DemoSeed::seedDemo(m_state);
        else
            DemoSeed::seedEmpty(m_state);
    }
    if (!m_state.roleAssignmentsRecorded && !m_state.clients.isEmpty()) {
        DemoSeed::seedRoleAssignments(m_state);
        m_state.saveMeta();
    }
    for (const auto &[vault, count] : std::as_const(m_options.seedCounts))
        DemoSeed::seedCount(m_state, vault, count);
    ClientCertificates::ensure(m_state, m_options.dataDir);
    if (m_state.isNew() || !m_options.seedCounts.isEmpty())
        m_state.compact();

    struct Listener
    {
        ListenAddress address;
        int roles;
    };
    std::vector<Listener> listeners;
    int shared = Login | Management | VaultRole;
    if (m_options.listenLogin) {
        listeners.push_back({*m_options.listenLogin, Login});
        shared &= ~Login;
    }
    if (m_options.listenManagement) {
        listeners.push_back({*m_options.listenManagement, Management});
        shared &= ~Management;
    }
    if (m_options.listenVault) {
        listeners.push_back({*m_options.listenVault, VaultRole});
        shared &= ~VaultRole;
    }
    if (m_options.listen && shared != 0)
        listeners.push_back({*m_options.listen, shared});

    const QString domain = m_endpoints.domain;
    QStringList dnsNames{m_endpoints.loginHost(),
                         m_endpoints.graphHost(),
                         m_endpoints.managementHost(),
                         m_endpoints.vaultSuffix(),
                         QStringLiteral("*.") + m_endpoints.vaultSuffix(),
                         domain};
    QStringList ipAddresses;
    for (const auto &listener : listeners) {
        for (const auto &address : addressesFor(listener.address.address)) {
            if (!ipAddresses.contains(address))
                ipAddresses << address;
        }
    }
    if (!m_ca.prepare(dnsNames, ipAddresses, error))
        return false;

    if (m_options.enableFaults)
        m_faults = std::make_unique<FaultInjector>(m_endpoints.managementHost());

    HttpsFrontend::Options frontendOptions;
    frontendOptions.nat = m_options.nat;
    frontendOptions.decorate = [this](const ApiRequest &request, ApiResponse &response) {
        if (const auto vault = m_endpoints.vaultNameFromHost(request.host))
            m_vaults.decorate(response, m_state.vault(*vault), request);
    };
    for (const auto &listener : listeners) {
        const int roles = listener.roles;
        auto *frontend = new HttpsFrontend(
            m_ca.serverConfiguration(),
            [this, roles](const ApiRequest &request) { return dispatch(roles, request); },
            m_faults.get(), frontendOptions, this);
        const auto port = frontend->listen(listener.address.address, listener.address.port);
        if (port == 0) {
            *error = QStringLiteral("cannot listen on %1:%2")
                         .arg(listener.address.address.toString())
                         .arg(listener.address.port);
            return false;
        }
        m_frontends.push_back(frontend);
        if (roles & Login) {
            m_endpoints.loginPort = port;
            m_endpoints.loginAddress = listener.address.address;
        }
        if (roles & Management) {
            m_endpoints.managementPort = port;
            m_endpoints.managementAddress = listener.address.address;
        }
        if (roles & VaultRole) {
            m_endpoints.vaultPort = port;
            m_endpoints.vaultAddress = listener.address.address;
        }
    }

    if (!writeCloudDescription()) {
        *error = QStringLiteral("cannot write %1").arg(cloudFile());
        return false;
    }
    qCInfo(lcEmulator).noquote() << "kluis-emulator serving" << m_endpoints.authorityHost()
                                 << m_endpoints.resourceManager() << m_endpoints.vaultResource()
                                 << "- cloud profile:" << cloudFile();
    return true;
}

bool Emulator::writeCloudDescription()
{
    CloudDescription::Extras extras;
    extras.caFile = m_ca.caFile();
    extras.faultsEnabled = m_options.enableFaults;
    extras.dataDir = m_options.dataDir;
    if (m_options.nat)
        extras.nat = m_options.nat->toString();
    return CloudDescription::write(cloudFile(),
                                   CloudDescription::build(m_endpoints, m_state, extras));
}

ApiResponse Emulator::dispatch(int roles, const ApiRequest &request)
{
    if ((roles & Login) && request.host == m_endpoints.loginHost())
        return m_tokens.handle(request);
    if ((roles & Login) && request.host == m_endpoints.graphHost())
        return m_graph.handle(request);
    if ((roles & Management) && request.host == m_endpoints.managementHost())
        return m_arm.handle(request);
    if (roles & VaultRole) {
        if (const auto vault = m_endpoints.vaultNameFromHost(request.host))
            return m_vaults.handle(*vault, request);
    }
    return ApiResponse::error(
        404, QStringLiteral("UnknownHost"),
        QStringLiteral("This endpoint does not serve the host '%1'.").arg(request.host));
}

} // namespace kluis::emulator
