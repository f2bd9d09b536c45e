#pragma once

#include "diagnostics/Diagnosis.h"

#include <QHostAddress>

namespace kluis::core {

// From what was gathered (the failed call, the probes, the vault's network view, this machine's
// addresses) to exactly one cause, the endpoint it concerns and the fixes. No I/O: everything
// it needs is in the Diagnosis it is given, so it can be tested on recorded answers.
class DiagnosisClassifier
{
public:
    // Reads failure, endpoints, network, localAddresses and allowList of `diagnosis`; fills
    // cause, endpoint, clientAddress, behindNat, issuer, permission, network.clientAddressCovered
    // and fixes.
    static Diagnosis classify(Diagnosis diagnosis);
    // A 403 an enforced network security perimeter gave: the firewall's code, with a message
    // that names the NSP rules.
    static bool refusedByPerimeter(const AzureError &error);

    // RFC 1918, RFC 6598 (100.64/10), link-local, fc00::/7: an address only a private network
    // reaches. Loopback is not private in this sense.
    static bool isPrivateAddress(const QHostAddress &address);
    // A public IPv4 address: the only kind a vault IP rule takes.
    static bool isPublicIPv4(const QHostAddress &address);
    // What a transport error alone says, when the probes could not tell more.
    static DiagnosisCause causeOfTransportError(QNetworkReply::NetworkError error);
};

} // namespace kluis::core
