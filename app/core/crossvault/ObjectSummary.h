#pragma once

#include "clients/KeyVaultTypes.h"
#include "clients/ObjectKind.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace kluis::core {

// What work across vaults knows of an object: its vault, kind, name and metadata as a listing
// gives them. Never a value.
struct ObjectSummary
{
    QString vault; // the vault's name
    ObjectKind kind = ObjectKind::Secret;
    QString name;
    QString contentType; // secrets
    QMap<QString, QString> tags;
    ObjectAttributes attributes;
    bool managed = false; // a certificate's key or secret

    static ObjectSummary from(const QString &vault, const SecretItem &item);
    static ObjectSummary from(const QString &vault, const KeyItem &item);
    static ObjectSummary from(const QString &vault, const CertificateItem &item);

    // {"vault", "kind", "name", "contentType", "tags", "enabled", "expires"}
    QJsonObject toJson() const;
    // The expiry in ISO 8601 UTC, or empty.
    QString expiresText() const;
    // A date in ISO 8601 UTC, or empty.
    static QString isoText(const std::optional<QDateTime> &time);
    // Case-insensitive: the name, the content type, a tag's name or value.
    bool matches(const QString &text) const;
};

} // namespace kluis::core
