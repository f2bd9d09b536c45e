#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace kluis::core::pkcs12 {

// The same PFX (key, certificate and chain) protected by `newPassword` instead of
// `oldPassword`. Key Vault hands out an exportable certificate as a PFX without a password;
// a file saved to disk gets the one the user chose.
Result<QByteArray> withPassword(const QByteArray &pfx, const QString &oldPassword,
                                const QString &newPassword);
// The key and certificates of a PFX as PEM text: the private key (PKCS #8, not encrypted)
// first, then the certificate and its chain.
Result<QByteArray> toPem(const QByteArray &pfx, const QString &password);
// A PFX protected by `password` from PEM text holding a private key and certificate(s), the
// leaf first.
Result<QByteArray> fromPem(const QByteArray &pem, const QString &password);
// True when `password` opens `pfx`.
bool opensWith(const QByteArray &pfx, const QString &password);

} // namespace kluis::core::pkcs12
