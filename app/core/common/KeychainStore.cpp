#include "common/KeychainStore.h"

#include <QCoreApplication>
#include <QCoroSignal>

#include <memory>
#include <qt6keychain/keychain.h>

namespace kluis::core {

namespace {
struct LaterDeleter
{
    void operator()(QObject *object) const { object->deleteLater(); }
};
template<typename Job> using JobPtr = std::unique_ptr<Job, LaterDeleter>;

template<typename Job> JobPtr<Job> makeJob(const QString &service, const QString &key)
{
    JobPtr<Job> job(new Job(service));
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

AzureError keychainError(const QKeychain::Job &job)
{
    return AzureError::auth(
        QCoreApplication::translate("KeychainStore", "The keychain refused the request: %1")
            .arg(job.errorString()),
        QStringLiteral("keychain_error"));
}
} // namespace

KeychainStore::KeychainStore(QString service)
    : m_service(std::move(service))
{}

QString KeychainStore::keyFor(const QString &account, const QString &tenantId,
                              const QString &clientId)
{
    return QStringLiteral("refresh-token/%1/%2/%3")
        .arg(clientId.toLower(), tenantId.toLower(), account.toLower());
}

QCoro::Task<Status> KeychainStore::write(QString key, QByteArray secret)
{
    auto job = makeJob<QKeychain::WritePasswordJob>(m_service, key);
    job->setBinaryData(secret);
    job->start();
    co_await qCoro(job.get(), &QKeychain::Job::finished);
    if (job->error() != QKeychain::NoError)
        co_return keychainError(*job);
    co_return Done{};
}

QCoro::Task<Result<QByteArray>> KeychainStore::read(QString key)
{
    auto job = makeJob<QKeychain::ReadPasswordJob>(m_service, key);
    job->start();
    co_await qCoro(job.get(), &QKeychain::Job::finished);
    if (job->error() == QKeychain::EntryNotFound)
        co_return QByteArray();
    if (job->error() != QKeychain::NoError)
        co_return keychainError(*job);
    co_return job->binaryData();
}

QCoro::Task<Status> KeychainStore::remove(QString key)
{
    auto job = makeJob<QKeychain::DeletePasswordJob>(m_service, key);
    job->start();
    co_await qCoro(job.get(), &QKeychain::Job::finished);
    if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound)
        co_return keychainError(*job);
    co_return Done{};
}

} // namespace kluis::core
