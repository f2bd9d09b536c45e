"""Journey 7: create an EC key and run Test key on it; download a certificate as PEM through the
Certificates menu and its file dialog."""

import os
import re
import subprocess

from driver import wait_for
from journey import Journey

KEY = "journey-ec-key"


class KeysAndCertificates(Journey):
    def test_journey(self):
        ui = self.ui
        self.open_vault("demo")
        self.tab("Keys")
        keys = self.table("Keys")
        self.wait_rows(keys, "signing-key-ec")

        ui.keys("ctrl+n")
        dialog = ui.dialog("New key")
        name = ui.find("text", "Name", within=dialog)
        wait_for(lambda: ui.focused(name), "the key name focused")
        ui.type(KEY)
        ui.choose(ui.labelled("Type:", within=dialog), "Elliptic curve (EC)")
        curve = ui.labelled("Size or curve:", within=dialog)
        wait_for(lambda: curve.name.startswith("P-"), "a curve offered for an EC key")
        ui.click(ui.find("push button", "Create", within=dialog))
        wait_for(lambda: not ui.find_all("dialog", "New key"), "the dialog to close")
        self.wait_rows(keys, KEY, timeout=30)
        self.wait_text(self.details_field("Name"), KEY)
        self.wait_text(self.details_field("Key type"), re.compile("^EC"))
        created = self.emulator.kluisctl("show", KEY, "--kind", "key", "--vault", "demo")
        self.assertEqual(created["keyType"], "EC")

        test = self.toolbar_button("Test key")
        self.wait_enabled(test)
        ui.keys("ctrl+t")
        result = ui.dialog("Test key", timeout=30)
        ui.find("label", re.compile("signature verifies locally"), within=result)
        ui.click(ui.find("push button", "OK", within=result))
        wait_for(lambda: not ui.find_all("dialog", "Test key"), "the result to close")

        self.tab("Certificates")
        certificates = self.table("Certificates")
        self.wait_rows(certificates, "web-frontend")
        self.click_row(certificates, "web-frontend")
        self.wait_text(self.details_field("Name"), "web-frontend")
        ui.click(ui.find("menu item", "Certificates", within=ui.find("menu bar", None)))
        ui.click(ui.find("menu item", "Download as .pem…"))
        save = ui.dialog("Download certificate")
        target = os.path.join(self.work, "downloaded.pem")
        file_name = ui.labelled(re.compile("File name"), within=save)
        wait_for(lambda: ui.focused(file_name), "the file name focused")
        ui.keys("ctrl+a")
        ui.type(target)
        ui.keys("Return")
        wait_for(lambda: os.path.exists(target), f"{target} to be written")
        wait_for(lambda: re.search(re.escape(target), self.status_message()),
                 "the status bar to say where it went")

        expected = os.path.join(self.work, "expected.pem")
        self.emulator.kluisctl("download-certificate", "web-frontend", "--vault", "demo",
                               "--format", "pem", "--file", expected)
        with open(target, "rb") as got, open(expected, "rb") as want:
            pem = got.read()
            self.assertEqual(pem, want.read())
        self.assertTrue(pem.startswith(b"-----BEGIN CERTIFICATE-----"), pem[:40])
        subject = subprocess.run(["openssl", "x509", "-noout", "-subject", "-in", target],
                                 capture_output=True, text=True, check=True).stdout
        self.assertIn("www.contoso.example", subject)
