#include "certificates/CertificateInfo.h"
#include "certificates/Pkcs12.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace kluis::core;

// Certificates made by the openssl command at test time, so the parser is checked against an
// independent implementation rather than against fixtures it produced itself.
class TestCertificateInfo : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QByteArray openssl(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral("openssl"), arguments);
        if (!process.waitForFinished(60000) || process.exitCode() != 0) {
            qWarning() << arguments << process.readAllStandardError();
            return {};
        }
        return process.readAllStandardOutput();
    }

    static QByteArray readFile(const QString &name)
    {
        QFile file(name);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static void writeFile(const QString &name, const QByteArray &data)
    {
        QFile file(name);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(data);
    }

    QByteArray makeSelfSigned(const QString &name, const QStringList &keyArguments, int days,
                              const QString &subject, const QStringList &extensions)
    {
        QStringList arguments = {QStringLiteral("req"), QStringLiteral("-x509")};
        arguments += keyArguments;
        arguments += {QStringLiteral("-nodes"),
                      QStringLiteral("-keyout"),
                      path(name + QStringLiteral(".key")),
                      QStringLiteral("-out"),
                      path(name + QStringLiteral(".pem")),
                      QStringLiteral("-days"),
                      QString::number(days),
                      QStringLiteral("-subj"),
                      subject};
        for (const auto &extension : extensions)
            arguments += {QStringLiteral("-addext"), extension};
        openssl(arguments);
        return readFile(path(name + QStringLiteral(".pem")));
    }

    // A certificate for `name` signed by `issuer`'s key, with the extensions in `extensions`.
    QByteArray makeIssued(const QString &name, const QString &issuer, const QString &subject,
                          const QString &extensions)
    {
        openssl({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"),
                 QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                 QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                 QStringLiteral("-keyout"), path(name + QStringLiteral(".key")),
                 QStringLiteral("-out"), path(name + QStringLiteral(".csr")),
                 QStringLiteral("-subj"), subject});
        writeFile(path(name + QStringLiteral(".ext")), "[ext]\n" + extensions.toUtf8() + '\n');
        openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                 path(name + QStringLiteral(".csr")), QStringLiteral("-CA"),
                 path(issuer + QStringLiteral(".pem")), QStringLiteral("-CAkey"),
                 path(issuer + QStringLiteral(".key")), QStringLiteral("-CAcreateserial"),
                 QStringLiteral("-days"), QStringLiteral("100"), QStringLiteral("-extfile"),
                 path(name + QStringLiteral(".ext")), QStringLiteral("-extensions"),
                 QStringLiteral("ext"), QStringLiteral("-out"),
                 path(name + QStringLiteral(".pem"))});
        return readFile(path(name + QStringLiteral(".pem")));
    }

    CertificateInfo single(const QByteArray &pem)
    {
        auto parsed = CertificateInfo::fromPem(pem);
        if (!parsed.ok() || parsed->size() != 1)
            return {};
        return parsed->first();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void readsWhatOpensslWrote()
    {
        const QByteArray pem = makeSelfSigned(
            QStringLiteral("web"), {QStringLiteral("-newkey"), QStringLiteral("rsa:2048")}, 365,
            QStringLiteral("/C=NL/O=Kluis Test/CN=app.example"),
            {QStringLiteral("subjectAltName=DNS:app.example,DNS:www.app.example,IP:192.0.2.7,"
                            "email:ops@example.org"),
             QStringLiteral("keyUsage=critical,digitalSignature,keyEncipherment"),
             QStringLiteral("extendedKeyUsage=serverAuth,clientAuth,1.2.3.4.5")});
        QVERIFY(!pem.isEmpty());
        const CertificateInfo info = single(pem);
        QCOMPARE(info.subject, QStringLiteral("CN=app.example, O=Kluis Test, C=NL"));
        QCOMPARE(info.issuer, info.subject);
        QCOMPARE(info.subjectCommonName, QStringLiteral("app.example"));
        QCOMPARE(info.dnsNames,
                 QStringList({QStringLiteral("app.example"), QStringLiteral("www.app.example")}));
        QCOMPARE(
            info.subjectAlternativeNames,
            QStringList({QStringLiteral("DNS:app.example"), QStringLiteral("DNS:www.app.example"),
                         QStringLiteral("IP:192.0.2.7"), QStringLiteral("email:ops@example.org")}));
        QCOMPARE(info.keyAlgorithm, QStringLiteral("RSA"));
        QCOMPARE(info.keySizeBits, 2048);
        QVERIFY(info.curve.isEmpty());
        QCOMPARE(info.keyUsage, QStringList({QStringLiteral("Digital Signature"),
                                             QStringLiteral("Key Encipherment")}));
        QCOMPARE(info.extendedKeyUsage, QStringList({QStringLiteral("Server Authentication"),
                                                     QStringLiteral("Client Authentication"),
                                                     QStringLiteral("1.2.3.4.5")}));
        QVERIFY(info.selfSigned);
        QCOMPARE(info.notBefore.daysTo(info.notAfter), 365);
        QVERIFY(qAbs(info.notBefore.secsTo(QDateTime::currentDateTimeUtc())) < 600);

        const QString certFile = path(QStringLiteral("web.pem"));
        const QByteArray serial = openssl({QStringLiteral("x509"), QStringLiteral("-in"), certFile,
                                           QStringLiteral("-noout"), QStringLiteral("-serial")})
                                      .trimmed();
        QCOMPARE(info.serialNumber, QString::fromLatin1(serial.mid(serial.indexOf('=') + 1)));
        const auto fingerprint = [&](const char *digest) {
            const QByteArray line =
                openssl({QStringLiteral("x509"), QStringLiteral("-in"), certFile,
                         QStringLiteral("-noout"), QStringLiteral("-fingerprint"),
                         QString::fromLatin1(digest)})
                    .trimmed();
            return QString::fromLatin1(line.mid(line.indexOf('=') + 1)).remove(QLatin1Char(':'));
        };
        QCOMPARE(info.sha1Hex(), fingerprint("-sha1"));
        QCOMPARE(info.sha256Hex(), fingerprint("-sha256"));
        QCOMPARE(info.x5t().size(), 27);
        QVERIFY(!info.x5t().contains(QLatin1Char('=')));
    }

    void readsDerAndRoundTripsPem()
    {
        makeSelfSigned(QStringLiteral("ec"),
                       {QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                        QStringLiteral("ec_paramgen_curve:P-384")},
                       30, QStringLiteral("/CN=ec.example"), {});
        const QByteArray der =
            openssl({QStringLiteral("x509"), QStringLiteral("-in"), path(QStringLiteral("ec.pem")),
                     QStringLiteral("-outform"), QStringLiteral("DER")});
        QVERIFY(!der.isEmpty());
        auto parsed = CertificateInfo::fromData(der);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->size(), 1);
        const CertificateInfo info = parsed->first();
        QCOMPARE(info.keyAlgorithm, QStringLiteral("EC"));
        QCOMPARE(info.curve, QStringLiteral("P-384"));
        QCOMPARE(info.keySizeBits, 384);
        QVERIFY(info.keyUsage.isEmpty());
        QCOMPARE(info.der, der);
        // Our PEM reads back with openssl as the same certificate.
        writeFile(path(QStringLiteral("ec-again.pem")), info.toPem());
        QCOMPARE(openssl({QStringLiteral("x509"), QStringLiteral("-in"),
                          path(QStringLiteral("ec-again.pem")), QStringLiteral("-outform"),
                          QStringLiteral("DER")}),
                 der);
        QCOMPARE(single(info.toPem()).sha256Hex(), info.sha256Hex());
    }

    void expiryStates()
    {
        const CertificateInfo info = single(makeSelfSigned(
            QStringLiteral("short"), {QStringLiteral("-newkey"), QStringLiteral("rsa:2048")}, 10,
            QStringLiteral("/CN=short.example"), {}));
        QVERIFY(info.notAfter.isValid());
        QCOMPARE(info.expiry(), CertificateInfo::Expiry::ExpiresSoon);
        QCOMPARE(info.expiry(QDateTime::currentDateTimeUtc(), 5), CertificateInfo::Expiry::Ok);
        QCOMPARE(info.expiry(info.notAfter.addSecs(1)), CertificateInfo::Expiry::Expired);
        QCOMPARE(info.expiry(info.notBefore.addSecs(-1)), CertificateInfo::Expiry::NotYetValid);
        QCOMPARE(info.expiry(info.notAfter.addDays(-6), 5), CertificateInfo::Expiry::Ok);
        QCOMPARE(info.expiry(info.notAfter.addDays(-4), 5), CertificateInfo::Expiry::ExpiresSoon);
        QVERIFY(info.daysUntilExpiry() == 9 || info.daysUntilExpiry() == 10);
    }

    void ordersAChainAndChecksIssuers()
    {
        const QByteArray root =
            makeSelfSigned(QStringLiteral("root"),
                           {QStringLiteral("-newkey"), QStringLiteral("ec"),
                            QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256")},
                           3650, QStringLiteral("/CN=Kluis Root"),
                           {QStringLiteral("basicConstraints=critical,CA:TRUE"),
                            QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")});
        const QByteArray intermediate =
            makeIssued(QStringLiteral("intermediate"), QStringLiteral("root"),
                       QStringLiteral("/CN=Kluis Intermediate"),
                       QStringLiteral("basicConstraints=critical,CA:TRUE\n"
                                      "keyUsage=critical,keyCertSign"));
        const QByteArray leaf = makeIssued(
            QStringLiteral("leaf"), QStringLiteral("intermediate"),
            QStringLiteral("/CN=leaf.example"),
            QStringLiteral("subjectAltName=DNS:leaf.example\nextendedKeyUsage=serverAuth"));
        QVERIFY(!root.isEmpty() && !intermediate.isEmpty() && !leaf.isEmpty());

        // A private key block in between is skipped; the order in the file is scrambled.
        auto parsed = CertificateInfo::fromPem(root + readFile(path(QStringLiteral("leaf.key"))) +
                                               leaf + intermediate);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->size(), 3);
        const auto chain = CertificateInfo::orderChain(parsed.value());
        QCOMPARE(chain.at(0).subjectCommonName, QStringLiteral("leaf.example"));
        QCOMPARE(chain.at(1).subjectCommonName, QStringLiteral("Kluis Intermediate"));
        QCOMPARE(chain.at(2).subjectCommonName, QStringLiteral("Kluis Root"));
        QCOMPARE(chain.at(0).issuer, QStringLiteral("CN=Kluis Intermediate"));
        QVERIFY(!chain.at(0).selfSigned);
        QVERIFY(!chain.at(0).certificateAuthority);
        QVERIFY(!chain.at(1).selfSigned);
        QVERIFY(chain.at(1).certificateAuthority);
        QVERIFY(chain.at(2).selfSigned);
        QVERIFY(chain.at(2).certificateAuthority);
        QVERIFY(chain.at(0).isIssuedBy(chain.at(1)));
        QVERIFY(chain.at(1).isIssuedBy(chain.at(2)));
        QVERIFY(!chain.at(0).isIssuedBy(chain.at(2)));
        QVERIFY(!chain.at(2).isIssuedBy(chain.at(0)));

        // An unrelated certificate goes after the chain.
        const QByteArray other = readFile(path(QStringLiteral("web.pem")));
        auto withOther = CertificateInfo::fromPem(other + intermediate + leaf);
        QVERIFY(withOther.ok());
        const auto ordered = CertificateInfo::orderChain(withOther.value());
        QCOMPARE(ordered.size(), 3);
        QCOMPARE(ordered.at(0).subjectCommonName, QStringLiteral("leaf.example"));
        QCOMPARE(ordered.at(1).subjectCommonName, QStringLiteral("Kluis Intermediate"));
        QCOMPARE(ordered.at(2).subjectCommonName, QStringLiteral("app.example"));
    }

    void rejectsWhatIsNoCertificate()
    {
        QVERIFY(!CertificateInfo::fromDer("not a certificate").ok());
        QVERIFY(!CertificateInfo::fromData(QByteArray()).ok());
        QVERIFY(!CertificateInfo::fromPem(readFile(path(QStringLiteral("web.key")))).ok());
        const QByteArray der =
            openssl({QStringLiteral("x509"), QStringLiteral("-in"), path(QStringLiteral("web.pem")),
                     QStringLiteral("-outform"), QStringLiteral("DER")});
        QVERIFY(CertificateInfo::fromDer(der).ok());
        QVERIFY(!CertificateInfo::fromDer(der + "x").ok());
        QVERIFY(!CertificateInfo::fromDer(der.left(der.size() - 1)).ok());
    }

    void pfxGetsTheChosenPassword()
    {
        const QString pfxFile = path(QStringLiteral("web.pfx"));
        openssl({QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-inkey"),
                 path(QStringLiteral("web.key")), QStringLiteral("-in"),
                 path(QStringLiteral("web.pem")), QStringLiteral("-passout"),
                 QStringLiteral("pass:"), QStringLiteral("-out"), pfxFile});
        const QByteArray pfx = readFile(pfxFile);
        QVERIFY(!pfx.isEmpty());
        QVERIFY(pkcs12::opensWith(pfx, QString()));
        QVERIFY(!pkcs12::opensWith(pfx, QStringLiteral("wrong")));

        const auto protectedPfx =
            pkcs12::withPassword(pfx, QString(), QStringLiteral("s3cret pass"));
        QVERIFY(protectedPfx.ok());
        QVERIFY(pkcs12::opensWith(*protectedPfx, QStringLiteral("s3cret pass")));
        QVERIFY(!pkcs12::opensWith(*protectedPfx, QString()));
        // openssl reads it with that password and finds the same certificate inside.
        writeFile(path(QStringLiteral("protected.pfx")), *protectedPfx);
        const QByteArray inside =
            openssl({QStringLiteral("pkcs12"), QStringLiteral("-in"),
                     path(QStringLiteral("protected.pfx")), QStringLiteral("-passin"),
                     QStringLiteral("pass:s3cret pass"), QStringLiteral("-nokeys")});
        QCOMPARE(single(inside).sha256Hex(),
                 single(readFile(path(QStringLiteral("web.pem")))).sha256Hex());
        QVERIFY(!pkcs12::withPassword(*protectedPfx, QStringLiteral("wrong"), QString()).ok());
        QVERIFY(!pkcs12::withPassword("not a pfx", QString(), QString()).ok());

        // PFX -> PEM (key and certificate) -> PFX again keeps the certificate and the key.
        const auto pem = pkcs12::toPem(*protectedPfx, QStringLiteral("s3cret pass"));
        QVERIFY(pem.ok());
        QVERIFY(pem->contains("-----BEGIN PRIVATE KEY-----"));
        QCOMPARE(single(*pem).sha256Hex(),
                 single(readFile(path(QStringLiteral("web.pem")))).sha256Hex());
        QVERIFY(!pkcs12::toPem(*protectedPfx, QStringLiteral("wrong")).ok());
        const auto again = pkcs12::fromPem(*pem, QStringLiteral("other"));
        QVERIFY(again.ok());
        writeFile(path(QStringLiteral("again.pfx")), *again);
        const QByteArray key = openssl({QStringLiteral("pkcs12"), QStringLiteral("-in"),
                                        path(QStringLiteral("again.pfx")),
                                        QStringLiteral("-passin"), QStringLiteral("pass:other"),
                                        QStringLiteral("-nocerts"), QStringLiteral("-nodes")});
        QVERIFY(key.contains("PRIVATE KEY"));
        QVERIFY(!pkcs12::fromPem(readFile(path(QStringLiteral("web.pem"))), QString()).ok());
    }
};

QTEST_GUILESS_MAIN(TestCertificateInfo)
#include "tst_certificateinfo.moc"
