#include "EmulatorState.h"

#include <QJsonArray>

namespace kluis::emulator {

namespace {
constexpr int kCompactAfterRecords = 20000;

QString key(const QString &name)
{
    return name.toLower();
}
} // namespace

QStringList objectListKeys(const QString &key, const VaultObject &object)
{
    if (object.deleted)
        return {objectlists::deleted(key)};
    if (!object.versions.isEmpty())
        return {objectlists::live(key)};
    return {};
}

namespace objectlists {

QString live(const QString &key)
{
    return QStringLiteral("live/") + key;
}

QString deleted(const QString &key)
{
    return QStringLiteral("deleted/") + key;
}

} // namespace objectlists

QStringList vaultListKeys(const QString &key, const Vault &vault)
{
    return {vaultlists::ofSubscription(vault.subscriptionId) + key,
            vaultlists::ofResourceGroup(vault.subscriptionId, vault.resourceGroup) + key};
}

namespace vaultlists {

QString ofSubscription(const QString &subscriptionId)
{
    return QStringLiteral("s/%1/").arg(subscriptionId.toLower());
}

QString ofResourceGroup(const QString &subscriptionId, const QString &resourceGroup)
{
    return QStringLiteral("g/%1/%2/").arg(subscriptionId.toLower(), resourceGroup.toLower());
}

} // namespace vaultlists

QString Vault::resourceId() const
{
    return QStringLiteral(
               "/subscriptions/%1/resourceGroups/%2/providers/Microsoft.KeyVault/vaults/%3")
        .arg(subscriptionId, resourceGroup, name);
}

QJsonObject RoleAssignment::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("scope"), scope},
            {QStringLiteral("roleDefinitionGuid"), roleDefinitionGuid},
            {QStringLiteral("principalId"), principalId},
            {QStringLiteral("principalType"), principalType},
            {QStringLiteral("createdOn"), createdOn}};
}

RoleAssignment RoleAssignment::fromJson(const QJsonObject &json)
{
    return {json.value(QStringLiteral("name")).toString(),
            json.value(QStringLiteral("scope")).toString(),
            json.value(QStringLiteral("roleDefinitionGuid")).toString(),
            json.value(QStringLiteral("principalId")).toString(),
            json.value(QStringLiteral("principalType")).toString(),
            json.value(QStringLiteral("createdOn")).toString()};
}

QJsonObject Vault::toJson(bool withObjects) const
{
    QJsonObject json{{QStringLiteral("name"), name},
                     {QStringLiteral("subscriptionId"), subscriptionId},
                     {QStringLiteral("resourceGroup"), resourceGroup},
                     {QStringLiteral("location"), location},
                     {QStringLiteral("properties"), properties},
                     {QStringLiteral("tags"), tags}};
    if (!perimeter.isEmpty())
        json.insert(QStringLiteral("perimeter"), perimeter);
    if (withObjects) {
        // An array, not an object: QJsonObject inserts are linear, and a vault may hold
        // 100,000 items.
        QJsonArray contents;
        for (auto it = objects.cbegin(); it != objects.cend(); ++it)
            contents.append(QJsonArray{it.key(), it.value().toJson()});
        json.insert(QStringLiteral("objects"), contents);
    }
    return json;
}

Vault Vault::fromJson(const QJsonObject &json)
{
    Vault vault;
    vault.name = json.value(QStringLiteral("name")).toString();
    vault.subscriptionId = json.value(QStringLiteral("subscriptionId")).toString();
    vault.resourceGroup = json.value(QStringLiteral("resourceGroup")).toString();
    vault.location = json.value(QStringLiteral("location")).toString();
    vault.properties = json.value(QStringLiteral("properties")).toObject();
    vault.tags = json.value(QStringLiteral("tags")).toObject();
    vault.perimeter = json.value(QStringLiteral("perimeter")).toObject();
    const auto contents = json.value(QStringLiteral("objects")).toArray();
    for (const auto &entry : contents) {
        const auto pair = entry.toArray();
        vault.objects.insert(pair.at(0).toString(), VaultObject::fromJson(pair.at(1).toObject()));
    }
    return vault;
}

