#include "CertificateAuthority.h"

#include "server/PrivateFile.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSslCertificate>
#include <QSslKey>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace kluis::emulator {

namespace {

struct Deleter
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
    void operator()(X509 *p) const { X509_free(p); }
    void operator()(BIO *p) const { BIO_free(p); }
    void operator()(X509_EXTENSION *p) const { X509_EXTENSION_free(p); }
};
template<typename T> using Owned = std::unique_ptr<T, Deleter>;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFileAtomically(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(data);
    return file.commit();
}

QByteArray pemOf(X509 *cert)
{
    Owned<BIO> bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), cert);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, static_cast<int>(size));
}

QByteArray pemOf(EVP_PKEY *key)
{
    Owned<BIO> bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, static_cast<int>(size));
}

Owned<X509> certFromPem(const QByteArray &pem)
{
    Owned<BIO> bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    return Owned<X509>(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
}

Owned<EVP_PKEY> keyFromPem(const QByteArray &pem)
{
    Owned<BIO> bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    return Owned<EVP_PKEY>(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
}

bool addExtension(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    Owned<X509_EXTENSION> ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

Owned<X509> makeCertificate(EVP_PKEY *key, const QString &commonName, X509 *issuer, long days)
{
    Owned<X509> cert(X509_new());
    X509_set_version(cert.get(), 2);
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f;
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), days * 24 * 3600);
    X509_set_pubkey(cert.get(), key);
    X509_NAME *name = X509_get_subject_name(cert.get());
    const auto cn = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>("Kluis Emulator"), -1, -1,
                               0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0);
    X509_set_issuer_name(cert.get(), issuer ? X509_get_subject_name(issuer) : name);
    return cert;
}

} // namespace

CertificateAuthority::CertificateAuthority(QString directory)
    : m_dir(std::move(directory))
{}

QString CertificateAuthority::caFile() const
{
    return QDir(m_dir).absoluteFilePath(QStringLiteral("ca.pem"));
}

QSslConfiguration CertificateAuthority::serverConfiguration() const
{
    return m_config;
}

bool CertificateAuthority::prepare(const QStringList &dnsNames, const QStringList &ipAddresses,
                                   QString *error)
{
    QDir().mkpath(m_dir);
    const QDir dir(m_dir);
    const auto caKeyPath = dir.absoluteFilePath(QStringLiteral("ca-key.pem"));
    const auto serverPath = dir.absoluteFilePath(QStringLiteral("server.pem"));
    const auto serverKeyPath = dir.absoluteFilePath(QStringLiteral("server-key.pem"));
    const auto sansPath = dir.absoluteFilePath(QStringLiteral("server-names.txt"));

    // Keys an older emulator left readable by others become owner-only.
    for (const auto &key : {caKeyPath, serverKeyPath}) {
        if (QFile::exists(key))
            QFile::setPermissions(key, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    auto caCert = certFromPem(readFile(caFile()));
    auto caKey = keyFromPem(readFile(caKeyPath));
    if (!caCert || !caKey) {
        caKey.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
        caCert =
            makeCertificate(caKey.get(), QStringLiteral("Kluis Emulator Root CA"), nullptr, 3650);
        addExtension(caCert.get(), caCert.get(), NID_basic_constraints, "critical,CA:TRUE");
        addExtension(caCert.get(), caCert.get(), NID_key_usage, "critical,keyCertSign,cRLSign");
        addExtension(caCert.get(), caCert.get(), NID_subject_key_identifier, "hash");
        if (X509_sign(caCert.get(), caKey.get(), EVP_sha256()) <= 0) {
            *error = QStringLiteral("could not sign the emulator's CA certificate");
            return false;
        }
        if (!writePrivateFile(caKeyPath, pemOf(caKey.get())) ||
            !writeFileAtomically(caFile(), pemOf(caCert.get()))) {
            *error = QStringLiteral("could not write the CA to %1").arg(m_dir);
            return false;
        }
        QFile::remove(serverPath);
    }

    QStringList sans;
    for (const auto &name : dnsNames)
        sans << QStringLiteral("DNS:") + name;
    for (const auto &address : ipAddresses)
        sans << QStringLiteral("IP:") + address;
    const auto sanText = sans.join(QLatin1Char(','));

    auto serverCert = certFromPem(readFile(serverPath));
    auto serverKey = keyFromPem(readFile(serverKeyPath));
    if (!serverCert || !serverKey || readFile(sansPath) != sanText.toUtf8()) {
        serverKey.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
        serverCert = makeCertificate(
            serverKey.get(), dnsNames.value(0, QStringLiteral("localhost")), caCert.get(), 825);
        addExtension(serverCert.get(), caCert.get(), NID_basic_constraints, "critical,CA:FALSE");
        addExtension(serverCert.get(), caCert.get(), NID_key_usage,
                     "critical,digitalSignature,keyEncipherment");
        addExtension(serverCert.get(), caCert.get(), NID_ext_key_usage, "serverAuth");
        addExtension(serverCert.get(), caCert.get(), NID_authority_key_identifier, "keyid:always");
        addExtension(serverCert.get(), caCert.get(), NID_subject_alt_name,
                     sanText.toUtf8().constData());
        if (X509_sign(serverCert.get(), caKey.get(), EVP_sha256()) <= 0) {
            *error = QStringLiteral("could not sign the server certificate");
            return false;
        }
        if (!writePrivateFile(serverKeyPath, pemOf(serverKey.get())) ||
            !writeFileAtomically(serverPath, pemOf(serverCert.get())) ||
            !writeFileAtomically(sansPath, sanText.toUtf8())) {
            *error = QStringLiteral("could not write the server certificate to %1").arg(m_dir);
            return false;
        }
    }

    const QSslCertificate leaf(pemOf(serverCert.get()), QSsl::Pem);
    const QSslCertificate root(pemOf(caCert.get()), QSsl::Pem);
    const QSslKey key(pemOf(serverKey.get()), QSsl::Ec, QSsl::Pem);
    if (leaf.isNull() || key.isNull()) {
        *error = QStringLiteral("Qt could not load the server certificate");
        return false;
    }
    m_config = QSslConfiguration::defaultConfiguration();
    m_config.setLocalCertificateChain({leaf, root});
    m_config.setPrivateKey(key);
    m_config.setPeerVerifyMode(QSslSocket::VerifyNone); // server side: no client certificates
    return true;
}

} // namespace kluis::emulator
