#pragma once

#include "cloud/CloudProfile.h"
#include "commands/AddMyAddressCommand.h"
#include "diagnostics/Diagnosis.h"

#include <QCoro/QCoroTask>
#include <QPointer>
#include <QWidget>

#include <chrono>
#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace kluis::core {
class FirewallDiagnosis;
}

namespace kluis::ui {

class DiagnosticsController;
class EndpointProbeModel;

// Shown in place of a list that could not be loaded: why (the cause in one sentence), the
// address the vault saw, each endpoint as the probes find it, the vault's network rules, and
// what to do about it — add this address to the vault's firewall (for good or for a while),
// copy the allow-list for the network team, export the report or a support bundle, retry.
class DiagnosisPane : public QWidget
{
    Q_OBJECT

public:
    DiagnosisPane(DiagnosticsController *controller, core::VaultReference vault,
                  std::optional<core::AzureError> failure, QWidget *parent = nullptr);
    ~DiagnosisPane() override;

    // Starts the probes; the table fills in as they report.
    void start();

    const core::Diagnosis &diagnosis() const { return m_diagnosis; }
    bool isFinished() const { return m_finished; }
    QString clientAddress() const;

    QLabel *causeLabel() const { return m_cause; }
    QLabel *addressLabel() const { return m_address; }
    QLabel *rulesLabel() const { return m_rules; }
    QLabel *statusLabel() const { return m_status; }
    QTableView *endpointView() const { return m_view; }
    EndpointProbeModel *endpointModel() const { return m_model; }
    QPushButton *addAddressButton() const { return m_addAddress; }
    QPushButton *addTemporaryButton() const { return m_addTemporary; }
    QPushButton *copyAllowListButton() const { return m_copyAllowList; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *bundleButton() const { return m_bundle; }
    QPushButton *retryButton() const { return m_retry; }

    // host:port per line, for a firewall in front of this machine.
    QString allowListText() const;
    bool writeReport(const QString &path, QString *error = nullptr) const;
    bool writeSupportBundle(const QString &path, QString *error = nullptr) const;

Q_SIGNALS:
    void retryRequested();
    // A rule was added (or found already there): the listing is worth another try.
    void rulesChanged();

private:
    void showDiagnosis(const core::Diagnosis &diagnosis);
    void showRules();
    void updateActions();
    void addMyAddress(AddMyAddressCommand::Duration duration);
    void copyAllowList();
    void exportReport();
    void saveSupportBundle();

    QPointer<DiagnosticsController> m_controller;
    core::VaultReference m_vault;
    std::optional<core::AzureError> m_failure;
    core::Diagnosis m_diagnosis;
    core::FirewallDiagnosis *m_runner = nullptr;
    bool m_finished = false;
    bool m_busy = false;
    QList<core::FirewallEndpoint> m_allowListFallback;

    QLabel *m_title;
    QLabel *m_cause;
    QLabel *m_causeId;
    QLabel *m_address;
    QLabel *m_nat;
    EndpointProbeModel *m_model;
    QTableView *m_view;
    QLabel *m_rules;
    QLabel *m_gates;
    QLabel *m_status;
    QPushButton *m_addAddress;
    QPushButton *m_addTemporary;
    QPushButton *m_copyAllowList;
    QPushButton *m_export;
    QPushButton *m_bundle;
    QPushButton *m_retry;
};

} // namespace kluis::ui