EmulatorState::EmulatorState(const QString &dataDir)
    : m_journal(dataDir)
{}

bool EmulatorState::load(QString *error)
{
    QJsonObject snapshot;
    QList<QJsonObject> records;
    if (!m_journal.read(&snapshot, &records, error))
        return false;
    m_isNew = snapshot.isEmpty() && records.isEmpty();
    applyMeta(snapshot.value(QStringLiteral("meta")).toObject());
    const auto vaultsJson = snapshot.value(QStringLiteral("vaults")).toArray();
    for (const auto &entry : vaultsJson) {
        auto vault = Vault::fromJson(entry.toObject());
        vaults.insert(key(vault.name), vault);
    }
    for (const auto &record : std::as_const(records))
        apply(record);
    if (!records.isEmpty())
        compact();
    return true;
}

void EmulatorState::apply(const QJsonObject &record)
{
    const auto type = record.value(QStringLiteral("t")).toString();
    const auto name = record.value(QStringLiteral("n")).toString();
    const auto value = record.value(QStringLiteral("v"));
    if (type == QLatin1String("meta")) {
        applyMeta(value.toObject());
    } else if (type == QLatin1String("vault")) {
        if (value.isNull()) {
            vaults.remove(key(name));
            return;
        }
        auto updated = Vault::fromJson(value.toObject());
        if (const auto *existing = vault(name))
            updated.objects = existing->objects;
        vaults.insert(key(name), updated);
    } else if (type == QLatin1String("obj")) {
        auto *target = vault(name);
        if (!target)
            return;
        const auto objectKey = record.value(QStringLiteral("k")).toString();
        if (value.isNull())
            target->objects.remove(objectKey);
        else
            target->objects.insert(objectKey, VaultObject::fromJson(value.toObject()));
    }
}

QJsonObject EmulatorState::metaJson() const
{
    QJsonArray subs;
    for (const auto &s : subscriptions)
        subs.append(QJsonObject{{QStringLiteral("id"), s.id}, {QStringLiteral("name"), s.name}});
    QJsonArray groups;
    for (const auto &g : resourceGroups)
        groups.append(QJsonObject{{QStringLiteral("subscriptionId"), g.subscriptionId},
                                  {QStringLiteral("name"), g.name},
                                  {QStringLiteral("location"), g.location}});
    QJsonArray clientList;
    for (const auto &c : clients)
        clientList.append(
            QJsonObject{{QStringLiteral("clientId"), c.clientId},
                        {QStringLiteral("clientSecret"), c.clientSecret},
                        {QStringLiteral("description"), c.description},
                        {QStringLiteral("dataAccess"), c.dataAccess},
                        {QStringLiteral("objectId"), c.objectId},
                        {QStringLiteral("certificatePem"), QString::fromLatin1(c.certificatePem)}});
    QJsonArray assignments;
    for (const auto &a : roleAssignments)
        assignments.append(a.toJson());
    return QJsonObject{{QStringLiteral("roleAssignments"), assignments},
                       {QStringLiteral("tenantId"), tenantId},
                       {QStringLiteral("otherTenantId"), otherTenantId},
                       {QStringLiteral("subscriptions"), subs},
                       {QStringLiteral("resourceGroups"), groups},
                       {QStringLiteral("clients"), clientList},
                       {QStringLiteral("settings"), settings}};
}

