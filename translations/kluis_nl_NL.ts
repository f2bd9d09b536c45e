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
    <name>ClientCertificateCredential</name>
    <message>
        <source>Cannot read the client certificate %1: %2</source>
        <translation>Kan het clientcertificaat %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>%1 does not hold an RSA private key and its certificate in PEM form.</source>
        <translation>%1 bevat geen persoonlijke RSA-sleutel met certificaat in PEM-vorm.</translation>
    </message>
    <message>
        <source>application %1 (certificate) in tenant %2</source>
        <translation>toepassing %1 (certificaat) in tenant %2</translation>
    </message>
    <message>
        <source>Signing the client assertion failed.</source>
        <translation>Het ondertekenen van de clientverklaring is mislukt.</translation>
    </message>
    <message>
        <source>The application credential lacks a tenant or client id.</source>
        <translation>Bij de toepassingsreferentie ontbreekt een tenant of client-id.</translation>
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
        <source>Set AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH to sign in as %1.</source>
        <translation>Stel AZURE_CLIENT_SECRET of AZURE_CLIENT_CERTIFICATE_PATH in om aan te melden als %1.</translation>
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
    <name>DeviceCodeCredential</name>
    <message>
        <source>The sign-in service sent no device code.</source>
        <translation>De aanmeldingsservice heeft geen apparaatcode gestuurd.</translation>
    </message>
    <message>
        <source>The sign-in code expired before it was used. Start the sign-in again.</source>
        <translation>De aanmeldingscode is verlopen voordat deze werd gebruikt. Meld u opnieuw aan.</translation>
    </message>
    <message>
        <source>The sign-in was declined.</source>
        <translation>De aanmelding is geweigerd.</translation>
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
    <name>RefreshTokenStore</name>
    <message>
        <source>The keychain refused the request: %1</source>
        <translation>De sleutelhanger heeft de aanvraag geweigerd: %1</translation>
    </message>
