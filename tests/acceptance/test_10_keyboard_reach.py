"""Journey 10: every action can be reached from the keyboard, and the focus comes back after a
dialog. On each tab, with an item chosen, the suite walks the menus: every menu opens with its
Alt mnemonic, every enabled item has a shortcut (no shortcut names two enabled items) or a
mnemonic that, pressed in its open menu, triggers it; whatever the toolbar offers is in a menu.
Dialogs opened that way close with Escape and give the focus back to the list. Tab reaches the
details panel's buttons."""

import re

from driver import wait_for
from journey import Journey


def binding(accessible):
    """The key binding AT-SPI gives: a shortcut ("Ctrl+N") or an Alt mnemonic ("Alt+v")."""
    try:
        action = accessible.queryAction()
        return action.getKeyBinding(0) if action.nActions else ""
    except NotImplementedError:
        return ""


def mnemonic(key_binding):
    match = re.fullmatch(r"Alt\+(\w)", key_binding or "")
    return match.group(1).lower() if match else None


class KeyboardReach(Journey):
    def menus(self):
        """Each menu bar entry with its items: (title, binding, [(name, binding, enabled)])."""
        bar = self.ui.find("menu bar", None, within=self.kluis.window, cells=False)
        found = []
        for index in range(bar.childCount):
            title = bar.getChildAtIndex(index)
            popup = title.getChildAtIndex(0)
            items = []
            for row in range(popup.childCount):
                item = popup.getChildAtIndex(row)
                if item.getRoleName() == "separator":
                    continue
                items.append((item.name, binding(item), self.ui.enabled(item)))
            found.append((title.name, binding(title), items))
        return found

    def open_popups(self):
        return [m for m in self.ui.find_all("popup menu", None, cells=False)]

    def close_everything_but_the_window(self):
        for _ in range(6):
            others = [w for w in self.ui.top_windows() if w.name != "Kluis"]
            if not others:
                return
            self.ui.keys("Escape")
            wait_for(lambda: len([w for w in self.ui.top_windows() if w.name != "Kluis"]) <
                     len(others) or not others, "Escape to close the dialog", 10)
        self.fail(f"Escape did not close {[w.name for w in self.ui.top_windows()]}")

    def check_mnemonics(self, state):
        """No two widgets in view answer the same Alt+letter (Qt then triggers neither), and
        every menu opens with its own."""
        ui = self.ui
        owners = {}
        for node in ui.walk(self.kluis.window, cells=False):
            # The tab list repeats its current tab's letter.
            if node.getRoleName() == "page tab list":
                continue
            letter = mnemonic(binding(node))
            if letter:
                owners.setdefault(letter, []).append(f"{node.getRoleName()} {node.name!r}")
        clashes = {letter: names for letter, names in owners.items() if len(names) > 1}
        self.assertFalse(clashes, f"{state}: one Alt+letter for several widgets: {clashes}")
        menus = self.menus()
        titles = [mnemonic(b) for _, b, _ in menus]
        self.assertTrue(all(titles), f"{state}: a menu without a mnemonic: {menus}")
        for (title, key, items), letter in zip(menus, titles):
            first = next(name for name, _, _ in items)
            ui.keys(f"alt+{letter}")
            wait_for(lambda: any(ui.find_all("menu item", first, within=p)
                                 for p in self.open_popups()),
                     f"{state}: {title} to open with Alt+{letter}", 10)
            ui.keys("Escape")
            wait_for(lambda: not self.open_popups(), f"{title} to close with Escape", 10)
            ui.keys("Escape")  # the menu bar lets go of the focus

    def check_state(self, state, table, pressed):
        ui = self.ui
        self.check_mnemonics(state)
        wait_for(lambda: ui.focused(table), f"{state}: the focus back on {table.name}", 10)
        menus = self.menus()

        enabled = [(menu, name, key) for menu, _, items in menus for name, key, on in items if on]
        # One action may sit in two menus (New, Delete… in Keys and Certificates).
        named = {}
        for _, name, key in enabled:
            if key and not mnemonic(key):
                named.setdefault(key, set()).add(name)
        clashes = {key: names for key, names in named.items() if len(names) > 1}
        self.assertFalse(clashes, f"{state}: one shortcut for two enabled actions: {clashes}")

        toolbar = ui.find("tool bar", "Main toolbar", cells=False)
        offered = [b.name for b in ui.find_all(None, None, within=toolbar)
                   if b.getRoleName() in ("push button", "check box") and ui.enabled(b)]
        in_menus = {name for _, name, _ in enabled}
        for name in offered:
            self.assertIn(name, in_menus, f"{state}: the toolbar's {name} is in no menu")

        for menu, key, items in menus:
            letters = [mnemonic(k) for _, k, _ in items if mnemonic(k)]
            for name, item_key, on in items:
                # An action in two menus (New, Delete… under Keys and Certificates) is one
                # action: pressed in the first; AT-SPI shows it in that one only.
                if not on or not mnemonic(item_key) or name in pressed:
                    continue
                letter = mnemonic(item_key)
                self.assertEqual(letters.count(letter), 1,
                                 f"{state}: {menu} › {name} shares its mnemonic {letter!r}")
                pressed.add(name)
                # As a person would: Alt+letter opens the menu, the letter triggers the item.
                ui.keys(f"alt+{mnemonic(key)}")
                wait_for(lambda: any(p.childCount and ui.find_all(
                    "menu item", name, within=p) for p in self.open_popups()),
                    f"{menu} to open with Alt+{mnemonic(key)}", 10)
                ui.keys(letter)
                wait_for(lambda: not self.open_popups(),
                         f"{menu} › {name} to be triggered by {letter!r}", 10)
                self.close_everything_but_the_window()
                wait_for(lambda: ui.focused(table),
                         f"the focus back on {table.name} after {menu} › {name} "
                         f"(it is on {getattr(ui.focused_widget(), 'name', None)!r})", 10)

    def test_journey(self):
        ui = self.ui
        self.open_vault("demo")
        pressed = set()

        secrets = self.table("Secrets")
        self.wait_rows(secrets, "database-password")
        self.click_row(secrets, "database-password")
        self.wait_text(self.details_field("Name"), "database-password")
        wait_for(lambda: ui.focused(secrets), "the secrets list focused")
        self.check_state("a secret chosen", secrets, pressed)

        # The shortcuts of a dialog: Escape closes it and the list has the focus again.
        for combo, title in (("ctrl+n", "New secret"), ("ctrl+e", re.compile("^Edit secret")),
                             ("Delete", "Delete secret")):
            ui.keys(combo)
            ui.dialog(title)
            ui.keys("Escape")
            wait_for(lambda: not ui.find_all("dialog", title), f"{title} to close", 10)
            wait_for(lambda: ui.focused(secrets), f"the focus back on the list after {title}")

        # Tab from the list reaches the details panel's buttons.
        reached = set()
        for _ in range(30):
            ui.keys("Tab")
            focused = wait_for(ui.focused_widget, "something to have the focus", 5)
            reached.add(focused.name)
        for name in ("Reveal the value", "Copy value", "Show the versions of this secret",
                     "Copy the identifier", "Filter secrets"):
            self.assertIn(name, reached)

        for tab, table_name, row in (("Keys", "Keys", "data-encryption-key"),
                                     ("Certificates", "Certificates", "web-frontend"),
                                     ("Deleted", "Deleted secrets", "old-deployment-token")):
            self.tab(tab)
            table = self.table(table_name)
            self.wait_rows(table, row)
            self.click_row(table, row)
            self.wait_text(self.details_field("Name"), row)
            wait_for(lambda: ui.focused(table), f"{table_name} focused")
            self.check_state(f"{row} chosen", table, pressed)
        self.assertGreater(len(pressed), 10, pressed)

        # A failed listing: the diagnosis's buttons answer letters of their own.
        self.tab("Secrets")
        self.open_vault("payments-kv")
        self.ui.find("push button", "Retry", timeout=30)
        self.check_mnemonics("the diagnosis shown")
