"""azure-keyvault-keys (Debian python3-azure) against the emulator: keys made and used in the vault,
their signatures checked locally with the cryptography package."""

import hashlib
import os
import re
import unittest

from azure.core.exceptions import HttpResponseError, ResourceNotFoundError
from azure.keyvault.keys import (KeyClient, KeyRotationLifetimeAction, KeyRotationPolicy,
                                 KeyRotationPolicyAction)
from azure.keyvault.keys.crypto import (CryptographyClient, EncryptionAlgorithm, KeyWrapAlgorithm,
                                        SignatureAlgorithm)
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa, utils

from common import POLL, case, credential, unique_name, vault_url


def _int(data):
    return int.from_bytes(data, "big")


def public_key(jwk):
    if str(jwk.kty).startswith("RSA"):
        return rsa.RSAPublicNumbers(_int(jwk.e), _int(jwk.n)).public_key()
    curves = {"P-256": ec.SECP256R1(), "P-384": ec.SECP384R1(), "P-521": ec.SECP521R1()}
    return ec.EllipticCurvePublicNumbers(_int(jwk.x), _int(jwk.y), curves[str(jwk.crv)]).public_key()


def verify_rs256(key, data, signature):
    public_key(key).verify(signature, data, padding.PKCS1v15(), hashes.SHA256())


class KeysTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.cred = credential()
        cls.client = KeyClient(vault_url(), cls.cred)

    @case("keys.create-rsa-and-get")
    def test_create_rsa_and_get(self):
        name = unique_name("rsa")
        created = self.client.create_rsa_key(name, size=2048, tags={"use": "test"})
        self.assertEqual(created.name, name)
        self.assertEqual(created.key_type, "RSA")
        self.assertRegex(created.properties.version, re.compile(r"^[0-9a-f]{32}$"))
        self.assertEqual(public_key(created.key).key_size, 2048)
        got = self.client.get_key(name)
        self.assertEqual(got.id, created.id)
        self.assertEqual(got.properties.tags, {"use": "test"})
        self.assertIn("sign", [str(op) for op in got.key_operations])
        self.assertIsNone(got.key.d, "the private part never leaves the vault")

    @case("keys.create-ec-p256")
    def test_create_ec(self):
        created = self.client.create_ec_key(unique_name("ec"), curve="P-256")
        self.assertEqual(created.key_type, "EC")
        self.assertEqual(created.key.crv, "P-256")
        self.assertEqual(public_key(created.key).curve.name, "secp256r1")

    @case("keys.get-missing-is-404")
    def test_get_missing(self):
        with self.assertRaises(ResourceNotFoundError) as caught:
            self.client.get_key(unique_name("missing"))
        self.assertEqual(caught.exception.error.code, "KeyNotFound")

    @case("keys.rsa-sign-verified-locally")
    def test_rsa_sign_verified_locally(self):
        key = self.client.create_rsa_key(unique_name("sign"), size=2048)
        data = b"signed by the emulated vault"
        result = CryptographyClient(key.id, self.cred).sign(SignatureAlgorithm.rs256, hashlib.sha256(data).digest())
        self.assertEqual(result.key_id, key.id)
        verify_rs256(key.key, data, result.signature)
        with self.assertRaises(InvalidSignature):
            verify_rs256(key.key, b"something else", result.signature)

    @case("keys.ec-sign-verified-locally")
    def test_ec_sign_verified_locally(self):
        key = self.client.create_ec_key(unique_name("ecsign"), curve="P-256")
        data = b"ES256 over P-256"
        result = CryptographyClient(key, self.cred).sign(SignatureAlgorithm.es256, hashlib.sha256(data).digest())
        self.assertEqual(len(result.signature), 64, "ES256 signatures are r||s")
        der = utils.encode_dss_signature(_int(result.signature[:32]), _int(result.signature[32:]))
        public_key(key.key).verify(der, data, ec.ECDSA(hashes.SHA256()))

    @case("keys.encrypt-locally-decrypt-in-vault")
    def test_encrypt_decrypt_wrap_unwrap(self):
        key = self.client.create_rsa_key(unique_name("crypt"), size=2048)
        crypto_client = CryptographyClient(key, self.cred)
        encrypted = crypto_client.encrypt(EncryptionAlgorithm.rsa_oaep, b"wrapped data")
        self.assertEqual(crypto_client.decrypt(EncryptionAlgorithm.rsa_oaep, encrypted.ciphertext).plaintext,
                         b"wrapped data")
        aes_key = os.urandom(32)
        wrapped = crypto_client.wrap_key(KeyWrapAlgorithm.rsa_oaep_256, aes_key)
        self.assertEqual(crypto_client.unwrap_key(KeyWrapAlgorithm.rsa_oaep_256, wrapped.encrypted_key).key, aes_key)

    @case("keys.versions-and-update")
    def test_versions_and_update(self):
        name = unique_name("kver")
        first = self.client.create_ec_key(name, curve="P-256")
        second = self.client.create_ec_key(name, curve="P-256")
        self.assertNotEqual(first.properties.version, second.properties.version)
        versions = sorted(p.version for p in self.client.list_properties_of_key_versions(name))
        self.assertEqual(versions, sorted([first.properties.version, second.properties.version]))
        updated = self.client.update_key_properties(name, first.properties.version, enabled=False,
                                                    tags={"retired": "yes"})
        self.assertFalse(updated.properties.enabled)
        self.assertEqual(updated.properties.tags, {"retired": "yes"})
        self.assertFalse(self.client.get_key(name, first.properties.version).properties.enabled)
        self.assertEqual(self.client.get_key(name).properties.version, second.properties.version)
        self.assertIn(name, [p.name for p in self.client.list_properties_of_keys()])

    @case("keys.delete-recover-purge")
    def test_delete_recover_purge(self):
        name = unique_name("kdel")
        created = self.client.create_rsa_key(name)
        poller = self.client.begin_delete_key(name, **POLL)
        poller.wait()
        deleted = poller.result()
        self.assertEqual(deleted.name, name)
        self.assertTrue(deleted.recovery_id)
        self.assertIsNotNone(deleted.scheduled_purge_date)
        with self.assertRaises(ResourceNotFoundError):
            self.client.get_key(name)
        recovered = self.client.begin_recover_deleted_key(name, **POLL).result()
        self.assertEqual(recovered.id, created.id)
        self.assertEqual(self.client.get_key(name).properties.version, created.properties.version)

        self.client.begin_delete_key(name, **POLL).wait()
        self.assertIn(name, [d.name for d in self.client.list_deleted_keys()])
        self.client.purge_deleted_key(name)
        with self.assertRaises(ResourceNotFoundError):
            self.client.get_deleted_key(name)

    @case("keys.backup-and-restore")
    def test_backup_and_restore(self):
        name = unique_name("kbak")
        created = self.client.create_rsa_key(name, size=2048)
        backup = self.client.backup_key(name)
        self.assertTrue(backup)
        self.client.begin_delete_key(name, **POLL).wait()
        self.client.purge_deleted_key(name)
        restored = self.client.restore_key_backup(backup)
        self.assertEqual(restored.name, name)
        self.assertEqual(restored.id, created.id)
        data = b"after restore"
        result = CryptographyClient(restored.id, self.cred).sign(SignatureAlgorithm.rs256,
                                                                 hashlib.sha256(data).digest())
        verify_rs256(created.key, data, result.signature)

    @case("keys.rotation-policy-default-then-set")
    def test_rotation_policy(self):
        name = unique_name("krot")
        self.client.create_ec_key(name, curve="P-256")
        default = self.client.get_key_rotation_policy(name)
        # Never set: the service's default notifies 30 days before expiry and has no id or dates.
        self.assertIsNone(default.id)
        self.assertEqual([(str(a.action).lower(), a.time_before_expiry) for a in default.lifetime_actions],
                         [("notify", "P30D")])
        policy = KeyRotationPolicy(expires_in="P2Y", lifetime_actions=[
            KeyRotationLifetimeAction(KeyRotationPolicyAction.rotate, time_after_create="P90D")])
        updated = self.client.update_key_rotation_policy(name, policy)
        self.assertTrue(updated.id.endswith("/keys/%s/rotationpolicy" % name))
        self.assertEqual(updated.expires_in, "P2Y")
        self.assertIsNotNone(updated.created_on)
        read = self.client.get_key_rotation_policy(name)
        self.assertEqual([(str(a.action).lower(), a.time_after_create) for a in read.lifetime_actions],
                         [("rotate", "P90D")])
        bad = KeyRotationPolicy(lifetime_actions=[
            KeyRotationLifetimeAction(KeyRotationPolicyAction.notify, time_after_create="P90D")])
        with self.assertRaises(HttpResponseError):
            self.client.update_key_rotation_policy(name, bad)
        with self.assertRaises(ResourceNotFoundError):
            self.client.get_key_rotation_policy(unique_name("missing"))


if __name__ == "__main__":
    unittest.main()