void EmulatorState::applyMeta(const QJsonObject &meta)
{
    if (meta.isEmpty())
        return;
    tenantId = meta.value(QStringLiteral("tenantId")).toString();
    otherTenantId = meta.value(QStringLiteral("otherTenantId")).toString();
    settings = meta.value(QStringLiteral("settings")).toObject();
    subscriptions.clear();
    for (const auto &v : meta.value(QStringLiteral("subscriptions")).toArray()) {
        const auto o = v.toObject();
        subscriptions.append(
            {o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("name")).toString()});
    }
    resourceGroups.clear();
    for (const auto &v : meta.value(QStringLiteral("resourceGroups")).toArray()) {
        const auto o = v.toObject();
        resourceGroups.append({o.value(QStringLiteral("subscriptionId")).toString(),
                               o.value(QStringLiteral("name")).toString(),
                               o.value(QStringLiteral("location")).toString()});
    }
    clients.clear();
    for (const auto &v : meta.value(QStringLiteral("clients")).toArray()) {
        const auto o = v.toObject();
        Client c;
        c.clientId = o.value(QStringLiteral("clientId")).toString();
        c.clientSecret = o.value(QStringLiteral("clientSecret")).toString();
        c.description = o.value(QStringLiteral("description")).toString();
        c.dataAccess = o.value(QStringLiteral("dataAccess")).toBool(true);
        c.objectId = o.value(QStringLiteral("objectId")).toString();
        c.certificatePem = o.value(QStringLiteral("certificatePem")).toString().toLatin1();
        clients.append(c);
    }
    roleAssignmentsRecorded = meta.contains(QStringLiteral("roleAssignments"));
    roleAssignments.clear();
    for (const auto &v : meta.value(QStringLiteral("roleAssignments")).toArray())
        roleAssignments.append(RoleAssignment::fromJson(v.toObject()));
}

QString EmulatorState::rootScope() const
{
    return QStringLiteral("/providers/Microsoft.Management/managementGroups/") + tenantId;
}

Vault *EmulatorState::vault(const QString &name)
{
    return vaults.find(key(name));
}

const Client *EmulatorState::client(const QString &clientId) const
{
    for (const auto &c : clients) {
        if (c.clientId.compare(clientId, Qt::CaseInsensitive) == 0)
            return &c;
    }
    return nullptr;
}

bool EmulatorState::hasSubscription(const QString &id) const
{
    return std::any_of(subscriptions.cbegin(), subscriptions.cend(), [&](const Subscription &s) {
        return s.id.compare(id, Qt::CaseInsensitive) == 0;
    });
}

const ResourceGroup *EmulatorState::resourceGroup(const QString &subscriptionId,
                                                  const QString &name) const
{
    return resourceGroups.find(subscriptionId, name);
}

void EmulatorState::saveMeta()
{
    m_journal.append(QJsonObject{{QStringLiteral("t"), QStringLiteral("meta")},
                                 {QStringLiteral("v"), metaJson()}});
}

void EmulatorState::saveVault(const Vault &vault)
{
    m_journal.append(QJsonObject{{QStringLiteral("t"), QStringLiteral("vault")},
                                 {QStringLiteral("n"), vault.name},
                                 {QStringLiteral("v"), vault.toJson(false)}});
    if (m_journal.pendingRecords() > kCompactAfterRecords)
        compact();
}

void EmulatorState::saveObject(const Vault &vault, const QString &objectKey)
{
    const auto it = vault.objects.constFind(objectKey);
    m_journal.append(
        QJsonObject{{QStringLiteral("t"), QStringLiteral("obj")},
                    {QStringLiteral("n"), vault.name},
                    {QStringLiteral("k"), objectKey},
                    {QStringLiteral("v"),
                     it == vault.objects.cend() ? QJsonValue() : QJsonValue(it.value().toJson())}});
    if (m_journal.pendingRecords() > kCompactAfterRecords)
        compact();
}

void EmulatorState::removeVault(const QString &nameRef)
{
    // A copy first: callers naturally pass vault->name, which the removal frees.
    const QString name = nameRef;
    vaults.remove(key(name));
    m_journal.append(QJsonObject{{QStringLiteral("t"), QStringLiteral("vault")},
                                 {QStringLiteral("n"), name},
                                 {QStringLiteral("v"), QJsonValue()}});
}

bool EmulatorState::compact()
{
    QJsonArray vaultsJson;
    for (const auto &v : std::as_const(vaults))
        vaultsJson.append(v.toJson(true));
    return m_journal.writeSnapshot(
        QJsonObject{{QStringLiteral("meta"), metaJson()}, {QStringLiteral("vaults"), vaultsJson}});
}

} // namespace kluis::emulator
