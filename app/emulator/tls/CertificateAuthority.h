#pragma once

#include <QSslConfiguration>
#include <QString>
#include <QStringList>

namespace kluis::emulator {

// The emulator's own certificate authority, made with OpenSSL on first start and kept in
// DIR/tls. Clients trust it through cloud.json's caFile only; nothing is installed
// system-wide. The server certificate is reissued when the names it must cover change.
class CertificateAuthority
{
public:
    explicit CertificateAuthority(QString directory);

    // Loads or creates the CA and a server certificate for these DNS names and addresses.
    bool prepare(const QStringList &dnsNames, const QStringList &ipAddresses, QString *error);

    QString caFile() const;
    QSslConfiguration serverConfiguration() const;

private:
    QString m_dir;
    QSslConfiguration m_config;
};

} // namespace kluis::emulator
