// Proxy URLs (--proxy, HTTPS_PROXY) and NO_PROXY lists: ProxySettings::fromUrl,
// SystemProxyResolver and NoProxyList. Input lines: proxy URL, NO_PROXY, host to reach.
#include "net/ProxySettings.h"

#include <QUrl>

#include <cstddef>
#include <cstdint>

using namespace kluis::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto text =
        QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto lines = text.split(QLatin1Char('\n'));
    const auto proxyUrl = lines.value(0);
    const auto noProxy = lines.value(1);
    const auto host = lines.value(2);

    if (const auto settings = ProxySettings::fromUrl(proxyUrl)) {
        auto manual = *settings;
        manual.noProxy = noProxy;
        (void)ProxySettings::fromJson(manual.toJson());
        (void)manual.keychainKey();
    }
    const NoProxyList list(noProxy);
    (void)list.matches(host, 443);
    (void)list.matches(host, -1);

    QProcessEnvironment environment;
    environment.insert(QStringLiteral("https_proxy"), proxyUrl);
    environment.insert(QStringLiteral("NO_PROXY"), noProxy);
    // Never empty, so the resolver does not fall back to the desktop's settings.
    environment.insert(QStringLiteral("ALL_PROXY"), QStringLiteral("http://fallback.example:3128"));
    SystemProxyResolver resolver(environment);
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(host);
    url.setPort(8443);
    (void)resolver.queryProxy(QNetworkProxyQuery(url));
    if (const auto proxy = SystemProxyResolver::proxyFromUrl(proxyUrl))
        (void)resolver.credentialsFor(proxy->hostName(), proxy->port());
    ProxySettings manual;
    manual.mode = ProxySettings::Mode::Manual;
    manual.host = QStringLiteral("proxy.example");
    manual.port = 3128;
    manual.noProxy = noProxy;
    (void)proxiesFor(manual, resolver, QNetworkProxyQuery(url));
    return 0;
}
