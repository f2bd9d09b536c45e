#include "FirewallDiagnosis.h"

#include "clients/ArmClient.h"
#include "diagnostics/DiagnosisClassifier.h"
#include "diagnostics/EndpointProber.h"
#include "net/HttpPipeline.h"

#include <QCoreApplication>
#include <QCoro/QCoroSignal>
#include <QNetworkInterface>

namespace kluis::core {

namespace {

QString addressText(const QHostAddress &address)
{
    bool v4 = false;
    const auto ipv4 = address.toIPv4Address(&v4);
    if (v4)
        return QHostAddress(ipv4).toString();
    auto copy = address;
    copy.setScopeId({});
    return copy.toString();
}

// Resource Manager through the pipeline may retry for a minute; the diagnosis waits for it only
// so long, and the late answer is dropped.
QCoro::Task<void> loadInto(QPointer<HttpPipeline> pipeline, QUrl vaultUri, QString subscription,
                           QString group, std::shared_ptr<std::optional<VaultNetworkView>> out,
                           QPointer<detail::ProbeLatch> latch)
{
    auto view =
        co_await FirewallDiagnosis::loadNetworkView(pipeline, vaultUri, subscription, group);
    *out = std::move(view);
    if (latch)
        latch->fire();
}

} // namespace

FirewallDiagnosis::FirewallDiagnosis(HttpPipeline *pipeline, Request request, QObject *parent)
    : QObject(parent)
    , m_pipeline(pipeline)
    , m_request(std::move(request))
{
    m_diagnosis.vaultUri = m_request.vaultUri;
    m_diagnosis.failure = m_request.failure;
    if (pipeline) {
        const auto &cloud = pipeline->cloud();
        m_diagnosis.cloudName = cloud.name;
        m_diagnosis.allowList = cloud.firewallEndpoints();
        for (const auto &endpoint : endpointsFor(cloud, m_request.vaultUri)) {
            EndpointProbe probe;
            probe.endpoint = endpoint;
            m_diagnosis.endpoints.append(probe);
        }
    }
}

FirewallDiagnosis::~FirewallDiagnosis()
{
    *m_alive = false;
}

QList<FirewallEndpoint> FirewallDiagnosis::endpointsFor(const CloudProfile &cloud,
                                                        const QUrl &vaultUri)
{
    auto endpoints = cloud.firewallEndpoints();
    for (auto &endpoint : endpoints) {
        if (endpoint.role == FirewallEndpoint::Role::Vault && !vaultUri.host().isEmpty()) {
            endpoint.host = vaultUri.host();
            endpoint.port = vaultUri.port(cloud.vaultPort);
        }
    }
    return endpoints;
}

QCoro::Task<VaultNetworkView> FirewallDiagnosis::loadNetworkView(QPointer<HttpPipeline> pipeline,
                                                                 QUrl vaultUri,
                                                                 QString subscriptionId,
                                                                 QString resourceGroup)
{
    VaultNetworkView view;
    if (!pipeline || !pipeline->credential()) {
        view.error = AzureError::auth(QCoreApplication::translate(
            "Diagnosis", "Not signed in: Resource Manager was not asked."));
        co_return view;
    }
    const auto name = vaultUri.host().section(QLatin1Char('.'), 0, 0);
    ArmClient arm(pipeline, pipeline->cloud().tenantId);
    if (subscriptionId.isEmpty() || resourceGroup.isEmpty()) {
        auto all = co_await arm.listAllVaults();
        if (!all) {
            view.error = all.error();
            co_return view;
        }
        for (const auto &vault : all.value()) {
            const bool sameHost =
                vault.properties.vaultUri.host().compare(vaultUri.host(), Qt::CaseInsensitive) == 0;
            if (sameHost || vault.name.compare(name, Qt::CaseInsensitive) == 0) {
                subscriptionId = vault.subscriptionId;
                resourceGroup = vault.resourceGroup;
                if (sameHost)
                    break;
            }
        }
        if (subscriptionId.isEmpty() || resourceGroup.isEmpty()) {
            view.error =
                AzureError::usage(QCoreApplication::translate(
                                      "Diagnosis", "The vault %1 is in none of your subscriptions.")
                                      .arg(name));
            co_return view;
        }
    }
    if (!pipeline) {
        view.error = AzureError::cancelled();
        co_return view;
    }
    auto vault = co_await arm.getVault(subscriptionId, resourceGroup, name);
    view.subscriptionId = subscriptionId;
    view.resourceGroup = resourceGroup;
    if (!vault) {
        view.error = vault.error();
        co_return view;
    }
    const auto &properties = vault->properties;
    view.loaded = true;
    view.publicNetworkAccess = properties.publicNetworkAccess;
    view.rules = properties.networkAcls;
    view.privateEndpointConnections = properties.privateEndpointConnectionIds;
    // A vault in no perimeter, or a Resource Manager without the call, is simply in none.
    if (pipeline) {
        auto perimeters = co_await arm.listPerimeterConfigurations(vault->id);
        if (perimeters)
            view.perimeters = perimeters.value();
    }
    co_return view;
}

QCoro::Task<Diagnosis> FirewallDiagnosis::run()
{
    if (m_running || !m_pipeline)
        co_return m_diagnosis;
    m_running = true;
    QPointer<FirewallDiagnosis> self(this);
    const auto alive = m_alive;

    m_diagnosis.started = QDateTime::currentDateTimeUtc();
    for (const auto &address : QNetworkInterface::allAddresses())
        m_diagnosis.localAddresses.append(addressText(address));

    ProbeSettings settings;
    settings.cloud = m_pipeline->cloud();
    if (!settings.cloud.caFile.isEmpty())
        settings.cloudCa = QSslCertificate::fromPath(settings.cloud.caFile, QSsl::Pem);
    settings.nam = m_pipeline->networkAccessManager();
    settings.proxy = m_pipeline->networkSettings().proxy;
    settings.stepTimeout = m_stepTimeout;

    // Everything starts at once (QCoro tasks run eagerly up to their first wait).
    auto networkOut = std::make_shared<std::optional<VaultNetworkView>>();
    auto *networkLatch = new detail::ProbeLatch(this);
    loadInto(m_pipeline, m_request.vaultUri, m_request.subscriptionId, m_request.resourceGroup,
             networkOut, networkLatch);

    std::vector<QCoro::Task<EndpointProbe>> probes;
    for (int i = 0; i < m_diagnosis.endpoints.size(); ++i) {
        auto progress = [self, i](const EndpointProbe &probe) {
            if (!self || i >= self->m_diagnosis.endpoints.size())
                return;
            self->m_diagnosis.endpoints[i] = probe;
            Q_EMIT self->endpointUpdated(i);
        };
        probes.push_back(
            EndpointProber::probe(m_diagnosis.endpoints.at(i).endpoint, settings, progress, alive));
    }
    for (size_t i = 0; i < probes.size(); ++i) {
        auto probe = co_await probes[i];
        if (!self || !*alive)
            co_return Diagnosis{};
        m_diagnosis.endpoints[static_cast<int>(i)] = probe;
    }

    if (!networkLatch->fired) {
        co_await qCoro(networkLatch, &detail::ProbeLatch::done, m_networkTimeout);
        if (!self || !*alive)
            co_return Diagnosis{};
    }
    if (*networkOut) {
        m_diagnosis.network = std::move(**networkOut);
    } else {
        m_diagnosis.network.error = AzureError::transport(
            QNetworkReply::TimeoutError,
            QCoreApplication::translate("Diagnosis", "Resource Manager did not answer in time."));
    }
    Q_EMIT networkLoaded();

    auto classified = DiagnosisClassifier::classify(m_diagnosis);
    classified.finished = QDateTime::currentDateTimeUtc();
    m_diagnosis = classified;
    Q_EMIT finished(m_diagnosis);
    co_return m_diagnosis;
}

} // namespace kluis::core
