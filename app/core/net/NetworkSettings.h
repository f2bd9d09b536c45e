#pragma once

#include "net/ProxySettings.h"

#include <QString>

namespace kluis::core {

// Everything about the network the user can set; one value per process by default
// (HttpPipeline::setDefaultNetworkSettings), so the sign-in pipelines follow it too.
struct NetworkSettings
{
    ProxySettings proxy;
    // PEM bundle trusted for every host beside the system roots (a TLS-inspecting proxy's CA).
    // TLS verification itself is never switched off.
    QString extraCaFile;

    friend bool operator==(const NetworkSettings &, const NetworkSettings &) = default;
};

} // namespace kluis::core
