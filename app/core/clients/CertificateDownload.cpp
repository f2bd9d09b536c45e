#include "clients/CertificateDownload.h"

#include "certificates/CertificateInfo.h"
#include "certificates/Pkcs12.h"

#include <QCoreApplication>

namespace kluis::core {

namespace {
QCoro::Task<Result<QByteArray>> certificateAlone(KeyVaultClient client, QString name, bool pem,
                                                 QString version)
{
    auto certificate = co_await client.getCertificate(name, version);
    if (!certificate)
        co_return certificate.error();
    if (certificate->cer.isEmpty())
        co_return AzureError::parse(
            QCoreApplication::translate("kluis::core::CertificateDownload",
                                        "The vault sent the certificate without its data."));
    if (!pem)
        co_return certificate->cer;
    auto info = CertificateInfo::fromDer(certificate->cer);
    if (!info)
        co_return info.error();
    co_return info->toPem();
}

QCoro::Task<Result<QByteArray>> certificateWithKey(KeyVaultClient client, QString name, bool pfx,
                                                   QString password, QString version)
{
    auto exported = co_await client.exportCertificate(name, version);
    if (!exported)
        co_return exported.error();
    if (!exported->hasPrivateKey)
        co_return AzureError::usage(
            QCoreApplication::translate(
                "kluis::core::CertificateDownload",
                "The private key of %1 is not exportable (its policy says so).")
                .arg(name));
    const bool vaultHasPem = exported->contentType == QLatin1String("application/x-pem-file");
    if (pfx) {
        if (vaultHasPem)
            co_return pkcs12::fromPem(exported->content, password);
        co_return pkcs12::withPassword(exported->content, QString(), password);
    }
    if (vaultHasPem)
        co_return exported->content;
    co_return pkcs12::toPem(exported->content, QString());
}
} // namespace

QCoro::Task<Result<QByteArray>> certificateFile(KeyVaultClient client, QString name,
                                                CertificateFileFormat format, QString password,
                                                QString version)
{
    switch (format) {
    case CertificateFileFormat::Cer:
    case CertificateFileFormat::Pem:
        return certificateAlone(std::move(client), std::move(name),
                                format == CertificateFileFormat::Pem, std::move(version));
    case CertificateFileFormat::PfxWithKey:
    case CertificateFileFormat::PemWithKey:
        break;
    }
    return certificateWithKey(std::move(client), std::move(name),
                              format == CertificateFileFormat::PfxWithKey, std::move(password),
                              std::move(version));
}

} // namespace kluis::core
