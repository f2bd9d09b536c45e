<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>kluis::ui::CopySecretValueCommand</name>
    <message numerus="yes">
        <source>Copied the value of %1; the clipboard is cleared in %n s.</source>
        <translation>
            <numerusform>Copied the value of %1; the clipboard is cleared in %n second.</numerusform>
            <numerusform>Copied the value of %1; the clipboard is cleared in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kluis::ui::SecretEditDialog</name>
    <message numerus="yes">
        <source>Key Vault accepts at most %n tags.</source>
        <translation>
            <numerusform>Key Vault accepts at most %n tag.</numerusform>
            <numerusform>Key Vault accepts at most %n tags.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kluis::ui::SecretListPane</name>
    <message numerus="yes">
        <source>Loading… %n item(s) so far</source>
        <translation>
            <numerusform>Loading… %n item so far</numerusform>
            <numerusform>Loading… %n items so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n item(s).</source>
        <translation>
            <numerusform>Stopped after %n item.</numerusform>
            <numerusform>Stopped after %n items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n shown)</source>
        <translation>
            <numerusform>(%n shown)</numerusform>
            <numerusform>(%n shown)</numerusform>
        </translation>
    </message>
</context>
</TS>
