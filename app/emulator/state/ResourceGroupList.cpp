#include "ResourceGroupList.h"

namespace kluis::emulator {

namespace {
QString nameKey(const QString &subscriptionId, const QString &name)
{
    return subscriptionId.toLower() + QLatin1Char('/') + name.toLower();
}
} // namespace

ResourceGroupList::ResourceGroupList(std::initializer_list<ResourceGroup> groups)
{
    for (const auto &group : groups)
        append(group);
}

void ResourceGroupList::append(const ResourceGroup &group)
{
    m_bySubscription[group.subscriptionId.toLower()].append(m_groups.size());
    m_byName.insert(nameKey(group.subscriptionId, group.name), m_groups.size());
    m_groups.append(group);
}

void ResourceGroupList::clear()
{
    m_groups.clear();
    m_bySubscription.clear();
    m_byName.clear();
}

const ResourceGroup *ResourceGroupList::find(const QString &subscriptionId,
                                             const QString &name) const
{
    const auto it = m_byName.constFind(nameKey(subscriptionId, name));
    return it == m_byName.cend() ? nullptr : &m_groups.at(it.value());
}

qsizetype ResourceGroupList::countIn(const QString &subscriptionId) const
{
    return m_bySubscription.value(subscriptionId.toLower()).size();
}

const ResourceGroup &ResourceGroupList::in(const QString &subscriptionId, qsizetype n) const
{
    return m_groups.at(m_bySubscription.value(subscriptionId.toLower()).at(n));
}

} // namespace kluis::emulator
