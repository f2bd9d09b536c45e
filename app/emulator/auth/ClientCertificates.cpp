#include "ClientCertificates.h"

#include "server/PrivateFile.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

Q_LOGGING_CATEGORY(lcClientCertificates, "kluis.emulator.auth", QtInfoMsg)

namespace kluis::emulator {

namespace {

const auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
const auto kKeysSetting = QStringLiteral("clientCertificateKeys");

QByteArray bioText(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(size));
}

struct Generated
{
    QByteArray certificatePem;
    QByteArray keyPem;
};

Generated generateSelfSigned(const QString &commonName)
{
    Generated result;
    EVP_PKEY *key = EVP_RSA_gen(2048);
    X509 *cert = X509_new();
    if (key && cert) {
        X509_set_version(cert, 2);
        BIGNUM *serial = BN_new();
        BN_rand(serial, 128, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY);
        BN_to_ASN1_INTEGER(serial, X509_get_serialNumber(cert));
        BN_free(serial);
        X509_gmtime_adj(X509_getm_notBefore(cert), -3600);
        X509_gmtime_adj(X509_getm_notAfter(cert), 2L * 365 * 24 * 3600);
        X509_set_pubkey(cert, key);
        X509_NAME *name = X509_get_subject_name(cert);
        const auto cn = commonName.toUtf8();
        X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1,
                                   0);
        X509_set_issuer_name(cert, name);
        if (X509_sign(cert, key, EVP_sha256()) > 0) {
            BIO *certBio = BIO_new(BIO_s_mem());
            PEM_write_bio_X509(certBio, cert);
            result.certificatePem = bioText(certBio);
            BIO_free(certBio);
            BIO *keyBio = BIO_new(BIO_s_mem());
            PEM_write_bio_PrivateKey(keyBio, key, nullptr, nullptr, 0, nullptr, nullptr);
            result.keyPem = bioText(keyBio);
            BIO_free(keyBio);
        }
    }
    X509_free(cert);
    EVP_PKEY_free(key);
    return result;
}

X509 *parseCertificate(const QByteArray &pem)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    X509 *cert = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    return cert;
}

QByteArray derOf(X509 *cert)
{
    unsigned char *der = nullptr;
    const int length = i2d_X509(cert, &der);
    if (length <= 0)
        return {};
    QByteArray bytes(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return bytes;
}

bool verifySignature(EVP_PKEY *key, bool pss, const QByteArray &input, const QByteArray &signature)
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    EVP_PKEY_CTX *pctx = nullptr;
    bool ok = EVP_DigestVerifyInit(ctx, &pctx, EVP_sha256(), nullptr, key) == 1;
    if (ok && pss) {
        ok = EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) == 1 &&
             EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_AUTO) == 1;
    }
    ok = ok && EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char *>(signature.constData()),
                                size_t(signature.size()),
                                reinterpret_cast<const unsigned char *>(input.constData()),
                                size_t(input.size())) == 1;
    EVP_MD_CTX_free(ctx);
    return ok;
}

QString normalizedUrl(QString url)
{
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    return url.toLower();
}

} // namespace

QString ClientCertificates::certificateFile(const QString &dataDir, const QString &clientId)
{
    return QDir(dataDir).absoluteFilePath(QStringLiteral("clients/%1.pem").arg(clientId));
}

void ClientCertificates::ensure(EmulatorState &state, const QString &dataDir)
{
    auto keys = state.settings.value(kKeysSetting).toObject();
    bool changed = false;
    for (auto &client : state.clients) {
        if (!client.dataAccess || !client.certificatePem.isEmpty())
            continue;
        const auto generated = generateSelfSigned(
            QStringLiteral("Kluis emulator client %1").arg(client.clientId.left(8)));
        if (generated.certificatePem.isEmpty())
            continue;
        client.certificatePem = generated.certificatePem;
        keys.insert(client.clientId, QString::fromLatin1(generated.keyPem));
        changed = true;
        break; // the first full-access client only
    }
    if (changed) {
        state.settings.insert(kKeysSetting, keys);
        state.saveMeta();
    }
    if (dataDir.isEmpty())
        return;
    for (const auto &client : std::as_const(state.clients)) {
        const auto key = keys.value(client.clientId).toString().toLatin1();
        if (key.isEmpty() || client.certificatePem.isEmpty())
            continue;
        QDir(dataDir).mkpath(QStringLiteral("clients"));
        const auto path = certificateFile(dataDir, client.clientId);
        if (!writePrivateFile(path, key + client.certificatePem))
            qCWarning(lcClientCertificates).noquote() << "cannot write" << path;
    }
}

