#include "keys/JwkSignature.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

using namespace kluis::core;

// Keys made and signatures computed by the openssl command (an independent signer, as the
// vault is); the JWK is built from the key's public numbers as Key Vault publishes them.
class TestJwkSignature : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static QString b64(const QByteArray &bytes)
    {
        return QString::fromLatin1(
            bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    }

    bool openssl(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral("openssl"), arguments);
        const bool ok = process.waitForFinished(60000) && process.exitCode() == 0;
        if (!ok)
            qWarning() << arguments << process.readAllStandardError();
        return ok;
    }

    static QByteArray readFile(const QString &name)
    {
        QFile file(name);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static QByteArray bnBytes(EVP_PKEY *key, const char *param)
    {
        BIGNUM *bn = nullptr;
        EVP_PKEY_get_bn_param(key, param, &bn);
        QByteArray bytes(BN_num_bytes(bn), '\0');
        BN_bn2bin(bn, reinterpret_cast<unsigned char *>(bytes.data()));
        BN_free(bn);
        return bytes;
    }

    // The public JWK of the PEM private key `name`.key.
    QJsonObject jwk(const QString &name, const QString &curve = {})
    {
        const QByteArray pem = readFile(path(name + QStringLiteral(".key")));
        BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
        EVP_PKEY *key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
        BIO_free(bio);
        if (!key)
            return {};
        QJsonObject result;
        if (curve.isEmpty()) {
            result = {{QStringLiteral("kty"), QStringLiteral("RSA")},
                      {QStringLiteral("n"), b64(bnBytes(key, OSSL_PKEY_PARAM_RSA_N))},
                      {QStringLiteral("e"), b64(bnBytes(key, OSSL_PKEY_PARAM_RSA_E))}};
        } else {
            unsigned char point[200] = {};
            size_t length = 0;
            EVP_PKEY_get_octet_string_param(key, OSSL_PKEY_PARAM_PUB_KEY, point, sizeof point,
                                            &length);
            const QByteArray raw(reinterpret_cast<const char *>(point + 1), qsizetype(length - 1));
            result = {{QStringLiteral("kty"), QStringLiteral("EC")},
                      {QStringLiteral("crv"), curve},
                      {QStringLiteral("x"), b64(raw.left(raw.size() / 2))},
                      {QStringLiteral("y"), b64(raw.mid(raw.size() / 2))}};
        }
        EVP_PKEY_free(key);
        return result;
    }

    // openssl's signature over `digest`, as the vault returns it (R||S for ECDSA).
    QByteArray sign(const QString &name, const QString &algorithm, const QByteArray &digest)
    {
        QFile in(path(QStringLiteral("digest.bin")));
        if (!in.open(QIODevice::WriteOnly))
            return {};
        in.write(digest);
        in.close();
        const QString bits = algorithm.mid(2, 3);
        QStringList arguments = {QStringLiteral("pkeyutl"),  QStringLiteral("-sign"),
                                 QStringLiteral("-inkey"),   path(name + QStringLiteral(".key")),
                                 QStringLiteral("-in"),      in.fileName(),
                                 QStringLiteral("-out"),     path(QStringLiteral("sig.bin")),
                                 QStringLiteral("-pkeyopt"), QStringLiteral("digest:sha") + bits};
        if (algorithm.startsWith(QLatin1String("PS")))
            arguments += {QStringLiteral("-pkeyopt"), QStringLiteral("rsa_padding_mode:pss"),
                          QStringLiteral("-pkeyopt"), QStringLiteral("rsa_pss_saltlen:digest")};
        if (!openssl(arguments))
            return {};
        QByteArray signature = readFile(path(QStringLiteral("sig.bin")));
        if (!algorithm.startsWith(QLatin1String("ES")))
            return signature;
        const auto *p = reinterpret_cast<const unsigned char *>(signature.constData());
        ECDSA_SIG *sig = d2i_ECDSA_SIG(nullptr, &p, long(signature.size()));
        const int size = bits == QLatin1String("512") ? 66 : bits.toInt() / 8;
        QByteArray raw(2 * size, '\0');
        BN_bn2binpad(ECDSA_SIG_get0_r(sig), reinterpret_cast<unsigned char *>(raw.data()), size);
        BN_bn2binpad(ECDSA_SIG_get0_s(sig), reinterpret_cast<unsigned char *>(raw.data()) + size,
                     size);
        ECDSA_SIG_free(sig);
        return raw;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const auto &suffix : {"", "-other"}) {
            QVERIFY(openssl(
                {QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("RSA"),
                 QStringLiteral("-pkeyopt"), QStringLiteral("rsa_keygen_bits:2048"),
                 QStringLiteral("-out"),
                 path(QStringLiteral("rsa") + QLatin1String(suffix) + QStringLiteral(".key"))}));
            for (const auto &curve : {"P-256", "P-384", "P-521"}) {
                QVERIFY(openssl(
                    {QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("EC"),
                     QStringLiteral("-pkeyopt"),
                     QStringLiteral("ec_paramgen_curve:") + QLatin1String(curve),
                     QStringLiteral("-out"),
                     path(QLatin1String(curve) + QLatin1String(suffix) + QStringLiteral(".key"))}));
            }
        }
    }

    void verifiesSignaturesMadeElsewhere_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("curve");
        QTest::addColumn<QString>("algorithm");
        QTest::newRow("RS256") << "rsa"
                               << ""
                               << "RS256";
        QTest::newRow("RS512") << "rsa"
                               << ""
                               << "RS512";
        QTest::newRow("PS256") << "rsa"
                               << ""
                               << "PS256";
        QTest::newRow("PS384") << "rsa"
                               << ""
                               << "PS384";
        QTest::newRow("ES256") << "P-256"
                               << "P-256"
                               << "ES256";
        QTest::newRow("ES384") << "P-384"
                               << "P-384"
                               << "ES384";
        QTest::newRow("ES512") << "P-521"
                               << "P-521"
                               << "ES512";
    }

    void verifiesSignaturesMadeElsewhere()
    {
        QFETCH(QString, key);
        QFETCH(QString, curve);
        QFETCH(QString, algorithm);
        const QJsonObject publicKey = jwk(key, curve);
        QVERIFY(!publicKey.isEmpty());
        QVERIFY(JwkSignature::algorithmsFor(publicKey).contains(algorithm));
        const QByteArray digest = JwkSignature::digest(algorithm, "Kluis key test sample");
        QVERIFY(!digest.isEmpty());
        const QByteArray signature = sign(key, algorithm, digest);
        QVERIFY(!signature.isEmpty());

        const Status good = JwkSignature::verify(publicKey, algorithm, digest, signature);
        QVERIFY2(good.ok(), qPrintable(good.ok() ? QString() : good.error().message));

        // Another sample, a flipped bit, or another key must each fail.
        const QByteArray otherDigest = JwkSignature::digest(algorithm, "another sample");
        QVERIFY(!JwkSignature::verify(publicKey, algorithm, otherDigest, signature).ok());
        QByteArray flipped = signature;
        flipped[flipped.size() / 2] = char(flipped.at(flipped.size() / 2) ^ 0x01);
        QVERIFY(!JwkSignature::verify(publicKey, algorithm, digest, flipped).ok());
        const QJsonObject otherKey = jwk(key + QStringLiteral("-other"), curve);
        QVERIFY(!otherKey.isEmpty());
        QVERIFY(!JwkSignature::verify(otherKey, algorithm, digest, signature).ok());
    }

    void pssAndPkcs1AreNotInterchangeable()
    {
        const QJsonObject publicKey = jwk(QStringLiteral("rsa"));
        const QByteArray digest = JwkSignature::digest(QStringLiteral("RS256"), "sample");
        const QByteArray pkcs1 = sign(QStringLiteral("rsa"), QStringLiteral("RS256"), digest);
        QVERIFY(JwkSignature::verify(publicKey, QStringLiteral("RS256"), digest, pkcs1).ok());
        QVERIFY(!JwkSignature::verify(publicKey, QStringLiteral("PS256"), digest, pkcs1).ok());
    }

    void refusesMismatchedAlgorithms()
    {
        const QJsonObject rsa = jwk(QStringLiteral("rsa"));
        const QJsonObject p256 = jwk(QStringLiteral("P-256"), QStringLiteral("P-256"));
        const QByteArray digest = JwkSignature::digest(QStringLiteral("ES256"), "sample");
        const QByteArray signature = sign(QStringLiteral("P-256"), QStringLiteral("ES256"), digest);
        QVERIFY(JwkSignature::verify(p256, QStringLiteral("ES256"), digest, signature).ok());
        QVERIFY(!JwkSignature::verify(p256, QStringLiteral("ES384"), digest, signature).ok());
        QVERIFY(!JwkSignature::verify(rsa, QStringLiteral("ES256"), digest, signature).ok());
        QVERIFY(!JwkSignature::verify(p256, QStringLiteral("RS256"), digest, signature).ok());
        // A digest of the wrong size is reported, not passed to OpenSSL.
        QVERIFY(
            !JwkSignature::verify(p256, QStringLiteral("ES256"), digest.left(20), signature).ok());
        // An HSM key's JWK is the same shape.
        QJsonObject hsm = p256;
        hsm[QStringLiteral("kty")] = QStringLiteral("EC-HSM");
        QVERIFY(JwkSignature::verify(hsm, QStringLiteral("ES256"), digest, signature).ok());
        QCOMPARE(JwkSignature::defaultAlgorithm(rsa), QStringLiteral("RS256"));
        QCOMPARE(JwkSignature::defaultAlgorithm(p256), QStringLiteral("ES256"));
        QCOMPARE(
            JwkSignature::defaultAlgorithm(jwk(QStringLiteral("P-521"), QStringLiteral("P-521"))),
            QStringLiteral("ES512"));
        QVERIFY(JwkSignature::defaultAlgorithm(
                    QJsonObject{{QStringLiteral("kty"), QStringLiteral("oct")}})
                    .isEmpty());
        QCOMPARE(JwkSignature::digest(QStringLiteral("ES384"), "x").size(), 48);
        QCOMPARE(JwkSignature::digest(QStringLiteral("PS512"), "x").size(), 64);
        QVERIFY(JwkSignature::digest(QStringLiteral("HS256"), "x").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestJwkSignature)
#include "tst_jwksignature.moc"
