"""Journey 9: sign in with a device code. Kluis shows the code and where to enter it; the person
approves it on the emulator's device page; the account's vaults are then in the navigator and
open through that account."""

import re

from driver import wait_for
from journey import Journey

ACCOUNT = "Device sign-in"


class DeviceCodeSignIn(Journey):
    attach_emulator = False

    def test_journey(self):
        ui = self.ui
        # Nothing to open yet: the placeholder says how to add a vault.
        ui.find("label", re.compile("No vaults yet"))

        ui.click(ui.find("menu item", "File", within=ui.find("menu bar", None)))
        ui.click(ui.find("menu item", "Add account…"))
        dialog = ui.dialog("Add account")
        ui.choose(ui.labelled("Cloud:", within=dialog), "Custom cloud file…")
        cloud_file = ui.find("text", "Cloud file", within=dialog)
        ui.click(cloud_file)
        ui.type(self.emulator.cloud_file)
        ui.keys("Tab")
        ui.choose(ui.labelled("Method:", within=dialog), "Device code")
        ui.click(ui.find("text", "Account name", within=dialog))
        ui.type(ACCOUNT)
        ui.click(ui.find("push button", "Sign in", within=dialog))

        code_field = ui.find("text", "Device code", within=dialog, timeout=30)
        code = self.wait_text(code_field, re.compile(r"\w{4,}"), "the device code", 30)
        link = ui.find("label", "Where to enter the code", within=dialog)
        self.assertIn("/device", ui.text(link))
        self.emulator.approve_device_code(code)
        wait_for(lambda: not ui.find_all("dialog", "Add account"), "the dialog to close", 60)

        # The account, then its subscription, resource group and vault, each opened with the
        # right arrow key once chosen, and loaded as it opens.
        vaults = self.navigator()
        node = ui.find("table cell", re.compile("^" + re.escape(ACCOUNT)), within=vaults)
        for child in ("Contoso Production", "rg-shared", "demo"):
            ui.click(node)
            ui.keys("Right")
            node = ui.find("table cell", child, within=vaults, timeout=30)
        ui.click(node)
        self.wait_rows(self.table("Secrets"), "database-password", timeout=30)
        self.assertFalse(ui.find_all("label", re.compile("No vaults yet")))
        self.wait_text(ui.find("label", "Account"), re.compile(re.escape(ACCOUNT)))
