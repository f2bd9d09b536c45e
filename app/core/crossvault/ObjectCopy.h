#pragma once

#include "crossvault/VaultInventory.h"

#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <functional>

namespace kluis::core {

// Copying (promoting) secrets, keys or certificates from one vault to another: a plan first
// (what will be created, what gets a new version, what is skipped and why), then the writes.
// Secrets are read and written (any accounts and clouds), keeping content type, tags,
// not-before, expiry and enabled; values are read, written and wiped one at a time, none kept.
// Keys and certificates go through backup and restore, which the service allows only within
// one subscription and geography: a refused restore is reported with the service's words.
class ObjectCopy
{
public:
    enum class OnConflict
    {
        Skip,       // a name the target has is left alone
        NewVersion, // ... gets the source's value as a new version (secrets only)
        Stop,       // ... stops the copy before anything is written
    };

    struct Skipped
    {
        QString name;
        // "not-found", "managed" (a certificate's key or secret: copy the certificate),
        // "disabled" (a secret whose value cannot be read), "exists" (for keys and
        // certificates also under NewVersion: a restore cannot write over a name),
        // "deleted-in-target" (recover or purge it there first), "stopped" (a conflict under
        // OnConflict::Stop), "refused" (the target refused the restore: `message` says why).
        QString reason;
        QString message; // the service's words for "refused"
    };

    // A plan, and after copy() what was written: the journal of the copy.
    struct Report
    {
        QStringList created;
        QStringList newVersion;
        QList<Skipped> skipped;
        bool stopped = false; // a conflict under OnConflict::Stop: nothing is to be written
        std::optional<AzureError> error; // the write that failed; what came before stands

        // {"created": [], "newVersion": [], "skipped": [{"name", "reason"[, "message"]}]}
        QJsonObject toJson() const;
    };

    // The names (lower case) a vault has of one kind: live, and deleted but recoverable.
    struct TargetNames
    {
        QSet<QString> live;
        QSet<QString> deleted;
    };

    ObjectCopy(NamedVault from, NamedVault to, OnConflict onConflict,
               ObjectKind kind = ObjectKind::Secret);

    // `names` empty: every object of the kind in the source.
    QCoro::Task<Result<Report>> plan(QStringList names) const;
    // Writes what `plan` says to create or version (nothing when it stopped); `progress` is
    // called after each object written. Ends at the first failure other than a refused
    // restore.
    QCoro::Task<Report> copy(Report plan,
                             std::function<void(const QString &name)> progress = {}) const;

    static OnConflict onConflictFromName(const QString &name, bool *ok);
    static QCoro::Task<Result<TargetNames>> targetNames(NamedVault vault, ObjectKind kind);
    // Where `name` goes in a plan given what the target has: created, a new version (secrets
    // under NewVersion), or skipped ("deleted-in-target", "exists", "stopped").
    static void place(Report &report, const QString &name, const TargetNames &target,
                      OnConflict onConflict, ObjectKind kind);
    // Whether the service refused a restore for where the backup came from (another
    // subscription or geography, or a blob it will not take), rather than failing.
    static bool isRefusedRestore(const AzureError &error);

private:
    QCoro::Task<Status> copySecret(QString name) const;
    QCoro::Task<Status> copyByBackup(QString name) const;

    NamedVault m_from;
    NamedVault m_to;
    OnConflict m_onConflict;
    ObjectKind m_kind;
};

} // namespace kluis::core
