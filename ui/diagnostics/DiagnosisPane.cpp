#include "diagnostics/DiagnosisPane.h"

#include "common/SecretFile.h"
#include "diagnostics/DiagnosisClassifier.h"
#include "diagnostics/DiagnosticsController.h"
#include "diagnostics/EndpointProbeModel.h"
#include "diagnostics/FirewallDiagnosis.h"
#include "diagnostics/FirewallRuleEditor.h"
#include "diagnostics/RequestLog.h"
#include "diagnostics/SupportBundle.h"
#include "net/HttpPipeline.h"
#include "widgets/AccessibleValueLabel.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHostAddress>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

#include <array>

namespace kluis::ui {

using namespace std::chrono_literals;

namespace {
QLabel *wrappingLabel(QWidget *parent, const QString &accessibleName)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setAccessibleValueLabel(label, accessibleName);
    return label;
}

// Before the probes have spoken, the failed call alone says this much.
std::optional<core::DiagnosisCause> causeOf(const core::AzureError &error)
{
    if (core::DiagnosisClassifier::refusedByPerimeter(error))
        return core::DiagnosisCause::PerimeterDenied;
    if (error.innerCode == QLatin1String("ForbiddenByFirewall"))
        return core::DiagnosisCause::VaultFirewall;
    if (error.innerCode == QLatin1String("ForbiddenByConnection"))
        return core::DiagnosisCause::PublicAccessDisabled;
    return std::nullopt;
}
} // namespace

DiagnosisPane::DiagnosisPane(DiagnosticsController *controller, core::VaultReference vault,
                             std::optional<core::AzureError> failure, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_vault(std::move(vault))
    , m_failure(std::move(failure))
    , m_title(new QLabel(this))
    , m_cause(wrappingLabel(this, tr("Cause")))
    , m_causeId(wrappingLabel(this, tr("Cause identifier")))
    , m_address(wrappingLabel(this, tr("Client address")))
    , m_nat(wrappingLabel(this, tr("Address note")))
    , m_model(new EndpointProbeModel(this))
    , m_view(new QTableView(this))
    , m_rules(wrappingLabel(this, tr("Vault network rules")))
    , m_gates(wrappingLabel(this, tr("Network gates")))
    , m_status(wrappingLabel(this, tr("Action status")))
    , m_addAddress(new QPushButton(tr("&Add my address to the vault's firewall"), this))
    , m_addTemporary(new QPushButton(tr("Add te&mporarily…"), this))
    , m_copyAllowList(new QPushButton(tr("Co&py allow-list"), this))
    , m_export(new QPushButton(tr("E&xport report…"), this))
    , m_bundle(new QPushButton(tr("Save support &bundle…"), this))
    , m_retry(new QPushButton(tr("&Retry"), this))
{
    setObjectName(QStringLiteral("diagnosisPane"));
    setAccessibleName(tr("Diagnosis"));
    m_diagnosis.vaultUri = m_vault.uri;
    m_diagnosis.failure = m_failure;
    m_diagnosis.started = QDateTime::currentDateTimeUtc();
    if (m_failure) {
        m_diagnosis.clientAddress = m_failure->clientAddress.isEmpty()
                                        ? m_failure->networkInfoAddress
                                        : m_failure->clientAddress;
        if (const auto cause = causeOf(*m_failure))
            m_diagnosis.cause = *cause;
    }

    auto font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    m_title->setFont(font);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setText(tr("Diagnosis of %1").arg(m_vault.name));
    auto causeFont = m_cause->font();
    causeFont.setBold(true);
    m_cause->setFont(causeFont);
    m_causeId->setForegroundRole(QPalette::PlaceholderText);

    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Endpoints"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(EndpointProbeModel::RoleColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(EndpointProbeModel::EndpointColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(EndpointProbeModel::StateColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->setMinimumHeight(m_view->fontMetrics().lineSpacing() * 8);

    m_gates->setText(
        tr("A vault has two independent network gates: public network access (Enabled or "
           "Disabled) and the firewall's default action (Allow or Deny, with IP and virtual "
           "network rules). New vaults deny by default, so enabling public access alone may not "
           "let you in, and an IP rule does nothing while public access is disabled."));

    m_addAddress->setObjectName(QStringLiteral("addMyAddress"));
    m_addAddress->setAccessibleName(tr("Add my address to the vault's firewall"));
    m_addTemporary->setObjectName(QStringLiteral("addTemporarily"));
    m_addTemporary->setAccessibleName(tr("Add my address temporarily"));
    m_copyAllowList->setAccessibleName(tr("Copy allow-list"));
    m_copyAllowList->setToolTip(tr("Copy every host:port this vault's cloud needs, for the "
                                   "network team"));
    m_export->setAccessibleName(tr("Export report"));
    m_bundle->setAccessibleName(tr("Save support bundle"));
    m_retry->setAccessibleName(tr("Retry"));
    m_status->hide();

    connect(m_addAddress, &QPushButton::clicked, this,
            [this] { addMyAddress(AddMyAddressCommand::Duration::Permanent); });
    connect(m_addTemporary, &QPushButton::clicked, this,
            [this] { addMyAddress(AddMyAddressCommand::Duration::Ask); });
    connect(m_copyAllowList, &QPushButton::clicked, this, &DiagnosisPane::copyAllowList);
    connect(m_export, &QPushButton::clicked, this, &DiagnosisPane::exportReport);
    connect(m_bundle, &QPushButton::clicked, this, &DiagnosisPane::saveSupportBundle);
    connect(m_retry, &QPushButton::clicked, this, &DiagnosisPane::retryRequested);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_title);
    layout->addWidget(m_cause);
    layout->addWidget(m_causeId);
    layout->addWidget(m_address);
    layout->addWidget(m_nat);
    auto *fixes = new QHBoxLayout;
    fixes->addWidget(m_addAddress);
    fixes->addWidget(m_addTemporary);
    fixes->addStretch();
    layout->addLayout(fixes);
    layout->addWidget(m_status);
    auto *endpoints = new QGroupBox(tr("Endpoints"), content);
    auto *endpointsLayout = new QVBoxLayout(endpoints);
    endpointsLayout->addWidget(m_view);
    layout->addWidget(endpoints, 1);
    auto *rules = new QGroupBox(tr("The vault's network rules"), content);
    auto *rulesLayout = new QVBoxLayout(rules);
    rulesLayout->addWidget(m_rules);
    rulesLayout->addWidget(m_gates);
    layout->addWidget(rules);
    auto *more = new QHBoxLayout;
    more->addWidget(m_copyAllowList);
    more->addWidget(m_export);
    more->addWidget(m_bundle);
    more->addStretch();
    more->addWidget(m_retry);
    layout->addLayout(more);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    if (auto *pipeline = m_controller ? m_controller->pipeline() : nullptr)
        m_allowListFallback = pipeline->cloud().firewallEndpoints();
    showDiagnosis(m_diagnosis);
}

