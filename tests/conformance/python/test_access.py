"""How azure-keyvault-secrets surfaces the vault's refusals (firewall, public network access,
permissions) and retries throttling on its own."""

import time
import unittest

from azure.core.exceptions import HttpResponseError
from azure.keyvault.secrets import SecretClient

from common import (arm_fault, armed_faults, case, credential, disarm_faults, inner_codes, unique_name, vault,
                    vault_url)


class AccessTest(unittest.TestCase):
    def assert_forbidden(self, call, inner=None, message=None):
        with self.assertRaises(HttpResponseError) as caught:
            call()
        error = caught.exception
        self.assertEqual(error.status_code, 403, str(error))
        self.assertEqual(error.error.code, "Forbidden")
        if inner:
            self.assertEqual(inner_codes(error), [inner])
        if message:
            self.assertIn(message, error.error.message)
        return error

    @case("access.firewall-403-get")
    def test_firewall_get(self):
        client = SecretClient(vault("payments-kv")["uri"], credential())
        self.assert_forbidden(lambda: client.get_secret("anything"), "ForbiddenByFirewall",
                              "Client address is not authorized and caller is not a trusted service")

    @case("access.firewall-403-message-names-address-and-vault")
    def test_firewall_message(self):
        client = SecretClient(vault("payments-kv")["uri"], credential())
        error = self.assert_forbidden(lambda: list(client.list_properties_of_secrets()), "ForbiddenByFirewall")
        self.assertIn("Client address: 127.0.0.1", error.error.message)
        self.assertIn("Vault: payments-kv;location=", error.error.message)

    @case("access.public-network-disabled-403")
    def test_public_network_disabled(self):
        client = SecretClient(vault("private-kv")["uri"], credential())
        self.assert_forbidden(lambda: client.get_secret("anything"), "ForbiddenByConnection",
                              "Public network access is disabled")

    @case("access.no-permission-403-is-not-firewall")
    def test_no_permission(self):
        client = SecretClient(vault_url(), credential(data_access=False))
        error = self.assert_forbidden(lambda: client.get_secret("anything"))
        codes = inner_codes(error)
        self.assertTrue(codes, "an innererror tells why")
        self.assertNotIn("ForbiddenByFirewall", codes)
        self.assertNotIn("ForbiddenByConnection", codes)
        self.assertTrue(set(codes) & {"ForbiddenByRbac", "ForbiddenByPolicy", "AccessDenied"}, codes)

    @case("access.throttled-requests-are-retried")
    def test_throttled_requests_are_retried(self):
        client = SecretClient(vault_url(), credential())
        name = unique_name("throttle")
        client.set_secret(name, "before")
        arm_fault(fault="throttle", path="/secrets", count=2)
        try:
            started = time.monotonic()
            self.assertEqual(client.get_secret(name).value, "before", "retried past two 429s")
            self.assertEqual(armed_faults(), [], "both 429s were served")
            self.assertGreaterEqual(time.monotonic() - started, 0.9, "the SDK waited for Retry-After")
        finally:
            disarm_faults()

    @case("access.throttled-without-retry-after-retried")
    def test_throttled_without_retry_after(self):
        # azure-core backs off on its own when Retry-After is missing.
        client = SecretClient(vault_url(), credential())
        name = unique_name("throttle")
        client.set_secret(name, "v")
        arm_fault(fault="throttle", path="/secrets", count=2, retryAfter=0)
        try:
            self.assertEqual(client.get_secret(name).value, "v")
            self.assertEqual(armed_faults(), [])
        finally:
            disarm_faults()

    @case("access.network-info-header")
    def test_network_info_header(self):
        # Every data-plane response names the address the vault judged, for diagnostics.
        seen = []
        SecretClient(vault_url(), credential()).set_secret(
            unique_name("netinfo"), "v",
            raw_response_hook=lambda r: seen.append(r.http_response.headers.get("x-ms-keyvault-network-info")))
        # The hook sees the challenge 401 as well as the answer; both carry the header.
        self.assertTrue(seen)
        self.assertEqual(set(seen), {"conn_type=Ipv4;addr=127.0.0.1;act_addr_fam=InterNetwork;"})

    @case("access.access-policy-403-is-not-firewall")
    def test_access_policy(self):
        # dev-kv uses access policies rather than RBAC; the reader's entry holds secrets get only.
        client = SecretClient(vault("dev-kv")["uri"], credential(data_access=False))
        error = self.assert_forbidden(lambda: client.set_secret("anything", "v"))
        self.assertTrue(set(inner_codes(error)) & {"ForbiddenByPolicy", "AccessDenied"}, inner_codes(error))
        self.assertRegex(error.error.message, r"does not have secrets set permission on key vault 'dev-kv;location=")


if __name__ == "__main__":
    unittest.main()
