"""With --nat 203.0.113.10 the emulator judges every client by that address, as Azure judges a
client behind NAT. Kluis's "add my address" flow through azure-keyvault-secrets and
azure-mgmt-keyvault."""

import unittest

from azure.core.exceptions import HttpResponseError
from azure.keyvault.secrets import SecretClient
from azure.mgmt.keyvault import KeyVaultManagementClient
from azure.mgmt.keyvault.models import IPRule, VaultPatchParameters, VaultPatchProperties

from common import CLOUD, case, credential, inner_codes, vault, vault_url

NAT = CLOUD.get("nat", "203.0.113.10")


def network_info(headers):
    value = headers.get("x-ms-keyvault-network-info") or ""
    return dict(part.split("=", 1) for part in value.split(";") if part)


class NatTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.cred = credential()
        cls.payments = vault("payments-kv")
        cls.data = SecretClient(cls.payments["uri"], cls.cred)
        cls.arm = KeyVaultManagementClient(cls.cred, cls.payments["subscriptionId"],
                                           base_url=CLOUD["resourceManager"],
                                           credential_scopes=[CLOUD["resourceManagerScope"]])

    @case("nat.firewall-403-quotes-nat-address")
    def test_firewall_quotes_nat_address(self):
        with self.assertRaises(HttpResponseError) as caught:
            self.data.get_secret("anything")
        self.assertEqual(caught.exception.status_code, 403)
        self.assertEqual(inner_codes(caught.exception), ["ForbiddenByFirewall"])
        self.assertIn("Client address: " + NAT, caught.exception.error.message)
        self.assertEqual(network_info(caught.exception.response.headers).get("addr"), NAT)

    @case("nat.network-info-header-on-success")
    def test_network_info_header(self):
        seen = {}
        SecretClient(vault_url(), self.cred).set_secret(
            "nat-probe", "v", raw_response_hook=lambda r: seen.update(network_info(r.http_response.headers)))
        self.assertEqual(seen.get("addr"), NAT)
        self.assertEqual(seen.get("conn_type"), "Ipv4")
        self.assertEqual(seen.get("act_addr_fam"), "InterNetwork")

    @case("nat.add-my-address-through-arm")
    def test_add_my_address(self):
        rg = self.payments["resourceGroup"]
        acls = self.arm.vaults.get(rg, "payments-kv").properties.network_acls
        original = list(acls.ip_rules or [])
        acls.ip_rules = original + [IPRule(value=NAT)]
        after = self.arm.vaults.update(rg, "payments-kv", VaultPatchParameters(
            properties=VaultPatchProperties(network_acls=acls)))
        self.assertIn(NAT + "/32", [r.value for r in after.properties.network_acls.ip_rules])
        self.assertEqual(after.properties.network_acls.default_action, "Deny")
        self.assertTrue(list(self.data.list_properties_of_secrets()), "the firewalled vault now lists its secrets")

        acls.ip_rules = original
        self.arm.vaults.update(rg, "payments-kv", VaultPatchParameters(properties=VaultPatchProperties(network_acls=acls)))
        with self.assertRaises(HttpResponseError) as caught:
            list(self.data.list_properties_of_secrets())
        self.assertEqual(inner_codes(caught.exception), ["ForbiddenByFirewall"])


if __name__ == "__main__":
    unittest.main()
