"""The screenshot tour: the real kluis against kluis-emulator's demo, driven with the mouse and
the keyboard as in the journeys, photographed at each view and dialog.

    run-journey.sh tour OUT_DIR [en nl de fr]   (scripts/screenshots.sh calls it)

Writes OUT_DIR/<language>/<view>.png. Widgets are found by role and by their names in the
language shown (translations/*.ts), or by what they hold (vault and secret names).
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

from driver import Desktop, Emulator, Kluis, Translations, wait_for

BIN_DIR = os.environ.get("KLUIS_BIN", os.path.join(os.path.dirname(__file__), "..", "..",
                                                   "build", "dev", "bin"))
SETTINGS_LANGUAGE = {"en": "en", "nl": "nl_NL", "de": "de_DE", "fr": "fr_FR"}


class Tour:
    def __init__(self, language, out_dir, work):
        self.language = language
        self.out_dir = os.path.join(out_dir, language)
        os.makedirs(self.out_dir, exist_ok=True)
        translations = Translations(language)
        # Every text the tour looks for is one of ui/'s (context kluis::ui::CLASS).
        self.tr = lambda context, source: translations(f"kluis::ui::{context}", source)
        self.desktop = Desktop(work)
        self.emulator = Emulator(BIN_DIR, work)
        self.ui = Kluis(BIN_DIR, self.desktop, work, cloud_file=self.emulator.cloud_file,
                        settings={"ui/language": SETTINGS_LANGUAGE[language]},
                        args=["-qwindowgeometry", "1280x780+0+0"])

    def stop(self):
        for part in ("ui", "emulator", "desktop"):
            if hasattr(self, part):
                getattr(self, part).stop()

    # --- steps --------------------------------------------------------------------------------

    def shot(self, name):
        path = os.path.join(self.out_dir, f"{name}.png")
        # What to show is there (the steps waited for it); this lets the last repaint land.
        time.sleep(0.4)
        subprocess.run(["import", "-window", "root", "-depth", "8", "+dither", "-colors", "128",
                        f"PNG8:{path}"], env=self.desktop.env(), check=True)
        print(f"{self.language}/{name}.png", flush=True)

    def dialogs(self):
        return [w for w in self.ui.top_windows() if w.getRoleName() in ("dialog", "alert")]

    def wait_dialog(self):
        return wait_for(lambda: next(iter(self.dialogs()), None), "a dialog to open")

    def close_dialogs(self):
        for _ in range(4):
            if not self.dialogs():
                return
            count = len(self.dialogs())
            self.ui.keys("Escape")
            wait_for(lambda: len(self.dialogs()) < count, "Escape to close the dialog", 10)

    def dialog_shot(self, name, *keys, then_close=True):
        self.ui.keys(*keys)
        dialog = self.wait_dialog()
        self.shot(name)
        if then_close:
            self.close_dialogs()
        return dialog

    def menu(self, index, context, source):
        bar = self.ui.find("menu bar", None, within=self.ui.window, cells=False)
        self.ui.click(bar.getChildAtIndex(index))
        self.ui.click(self.ui.find("menu item", self.tr(context, source)))

    def tab(self, index):
        tabs = [t for t in self.ui.find_all("page tab", None)]
        self.ui.click(tabs[index])

    def table(self):
        """The list shown in the current tab."""
        return self.ui.find("table", None, within=self.ui.window, cells=False)

    def click_vault(self, name):
        tree = self.ui.find("tree", None, within=self.ui.window, cells=False)
        self.ui.click(self.ui.find("table cell", name, within=tree))

    def click_row(self, name, table=None):
        table = table or self.table()
        self.ui.click(self.ui.row_cell(table, name, timeout=30))
        return table

    def wait_diagnosis(self, cause):
        context = "DiagnosisPane"
        pane = self.ui.find("filler", self.tr(context, "Diagnosis"), cells=False, timeout=30)
        label = self.ui.find("label", self.tr(context, "Cause identifier"), within=pane)
        wait_for(lambda: f"{cause} (" in self.ui.text(label), f"the diagnosis: {cause}", 30)
        return pane

    # --- the tour -----------------------------------------------------------------------------

    def run(self):
        ui = self.ui
        tr = self.tr
        # Two favourites, so the navigator shows its Favourites group on top.
        for vault in ("payments-kv", "demo"):
            self.click_vault(vault)
            ui.keys("ctrl+d")
        secrets = self.click_row("database-password")
        self.shot("main-window")

        self.dialog_shot("dialog-new-secret", "ctrl+n")
        self.dialog_shot("dialog-edit-secret", "ctrl+e")
        self.dialog_shot("dialog-delete-secret", "Delete")

        self.tab(3)
        self.click_row("old-deployment-token")
        self.shot("deleted-tab")
        self.dialog_shot("dialog-purge-secret", "shift+Delete")
        self.tab(0)
        wait_for(lambda: self.table().name == secrets.name, "the secrets list")

        self.menu(0, "MainWindow", "&Settings…")
        self.wait_dialog()
        self.shot("dialog-settings")
        self.close_dialogs()
        self.dialog_shot("dialog-attach-vault", "ctrl+shift+o")
        self.menu(0, "MainWindow", "Attach local &emulator…")
        self.wait_dialog()
        self.shot("dialog-attach-emulator")
        self.close_dialogs()

        self.tab(1)
        self.click_row("data-encryption-key")
        self.shot("keys-tab")
        self.dialog_shot("dialog-new-key", "ctrl+n")
        self.ui.keys("ctrl+t")
        wait_for(lambda: self.dialogs(), "the key test", 30)
        self.shot("dialog-key-test")
        self.close_dialogs()

        self.tab(2)
        self.click_row("web-frontend")
        self.shot("certificates-tab")
        self.dialog_shot("dialog-new-certificate", "ctrl+n")
        self.dialog_shot("dialog-import-certificate", "ctrl+i")
        self.menu(3, "ObjectActionController", "&View policy")
        wait_for(lambda: self.dialogs(), "the policy", 30)
        self.shot("dialog-certificate-policy")
        self.close_dialogs()

        self.tab(3)
        ui.choose(ui.labelled(tr("VaultPane", "Sho&w:")), tr("VaultPane", "Keys"))
        self.click_row("retired-key")
        self.shot("deleted-keys")
        self.tab(0)

        self.click_vault("payments-kv")
        pane = self.wait_diagnosis("vault-firewall")
        self.shot("diagnosis-pane")
        ui.click(ui.find("push button", tr("DiagnosisPane", "Add my address temporarily"),
                         within=pane))
        self.wait_dialog()
        self.shot("dialog-temporary-rule")
        self.close_dialogs()

        # The second gate: public network access off (private endpoints only).
        self.click_vault("private-kv")
        self.wait_diagnosis("public-access-disabled")
        self.shot("diagnosis-public-access-disabled")

        bar = ui.find("menu bar", None, within=ui.window, cells=False)
        self.menu(bar.childCount - 1, "MainWindow", "&About Kluis")
        self.wait_dialog()
        self.shot("dialog-about")
        self.close_dialogs()

        self.sign_in_dialogs()
        self.failure_pane()
        self.across_vaults()
        self.access()

    def across_vaults(self):
        ui = self.ui
        tr = self.tr
        self.click_vault("demo")
        ui.keys("ctrl+shift+f")
        search = ui.dialog(tr("SearchWindow", "Search everywhere"))
        ui.type("database")
        ui.keys("Return")
        results = ui.find("table", tr("SearchWindow", "Search results"), within=search, cells=False)
        wait_for(lambda: "database-password" in ui.rows(results, 2), "the search results", 30)
        ui.find("tree", tr("SearchWindow", "Vaults that refused"), within=search, cells=False,
                timeout=30)
        self.shot("search-everywhere")
        self.close_dialogs()

        ui.keys("ctrl+shift+e")
        report = ui.dialog(tr("ExpiryReportWindow", "Expiry and hygiene report"))
        findings = ui.find("table", tr("ExpiryReportWindow", "Findings"), within=report, cells=False)
        wait_for(lambda: "legacy-ftp-password" in ui.rows(findings, 2), "the findings", 30)
        self.shot("expiry-report")
        self.close_dialogs()

        # Something to compare: a secret only in each vault.
        self.emulator.kluisctl("set-secret", "release-signing-token", "--vault", "demo",
                               "--value", "tour value", "--content-type", "text/plain")
        self.emulator.kluisctl("set-secret", "dev-only-flag", "--vault", "dev-kv",
                               "--value", "tour value")
        ui.keys("ctrl+shift+m")
        compare = ui.dialog(tr("CompareCopyWindow", "Compare and copy"))
        # The window's own vaults come first: demo, then dev-kv as the target.
        ui.click(ui.find("push button", tr("CompareCopyWindow", "&Compare").replace("&", ""),
                         within=compare))
        comparison = ui.find("table", tr("CompareCopyWindow", "Comparison"), within=compare,
                             cells=False)
        ui.row_cell(comparison, "release-signing-token", timeout=30)
        self.shot("compare-and-copy")
        self.close_dialogs()

        # Secrets from a .env file into dev-kv: the plan before anything is written.
        env = os.path.join(tempfile.mkdtemp(), "payments.env")
        with open(env, "w") as f:
            f.write("# payments service\nPAYMENTS_DB_PASSWORD='tour value'\n"
                    "PAYMENTS_API_TOKEN=tour-value\nreport-webhook-url=https://example.org/h\n"
                    "dev-only-flag=tour\n")
        self.click_vault("dev-kv")
        self.menu(0, "MainWindow", "&Import secrets…")
        importer = ui.dialog(tr("SecretImportDialog", "Import secrets into %1").replace("%1", "dev-kv"))
        ui.click(ui.find("push button", tr("SecretImportDialog", "C&hoose file…").replace("&", ""),
                         within=importer))
        ui.dialog(tr("SecretImportDialog", "Import secrets"))
        ui.keys("ctrl+a")
        ui.type(env)
        ui.keys("Return")
        plan = ui.find("table", tr("SecretImportDialog", "Import plan"), within=importer, cells=False)
        ui.row_cell(plan, "PAYMENTS-DB-PASSWORD", timeout=30)
        self.shot("import-secrets")
        self.close_dialogs()

    def access(self):
        """The perimeter's refusal, a vault's access, granting a role, the readiness report."""
        ui = self.ui
        tr = self.tr
        self.close_dialogs()
        self.click_vault("perimeter-kv")
        self.wait_diagnosis("perimeter-denied")
        self.shot("diagnosis-perimeter")
        self.click_vault("team-kv")
        ui.keys("ctrl+shift+a")
        window = ui.dialog(tr("AccessWindow", "Access to %1").replace("%1", "team-kv"))
        assignments = ui.find("table", tr("AccessWindow", "Role assignments"), within=window,
                              cells=False)
        wait_for(lambda: "Key Vault Reader" in ui.rows(assignments), "the assignments", 30)
        self.shot("window-access")
        ui.click(ui.find("push button", tr("AccessWindow", "&Grant a role…").replace("&", ""),
                         within=window))
        dialog = ui.dialog(tr("GrantRoleDialog", "Grant a role on %1").replace("%1", "team-kv"))
        self.shot("dialog-grant-role")
        ui.keys("Escape")
        wait_for(lambda: not ui.find_all("dialog", dialog.name), "the grant dialog to close")
        ui.keys("Escape")
        self.menu(4, "MainWindow", "A&zure RBAC readiness…")
        report = ui.dialog(tr("RbacReadinessWindow", "Azure RBAC readiness"))
        entries = ui.find("table", tr("RbacReadinessWindow", "Access policy entries"),
                          within=report, cells=False)
        wait_for(lambda: "dev-kv" in ui.rows(entries), "the readiness report", 30)
        self.shot("window-rbac-readiness")
        ui.keys("Escape")

    def sign_in_form(self):
        tr = self.tr
        self.menu(0, "MainWindow", "&Add account…")
        dialog = self.wait_dialog()
        self.ui.choose(self.ui.labelled(tr("SignInDialog", "&Cloud:"), within=dialog),
                       tr("SignInDialog", "Custom cloud file…"))
        self.ui.click(self.ui.find("text", tr("SignInDialog", "Cloud file"), within=dialog))
        self.ui.type(self.emulator.cloud_file)
        self.ui.keys("Tab")
        return dialog

    def method(self, dialog, source):
        self.ui.choose(self.ui.labelled(self.tr("SignInDialog", "&Method:"), within=dialog),
                       self.tr("SignInDialog", source))

    def field(self, dialog, source, text):
        self.ui.click(self.ui.find(None, self.tr("SignInDialog", source), within=dialog))
        self.ui.keys("ctrl+a")
        self.ui.type(text)

    def sign_in_dialogs(self):
        ui = self.ui
        tr = self.tr
        cloud = self.emulator.cloud
        full = self.emulator.client()
        dialog = self.sign_in_form()
        self.method(dialog, "Browser sign-in")
        self.shot("dialog-sign-in-browser")

        self.method(dialog, "Device code")
        ui.click(ui.find("push button", tr("SignInDialog", "&Sign in"), within=dialog))
        code = ui.find("text", tr("SignInDialog", "Device code"), within=dialog, timeout=30)
        wait_for(lambda: ui.text(code), "the device code", 30)
        self.shot("dialog-sign-in-device-code")
        # Cancel stops the sign-in; the dialog stays.
        ui.click(ui.find("push button", tr("SignInDialog", "Cancel"), within=dialog))
        wait_for(lambda: not ui.find_all("text", tr("SignInDialog", "Device code"),
                                         within=dialog), "the code to go")

        self.method(dialog, "Service principal with a secret")
        self.field(dialog, "Tenant", cloud["tenantId"])
        self.field(dialog, "Application (client) ID", full["clientId"])
        # A password field: the screenshot shows dots, never the secret.
        self.field(dialog, "Client secret", full["clientSecret"])
        self.shot("dialog-sign-in-secret")

        self.method(dialog, "Service principal with a certificate")
        self.field(dialog, "Certificate file", full["certificateFile"])
        self.field(dialog, "Account name", "deploy-robot")
        self.shot("dialog-sign-in-certificate")
        ui.click(ui.find("push button", tr("SignInDialog", "&Sign in"), within=dialog))
        wait_for(lambda: not self.dialogs(), "the account to be added", 30)

        self.menu(0, "MainWindow", "A&ccounts…")
        accounts = self.wait_dialog()
        ui.click(ui.find("list item", re.compile("deploy-robot"), within=accounts))
        self.shot("dialog-accounts")
        self.close_dialogs()

    def failure_pane(self):
        """A listing that fails for want of permission: the failure pane, not a diagnosis."""
        ui = self.ui
        tr = self.tr
        reader = next(c for c in self.emulator.cloud["clients"] if not c.get("dataAccess"))
        dialog = self.sign_in_form()
        self.method(dialog, "Service principal with a secret")
        self.field(dialog, "Tenant", self.emulator.cloud["tenantId"])
        self.field(dialog, "Application (client) ID", reader["clientId"])
        self.field(dialog, "Client secret", reader["clientSecret"])
        self.field(dialog, "Account name", "reader-robot")
        ui.click(ui.find("push button", tr("SignInDialog", "&Sign in"), within=dialog))
        wait_for(lambda: not self.dialogs(), "the second account to be added", 30)
        tree = ui.find("tree", None, within=ui.window, cells=False)
        node = ui.find("table cell", re.compile("^reader-robot"), within=tree)
        for child in ("Contoso Production", "rg-shared", "demo"):
            ui.click(node)
            ui.keys("Right")
            below = wait_for(lambda: self._below(tree, node, child), f"{child} to be listed", 30)
            node = below
        ui.click(node)
        ui.find("push button", tr("ListErrorPanel", "Diagnose"), timeout=30)
        self.shot("failure-pane")

    def _below(self, tree, parent, name):
        """The first cell named `name` after `parent` in the tree's rows."""
        cells = [tree.getChildAtIndex(i) for i in range(tree.childCount)]
        names = [cell.name for cell in cells]
        start = names.index(parent.name) if parent.name in names else 0
        for cell in cells[start + 1:]:
            if cell.name == name:
                return cell
        return None


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    out_dir = sys.argv[1]
    languages = sys.argv[2:] or ["en", "nl", "de", "fr"]
    for language in languages:
        if language not in SETTINGS_LANGUAGE:
            print(f"unknown language: {language} (en, nl, de or fr)", file=sys.stderr)
            return 2
    for language in languages:
        work = tempfile.mkdtemp(prefix=f"kluis-tour-{language}-")
        tour = None
        try:
            tour = Tour(language, out_dir, work)
            tour.run()
        except Exception:
            if tour is not None:
                failure = os.path.join(out_dir, f"tour-failure-{language}.png")
                tour.desktop.screenshot(failure)
                with open(failure[:-4] + ".tree.txt", "w") as tree:
                    tree.write(tour.ui.dump())
                print(f"the tour failed in {language}; see {failure} and {work}", file=sys.stderr)
            raise
        finally:
            if tour is not None:
                tour.stop()
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
