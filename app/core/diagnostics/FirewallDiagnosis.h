#pragma once

#include "diagnostics/Diagnosis.h"

#include <QCoro/QCoroTask>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <memory>

namespace kluis::core {

class HttpPipeline;

// Runs a diagnosis for one vault: the probes of every endpoint the vault's cloud needs, in
// parallel with short timeouts, the vault's network rules from Resource Manager, then the
// classifier. Reports progress so a window can fill its table live. Uses the pipeline's cloud,
// credential and proxy; never sends a token anywhere the pipeline would not.
class FirewallDiagnosis : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QUrl vaultUri;
        std::optional<AzureError> failure; // the call that failed, when there was one
        QString subscriptionId;            // when known (navigator), spares a lookup
        QString resourceGroup;
    };

    FirewallDiagnosis(HttpPipeline *pipeline, Request request, QObject *parent = nullptr);
    ~FirewallDiagnosis() override;

    // How long one probe step may take (DNS, TCP, TLS, HTTP each), and Resource Manager in all.
    void setStepTimeout(std::chrono::milliseconds timeout) { m_stepTimeout = timeout; }
    void setNetworkTimeout(std::chrono::milliseconds timeout) { m_networkTimeout = timeout; }

    // The endpoints a diagnosis of `vaultUri` probes: the cloud's firewall endpoints with the
    // vault's own host in place of the wildcard.
    static QList<FirewallEndpoint> endpointsFor(const CloudProfile &cloud, const QUrl &vaultUri);
    // Resource Manager's view of the vault's network gates (finds the vault through every
    // subscription when the subscription or resource group is not given).
    static QCoro::Task<VaultNetworkView> loadNetworkView(QPointer<HttpPipeline> pipeline,
                                                         QUrl vaultUri, QString subscriptionId,
                                                         QString resourceGroup);

    // Runs once; finished() is emitted with the same value. Cancelled when this object goes.
    QCoro::Task<Diagnosis> run();
    const Diagnosis &current() const { return m_diagnosis; }

Q_SIGNALS:
    void endpointUpdated(int index); // current().endpoints[index] changed
    void networkLoaded();            // current().network is filled in
    void finished(const kluis::core::Diagnosis &diagnosis);

private:
    QPointer<HttpPipeline> m_pipeline;
    Request m_request;
    Diagnosis m_diagnosis;
    std::chrono::milliseconds m_stepTimeout{5000};
    std::chrono::milliseconds m_networkTimeout{20000};
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
    bool m_running = false;
};

} // namespace kluis::core
