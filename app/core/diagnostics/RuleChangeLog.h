#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace kluis::core {

// Which vault a rule change concerns, in Resource Manager's terms. `endpoint` is the Resource
// Manager the vault lives behind, so a journal shared by several clouds acts on the right one.
struct VaultTarget
{
    QString endpoint; // e.g. https://management.azure.com/
    QString subscriptionId;
    QString resourceGroup;
    QString name;

    bool isComplete() const
    {
        return !subscriptionId.isEmpty() && !resourceGroup.isEmpty() && !name.isEmpty();
    }
    QJsonObject toJson() const;
    static VaultTarget fromJson(const QJsonObject &object);
    friend bool operator==(const VaultTarget &, const VaultTarget &) = default;
};

// One change Kluis made (or tried to make) to a vault's firewall.
struct RuleChange
{
    QDateTime time;
    VaultTarget vault;
    QString action; // "add" | "remove"
    QString rule;
    QString reason; // "add-my-address", "temporary", "expired", "quit", "startup"
    bool succeeded = false;
    QString error; // when it did not: the service's code and message

    QJsonObject toJson() const;
    static RuleChange fromJson(const QJsonObject &object);
};

// A rule Kluis added for a while and must take away again.
struct PendingRemoval
{
    QString id;
    VaultTarget vault;
    QString rule;
    QDateTime added;
    QDateTime expires;

    QJsonObject toJson() const;
    static PendingRemoval fromJson(const QJsonObject &object);
};

// The journal of every change Kluis made to vault firewalls and of the temporary rules still to
// remove, in one JSON file (0600) that survives a killed process: the next start finds what is
// due. Several instances (two windows, kluisctl beside the window) share it: every change takes
// a lock file, reads the journal again, applies just that change and writes it whole (QSaveFile,
// so a crash leaves the old or the new file). Nobody's entries are lost.
class RuleChangeLog
{
public:
    // Empty path: $KLUIS_DATA_DIR/firewall-journal.json, else the application data directory.
    explicit RuleChangeLog(QString path = {});

    static QString defaultPath();
    QString path() const { return m_path; }

    // Read again from disk (another instance may have written it).
    void reload();
    QList<RuleChange> changes() const { return m_changes; }
    QList<PendingRemoval> pending() const { return m_pending; }
    QList<PendingRemoval> due(const QDateTime &now) const;

    bool record(const RuleChange &change);
    bool addPending(const PendingRemoval &removal);
    bool removePending(const QString &id);
    QString lastError() const { return m_error; }

private:
    // Under the lock: re-read, apply `change` to what is on disk, write.
    bool update(const std::function<void()> &change);
    bool load(QString *error);
    bool save();

    QString m_path;
    QList<RuleChange> m_changes;
    QList<PendingRemoval> m_pending;
    QString m_error;
};

} // namespace kluis::core
