#pragma once

#include "StateJournal.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace kluis::emulator {

struct Subscription
{
    QString id;
    QString name;
};

struct ResourceGroup
{
    QString subscriptionId;
    QString name;
    QString location;
};

// A service principal the token endpoint knows. dataAccess=false makes every data-plane call
// fail with the access-policy/RBAC 403, so tests can tell that from the firewall's.
struct Client
{
    QString clientId;
    QString clientSecret;
    QString description;
    bool dataAccess = true;
    QString objectId;
    QByteArray certificatePem; // optional: for client assertions signed with its key
};

struct Vault
{
    QString name;
    QString subscriptionId;
    QString resourceGroup;
    QString location;
    // ARM "properties" as stored (tenantId, sku, networkAcls, publicNetworkAccess, …); the
    // vaultUri is derived from the listener and never stored.
    QJsonObject properties;
    QJsonObject tags;
    // Data-plane contents keyed by "<collection>/<lower-case name>"; the layout of each value
    // belongs to vault/.
    QMap<QString, QJsonObject> objects;

    QString resourceId() const;
    QJsonObject toJson(bool withObjects) const;
    static Vault fromJson(const QJsonObject &json);
};

// Everything the emulator knows, persisted in DIR unless in memory: a snapshot (state.json)
// plus an append-only journal of whole-record upserts (journal.jsonl), so every change costs
// one appended line and a crash at any moment leaves a loadable state.
class EmulatorState
{
public:
    // An empty dataDir keeps everything in memory.
    explicit EmulatorState(const QString &dataDir);

    bool load(QString *error);
    bool isNew() const { return m_isNew; }

    QString tenantId;
    QString otherTenantId; // a second tenant, for tokens issued elsewhere
    QList<Subscription> subscriptions;
    QList<ResourceGroup> resourceGroups;
    QList<Client> clients;
    // Small persistent values the services need (the token signing key, for one).
    QJsonObject settings;
    QMap<QString, Vault> vaults; // by lower-case name

    Vault *vault(const QString &name);
    const Client *client(const QString &clientId) const;
    bool hasSubscription(const QString &id) const;
    const ResourceGroup *resourceGroup(const QString &subscriptionId, const QString &name) const;

    // Record a change; call after mutating the in-memory data.
    void saveMeta();
    void saveVault(const Vault &vault);
    void saveObject(const Vault &vault, const QString &key);
    void removeVault(const QString &name);
    // Writes a fresh snapshot and empties the journal.
    bool compact();

private:
    QJsonObject metaJson() const;
    void applyMeta(const QJsonObject &meta);
    void apply(const QJsonObject &record);

    StateJournal m_journal;
    bool m_isNew = true;
};

} // namespace kluis::emulator
