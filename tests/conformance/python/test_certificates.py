"""azure-keyvault-certificates (Debian python3-azure) against the emulator: self-signed certificates
made by the vault are real X.509 (parsed with the cryptography package)."""

import base64
import datetime
import hashlib
import unittest

from azure.core.exceptions import ResourceNotFoundError
from azure.keyvault.certificates import CertificateClient, CertificateContentType, CertificatePolicy
from azure.keyvault.keys.crypto import CryptographyClient, SignatureAlgorithm
from azure.keyvault.secrets import SecretClient
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from common import POLL, case, credential, unique_name, vault_url


def self_signed_policy(subject, content_type=CertificateContentType.pkcs12):
    return CertificatePolicy(issuer_name="Self", subject=subject, validity_in_months=12, key_type="RSA",
                             key_size=2048, exportable=True, reuse_key=False, content_type=content_type)


def local_certificate(common_name):
    """A self-signed certificate and its key made here, for import."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(minutes=5))
            .not_valid_after(now + datetime.timedelta(days=30)).sign(key, hashes.SHA256()))
    return key, cert


class CertificatesTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.cred = credential()
        cls.client = CertificateClient(vault_url(), cls.cred)
        cls.secrets = SecretClient(vault_url(), cls.cred)

    def create(self, name, policy):
        return self.client.begin_create_certificate(name, policy, **POLL).result()

    @case("certificates.create-self-signed-and-parse-cer")
    def test_create_self_signed_and_parse_cer(self):
        name = unique_name("cert")
        cert = self.create(name, self_signed_policy("CN=conformance.example"))
        self.assertEqual(cert.name, name)
        self.assertTrue(cert.cer, "the .cer (DER) is returned")
        parsed = x509.load_der_x509_certificate(bytes(cert.cer))
        self.assertEqual(parsed.subject.rfc4514_string(), "CN=conformance.example")
        self.assertEqual(parsed.issuer, parsed.subject, "self-signed")
        parsed.public_key().verify(parsed.signature, parsed.tbs_certificate_bytes, padding.PKCS1v15(),
                                   parsed.signature_hash_algorithm)
        days = (parsed.not_valid_after - parsed.not_valid_before).days
        self.assertTrue(360 <= days <= 370, "valid for 12 months, got %d days" % days)
        self.assertEqual(parsed.public_key().key_size, 2048)
        self.assertEqual(cert.properties.x509_thumbprint, hashlib.sha1(bytes(cert.cer)).digest())
        self.assertTrue(cert.key_id and cert.secret_id)

        policy = self.client.get_certificate_policy(name)
        self.assertEqual(policy.subject, "CN=conformance.example")
        self.assertEqual(policy.issuer_name, "Self")
        self.assertEqual(policy.validity_in_months, 12)

    @case("certificates.managed-secret-holds-pfx")
    def test_managed_secret_holds_pfx(self):
        name = unique_name("pfx")
        cert = self.create(name, self_signed_policy("CN=pfx.example"))
        secret = self.secrets.get_secret(name)
        self.assertEqual(secret.properties.content_type, "application/x-pkcs12")
        self.assertTrue(secret.properties.managed)
        self.assertEqual(secret.properties.key_id, cert.key_id)
        key, in_pfx, _ = pkcs12.load_key_and_certificates(base64.b64decode(secret.value), None)
        self.assertEqual(in_pfx.public_bytes(serialization.Encoding.DER), bytes(cert.cer))
        self.assertEqual(key.public_key().public_numbers(), in_pfx.public_key().public_numbers(),
                         "the private key matches the certificate")

    @case("certificates.pem-content-type")
    def test_pem_content_type(self):
        name = unique_name("pem")
        cert = self.create(name, self_signed_policy("CN=pem.example", CertificateContentType.pem))
        secret = self.secrets.get_secret(name)
        self.assertEqual(secret.properties.content_type, "application/x-pem-file")
        pem = secret.value.encode()
        parsed = x509.load_pem_x509_certificate(pem)
        self.assertEqual(parsed.public_bytes(serialization.Encoding.DER), bytes(cert.cer))
        key = serialization.load_pem_private_key(pem, None)
        self.assertEqual(key.public_key().public_numbers(), parsed.public_key().public_numbers())

    @case("certificates.key-signs-for-certificate")
    def test_key_signs_for_certificate(self):
        cert = self.create(unique_name("certkey"), self_signed_policy("CN=signer.example"))
        parsed = x509.load_der_x509_certificate(bytes(cert.cer))
        result = CryptographyClient(cert.key_id, self.cred).sign(SignatureAlgorithm.rs256,
                                                                 hashlib.sha256(b"document").digest())
        parsed.public_key().verify(result.signature, b"document", padding.PKCS1v15(), hashes.SHA256())

    @case("certificates.import-pem")
    def test_import_pem(self):
        key, local = local_certificate("imported.example")
        pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption()) + local.public_bytes(serialization.Encoding.PEM)
        # The Python SDK sends PEM base64-encoded (the JS SDK sends it as text), as in Microsoft's
        # import_certificate.py sample; the service takes both.
        imported = self.client.import_certificate(unique_name("imppem"), pem,
                                                  policy=CertificatePolicy(content_type=CertificateContentType.pem))
        self.assertEqual(bytes(imported.cer), local.public_bytes(serialization.Encoding.DER))

    @case("certificates.import-pfx")
    def test_import_pfx(self):
        key, local = local_certificate("imported.example")
        pfx = pkcs12.serialize_key_and_certificates(b"imported", key, local, None,
                                                    serialization.BestAvailableEncryption(b"pfx-pass"))
        name = unique_name("imppfx")
        imported = self.client.import_certificate(name, pfx, password="pfx-pass")
        self.assertEqual(bytes(imported.cer), local.public_bytes(serialization.Encoding.DER))
        self.assertEqual(self.client.get_certificate(name).properties.version, imported.properties.version)

    @case("certificates.versions-and-update")
    def test_versions_and_update(self):
        name = unique_name("cver")
        first = self.create(name, self_signed_policy("CN=v.example"))
        second = self.create(name, self_signed_policy("CN=v.example"))
        self.assertNotEqual(first.properties.version, second.properties.version)
        versions = sorted(p.version for p in self.client.list_properties_of_certificate_versions(name))
        self.assertEqual(versions, sorted([first.properties.version, second.properties.version]))
        updated = self.client.update_certificate_properties(name, second.properties.version, tags={"team": "pki"})
        self.assertEqual(updated.properties.tags, {"team": "pki"})
        old = self.client.get_certificate_version(name, first.properties.version)
        self.assertEqual(bytes(old.cer), bytes(first.cer))
        self.assertIn(name, [p.name for p in self.client.list_properties_of_certificates()])

    @case("certificates.delete-recover-purge")
    def test_delete_recover_purge(self):
        name = unique_name("cdel")
        self.create(name, self_signed_policy("CN=del.example"))
        poller = self.client.begin_delete_certificate(name, **POLL)
        poller.wait()
        deleted = poller.result()
        self.assertEqual(deleted.name, name)
        self.assertTrue(deleted.recovery_id)
        with self.assertRaises(ResourceNotFoundError) as caught:
            self.client.get_certificate(name)
        self.assertEqual(caught.exception.error.code, "CertificateNotFound")

        self.client.begin_recover_deleted_certificate(name, **POLL).wait()
        self.assertEqual(self.client.get_certificate(name).name, name)
        self.assertTrue(self.secrets.get_secret(name).value, "recovering the certificate recovers its secret")

        self.client.begin_delete_certificate(name, **POLL).wait()
        self.assertIn(name, [d.name for d in self.client.list_deleted_certificates()])
        self.client.purge_deleted_certificate(name)
        with self.assertRaises(ResourceNotFoundError):
            self.client.get_deleted_certificate(name)

    @case("certificates.backup-and-restore")
    def test_backup_and_restore(self):
        name = unique_name("cbak")
        cert = self.create(name, self_signed_policy("CN=bak.example"))
        backup = self.client.backup_certificate(name)
        self.assertTrue(backup)
        self.client.begin_delete_certificate(name, **POLL).wait()
        self.client.purge_deleted_certificate(name)
        restored = self.client.restore_certificate_backup(backup)
        self.assertEqual(restored.name, name)
        self.assertEqual(bytes(restored.cer), bytes(cert.cer))


if __name__ == "__main__":
    unittest.main()
