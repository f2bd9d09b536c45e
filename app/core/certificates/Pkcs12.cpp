#include "certificates/Pkcs12.h"

#include "common/SecureMemory.h"

#include <QCoreApplication>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

namespace kluis::core::pkcs12 {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kluis::core::pkcs12", text);
}

PKCS12 *read(const QByteArray &pfx)
{
    const auto *p = reinterpret_cast<const unsigned char *>(pfx.constData());
    return d2i_PKCS12(nullptr, &p, static_cast<long>(pfx.size()));
}

struct Contents
{
    EVP_PKEY *key = nullptr;
    X509 *cert = nullptr;
    STACK_OF(X509) *chain = nullptr;
    ~Contents()
    {
        EVP_PKEY_free(key);
        X509_free(cert);
        sk_X509_pop_free(chain, X509_free);
    }
};

bool parse(const QByteArray &pfx, const QString &password, Contents &contents)
{
    PKCS12 *p12 = read(pfx);
    if (!p12)
        return false;
    const SecureBytes utf8(password.toUtf8()); // wiped when done
    const bool parsed =
        PKCS12_parse(p12, utf8.constData(), &contents.key, &contents.cert, &contents.chain) == 1;
    PKCS12_free(p12);
    return parsed && contents.key && contents.cert;
}

Result<QByteArray> build(const Contents &contents, const QString &password)
{
    const SecureBytes utf8(password.toUtf8()); // wiped when done
    // OpenSSL 3's defaults: AES-256-CBC with PBKDF2 for the key and the certificates.
    PKCS12 *out = PKCS12_create(utf8.constData(), nullptr, contents.key, contents.cert,
                                contents.chain, 0, 0, 0, 0, 0);
    unsigned char *der = nullptr;
    const int size = out ? i2d_PKCS12(out, &der) : 0;
    PKCS12_free(out);
    if (size <= 0) {
        ERR_clear_error();
        return AzureError::parse(tr("Could not build the PFX file."));
    }
    QByteArray result(reinterpret_cast<const char *>(der), size);
    OPENSSL_free(der);
    return result;
}

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, size);
}

} // namespace

Result<QByteArray> toPem(const QByteArray &pfx, const QString &password)
{
    Contents contents;
    if (!parse(pfx, password, contents)) {
        ERR_clear_error();
        return AzureError::parse(
            tr("The PFX file does not open with the given password or holds no private key."));
    }
    BIO *bio = BIO_new(BIO_s_mem());
    bool ok =
        PEM_write_bio_PrivateKey(bio, contents.key, nullptr, nullptr, 0, nullptr, nullptr) == 1 &&
        PEM_write_bio_X509(bio, contents.cert) == 1;
    for (int i = 0; ok && i < sk_X509_num(contents.chain); ++i)
        ok = PEM_write_bio_X509(bio, sk_X509_value(contents.chain, i)) == 1;
    const QByteArray pem = bioBytes(bio);
    BIO_free(bio);
    if (!ok) {
        ERR_clear_error();
        return AzureError::parse(tr("Could not write the PEM text."));
    }
    return pem;
}

Result<QByteArray> fromPem(const QByteArray &pem, const QString &password)
{
    Contents contents;
    BIO *bio = BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size()));
    contents.key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    bio = BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size()));
    contents.chain = sk_X509_new_null();
    while (X509 *cert = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr)) {
        if (!contents.cert)
            contents.cert = cert;
        else
            sk_X509_push(contents.chain, cert);
    }
    BIO_free(bio);
    ERR_clear_error();
    if (!contents.key || !contents.cert)
        return AzureError::parse(tr("The PEM text needs a private key and a certificate."));
    return build(contents, password);
}

bool opensWith(const QByteArray &pfx, const QString &password)
{
    PKCS12 *p12 = read(pfx);
    if (!p12) {
        ERR_clear_error();
        return false;
    }
    const SecureBytes utf8(password.toUtf8()); // wiped when done
    const bool ok = PKCS12_verify_mac(p12, utf8.constData(), int(utf8.size())) == 1 ||
                    (password.isEmpty() && PKCS12_verify_mac(p12, nullptr, 0) == 1);
    PKCS12_free(p12);
    ERR_clear_error();
    return ok;
}

Result<QByteArray> withPassword(const QByteArray &pfx, const QString &oldPassword,
                                const QString &newPassword)
{
    PKCS12 *probe = read(pfx);
    const bool isPfx = probe != nullptr;
    PKCS12_free(probe);
    if (!isPfx) {
        ERR_clear_error();
        return AzureError::parse(tr("The data is not a PKCS #12 (PFX) file."));
    }
    Contents contents;
    if (!parse(pfx, oldPassword, contents)) {
        ERR_clear_error();
        return AzureError::parse(tr("The PFX file does not open with the given password."));
    }
    return build(contents, newPassword);
}

} // namespace kluis::core::pkcs12
