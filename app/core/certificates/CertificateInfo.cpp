#include "certificates/CertificateInfo.h"

#include "common/OpenSslPtr.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHostAddress>
#include <QtEndian>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>
#include <vector>

namespace kluis::core {

namespace {

using X509Ptr = ssl::Certificate;
using BioPtr = ssl::Bio;

QString tr(const char *text)
{
    return QCoreApplication::translate("kluis::core::CertificateInfo", text);
}

X509Ptr readDer(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    X509Ptr cert(d2i_X509(nullptr, &p, static_cast<long>(der.size())));
    // Trailing bytes mean this was not one certificate.
    if (cert && p != reinterpret_cast<const unsigned char *>(der.constData()) + der.size())
        cert.reset();
    return cert;
}

QString nameToString(const X509_NAME *name)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    const unsigned long flags = (ASN1_STRFLGS_RFC2253 & ~ASN1_STRFLGS_ESC_MSB) |
                                XN_FLAG_SEP_CPLUS_SPC | XN_FLAG_DN_REV | XN_FLAG_FN_SN;
    X509_NAME_print_ex(bio.get(), name, 0, flags);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QString::fromUtf8(data, size);
}

QString asn1ToString(const ASN1_STRING *value)
{
    unsigned char *utf8 = nullptr;
    const int size = ASN1_STRING_to_UTF8(&utf8, value);
    if (size < 0)
        return {};
    QString text = QString::fromUtf8(reinterpret_cast<const char *>(utf8), size);
    OPENSSL_free(utf8);
    return text;
}

QDateTime asn1TimeToDateTime(const ASN1_TIME *time)
{
    struct tm parts = {};
    if (!time || ASN1_TIME_to_tm(time, &parts) != 1)
        return {};
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), Qt::UTC);
}

QString curveDisplayName(const QString &groupName)
{
    if (groupName == QLatin1String("prime256v1") || groupName == QLatin1String("P-256"))
        return QStringLiteral("P-256");
    if (groupName == QLatin1String("secp384r1") || groupName == QLatin1String("P-384"))
        return QStringLiteral("P-384");
    if (groupName == QLatin1String("secp521r1") || groupName == QLatin1String("P-521"))
        return QStringLiteral("P-521");
    if (groupName == QLatin1String("secp256k1"))
        return QStringLiteral("P-256K");
    return groupName;
}

QString ekuName(const QString &oid)
{
    static const QList<std::pair<const char *, const char *>> names = {
        {"1.3.6.1.5.5.7.3.1",
         QT_TRANSLATE_NOOP("kluis::core::CertificateInfo", "Server Authentication")},
        {"1.3.6.1.5.5.7.3.2",
         QT_TRANSLATE_NOOP("kluis::core::CertificateInfo", "Client Authentication")},
        {"1.3.6.1.5.5.7.3.3", QT_TRANSLATE_NOOP("kluis::core::CertificateInfo", "Code Signing")},
        {"1.3.6.1.5.5.7.3.4", QT_TRANSLATE_NOOP("kluis::core::CertificateInfo", "Secure Email")},
        {"1.3.6.1.5.5.7.3.8", QT_TRANSLATE_NOOP("kluis::core::CertificateInfo", "Time Stamping")},
        {"1.3.6.1.5.5.7.3.9", QT_TRANSLATE_NOOP("kluis::core::CertificateInfo", "OCSP Signing")},
    };
    for (const auto &[known, name] : names) {
        if (oid == QLatin1String(known))
            return tr(name);
    }
    return oid;
}

