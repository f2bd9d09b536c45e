#include "EmulatorProcess.h"
#include "TestAwait.h"

#include "auth/ClientSecretCredential.h"
#include "clients/BackupFile.h"
#include "clients/KeyVaultClient.h"
#include "keys/JwkSignature.h"
#include "keys/PublicJwk.h"
#include "models/CertificateListModel.h"
#include "models/KeyListModel.h"
#include "models/VersionListModel.h"
#include "net/HttpPipeline.h"

#include <QBuffer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <functional>

#include <sys/resource.h>

using namespace kluis::core;

namespace {
QString why(const AzureError &error)
{
    return error.detailedMessage();
}
// Evaluates `result` once: it is often a call that writes to the vault.
#define VERIFY_OK(result)                                                                          \
    do {                                                                                           \
        const auto &checked_ = (result);                                                           \
        QVERIFY2(checked_.ok(), qPrintable(checked_.ok() ? QString() : why(checked_.error())));    \
    } while (false)

// Deletion completes asynchronously, as in the service: wait until `ready` answers true.
bool eventually(const std::function<bool()> &ready)
{
    for (int i = 0; i < 100; ++i) {
        if (ready())
            return true;
        QTest::qWait(100);
    }
    return false;
}

template<typename T> bool isNotFound(const Result<T> &result)
{
    return !result.ok() && result.error().httpStatus == 404;
}

// Runs openssl with `arguments`; the exit code (-1 when it does not run).
int openssl(const QStringList &arguments, QByteArray *out = nullptr)
{
    QProcess process;
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForFinished(60000))
        return -1;
    if (out)
        *out = process.readAllStandardOutput() + process.readAllStandardError();
    return process.exitCode();
}
} // namespace

class TestKeysAndCertificates : public QObject
{
    Q_OBJECT

private:
    // A vault of its own ("work", one generated secret) so the demo's content stays apart.
    EmulatorProcess m_emulator{
        {QStringLiteral("--in-memory"), QStringLiteral("--seed-count"), QStringLiteral("work=1")}};
    CloudProfile m_cloud;
    HttpPipeline *m_pipeline = nullptr;
    QTemporaryDir m_files;

