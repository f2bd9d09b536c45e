"""Journey 12: access, as two people meet it. A reader (a second account) opens a secret in the
RBAC demo vault team-kv with the mouse and is refused: the error box names the missing data action
and the role that grants it; its Grant access… says the reader may not assign roles and who
could. The administrator (the window's own connection) opens Vault access (Ctrl+Shift+A), sees
the reader's Key Vault Reader, grants Key Vault Secrets User through Grant a role…, and the reader
then reveals the value."""

import re

from driver import wait_for
from journey import Journey

VALUE = "tk_team_7c1f0e9a2b"
ROLE = "Key Vault Secrets User"


class Access(Journey):
    def reader(self):
        return next(c for c in self.emulator.cloud["clients"] if not c.get("dataAccess"))

    def add_reader_account(self):
        ui = self.ui
        reader = self.reader()
        ui.click(ui.find("menu item", "File", within=ui.find("menu bar", None)))
        ui.click(ui.find("menu item", "Add account…"))
        dialog = ui.dialog("Add account")
        ui.choose(ui.labelled("Cloud:", within=dialog), "Custom cloud file…")
        ui.click(ui.find("text", "Cloud file", within=dialog))
        ui.type(self.emulator.cloud_file)
        ui.keys("Tab")
        ui.choose(ui.labelled("Method:", within=dialog), "Service principal with a secret")
        for field, text in (("Tenant", self.emulator.cloud["tenantId"]),
                            ("Application (client) ID", reader["clientId"]),
                            ("Client secret", reader["clientSecret"]),
                            ("Account name", "reader-robot")):
            ui.click(ui.find(None, field, within=dialog))
            ui.keys("ctrl+a")
            ui.type(text)
        ui.click(ui.find("push button", "Sign in", within=dialog))
        wait_for(lambda: not ui.find_all("dialog", "Add account"), "the account to be added", 60)

    def reader_vault(self):
        """team-kv under reader-robot, opened level by level with the right arrow key."""
        ui = self.ui
        vaults = self.navigator()
        node = ui.find("table cell", re.compile("^reader-robot"), within=vaults)
        for child in ("Contoso Production", "rg-shared", "team-kv"):
            ui.click(node)
            ui.keys("Right")
            cells = lambda: [c for c in ui.find_all("table cell", child, within=vaults)]
            wait_for(cells, f"{child} under reader-robot", 30)
            node = cells()[-1]
        return node

    def reveal(self):
        ui = self.ui
        secrets = self.table("Secrets")
        self.wait_rows(secrets, "team-api-token")
        self.click_row(secrets, "team-api-token")
        self.wait_text(self.details_field("Name"), "team-api-token")
        reveal = ui.find("check box", "Reveal the value")
        self.wait_enabled(reveal)
        ui.click(reveal)

    def test_journey(self):
        ui = self.ui
        self.add_reader_account()
        ui.click(self.reader_vault())
        title = ui.find("label", "Vault")
        wait_for(lambda: ui.text(title).startswith("team-kv "), "team-kv to open")
        self.wait_text(ui.find("label", "Account"), re.compile("reader-robot"))

        # Refused, and told exactly what is missing and what grants it.
        self.reveal()
        box = ui.dialog("Reveal secret", timeout=30)
        said = " ".join(ui.text(label) for label in ui.find_all("label", None, within=box))
        self.assertIn("Microsoft.KeyVault/vaults/secrets/getSecret/action", said)
        self.assertIn(f'"{ROLE}"', said)
        ui.click(ui.find("push button", "Grant access…", within=box))
        access = ui.dialog("Access to team-kv")
        status = ui.find("label", "Status", within=access)
        self.wait_text(status, re.compile("You may not assign roles on this vault"), timeout=30)
        self.assertIn(self.reader()["objectId"], ui.text(status))
        self.assertIn(f'--role "{ROLE}"', ui.text(status))
        ui.keys("Escape")
        wait_for(lambda: not ui.find_all("dialog", "Access to team-kv"), "the access window to close")

        # The administrator: the window's own connection to team-kv.
        self.open_vault("team-kv")
        self.wait_text(ui.find("label", "Account"), re.compile("^(?!.*reader-robot)"))
        ui.keys("ctrl+shift+a")
        access = ui.dialog("Access to team-kv")
        assignments = ui.find("table", "Role assignments", within=access, cells=False)
        wait_for(lambda: "Key Vault Reader" in ui.rows(assignments), "the reader's role", 30)
        mine = ui.find(None, "What I may do", within=access)
        self.assertIn("secrets/getSecret/action", ui.text(mine))
        grant = ui.find("push button", "Grant a role…", within=access)
        self.wait_enabled(grant)
        ui.click(grant)
        dialog = ui.dialog("Grant a role on team-kv")
        ui.click(ui.find("text", "Principal object ID", within=dialog))
        ui.keys("ctrl+a")
        ui.type(self.reader()["objectId"])
        ui.choose(ui.labelled("Role:", within=dialog), ROLE)
        summary = ui.find("label", "What will be done", within=dialog)
        self.wait_text(summary, re.compile(re.escape(f'"{ROLE}" on the vault team-kv')))
        ui.click(ui.find("push button", "Grant", within=dialog))
        wait_for(lambda: ROLE in ui.rows(assignments), "the new assignment in the table", 30)
        self.wait_text(ui.find("label", "Status", within=access), re.compile("^Granted"))
        ui.keys("Escape")

        # The reader reads it now.
        ui.click(self.reader_vault())
        wait_for(lambda: ui.text(title).startswith("team-kv "), "team-kv to open")
        self.wait_text(ui.find("label", "Account"), re.compile("reader-robot"))
        self.reveal()
        self.wait_text(ui.find(None, "Value", within=self.details_panel()), VALUE,
                       "the value to be revealed", 30)
