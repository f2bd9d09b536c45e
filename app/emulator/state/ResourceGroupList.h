#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <initializer_list>

namespace kluis::emulator {

struct ResourceGroup
{
    QString subscriptionId;
    QString name;
    QString location;
};

// Resource groups in the order they were made (the emulator never deletes one), with each
// subscription's groups indexed: a list page of one subscription seeks to its start, and a
// lookup by name costs no walk.
class ResourceGroupList
{
public:
    ResourceGroupList() = default;
    ResourceGroupList(std::initializer_list<ResourceGroup> groups);

    void append(const ResourceGroup &group);
    void clear();

    QList<ResourceGroup>::const_iterator begin() const { return m_groups.cbegin(); }
    QList<ResourceGroup>::const_iterator end() const { return m_groups.cend(); }
    const ResourceGroup &constFirst() const { return m_groups.constFirst(); }
    qsizetype size() const { return m_groups.size(); }

    // Subscription ids and group names compare in lower case, as Resource Manager does.
    const ResourceGroup *find(const QString &subscriptionId, const QString &name) const;
    qsizetype countIn(const QString &subscriptionId) const;
    // The n-th group (from 0, in the order made) of a subscription; n < countIn().
    const ResourceGroup &in(const QString &subscriptionId, qsizetype n) const;

private:
    QList<ResourceGroup> m_groups;
    QHash<QString, QList<qsizetype>> m_bySubscription; // lower-case id -> positions
    QHash<QString, qsizetype> m_byName;                // "<id>/<name>", lower case -> position
};

} // namespace kluis::emulator
