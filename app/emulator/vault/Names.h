#pragma once

#include <QString>

namespace kluis::emulator::names {

// Object names: 1–127 of [0-9a-zA-Z-].
bool isValidObjectName(const QString &name);
// Versions the service makes: 32 hex characters.
bool isValidVersion(const QString &version);
// A new version identifier (32 lower-case hex characters).
QString newVersion();
// The api-versions the data plane answers.
bool isKnownApiVersion(const QString &version);

} // namespace kluis::emulator::names
