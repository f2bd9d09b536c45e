#include "crossvault/SecretCopy.h"

#include "common/SecureMemory.h"
#include "net/PagingGuard.h"

#include <QJsonArray>

namespace kluis::core {

SecretCopy::SecretCopy(NamedVault from, NamedVault to, OnConflict onConflict)
    : m_from(std::move(from))
    , m_to(std::move(to))
    , m_onConflict(onConflict)
{}

SecretCopy::OnConflict SecretCopy::onConflictFromName(const QString &name, bool *ok)
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

QCoro::Task<Result<SecretCopy::Report>> SecretCopy::plan(QStringList names) const
{
    auto sourceTask = inventory(m_from, {ObjectKind::Secret});
    auto source = co_await sourceTask;
    if (!source)
        co_return source.error();
    auto targetTask = inventory(m_to, {ObjectKind::Secret});
    auto target = co_await targetTask;
    if (!target)
        co_return target.error();
    QSet<QString> deletedInTarget;
    PagingGuard guard;
    QUrl next;
    do {
        auto pageTask = m_to.client.listDeleted<SecretItem>(next);
        auto page = co_await pageTask;
        if (!page)
            co_return page.error();
        for (const auto &item : page->items)
            deletedInTarget.insert(item.name.toLower());
        if (auto refused = guard.check(page->url, page->items.size(), page->nextLink))
            co_return *refused;
        next = page->nextLink;
    } while (!next.isEmpty());

    QMap<QString, ObjectSummary> sourceByName;
    for (const auto &secret : source.value())
        sourceByName.insert(secret.name.toLower(), secret);
    QSet<QString> inTarget;
    for (const auto &secret : target.value())
        inTarget.insert(secret.name.toLower());
    if (names.isEmpty()) {
        for (const auto &secret : sourceByName)
            names << secret.name;
    }

    Report report;
    for (const auto &name : names) {
        const auto key = name.toLower();
        const auto found = sourceByName.constFind(key);
        if (found == sourceByName.cend())
            report.skipped.append({name, QStringLiteral("not-found")});
        else if (found->managed)
            report.skipped.append({found->name, QStringLiteral("managed")});
        else if (!found->attributes.enabled)
            report.skipped.append({found->name, QStringLiteral("disabled")});
        else if (deletedInTarget.contains(key))
            report.skipped.append({found->name, QStringLiteral("deleted-in-target")});
        else if (!inTarget.contains(key))
            report.created << found->name;
        else if (m_onConflict == OnConflict::NewVersion)
            report.newVersion << found->name;
        else if (m_onConflict == OnConflict::Skip)
            report.skipped.append({found->name, QStringLiteral("exists")});
        else {
            report.skipped.append({found->name, QStringLiteral("stopped")});
            report.stopped = true;
        }
    }
    co_return report;
}

QCoro::Task<Status> SecretCopy::copyOne(QString name) const
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

QCoro::Task<SecretCopy::Report>
SecretCopy::copy(Report plan, std::function<void(const QString &)> progress) const
{
    Report done;
    done.skipped = plan.skipped;
    done.stopped = plan.stopped;
    if (plan.stopped)
        co_return done;
    for (const auto &[names, journal] :
         {std::pair{plan.created, &done.created}, std::pair{plan.newVersion, &done.newVersion}}) {
        for (const auto &name : names) {
            auto task = copyOne(name);
            auto copied = co_await task;
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

QJsonObject SecretCopy::Report::toJson() const
{
    QJsonArray skippedJson;
    for (const auto &skip : skipped)
        skippedJson.append(QJsonObject{{QStringLiteral("name"), skip.name},
                                       {QStringLiteral("reason"), skip.reason}});
    return {{QStringLiteral("created"), QJsonArray::fromStringList(created)},
            {QStringLiteral("newVersion"), QJsonArray::fromStringList(newVersion)},
            {QStringLiteral("skipped"), skippedJson}};
}

} // namespace kluis::core
