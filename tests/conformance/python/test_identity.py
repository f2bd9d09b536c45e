"""azure-identity's ClientSecretCredential against the emulator's token service."""

import time
import unittest

from azure.core.exceptions import ClientAuthenticationError

from common import CLOUD, case, client_info, credential, decode_jwt_payload, vault_scope


class IdentityTest(unittest.TestCase):
    @case("identity.resource-manager-token")
    def test_resource_manager_token(self):
        token = credential().get_token(CLOUD["resourceManagerScope"])
        self.assertTrue(token.token)
        self.assertGreater(token.expires_on, time.time() + 300, "valid for more than 5 minutes")
        claims = decode_jwt_payload(token.token)
        self.assertEqual(claims["tid"], CLOUD["tenantId"])
        self.assertEqual(claims.get("appid", claims.get("azp")), client_info(True)["clientId"])
        self.assertEqual(claims["aud"].rstrip("/"), CLOUD["resourceManager"].rstrip("/"))
        self.assertTrue(claims.get("oid"))

    @case("identity.vault-token")
    def test_vault_token(self):
        token = credential().get_token(vault_scope())
        claims = decode_jwt_payload(token.token)
        self.assertEqual(claims["aud"].rstrip("/"), vault_scope()[: -len("/.default")])
        self.assertGreater(claims["exp"], time.time())

    @case("identity.no-access-client-gets-token")
    def test_no_access_client_gets_token(self):
        token = credential(data_access=False).get_token(CLOUD["resourceManagerScope"])
        claims = decode_jwt_payload(token.token)
        self.assertEqual(claims.get("appid", claims.get("azp")), client_info(False)["clientId"])

    @case("identity.wrong-secret-is-refused")
    def test_wrong_secret_is_refused(self):
        with self.assertRaises(ClientAuthenticationError) as caught:
            credential(secret="not-the-secret").get_token(CLOUD["resourceManagerScope"])
        # Entra's description of a wrong secret starts with AADSTS7000215.
        self.assertIn("AADSTS7000215", str(caught.exception))


if __name__ == "__main__":
    unittest.main()