DiagnosisPane::~DiagnosisPane() = default;

QString DiagnosisPane::clientAddress() const
{
    return m_diagnosis.clientAddress;
}

void DiagnosisPane::start()
{
    auto *pipeline = m_controller ? m_controller->pipeline() : nullptr;
    if (!pipeline || m_runner)
        return;
    core::FirewallDiagnosis::Request request;
    request.vaultUri = m_vault.uri;
    request.failure = m_failure;
    request.subscriptionId = m_vault.subscriptionId;
    request.resourceGroup = m_vault.resourceGroup;
    m_runner = new core::FirewallDiagnosis(pipeline, request, this);
    // Every endpoint is listed at once, each "Checking…" until its probe reports.
    m_model->setProbes(m_runner->current().endpoints);
    connect(m_runner, &core::FirewallDiagnosis::endpointUpdated, this, [this](int index) {
        const auto &endpoints = m_runner->current().endpoints;
        if (index >= 0 && index < endpoints.size())
            m_model->updateProbe(index, endpoints.at(index));
    });
    connect(m_runner, &core::FirewallDiagnosis::networkLoaded, this, [this] {
        m_diagnosis.network = m_runner->current().network;
        showRules();
        updateActions();
    });
    connect(m_runner, &core::FirewallDiagnosis::finished, this,
            [this](const core::Diagnosis &diagnosis) {
                m_finished = true;
                auto result = diagnosis;
                // The address the failed call reported stands when the probes learnt none.
                if (result.clientAddress.isEmpty())
                    result.clientAddress = m_diagnosis.clientAddress;
                showDiagnosis(result);
            });
    m_runner->run();
}

