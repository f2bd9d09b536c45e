<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AccessToken</name>
    <message>
        <source>The sign-in service answered HTTP %1 without a readable body.</source>
        <translation>De aanmeldservice antwoordde HTTP %1 zonder leesbare inhoud.</translation>
    </message>
    <message>
        <source>The sign-in service sent no access token.</source>
        <translation>De aanmeldservice stuurde geen toegangstoken.</translation>
    </message>
    <message>
        <source>The sign-in service sent a token of type %1, not Bearer.</source>
        <translation>De aanmeldservice stuurde een token van type %1, niet Bearer.</translation>
    </message>
    <message>
        <source>The sign-in service sent a token without a lifetime.</source>
        <translation>De aanmeldservice stuurde een token zonder geldigheidsduur.</translation>
    </message>
</context>
<context>
    <name>ArmClient</name>
    <message>
        <source>Resource Manager sent a vault that is not JSON.</source>
        <translation>Resource Manager stuurde een kluis die geen JSON is.</translation>
    </message>
</context>
<context>
    <name>AzureError</name>
    <message>
        <source>The operation was cancelled.</source>
        <translation>De bewerking is geannuleerd.</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>Netwerkfout: %1</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Aanmelden mislukt: %1</translation>
    </message>
    <message>
        <source>Unexpected answer: %1</source>
        <translation>Onverwacht antwoord: %1</translation>
    </message>
    <message>
        <source>The vault&apos;s firewall does not allow this client&apos;s address.</source>
        <translation>De firewall van de kluis laat het adres van deze client niet toe.</translation>
    </message>
    <message>
        <source>The vault&apos;s firewall does not allow the address %1.</source>
        <translation>De firewall van de kluis laat het adres %1 niet toe.</translation>
    </message>
    <message>
        <source>The vault accepts only private-link connections (public network access is disabled).</source>
        <translation>De kluis accepteert alleen verbindingen via private link (openbare netwerktoegang staat uit).</translation>
    </message>
    <message>
        <source>Access denied: %1</source>
        <translation>Toegang geweigerd: %1</translation>
    </message>
    <message>
        <source>The service is throttling requests; try again shortly.</source>
        <translation>De service beperkt het aantal verzoeken; probeer het zo opnieuw.</translation>
    </message>
    <message>
        <source>The service answered HTTP %1.</source>
        <translation>De service antwoordde HTTP %1.</translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP-status: %1</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Foutcode: %1</translation>
    </message>
    <message>
        <source>Inner error code: %1</source>
        <translation>Interne foutcode: %1</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Bericht: %1</translation>
    </message>
    <message>
        <source>Transport error: %1 (%2)</source>
        <translation>Transportfout: %1 (%2)</translation>
    </message>
    <message>
        <source>Client address quoted by the vault: %1</source>
        <translation>Clientadres genoemd door de kluis: %1</translation>
    </message>
    <message>
        <source>Client address seen by the vault: %1</source>
        <translation>Clientadres zoals de kluis het ziet: %1</translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation>Verzoek: %1</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>Verzoek-id: %1</translation>
    </message>
</context>
<context>
    <name>ClientSecretCredential</name>
    <message>
        <source>application %1 in tenant %2</source>
        <translation>toepassing %1 in tenant %2</translation>
    </message>
    <message>
        <source>The application credential lacks a tenant, client id or secret.</source>
        <translation>Bij de toepassingsreferentie ontbreekt een tenant, client-id of geheim.</translation>
    </message>
    <message>
        <source>Set AZURE_CLIENT_ID and AZURE_CLIENT_SECRET (and AZURE_TENANT_ID) to sign in.</source>
        <translation>Stel AZURE_CLIENT_ID en AZURE_CLIENT_SECRET (en AZURE_TENANT_ID) in om aan te melden.</translation>
    </message>
    <message>
        <source>Set AZURE_TENANT_ID to the tenant to sign in to.</source>
        <translation>Stel AZURE_TENANT_ID in op de tenant waarbij u zich aanmeldt.</translation>
    </message>
    <message>
        <source>Certificate credentials (AZURE_CLIENT_CERTIFICATE_PATH) are not supported yet; set AZURE_CLIENT_SECRET instead.</source>
        <translation>Certificaatreferenties (AZURE_CLIENT_CERTIFICATE_PATH) worden nog niet ondersteund; stel in plaats daarvan AZURE_CLIENT_SECRET in.</translation>
    </message>
    <message>
        <source>Set AZURE_CLIENT_SECRET to sign in as %1.</source>
        <translation>Stel AZURE_CLIENT_SECRET in om aan te melden als %1.</translation>
    </message>
