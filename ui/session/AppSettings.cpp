#include "session/AppSettings.h"

#include "net/HttpPipeline.h"

namespace kluis::ui::AppSettings {

core::NetworkSettings networkSettings()
{
    core::NetworkSettings network;
    network.proxy.mode = core::ProxySettings::modeFromName(proxyMode.value());
    if (network.proxy.mode == core::ProxySettings::Mode::Manual) {
        network.proxy.host = proxyHost.value();
        network.proxy.port = static_cast<quint16>(proxyPort.value());
    }
    network.extraCaFile = extraCaFile.value();
    return network;
}

void applyNetworkSettings()
{
    core::HttpPipeline::setDefaultNetworkSettings(networkSettings());
}

} // namespace kluis::ui::AppSettings
