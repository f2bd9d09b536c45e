#include "FaultInjector.h"

#include <QJsonArray>

namespace kluis::emulator {

namespace {
const QString kControlPath = QStringLiteral("/_emulator/faults");

const std::pair<Fault::Kind, const char *> kKindNames[] = {
    {Fault::Kind::Throttle, "throttle"},
    {Fault::Kind::Error, "error"},
    {Fault::Kind::Reset, "reset"},
    {Fault::Kind::Truncate, "truncate"},
    {Fault::Kind::Delay, "delay"},
    {Fault::Kind::ResetMidBody, "reset-mid-body"},
    {Fault::Kind::TruncateJson, "truncate-json"},
    {Fault::Kind::SlowBody, "slow-body"},
    {Fault::Kind::ErrorAfterApply, "error-after-apply"},
    {Fault::Kind::ResetAfterApply, "reset-after-apply"},
};
} // namespace

QString Fault::kindName() const
{
    for (const auto &[k, name] : kKindNames) {
        if (k == kind)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<Fault::Kind> Fault::kindFromName(const QString &name)
{
    for (const auto &[k, n] : kKindNames) {
        if (name == QLatin1String(n))
            return k;
    }
    return std::nullopt;
}

FaultInjector::FaultInjector(QString controlHost)
    : m_controlHost(std::move(controlHost))
{}

std::optional<ApiResponse> FaultInjector::handleControl(const ApiRequest &request)
{
    if (request.host != m_controlHost || request.path != kControlPath)
        return std::nullopt;

    if (request.method == "DELETE") {
        m_faults.clear();
        return ApiResponse::empty(204);
    }
    if (request.method == "GET") {
        QJsonArray armed;
        for (const auto &fault : std::as_const(m_faults)) {
            armed.append(QJsonObject{{QStringLiteral("fault"), fault.kindName()},
                                     {QStringLiteral("path"), fault.pathContains},
                                     {QStringLiteral("method"), QString::fromLatin1(fault.method)},
                                     {QStringLiteral("count"), fault.remaining},
                                     {QStringLiteral("every"), fault.every},
                                     {QStringLiteral("seen"), fault.seen}});
        }
        return ApiResponse::json(200, QJsonObject{{QStringLiteral("value"), armed}});
    }
    if (request.method != "POST")
        return ApiResponse::error(405, QStringLiteral("MethodNotAllowed"),
                                  QStringLiteral("Use GET, POST or DELETE."));

    bool ok = false;
    const auto body = request.jsonBody(&ok);
    const auto kind = Fault::kindFromName(body.value(QStringLiteral("fault")).toString());
    if (!ok || !kind)
        return ApiResponse::error(
            400, QStringLiteral("BadParameter"),
            QStringLiteral("Expected {\"fault\": throttle|error|reset|truncate|delay|"
                           "reset-mid-body|truncate-json|slow-body|error-after-apply|"
                           "reset-after-apply, ...}."));
    Fault fault;
    fault.kind = *kind;
    fault.pathContains = body.value(QStringLiteral("path")).toString();
    fault.method = body.value(QStringLiteral("method")).toString().toUpper().toLatin1();
    fault.remaining = body.value(QStringLiteral("count")).toInt(1);
    fault.every = body.value(QStringLiteral("every")).toInt(1);
    fault.status =
        body.value(QStringLiteral("status")).toInt(fault.kind == Fault::Kind::Throttle ? 429 : 503);
    fault.delayMs = qBound(0, body.value(QStringLiteral("delayMs")).toInt(1000), 600000);
    fault.chunks = qBound(1, body.value(QStringLiteral("chunks")).toInt(8), 1000);
    fault.retryAfterSeconds = body.value(QStringLiteral("retryAfter")).toInt(1);
    if (fault.remaining < 1 || fault.every < 1 || fault.status < 100 || fault.status > 599)
        return ApiResponse::error(
            400, QStringLiteral("BadParameter"),
            QStringLiteral("count and every must be positive and status an HTTP status."));
    m_faults.append(fault);
    return ApiResponse::json(
        201, QJsonObject{{QStringLiteral("fault"), fault.kindName()},
                         {QStringLiteral("path"), fault.pathContains},
                         {QStringLiteral("method"), QString::fromLatin1(fault.method)},
                         {QStringLiteral("count"), fault.remaining},
                         {QStringLiteral("every"), fault.every}});
}

std::optional<Fault> FaultInjector::take(const ApiRequest &request)
{
    for (auto it = m_faults.begin(); it != m_faults.end(); ++it) {
        if (!it->pathContains.isEmpty() && !request.path.contains(it->pathContains))
            continue;
        if (!it->method.isEmpty() && request.method != it->method)
            continue;
        if (++it->seen % it->every != 0)
            continue;
        Fault fault = *it;
        if (--it->remaining <= 0)
            m_faults.erase(it);
        return fault;
    }
    return std::nullopt;
}

ApiResponse FaultInjector::throttledResponse(const Fault &fault)
{
    auto response = ApiResponse::error(
        fault.status, QStringLiteral("Throttled"),
        QStringLiteral("Request was not processed because too many requests were received. "
                       "Reason: VaultRequestTypeLimitReached"));
    if (fault.retryAfterSeconds > 0)
        response.withHeader("Retry-After", QByteArray::number(fault.retryAfterSeconds));
    return response;
}

ApiResponse FaultInjector::errorResponse(const Fault &fault)
{
    const auto code = fault.status == 503 ? QStringLiteral("ServiceUnavailable")
                                          : QStringLiteral("InternalError");
    return ApiResponse::error(fault.status, code,
                              QStringLiteral("The service encountered a fault injected by "
                                             "kluis-emulator (status %1).")
                                  .arg(fault.status));
}

} // namespace kluis::emulator
