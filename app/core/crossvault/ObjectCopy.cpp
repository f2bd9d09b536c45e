#include "crossvault/ObjectCopy.h"

#include "common/SecureMemory.h"
#include "net/PagingGuard.h"

#include <QJsonArray>

namespace kluis::core {

ObjectCopy::ObjectCopy(NamedVault from, NamedVault to, OnConflict onConflict, ObjectKind kind)
    : m_from(std::move(from))
    , m_to(std::move(to))
    , m_onConflict(onConflict)
    , m_kind(kind)
{}

ObjectCopy::OnConflict ObjectCopy::onConflictFromName(const QString &name, bool *ok)
{
    *ok = true;
    if (name == QLatin1String("skip") || name.isEmpty())
        return OnConflict::Skip;
    if (name == QLatin1String("new-version"))
        return OnConflict::NewVersion;
    if (name == QLatin1String("stop"))
        return OnConflict::Stop;
    *ok = false;
    return OnConflict::Skip;
}

namespace {

template<typename Item> QCoro::Task<Result<QSet<QString>>> deletedNames(KeyVaultClient client)
{
    QSet<QString> names;
    PagingGuard guard;
    QUrl next;
    do {
        auto pageTask = client.listDeleted<Item>(next);
        auto page = co_await pageTask;
        if (!page)
            co_return page.error();
        for (const auto &item : page->items)
            names.insert(item.name.toLower());
        if (auto refused = guard.check(page->url, page->items.size(), page->nextLink))
            co_return *refused;
        next = page->nextLink;
    } while (!next.isEmpty());
    co_return names;
}

QCoro::Task<Result<QSet<QString>>> deletedNames(const KeyVaultClient &client, ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Secret:
        return deletedNames<SecretItem>(client);
    case ObjectKind::Key:
        return deletedNames<KeyItem>(client);
    case ObjectKind::Certificate:
        break;
    }
    return deletedNames<CertificateItem>(client);
}

} // namespace

QCoro::Task<Result<ObjectCopy::TargetNames>> ObjectCopy::targetNames(NamedVault vault,
                                                                     ObjectKind kind)
{
    auto liveTask = inventory(vault, {kind});
    auto live = co_await liveTask;
    if (!live)
        co_return live.error();
    auto deletedTask = deletedNames(vault.client, kind);
    auto deleted = co_await deletedTask;
    if (!deleted)
        co_return deleted.error();
    TargetNames names{{}, std::move(deleted.value())};
    for (const auto &object : live.value())
        names.live.insert(object.name.toLower());
    co_return names;
}

void ObjectCopy::place(Report &report, const QString &name, const TargetNames &target,
                       OnConflict onConflict, ObjectKind kind)
{
    const auto key = name.toLower();
    if (target.deleted.contains(key))
        report.skipped.append({name, QStringLiteral("deleted-in-target"), {}});
    else if (!target.live.contains(key))
        report.created << name;
    else if (onConflict == OnConflict::NewVersion && kind == ObjectKind::Secret)
        report.newVersion << name;
    else if (onConflict != OnConflict::Stop)
        report.skipped.append({name, QStringLiteral("exists"), {}});
    else {
        report.skipped.append({name, QStringLiteral("stopped"), {}});
        report.stopped = true;
    }
}

QCoro::Task<Result<ObjectCopy::Report>> ObjectCopy::plan(QStringList names) const
{
    auto sourceTask = inventory(m_from, {m_kind});
    auto source = co_await sourceTask;
    if (!source)
        co_return source.error();
    auto targetTask = targetNames(m_to, m_kind);
    const auto target = co_await targetTask;
    if (!target)
        co_return target.error();

    QMap<QString, ObjectSummary> sourceByName;
    for (const auto &object : source.value())
        sourceByName.insert(object.name.toLower(), object);
    if (names.isEmpty()) {
        for (const auto &object : sourceByName)
            names << object.name;
    }

    Report report;
    for (const auto &name : names) {
        const auto found = sourceByName.constFind(name.toLower());
        if (found == sourceByName.cend())
            report.skipped.append({name, QStringLiteral("not-found"), {}});
        else if (found->managed)
            report.skipped.append({found->name, QStringLiteral("managed"), {}});
        else if (m_kind == ObjectKind::Secret && !found->attributes.enabled)
            report.skipped.append({found->name, QStringLiteral("disabled"), {}});
        else
            place(report, found->name, target.value(), m_onConflict, m_kind);
    }
    co_return report;
}

