#pragma once

#include "crossvault/VaultInventory.h"

#include <QJsonObject>
#include <QStringList>

#include <functional>

namespace kluis::core {

// Copying (promoting) secrets from one vault to another, any accounts and clouds: a plan first
// (what will be created, what gets a new version, what is skipped and why), then the writes,
// each keeping content type, tags, not-before, expiry and enabled. Values are read, written
// and wiped one at a time; none is kept.
class SecretCopy
{
public:
    enum class OnConflict
    {
        Skip,       // a name the target has is left alone
        NewVersion, // ... gets the source's value as a new version
        Stop,       // ... stops the copy before anything is written
    };

    struct Skipped
    {
        QString name;
        // "not-found", "managed" (a certificate's secret: copy the certificate), "disabled"
        // (its value cannot be read), "exists", "deleted-in-target" (recover or purge it
        // there first), "stopped" (a conflict under OnConflict::Stop).
        QString reason;
    };

    // A plan, and after copy() what was written: the journal of the copy.
    struct Report
    {
        QStringList created;
        QStringList newVersion;
        QList<Skipped> skipped;
        bool stopped = false; // a conflict under OnConflict::Stop: nothing is to be written
        std::optional<AzureError> error; // the write that failed; what came before stands

        // {"created": [], "newVersion": [], "skipped": [{"name", "reason"}]}
        QJsonObject toJson() const;
    };

    SecretCopy(NamedVault from, NamedVault to, OnConflict onConflict);

    // `names` empty: every secret of the source.
    QCoro::Task<Result<Report>> plan(QStringList names) const;
    // Writes what `plan` says to create or version (nothing when it stopped); `progress` is
    // called after each secret written. Ends at the first failure.
    QCoro::Task<Report> copy(Report plan,
                             std::function<void(const QString &name)> progress = {}) const;

    static OnConflict onConflictFromName(const QString &name, bool *ok);

private:
    QCoro::Task<Status> copyOne(QString name) const;

    NamedVault m_from;
    NamedVault m_to;
    OnConflict m_onConflict;
};

} // namespace kluis::core