ClientCertificates::AssertionCheck ClientCertificates::verifyAssertion(const QByteArray &assertion,
                                                                       const Client &client,
                                                                       const QStringList &audiences)
{
    AssertionCheck check;
    check.error = QStringLiteral("invalid_client");
    const auto parts = assertion.trimmed().split('.');
    if (parts.size() != 3) {
        check.status = 400;
        check.error = QStringLiteral("invalid_request");
        check.code = 50027;
        check.message = QStringLiteral("Invalid JWT token. The client assertion is not a JWT.");
        return check;
    }
    const auto header =
        QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(0), kBase64Url)).object();
    const auto payload =
        QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(1), kBase64Url)).object();
    const auto alg = header.value(QStringLiteral("alg")).toString();
    const bool pss = alg == QLatin1String("PS256");
    if (alg != QLatin1String("RS256") && !pss) {
        check.code = 700027;
        check.message = QStringLiteral("Client assertion contains an unsupported signature "
                                       "algorithm '%1'. Use PS256 or RS256.")
                            .arg(alg);
        return check;
    }

    X509 *cert =
        client.certificatePem.isEmpty() ? nullptr : parseCertificate(client.certificatePem);
    const auto der = cert ? derOf(cert) : QByteArray();
    const auto sha1 = QString::fromLatin1(
        QCryptographicHash::hash(der, QCryptographicHash::Sha1).toBase64(kBase64Url));
    const auto sha256 = QString::fromLatin1(
        QCryptographicHash::hash(der, QCryptographicHash::Sha256).toBase64(kBase64Url));
    // Python MSAL pads its base64url x5t with '='; Node's does not.
    const auto unpadded = [&](const char *name) {
        auto value = header.value(QLatin1String(name)).toString();
        while (value.endsWith(QLatin1Char('=')))
            value.chop(1);
        return value;
    };
    const auto x5t = unpadded("x5t");
    const auto x5tS256 = unpadded("x5t#S256");
    const bool keyMatches = cert && ((!x5tS256.isEmpty() && x5tS256 == sha256) ||
                                     (x5tS256.isEmpty() && !x5t.isEmpty() && x5t == sha1));
    if (!keyMatches) {
        X509_free(cert);
        check.code = 700027;
        check.message =
            QStringLiteral("The certificate with identifier used to sign the client assertion is "
                           "not registered on application. [Reason - The key was not found., "
                           "Thumbprint of key used by client: '%1', Please visit the Azure "
                           "Portal, Graph Explorer or directly use MS Graph to see configured "
                           "keys for app Id '%2'.]")
                .arg(x5tS256.isEmpty() ? x5t : x5tS256, client.clientId);
        return check;
    }
    const bool signatureOk =
        verifySignature(X509_get0_pubkey(cert), pss, parts.at(0) + '.' + parts.at(1),
                        QByteArray::fromBase64(parts.at(2), kBase64Url));
    X509_free(cert);
    if (!signatureOk) {
        check.code = 700027;
        check.message = QStringLiteral("Client assertion failed signature validation.");
        return check;
    }
    const auto iss = payload.value(QStringLiteral("iss")).toString();
    const auto sub = payload.value(QStringLiteral("sub")).toString();
    if (iss.compare(client.clientId, Qt::CaseInsensitive) != 0 ||
        sub.compare(client.clientId, Qt::CaseInsensitive) != 0) {
        check.code = 700021;
        check.message = QStringLiteral(
            "Client assertion application identifier doesn't match 'client_id' parameter.");
        return check;
    }
    const auto aud = normalizedUrl(payload.value(QStringLiteral("aud")).toString());
    const bool audOk = std::any_of(audiences.cbegin(), audiences.cend(),
                                   [&](const QString &a) { return normalizedUrl(a) == aud; });
    if (!audOk) {
        check.code = 50027;
        check.message = QStringLiteral("Invalid JWT token. Token has an unexpected audience "
                                       "'%1'; expected the token endpoint.")
                            .arg(payload.value(QStringLiteral("aud")).toString());
        return check;
    }
    const auto now = QDateTime::currentSecsSinceEpoch();
    const qint64 skew = 300;
    // Python MSAL writes exp and nbf as fractional seconds.
    const auto exp = qint64(payload.value(QStringLiteral("exp")).toDouble(0));
    const auto nbf = qint64(payload.value(QStringLiteral("nbf")).toDouble(0));
    if (exp == 0 || exp + skew < now || nbf > now + skew) {
        check.code = 700024;
        check.message = QStringLiteral("Client assertion is not within its valid time range. "
                                       "Current time: %1, assertion valid from %2, expiry time "
                                       "of assertion %3.")
                            .arg(QDateTime::fromSecsSinceEpoch(now, Qt::UTC).toString(Qt::ISODate),
                                 QDateTime::fromSecsSinceEpoch(nbf, Qt::UTC).toString(Qt::ISODate),
                                 QDateTime::fromSecsSinceEpoch(exp, Qt::UTC).toString(Qt::ISODate));
        return check;
    }
    check.ok = true;
    return check;
}

} // namespace kluis::emulator
