#include "TestAwait.h"

#include "net/ProxySettings.h"

#include <QJsonDocument>
#include <QTest>

using namespace kluis::core;

// The manual proxy's password through a real Secret Service (run inside with-keyring.sh).
class TestProxyKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passwordRoundTripsThroughTheKeychainOnly()
    {
        ProxySettings settings;
        settings.mode = ProxySettings::Mode::Manual;
        settings.host = QStringLiteral("proxy.corp");
        settings.port = 3128;
        settings.user = QStringLiteral("alice");

        const auto stored = await(settings.storePassword(QStringLiteral("pr0xy-pass")));
        QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().message));

        // What a settings file would hold has no password; the keychain gives it back.
        const auto fromFile = ProxySettings::fromJson(settings.toJson());
        QVERIFY(fromFile.password.isEmpty());
        const auto loaded = await(fromFile.loadPassword());
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.value().password, QStringLiteral("pr0xy-pass"));

        // Another user on the same proxy has no password.
        auto other = fromFile;
        other.user = QStringLiteral("bob");
        QVERIFY(await(other.loadPassword()).value().password.isEmpty());

        // An empty password removes the entry.
        QVERIFY(await(settings.storePassword(QString())).ok());
        QVERIFY(await(fromFile.loadPassword()).value().password.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProxyKeychain)
#include "tst_proxykeychain.moc"
