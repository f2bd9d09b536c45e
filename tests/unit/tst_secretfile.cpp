#include "FileSizeLimit.h"

#include "common/SecretFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace kluis::core;

namespace {
// The mode bits as the kernel has them.
unsigned modeOf(const QString &path)
{
    struct stat info
    {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 07777;
    return info.st_mode & 07777;
}

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Restores the umask when the test ends.
class Umask
{
public:
    explicit Umask(mode_t mask)
        : m_old(::umask(mask))
    {}
    ~Umask() { ::umask(m_old); }

private:
    mode_t m_old;
};
} // namespace

class TestSecretFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aNewFileIsOwnerOnlyWhateverTheUmask()
    {
        QTemporaryDir dir;
        const Umask open(0); // without the helper a new file would be 0666
        const auto path = dir.filePath(QStringLiteral("key.pem"));
        QString error;
        QVERIFY2(SecretFile::write(path, "-----BEGIN PRIVATE KEY-----\n", &error),
                 qPrintable(error));
        QCOMPARE(modeOf(path), 0600u);
        QCOMPARE(contentOf(path), QByteArray("-----BEGIN PRIVATE KEY-----\n"));
    }

    void anExistingReadableFileBecomesOwnerOnly()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("backup.keyvaultbackup"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old");
        }
        QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
        QVERIFY(SecretFile::write(path, "new"));
        QCOMPARE(modeOf(path), 0600u);
        QCOMPARE(contentOf(path), QByteArray("new"));
    }

    void aFailedWriteLeavesTheOldFileIntact()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("export.pfx"));
        QVERIFY(SecretFile::write(path, "the old export"));
        const QByteArray big(64 * 1024, 'x');
        QString error;
        bool written = true;
        {
            const FileSizeLimit limit(4096);
            QVERIFY(limit.isActive());
            written = SecretFile::write(path, big, &error);
        }
        QVERIFY(!written);
        QVERIFY(!error.isEmpty());
        QCOMPARE(contentOf(path), QByteArray("the old export"));
        QCOMPARE(modeOf(path), 0600u);
        // No temporary file is left beside it.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
                 QStringList{QStringLiteral("export.pfx")});
    }

    // Smaller than QFileDevice's buffer: the write fails only when the buffer is flushed, and
    // QSaveFile::commit() alone would not notice.
    void aSmallFailedWriteLeavesTheOldFileIntact()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("backup.blob"));
        QVERIFY(SecretFile::write(path, "old"));
        bool written = true;
        {
            const FileSizeLimit limit(100);
            written = SecretFile::write(path, QByteArray(300, 'x'));
        }
        QVERIFY(!written);
        QCOMPARE(contentOf(path), QByteArray("old"));
    }

    void aFailedFirstWriteLeavesNothing()
    {
        QTemporaryDir dir;
        const auto path = dir.filePath(QStringLiteral("new.pem"));
        bool written = true;
        {
            const FileSizeLimit limit(4096);
            written = SecretFile::write(path, QByteArray(64 * 1024, 'x'));
        }
        QVERIFY(!written);
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    }

    void aFolderOrAMissingFolderIsAnError()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!SecretFile::write(dir.path(), "x", &error));
        QVERIFY(error.contains(dir.path()));
        error.clear();
        QVERIFY(!SecretFile::write(dir.filePath(QStringLiteral("missing/file")), "x", &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSecretFile)
#include "tst_secretfile.moc"
