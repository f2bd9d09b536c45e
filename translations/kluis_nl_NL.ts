<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>CloudProfile</name>
    <message>
        <source>The cloud profile&apos;s &quot;%1&quot; must be an https URL.</source>
        <translation>&quot;%1&quot; in het cloudprofiel moet een https-URL zijn.</translation>
    </message>
    <message>
        <source>The cloud profile is not valid JSON: %1</source>
        <translation>Het cloudprofiel is geen geldige JSON: %1</translation>
    </message>
    <message>
        <source>The cloud profile has no &quot;name&quot;.</source>
        <translation>Het cloudprofiel heeft geen &quot;name&quot;.</translation>
    </message>
    <message>
        <source>Cannot read the cloud profile %1: %2</source>
        <translation>Kan het cloudprofiel %1 niet lezen: %2</translation>
    </message>
</context>
<context>
    <name>kluis::core::VaultReferenceModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Vault URI</source>
        <translation>Kluis-URI</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Resource group</source>
        <translation>Resourcegroep</translation>
    </message>
</context>
<context>
    <name>kluis::ui::MainWindow</name>
    <message>
        <source>Kluis</source>
        <translation>Kluis</translation>
    </message>
    <message>
        <source>Vaults</source>
        <translation>Sleutelkluizen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Niet verbonden</translation>
    </message>
    <message numerus="yes">
        <source>Cloud: %1 — %n vault(s)</source>
        <translation>
            <numerusform>Cloud: %1 — %n sleutelkluis</numerusform>
            <numerusform>Cloud: %1 — %n sleutelkluizen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Kluis: a desktop manager for Azure Key Vault.</source>
        <translation>Kluis: een desktopbeheerprogramma voor Azure Key Vault.</translation>
    </message>
    <message>
        <source>Use the custom cloud profile in FILE (for example kluis-emulator&apos;s cloud.json).</source>
        <translation>Het aangepaste cloudprofiel in BESTAND gebruiken (bijvoorbeeld cloud.json van kluis-emulator).</translation>
    </message>
    <message>
        <source>Cloud profile</source>
        <translation>Cloudprofiel</translation>
    </message>
</context>
</TS>
