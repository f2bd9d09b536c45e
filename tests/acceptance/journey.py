"""What every journey shares: a fresh desktop, emulator, settings and home, and the steps
people take in the main window (open a vault, pick a tab, click a row, read the details)."""

import os
import re
import unittest

from driver import Desktop, Emulator, Kluis, make_workdir, wait_for

BIN_DIR = os.environ.get("KLUIS_BIN", os.path.join(os.path.dirname(__file__), "..", "..",
                                                   "build", "dev", "bin"))
OUT_DIR = os.environ.get("KLUIS_ACCEPTANCE_OUT", os.path.join(BIN_DIR, "..", "tests", "acceptance"))


class Journey(unittest.TestCase):
    """One journey per test; each starts from nothing."""

    emulator_args = ()
    locale = "C.UTF-8"
    settings = None
    attach_emulator = True

    def setUp(self):
        self.work = make_workdir(self.id().rsplit(".", 2)[-2])
        self.desktop = Desktop(self.work)
        self.addCleanup(self.desktop.stop)
        self.emulator = Emulator(BIN_DIR, self.work, self.emulator_args)
        self.addCleanup(self.emulator.stop)
        self.kluis = self.start_kluis()

    def start_kluis(self, **kwargs):
        kluis = Kluis(BIN_DIR, self.desktop, self.work,
                      cloud_file=self.emulator.cloud_file if self.attach_emulator else None,
                      locale=kwargs.pop("locale", self.locale),
                      settings=kwargs.pop("settings", self.settings), **kwargs)
        self.addCleanup(kluis.stop)
        return kluis

    def failed(self):
        outcome = getattr(self, "_outcome", None)
        if outcome is None:
            return False
        result = outcome.result
        problems = getattr(result, "failures", []) + getattr(result, "errors", [])
        return not outcome.success or any(test is self for test, _ in problems)

    def tearDown(self):
        if self.failed():
            os.makedirs(os.path.join(OUT_DIR, "failures"), exist_ok=True)
            shot = os.path.join(OUT_DIR, "failures", f"{self.id()}.png")
            self.desktop.screenshot(shot)
            with open(shot[:-len(".png")] + ".tree.txt", "w") as tree:
                tree.write(self.kluis.dump())
            print(f"\nscreenshot of the failure: {os.path.abspath(shot)} (and .tree.txt)")
            print(f"Kluis's output: {self.kluis.log_path}")

    # --- the main window, as a person uses it --------------------------------------------------

    @property
    def ui(self):
        return self.kluis

    def navigator(self):
        return self.ui.find("tree", "Vaults")

    def open_vault(self, name):
        """Clicks the vault in the navigator and waits for its title."""
        self.ui.click(self.ui.find("table cell", name, within=self.navigator()))
        title = self.ui.find("label", "Vault")
        wait_for(lambda: self.ui.text(title).startswith(name + " "), f"the vault {name} to open")

    def tab(self, name):
        self.ui.click(self.ui.find("page tab", name))

    def table(self, name):
        return self.ui.find("table", name, cells=False)

    def wait_rows(self, table, *names, timeout=30):
        """Waits until the table lists every name (and its loading has finished)."""
        status = self.list_status()
        wait_for(lambda: all(n in self.ui.rows(table) for n in names) and
                 not self.ui.text(status).startswith("Loading"),
                 f"{', '.join(names)} in {table.name}", timeout)

    def click_row(self, table, name):
        self.ui.click(self.ui.row_cell(table, name))

    def list_status(self):
        return self.ui.find("label", "List status")

    def details_field(self, name):
        """A field of the details panel in view, by its accessible name ("Name", "Key type")."""
        return self.ui.find("label", name, within=self.details_panel())

    def details_panel(self):
        return self.ui.find("panel", "Details", cells=False)

    def toolbar_button(self, name):
        toolbar = self.ui.find("tool bar", "Main toolbar", cells=False)
        return self.ui.find(None, name, within=toolbar)

    def wait_enabled(self, accessible, enabled=True, what=None):
        wait_for(lambda: self.ui.enabled(accessible) == enabled,
                 what or f"{accessible.name} to be {'enabled' if enabled else 'disabled'}")

    def wait_text(self, accessible, pattern, what=None, timeout=20):
        """Waits until the text of a field or label matches (a string: equals; a regex: search)."""
        check = (lambda t: bool(pattern.search(t))) if isinstance(pattern, re.Pattern) else \
            (lambda t: t == pattern)
        return wait_for(lambda: check(self.ui.text(accessible)) and self.ui.text(accessible),
                        what or f"{accessible.name} to read {pattern}", timeout)

    def status_message(self):
        """What the status bar says just happened."""
        return self.ui.text(self.ui.find("label", "Status message"))
