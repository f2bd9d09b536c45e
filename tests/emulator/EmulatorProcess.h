#pragma once

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslConfiguration>
#include <QStringList>
#include <QTemporaryDir>

// Starts the real kluis-emulator binary for a test, waits for its cloud.json, and offers a
// blocking HTTPS helper that trusts the emulator's CA (tests only; product code never blocks).
class EmulatorProcess
{
public:
    explicit EmulatorProcess(QStringList extraArguments = {}, QString dataDir = {});
    ~EmulatorProcess();

    bool start();
    void kill();      // SIGKILL, for crash tests
    bool terminate(); // SIGTERM and wait

    const QJsonObject &cloud() const { return m_cloud; }
    QString dataDir() const { return m_dataDir; }
    QString vaultUri(const QString &name) const;
    QString clientId(bool dataAccess) const;
    QString clientSecret(bool dataAccess) const;

    struct Reply
    {
        int status = 0;
        QByteArray body;
        QJsonObject json;
        QList<QNetworkReply::RawHeaderPair> headers;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QByteArray header(const QByteArray &name) const;
    };
    // A request with the emulator's CA trusted; blocks in a local event loop (tests only).
    Reply request(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                  const QList<QPair<QByteArray, QByteArray>> &headers = {});
    // A client-credentials token for scope (e.g. cloud()["vaultScope"]).
    QByteArray token(const QString &scope, bool dataAccess = true);

private:
    QStringList m_arguments;
    QTemporaryDir m_tempDir;
    QString m_dataDir;
    QProcess m_process;
    QJsonObject m_cloud;
    QNetworkAccessManager m_network;
    QSslConfiguration m_tls;
};