    QString cloudFile() const { return m_emulator.dataDir() + QStringLiteral("/cloud.json"); }
    KeyVaultClient kv() const
    {
        return KeyVaultClient(m_pipeline, m_cloud.vaultUrl(QStringLiteral("work")));
    }
    CloudClient dataClient() const
    {
        for (const auto &c : m_cloud.clients) {
            if (c.dataAccess)
                return c;
        }
        return {};
    }
    // `fileSizeLimit` above zero makes every file write of kluisctl past that many bytes fail,
    // as a full disk would.
    int kluisctl(const QStringList &arguments, QByteArray *out = nullptr, rlim_t fileSizeLimit = 0)
    {
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("AZURE_TENANT_ID"), m_cloud.tenantId);
        environment.insert(QStringLiteral("AZURE_CLIENT_ID"), dataClient().clientId);
        environment.insert(QStringLiteral("AZURE_CLIENT_SECRET"), dataClient().clientSecret);
        QProcess process;
        process.setProcessEnvironment(environment);
        if (fileSizeLimit > 0)
            process.setChildProcessModifier([fileSizeLimit] {
                std::signal(SIGXFSZ, SIG_IGN);
                rlimit limit{};
                getrlimit(RLIMIT_FSIZE, &limit);
                limit.rlim_cur = fileSizeLimit;
                setrlimit(RLIMIT_FSIZE, &limit);
            });
        process.start(QStringLiteral(KLUISCTL_PATH),
                      QStringList{QStringLiteral("--cloud-file"), cloudFile(),
                                  QStringLiteral("--vault"), QStringLiteral("work")} +
                          arguments);
        process.closeWriteChannel();
        if (!process.waitForFinished(120000))
            return -1;
        if (out)
            *out = process.readAllStandardOutput();
        return process.exitCode();
    }
    QString path(const QString &name) const { return m_files.filePath(name); }
    static constexpr auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                      QFileDevice::ReadUser | QFileDevice::WriteUser;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_files.isValid());
        QVERIFY(m_emulator.start());
        QString error;
        const auto cloud = CloudProfile::fromFile(cloudFile(), &error);
        QVERIFY2(cloud, qPrintable(error));
        m_cloud = *cloud;
        m_pipeline = new HttpPipeline(m_cloud, this);
        m_pipeline->setCredential(std::make_shared<ClientSecretCredential>(
            m_cloud, m_cloud.tenantId, dataClient().clientId, dataClient().clientSecret));
    }

    void createsKeysOfEveryTypeAndSize_data()
    {
        QTest::addColumn<QString>("keyType");
        QTest::addColumn<int>("size");
        QTest::addColumn<QString>("curve");
        QTest::addColumn<QString>("description");
        QTest::newRow("RSA 2048") << "RSA" << 2048 << QString() << "RSA 2048";
        QTest::newRow("RSA 3072") << "RSA" << 3072 << QString() << "RSA 3072";
        QTest::newRow("RSA-HSM 4096") << "RSA-HSM" << 4096 << QString() << "RSA-HSM 4096";
        QTest::newRow("EC P-256") << "EC" << 0 << "P-256"
                                  << "EC P-256";
        QTest::newRow("EC P-384") << "EC" << 0 << "P-384"
                                  << "EC P-384";
        QTest::newRow("EC-HSM P-521") << "EC-HSM" << 0 << "P-521"
                                      << "EC-HSM P-521";
    }

    // A key made in the vault signs a SHA-256 (or 384/512) digest, and the signature verifies
    // locally with OpenSSL against the public JWK, in the vault, and fails for another digest.
    void createsKeysOfEveryTypeAndSize()
    {
        QFETCH(QString, keyType);
        QFETCH(int, size);
        QFETCH(QString, curve);
        QFETCH(QString, description);
        KeyCreateOptions options;
        options.keyType = keyType;
        if (size)
            options.keySize = size;
        options.curve = curve;
        options.keyOperations = {QStringLiteral("sign"), QStringLiteral("verify")};
        options.tags = {{QStringLiteral("team"), QStringLiteral("blue")}};
        const QString name =
            QStringLiteral("k-") + QString::fromLatin1(QTest::currentDataTag())
                                       .replace(QLatin1Char(' '), QLatin1Char('-'));
        const auto created = await(kv().createKey(name, options));
        VERIFY_OK(created);
        QCOMPARE(created->keyDescription(), description);
        QCOMPARE(created->keyOperations, options.keyOperations);
        QCOMPARE(created->tags.value(QStringLiteral("team")), QStringLiteral("blue"));
        QCOMPARE(created->version.size(), 32);
        QVERIFY(!created->publicJwk.contains(QStringLiteral("d")));

        const auto algorithm = JwkSignature::defaultAlgorithm(created->publicJwk);
        const auto digest = JwkSignature::digest(algorithm, QByteArrayLiteral("Kluis test key"));
        QVERIFY(!digest.isEmpty());
        const auto signed_ = await(kv().sign(name, created->version, algorithm, digest));
        VERIFY_OK(signed_);
        QCOMPARE(signed_->kid, created->kid);
        const auto local =
            JwkSignature::verify(created->publicJwk, algorithm, digest, signed_->signature);
        VERIFY_OK(local);
        const auto other = JwkSignature::digest(algorithm, QByteArrayLiteral("something else"));
        QVERIFY(
            !JwkSignature::verify(created->publicJwk, algorithm, other, signed_->signature).ok());
        const auto remote =
            await(kv().verify(name, QString(), algorithm, digest, signed_->signature));
        VERIFY_OK(remote);
        QVERIFY(remote.value());

        // The same signature checked by the openssl tool, from the PEM the core makes.
        if (!keyType.startsWith(QLatin1String("RSA")))
            return;
        const auto pem = publicjwk::toPem(created->publicJwk);
        QVERIFY(pem.startsWith("-----BEGIN PUBLIC KEY-----"));
        QFile pemFile(path(name + QStringLiteral(".pem")));
        QVERIFY(pemFile.open(QIODevice::WriteOnly));
        pemFile.write(pem);
        pemFile.close();
        QFile digestFile(path(name + QStringLiteral(".digest")));
        QVERIFY(digestFile.open(QIODevice::WriteOnly));
        digestFile.write(digest);
        digestFile.close();
        QFile signatureFile(path(name + QStringLiteral(".sig")));
        QVERIFY(signatureFile.open(QIODevice::WriteOnly));
        signatureFile.write(signed_->signature);
        signatureFile.close();
        QByteArray out;
        QCOMPARE(
            openssl({QStringLiteral("pkeyutl"), QStringLiteral("-verify"), QStringLiteral("-pubin"),
                     QStringLiteral("-inkey"), pemFile.fileName(), QStringLiteral("-in"),
                     digestFile.fileName(), QStringLiteral("-sigfile"), signatureFile.fileName(),
                     QStringLiteral("-pkeyopt"), QStringLiteral("digest:sha256")},
                    &out),
            0);
        QVERIFY2(out.contains("Signature Verified Successfully"), out.constData());
    }

    void refusesKeysTheVaultDoesNotMake()
    {
        KeyCreateOptions options;
        options.keySize = 1024;
        const auto created = await(kv().createKey(QStringLiteral("too-small"), options));
        QVERIFY(!created.ok());
        QCOMPARE(created.error().httpStatus, 400);
        QVERIFY(!await(kv().createKey(QStringLiteral("bad name!"), {})).ok());
    }

    void keyVersionsUpdatesAndRotation()
    {
        const auto name = QStringLiteral("rotating");
        KeyCreateOptions options;
        options.keyType = QStringLiteral("EC");
        const auto first = await(kv().createKey(name, options));
        VERIFY_OK(first);
        const auto second = await(kv().createKey(name, options)); // create again: new version
        VERIFY_OK(second);
        const auto third = await(kv().rotateKey(name));
        VERIFY_OK(third);
        QCOMPARE(third->curve, QStringLiteral("P-256"));
        QVERIFY(third->version != second->version);
        const auto versions = await(kv().listVersions<KeyItem>(name));
        VERIFY_OK(versions);
        QSet<QString> seen;
        for (const auto &v : versions->items)
            seen.insert(v.version);
        QCOMPARE(seen, (QSet<QString>{first->version, second->version, third->version}));

        KeyUpdate update;
        update.enabled = false;
        update.tags = QMap<QString, QString>{{QStringLiteral("state"), QStringLiteral("off")}};
        const auto updated = await(kv().updateKey(name, first->version, update));
        VERIFY_OK(updated);
        QVERIFY(!updated->attributes.enabled);
        QCOMPARE(updated->tags.value(QStringLiteral("state")), QStringLiteral("off"));
        const auto reread = await(kv().getKey(name, first->version));
        VERIFY_OK(reread);
        QVERIFY(!reread->attributes.enabled);
        const auto latest = await(kv().getKey(name));
        VERIFY_OK(latest);
        QCOMPARE(latest->version, third->version);
        QVERIFY(latest->attributes.enabled);
        // A disabled version refuses to sign.
        const auto digest = JwkSignature::digest(QStringLiteral("ES256"), "x");
        const auto refused =
            await(kv().sign(name, first->version, QStringLiteral("ES256"), digest));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().httpStatus, 403);
    }

    void importsAKey()
    {
        // An RSA key made here, imported as a private JWK, then used by the vault.
        QByteArray pem;
        QCOMPARE(
            openssl({QStringLiteral("genpkey"), QStringLiteral("-algorithm"), QStringLiteral("RSA"),
                     QStringLiteral("-pkeyopt"), QStringLiteral("rsa_keygen_bits:2048")},
                    &pem),
            0);
        QByteArray text;
        QFile keyFile(path(QStringLiteral("import.key")));
        QVERIFY(keyFile.open(QIODevice::WriteOnly));
        keyFile.write(pem);
        keyFile.close();
        QCOMPARE(openssl({QStringLiteral("rsa"), QStringLiteral("-in"), keyFile.fileName(),
                          QStringLiteral("-text"), QStringLiteral("-noout")},
                         &text),
                 0);
        // Parses "modulus:\n    00:ab:..." blocks of `openssl rsa -text`.
        const auto field = [&text](const char *label) {
            const auto start = text.indexOf(QByteArray(QByteArray(label) + ":\n"));
            if (start < 0)
                return QByteArray();
            QByteArray hex;
            for (const auto &line : text.mid(start).split('\n').mid(1)) {
                if (!line.startsWith("    "))
                    break;
                hex += line.trimmed().replace(":", "");
            }
            auto bytes = QByteArray::fromHex(hex);
            while (bytes.startsWith('\0'))
                bytes.remove(0, 1);
            return bytes;
        };
        const auto b64 = [](const QByteArray &bytes) {
            return QString::fromLatin1(
                bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        };
        const QJsonObject jwk{{QStringLiteral("kty"), QStringLiteral("RSA")},
                              {QStringLiteral("n"), b64(field("modulus"))},
                              {QStringLiteral("e"), QStringLiteral("AQAB")},
                              {QStringLiteral("d"), b64(field("privateExponent"))},
                              {QStringLiteral("p"), b64(field("prime1"))},
                              {QStringLiteral("q"), b64(field("prime2"))},
                              {QStringLiteral("dp"), b64(field("exponent1"))},
                              {QStringLiteral("dq"), b64(field("exponent2"))},
                              {QStringLiteral("qi"), b64(field("coefficient"))},
                              {QStringLiteral("key_ops"),
                               QJsonArray{QStringLiteral("sign"), QStringLiteral("verify")}}};
        const auto imported = await(kv().importKey(QStringLiteral("imported"), jwk));
        VERIFY_OK(imported);
        QCOMPARE(imported->keyDescription(), QStringLiteral("RSA 2048"));
        QCOMPARE(imported->publicJwk.value(QStringLiteral("n")).toString(), b64(field("modulus")));
        const auto digest = JwkSignature::digest(QStringLiteral("PS256"), "imported");
        const auto signature =
            await(kv().sign(QStringLiteral("imported"), {}, QStringLiteral("PS256"), digest));
        VERIFY_OK(signature);
        VERIFY_OK(JwkSignature::verify(imported->publicJwk, QStringLiteral("PS256"), digest,
                                       signature->signature));
    }

    // backup → delete → purge → restore brings back every version; recover undoes a delete.
    void keyDeleteRecoverPurgeBackupRestore()
    {
        const auto name = QStringLiteral("lifecycle-key");
        KeyCreateOptions options;
        options.keyType = QStringLiteral("EC");
        VERIFY_OK(await(kv().createKey(name, options)));
        const auto second = await(kv().createKey(name, options));
        VERIFY_OK(second);

        const auto deleted = await(kv().deleteItem<KeyItem>(name));
        VERIFY_OK(deleted);
        QVERIFY(!deleted->recoveryId.isEmpty());
        QVERIFY(deleted->scheduledPurgeDate.has_value());
        QVERIFY(eventually([&] { return await(kv().getDeleted<KeyItem>(name)).ok(); }));
        QVERIFY(isNotFound(await(kv().getKey(name))));
        bool listed = false;
        QUrl next;
        do {
            const auto page = await(kv().listDeleted<KeyItem>(next));
            VERIFY_OK(page);
            for (const auto &item : page->items)
                listed = listed || item.name == name;
            next = page->nextLink;
        } while (!next.isEmpty());
        QVERIFY(listed);
        VERIFY_OK(await(kv().recoverItem<KeyItem>(name)));
        QVERIFY(eventually([&] { return await(kv().getKey(name)).ok(); }));

        const auto backup = await(kv().backupObject(ObjectKind::Key, name));
        VERIFY_OK(backup);
        VERIFY_OK(await(kv().deleteItem<KeyItem>(name)));
        QVERIFY(eventually([&] { return await(kv().getDeleted<KeyItem>(name)).ok(); }));
        VERIFY_OK(await(kv().purgeObject(ObjectKind::Key, name)));
        QVERIFY(eventually([&] { return isNotFound(await(kv().getDeleted<KeyItem>(name))); }));
        const auto restored = await(kv().restoreItem<KeyItem>(backup.value()));
        VERIFY_OK(restored);
        QCOMPARE(restored->name, name);
        const auto versions = await(kv().listVersions<KeyItem>(name));
        VERIFY_OK(versions);
        QCOMPARE(versions->items.size(), 2);
        const auto latest = await(kv().getKey(name));
        VERIFY_OK(latest);
        QCOMPARE(latest->publicJwk, second->publicJwk);
    }

    void createsASelfSignedCertificate_data()
    {
        QTest::addColumn<QString>("contentType");
        QTest::addColumn<QString>("keyType");
        QTest::newRow("PFX RSA") << "application/x-pkcs12"
                                 << "RSA";
        QTest::newRow("PEM EC") << "application/x-pem-file"
                                << "EC";
    }

    // A self-signed policy: the pending operation completes, the CER is a real X.509 whose
    // subject and SANs match, and the managed secret holds the key in the format asked for.
    void createsASelfSignedCertificate()
    {
        QFETCH(QString, contentType);
        QFETCH(QString, keyType);
        const QString name = QStringLiteral("selfsigned-") + keyType.toLower();
        CertificatePolicy policy;
        policy.subject = QStringLiteral("CN=app.example.com, O=Kluis");
        policy.dnsNames = {QStringLiteral("app.example.com"), QStringLiteral("www.example.com")};
        policy.validityMonths = 6;
        policy.keyType = keyType;
        policy.curve = keyType == QLatin1String("EC") ? QStringLiteral("P-384") : QString();
        policy.keySize = 3072;
        policy.contentType = contentType;
        const auto operation = await(kv().createCertificate(
            name, policy, true, {{QStringLiteral("app"), QStringLiteral("web")}}));
        VERIFY_OK(operation);
        QVERIFY(!operation->isDone());
        const auto pending = await(kv().getCertificateOperation(name));
        VERIFY_OK(pending);
        QVERIFY(pending->isCompleted());
        QCOMPARE(ObjectId::parse(pending->target).name, name);

        const auto certificate = await(kv().getCertificate(name));
        VERIFY_OK(certificate);
        QCOMPARE(certificate->subject, QStringLiteral("CN=app.example.com, O=Kluis"));
        QCOMPARE(certificate->contentType, contentType);
        QCOMPARE(certificate->tags.value(QStringLiteral("app")), QStringLiteral("web"));
        const QSslCertificate x509(certificate->cer, QSsl::Der);
        QVERIFY(!x509.isNull());
        QCOMPARE(x509.subjectInfo(QSslCertificate::CommonName),
                 QStringList{QStringLiteral("app.example.com")});
        const auto dnsNames = x509.subjectAlternativeNames().values(QSsl::DnsEntry);
        QCOMPARE(
            QSet<QString>(dnsNames.cbegin(), dnsNames.cend()),
            (QSet<QString>{QStringLiteral("app.example.com"), QStringLiteral("www.example.com")}));
        const auto months = x509.effectiveDate().daysTo(x509.expiryDate());
        QVERIFY2(months > 170 && months < 190, qPrintable(QString::number(months)));
        QCOMPARE(QSslCertificate(certificate->cerPem(), QSsl::Pem), x509);
        QVERIFY(certificate->attributes.expires.has_value());

        const auto exported = await(kv().exportCertificate(name));
        VERIFY_OK(exported);
        QCOMPARE(exported->contentType, contentType);
        QVERIFY(exported->hasPrivateKey);
        if (contentType == QLatin1String("application/x-pem-file")) {
            QVERIFY(exported->content.contains("-----BEGIN CERTIFICATE-----"));
            QVERIFY(exported->content.contains("PRIVATE KEY-----"));
        } else {
            QSslKey key;
            QSslCertificate fromPfx;
            QBuffer buffer;
            buffer.setData(exported->content);
            QVERIFY(buffer.open(QIODevice::ReadOnly));
            QVERIFY(QSslCertificate::importPkcs12(&buffer, &key, &fromPfx));
            QCOMPARE(fromPfx, x509);
            QVERIFY(!key.isNull());
        }

        const auto readPolicy = await(kv().getCertificatePolicy(name));
        VERIFY_OK(readPolicy);
        QCOMPARE(readPolicy->subject, policy.subject);
        QCOMPARE(readPolicy->dnsNames, policy.dnsNames);
        QCOMPARE(readPolicy->validityMonths, 6);
        QCOMPARE(readPolicy->contentType, contentType);
        QCOMPARE(readPolicy->keyType, keyType);

        // The certificate owns a managed key of the same name.
        const auto key = await(kv().getKey(name));
        VERIFY_OK(key);
        QVERIFY(key->managed);
    }

    void createCertificateAndWaitPollsToTheEnd()
    {
        CertificatePolicy policy;
        policy.subject = QStringLiteral("CN=waited");
        const auto certificate = await(kv().createCertificateAndWait(
            QStringLiteral("waited"), policy, true, {}, std::chrono::milliseconds(50)));
        VERIFY_OK(certificate);
        QCOMPARE(certificate->subject, QStringLiteral("CN=waited"));
        QVERIFY(!certificate->cer.isEmpty());
    }

    void nonExportableCertificatesGiveNoKey()
    {
        CertificatePolicy policy;
        policy.subject = QStringLiteral("CN=locked");
        policy.exportable = false;
        VERIFY_OK(await(kv().createCertificateAndWait(QStringLiteral("locked"), policy, true, {},
                                                      std::chrono::milliseconds(50))));
        const auto exported = await(kv().exportCertificate(QStringLiteral("locked")));
        VERIFY_OK(exported);
        QVERIFY(!exported->hasPrivateKey);
    }

    // A PFX with a password made by openssl imports, and the exported PFX holds the same
    // certificate and key.
    void importsAPfxAndExportsItAgain()
    {
        const auto key = path(QStringLiteral("pfx.key"));
        const auto cert = path(QStringLiteral("pfx.crt"));
        const auto pfx = path(QStringLiteral("pfx.pfx"));
        QCOMPARE(openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                          QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                          QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
                          QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-subj"),
                          QStringLiteral("/CN=imported.example/O=Import Test")}),
                 0);
        QCOMPARE(
            openssl({QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-inkey"),
                     key, QStringLiteral("-in"), cert, QStringLiteral("-out"), pfx,
                     QStringLiteral("-passout"), QStringLiteral("pass:s3cret")}),
            0);
        QFile pfxFile(pfx);
        QVERIFY(pfxFile.open(QIODevice::ReadOnly));
        CertificateImport import;
        import.content = pfxFile.readAll();
        import.password = QStringLiteral("s3cret");
        import.tags = {{ QStringLiteral("source"), QStringLiteral("pfx") }};
        const auto imported = await(kv().importCertificate(QStringLiteral("from-pfx"), import));
        VERIFY_OK(imported);
        // "/CN=…/O=…" is encoded CN first; RFC 4514 writes the last one first (as the details
        // panel and `openssl x509 -nameopt RFC2253` do).
        QCOMPARE(imported->subject, QStringLiteral("O=Import Test, CN=imported.example"));
        QCOMPARE(imported->tags.value(QStringLiteral("source")), QStringLiteral("pfx"));

        QFile certFile(cert);
        QVERIFY(certFile.open(QIODevice::ReadOnly));
        const QSslCertificate original(certFile.readAll(), QSsl::Pem);
        QCOMPARE(QSslCertificate(imported->cer, QSsl::Der), original);
        const auto exported = await(kv().exportCertificate(QStringLiteral("from-pfx")));
        VERIFY_OK(exported);
        QCOMPARE(exported->contentType, QStringLiteral("application/x-pkcs12"));
        QBuffer buffer;
        buffer.setData(exported->content);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        QSslKey exportedKey;
        QSslCertificate exportedCertificate;
        QVERIFY(QSslCertificate::importPkcs12(&buffer, &exportedKey, &exportedCertificate));
        QCOMPARE(exportedCertificate, original);
        QFile keyFile(key);
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        QCOMPARE(exportedKey, QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem));

        // A wrong password is the caller's error.
        import.password = QStringLiteral("wrong");
        const auto refused = await(kv().importCertificate(QStringLiteral("from-pfx-2"), import));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().httpStatus, 400);
    }

    void importsAPem()
    {
        const auto key = path(QStringLiteral("pem.key"));
        const auto cert = path(QStringLiteral("pem.crt"));
        QCOMPARE(openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                          QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                          QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                          QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
                          QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-subj"),
                          QStringLiteral("/CN=pem.example")}),
                 0);
        QFile keyFile(key);
        QFile certFile(cert);
        QVERIFY(keyFile.open(QIODevice::ReadOnly) && certFile.open(QIODevice::ReadOnly));
        CertificateImport import;
        import.content = keyFile.readAll() + certFile.readAll();
        const auto imported = await(kv().importCertificate(QStringLiteral("from-pem"), import));
        VERIFY_OK(imported);
        QCOMPARE(imported->subject, QStringLiteral("CN=pem.example"));
        QCOMPARE(imported->contentType, QStringLiteral("application/x-pem-file"));
        const auto exported = await(kv().exportCertificate(QStringLiteral("from-pem")));
        VERIFY_OK(exported);
        QVERIFY(exported->hasPrivateKey);
    }

    void certificateVersionsUpdateDeleteRecoverPurgeBackupRestore()
    {
        const auto name = QStringLiteral("cert-lifecycle");
        CertificatePolicy policy;
        policy.subject = QStringLiteral("CN=lifecycle");
        const auto first = await(
            kv().createCertificateAndWait(name, policy, true, {}, std::chrono::milliseconds(50)));
        VERIFY_OK(first);
        const auto second = await(
            kv().createCertificateAndWait(name, policy, true, {}, std::chrono::milliseconds(50)));
        VERIFY_OK(second);
        QVERIFY(first->version != second->version);
        const auto versions = await(kv().listVersions<CertificateItem>(name));
        VERIFY_OK(versions);
        QCOMPARE(versions->items.size(), 2);

        CertificateUpdate update;
        update.enabled = false;
        update.tags = QMap<QString, QString>{{QStringLiteral("rotated"), QStringLiteral("yes")}};
        const auto updated = await(kv().updateCertificate(name, first->version, update));
        VERIFY_OK(updated);
        QVERIFY(!updated->attributes.enabled);
        QCOMPARE(updated->tags.value(QStringLiteral("rotated")), QStringLiteral("yes"));

        const auto backup = await(kv().backupObject(ObjectKind::Certificate, name));
        VERIFY_OK(backup);
        const auto deleted = await(kv().deleteItem<CertificateItem>(name));
        VERIFY_OK(deleted);
        QVERIFY(!deleted->recoveryId.isEmpty());
        QVERIFY(eventually([&] { return await(kv().getDeleted<CertificateItem>(name)).ok(); }));
        const auto deletedPage = await(kv().listDeleted<CertificateItem>());
        VERIFY_OK(deletedPage);
        VERIFY_OK(await(kv().recoverItem<CertificateItem>(name)));
        QVERIFY(eventually([&] { return await(kv().getCertificate(name)).ok(); }));

        VERIFY_OK(await(kv().deleteItem<CertificateItem>(name)));
        QVERIFY(eventually([&] { return await(kv().getDeleted<CertificateItem>(name)).ok(); }));
        VERIFY_OK(await(kv().purgeObject(ObjectKind::Certificate, name)));
        QVERIFY(
            eventually([&] { return isNotFound(await(kv().getDeleted<CertificateItem>(name))); }));
        const auto restored = await(kv().restoreItem<CertificateItem>(backup.value()));
        VERIFY_OK(restored);
        const auto again = await(kv().getCertificate(name));
        VERIFY_OK(again);
        QCOMPARE(again->cer, second->cer);
    }

    // The models page through more items than one page holds, with no duplicate or gap, and
    // the details source fills in key types for the rows asked for (those on screen).
    void modelsPageThroughManyItems()
    {
        const int count = 60; // more than two pages of 25
        KeyCreateOptions options;
        options.keyType = QStringLiteral("EC");
        for (int i = 0; i < count; ++i)
            VERIFY_OK(await(kv().createKey(QStringLiteral("many-%1").arg(i), options)));
        KeyListModel model;
        QSignalSpy completed(&model, &KeyListModel::completed);
        model.setSource(KeyListModel::live(kv()), KeyListModel::keyDetails(kv()));
        QVERIFY(model.canFetchMore());
        int pages = 0;
        while (!model.isComplete()) {
            model.fetchMore();
            model.fetchMore(); // ignored while a page is loading
            QVERIFY(QTest::qWaitFor([&] { return !model.isLoading(); }, 20000));
            QVERIFY2(!model.lastError(),
                     qPrintable(model.lastError() ? why(*model.lastError()) : QString()));
            ++pages;
        }
        // The first page alone, then the rest (pages that come close together arrive as one
        // batch of rows).
        QVERIFY(pages >= 2);
        QCOMPARE(completed.count(), 1);
        QSet<QString> names;
        for (const auto &item : model.items())
            names.insert(item.name);
        QCOMPARE(names.size(), model.rowCount());
        for (int i = 0; i < count; ++i)
            QVERIFY(names.contains(QStringLiteral("many-%1").arg(i)));
        const auto found =
            std::find_if(model.items().cbegin(), model.items().cend(),
                         [](const KeyItem &k) { return k.name == QLatin1String("many-0"); });
        QVERIFY(found != model.items().cend());
        const auto row = std::distance(model.items().cbegin(), found);
        QCOMPARE(
            model.data(model.index(static_cast<int>(row), KeyListModel::KeyTypeColumn)).toString(),
            QStringLiteral("…"));
        model.requestDetails({static_cast<int>(row)});
        QVERIFY(QTest::qWaitFor(
            [&] {
                return model.data(model.index(static_cast<int>(row), KeyListModel::KeyTypeColumn))
                           .toString() == QLatin1String("EC P-256");
            },
            20000));
        QCOMPARE(
            model.data(model.index(static_cast<int>(row), KeyListModel::NameColumn)).toString(),
            QStringLiteral("many-0"));

        CertificateListModel certificates;
        certificates.setSource(CertificateListModel::live(kv()),
                               CertificateListModel::certificateDetails(kv()));
        while (!certificates.isComplete() && !certificates.lastError()) {
            certificates.fetchMore();
            QVERIFY(QTest::qWaitFor([&] { return !certificates.isLoading(); }, 20000));
        }
        QVERIFY(!certificates.lastError());
        QVERIFY(certificates.rowCount() >= 3);
        QList<int> rows;
        for (int r = 0; r < certificates.rowCount(); ++r)
            rows.append(r);
        certificates.requestDetails(rows);
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (int r = 0; r < certificates.rowCount(); ++r) {
                    const QString subject =
                        certificates
                            .data(certificates.index(r, CertificateListModel::SubjectColumn))
                            .toString();
                    if (subject.isEmpty() || subject == QStringLiteral("…"))
                        return false;
                }
                return true;
            },
            20000));

        VersionListModel versions;
        versions.showVersions<KeyItem>(kv(), QStringLiteral("rotating"));
        versions.fetchMore();
        QVERIFY(QTest::qWaitFor([&] { return versions.isComplete(); }, 20000));
        QCOMPARE(versions.rowCount(), 3);
        QCOMPARE(versions.data(versions.index(0, 0), PagedListModel::NameRole).toString(),
                 QStringLiteral("rotating"));
        versions.showVersions<CertificateItem>(kv(), QStringLiteral("selfsigned-rsa"));
        versions.fetchMore();
        QVERIFY(QTest::qWaitFor([&] { return versions.isComplete(); }, 20000));
        QCOMPARE(versions.rowCount(), 1);
        QCOMPARE(versions.headerData(VersionListModel::DetailColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Thumbprint"));
        QCOMPARE(versions.data(versions.index(0, VersionListModel::DetailColumn)).toString().size(),
                 40);

        KeyListModel deleted;
        VERIFY_OK(await(kv().deleteItem<KeyItem>(QStringLiteral("many-1"))));
        QVERIFY(eventually(
            [&] { return await(kv().getDeleted<KeyItem>(QStringLiteral("many-1"))).ok(); }));
        deleted.setSource(KeyListModel::deleted(kv()));
        while (!deleted.isComplete() && !deleted.lastError()) {
            deleted.fetchMore();
            QVERIFY(QTest::qWaitFor([&] { return !deleted.isLoading(); }, 20000));
        }
        QVERIFY(std::any_of(deleted.items().cbegin(), deleted.items().cend(), [](const KeyItem &k) {
            return k.name == QLatin1String("many-1") && k.deletedDate.has_value();
        }));
    }
    void everyKindSharesOneLifeCycle_data()
    {
        QTest::addColumn<ObjectKind>("kind");
        QTest::addColumn<QString>("kindOption");
        QTest::newRow("secret") << ObjectKind::Secret << QStringLiteral("secret");
        QTest::newRow("key") << ObjectKind::Key << QStringLiteral("key");
        QTest::newRow("certificate") << ObjectKind::Certificate << QStringLiteral("certificate");
    }

    // One path for every kind: delete, recover, purge and restore each wait until the vault's
    // metadata shows the change, and a backup saved as the window saves it (binary, like the
    // Azure CLI) comes back through kluisctl.
    void everyKindSharesOneLifeCycle()
    {
        QFETCH(ObjectKind, kind);
        QFETCH(QString, kindOption);
        const QString name = QStringLiteral("one-cycle-") + kindOption;
        if (kind == ObjectKind::Secret) {
            QVERIFY(await(kv().setSecret(name, QStringLiteral("kept value"))).ok());
        } else if (kind == ObjectKind::Key) {
            KeyCreateOptions options;
            options.keyType = QStringLiteral("EC");
            options.curve = QStringLiteral("P-256");
            QVERIFY(await(kv().createKey(name, options)).ok());
        } else {
            CertificatePolicy policy;
            policy.subject = QStringLiteral("CN=one-cycle");
            QVERIFY(await(kv().createCertificateAndWait(name, policy, true, {},
                                                        std::chrono::milliseconds(100)))
                        .ok());
        }
        const auto now = std::chrono::milliseconds(0);
        QVERIFY(await(kv().waitUntil(kind, name, ObjectState::Live, now)));
        QVERIFY(!await(kv().waitUntil(kind, name + QStringLiteral("-never"), ObjectState::Live,
                                      std::chrono::milliseconds(300))));

        const auto blob = await(kv().backupObject(kind, name));
        QVERIFY(blob.ok());
        const auto file = backupfile::toFile(*blob);
        QVERIFY(file != *blob);
        QCOMPARE(backupfile::fromFile(file), *blob);
        QCOMPARE(backupfile::fromFile(*blob + '\n'), *blob); // kluisctl's text files too
        const auto backupPath = path(name + QStringLiteral(".keyvault-backup"));
        QFile saved(backupPath);
        QVERIFY(saved.open(QIODevice::WriteOnly));
        saved.write(file);
        saved.close();

        QVERIFY(await(kv().deleteAndWait(kind, name)).ok());
        QVERIFY(await(kv().waitUntil(kind, name, ObjectState::Deleted, now)));
        QVERIFY(!await(kv().waitUntil(kind, name, ObjectState::Live, now)));
        QVERIFY(await(kv().recoverAndWait(kind, name)).ok());
        QVERIFY(await(kv().waitUntil(kind, name, ObjectState::Live, now)));
        QVERIFY(await(kv().deleteAndWait(kind, name)).ok());
        QVERIFY(await(kv().purgeAndWait(kind, name)).ok());
        QVERIFY(await(kv().waitUntil(kind, name, ObjectState::Purged, now)));
        QVERIFY(!await(kv().waitUntil(kind, name, ObjectState::Live, now)));
        QVERIFY(!await(kv().purgeObject(kind, name)).ok()); // nothing left to purge

        QByteArray out;
        QCOMPARE(
            kluisctl({QStringLiteral("--json"), QStringLiteral("restore"), QStringLiteral("--kind"),
                      kindOption, QStringLiteral("--file"), backupPath},
                     &out),
            0);
        QCOMPARE(QJsonDocument::fromJson(out).object().value(QStringLiteral("name")).toString(),
                 name);
        QVERIFY(await(kv().waitUntil(kind, name, ObjectState::Live)));
        if (kind == ObjectKind::Secret)
            QCOMPARE(await(kv().getSecret(name))->value, QStringLiteral("kept value"));
        // And back again through the kind's own API: restore answers the name.
        QVERIFY(await(kv().deleteAndWait(kind, name)).ok());
        QVERIFY(await(kv().purgeAndWait(kind, name)).ok());
        const auto restored = await(kv().restoreObject(kind, *blob));
        QVERIFY(restored.ok());
        QCOMPARE(*restored, name);
    }

    void kluisctlKeysAndCertificates()
    {
        QByteArray out;
        QCOMPARE(kluisctl({QStringLiteral("--json"), QStringLiteral("create-key"),
                           QStringLiteral("cli-key"), QStringLiteral("--key-type"),
                           QStringLiteral("EC"), QStringLiteral("--curve"), QStringLiteral("P-384"),
                           QStringLiteral("--tag"), QStringLiteral("owner=cli")},
                          &out),
                 0);
        auto object = QJsonDocument::fromJson(out).object();
        QCOMPARE(object.value(QStringLiteral("curve")).toString(), QStringLiteral("P-384"));
        QCOMPARE(object.value(QStringLiteral("tags")).toObject().value(QStringLiteral("owner")),
                 QJsonValue(QStringLiteral("cli")));
        QCOMPARE(
            kluisctl({QStringLiteral("--json"), QStringLiteral("show"), QStringLiteral("cli-key"),
                      QStringLiteral("--kind"), QStringLiteral("key")},
                     &out),
            0);
        QCOMPARE(QJsonDocument::fromJson(out).object().value(QStringLiteral("keyType")),
                 QJsonValue(QStringLiteral("EC")));
        QCOMPARE(
            kluisctl({QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("versions"),
                      QStringLiteral("cli-key"), QStringLiteral("--kind"), QStringLiteral("key")},
                     &out),
            0);
        QCOMPARE(QJsonDocument::fromJson(out).array().size(), 1);

        QCOMPARE(kluisctl({QStringLiteral("--json"), QStringLiteral("create-certificate"),
                           QStringLiteral("cli-cert"), QStringLiteral("--subject"),
                           QStringLiteral("CN=cli.example"), QStringLiteral("--dns"),
                           QStringLiteral("cli.example"), QStringLiteral("--format"),
                           QStringLiteral("pem")},
                          &out),
                 0);
        object = QJsonDocument::fromJson(out).object();
        QCOMPARE(object.value(QStringLiteral("subject")).toString(),
                 QStringLiteral("CN=cli.example"));
        QCOMPARE(object.value(QStringLiteral("contentType")).toString(),
                 QStringLiteral("application/x-pem-file"));
        const auto cer = path(QStringLiteral("cli.cer"));
        QCOMPARE(kluisctl({QStringLiteral("download-certificate"), QStringLiteral("cli-cert"),
                           QStringLiteral("--file"), cer}),
                 0);
        QFile cerFile(cer);
        QVERIFY(cerFile.open(QIODevice::ReadOnly));
        const QSslCertificate downloaded(cerFile.readAll(), QSsl::Der);
        QCOMPARE(downloaded.subjectInfo(QSslCertificate::CommonName),
                 QStringList{QStringLiteral("cli.example")});
        const auto withKey = path(QStringLiteral("cli-key.pem"));
        QCOMPARE(kluisctl({QStringLiteral("download-certificate"), QStringLiteral("cli-cert"),
                           QStringLiteral("--file"), withKey, QStringLiteral("--format"),
                           QStringLiteral("key")}),
                 0);
        QFile keyFile(withKey);
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        const auto pem = keyFile.readAll();
        QVERIFY(pem.contains("PRIVATE KEY-----") && pem.contains("BEGIN CERTIFICATE"));
        QCOMPARE(QFile::permissions(withKey), ownerOnly);

        // Import that PEM again under another name.
        QCOMPARE(kluisctl({QStringLiteral("--json"), QStringLiteral("import-certificate"),
                           QStringLiteral("cli-imported"), QStringLiteral("--file"), withKey},
                          &out),
                 0);
        QCOMPARE(QJsonDocument::fromJson(out).object().value(QStringLiteral("x5t")),
                 object.value(QStringLiteral("x5t")));

        // backup, delete, purge, restore through the command line.
        const auto backup = path(QStringLiteral("cli-cert.backup"));
        const QStringList cert{QStringLiteral("cli-cert"), QStringLiteral("--kind"),
                               QStringLiteral("certificate")};
        QCOMPARE(kluisctl(QStringList{QStringLiteral("backup")} + cert +
                          QStringList{QStringLiteral("--file"), backup}),
                 0);
        QCOMPARE(QFile::permissions(backup), ownerOnly);
        // A write that fails halfway leaves the earlier backup as it was.
        QFile earlier(backup);
        QVERIFY(earlier.open(QIODevice::ReadOnly));
        const auto earlierBytes = earlier.readAll();
        earlier.close();
        QVERIFY(earlierBytes.size() > 2048);
        QCOMPARE(kluisctl(QStringList{QStringLiteral("backup")} + cert +
                              QStringList{QStringLiteral("--file"), backup},
                          nullptr, 1024),
                 2);
        QVERIFY(earlier.open(QIODevice::ReadOnly));
        QCOMPARE(earlier.readAll(), earlierBytes);
        QCOMPARE(QDir(m_files.path()).entryList({QStringLiteral("cli-cert.backup*")}, QDir::Files),
                 QStringList{QStringLiteral("cli-cert.backup")});
        QCOMPARE(kluisctl(QStringList{QStringLiteral("delete")} + cert), 0);
        QVERIFY(eventually([&] {
            return await(kv().getDeleted<CertificateItem>(QStringLiteral("cli-cert"))).ok();
        }));
        QCOMPARE(kluisctl({QStringLiteral("--json"), QStringLiteral("list"),
                           QStringLiteral("deleted-certificates")},
                          &out),
                 0);
        QVERIFY(out.contains("\"cli-cert\""));
        QCOMPARE(kluisctl(QStringList{QStringLiteral("purge")} + cert), 0);
        QVERIFY(eventually([&] {
            return isNotFound(await(kv().getDeleted<CertificateItem>(QStringLiteral("cli-cert"))));
        }));
        QCOMPARE(kluisctl({QStringLiteral("restore"), QStringLiteral("--kind"),
                           QStringLiteral("certificate"), QStringLiteral("--file"), backup}),
                 0);
        QCOMPARE(
            kluisctl({QStringLiteral("--json"), QStringLiteral("show"), QStringLiteral("cli-cert"),
                      QStringLiteral("--kind"), QStringLiteral("certificate")},
                     &out),
            0);
        QCOMPARE(QJsonDocument::fromJson(out).object().value(QStringLiteral("x5t")),
                 object.value(QStringLiteral("x5t")));
        // Unknown kinds are usage errors; a missing key is "not found".
        QCOMPARE(kluisctl({QStringLiteral("show"), QStringLiteral("x"), QStringLiteral("--kind"),
                           QStringLiteral("thing")}),
                 2);
        QCOMPARE(kluisctl({QStringLiteral("show"), QStringLiteral("absent"),
                           QStringLiteral("--kind"), QStringLiteral("key")}),
                 5);
    }
};

QTEST_GUILESS_MAIN(TestKeysAndCertificates)
#include "tst_keysandcertificates.moc"
