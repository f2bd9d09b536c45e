"""Journey 11: across vaults with keyboard and mouse. Search everywhere (Ctrl+Shift+F, type,
Enter), a double-click opens the result in its vault with the item chosen; the expiry report
(Ctrl+Shift+E) lists the expired secret; Compare and copy (Ctrl+Shift+M): compare, choose the
secret only in the source with a click, dry run, copy, confirm, and kluisctl reads it back;
File › Import secrets (Alt+F, I): a .env file chosen in the file dialog, planned, imported
after the confirmation, read back by kluisctl."""

import os
import tempfile

from driver import wait_for
from journey import Journey

PROMOTED = "journey-promoted-setting"


class AcrossVaults(Journey):
    def double_click(self, accessible):
        ui = self.ui
        ui.move_to(*ui.point_at(accessible))
        ui.desktop.xdotool("click", "--repeat", "2", "--delay", "80", "1")

    def test_journey(self):
        ui = self.ui
        self.emulator.kluisctl("set-secret", PROMOTED, "--vault", "demo", "--value",
                               "journey value", "--content-type", "text/plain")
        self.open_vault("demo")

        ui.keys("ctrl+shift+f")
        search = ui.dialog("Search everywhere")
        ui.type("database")
        ui.keys("Return")
        results = ui.find("table", "Search results", within=search, cells=False)
        # Column 0 is the vault, 2 the name: the dev-kv row, found by both.
        def dev_kv_row():
            vaults, names = ui.rows(results, 0), ui.rows(results, 2)
            rows = [i for i, (v, n) in enumerate(zip(vaults, names))
                    if v == "dev-kv" and n == "database-password"]
            return ui.cell(results, rows[0], 2) if rows else None
        cell = wait_for(dev_kv_row, "database-password of dev-kv in the results", 30)
        self.double_click(cell)
        title = ui.find("label", "Vault")
        wait_for(lambda: ui.text(title).startswith("dev-kv "), "dev-kv to open")
        self.wait_text(self.details_field("Name"), "database-password")

        ui.keys("ctrl+shift+e")
        report = ui.dialog("Expiry and hygiene report")
        findings = ui.find("table", "Findings", within=report, cells=False)
        wait_for(lambda: ("legacy-ftp-password", "Expired") in
                 zip(ui.rows(findings, 2), ui.rows(findings, 3)), "the expired secret", 30)
        ui.keys("Escape")

        ui.keys("ctrl+shift+m")
        compare = ui.dialog("Compare and copy")
        ui.choose(ui.labelled("Source vault:", within=compare), "demo")
        ui.choose(ui.labelled("Target vault:", within=compare), "dev-kv")
        ui.click(ui.find("push button", "Compare", within=compare))
        comparison = ui.find("table", "Comparison", within=compare, cells=False)
        cell = ui.row_cell(comparison, PROMOTED, timeout=30)
        self.assertEqual(ui.cell(comparison, ui.rows(comparison).index(PROMOTED), 1).name,
                         "Only in the source")
        ui.click(cell)
        ui.click(ui.find("push button", "Dry run", within=compare))
        plan = ui.find("table", "Copy plan", within=compare, cells=False)
        wait_for(lambda: ui.rows(plan) == [PROMOTED] and ui.rows(plan, 1) == ["Will be created"],
                 "the plan to create the chosen secret only", 30)
        self.assertIsNone(self.emulator.kluisctl("show", PROMOTED, "--vault", "dev-kv",
                                                 check=False))
        copy = ui.find("push button", "Copy…", within=compare)
        self.wait_enabled(copy)
        ui.click(copy)
        box = ui.dialog("Copy")
        ui.click(ui.find("push button", "Copy", within=box))
        wait_for(lambda: ui.rows(plan, 1) == ["Created"], "the journal to say Created", 30)
        shown = self.emulator.kluisctl("show", PROMOTED, "--vault", "dev-kv")
        self.assertEqual(shown["contentType"], "text/plain")
        ui.keys("Escape")

        # Import into dev-kv (the vault the search opened) from a .env file.
        env = os.path.join(tempfile.mkdtemp(), "journey.env")
        with open(env, "w") as handle:
            handle.write("# journey\nJOURNEY_IMPORTED_TOKEN='imported value'\n")
        ui.keys("alt+f")
        ui.keys("i")
        importer = ui.dialog("Import secrets into dev-kv")
        ui.click(ui.find("push button", "Choose file…", within=importer))
        ui.dialog("Import secrets")
        ui.keys("ctrl+a")
        ui.type(env)
        ui.keys("Return")
        plan = ui.find("table", "Import plan", within=importer, cells=False)
        wait_for(lambda: ui.rows(plan) == ["JOURNEY-IMPORTED-TOKEN"] and
                 ui.rows(plan, 2) == ["Will be created"], "the import plan", 30)
        self.assertEqual(ui.rows(plan, 1), ["JOURNEY_IMPORTED_TOKEN"])
        button = ui.find("push button", "Import…", within=importer)
        self.wait_enabled(button)
        ui.click(button)
        box = ui.dialog("Import secrets")
        ui.click(ui.find("push button", "Import", within=box))
        wait_for(lambda: ui.rows(plan, 2) == ["Created"], "the import's journal", 30)
        self.assertEqual(self.emulator.kluisctl("show", "JOURNEY-IMPORTED-TOKEN", "--vault",
                                                "dev-kv")["name"], "JOURNEY-IMPORTED-TOKEN")