</context>
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
    <message>
        <source>Sign-in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>Resource Manager</source>
        <translation>Resource Manager</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>Graph</translation>
    </message>
    <message>
        <source>Key Vault</source>
        <translation>Key Vault</translation>
    </message>
    <message>
        <source>Certificate revocation (CRL/OCSP)</source>
        <translation>Certificaatintrekking (CRL/OCSP)</translation>
    </message>
    <message>
        <source>Azure (global)</source>
        <translation>Azure (wereldwijd)</translation>
    </message>
    <message>
        <source>Azure China (operated by 21Vianet)</source>
        <translation>Azure China (beheerd door 21Vianet)</translation>
    </message>
    <message>
        <source>Azure US Government</source>
        <translation>Azure US Government</translation>
    </message>
    <message>
        <source>Azure Germany (retired 2021)</source>
        <translation>Azure Duitsland (opgeheven in 2021)</translation>
    </message>
    <message>
        <source>The cloud profile&apos;s &quot;vaultPort&quot; is not a port number.</source>
        <translation>&quot;vaultPort&quot; in het cloudprofiel is geen poortnummer.</translation>
    </message>
</context>
<context>
    <name>KeyVaultClient</name>
    <message>
        <source>The vault&apos;s answer is not a JSON object.</source>
        <translation>Het antwoord van de kluis is geen JSON-object.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid object name: 1-127 letters, digits and dashes.</source>
        <translation>&quot;%1&quot; is geen geldige objectnaam: 1-127 letters, cijfers en streepjes.</translation>
    </message>
    <message>
        <source>The cloud %1 has no vault DNS suffix; give the vault&apos;s URI.</source>
        <translation>De cloud %1 heeft geen DNS-achtervoegsel voor kluizen; geef de URI van de kluis.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a vault name nor an https vault URI.</source>
        <translation>&quot;%1&quot; is geen kluisnaam en geen https-URI van een kluis.</translation>
    </message>
    <message>
        <source>The vault sent a backup without a value.</source>
        <translation>De kluis stuurde een back-up zonder waarde.</translation>
    </message>
</context>
<context>
    <name>kluis::core::HttpPipeline</name>
    <message>
        <source>No account is signed in for this request.</source>
        <translation>Voor dit verzoek is geen account aangemeld.</translation>
    </message>
    <message>
        <source>Not a usable URL: %1</source>
        <translation>Geen bruikbare URL: %1</translation>
    </message>
    <message>
        <source>Refusing to send a token over unencrypted HTTP to %1.</source>
        <translation>Er wordt geen token via onversleuteld HTTP naar %1 gestuurd.</translation>
    </message>
    <message>
        <source>certificate of %1 issued by &quot;%2&quot;: %3</source>
        <translation>certificaat van %1 uitgegeven door &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 s.</source>
        <translation>Geen antwoord van %1 binnen %2 s.</translation>
    </message>
    <message>
        <source>%1 asked for a token for %2, which is not a parent domain of the vault. No token was sent.</source>
        <translation>%1 vroeg om een token voor %2, dat geen bovenliggend domein van de kluis is. Er is geen token gestuurd.</translation>
    </message>
    <message>
        <source>The service redirected the request to %1; redirects are not followed.</source>
        <translation>De service stuurde het verzoek door naar %1; doorverwijzingen worden niet gevolgd.</translation>
    </message>
    <message>
        <source>The list from %1 is not a JSON page: %2</source>
        <translation>De lijst van %1 is geen JSON-pagina: %2</translation>
    </message>
    <message>
        <source>no &quot;value&quot; array</source>
        <translation>geen &quot;value&quot;-array</translation>
    </message>
    <message>
        <source>Refused to follow a next link to %1: it is not on %2.</source>
        <translation>Volgende-paginalink naar %1 geweigerd: die staat niet op %2.</translation>
    </message>
</context>
<context>
    <name>kluis::core::SecretListModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Inhoudstype</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Ingeschakeld</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Verloopt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
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