void DiagnosisPane::showDiagnosis(const core::Diagnosis &diagnosis)
{
    m_diagnosis = diagnosis;
    if (m_finished || causeOf(m_failure.value_or(core::AzureError{}))) {
        m_cause->setText(core::causeSentence(m_diagnosis.cause));
        m_causeId->setText(tr("Cause: %1").arg(core::causeId(m_diagnosis.cause)));
    } else {
        m_cause->setText(tr("Looking for the cause…"));
        m_causeId->clear();
    }
    if (!m_diagnosis.endpoint.isEmpty() && m_finished)
        m_causeId->setText(
            tr("Cause: %1 (%2)").arg(core::causeId(m_diagnosis.cause), m_diagnosis.endpoint));

    const auto &address = m_diagnosis.clientAddress;
    m_address->setText(address.isEmpty() ? tr("The vault did not say which address it saw.")
                                         : tr("The vault sees this computer as %1.").arg(address));
    if (!address.isEmpty() && m_diagnosis.behindNat) {
        m_nat->setText(tr("That is none of this computer's own addresses (%1): it reaches the "
                          "vault through NAT or a proxy, so a firewall rule must name %2.")
                           .arg(m_diagnosis.localAddresses.join(QStringLiteral(", ")), address));
        m_nat->show();
    } else {
        m_nat->hide();
    }
    if (!m_diagnosis.endpoints.isEmpty() || m_finished)
        m_model->setProbes(m_diagnosis.endpoints);
    showRules();
    updateActions();
}

void DiagnosisPane::showRules()
{
    const auto &network = m_diagnosis.network;
    if (!network.loaded) {
        m_rules->setText(
            network.error
                ? tr("Resource Manager could not be read: %1").arg(network.error->shortMessage())
                : tr("Reading the vault's rules from Resource Manager…"));
        return;
    }
    QStringList lines;
    lines << tr("Public network access: %1").arg(network.publicNetworkAccess)
          << tr("Default action: %1").arg(network.rules.defaultAction)
          << tr("Trusted Microsoft services: %1").arg(network.rules.bypass);
    lines << (network.rules.ipRules.isEmpty()
                  ? tr("IP rules: none")
                  : tr("IP rules: %1").arg(network.rules.ipRules.join(QStringLiteral(", "))));
    if (!network.rules.virtualNetworkRules.isEmpty())
        lines << tr("Virtual network rules: %n", nullptr,
                    static_cast<int>(network.rules.virtualNetworkRules.size()));
    if (!network.privateEndpointConnections.isEmpty())
        lines << tr("Private endpoints: %1")
                     .arg(network.privateEndpointConnections.join(QStringLiteral(", ")));
    for (const auto &perimeter : network.perimeters)
        lines << tr("Network security perimeter: %1 (profile %2, access mode %3); it admits: %4")
                     .arg(perimeter.perimeterName(), perimeter.profile, perimeter.accessMode,
                          perimeter.inboundAddressPrefixes.isEmpty()
                              ? tr("nothing")
                              : perimeter.inboundAddressPrefixes.join(QStringLiteral(", ")));
    const auto &address = m_diagnosis.clientAddress;
    if (!address.isEmpty()) {
        const bool covered =
            network.clientAddressCovered || network.rules.ipRulesCover(QHostAddress(address));
        lines << (covered ? tr("%1 is covered by an IP rule.").arg(address)
                          : tr("%1 is not covered by any IP rule.").arg(address));
    }
    m_rules->setText(lines.join(QLatin1Char('\n')));
}

void DiagnosisPane::updateActions()
{
    // An enforced perimeter answers with the firewall's code too, and there the vault's IP
    // rules do not help.
    const bool firewall =
        m_diagnosis.cause == core::DiagnosisCause::VaultFirewall ||
        (m_diagnosis.cause != core::DiagnosisCause::PerimeterDenied && m_failure &&
         m_failure->innerCode == QLatin1String("ForbiddenByFirewall") &&
         !core::DiagnosisClassifier::refusedByPerimeter(*m_failure));
    const bool canAdd = firewall && !m_diagnosis.clientAddress.isEmpty() && !m_busy &&
                        m_controller && m_controller->pipeline();
    m_addAddress->setEnabled(canAdd);
    m_addTemporary->setEnabled(canAdd);
    m_bundle->setEnabled(m_controller != nullptr);
}

