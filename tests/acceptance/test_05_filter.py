"""Journey 5: type in the filter box: exactly the matching rows remain (names, content types and
tags, whatever the case); clear it: every row is back."""

from driver import wait_for
from journey import Journey


def matching(items, text):
    text = text.lower()

    def hit(item):
        fields = [item["name"], item.get("contentType") or ""]
        for key, value in (item.get("tags") or {}).items():
            fields += [key, value]
        return any(text in field.lower() for field in fields)

    return sorted(item["name"] for item in items if hit(item))


class Filter(Journey):
    def test_journey(self):
        ui = self.ui
        listed = self.emulator.kluisctl("list", "secrets", "--vault", "demo")
        everything = sorted(item["name"] for item in listed)
        self.open_vault("demo")
        secrets = self.table("Secrets")
        self.wait_rows(secrets, *everything)
        self.assertEqual(sorted(ui.rows(secrets)), everything)

        box = ui.find("text", "Filter secrets")
        ui.click(box)
        typed = ""
        for text in ("pass", "PRODUCTION", "application/x-"):
            ui.keys("ctrl+a", "BackSpace")
            ui.type(text)
            expected = matching(listed, text)
            self.assertTrue(expected, text)
            self.assertNotEqual(expected, everything, text)
            wait_for(lambda: sorted(ui.rows(secrets)) == expected,
                     f"exactly {expected} for {text!r} (shown: {ui.rows(secrets)})")
            self.wait_text(self.list_status(), f"{len(everything)} items ({len(expected)} shown)")
            typed = text

        # Emptying the box brings every row back.
        self.assertEqual(ui.text(box), typed)
        ui.keys("ctrl+a", "BackSpace")
        wait_for(lambda: sorted(ui.rows(secrets)) == everything, "every row back")
        self.assertEqual(ui.text(box), "")
        self.wait_text(self.list_status(), f"{len(everything)} items")
