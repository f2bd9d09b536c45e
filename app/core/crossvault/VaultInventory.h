#pragma once

#include "clients/KeyVaultClient.h"
#include "crossvault/ObjectSummary.h"

#include <QCoro/QCoroTask>

#include <functional>

namespace kluis::core {

// A vault and the client that reaches it (through its account), as work across vaults takes it.
struct NamedVault
{
    QString name;
    KeyVaultClient client;
};

// Every live secret, key and certificate of a vault, page by page (PagingGuard on each list).
// `page` gets the summaries of each page as it comes; the task ends with the first error.
QCoro::Task<Status> readInventory(NamedVault vault,
                                  std::function<void(const QList<ObjectSummary> &)> page,
                                  QList<ObjectKind> kinds = {ObjectKind::Secret, ObjectKind::Key,
                                                             ObjectKind::Certificate});
// The id of an object's current version, from metadata only: a key's or certificate's bundle,
// a secret's version list (matched by the listed creation and update times: a secret's bundle
// would carry its value). Empty when the vault does not tell.
QCoro::Task<QString> currentVersion(KeyVaultClient client, ObjectSummary object);
// The same, gathered.
QCoro::Task<Result<QList<ObjectSummary>>> inventory(NamedVault vault, QList<ObjectKind> kinds);

} // namespace kluis::core
