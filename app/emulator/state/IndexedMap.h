#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace kluis::emulator {

// An ordered map whose values are also filed under secondary keys, so that a list page seeks
// to its position in O(log n) and reads O(page) entries however many others the list leaves
// out: Key Vault's list of one kind in one state (live or deleted), Resource Manager's vaults
// of one subscription or resource group. IndexKeys(key, value) names a value's secondary keys;
// they are worked out again whenever the value is replaced, so a value changes only through
// insert() (or, for what IndexKeys does not read, through find()). Copies are cheap (QMap
// shares its data until written).
template<typename Value, QStringList (*IndexKeys)(const QString &, const Value &)> class IndexedMap
{
public:
    using const_iterator = typename QMap<QString, Value>::const_iterator;

    const_iterator begin() const { return m_values.cbegin(); }
    const_iterator end() const { return m_values.cend(); }
    const_iterator cbegin() const { return m_values.cbegin(); }
    const_iterator cend() const { return m_values.cend(); }
    const_iterator constFind(const QString &key) const { return m_values.constFind(key); }
    bool contains(const QString &key) const { return m_values.contains(key); }
    Value value(const QString &key) const { return m_values.value(key); }
    qsizetype size() const { return m_values.size(); }
    bool isEmpty() const { return m_values.isEmpty(); }

    // For changes to what IndexKeys does not read; nullptr when absent.
    Value *find(const QString &key)
    {
        const auto it = m_values.find(key);
        return it == m_values.end() ? nullptr : &it.value();
    }

    void insert(const QString &key, const Value &value)
    {
        const auto it = m_values.constFind(key);
        if (it != m_values.cend())
            unindex(key, it.value());
        for (const auto &indexKey : IndexKeys(key, value))
            m_index.insert(indexKey, key);
        m_values.insert(key, value);
    }

    void remove(const QString &key)
    {
        const auto it = m_values.constFind(key);
        if (it == m_values.cend())
            return;
        unindex(key, it.value());
        m_values.remove(key);
    }

    // Calls visit(key, value) for the values filed under secondary keys starting with prefix,
    // in the order of those keys, from just after the secondary key `after` (from the first
    // when `after` is empty or sorts before prefix), until visit returns false.
    template<typename Visit>
    void scan(const QString &prefix, const QString &after, Visit visit) const
    {
        auto it = !after.isEmpty() && after >= prefix ? m_index.upperBound(after)
                                                      : m_index.lowerBound(prefix);
        for (; it != m_index.cend() && it.key().startsWith(prefix); ++it) {
            if (!visit(it.value(), m_values.constFind(it.value()).value()))
                return;
        }
    }

private:
    void unindex(const QString &key, const Value &value)
    {
        for (const auto &indexKey : IndexKeys(key, value))
            m_index.remove(indexKey);
    }

    QMap<QString, Value> m_values;
    QMap<QString, QString> m_index; // secondary key -> key
};

} // namespace kluis::emulator