QStringList keyUsageNames(uint32_t usage)
{
    static const QList<std::pair<uint32_t, const char *>> names = {
        {KU_DIGITAL_SIGNATURE,
         QT_TRANSLATE_NOOP("kluis::core::CertificateInfo", "Digital Signature")},
        {KU_NON_REPUDIATION, QT_TRANSLATE_NOOP("kluis::core::CertificateInfo", "Non-Repudiation")},
        {KU_KEY_ENCIPHERMENT,
         QT_TRANSLATE_NOOP("kluis::core::CertificateInfo", "Key Encipherment")},
        {KU_DATA_ENCIPHERMENT,
         QT_TRANSLATE_NOOP("kluis::core::CertificateInfo", "Data Encipherment")},
        {KU_KEY_AGREEMENT, QT_TRANSLATE_NOOP("kluis::core::CertificateInfo", "Key Agreement")},
        {KU_KEY_CERT_SIGN,
         QT_TRANSLATE_NOOP("kluis::core::CertificateInfo", "Certificate Signing")},
        {KU_CRL_SIGN, QT_TRANSLATE_NOOP("kluis::core::CertificateInfo", "CRL Signing")},
        {KU_ENCIPHER_ONLY, QT_TRANSLATE_NOOP("kluis::core::CertificateInfo", "Encipher Only")},
        {KU_DECIPHER_ONLY, QT_TRANSLATE_NOOP("kluis::core::CertificateInfo", "Decipher Only")},
    };
    QStringList result;
    for (const auto &[bit, name] : names) {
        if (usage & bit)
            result.append(tr(name));
    }
    return result;
}

void readAlternativeNames(X509 *cert, CertificateInfo &info)
{
    auto *names = static_cast<GENERAL_NAMES *>(
        X509_get_ext_d2i(cert, NID_subject_alt_name, nullptr, nullptr));
    if (!names)
        return;
    for (int i = 0; i < sk_GENERAL_NAME_num(names); ++i) {
        const GENERAL_NAME *name = sk_GENERAL_NAME_value(names, i);
        switch (name->type) {
        case GEN_DNS: {
            const QString dns = asn1ToString(name->d.dNSName);
            info.dnsNames.append(dns);
            info.subjectAlternativeNames.append(QStringLiteral("DNS:") + dns);
            break;
        }
        case GEN_IPADD: {
            const ASN1_OCTET_STRING *ip = name->d.iPAddress;
            QHostAddress address;
            if (ip->length == 4) {
                address.setAddress(qFromBigEndian<quint32>(ip->data));
            } else if (ip->length == 16) {
                address.setAddress(reinterpret_cast<const quint8 *>(ip->data));
            }
            info.subjectAlternativeNames.append(QStringLiteral("IP:") + address.toString());
            break;
        }
        case GEN_EMAIL:
            info.subjectAlternativeNames.append(QStringLiteral("email:") +
                                                asn1ToString(name->d.rfc822Name));
            break;
        case GEN_URI:
            info.subjectAlternativeNames.append(QStringLiteral("URI:") +
                                                asn1ToString(name->d.uniformResourceIdentifier));
            break;
        default:
            break;
        }
    }
    GENERAL_NAMES_free(names);
}

void readKey(X509 *cert, CertificateInfo &info)
{
    EVP_PKEY *key = X509_get0_pubkey(cert);
    if (!key)
        return;
    info.keySizeBits = EVP_PKEY_get_bits(key);
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_RSA:
    case EVP_PKEY_RSA_PSS:
        info.keyAlgorithm = QStringLiteral("RSA");
        break;
    case EVP_PKEY_EC: {
        info.keyAlgorithm = QStringLiteral("EC");
        char group[80] = {};
        size_t length = 0;
        if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group,
                                           &length) == 1)
            info.curve = curveDisplayName(QString::fromLatin1(group, qsizetype(length)));
        break;
    }
    case EVP_PKEY_ED25519:
        info.keyAlgorithm = QStringLiteral("Ed25519");
        break;
    case EVP_PKEY_ED448:
        info.keyAlgorithm = QStringLiteral("Ed448");
        break;
    default:
        info.keyAlgorithm = QString::fromLatin1(EVP_PKEY_get0_type_name(key));
        break;
    }
}

