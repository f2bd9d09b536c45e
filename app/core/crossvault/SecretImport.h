#pragma once

#include "crossvault/ObjectCopy.h"

namespace kluis::core {

// One secret read from a file to import: its vault name, the key it had in the file, its value
// and what the file says of it.
struct ImportedSecret
{
    QString name;      // the vault name ('_' and '.' of a .env key become '-')
    QString sourceKey; // as written in the file
    QString value;
    QString contentType;
    QMap<QString, QString> tags;
    ObjectAttributes attributes; // enabled, notBefore, expires
};

// Secrets from a .env or JSON file into a vault: parsed, planned with the same conflict
// choices as a copy (created, new version, skipped and why), then written. The values live
// only in the entries and are wiped by wipeValues().
class SecretImport
{
public:
    SecretImport(NamedVault target, ObjectCopy::OnConflict onConflict);

    // A .env file (KEY=VALUE lines, # comments, `export `, single and double quotes, \n in
    // double quotes) or JSON ({"NAME": "value"}, {"NAME": {"value", "contentType", "tags",
    // "enabled", "notBefore", "expires"}} or an array of such objects with "name"). JSON when
    // the file starts with { or [. A usage error names the line or what is wrong.
    static Result<QList<ImportedSecret>> parse(const QByteArray &bytes);

    // Skipped besides a copy's reasons: "invalid-name" (not a vault name even after mapping),
    // "duplicate" (the name came earlier in the file).
    QCoro::Task<Result<ObjectCopy::Report>> plan(QList<ImportedSecret> entries) const;
    // Writes what the plan says; `progress` after each. Ends at the first failure.
    QCoro::Task<ObjectCopy::Report>
    write(ObjectCopy::Report plan, QList<ImportedSecret> entries,
          std::function<void(const QString &name)> progress = {}) const;

    static void wipeValues(QList<ImportedSecret> &entries);

private:
    NamedVault m_target;
    ObjectCopy::OnConflict m_onConflict;
};

} // namespace kluis::core
