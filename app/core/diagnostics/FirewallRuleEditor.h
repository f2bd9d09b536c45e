#pragma once

#include "clients/ArmTypes.h"
#include "common/Result.h"
#include "diagnostics/IpRuleCheck.h"
#include "diagnostics/RuleChangeLog.h"
#include "net/HttpPipeline.h"

#include <QCoro/QCoroTask>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <optional>

class QTimer;

namespace kluis::core {

// Changes a vault's firewall through Resource Manager on the administrator's behalf: "add my
// address", for good or for a while. Every change goes into the RuleChangeLog; a temporary rule
// is removed when it expires, when Kluis quits (removeAll) and, if Kluis was killed, by the
// next instance (the journal's due removals run as soon as a pipeline is set). Only a rule
// Kluis itself added is ever removed.
//
// Resource Manager has no way to change one rule, so every change reads the rules and writes
// them all back. To lose nobody's change: the rules are read again just before writing and
// the change is made to that fresh copy, whose every member (unknown ones included) goes back
// as read; an answer without networkAcls or properties is never written back; and the rules
// are read once more afterwards to see that the change is there and no other rule went.
class FirewallRuleEditor : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        IpRuleCheck check;                       // why nothing was added, when nothing was
        bool added = false;                      // a rule was sent and accepted
        std::optional<PendingRemoval> temporary; // the removal planned for it
        NetworkRules rules;                      // the vault's rules afterwards
        // What reading the rules back after the change showed amiss (the rule missing, or
        // another administrator's rule gone); empty when all is as written.
        QString verification;
    };

    // journalPath: empty for RuleChangeLog::defaultPath().
    explicit FirewallRuleEditor(HttpPipeline *pipeline, QString journalPath = {},
                                QObject *parent = nullptr);
    ~FirewallRuleEditor() override;

    // Another connection (or none). Due removals of the new cloud run right away.
    void setPipeline(HttpPipeline *pipeline);
    HttpPipeline *pipeline() const { return m_pipeline; }
    const RuleChangeLog &journal() const { return m_journal; }

    VaultTarget target(const QString &subscriptionId, const QString &resourceGroup,
                       const QString &name) const;
    // Finds a vault's resource group and subscription from its URI (a vault attached by URL).
    QCoro::Task<Result<VaultTarget>> findVault(QUrl vaultUri) const;

    // Adds `address` (the one the vault saw) as an IP rule, after IpRuleCheck. A duration above
    // zero makes it temporary. An address already let through changes nothing (and a pending
    // removal of Kluis's own rule is extended, or dropped for a permanent add).
    QCoro::Task<Result<Outcome>> addAddress(VaultTarget vault, QString address,
                                            std::chrono::seconds duration = {});
    // Removes one temporary rule now.
    QCoro::Task<Status> removeTemporary(QString id, QString reason);
    // The temporary rules of this pipeline's cloud that are due (expired), or all of them.
    QCoro::Task<int> removeDue();
    QCoro::Task<int> removeAll();
    // Temporary rules of this pipeline's cloud still to remove.
    QList<PendingRemoval> pending() const;

Q_SIGNALS:
    void ruleAdded(const kluis::core::VaultTarget &vault, const QString &rule);
    void ruleRemoved(const kluis::core::VaultTarget &vault, const QString &rule);
    void pendingChanged();

private:
    QString endpoint() const;
    QCoro::Task<Result<VaultResource>> readVault(VaultTarget vault) const;
    QCoro::Task<int> removeWhere(bool dueOnly, QString reason);
    void scheduleNext(qint64 minimumMs = 0);
    void record(const VaultTarget &vault, const QString &action, const QString &rule,
                const QString &reason, const AzureError *error);

    QPointer<HttpPipeline> m_pipeline;
    RuleChangeLog m_journal;
    QTimer *m_timer;
    bool m_removing = false;
};

} // namespace kluis::core