QString DiagnosisPane::allowListText() const
{
    auto endpoints = m_diagnosis.allowList;
    if (endpoints.isEmpty())
        endpoints = m_allowListFallback;
    QStringList lines;
    for (const auto &endpoint : endpoints)
        lines << endpoint.hostPort();
    // The vault's own host as well as the cloud's wildcard, for firewalls without wildcards.
    const QString vaultLine =
        m_vault.uri.host() + QLatin1Char(':') + QString::number(m_vault.uri.port(443));
    if (!m_vault.uri.host().isEmpty() && !lines.contains(vaultLine))
        lines << vaultLine;
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void DiagnosisPane::copyAllowList()
{
    QApplication::clipboard()->setText(allowListText());
    m_status->setText(tr("The allow-list is on the clipboard."));
    m_status->show();
}

void DiagnosisPane::addMyAddress(AddMyAddressCommand::Duration duration)
{
    if (!m_controller || m_busy)
        return;
    auto *command = new AddMyAddressCommand(m_controller->ruleEditor(), m_vault,
                                            m_diagnosis.clientAddress, duration, this);
    connect(command, &AddMyAddressCommand::progress, this, [this](const QString &message) {
        m_busy = true;
        updateActions();
        m_status->setText(message);
        m_status->show();
    });
    connect(command, &AddMyAddressCommand::outcomeReady, this,
            [this](const core::FirewallRuleEditor::Outcome &outcome, const QString &message) {
                m_busy = false;
                updateActions();
                m_status->setText(message);
                m_diagnosis.network.rules = outcome.rules;
                m_diagnosis.network.loaded = true;
                showRules();
                if (outcome.added)
                    Q_EMIT rulesChanged();
                if (outcome.added || outcome.check.alreadyAllowed())
                    Q_EMIT retryRequested();
            });
    connect(command, &Command::failed, this, [this](const core::AzureError &error) {
        m_busy = false;
        updateActions();
        m_status->setText(tr("The rule could not be added: %1").arg(error.shortMessage()));
        m_status->show();
    });
    command->start();
}

void DiagnosisPane::exportReport()
{
    auto *dialog =
        new QFileDialog(this, tr("Export report"), QString(), tr("Markdown (*.md);;JSON (*.json)"));
    dialog->setObjectName(QStringLiteral("exportReportDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("md"));
    dialog->selectFile(QStringLiteral("kluis-diagnosis-%1.md").arg(m_vault.name));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString &filter) {
        dialog->setDefaultSuffix(filter.contains(QLatin1String("json")) ? QStringLiteral("json")
                                                                        : QStringLiteral("md"));
    });
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString error;
        m_status->setText(writeReport(path, &error) ? tr("Report saved to %1.").arg(path)
                                                    : tr("Could not save: %1").arg(error));
        m_status->show();
    });
    dialog->open();
}

bool DiagnosisPane::writeReport(const QString &path, QString *error) const
{
    const bool json =
        QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0;
    return core::SecretFile::write(path, m_diagnosis.reportBytes(json), error);
}

void DiagnosisPane::saveSupportBundle()
{
    auto *dialog =
        new QFileDialog(this, tr("Save support bundle"), QString(), tr("Support bundle (*.json)"));
    dialog->setObjectName(QStringLiteral("supportBundleDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    dialog->selectFile(QStringLiteral("kluis-support-%1.json").arg(m_vault.name));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString error;
        m_status->setText(writeSupportBundle(path, &error)
                              ? tr("Support bundle saved to %1.").arg(path)
                              : tr("Could not save: %1").arg(error));
        m_status->show();
    });
    dialog->open();
}

bool DiagnosisPane::writeSupportBundle(const QString &path, QString *error) const
{
    core::SupportBundle bundle;
    bundle.setDiagnosis(m_diagnosis.toJson(), m_diagnosis.toMarkdown());
    if (m_controller) {
        bundle.setRequests(m_controller->requestLog()->records());
        bundle.setFirewallChanges(m_controller->ruleEditor()->journal().changes());
    }
    return bundle.write(path, error);
}

} // namespace kluis::ui
