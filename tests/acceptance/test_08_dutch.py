"""Journey 8: switch to Dutch in Settings: the window is built again in Dutch; its menus, its
tabs and the diagnosis of the firewalled vault speak Dutch (as translations/kluis_nl_NL.ts has
them)."""

import re

from driver import Translations, wait_for
from journey import Journey


class SwitchToDutch(Journey):
    def test_journey(self):
        ui = self.ui
        dutch = Translations("nl")

        def nl(context, source):
            # Only strings translated today: a missing one would fail here, not in Kluis.
            self.assertTrue(dutch.has(context, source), f"{context}: {source} is not in Dutch")
            return dutch(context, source)

        self.open_vault("demo")
        self.wait_rows(self.table("Secrets"), "database-password")

        ui.click(ui.find("menu item", "File", within=ui.find("menu bar", None)))
        ui.click(ui.find("menu item", "Settings…"))
        dialog = ui.dialog("Settings")
        ui.choose(ui.labelled("Language:", within=dialog), "Nederlands")
        ui.click(ui.find("push button", "OK", within=dialog))

        # The window is built again, in Dutch.
        window = "kluis::ui::MainWindow"
        menu_bar = wait_for(
            lambda: next((bar for bar in ui.find_all("menu bar", None)
                          if ui.find_all("menu item", nl(window, "&File"), within=bar)), None),
            "a Dutch menu bar", 30)
        menus = [item.name for item in ui.find_all("menu item", None, within=menu_bar)]
        for source in ("&File", "&Edit", "&View", "&Help"):
            self.assertIn(nl(window, source), menus)
        self.assertNotIn("File", menus)
        ui.click(ui.find("menu item", nl(window, "&File"), within=menu_bar))
        ui.find("menu item", nl(window, "&Settings…"))
        ui.find("menu item", nl(window, "&Quit"))
        ui.keys("Escape")

        tabs = [tab.name for tab in ui.find_all("page tab", None)]
        pane = "kluis::ui::VaultPane"
        for source in ("&Secrets", "Cer&tificates", "De&leted"):
            self.assertIn(nl(pane, source), tabs)

        # The diagnosis of the firewalled vault, in Dutch.
        vaults = ui.find("tree", nl("kluis::ui::VaultNavigator", "Vaults"), cells=False)
        ui.click(ui.find("table cell", "payments-kv", within=vaults))
        diagnosis_pane = "kluis::ui::DiagnosisPane"
        diagnosis = ui.find("filler", nl(diagnosis_pane, "Diagnosis"), cells=False, timeout=30)
        ui.find("label", nl(diagnosis_pane, "Diagnosis of %1").replace("%1", "payments-kv"),
                within=diagnosis)
        cause = ui.find("label", nl(diagnosis_pane, "Cause"), within=diagnosis)
        sentence = nl("Diagnosis", "The vault's firewall does not admit the address the vault "
                                   "sees for this machine.")
        self.wait_text(cause, sentence, "the cause in Dutch", 30)
        ui.find("push button", nl(diagnosis_pane, "Add my address to the vault's firewall"),
                within=diagnosis)
        address = ui.find("label", nl(diagnosis_pane, "Client address"), within=diagnosis)
        self.wait_text(address, re.compile(re.escape("203.0.113.10")))
        self.assertNotIn("The vault sees", ui.text(address))
