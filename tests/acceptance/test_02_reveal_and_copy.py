"""Journey 2: reveal a value and hide it again; Copy value puts it on the clipboard with the
password-manager hint, and it is cleared after the timeout only if nobody changed it."""

import time

from driver import wait_for
from journey import Journey

VALUE = "pk_live_51Hx9dEmoKeyValue"
TIMEOUT_SECONDS = 4


class RevealAndCopy(Journey):
    settings = {"clipboard/timeoutSeconds": TIMEOUT_SECONDS}

    def value_field(self):
        return self.ui.find(None, "Value", within=self.details_panel())

    def test_journey(self):
        ui = self.ui
        desktop = self.desktop
        self.open_vault("demo")
        secrets = self.table("Secrets")
        self.wait_rows(secrets, "payments-api-key")
        self.click_row(secrets, "payments-api-key")
        self.wait_text(self.details_field("Name"), "payments-api-key")
        self.assertNotIn(VALUE, ui.text(self.value_field()))

        # A toggle: pressed while the value shows.
        reveal = ui.find("check box", "Reveal the value")
        self.wait_enabled(reveal)
        ui.click(reveal)
        self.wait_text(self.value_field(), VALUE, "the value to be revealed")
        ui.click(reveal)
        wait_for(lambda: VALUE not in ui.text(self.value_field()), "the value to be hidden")
        # Another row forgets a revealed value.
        ui.click(reveal)
        self.wait_text(self.value_field(), VALUE, "the value to be revealed again")
        self.click_row(secrets, "database-password")
        self.wait_text(self.details_field("Name"), "database-password")
        wait_for(lambda: VALUE not in ui.text(self.value_field()), "the value to be forgotten")

        self.click_row(secrets, "payments-api-key")
        self.wait_text(self.details_field("Name"), "payments-api-key")
        copy = self.toolbar_button("Copy value")
        self.wait_enabled(copy)
        ui.click(copy)
        copied_at = time.monotonic()
        wait_for(lambda: desktop.clipboard() == VALUE, "the value on the clipboard")
        targets = desktop.clipboard(target="TARGETS") or ""
        self.assertIn("x-kde-passwordManagerHint", targets.split())
        self.assertEqual(desktop.clipboard(target="x-kde-passwordManagerHint"), "secret")
        # Unchanged, it goes once the timeout is up (and not much before).
        wait_for(lambda: not desktop.clipboard(), "the clipboard to be cleared",
                 TIMEOUT_SECONDS + 15)
        self.assertGreater(time.monotonic() - copied_at, TIMEOUT_SECONDS - 1.5)

        # Changed by the person meanwhile, it stays.
        ui.click(copy)
        wait_for(lambda: desktop.clipboard() == VALUE, "the value on the clipboard again")
        desktop.set_clipboard("something else")
        wait_for(lambda: desktop.clipboard() == "something else", "the other text to be copied")
        time.sleep(TIMEOUT_SECONDS + 2)
        self.assertEqual(desktop.clipboard(), "something else")
