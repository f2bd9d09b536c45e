"""azure-keyvault-secrets (Debian python3-azure, api-version 7.3) against the emulator's data plane."""

import datetime
import re
import unittest

from azure.core.exceptions import HttpResponseError, ResourceExistsError, ResourceNotFoundError
from azure.keyvault.secrets import SecretClient

from common import POLL, case, credential, inner_codes, unique_name, vault, vault_url

VERSION = re.compile(r"^[0-9a-f]{32}$")


class SecretsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.client = SecretClient(vault_url(), credential())
        cls.bulk = SecretClient(vault("bulk")["uri"], credential())

    def delete_and_wait(self, name):
        poller = self.client.begin_delete_secret(name, **POLL)
        poller.wait()
        return poller.result()

    @case("secrets.set-and-get")
    def test_set_and_get(self):
        name = unique_name("set")
        created = self.client.set_secret(name, "s3cr3t value", content_type="text/plain",
                                         tags={"owner": "conformance"})
        self.assertEqual(created.name, name)
        self.assertEqual(created.value, "s3cr3t value")
        self.assertRegex(created.properties.version, VERSION)

        got = self.client.get_secret(name)
        self.assertEqual(got.value, "s3cr3t value")
        self.assertEqual(got.properties.version, created.properties.version)
        self.assertEqual(got.properties.content_type, "text/plain")
        self.assertEqual(got.properties.tags, {"owner": "conformance"})
        self.assertTrue(got.properties.enabled)
        now = datetime.datetime.now(datetime.timezone.utc)
        self.assertLess(abs((got.properties.created_on - now).total_seconds()), 300, "created just now")
        self.assertIn("Recoverable", got.properties.recovery_level)
        self.assertTrue(7 <= got.properties.recoverable_days <= 90)

    @case("secrets.get-missing-is-404")
    def test_get_missing(self):
        with self.assertRaises(ResourceNotFoundError) as caught:
            self.client.get_secret(unique_name("missing"))
        self.assertEqual(caught.exception.status_code, 404)
        self.assertEqual(caught.exception.error.code, "SecretNotFound")

    @case("secrets.versions")
    def test_versions(self):
        name = unique_name("versions")
        first = self.client.set_secret(name, "one")
        self.client.set_secret(name, "two")
        third = self.client.set_secret(name, "three")
        versions = [p.version for p in self.client.list_properties_of_secret_versions(name)]
        self.assertEqual(len(versions), 3)
        self.assertEqual(len(set(versions)), 3)
        self.assertIn(first.properties.version, versions)
        self.assertEqual(self.client.get_secret(name, first.properties.version).value, "one")
        latest = self.client.get_secret(name)
        self.assertEqual(latest.value, "three")
        self.assertEqual(latest.properties.version, third.properties.version)

    @case("secrets.update-properties")
    def test_update_properties(self):
        name = unique_name("update")
        created = self.client.set_secret(name, "v")
        expires = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0) + datetime.timedelta(days=1)
        updated = self.client.update_secret_properties(name, created.properties.version,
                                                       content_type="application/json",
                                                       tags={"env": "test"}, expires_on=expires)
        self.assertEqual(updated.content_type, "application/json")
        self.assertEqual(updated.tags, {"env": "test"})
        self.assertEqual(updated.expires_on, expires)
        got = self.client.get_secret(name)
        self.assertEqual(got.value, "v", "an update keeps the value")
        self.assertEqual(got.properties.version, created.properties.version, "and makes no new version")

    @case("secrets.disabled-value-is-forbidden")
    def test_disabled_value_is_forbidden(self):
        name = unique_name("disabled")
        created = self.client.set_secret(name, "v")
        updated = self.client.update_secret_properties(name, created.properties.version, enabled=False)
        self.assertFalse(updated.enabled)
        with self.assertRaises(HttpResponseError) as caught:
            self.client.get_secret(name)
        self.assertEqual(caught.exception.status_code, 403)
        self.assertEqual(caught.exception.error.code, "Forbidden")
        self.assertEqual(inner_codes(caught.exception), ["SecretDisabled"])
        listed = [p for p in self.client.list_properties_of_secrets() if p.name == name]
        self.assertEqual([p.enabled for p in listed], [False])

    @case("secrets.paging-default-pages")
    def test_paging_default_pages(self):
        names, pages = [], 0
        for page in self.bulk.list_properties_of_secrets().by_page():
            items = list(page)
            pages += 1
            self.assertLessEqual(len(items), 25)
            names += [p.name for p in items]
        self.assertGreaterEqual(len(names), 60)
        self.assertEqual(len(set(names)), len(names), "no item listed twice")
        self.assertGreaterEqual(pages, 3)

    @case("secrets.paging-max-page-size")
    def test_paging_max_page_size(self):
        names, pages = [], 0
        for page in self.bulk.list_properties_of_secrets(max_page_size=7).by_page():
            items = list(page)
            pages += 1
            self.assertLessEqual(len(items), 7)
            names += [p.name for p in items]
        self.assertGreaterEqual(len(names), 60)
        self.assertEqual(len(set(names)), len(names))
        self.assertGreaterEqual(pages, 9)

    @case("secrets.delete-and-recover")
    def test_delete_and_recover(self):
        name = unique_name("recover")
        self.client.set_secret(name, "keep me")
        deleted = self.delete_and_wait(name)
        self.assertEqual(deleted.name, name)
        self.assertTrue(deleted.recovery_id)
        self.assertIsNotNone(deleted.deleted_date)
        self.assertGreater(deleted.scheduled_purge_date, deleted.deleted_date)
        with self.assertRaises(ResourceNotFoundError):
            self.client.get_secret(name)
        self.assertEqual(self.client.get_deleted_secret(name).name, name)
        self.assertIn(name, [d.name for d in self.client.list_deleted_secrets()])

        with self.assertRaises(ResourceExistsError) as caught:
            self.client.set_secret(name, "other")
        self.assertEqual(caught.exception.status_code, 409)
        self.assertEqual(caught.exception.error.code, "Conflict")
        self.assertEqual(inner_codes(caught.exception), ["ObjectIsDeletedButRecoverable"])

        recovered = self.client.begin_recover_deleted_secret(name, **POLL).result()
        self.assertEqual(recovered.name, name)
        self.assertEqual(self.client.get_secret(name).value, "keep me")

    @case("secrets.delete-and-purge")
    def test_delete_and_purge(self):
        name = unique_name("purge")
        self.client.set_secret(name, "gone soon")
        self.delete_and_wait(name)
        self.client.purge_deleted_secret(name)
        with self.assertRaises(ResourceNotFoundError):
            self.client.get_deleted_secret(name)
        self.client.set_secret(name, "new life")
        self.assertEqual(self.client.get_secret(name).value, "new life")

    @case("secrets.backup-and-restore")
    def test_backup_and_restore(self):
        name = unique_name("backup")
        self.client.set_secret(name, "first")
        self.client.set_secret(name, "second", tags={"kept": "yes"})
        backup = self.client.backup_secret(name)
        self.assertIsInstance(backup, bytes)
        self.assertTrue(backup)
        self.delete_and_wait(name)
        self.client.purge_deleted_secret(name)
        restored = self.client.restore_secret_backup(backup)
        self.assertEqual(restored.name, name)
        got = self.client.get_secret(name)
        self.assertEqual(got.value, "second")
        self.assertEqual(got.properties.tags, {"kept": "yes"})
        self.assertEqual(len(list(self.client.list_properties_of_secret_versions(name))), 2)


if __name__ == "__main__":
    unittest.main()
