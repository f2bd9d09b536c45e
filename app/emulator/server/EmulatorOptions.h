#pragma once

#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace kluis::emulator {

struct ListenAddress
{
    QHostAddress address;
    quint16 port = 0;

    static std::optional<ListenAddress> parse(const QString &text);
};

struct EmulatorOptions
{
    QString dataDir;
    QString domain = QStringLiteral("localhost");
    std::optional<ListenAddress> listen;
    std::optional<ListenAddress> listenLogin;
    std::optional<ListenAddress> listenManagement;
    std::optional<ListenAddress> listenVault;
    QString seed = QStringLiteral("demo"); // applied only to a new state
    QList<QPair<QString, int>> seedCounts;
    bool inMemory = false;
    bool enableFaults = false;
    std::optional<QHostAddress> nat;
    int throttleLimit = 4000;       // data-plane requests per vault per 10 s
    bool throttleRetryAfter = true; // the service does not always send Retry-After

    // Parses the command line; on failure returns nullopt and sets error. --help and
    // --version are handled by the parser itself (they print and exit).
    static std::optional<EmulatorOptions> parse(const QStringList &arguments, QString *error);
};

} // namespace kluis::emulator
