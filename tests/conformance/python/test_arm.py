"""azure-mgmt-keyvault (Debian python3-azure, api-version 2022-07-01) against the emulator's Resource Manager."""

import unittest

from azure.core.exceptions import HttpResponseError, ResourceNotFoundError
from azure.keyvault.secrets import SecretClient
from azure.mgmt.keyvault import KeyVaultManagementClient
from azure.mgmt.keyvault.models import (IPRule, NetworkRuleSet, VaultCreateOrUpdateParameters,
                                        VaultPatchParameters, VaultPatchProperties)

from common import CLOUD, arm_fault, armed_faults, case, credential, disarm_faults, inner_codes, vault

SUBSCRIPTION = CLOUD["subscriptions"][0]["id"]


def expected_names(predicate):
    return sorted(v["name"] for v in CLOUD["vaults"] if predicate(v))


def in_subscription(v):
    return v["subscriptionId"] == SUBSCRIPTION


def network_patch(default_action, ip_rules):
    return VaultPatchParameters(properties=VaultPatchProperties(network_acls=NetworkRuleSet(
        default_action=default_action, bypass="AzureServices", ip_rules=[IPRule(value=r) for r in ip_rules])))


class ArmTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.cred = credential()
        cls.arm = KeyVaultManagementClient(cls.cred, SUBSCRIPTION, base_url=CLOUD["resourceManager"],
                                           credential_scopes=[CLOUD["resourceManagerScope"]])

    @case("arm.list-vaults-by-subscription")
    def test_list_by_subscription(self):
        vaults = list(self.arm.vaults.list_by_subscription())
        self.assertEqual(sorted(v.name for v in vaults), expected_names(in_subscription))
        for v in vaults:
            expected = vault(v.name)
            self.assertEqual(v.type, "Microsoft.KeyVault/vaults")
            self.assertEqual(v.id.lower(), ("/subscriptions/%s/resourceGroups/%s/providers/Microsoft.KeyVault/vaults/%s"
                                            % (SUBSCRIPTION, expected["resourceGroup"], v.name)).lower())
            self.assertEqual(v.properties.vault_uri.rstrip("/"), expected["uri"].rstrip("/"))
            self.assertEqual(v.properties.tenant_id, CLOUD["tenantId"])
            self.assertEqual(v.properties.sku.family, "A")
            self.assertIn(v.properties.sku.name, ("standard", "premium"))
            self.assertTrue(v.location)

    @case("arm.list-vaults-paged")
    def test_list_paged(self):
        names, pages = [], 0
        for page in self.arm.vaults.list_by_subscription(top=2).by_page():
            items = list(page)
            pages += 1
            self.assertLessEqual(len(items), 2)
            names += [v.name for v in items]
        self.assertEqual(sorted(names), expected_names(in_subscription))
        self.assertGreaterEqual(pages, 2)

    @case("arm.list-vaults-by-resource-group")
    def test_list_by_resource_group(self):
        vaults = list(self.arm.vaults.list_by_resource_group("rg-payments"))
        self.assertEqual(sorted(v.name for v in vaults),
                         expected_names(lambda v: in_subscription(v) and v["resourceGroup"] == "rg-payments"))

    @case("arm.list-vaults-through-resources")
    def test_list_through_resources(self):
        # vaults.list() goes through the generic resources API (api-version 2015-11-01).
        self.assertEqual(sorted(v.name for v in self.arm.vaults.list()), expected_names(in_subscription))

    @case("arm.get-vault-network-settings")
    def test_get_network_settings(self):
        payments = self.arm.vaults.get("rg-payments", "payments-kv")
        self.assertEqual(payments.properties.network_acls.default_action, "Deny")
        self.assertFalse([r for r in payments.properties.network_acls.ip_rules or [] if r.value.startswith("127.")])
        private = self.arm.vaults.get("rg-payments", "private-kv")
        self.assertEqual(private.properties.public_network_access, "Disabled")
        self.assertGreaterEqual(len(private.properties.private_endpoint_connections), 1)
        demo = self.arm.vaults.get("rg-shared", "demo")
        self.assertIsInstance(demo.properties.enable_rbac_authorization, bool)
        self.assertTrue(demo.properties.enable_soft_delete)

    @case("arm.get-missing-vault-is-404")
    def test_get_missing(self):
        with self.assertRaises(ResourceNotFoundError) as caught:
            self.arm.vaults.get("rg-shared", "no-such-vault")
        self.assertEqual(caught.exception.error.code, "ResourceNotFound")

    @case("arm.patch-firewall-applies-to-data-plane")
    def test_patch_firewall_applies_to_data_plane(self):
        bulk = vault("bulk")
        data = SecretClient(bulk["uri"], self.cred)
        next(iter(data.list_properties_of_secrets()))  # open to begin with

        denied = self.arm.vaults.update(bulk["resourceGroup"], "bulk", network_patch("Deny", ["203.0.113.7"]))
        self.assertEqual(denied.properties.network_acls.default_action, "Deny")
        self.assertEqual([r.value for r in denied.properties.network_acls.ip_rules], ["203.0.113.7/32"])
        read = self.arm.vaults.get(bulk["resourceGroup"], "bulk")
        self.assertEqual([r.value for r in read.properties.network_acls.ip_rules], ["203.0.113.7/32"])

        with self.assertRaises(HttpResponseError) as caught:
            next(iter(data.list_properties_of_secrets()))
        self.assertEqual(caught.exception.status_code, 403)
        self.assertEqual(caught.exception.error.code, "Forbidden")
        self.assertEqual(inner_codes(caught.exception), ["ForbiddenByFirewall"])

        opened = self.arm.vaults.update(bulk["resourceGroup"], "bulk", network_patch("Allow", []))
        self.assertEqual(opened.properties.network_acls.default_action, "Allow")
        next(iter(data.list_properties_of_secrets()))

    @case("arm.patch-rejects-private-ip-rule")
    def test_patch_rejects_private_ip_rule(self):
        bulk = vault("bulk")
        with self.assertRaises(HttpResponseError) as caught:
            self.arm.vaults.update(bulk["resourceGroup"], "bulk", network_patch("Deny", ["10.1.2.3"]))
        self.assertEqual(caught.exception.status_code, 400)
        self.assertTrue(caught.exception.error.code)
        after = self.arm.vaults.get(bulk["resourceGroup"], "bulk")
        rules = (after.properties.network_acls.ip_rules or []) if after.properties.network_acls else []
        self.assertFalse([r for r in rules if r.value.startswith("10.")], "a rejected change is not stored")

    @case("arm.put-vault-keeps-properties")
    def test_put_vault(self):
        current = self.arm.vaults.get("rg-shared", "demo")
        tags = dict(current.tags or {}, conformance="put")
        updated = self.arm.vaults.begin_create_or_update(
            "rg-shared", "demo",
            VaultCreateOrUpdateParameters(location=current.location, tags=tags, properties=current.properties)).result()
        self.assertEqual(updated.tags["conformance"], "put")
        self.assertEqual(updated.properties.vault_uri, current.properties.vault_uri)
        self.assertEqual(self.arm.vaults.get("rg-shared", "demo").tags["conformance"], "put")

    @case("arm.throttled-requests-are-retried")
    def test_throttled_requests_are_retried(self):
        arm_fault(fault="throttle", path="/providers/Microsoft.KeyVault/vaults", count=2)
        try:
            names = sorted(v.name for v in self.arm.vaults.list_by_subscription())
            self.assertEqual(names, expected_names(in_subscription), "retried past two 429s")
            self.assertEqual(armed_faults(), [], "both 429s were served")
        finally:
            disarm_faults()


if __name__ == "__main__":
    unittest.main()
