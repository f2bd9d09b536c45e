#include "EmulatorProcess.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>

EmulatorProcess::EmulatorProcess(QStringList extraArguments, QString dataDir)
    : m_arguments(std::move(extraArguments))
    , m_dataDir(dataDir.isEmpty() ? m_tempDir.path() : dataDir)
{}

EmulatorProcess::~EmulatorProcess()
{
    terminate();
}

bool EmulatorProcess::start()
{
    const QString cloudFile = m_dataDir + QStringLiteral("/cloud.json");
    QFile::remove(cloudFile);
    QStringList arguments{QStringLiteral("--data-dir"), m_dataDir};
    if (!m_arguments.contains(QStringLiteral("--listen")))
        arguments << QStringLiteral("--listen") << QStringLiteral("127.0.0.1:0");
    arguments << m_arguments;
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(QStringLiteral(KLUIS_EMULATOR_PATH), arguments);
    if (!m_process.waitForStarted(5000))
        return false;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 60000) {
        QFile file(cloudFile);
        if (file.open(QIODevice::ReadOnly)) {
            m_cloud = QJsonDocument::fromJson(file.readAll()).object();
            if (!m_cloud.isEmpty())
                break;
        }
        if (m_process.state() != QProcess::Running)
            return false;
        QThread::msleep(20);
    }
    if (m_cloud.isEmpty())
        return false;
    QFile ca(m_cloud.value(QStringLiteral("caFile")).toString());
    if (!ca.open(QIODevice::ReadOnly))
        return false;
    m_tls = QSslConfiguration::defaultConfiguration();
    m_tls.addCaCertificates(QSslCertificate::fromData(ca.readAll(), QSsl::Pem));
    return true;
}

void EmulatorProcess::kill()
{
    if (m_process.state() == QProcess::Running) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool EmulatorProcess::terminate()
{
    if (m_process.state() != QProcess::Running)
        return true;
    m_process.terminate();
    return m_process.waitForFinished(10000);
}

QString EmulatorProcess::vaultUri(const QString &name) const
{
    for (const auto &v : m_cloud.value(QStringLiteral("vaults")).toArray()) {
        if (v.toObject().value(QStringLiteral("name")).toString() == name)
            return v.toObject().value(QStringLiteral("uri")).toString();
    }
    return {};
}

QString EmulatorProcess::clientId(bool dataAccess) const
{
    for (const auto &c : m_cloud.value(QStringLiteral("clients")).toArray()) {
        if (c.toObject().value(QStringLiteral("dataAccess")).toBool() == dataAccess)
            return c.toObject().value(QStringLiteral("clientId")).toString();
    }
    return {};
}

QString EmulatorProcess::clientSecret(bool dataAccess) const
{
    for (const auto &c : m_cloud.value(QStringLiteral("clients")).toArray()) {
        if (c.toObject().value(QStringLiteral("dataAccess")).toBool() == dataAccess)
            return c.toObject().value(QStringLiteral("clientSecret")).toString();
    }
    return {};
}

QByteArray EmulatorProcess::Reply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

EmulatorProcess::Reply EmulatorProcess::request(const QByteArray &method, const QUrl &url,
                                                const QByteArray &body,
                                                const QList<QPair<QByteArray, QByteArray>> &headers)
{
    // glibc does not resolve *.localhost: connect to loopback, keep the name for Host and for
    // the certificate check.
    QUrl target = url;
    QNetworkRequest request;
    if (url.host().endsWith(QLatin1String(".localhost"))) {
        target.setHost(QStringLiteral("127.0.0.1"));
        request.setPeerVerifyName(url.host());
        request.setRawHeader(
            "Host", url.port(443) == 443
                        ? url.host().toLatin1()
                        : QStringLiteral("%1:%2").arg(url.host()).arg(url.port()).toLatin1());
    }
    request.setUrl(target);
    request.setSslConfiguration(m_tls);
    request.setTransferTimeout(30000);
    bool hasContentType = false;
    for (const auto &[name, value] : headers) {
        request.setRawHeader(name, value);
        hasContentType = hasContentType || name.compare("content-type", Qt::CaseInsensitive) == 0;
    }
    if (!body.isEmpty() && !hasContentType)
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    result.headers = reply->rawHeaderPairs();
    result.error = reply->error();
    reply->deleteLater();
    return result;
}

QByteArray EmulatorProcess::token(const QString &scope, bool dataAccess)
{
    const QUrl url(m_cloud.value(QStringLiteral("authorityHost")).toString() + QLatin1Char('/') +
                   m_cloud.value(QStringLiteral("tenantId")).toString() +
                   QStringLiteral("/oauth2/v2.0/token"));
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
    form.addQueryItem(QStringLiteral("client_id"), clientId(dataAccess));
    form.addQueryItem(QStringLiteral("client_secret"), clientSecret(dataAccess));
    form.addQueryItem(QStringLiteral("scope"), scope);
    const auto reply = request("POST", url, form.toString(QUrl::FullyEncoded).toLatin1(),
                               {{"Content-Type", "application/x-www-form-urlencoded"}});
    return reply.json.value(QStringLiteral("access_token")).toString().toLatin1();
}
