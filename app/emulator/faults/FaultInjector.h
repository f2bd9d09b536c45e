#pragma once

#include "http/ApiRequest.h"
#include "http/ApiResponse.h"

#include <QList>
#include <QString>

#include <optional>

namespace kluis::emulator {

struct Fault
{
    enum class Kind
    {
        Throttle,
        Error,
        Reset,
        Truncate,
        Delay,
        ResetMidBody,
        TruncateJson,
        SlowBody,
        ErrorAfterApply,
        ResetAfterApply,
    };
    Kind kind = Kind::Error;
    QString pathContains; // empty matches every request
    QByteArray method;    // empty matches every method
    int remaining = 1;
    int every = 1; // applies to every Nth matching request; the others pass untouched
    int seen = 0;  // matching requests so far
    int status = 503;
    int delayMs = 0;
    int chunks = 8;            // slow-body only
    int retryAfterSeconds = 1; // throttle only; 0 sends no Retry-After

    QString kindName() const;
    static std::optional<Kind> kindFromName(const QString &name);
};

// Test-only faults (--enable-faults): POST {resourceManager}/_emulator/faults with
// {"fault": KIND, "path": SUBSTRING, "method": METHOD, "count": N, "every": E,
//  "status": CODE, "delayMs": MS, "chunks": C, "retryAfter": SECONDS} arms a fault for the next
// N requests whose path contains SUBSTRING (and whose method is METHOD, when given), taking
// every E-th of them (default 1: each); GET lists the armed faults and DELETE disarms them all.
// Before the request is handled: throttle (429, Retry-After unless 0), error (status, 503),
// reset (TCP reset), delay (the whole answer delayMs late). After it is handled, so a write
// takes effect: truncate (half the body, full Content-Length, then close), reset-mid-body
// (headers and half the body, then a TCP reset), truncate-json (the status with half the body,
// a consistent Content-Length: broken JSON on a healthy connection), slow-body (the body in
// `chunks` parts delayMs apart), error-after-apply (the status, 503, in place of the answer),
// reset-after-apply (a TCP reset in place of the answer).
class FaultInjector
{
public:
    explicit FaultInjector(QString controlHost);

    // Answers the control endpoint; nullopt when the request is not for it.
    std::optional<ApiResponse> handleControl(const ApiRequest &request);
    // The fault to apply to this request, if one is armed for it (consumes one count).
    std::optional<Fault> take(const ApiRequest &request);
    void arm(const Fault &fault) { m_faults.append(fault); }

    static ApiResponse throttledResponse(const Fault &fault);
    static ApiResponse errorResponse(const Fault &fault);

private:
    QString m_controlHost;
    QList<Fault> m_faults;
};

} // namespace kluis::emulator
