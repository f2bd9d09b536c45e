"""Journey 6: open the firewalled demo vault: the diagnosis takes the pane and names the address
the vault refused, with the fix in view; "Add my address" after confirming lets the list load."""

import re

from driver import wait_for
from journey import Journey

ADDRESS = "203.0.113.10"


class FirewallDiagnosis(Journey):
    def inside(self, accessible, area):
        x, y, width, height = self.ui.extents(accessible)
        left, top, area_width, area_height = self.ui.extents(area)
        return left <= x and top <= y and x + width <= left + area_width and \
            y + height <= top + area_height

    def test_journey(self):
        ui = self.ui
        self.open_vault("payments-kv")
        diagnosis = ui.find("filler", "Diagnosis", cells=False, timeout=30)
        cause = ui.find("label", "Cause", within=diagnosis)
        self.wait_text(cause, re.compile("firewall"), "the cause in one sentence", 30)
        self.wait_text(ui.find("label", "Cause identifier", within=diagnosis),
                       re.compile("^Cause: vault-firewall"))
        address = ui.find("label", "Client address", within=diagnosis)
        self.wait_text(address, re.compile(re.escape(ADDRESS)))
        rules = ui.find("label", "Vault network rules", within=diagnosis)
        self.wait_text(rules, re.compile(f"{re.escape(ADDRESS)} is not covered"), timeout=30)
        add = ui.find("push button", "Add my address to the vault's firewall", within=diagnosis)
        self.wait_enabled(add)

        # The diagnosis has the pane to itself: no details below it, and the cause, the address
        # and the fix are in view without scrolling.
        self.assertFalse(ui.find_all("panel", "Details", cells=False))
        for part in (cause, address, add):
            self.assertTrue(self.inside(part, diagnosis), f"{part.name} is scrolled out of view")
            self.assertTrue(self.inside(part, self.kluis.window), f"{part.name} is off the window")

        ui.click(add)
        box = ui.dialog("Add to the vault's firewall")
        self.assertTrue(ui.find_all("label", re.compile(re.escape(ADDRESS)), within=box))
        ui.click(ui.find("push button", f"Add {ADDRESS}", within=box))

        secrets = self.table("Secrets")
        self.wait_rows(secrets, "database-password", timeout=60)
        self.assertTrue(ui.find("panel", "Details", cells=False))
        # As another client sees the vault now.
        diagnosis = self.emulator.kluisctl("diagnose", "--vault", "payments-kv", check=False)
        self.assertEqual(diagnosis["cause"], "ok")
        self.assertIn(f"{ADDRESS}/32", diagnosis["network"]["ipRules"])
        # A row chosen with the mouse reaches the details here as well.
        self.click_row(secrets, "database-password")
        self.wait_text(self.details_field("Name"), "database-password")
        wait_for(lambda: ui.enabled(self.toolbar_button("Edit secret…")), "Edit secret enabled")
