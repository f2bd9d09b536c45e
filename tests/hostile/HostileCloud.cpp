#include "HostileCloud.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTimer>

HostileCloud::HostileCloud()
    : m_certificate({QStringLiteral("login.hostile.localhost"),
                     QStringLiteral("management.hostile.localhost"),
                     QStringLiteral("vault.hostile.localhost"),
                     QStringLiteral("*.vault.hostile.localhost"), QStringLiteral("evil.localhost"),
                     QStringLiteral("elsewhere.localhost")})
    , m_server(m_certificate)
{
    m_server.setHandler([this](const Request &request) { return answer(request); });
}

QString HostileCloud::cloudFile()
{
    if (!m_cloudFile.isEmpty())
        return m_cloudFile;
    const QJsonObject cloud{
        {QStringLiteral("name"), QStringLiteral("Hostile")},
        {QStringLiteral("authorityHost"), authority()},
        {QStringLiteral("tenantId"), QString::fromLatin1(tenant)},
        {QStringLiteral("resourceManager"), managementUrl()},
        {QStringLiteral("resourceManagerScope"),
         QString(managementUrl() + QStringLiteral(".default"))},
        {QStringLiteral("vaultSuffix"), QStringLiteral("vault.hostile.localhost")},
        {QStringLiteral("vaultPort"), int(m_server.port())},
        {QStringLiteral("vaultScope"), QString(vaultResource() + QStringLiteral("/.default"))},
        {QStringLiteral("caFile"), m_certificate.pemFile()},
    };
    const auto path = m_dir.filePath(QStringLiteral("cloud.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QJsonDocument(cloud).toJson());
    m_cloudFile = path;
    return m_cloudFile;
}

QProcessEnvironment HostileCloud::environment() const
{
    auto environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("AZURE_TENANT_ID"), QString::fromLatin1(tenant));
    environment.insert(QStringLiteral("AZURE_CLIENT_ID"), QString::fromLatin1(clientId));
    environment.insert(QStringLiteral("AZURE_CLIENT_SECRET"), QString::fromLatin1(clientSecret));
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("kluis.*=true"));
    environment.remove(QStringLiteral("HTTPS_PROXY"));
    environment.remove(QStringLiteral("https_proxy"));
    environment.remove(QStringLiteral("ALL_PROXY"));
    environment.remove(QStringLiteral("all_proxy"));
    return environment;
}

QList<HostileCloud::Request> HostileCloud::requestsTo(const QString &host) const
{
    QList<Request> result;
    for (const auto &request : m_server.requests) {
        if (QString::fromLatin1(request.host).compare(host, Qt::CaseInsensitive) == 0)
            result.append(request);
    }
    return result;
}

int HostileCloud::tokenRequests() const
{
    int count = 0;
    for (const auto &request : requestsTo(loginHost()))
        count += request.path().endsWith("/token") ? 1 : 0;
    return count;
}

int HostileCloud::authorizedRequestsOutside(const QString &host) const
{
    int count = 0;
    for (const auto &request : m_server.requests) {
        if (request.hasAuthorization() &&
            QString::fromLatin1(request.host).compare(host, Qt::CaseInsensitive) != 0)
            ++count;
    }
    return count;
}

HostileCloud::Reply HostileCloud::challenge(const QByteArray &parameters) const
{
    return HostileServer::json(
        401,
        "{\"error\":{\"code\":\"Unauthorized\",\"message\":\"AKV10000: Request is missing a "
        "Bearer or PoP token.\"}}",
        {{"WWW-Authenticate", "Bearer " + parameters},
         {"x-ms-keyvault-network-info",
          "conn_type=Ipv4;addr=127.0.0.1;act_addr_fam=InterNetwork;"}});
}

QByteArray HostileCloud::defaultChallenge() const
{
    return "authorization=\"" + authority().toLatin1() + '/' + tenant + "\", resource=\"" +
           vaultResource().toLatin1() + '"';
}

HostileCloud::Reply HostileCloud::answer(const Request &request)
{
    const auto host = QString::fromLatin1(request.host).toLower();
    if (host == loginHost()) {
        if (signIn) {
            if (auto reply = signIn(request))
                return *reply;
        }
        if (request.path().endsWith("/token"))
            return HostileServer::json(
                200, "{\"token_type\":\"Bearer\",\"expires_in\":" + QByteArray::number(expiresIn) +
                         ",\"access_token\":\"" + accessToken + "\"}");
        return HostileServer::json(404, "{\"error\":\"not_found\"}");
    }
    if (host == managementHost()) {
        if (management) {
            if (auto reply = management(request))
                return *reply;
        }
        return HostileServer::json(200, "{\"value\":[]}");
    }
    if (host.endsWith(QLatin1String(".localhost"))) {
        if (vault) {
            if (auto reply = vault(request))
                return *reply;
        }
        if (!request.hasAuthorization())
            return challenge(defaultChallenge());
        return HostileServer::json(200, "{\"value\":[],\"nextLink\":null}");
    }
    return HostileServer::json(404, "{}");
}

QJsonObject CliRun::error() const
{
    for (const auto &line : err.split('\n')) {
        const auto object = QJsonDocument::fromJson(line).object();
        if (object.contains(QStringLiteral("error")))
            return object.value(QStringLiteral("error")).toObject();
    }
    return {};
}

QString CliRun::describe() const
{
    return QStringLiteral("exit %1 after %2 ms%3\nstdout: %4\nstderr: %5")
        .arg(exitCode)
        .arg(elapsedMs)
        .arg(timedOut ? QStringLiteral(" (killed: timed out)") : QString())
        .arg(QString::fromUtf8(out.left(2000)), QString::fromUtf8(err.right(4000)));
}

namespace {
qint64 residentKb(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const auto &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}
} // namespace

CliRun runKluisctl(const QStringList &arguments, const QProcessEnvironment &environment,
                   int timeoutMs)
{
    CliRun run;
    QProcess process;
    process.setProcessEnvironment(environment);
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer memory;
    QObject::connect(&memory, &QTimer::timeout, &loop, [&] {
        run.peakRssKb = std::max(run.peakRssKb, residentKb(process.processId()));
    });
    memory.start(10);
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        run.timedOut = true;
        process.kill();
    });
    deadline.start(timeoutMs);
    QElapsedTimer clock;
    clock.start();
    process.start(QStringLiteral(KLUISCTL_PATH), arguments);
    process.closeWriteChannel();
    loop.exec();
    if (process.state() != QProcess::NotRunning)
        process.waitForFinished(5000);
    run.elapsedMs = clock.elapsed();
    run.exitCode = run.timedOut ? -1 : process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}
