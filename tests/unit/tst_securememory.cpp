#include "common/SecureMemory.h"

#include <QTest>

#include <algorithm>

using namespace kluis::core;

class TestSecureMemory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wipeZeroesABufferItHoldsAlone()
    {
        QByteArray secret("hunter2-and-more");
        secret.detach();
        const char *bytes = secret.constData();
        const auto size = secret.size();
        QVERIFY(wipe(secret));
        QVERIFY(secret.isEmpty());
        // The allocation stays with `secret` until it goes: its bytes are zeros now.
        QVERIFY(std::all_of(bytes, bytes + size, [](char c) { return c == 0; }));
    }

    void wipeZeroesAString()
    {
        QString secret = QString::fromUtf8("pfx password ✓");
        const QChar *chars = secret.constData();
        const auto size = secret.size();
        QVERIFY(wipe(secret));
        QVERIFY(secret.isEmpty());
        QVERIFY(std::all_of(chars, chars + size, [](QChar c) { return c.unicode() == 0; }));
    }

    void aSharedBufferIsLeftToItsOtherHolder()
    {
        QByteArray secret("shared value");
        secret.detach();
        const QByteArray other = secret; // implicitly shared
        QVERIFY(!wipe(secret));
        QVERIFY(secret.isEmpty());
        QCOMPARE(other, QByteArray("shared value"));
        // A literal is not ours to overwrite either.
        QString literal = QStringLiteral("literal");
        QVERIFY(!wipe(literal));
    }

    void secureBytesWipe()
    {
        QByteArray data("key material");
        data.detach();
        const char *bytes = data.constData();
        const auto size = data.size();
        SecureBytes held(std::move(data));
        QCOMPARE(held.data(), QByteArray("key material"));
        SecureBytes moved(std::move(held));
        QVERIFY(held.isEmpty());
        QVERIFY(moved.constData() == bytes); // moved, not copied
        moved.clear();                       // what the destructor does
        QVERIFY(moved.isEmpty());
        QVERIFY(std::all_of(bytes, bytes + size, [](char c) { return c == 0; }));
    }
};

QTEST_GUILESS_MAIN(TestSecureMemory)
#include "tst_securememory.moc"
