#pragma once

#include "clients/KeyVaultClient.h"

namespace kluis::core {

enum class CertificateFileFormat
{
    Cer,        // DER, the certificate alone
    Pem,        // PEM, the certificate alone
    PfxWithKey, // PKCS #12 with the private key, protected by a password
    PemWithKey, // PEM with the private key
};

// A certificate as the file the user asked for. The forms with the private key come from the
// certificate's managed secret and fail when its policy keeps the key unexportable.
QCoro::Task<Result<QByteArray>> certificateFile(KeyVaultClient client, QString name,
                                                CertificateFileFormat format, QString password = {},
                                                QString version = {});

} // namespace kluis::core
