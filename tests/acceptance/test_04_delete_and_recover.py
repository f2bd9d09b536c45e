"""Journey 4: delete a secret (the confirmation names it), find it under Deleted and recover it."""

import re

from driver import wait_for
from journey import Journey

NAME = "storage-connection-string"


class DeleteAndRecover(Journey):
    def test_journey(self):
        ui = self.ui
        self.open_vault("demo")
        secrets = self.table("Secrets")
        self.wait_rows(secrets, NAME)
        self.click_row(secrets, NAME)
        self.wait_text(self.details_field("Name"), NAME)

        ui.keys("Delete")
        box = ui.dialog("Delete secret")
        question = ui.find("label", re.compile(re.escape(NAME)), within=box)
        self.assertIn("Deleted tab", question.name)
        ui.click(ui.find("push button", "Delete", within=box))
        wait_for(lambda: NAME not in ui.rows(secrets), f"{NAME} to leave the secrets")
        self.assertIsNone(self.emulator.kluisctl("show", NAME, "--vault", "demo", check=False))

        self.tab("Deleted")
        deleted = self.table("Deleted secrets")
        self.wait_rows(deleted, NAME)
        self.click_row(deleted, NAME)
        self.wait_text(self.details_field("Name"), NAME)
        self.wait_text(self.details_field("Purge date"), re.compile(r"\d"))
        recover = self.toolbar_button("Recover secret")
        self.wait_enabled(recover)
        ui.click(recover)
        wait_for(lambda: NAME not in ui.rows(deleted), f"{NAME} to leave the deleted secrets")

        self.tab("Secrets")
        self.wait_rows(secrets, NAME)
        shown = self.emulator.kluisctl("show", NAME, "--vault", "demo")
        self.assertEqual(shown["name"], NAME)
        self.assertEqual(shown["tags"], {"environment": "production"})
