#pragma once

#include "net/NetworkSettings.h"

#include <QString>
#include <QStringList>

#include <chrono>

namespace kluis::ui {

// Typed access to what Kluis keeps in QSettings. Nothing secret ever goes here: no client
// secret, token or secret value.
namespace AppSettings {

enum class ProxyMode
{
    System,
    None,
    Manual,
};

std::chrono::seconds clipboardTimeout();
void setClipboardTimeout(std::chrono::seconds timeout);

// Lists mark items expiring within this many days (0: only expired ones).
int expiryWarningDays();
void setExpiryWarningDays(int days);

// "" follows the system; otherwise a locale name such as "en" or "nl_NL".
QString language();
void setLanguage(const QString &language);

QString applicationClientId();
void setApplicationClientId(const QString &clientId);

ProxyMode proxyMode();
void setProxyMode(ProxyMode mode);
QString proxyHost();
int proxyPort();
void setProxy(const QString &host, int port);

QString extraCaFile();
void setExtraCaFile(const QString &path);

// The proxy and extra CA above as the core takes them (HttpPipeline's process default).
core::NetworkSettings networkSettings();
// Makes networkSettings() the default of every pipeline created from now on.
void applyNetworkSettings();

// Vault URLs.
QStringList favouriteVaults();
void setFavouriteVaults(const QStringList &urls);
QStringList attachedVaults();
void setAttachedVaults(const QStringList &urls);
QString lastVault();
void setLastVault(const QString &url);

} // namespace AppSettings

} // namespace kluis::ui
