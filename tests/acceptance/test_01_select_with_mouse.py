"""Journey 1: choose a vault and an item with the mouse, on every tab: the details show the item
and its actions are enabled; after switching vaults as well."""

import re

from driver import wait_for
from journey import Journey


class SelectWithMouse(Journey):
    def expect_selected(self, name, buttons):
        self.wait_text(self.details_field("Name"), name, f"Details to show {name}")
        for label in buttons:
            self.wait_enabled(self.toolbar_button(label), True, f"{label} to be enabled for {name}")

    def test_journey(self):
        ui = self.ui
        # Vaults are listed, so the placeholder does not ask for any.
        ui.find("label", "Choose a vault on the left.")
        self.assertFalse(ui.find_all("label", re.compile("No vaults yet")))

        self.open_vault("demo")
        secrets = self.table("Secrets")
        self.wait_rows(secrets, "database-password", "payments-api-key")
        # English plurals under the C locale: "N items", never "N item(s)".
        self.wait_text(self.list_status(), re.compile(r"^\d+ items$"))
        # Expiry and state in words, as a screen reader reads the rows.
        for name, words in (("legacy-ftp-password", "^Expired on "),
                            ("payments-api-key", "^Expires in 10 day"),
                            ("disabled-webhook-token", "^Disabled$"),
                            ("database-password", "^$")):
            description = ui.row_cell(secrets, name).description
            self.assertRegex(description, words, name)
        for label in ("Edit secret…", "Copy value", "Delete secret…"):
            self.assertFalse(ui.enabled(self.toolbar_button(label)), label)
        self.click_row(secrets, "database-password")
        self.expect_selected("database-password",
                             ["Edit secret…", "Reveal value", "Copy value", "Delete secret…"])
        self.click_row(secrets, "payments-api-key")
        self.expect_selected("payments-api-key", ["Edit secret…", "Copy value"])

        self.tab("Keys")
        keys = self.table("Keys")
        self.wait_rows(keys, "signing-key-ec")
        self.click_row(keys, "signing-key-ec")
        self.expect_selected("signing-key-ec", ["Test key", "Delete key…"])
        self.wait_text(self.details_field("Key type"), re.compile("^EC"))

        self.tab("Certificates")
        certificates = self.table("Certificates")
        self.wait_rows(certificates, "web-frontend")
        self.click_row(certificates, "web-frontend")
        self.expect_selected("web-frontend", ["Download as .cer…", "Delete certificate…"])

        self.tab("Deleted")
        deleted = self.table("Deleted secrets")
        self.wait_rows(deleted, "old-deployment-token")
        self.click_row(deleted, "old-deployment-token")
        self.expect_selected("old-deployment-token", ["Recover secret", "Purge secret…"])
        # The kind of deleted objects, chosen from its list with the mouse.
        ui.choose(ui.labelled("Show:"), "Keys")
        deleted_keys = self.table("Deleted keys")
        self.wait_rows(deleted_keys, "retired-key")
        self.click_row(deleted_keys, "retired-key")
        self.expect_selected("retired-key", ["Recover key", "Purge key…"])

        # Another vault: nothing chosen there yet. Back: the secret chosen before is chosen
        # again, and rows chosen with the mouse still reach the details.
        self.tab("Secrets")
        self.open_vault("dev-kv")
        self.wait_rows(self.table("Secrets"), "storage-connection-string")
        wait_for(lambda: not self.ui.enabled(self.toolbar_button("Edit secret…")),
                 "no secret to be chosen in the vault just opened")
        self.open_vault("demo")
        secrets = self.table("Secrets")
        self.wait_rows(secrets, "storage-connection-string")
        self.expect_selected("payments-api-key", ["Edit secret…", "Copy value"])
        self.click_row(secrets, "storage-connection-string")
        self.expect_selected("storage-connection-string", ["Edit secret…", "Copy value"])
