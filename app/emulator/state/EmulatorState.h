#pragma once

#include "IndexedMap.h"
#include "ResourceGroupList.h"
#include "StateJournal.h"
#include "VaultObject.h"

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

// A service principal the token endpoint knows. dataAccess says which of the seed's two it is:
// the automation client (Key Vault Administrator and Owner through the root management group)
// or the reader (Reader there, Key Vault Reader on team-kv); what either may do on a vault is
// decided by role assignments or the vault's access policies.
struct Client
{
    QString clientId;
    QString clientSecret;
    QString description;
    bool dataAccess = true;
    QString objectId;
    QByteArray certificatePem; // optional: for client assertions signed with its key
};

// The lists a data-plane object appears in, as secondary keys of ObjectStore: a deleted
// object in its kind's deleted list, any other with at least one version in its kind's list.
QStringList objectListKeys(const QString &key, const VaultObject &object);
using ObjectStore = IndexedMap<VaultObject, objectListKeys>;

namespace objectlists {
// The secondary key of an object's storage key in the live or the deleted list; of a storage
// key prefix ("secret/"), the ObjectStore::scan prefix of that kind's list.
QString live(const QString &key);
QString deleted(const QString &key);
} // namespace objectlists

// A Microsoft.Authorization role assignment: a principal holds a role at a scope (a vault, a
// resource group, a subscription or the tenant's root management group) and below it.
struct RoleAssignment
{
    QString name; // a GUID, the last segment of its id
    QString scope;
    QString roleDefinitionGuid;
    QString principalId;
    QString principalType; // User | ServicePrincipal | Group
    QString createdOn;

    QJsonObject toJson() const;
    static RoleAssignment fromJson(const QJsonObject &json);
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
    // The network security perimeter configuration the vault is associated with, as
    // Resource Manager's networkSecurityPerimeterConfigurations shows it ({name, properties});
    // empty when it is in none.
    QJsonObject perimeter;
    // Data-plane contents keyed by "<kind>/<lower-case name>" (objects::storageKey).
    ObjectStore objects;

    QString resourceId() const;
    QJsonObject toJson(bool withObjects) const;
    static Vault fromJson(const QJsonObject &json);
};

// Resource Manager's vault lists as secondary keys of VaultMap: one per subscription and one
// per resource group, each in name order. A vault never moves between them.
QStringList vaultListKeys(const QString &key, const Vault &vault);
using VaultMap = IndexedMap<Vault, vaultListKeys>;

namespace vaultlists {
// VaultMap::scan prefixes; a vault's secondary key is the prefix followed by its lower-case
// name. Subscription ids and group names are compared in lower case, as Resource Manager does.
QString ofSubscription(const QString &subscriptionId);
QString ofResourceGroup(const QString &subscriptionId, const QString &resourceGroup);
} // namespace vaultlists

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
    ResourceGroupList resourceGroups;
    QList<Client> clients;
    QList<RoleAssignment> roleAssignments;
    // False when the state was written before role assignments were kept: the seed's are
    // added then, so an old data directory keeps working.
    bool roleAssignmentsRecorded = false;
    // Small persistent values the services need (the token signing key, for one).
    QJsonObject settings;
    VaultMap vaults; // by lower-case name

    Vault *vault(const QString &name);
    const Client *client(const QString &clientId) const;
    // The root management group's scope: every subscription of the tenant is below it.
    QString rootScope() const;
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
