#pragma once

#include "common/EnumNames.h"

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

// "secret", "key", "certificate": kluisctl's --kind and the "kind" of its JSON.
inline constexpr EnumNames<ObjectKind, 3> objectKindNames{{
    {ObjectKind::Secret, "secret"},
    {ObjectKind::Key, "key"},
    {ObjectKind::Certificate, "certificate"},
}};

inline QString kindName(ObjectKind kind)
{
    return QString::fromLatin1(nameOf(objectKindNames, kind));
}

} // namespace kluis::core
