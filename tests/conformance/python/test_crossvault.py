"""kluisctl's work across vaults, checked through azure-keyvault-secrets: a secret made by the SDK,
copied by kluisctl, read back by the SDK with the same value, content type, tags and expiry."""

import datetime
import json
import os
import subprocess
import unittest

from azure.keyvault.certificates import (CertificateClient, CertificatePolicy, CertificatePolicyAction,
                                         LifetimeAction)
from azure.keyvault.keys import (KeyClient, KeyRotationLifetimeAction, KeyRotationPolicy,
                                 KeyRotationPolicyAction)
from azure.keyvault.secrets import SecretClient

from common import CLOUD, case, client_info, credential, unique_name, vault


def kluisctl(*args):
    c = client_info(True)
    env = dict(os.environ, AZURE_TENANT_ID=CLOUD["tenantId"], AZURE_CLIENT_ID=c["clientId"],
               AZURE_CLIENT_SECRET=c["clientSecret"])
    done = subprocess.run([os.environ["KLUIS_KLUISCTL"], "--cloud-file", os.environ["KLUIS_CLOUD_JSON"],
                           *args], env=env, capture_output=True, text=True, timeout=120)
    return done.returncode, done.stdout, done.stderr


class CrossVaultTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.source = SecretClient(vault("demo")["uri"], credential())
        cls.target = SecretClient(vault("dev-kv")["uri"], credential())

    @case("crossvault.copy-keeps-value-and-attributes")
    def test_copy_keeps_value_and_attributes(self):
        name = unique_name("promote")
        expires = (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(days=40)).replace(microsecond=0)
        not_before = (datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(days=1)).replace(microsecond=0)
        self.source.set_secret(name, "promoted välue", content_type="text/x-env",
                               tags={"stage": "test", "owner": "sdk"}, expires_on=expires, not_before=not_before)

        code, out, err = kluisctl("copy", "--from", "demo", "--to", "dev-kv", name, "--dry-run", "--json")
        self.assertEqual(code, 0, err)
        self.assertEqual(json.loads(out)["created"], [name])
        with self.assertRaises(Exception):
            self.target.get_secret(name)  # a dry run writes nothing

        code, out, err = kluisctl("copy", "--from", "demo", "--to", "dev-kv", name, "--json")
        self.assertEqual(code, 0, err)
        self.assertEqual(json.loads(out), {"created": [name], "newVersion": [], "skipped": []})
        copied = self.target.get_secret(name)
        self.assertEqual(copied.value, "promoted välue")
        self.assertEqual(copied.properties.content_type, "text/x-env")
        self.assertEqual(copied.properties.tags, {"stage": "test", "owner": "sdk"})
        self.assertEqual(copied.properties.expires_on, expires)
        self.assertEqual(copied.properties.not_before, not_before)
        self.assertTrue(copied.properties.enabled)

        # Again: the target has it now; skip by default, a new version when asked, stop refuses.
        code, out, err = kluisctl("copy", "--from", "demo", "--to", "dev-kv", name, "--json")
        self.assertEqual(code, 0, err)
        self.assertEqual(json.loads(out)["skipped"], [{"name": name, "reason": "exists"}])
        code, out, err = kluisctl("copy", "--from", "demo", "--to", "dev-kv", name, "--on-conflict", "stop",
                                  "--json")
        self.assertNotEqual(code, 0)
        self.assertEqual(json.loads(out)["skipped"], [{"name": name, "reason": "stopped"}])
        self.source.set_secret(name, "second value", content_type="text/x-env", tags={"stage": "test"})
        code, out, err = kluisctl("copy", "--from", "demo", "--to", "dev-kv", name, "--on-conflict",
                                  "new-version", "--json")
        self.assertEqual(code, 0, err)
        self.assertEqual(json.loads(out)["newVersion"], [name])
        self.assertEqual(self.target.get_secret(name).value, "second value")
        versions = list(self.target.list_properties_of_secret_versions(name))
        self.assertEqual(len(versions), 2)

    @case("crossvault.compare-sees-a-changed-value")
    def test_compare_sees_a_changed_value(self):
        name = unique_name("compared")
        self.source.set_secret(name, "same", tags={"a": "1"})
        self.target.set_secret(name, "same", tags={"a": "1"})
        code, out, err = kluisctl("compare", "--from", "demo", "--to", "dev-kv", "--json")
        self.assertEqual(code, 0, err)
        result = json.loads(out)
        self.assertNotIn(name, [d["name"] for d in result["different"]])
        self.target.set_secret(name, "changed", tags={"a": "2"})
        code, out, err = kluisctl("compare", "--from", "demo", "--to", "dev-kv", "--json")
        self.assertEqual(code, 0, err)
        fields = {d["name"]: d["fields"] for d in json.loads(out)["different"]}
        self.assertEqual(fields[name], ["value", "tags"])
        self.assertNotIn("changed", out)  # no value is ever printed
        only = unique_name("lonely")
        self.source.set_secret(only, "x")
        code, out, err = kluisctl("compare", "--from", "demo", "--to", "dev-kv", "--json")
        self.assertIn(only, json.loads(out)["onlyInFrom"])

    @case("crossvault.search-finds-names-and-tags-never-values")
    def test_search(self):
        marker = unique_name("needle")
        self.source.set_secret(marker + "-a", "hay value", content_type="text/plain")
        self.target.set_secret(unique_name("other"), "hay value", tags={"ticket": marker})
        code, out, err = kluisctl("search", marker.upper(), "--vault", "demo", "--vault", "dev-kv", "--json")
        self.assertEqual(code, 0, err)
        found = json.loads(out)
        self.assertEqual(sorted(r["vault"] for r in found), ["demo", "dev-kv"])
        self.assertEqual({r["kind"] for r in found}, {"secret"})
        self.assertEqual(set(found[0]), {"vault", "kind", "name", "contentType", "tags", "enabled", "expires"})
        self.assertNotIn("hay value", out)
        # Every vault of every subscription: the firewalled ones are named on stderr, the
        # results of the others still come, and the exit code says a vault refused.
        code, out, err = kluisctl("search", marker, "--json")
        self.assertEqual(code, 4, err)
        self.assertEqual(len(json.loads(out)), 2)
        self.assertIn("payments-kv", err)

    @case("crossvault.report-expiry-names-the-version")
    def test_report_expiry(self):
        now = datetime.datetime.now(datetime.timezone.utc)
        soon = self.target.set_secret(unique_name("soon"), "v", expires_on=now + datetime.timedelta(days=5))
        gone = self.target.set_secret(unique_name("gone"), "v", expires_on=now - datetime.timedelta(days=1))
        later = self.target.set_secret(unique_name("later"), "v", expires_on=now + datetime.timedelta(days=50))
        code, out, err = kluisctl("report", "expiry", "--within", "10", "--vault", "dev-kv", "--json")
        self.assertEqual(code, 0, err)
        rows = {(r["name"], r["state"]): r for r in json.loads(out)}
        self.assertEqual(rows[(soon.name, "expiring")]["version"], soon.properties.version)
        self.assertEqual(rows[(gone.name, "expired")]["version"], gone.properties.version)
        self.assertNotIn(later.name, [name for name, _ in rows])
        self.assertEqual(set(next(iter(rows.values()))), {"vault", "kind", "name", "version", "expires", "state"})
        code, out, err = kluisctl("report", "expiry", "--within", "60", "--vault", "dev-kv", "--json")
        self.assertIn((later.name, "expiring"), {(r["name"], r["state"]) for r in json.loads(out)})

    @case("crossvault.report-names-keys-not-rotated-and-certificates-not-renewed")
    def test_report_policies(self):
        keys = KeyClient(vault("dev-kv")["uri"], credential())
        certificates = CertificateClient(vault("dev-kv")["uri"], credential())
        plain = keys.create_ec_key(unique_name("norot"), curve="P-256")
        rotated = keys.create_ec_key(unique_name("rot"), curve="P-256")
        keys.update_key_rotation_policy(rotated.name, KeyRotationPolicy(lifetime_actions=[
            KeyRotationLifetimeAction(KeyRotationPolicyAction.rotate, time_after_create="P90D")]))
        manual = unique_name("manual")
        policy = CertificatePolicy(issuer_name="Self", subject="CN=manual.example",
                                   lifetime_actions=[LifetimeAction(action=CertificatePolicyAction.email_contacts,
                                                                    lifetime_percentage=90)])
        certificates.begin_create_certificate(manual, policy).result()
        renewed = unique_name("renewed")
        certificates.begin_create_certificate(renewed, CertificatePolicy.get_default()).result()

        code, out, err = kluisctl("report", "expiry", "--vault", "dev-kv", "--json")
        self.assertEqual(code, 0, err)
        states = {(r["kind"], r["name"], r["state"]) for r in json.loads(out)}
        self.assertIn(("key", plain.name, "no-rotation-policy"), states)
        self.assertNotIn(("key", rotated.name, "no-rotation-policy"), states)
        self.assertIn(("certificate", manual, "no-auto-renew"), states)
        self.assertNotIn(("certificate", renewed, "no-auto-renew"), states)
        # A certificate's own key is rotated with the certificate: not a finding of its own.
        self.assertNotIn(("key", manual, "no-rotation-policy"), states)

    @case("crossvault.copy-keys-and-certificates-by-backup-and-restore")
    def test_copy_by_backup(self):
        # bulk is in demo's subscription and geography; dev-kv in another subscription.
        source_keys = KeyClient(vault("demo")["uri"], credential())
        target_keys = KeyClient(vault("bulk")["uri"], credential())
        key = source_keys.create_ec_key(unique_name("copied-key"), curve="P-256", tags={"team": "sdk"})
        code, out, err = kluisctl("copy", "--kind", "key", "--from", "demo", "--to", "bulk", key.name,
                                  "--dry-run", "--json")
        self.assertEqual((code, json.loads(out)["created"]), (0, [key.name]), err)
        code, out, err = kluisctl("copy", "--kind", "key", "--from", "demo", "--to", "bulk", key.name, "--json")
        self.assertEqual(code, 0, err)
        self.assertEqual(json.loads(out), {"created": [key.name], "newVersion": [], "skipped": []})
        copied = target_keys.get_key(key.name)
        self.assertEqual((copied.key.x, copied.key.y), (key.key.x, key.key.y))
        self.assertEqual(copied.properties.tags, {"team": "sdk"})
        # A restore cannot write over a name, not even as a new version.
        code, out, err = kluisctl("copy", "--kind", "key", "--from", "demo", "--to", "bulk", key.name,
                                  "--on-conflict", "new-version", "--json")
        self.assertEqual(json.loads(out)["skipped"], [{"name": key.name, "reason": "exists"}])

        # Another subscription: the service refuses, kluisctl says why and exits 5.
        code, out, err = kluisctl("copy", "--kind", "key", "--from", "demo", "--to", "dev-kv", key.name, "--json")
        self.assertEqual(code, 5, err)
        skipped = json.loads(out)["skipped"]
        self.assertEqual([(s["name"], s["reason"]) for s in skipped], [(key.name, "refused")])
        self.assertIn("subscription", skipped[0]["message"])
        self.assertIn("subscription and geography", err)
        with self.assertRaises(Exception):
            KeyClient(vault("dev-kv")["uri"], credential()).get_key(key.name)

        certificates = CertificateClient(vault("demo")["uri"], credential())
        name = unique_name("copied-cert")
        made = certificates.begin_create_certificate(name, CertificatePolicy.get_default()).result()
        code, out, err = kluisctl("copy", "--kind", "certificate", "--from", "demo", "--to", "bulk", name, "--json")
        self.assertEqual((code, json.loads(out)["created"]), (0, [name]), err)
        restored = CertificateClient(vault("bulk")["uri"], credential()).get_certificate(name)
        self.assertEqual(restored.cer, made.cer)
        # Its key came along with it and is managed there: not copied on its own.
        code, out, err = kluisctl("copy", "--kind", "key", "--from", "demo", "--to", "dev-kv", name, "--json")
        self.assertEqual(json.loads(out)["skipped"], [{"name": name, "reason": "managed"}])

    @case("crossvault.compare-keys-by-attributes")
    def test_compare_keys(self):
        keys = KeyClient(vault("demo")["uri"], credential())
        key = keys.create_ec_key(unique_name("cmpkey"), curve="P-256", tags={"a": "1"})
        code, out, err = kluisctl("copy", "--kind", "key", "--from", "demo", "--to", "bulk", key.name)
        self.assertEqual(code, 0, err)
        keys.update_key_properties(key.name, tags={"a": "2"})
        code, out, err = kluisctl("compare", "--kind", "key", "--from", "demo", "--to", "bulk", "--json")
        self.assertEqual(code, 0, err)
        result = json.loads(out)
        self.assertIn({"name": key.name, "fields": ["tags"]}, result["different"])
        self.assertIn("data-encryption-key", result["onlyInFrom"])

    @case("crossvault.import-env-and-json-read-back")
    def test_import(self):
        import tempfile
        prefix = unique_name("imp").replace("-", "_").upper()
        env = ("# settings for the payments service\n"
               "export %s_DB_PASSWORD='s3cr3t #not a comment'\n"
               "%s_CERT=\"line one\\nline two\"\n"
               "%s_PLAIN=plain value # a comment\n"
               "%s_BAD*NAME=x\n" % (prefix, prefix, prefix, prefix))
        with tempfile.NamedTemporaryFile("w", suffix=".env", delete=False) as f:
            f.write(env.replace("_BAD*NAME", "_BAD$NAME"))
            env_path = f.name
        # "$" is not a variable name: the file is refused with its line, nothing is written.
        code, out, err = kluisctl("import", "--vault", "dev-kv", "--file", env_path, "--json")
        self.assertEqual(code, 2, err)
        self.assertIn("Line 5", err)
        with open(env_path, "w") as f:
            f.write(env.replace("%s_BAD*NAME=x\n" % prefix, ""))
        name = lambda key: ("%s_%s" % (prefix, key)).replace("_", "-")
        code, out, err = kluisctl("import", "--vault", "dev-kv", "--file", env_path, "--dry-run", "--json")
        self.assertEqual(code, 0, err)
        self.assertEqual(sorted(json.loads(out)["created"]), sorted(name(k) for k in ("DB_PASSWORD", "CERT", "PLAIN")))
        with self.assertRaises(Exception):
            self.target.get_secret(name("PLAIN"))  # a dry run writes nothing
        code, out, err = kluisctl("import", "--vault", "dev-kv", "--file", env_path, "--json")
        self.assertEqual(code, 0, err)
        self.assertEqual(self.target.get_secret(name("DB_PASSWORD")).value, "s3cr3t #not a comment")
        self.assertEqual(self.target.get_secret(name("CERT")).value, "line one\nline two")
        self.assertEqual(self.target.get_secret(name("PLAIN")).value, "plain value")
        self.assertNotIn("s3cr3t", out + err)

        expires = (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(days=90)).replace(microsecond=0)
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
            json.dump([{"name": name("PLAIN"), "value": "second"},
                       {"name": name("JSON"), "value": "{}", "contentType": "application/json",
                        "tags": {"from": "import"}, "expires": expires.isoformat()}], f)
            json_path = f.name
        code, out, err = kluisctl("import", "--vault", "dev-kv", "--file", json_path, "--on-conflict", "new-version",
                                  "--json")
        self.assertEqual(code, 0, err)
        self.assertEqual(json.loads(out), {"created": [name("JSON")], "newVersion": [name("PLAIN")], "skipped": []})
        self.assertEqual(self.target.get_secret(name("PLAIN")).value, "second")
        imported = self.target.get_secret(name("JSON"))
        self.assertEqual((imported.properties.content_type, imported.properties.tags, imported.properties.expires_on),
                         ("application/json", {"from": "import"}, expires))
        os.unlink(env_path)
        os.unlink(json_path)

    @case("crossvault.export-metadata-never-values")
    def test_export(self):
        secret = self.target.set_secret(unique_name("exported"), "export must not show this",
                                        content_type="text/plain", tags={"owner": "sdk"})
        code, out, err = kluisctl("export", "--vault", "dev-kv", "--format", "json")
        self.assertEqual(code, 0, err)
        rows = {(r["kind"], r["name"]): r for r in json.loads(out)}
        row = rows[("secret", secret.name)]
        self.assertEqual((row["contentType"], json.loads(row["tags"]), row["enabled"]),
                         ("text/plain", {"owner": "sdk"}, "true"))
        self.assertIn(("key", "data-encryption-key"), rows)
        self.assertIn(("certificate", "web-frontend"), rows)
        self.assertNotIn("export must not show this", out)
        code, out, err = kluisctl("export", "--vault", "dev-kv")
        self.assertEqual(out.splitlines()[0],
                         "kind,name,enabled,contentType,tags,notBefore,expires,created,updated,managed")


if __name__ == "__main__":
    unittest.main()
