"""azure-mgmt-authorization (Debian python3-azure, api-version 2022-04-01) against the emulator's
Microsoft.Authorization, and what the vault's data plane does with the assignments it makes."""

import unittest
import uuid

from azure.core.exceptions import HttpResponseError
from azure.keyvault.secrets import SecretClient
from azure.mgmt.authorization import AuthorizationManagementClient
from azure.mgmt.authorization.models import RoleAssignmentCreateParameters

from common import CLOUD, case, client_info, credential, inner_codes, vault

SUBSCRIPTION = CLOUD["subscriptions"][0]["id"]
SECRETS_USER = "4633458b-17de-408a-b874-0445c86b69e6"


def vault_id(name):
    v = vault(name)
    return "/subscriptions/%s/resourceGroups/%s/providers/Microsoft.KeyVault/vaults/%s" % (
        v["subscriptionId"], v["resourceGroup"], name)


def authorization(data_access=True):
    return AuthorizationManagementClient(credential(data_access), SUBSCRIPTION, base_url=CLOUD["resourceManager"],
                                         credential_scopes=[CLOUD["resourceManagerScope"]])


class RbacTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.admin = authorization()
        cls.reader_client = authorization(data_access=False)
        cls.reader = client_info(data_access=False)["objectId"]
        cls.scope = vault_id("team-kv")
        cls.secrets = SecretClient(vault("team-kv")["uri"], credential(data_access=False))

    def definition_id(self, guid):
        return "/subscriptions/%s/providers/Microsoft.Authorization/roleDefinitions/%s" % (SUBSCRIPTION, guid)

    @case("rbac.role-definition-by-name")
    def test_role_definition_by_name(self):
        found = list(self.admin.role_definitions.list(self.scope, filter="roleName eq 'Key Vault Secrets User'"))
        self.assertEqual(len(found), 1)
        role = found[0]
        self.assertEqual(role.name, SECRETS_USER)
        self.assertEqual(role.role_type, "BuiltInRole")
        self.assertIn("Microsoft.KeyVault/vaults/secrets/getSecret/action", role.permissions[0].data_actions)
        self.assertEqual(self.admin.role_definitions.get(self.scope, SECRETS_USER).role_name,
                         "Key Vault Secrets User")

    @case("rbac.assignments-at-scope-include-inherited")
    def test_assignments_at_scope(self):
        assignments = list(self.admin.role_assignments.list_for_scope(self.scope, filter="atScope()"))
        mine = [a for a in assignments if a.principal_id == self.reader]
        scopes = sorted(a.scope for a in mine)
        self.assertIn(self.scope, scopes, "Key Vault Reader on the vault itself")
        self.assertTrue(any(s.startswith("/providers/Microsoft.Management/managementGroups/") for s in scopes),
                        "Reader inherited from the root management group")
        for a in assignments:
            self.assertTrue(a.id.endswith("/providers/Microsoft.Authorization/roleAssignments/" + a.name))

    @case("rbac.permissions-for-resource")
    def test_permissions(self):
        perms = list(self.reader_client.permissions.list_for_resource(
            vault("team-kv")["resourceGroup"], "Microsoft.KeyVault", "", "vaults", "team-kv"))
        data = [d for p in perms for d in p.data_actions]
        self.assertIn("Microsoft.KeyVault/vaults/secrets/readMetadata/action", data)
        self.assertNotIn("Microsoft.KeyVault/vaults/secrets/getSecret/action", data)

    @case("rbac.reader-cannot-assign")
    def test_reader_cannot_assign(self):
        with self.assertRaises(HttpResponseError) as caught:
            self.reader_client.role_assignments.create(self.scope, str(uuid.uuid4()), RoleAssignmentCreateParameters(
                role_definition_id=self.definition_id(SECRETS_USER), principal_id=self.reader))
        self.assertEqual(caught.exception.status_code, 403)
        self.assertEqual(caught.exception.error.code, "AuthorizationFailed")

    @case("rbac.grant-then-read-then-revoke")
    def test_grant_read_revoke(self):
        with self.assertRaises(HttpResponseError) as refused:
            self.secrets.get_secret("team-api-token")
        self.assertEqual(refused.exception.status_code, 403)
        self.assertEqual(inner_codes(refused.exception), ["ForbiddenByRbac"])
        self.assertIn("Action: 'Microsoft.KeyVault/vaults/secrets/getSecret/action'",
                      refused.exception.error.message)

        name = str(uuid.uuid4())
        created = self.admin.role_assignments.create(self.scope, name, RoleAssignmentCreateParameters(
            role_definition_id=self.definition_id(SECRETS_USER), principal_id=self.reader, principal_type="ServicePrincipal"))
        try:
            self.assertEqual(created.name, name)
            self.assertEqual(created.scope, self.scope)
            self.assertEqual(created.principal_id, self.reader)
            self.assertEqual(self.secrets.get_secret("team-api-token").value, "tk_team_7c1f0e9a2b")
            with self.assertRaises(HttpResponseError) as again:
                self.admin.role_assignments.create(self.scope, str(uuid.uuid4()), RoleAssignmentCreateParameters(
                    role_definition_id=self.definition_id(SECRETS_USER), principal_id=self.reader))
            self.assertEqual(again.exception.status_code, 409)
            self.assertEqual(again.exception.error.code, "RoleAssignmentExists")
        finally:
            self.admin.role_assignments.delete(self.scope, name)
        with self.assertRaises(HttpResponseError):
            self.secrets.get_secret("team-api-token")


if __name__ == "__main__":
    unittest.main()