void readExtendedKeyUsage(X509 *cert, CertificateInfo &info)
{
    auto *usages = static_cast<EXTENDED_KEY_USAGE *>(
        X509_get_ext_d2i(cert, NID_ext_key_usage, nullptr, nullptr));
    if (!usages)
        return;
    for (int i = 0; i < sk_ASN1_OBJECT_num(usages); ++i) {
        char oid[128] = {};
        OBJ_obj2txt(oid, sizeof oid, sk_ASN1_OBJECT_value(usages, i), 1);
        const QString text = QString::fromLatin1(oid);
        info.extendedKeyUsageOids.append(text);
        info.extendedKeyUsage.append(ekuName(text));
    }
    EXTENDED_KEY_USAGE_free(usages);
}

// By name and signature only: X509_check_issued would also demand the CA key usage, which a
// self-signed end-entity certificate (as Key Vault makes them) does not have.
bool issued(X509 *issuer, X509 *subject)
{
    const bool named =
        X509_NAME_cmp(X509_get_issuer_name(subject), X509_get_subject_name(issuer)) == 0;
    const bool signedByIt = named && X509_verify(subject, X509_get0_pubkey(issuer)) == 1;
    ERR_clear_error();
    return signedByIt;
}

} // namespace

QString CertificateInfo::sha1Hex() const
{
    return QString::fromLatin1(sha1Thumbprint.toHex().toUpper());
}

QString CertificateInfo::sha256Hex() const
{
    return QString::fromLatin1(sha256Thumbprint.toHex().toUpper());
}

