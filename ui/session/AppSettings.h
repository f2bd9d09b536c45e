#pragma once

#include "net/NetworkSettings.h"

#include <QSettings>
#include <QString>
#include <QStringList>

namespace kluis::ui {

// Typed access to what Kluis keeps in QSettings. Nothing secret ever goes here: no client
// secret, token or secret value.
namespace AppSettings {

// One value under `key`, read as `fallback` while it was never set.
template<typename T> class Setting
{
public:
    Setting(const char *key, T fallback = {})
        : m_key(key)
        , m_fallback(std::move(fallback))
    {}

    T value() const
    {
        return QSettings()
            .value(QLatin1String(m_key), QVariant::fromValue(m_fallback))
            .template value<T>();
    }
    void set(const T &value) const
    {
        QSettings().setValue(QLatin1String(m_key), QVariant::fromValue(value));
    }

private:
    const char *m_key;
    T m_fallback;
};

inline const Setting<int> clipboardTimeoutSeconds{"clipboard/timeoutSeconds", 30};
// Lists mark items expiring within this many days (0: only expired ones).
inline const Setting<int> expiryWarningDays{"lists/expiryWarningDays", 30};
// "" follows the system; otherwise a locale name such as "en" or "nl_NL".
inline const Setting<QString> language{"ui/language"};
inline const Setting<QString> applicationClientId{"auth/clientId"};

// "system", "none" or "manual" (core::ProxySettings::modeName).
inline const Setting<QString> proxyMode{"network/proxyMode", QStringLiteral("system")};
inline const Setting<QString> proxyHost{"network/proxyHost"};
inline const Setting<int> proxyPort{"network/proxyPort", 3128};
inline const Setting<QString> extraCaFile{"network/extraCaFile"};

// The expiry and hygiene report's days, as last run.
inline const Setting<int> reportWithinDays{"crossvault/reportWithinDays", 30};
inline const Setting<int> reportStaleDays{"crossvault/reportStaleDays", 365};

// Vault URLs.
inline const Setting<QStringList> favouriteVaults{"navigator/favourites"};
inline const Setting<QStringList> attachedVaults{"navigator/attached"};
inline const Setting<QString> lastVault{"navigator/lastVault"};

// The proxy and extra CA above as the core takes them (HttpPipeline's process default).
core::NetworkSettings networkSettings();
// Makes networkSettings() the default of every pipeline created from now on.
void applyNetworkSettings();

} // namespace AppSettings

} // namespace kluis::ui
