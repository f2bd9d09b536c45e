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
        Delay
    };
    Kind kind = Kind::Error;
    QString pathContains; // empty matches every request
    int remaining = 1;
    int status = 503;
    int delayMs = 0;
    int retryAfterSeconds = 1; // throttle only; 0 sends no Retry-After

    QString kindName() const;
    static std::optional<Kind> kindFromName(const QString &name);
};

// Test-only faults (--enable-faults): POST {resourceManager}/_emulator/faults with
// {"fault": "throttle"|"error"|"reset"|"truncate"|"delay", "path": SUBSTRING, "count": N,
//  "status": CODE, "delayMs": MS, "retryAfter": SECONDS} arms a fault for the next N requests
// whose path contains SUBSTRING; GET lists the armed faults and DELETE disarms them all.
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