bool ObjectCopy::isRefusedRestore(const AzureError &error)
{
    if (error.kind != AzureError::Kind::Http || error.isFirewall())
        return false;
    // Not a permission (ForbiddenByRbac, ForbiddenByPolicy) but the blob's origin.
    return error.httpStatus == 400 ||
           (error.httpStatus == 403 &&
            (error.innerCode.isEmpty() || error.innerCode == QLatin1String("Forbidden")));
}

QCoro::Task<Status> ObjectCopy::copyByBackup(QString name) const
{
    auto backupTask = m_from.client.backupObject(m_kind, name);
    auto backup = co_await backupTask;
    if (!backup)
        co_return backup.error();
    auto restoreTask = m_to.client.restoreObject(m_kind, backup.value());
    wipe(backup.value());
    auto restored = co_await restoreTask;
    if (!restored)
        co_return restored.error();
    co_return Done{};
}

QCoro::Task<Status> ObjectCopy::copySecret(QString name) const
{
    auto readTask = m_from.client.getSecret(name);
    auto read = co_await readTask;
    if (!read)
        co_return read.error();
    auto &bundle = read.value();
    auto attributes = bundle.item.attributes;
    auto writeTask = m_to.client.setSecret(name, bundle.value, bundle.item.contentType,
                                           bundle.item.tags, attributes);
    wipe(bundle.value);
    auto written = co_await writeTask;
    if (!written)
        co_return written.error();
    wipe(written.value().value);
    co_return Done{};
}

QCoro::Task<ObjectCopy::Report>
ObjectCopy::copy(Report plan, std::function<void(const QString &)> progress) const
{
    Report done;
    done.skipped = plan.skipped;
    done.stopped = plan.stopped;
    if (plan.stopped)
        co_return done;
    for (const auto &[names, journal] :
         {std::pair{plan.created, &done.created}, std::pair{plan.newVersion, &done.newVersion}}) {
        for (const auto &name : names) {
            auto task = m_kind == ObjectKind::Secret ? copySecret(name) : copyByBackup(name);
            auto copied = co_await task;
            if (!copied && m_kind != ObjectKind::Secret && copied.error().isConflict()) {
                done.skipped.append({name, QStringLiteral("exists"), {}});
                continue;
            }
            if (!copied && m_kind != ObjectKind::Secret && isRefusedRestore(copied.error())) {
                done.skipped.append({name, QStringLiteral("refused"), copied.error().message});
                continue;
            }
            if (!copied) {
                done.error = copied.error();
                co_return done;
            }
            journal->append(name);
            if (progress)
                progress(name);
        }
    }
    co_return done;
}

QJsonObject ObjectCopy::Report::toJson() const
{
    QJsonArray skippedJson;
    for (const auto &skip : skipped) {
        QJsonObject entry{{QStringLiteral("name"), skip.name},
                          {QStringLiteral("reason"), skip.reason}};
        if (!skip.message.isEmpty())
            entry.insert(QStringLiteral("message"), skip.message);
        skippedJson.append(entry);
    }
    return {{QStringLiteral("created"), QJsonArray::fromStringList(created)},
            {QStringLiteral("newVersion"), QJsonArray::fromStringList(newVersion)},
            {QStringLiteral("skipped"), skippedJson}};
}

} // namespace kluis::core
