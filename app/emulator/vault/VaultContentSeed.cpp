#include "VaultContentSeed.h"

namespace kluis::emulator {

void VaultContentSeed::fillDemo(Vault &) {}

void VaultContentSeed::addGeneratedSecrets(Vault &, int) {}

} // namespace kluis::emulator