</context>
<context>
    <name>UserCredential</name>
    <message>
        <source>a user in tenant %1</source>
        <translation>een gebruiker in tenant %1</translation>
    </message>
    <message>
        <source>%1 in tenant %2</source>
        <translation>%1 in tenant %2</translation>
    </message>
    <message>
        <source>Sign in again to continue as %1.</source>
        <translation>Meld u opnieuw aan om door te gaan als %1.</translation>
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
    <name>kluis::core::InteractiveBrowserCredential</name>
    <message>
        <source>No browser is available for signing in.</source>
        <translation>Er is geen browser beschikbaar om u aan te melden.</translation>
    </message>
    <message>
        <source>No random numbers for the sign-in could be had.</source>
        <translation>Er konden geen willekeurige getallen voor de aanmelding worden verkregen.</translation>
    </message>
    <message>
        <source>Could not listen on 127.0.0.1 for the browser&apos;s answer: %1</source>
        <translation>Kan niet luisteren op 127.0.0.1 voor het antwoord van de browser: %1</translation>
    </message>
    <message>
        <source>The browser could not be opened.</source>
        <translation>De browser kon niet worden geopend.</translation>
    </message>
    <message>
        <source>The browser did not come back in time.</source>
        <translation>De browser is niet op tijd teruggekomen.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Niet gevonden.</translation>
    </message>
    <message>
        <source>Kluis did not start this sign-in. Close this window.</source>
        <translation>Kluis heeft deze aanmelding niet gestart. Sluit dit venster.</translation>
    </message>
    <message>
        <source>The browser came back from a sign-in Kluis did not start (state mismatch); it was refused.</source>
        <translation>De browser kwam terug van een aanmelding die Kluis niet heeft gestart (state komt niet overeen); deze is geweigerd.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1. You may close this window.</source>
        <translation>Aanmelden is mislukt: %1. U kunt dit venster sluiten.</translation>
    </message>
    <message>
        <source>Sign-in failed: no code. You may close this window.</source>
        <translation>Aanmelden is mislukt: geen code ontvangen. U kunt dit venster sluiten.</translation>
    </message>
    <message>
        <source>The sign-in service sent no authorization code.</source>
        <translation>De aanmeldingsservice heeft geen autorisatiecode gestuurd.</translation>
    </message>
    <message>
        <source>You are signed in to Kluis. You may close this window.</source>
        <translation>U bent aangemeld bij Kluis. U kunt dit venster sluiten.</translation>
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
    <name>kluis::ui::AttachCloudFileCommand</name>
    <message>
        <source>Attach local emulator</source>
        <translation>Lokale emulator koppelen</translation>
    </message>
    <message>
        <source>Cloud files (*.json);;All files (*)</source>
        <translation>Cloudbestanden (*.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Attached %1.</source>
        <translation>%1 gekoppeld.</translation>
    </message>
</context>
<context>
    <name>kluis::ui::AttachVaultCommand</name>
    <message>
        <source>Attach vault by URL</source>
        <translation>Sleutelkluis koppelen via URL</translation>
    </message>
    <message>
        <source>Vault URI or name (for example https://contoso.vault.azure.net/):</source>
        <translation>URI of naam van de sleutelkluis (bijvoorbeeld https://contoso.vault.azure.net/):</translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation>&amp;Koppelen</translation>
    </message>
    <message>
        <source>Attached %1.</source>
        <translation>%1 gekoppeld.</translation>
    </message>
</context>
<context>
    <name>kluis::ui::ConfirmByNameDialog</name>
    <message>
        <source>Type %1 to confirm:</source>
        <translation>Typ %1 om te bevestigen:</translation>
    </message>
    <message>
        <source>Name to confirm</source>
        <translation>Naam ter bevestiging</translation>
    </message>
</context>
<context>
    <name>kluis::ui::ConnectionSession</name>
    <message>
        <source>The cloud file %1 offers no client with data access.</source>
        <translation>Het cloudbestand %1 biedt geen client met toegang tot gegevens.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Niet aangemeld</translation>
    </message>
</context>
<context>
    <name>kluis::ui::CopySecretValueCommand</name>
    <message>
        <source>Copy secret value</source>
        <translation>Waarde van geheim kopiëren</translation>
    </message>
    <message numerus="yes">
        <source>Copied the value of %1; the clipboard is cleared in %n s.</source>
        <translation>
            <numerusform>De waarde van %1 is gekopieerd; het klembord wordt over %n s gewist.</numerusform>
            <numerusform>De waarde van %1 is gekopieerd; het klembord wordt over %n s gewist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied the value of %1.</source>
        <translation>De waarde van %1 is gekopieerd.</translation>
    </message>
</context>
<context>
    <name>kluis::ui::DeleteSecretCommand</name>
    <message>
        <source>Delete secret</source>
        <translation>Geheim verwijderen</translation>
    </message>
    <message>
        <source>Delete the secret %1 with all its versions?

If the vault keeps deleted secrets, you can recover it from the Deleted tab.</source>
        <translation>Het geheim %1 met al zijn versies verwijderen?

Als de sleutelkluis verwijderde geheimen bewaart, kunt u het herstellen vanaf het tabblad Verwijderd.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Deleted the secret %1.</source>
        <translation>Het geheim %1 is verwijderd.</translation>
    </message>
</context>
<context>
    <name>kluis::ui::EditSecretCommand</name>
    <message>
        <source>Edit secret</source>
        <translation>Geheim bewerken</translation>
    </message>
    <message>
        <source>Saved a new version of %1.</source>
        <translation>Een nieuwe versie van %1 is opgeslagen.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 is opgeslagen.</translation>
    </message>
</context>
<context>
    <name>kluis::ui::EditSettingsCommand</name>
    <message>
        <source>Settings saved.</source>
        <translation>Instellingen opgeslagen.</translation>
    </message>
</context>
<context>
    <name>kluis::ui::ListErrorPanel</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Opnieuw proberen</translation>
    </message>
    <message>
        <source>&amp;Diagnose</source>
        <translation>&amp;Diagnose</translation>
    </message>
    <message>
        <source>This list could not be loaded</source>
        <translation>Deze lijst kon niet worden geladen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Foutdetails</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>Diagnose</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Find out what stands between Kluis and this vault</source>
        <translation>Uitzoeken wat er tussen Kluis en deze sleutelkluis staat</translation>
    </message>
    <message>
        <source>The diagnosis (firewall, proxy, DNS and permissions) comes with the diagnostics feature of a later version.</source>
        <translation>De diagnose (firewall, proxy, DNS en machtigingen) komt met de diagnosefunctie van een latere versie.</translation>
    </message>
</context>
<context>
    <name>kluis::ui::MainWindow</name>
    <message>
        <source>Kluis</source>
        <translation>Kluis</translation>
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
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Network activity</source>
        <translation>Netwerkactiviteit</translation>
    </message>
    <message>
        <source>Clipboard cleared.</source>
        <translation>Klembord gewist.</translation>
    </message>
    <message>
        <source>Attach local &amp;emulator…</source>
        <translation>Lokale &amp;emulator koppelen…</translation>
    </message>
    <message>
        <source>Connect to kluis-emulator through its cloud.json</source>
        <translation>Verbinden met kluis-emulator via zijn cloud.json</translation>
    </message>
    <message>
        <source>Attach vault by &amp;URL…</source>
        <translation>Sleutelkluis koppelen via &amp;URL…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>Find &amp;vault</source>
        <translation>Sleutel&amp;kluis zoeken</translation>
    </message>
    <message>
        <source>&amp;Favourite</source>
        <translation>&amp;Favoriet</translation>
    </message>
    <message>
        <source>Pin the vault to the top of the list</source>
        <translation>De sleutelkluis bovenaan de lijst vastzetten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>B&amp;ewerken</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <source>Cloud: %1</source>
        <translation>Cloud: %1</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Account: %1</translation>
    </message>
    <message>
        <source>Network: busy…</source>
        <translation>Netwerk: bezig…</translation>
    </message>
    <message>
        <source>Network: idle</source>
        <translation>Netwerk: inactief</translation>
    </message>
</context>
<context>
    <name>kluis::ui::NewSecretCommand</name>
    <message>
        <source>New secret</source>
        <translation>Nieuw geheim</translation>
    </message>
    <message>
        <source>Created the secret %1.</source>
        <translation>Het geheim %1 is gemaakt.</translation>
    </message>
    <message>
        <source>A deleted secret named %1 still exists and can be recovered. Recover it instead?</source>
        <translation>Er bestaat nog een verwijderd geheim met de naam %1 dat kan worden hersteld. Dat geheim herstellen?</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Herstellen</translation>
    </message>
    <message>
        <source>Recover secret</source>
        <translation>Geheim herstellen</translation>
    </message>
    <message>
        <source>Recovered the secret %1.</source>
        <translation>Het geheim %1 is hersteld.</translation>
    </message>
</context>
<context>
    <name>kluis::ui::PurgeSecretCommand</name>
    <message>
        <source>Purge secret</source>
        <translation>Geheim definitief verwijderen</translation>
    </message>
    <message>
        <source>Purging removes the deleted secret %1 and all its versions for good. This cannot be undone.</source>
        <translation>Definitief verwijderen (opschonen) wist het verwijderde geheim %1 met al zijn versies voorgoed. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>&amp;Purge</source>
        <translation>Definitief &amp;verwijderen</translation>
    </message>
    <message>
        <source>Purged the secret %1.</source>
        <translation>Het geheim %1 is definitief verwijderd.</translation>
    </message>
</context>
<context>
    <name>kluis::ui::RecoverSecretCommand</name>
    <message>
        <source>Recover secret</source>
        <translation>Geheim herstellen</translation>
    </message>
    <message>
        <source>Recovered the secret %1.</source>
        <translation>Het geheim %1 is hersteld.</translation>
    </message>
</context>
<context>
    <name>kluis::ui::RevealSecretCommand</name>
    <message>
        <source>Reveal secret</source>
        <translation>Geheim tonen</translation>
    </message>
</context>
<context>
    <name>kluis::ui::SecretActionController</name>
    <message>
        <source>&amp;New secret…</source>
        <translation>&amp;Nieuw geheim…</translation>
    </message>
    <message>
        <source>&amp;Edit secret…</source>
        <translation>Geheim b&amp;ewerken…</translation>
    </message>
    <message>
        <source>&amp;Delete secret…</source>
        <translation>Geheim &amp;verwijderen…</translation>
    </message>
    <message>
        <source>&amp;Copy value</source>
        <translation>Waarde &amp;kopiëren</translation>
    </message>
    <message>
        <source>&amp;Recover secret</source>
        <translation>Geheim &amp;herstellen</translation>
    </message>
    <message>
        <source>&amp;Purge secret…</source>
        <translation>Geheim &amp;definitief verwijderen…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>Copy the value to the clipboard; it is cleared again after the time set in the settings</source>
        <translation>De waarde naar het klembord kopiëren; het wordt weer gewist na de tijd uit de instellingen</translation>
    </message>
</context>
<context>
    <name>kluis::ui::SecretDetailsPanel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>&amp;Tonen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versie:</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Content type:</source>
        <translation>Inhoudstype:</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Inhoudstype</translation>
    </message>
    <message>
        <source>Enabled:</source>
        <translation>Ingeschakeld:</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Ingeschakeld</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Activation date:</source>
        <translation>Activeringsdatum:</translation>
    </message>
    <message>
        <source>Activation date</source>
        <translation>Activeringsdatum</translation>
    </message>
    <message>
        <source>Expiration date:</source>
        <translation>Vervaldatum:</translation>
    </message>
    <message>
        <source>Expiration date</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Gemaakt:</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Bijgewerkt:</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <source>Recovery level:</source>
        <translation>Herstelniveau:</translation>
    </message>
    <message>
        <source>Recovery level</source>
        <translation>Herstelniveau</translation>
    </message>
    <message>
        <source>Deleted; purged on:</source>
        <translation>Verwijderd; opgeschoond op:</translation>
    </message>
    <message>
        <source>Purge date</source>
        <translation>Opschoondatum</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Copy the identifier</source>
        <translation>De id kopiëren</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Hidden; press Reveal to fetch it</source>
        <translation>Verborgen; druk op Tonen om de waarde op te halen</translation>
    </message>
    <message>
        <source>Reveal the value</source>
        <translation>De waarde tonen</translation>
    </message>
    <message>
        <source>Identifier:</source>
        <translation>Id:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Waarde:</translation>
    </message>
    <message>
        <source>latest</source>
        <translation>nieuwste</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Verbergen</translation>
    </message>
    <message>
        <source>%1 (%2 days)</source>
        <translation>%1 (%2 dagen)</translation>
    </message>
</context>
<context>
    <name>kluis::ui::SecretEditDialog</name>
    <message>
        <source>New secret</source>
        <translation>Nieuw geheim</translation>
    </message>
    <message>
        <source>Edit secret %1</source>
        <translation>Geheim %1 bewerken</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Leave empty to keep the current value</source>
        <translation>Leeg laten om de huidige waarde te houden</translation>
    </message>
    <message>
        <source>The secret value</source>
        <translation>De waarde van het geheim</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Inhoudstype</translation>
    </message>
    <message>
        <source>for example text/plain</source>
        <translation>bijvoorbeeld text/plain</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Ingeschakeld</translation>
    </message>
    <message>
        <source>Activation date</source>
        <translation>Activeringsdatum</translation>
    </message>
    <message>
        <source>Expiration date</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Tag toevoegen</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Tag verwijderen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>O&amp;pslaan</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Maken</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Waarde:</translation>
    </message>
    <message>
        <source>Content &amp;type:</source>
        <translation>Inhouds&amp;type:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Ta&amp;gs:</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Voer een naam in.</translation>
    </message>
    <message>
        <source>A name has 1 to 127 characters: letters, digits and dashes (-).</source>
        <translation>Een naam heeft 1 tot 127 tekens: letters, cijfers en streepjes (-).</translation>
    </message>
    <message>
        <source>Enter a value.</source>
        <translation>Voer een waarde in.</translation>
    </message>
    <message>
        <source>The value is %1 KB; Key Vault accepts at most 25 KB.</source>
        <translation>De waarde is %1 KB; Key Vault accepteert maximaal 25 KB.</translation>
    </message>
    <message numerus="yes">
        <source>Key Vault accepts at most %n tags.</source>
        <translation>
            <numerusform>Key Vault accepteert maximaal %n tag.</numerusform>
            <numerusform>Key Vault accepteert maximaal %n tags.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every tag needs a name.</source>
        <translation>Elke tag heeft een naam nodig.</translation>
    </message>
    <message>
        <source>A tag name has at most 512 characters.</source>
        <translation>Een tagnaam heeft maximaal 512 tekens.</translation>
    </message>
    <message>
        <source>A tag value has at most 256 characters.</source>
        <translation>Een tagwaarde heeft maximaal 256 tekens.</translation>
    </message>
</context>
<context>
    <name>kluis::ui::SecretListPane</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Filter by name, content type or tag</source>
        <translation>Filteren op naam, inhoudstype of tag</translation>
    </message>
    <message>
        <source>Filter deleted secrets</source>
        <translation>Verwijderde geheimen filteren</translation>
    </message>
    <message>
        <source>Filter secrets</source>
        <translation>Geheimen filteren</translation>
    </message>
    <message>
        <source>Deleted secrets</source>
        <translation>Verwijderde geheimen</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Geheimen</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Laden</translation>
    </message>
    <message>
        <source>List status</source>
        <translation>Lijststatus</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Laden annuleren</translation>
    </message>
    <message>
        <source>Loading failed.</source>
        <translation>Laden mislukt.</translation>
    </message>
    <message numerus="yes">
        <source>Loading… %n item(s) so far</source>
        <translation>
            <numerusform>Laden… tot nu toe %n item</numerusform>
            <numerusform>Laden… tot nu toe %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n item(s).</source>
        <translation>
            <numerusform>Gestopt na %n item.</numerusform>
            <numerusform>Gestopt na %n items.</numerusform>
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
            <numerusform>(%n getoond)</numerusform>
            <numerusform>(%n getoond)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kluis::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nooit</translation>
    </message>
    <message>
        <source>Clear the clipboard after</source>
        <translation>Klembord wissen na</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systeemtaal</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>Toepassings-id (client-id)</translation>
    </message>
    <message>
        <source>Kluis&apos;s own registration</source>
        <translation>De eigen registratie van Kluis</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>System proxy settings</source>
        <translation>Proxy-instellingen van het systeem</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Geen proxy</translation>
    </message>
    <message>
        <source>Manual proxy</source>
        <translation>Handmatige proxy</translation>
    </message>
    <message>
        <source>Proxy server</source>
        <translation>Proxyserver</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Proxypoort</translation>
    </message>
    <message>
        <source>Extra CA file</source>
        <translation>Extra CA-bestand</translation>
    </message>
    <message>
        <source>PEM file, for a TLS-inspecting proxy</source>
        <translation>PEM-bestand, voor een proxy die TLS inspecteert</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <source>Choose the extra CA file</source>
        <translation>Het extra CA-bestand kiezen</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificaten (*.pem *.crt *.cer);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>Clear the &amp;clipboard after:</source>
        <translation>&amp;Klembord wissen na:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>A new language applies when Kluis starts again.</source>
        <translation>Een nieuwe taal geldt zodra Kluis opnieuw start.</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>Application (client) &amp;ID:</source>
        <translation>Toepassings-&amp;id (client-id):</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Poort:</translation>
    </message>
    <message>
        <source>Proxy &amp;server:</source>
        <translation>Proxy&amp;server:</translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation>Extra &amp;CA-bestand:</translation>
    </message>
</context>
<context>
    <name>kluis::ui::VaultNavigator</name>
    <message>
        <source>Filter vaults</source>
        <translation>Sleutelkluizen filteren</translation>
    </message>
    <message>
        <source>Vaults</source>
        <translation>Sleutelkluizen</translation>
    </message>
    <message>
        <source>Key vaults</source>
        <translation>Sleutelkluizen</translation>
    </message>
</context>
<context>
    <name>kluis::ui::VaultNavigatorModel</name>
    <message>
        <source>%1
Attached by URL</source>
        <translation>%1
Gekoppeld via URL</translation>
    </message>
    <message>
        <source>%1
Subscription: %2
Resource group: %3</source>
        <translation>%1
Abonnement: %2
Resourcegroep: %3</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favoriet</translation>
    </message>
</context>
<context>
    <name>kluis::ui::VaultPane</name>
    <message>
        <source>Choose a vault on the left.

No vaults yet? Use File → Attach local emulator… or File → Attach vault by URL…</source>
        <translation>Kies links een sleutelkluis.

Nog geen sleutelkluizen? Gebruik Bestand → Lokale emulator koppelen… of Bestand → Sleutelkluis koppelen via URL…</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Sleutelkluis</translation>
    </message>
    <message>
        <source>Vault contents</source>
        <translation>Inhoud van de sleutelkluis</translation>
    </message>
    <message>
        <source>&amp;Secrets</source>
        <translation>&amp;Geheimen</translation>
    </message>
    <message>
        <source>De&amp;leted</source>
        <translation>Ver&amp;wijderd</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
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