QString CertificateInfo::x5t() const
{
    return QString::fromLatin1(
        sha1Thumbprint.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

CertificateInfo::Expiry CertificateInfo::expiry(const QDateTime &now, int warningDays) const
{
    if (notAfter.isValid() && now > notAfter)
        return Expiry::Expired;
    if (notBefore.isValid() && now < notBefore)
        return Expiry::NotYetValid;
    if (notAfter.isValid() && now.addDays(warningDays) > notAfter)
        return Expiry::ExpiresSoon;
    return Expiry::Ok;
}

qint64 CertificateInfo::daysUntilExpiry(const QDateTime &now) const
{
    return now.secsTo(notAfter) / 86400;
}

bool CertificateInfo::isIssuedBy(const CertificateInfo &issuerCandidate) const
{
    X509Ptr self = readDer(der);
    X509Ptr issuer = readDer(issuerCandidate.der);
    return self && issuer && issued(issuer.get(), self.get());
}

QByteArray CertificateInfo::toPem() const
{
    QByteArray pem("-----BEGIN CERTIFICATE-----\n");
    const QByteArray base64 = der.toBase64();
    for (qsizetype i = 0; i < base64.size(); i += 64)
        pem += base64.mid(i, 64) + '\n';
    pem += "-----END CERTIFICATE-----\n";
    return pem;
}

Result<CertificateInfo> CertificateInfo::fromDer(const QByteArray &der)
{
    X509Ptr cert = readDer(der);
    if (!cert) {
        ERR_clear_error();
        return AzureError::parse(tr("The data is not a DER-encoded X.509 certificate."));
    }
    CertificateInfo info;
    info.der = der;
    info.subject = nameToString(X509_get_subject_name(cert.get()));
    info.issuer = nameToString(X509_get_issuer_name(cert.get()));
    const X509_NAME *subjectName = X509_get_subject_name(cert.get());
    const int cn = X509_NAME_get_index_by_NID(subjectName, NID_commonName, -1);
    if (cn >= 0)
        info.subjectCommonName =
            asn1ToString(X509_NAME_ENTRY_get_data(X509_NAME_get_entry(subjectName, cn)));
    readAlternativeNames(cert.get(), info);
    info.notBefore = asn1TimeToDateTime(X509_get0_notBefore(cert.get()));
    info.notAfter = asn1TimeToDateTime(X509_get0_notAfter(cert.get()));
    if (BIGNUM *serial = ASN1_INTEGER_to_BN(X509_get0_serialNumber(cert.get()), nullptr)) {
        char *hex = BN_bn2hex(serial);
        info.serialNumber = QString::fromLatin1(hex).toUpper();
        OPENSSL_free(hex);
        BN_free(serial);
    }
    info.sha1Thumbprint = QCryptographicHash::hash(der, QCryptographicHash::Sha1);
    info.sha256Thumbprint = QCryptographicHash::hash(der, QCryptographicHash::Sha256);
    readKey(cert.get(), info);
    // Computes the cached extension flags too; UINT32_MAX means "no key usage extension".
    const uint32_t usage = X509_get_key_usage(cert.get());
    if (usage != UINT32_MAX)
        info.keyUsage = keyUsageNames(usage);
    readExtendedKeyUsage(cert.get(), info);
    info.certificateAuthority = (X509_get_extension_flags(cert.get()) & EXFLAG_CA) != 0;
    info.selfSigned = issued(cert.get(), cert.get());
    ERR_clear_error();
    return info;
}

Result<QList<CertificateInfo>> CertificateInfo::fromPem(const QByteArray &pem)
{
    BioPtr bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    QList<CertificateInfo> certificates;
    while (X509 *raw = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)) {
        X509Ptr cert(raw);
        unsigned char *der = nullptr;
        const int size = i2d_X509(cert.get(), &der);
        if (size <= 0)
            break;
        auto info = fromDer(QByteArray(reinterpret_cast<const char *>(der), size));
        OPENSSL_free(der);
        if (!info.ok())
            return info.error();
        certificates.append(std::move(info).value());
    }
    ERR_clear_error();
    if (certificates.isEmpty())
        return AzureError::parse(tr("The file holds no PEM certificate."));
    return certificates;
}

Result<QList<CertificateInfo>> CertificateInfo::fromData(const QByteArray &data)
{
    if (data.contains("-----BEGIN"))
        return fromPem(data);
    auto info = fromDer(data);
    if (!info.ok())
        return info.error();
    return QList<CertificateInfo>{std::move(info).value()};
}

QList<CertificateInfo> CertificateInfo::orderChain(QList<CertificateInfo> certificates)
{
    if (certificates.size() < 2)
        return certificates;
    std::vector<X509Ptr> parsed;
    for (const auto &c : certificates)
        parsed.push_back(readDer(c.der));
    const auto n = certificates.size();
    auto issuedBy = [&](qsizetype subject, qsizetype issuer) {
        const auto &s = parsed[size_t(subject)];
        const auto &i = parsed[size_t(issuer)];
        return subject != issuer && s && i && issued(i.get(), s.get());
    };
    // The leaf issued none of the others; one whose issuer is in the list comes first.
    qsizetype leaf = -1;
    qsizetype loneLeaf = -1;
    for (qsizetype i = 0; i < n && leaf < 0; ++i) {
        bool issuesAnother = false;
        bool hasIssuer = false;
        for (qsizetype j = 0; j < n; ++j) {
            issuesAnother = issuesAnother || issuedBy(j, i);
            hasIssuer = hasIssuer || issuedBy(i, j);
        }
        if (!issuesAnother && hasIssuer)
            leaf = i;
        else if (!issuesAnother && loneLeaf < 0)
            loneLeaf = i;
    }
    if (leaf < 0)
        leaf = loneLeaf >= 0 ? loneLeaf : 0;
    QList<bool> used(n, false);
    QList<CertificateInfo> ordered;
    for (qsizetype current = leaf; current >= 0 && !used[current];) {
        used[current] = true;
        ordered.append(certificates[current]);
        qsizetype next = -1;
        for (qsizetype j = 0; j < n && next < 0; ++j) {
            if (!used[j] && issuedBy(current, j))
                next = j;
        }
        current = next;
    }
    for (qsizetype i = 0; i < n; ++i) {
        if (!used[i])
            ordered.append(certificates[i]);
    }
    return ordered;
}

} // namespace kluis::core
