#pragma once

#include "diagnostics/Diagnosis.h"

#include <QCoro/QCoroTask>
#include <QObject>
#include <QPointer>

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
};

} // namespace kluis::core
