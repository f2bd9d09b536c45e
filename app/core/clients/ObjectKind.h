#pragma once

#include <QString>

namespace kluis::core {

// What a vault holds. The life cycle (delete, recover, purge, backup, restore, versions, deleted
// listings) is the same for each; only the collection in the URL differs.
enum class ObjectKind
{
    Secret,
    Key,
    Certificate,
};

// Where an object stands, as the vault's metadata shows it.
enum class ObjectState
{
    Live,    // listed with its versions
    Deleted, // in the deleted collection, recoverable
    Purged,  // in neither (after a purge)
};

// "secrets", "keys", "certificates": the path segment of the kind's collection.
inline QString collectionOf(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Secret:
        return QStringLiteral("secrets");
    case ObjectKind::Key:
        return QStringLiteral("keys");
    case ObjectKind::Certificate:
        break;
    }
    return QStringLiteral("certificates");
}

} // namespace kluis::core
