"""Journey 3: create a secret with the keyboard alone: find the vault, the New secret shortcut,
the fields, a tag and an expiry date, Enter. The vault holds exactly what was typed."""

from driver import wait_for
from journey import Journey

NAME = "typed-by-keys"
VALUE = "s3cret typed on a keyboard"


class CreateWithKeyboard(Journey):
    def open_vault_by_keyboard(self, name):
        ui = self.ui
        ui.keys("ctrl+l")
        wait_for(lambda: ui.focused(ui.find("text", "Filter vaults")), "the vault filter focused")
        ui.type(name)
        ui.keys("Tab")
        for _ in range(6):
            ui.keys("Down")
            title = ui.find_all("label", "Vault")
            if title and ui.text(title[0]).startswith(name + " "):
                return
        self.fail(f"the arrow keys did not reach the vault {name}")

    def test_journey(self):
        ui = self.ui
        self.open_vault_by_keyboard("demo")
        secrets = self.table("Secrets")
        self.wait_rows(secrets, "database-password")

        ui.keys("ctrl+n")
        dialog = ui.dialog("New secret")
        name = ui.find("text", "Name", within=dialog)
        wait_for(lambda: ui.focused(name), "the name field to have the focus")
        ui.type(NAME)
        ui.keys("Tab")
        ui.type(VALUE)
        ui.keys("Tab")
        ui.type("text/plain")
        ui.keys("Tab", "Tab", "Tab")  # Enabled (left on), the activation date (left off)
        expires_check = ui.find("check box", "Expiration date", within=dialog)
        wait_for(lambda: ui.focused(expires_check), "the expiration date's check box focused")
        ui.keys("space")
        wait_for(lambda: ui.checked(expires_check), "the expiration date switched on")
        ui.keys("Tab")
        # The year, month, day, hour and minute sections, each full, move on by themselves.
        ui.type("202706301200")
        ui.keys("Tab", "Tab")  # past the tags table to Add tag
        add_tag = ui.find("push button", "Add tag", within=dialog)
        wait_for(lambda: ui.focused(add_tag), "Add tag focused")
        ui.keys("space")  # a new row, its name cell being edited
        ui.type("owner")
        ui.keys("Tab")
        ui.type("keyboard")
        ui.keys("Return")  # ends the tag's edit: the table has the focus again
        tags = ui.find("table", "Tags", within=dialog, cells=False)
        wait_for(lambda: ui.focused(tags), "the tags table focused after the edit")
        ui.keys("Return")  # Create, the dialog's default button
        wait_for(lambda: not ui.find_all("dialog", "New secret"), "the dialog to close")

        # The new secret is listed and chosen.
        self.wait_rows(secrets, NAME)
        self.wait_text(self.details_field("Name"), NAME)
        self.wait_text(self.details_field("Tags"), "owner = keyboard")
        shown = self.emulator.kluisctl("show", NAME, "--vault", "demo")
        self.assertEqual(shown["contentType"], "text/plain")
        self.assertEqual(shown["tags"], {"owner": "keyboard"})
        self.assertTrue(shown["attributes"]["enabled"])
        self.assertTrue(shown["attributes"]["expires"].startswith("2027-06-30T12:00"),
                        shown["attributes"])
        value = self.emulator.kluisctl("get-secret", NAME, "--vault", "demo")
        self.assertEqual(value["value"], VALUE)
