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
    <message>
        <source>The vault&apos;s network rules were not read from Resource Manager; nothing was written.</source>
        <translation>De netwerkregels van de kluis zijn niet uit Resource Manager gelezen; er is niets weggeschreven.</translation>
    </message>
    <message>
        <source>Resource Manager sent a role assignment that is not JSON.</source>
        <translation>Resource Manager stuurde een roltoewijzing die geen JSON is.</translation>
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
    <message>
        <source>%1 is not a PKCS#12 (PFX) file.</source>
        <translation>%1 is geen PKCS#12-bestand (PFX).</translation>
    </message>
    <message>
        <source>Cannot open %1: wrong password or damaged PFX file.</source>
        <translation>Kan %1 niet openen: verkeerd wachtwoord of beschadigd PFX-bestand.</translation>
    </message>
    <message>
        <source>%1 does not hold an RSA private key and its certificate.</source>
        <translation>%1 bevat geen persoonlijke RSA-sleutel met certificaat.</translation>
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
    <message>
        <source>&quot;%1&quot; is not a tenant: give a tenant id or domain name.</source>
        <translation>&quot;%1&quot; is geen tenant: geef een tenant-id of domeinnaam op.</translation>
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
    <message>
        <source>The sign-in service gave a sign-in page that is not an https address (%1); it is not shown.</source>
        <translation>De aanmeldservice gaf een aanmeldpagina die geen https-adres is (%1); die wordt niet getoond.</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>Every endpoint answered and the vault can be listed.</source>
        <translation>Alle eindpunten hebben geantwoord en de inhoud van de kluis kan worden weergegeven.</translation>
    </message>
    <message>
        <source>A host name Kluis needs does not resolve: DNS has no answer for it.</source>
        <translation>Een hostnaam die Kluis nodig heeft, wordt niet omgezet: DNS geeft er geen antwoord op.</translation>
    </message>
    <message>
        <source>The vault&apos;s name resolves to a private endpoint address that this machine cannot reach.</source>
        <translation>De naam van de kluis wordt omgezet naar het adres van een privé-eindpunt dat deze computer niet kan bereiken.</translation>
    </message>
    <message>
        <source>A network firewall drops the connection to an endpoint Kluis needs: the connection times out.</source>
        <translation>Een netwerkfirewall laat de verbinding met een eindpunt dat Kluis nodig heeft vallen: er treedt een time-out op.</translation>
    </message>
    <message>
        <source>The connection to an endpoint Kluis needs is refused: nothing listens there, or a firewall rejects it.</source>
        <translation>De verbinding met een eindpunt dat Kluis nodig heeft, wordt geweigerd: daar luistert niets, of een firewall weigert de verbinding.</translation>
    </message>
    <message>
        <source>The endpoint presents a certificate this machine does not trust, usually from a proxy that inspects TLS.</source>
        <translation>Het eindpunt toont een certificaat dat deze computer niet vertrouwt, meestal van een proxy die TLS inspecteert.</translation>
    </message>
    <message>
        <source>This network only lets traffic out through a proxy, and Kluis cannot reach one.</source>
        <translation>Dit netwerk laat uitgaand verkeer alleen via een proxy door, en Kluis kan er geen bereiken.</translation>
    </message>
    <message>
        <source>The proxy refuses the connection to an endpoint Kluis needs.</source>
        <translation>De proxy weigert de verbinding met een eindpunt dat Kluis nodig heeft.</translation>
    </message>
    <message>
        <source>The proxy asks for credentials before it lets Kluis through.</source>
        <translation>De proxy vraagt om referenties voordat Kluis wordt doorgelaten.</translation>
    </message>
    <message>
        <source>The vault&apos;s firewall does not admit the address the vault sees for this machine.</source>
        <translation>De firewall van de kluis laat het adres niet toe dat de kluis voor deze computer ziet.</translation>
    </message>
    <message>
        <source>The vault has public network access disabled: only its private endpoints are admitted.</source>
        <translation>Bij de kluis is openbare netwerktoegang uitgeschakeld: alleen de privé-eindpunten worden toegelaten.</translation>
    </message>
    <message>
        <source>The network lets you through, but your account lacks the permission (access policy or role) for this operation.</source>
        <translation>Het netwerk laat u door, maar uw account heeft niet de machtiging (toegangsbeleid of rol) voor deze bewerking.</translation>
    </message>
    <message>
        <source>Signing in failed or the vault refused the token.</source>
        <translation>Aanmelden is mislukt of de kluis heeft het token geweigerd.</translation>
    </message>
    <message>
        <source>The token comes from another tenant than the vault&apos;s.</source>
        <translation>Het token komt van een andere tenant dan die van de kluis.</translation>
    </message>
    <message>
        <source>The vault is throttling requests: too many were sent in a short time.</source>
        <translation>De kluis beperkt het aantal verzoeken: er zijn te veel verzoeken in korte tijd verstuurd.</translation>
    </message>
    <message>
        <source>The service failed on its side; the network path looks fine.</source>
        <translation>Er is aan de kant van de service iets misgegaan; het netwerkpad lijkt in orde.</translation>
    </message>
    <message>
        <source>Diagnosis of %1</source>
        <translation>Diagnose van %1</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Eindpunt</translation>
    </message>
    <message>
        <source>Address the vault sees</source>
        <translation>Adres dat de kluis ziet</translation>
    </message>
    <message>
        <source>Behind NAT</source>
        <translation>Achter NAT</translation>
    </message>
    <message>
        <source>yes: the vault sees another address than this machine&apos;s own</source>
        <translation>ja: de kluis ziet een ander adres dan dat van deze computer</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>This machine&apos;s addresses</source>
        <translation>Adressen van deze computer</translation>
    </message>
    <message>
        <source>Certificate issuer</source>
        <translation>Certificaatverlener</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Machtiging</translation>
    </message>
    <message>
        <source>Failed call</source>
        <translation>Mislukte aanroep</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Verzoek-id</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestart</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Eindpunten</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <source>The vault&apos;s network rules</source>
        <translation>Netwerkregels van de kluis</translation>
    </message>
    <message>
        <source>Public network access</source>
        <translation>Openbare netwerktoegang</translation>
    </message>
    <message>
        <source>Default action</source>
        <translation>Standaardactie</translation>
    </message>
    <message>
        <source>Bypass</source>
        <translation>Uitzondering</translation>
    </message>
    <message>
        <source>IP rules</source>
        <translation>IP-regels</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Virtual network rules</source>
        <translation>Regels voor virtuele netwerken</translation>
    </message>
    <message>
        <source>Private endpoints</source>
        <translation>Privé-eindpunten</translation>
    </message>
    <message>
        <source>An IP rule covers %1</source>
        <translation>Een IP-regel dekt %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Resource Manager could not be read: %1</source>
        <translation>Resource Manager kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>Not read.</source>
        <translation>Niet gelezen.</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Wat te doen</translation>
    </message>
    <message>
        <source>Allow-list for the network team</source>
        <translation>Acceptatielijst voor het netwerkteam</translation>
    </message>
    <message>
        <source>Ask the network team to allow these endpoints</source>
        <translation>Vraag het netwerkteam deze eindpunten toe te staan</translation>
    </message>
    <message>
        <source>Blocked: %1. Everything this cloud needs: %2.</source>
        <translation>Geblokkeerd: %1. Alles wat deze cloud nodig heeft: %2.</translation>
    </message>
    <message>
        <source> Vault IP rules take public IPv4 addresses only: a private address means a virtual network rule or a private endpoint is needed instead.</source>
        <translation> IP-regels van een kluis accepteren alleen openbare IPv4-adressen: bij een privéadres is in plaats daarvan een regel voor een virtueel netwerk of een privé-eindpunt nodig.</translation>
    </message>
    <message>
        <source>Add my address to the vault&apos;s firewall</source>
        <translation>Mijn adres toevoegen aan de firewall van de kluis</translation>
    </message>
    <message>
        <source>Add an IP rule for %1, the address the vault sees (not necessarily this machine&apos;s own).%2</source>
        <translation>Voeg een IP-regel toe voor %1, het adres dat de kluis ziet (niet per se het eigen adres van deze computer).%2</translation>
    </message>
    <message>
        <source>Add my address for a while</source>
        <translation>Mijn adres tijdelijk toevoegen</translation>
    </message>
    <message>
        <source>Add an IP rule for %1 and remove it again after the chosen time.%2</source>
        <translation>Voeg een IP-regel toe voor %1 en verwijder die weer na de gekozen tijd.%2</translation>
    </message>
    <message>
        <source>Or let every address through</source>
        <translation>Of elk adres doorlaten</translation>
    </message>
    <message>
        <source>Setting the firewall&apos;s default action to Allow admits every address; public network access must be Enabled as well. The two gates are independent: opening one alone may not help.</source>
        <translation>Als u de standaardactie van de firewall op Toestaan zet, wordt elk adres toegelaten; openbare netwerktoegang moet dan ook Ingeschakeld zijn. De twee controles staan los van elkaar: alleen de ene openen helpt mogelijk niet.</translation>
    </message>
    <message>
        <source>Enable public network access</source>
        <translation>Openbare netwerktoegang inschakelen</translation>
    </message>
    <message>
        <source>Public network access is Disabled, so only private endpoints are admitted. Enabling it is not enough by itself: with the default action Deny (the default for new vaults) your address also needs an IP rule.</source>
        <translation>Openbare netwerktoegang is Uitgeschakeld, dus alleen privé-eindpunten worden toegelaten. Alleen inschakelen is niet genoeg: met de standaardactie Weigeren (de standaard voor nieuwe kluizen) heeft uw adres ook een IP-regel nodig.</translation>
    </message>
    <message>
        <source>Check DNS</source>
        <translation>DNS controleren</translation>
    </message>
    <message>
        <source>%1 has no DNS answer. Check the DNS server this machine uses, and the private DNS zone when the vault has a private endpoint.</source>
        <translation>%1 geeft geen DNS-antwoord. Controleer de DNS-server die deze computer gebruikt, en de privé-DNS-zone als de kluis een privé-eindpunt heeft.</translation>
    </message>
    <message>
        <source>Reach the private endpoint, or fix DNS</source>
        <translation>Het privé-eindpunt bereiken, of DNS corrigeren</translation>
    </message>
    <message>
        <source>%1 resolves to a private endpoint address. Connect to the private network (VPN) it lives in, or remove the privatelink entry from the DNS this machine uses to go the public way.</source>
        <translation>%1 wordt omgezet naar het adres van een privé-eindpunt. Maak verbinding met het privénetwerk (VPN) waarin het zich bevindt, of verwijder de privatelink-vermelding uit de DNS die deze computer gebruikt om via de openbare route te gaan.</translation>
    </message>
    <message>
        <source>Trust the proxy&apos;s certificate authority</source>
        <translation>De certificeringsinstantie van de proxy vertrouwen</translation>
    </message>
    <message>
        <source>%1 presented a certificate issued by &quot;%2&quot;, which this machine does not trust. When that is your organisation&apos;s TLS-inspecting proxy, install its CA certificate in the system&apos;s trust store, or ask for %1 to be excluded from inspection.</source>
        <translation>%1 toonde een certificaat uitgegeven door &quot;%2&quot;, dat deze computer niet vertrouwt. Als dat de TLS-inspecterende proxy van uw organisatie is, installeert u het CA-certificaat ervan in het vertrouwensarchief van het systeem, of vraagt u om %1 uit te sluiten van inspectie.</translation>
    </message>
    <message>
        <source>Configure the proxy</source>
        <translation>De proxy configureren</translation>
    </message>
    <message>
        <source>Traffic to %1 does not get out directly and no proxy answers. Set the proxy your organisation uses (system settings or HTTPS_PROXY).</source>
        <translation>Verkeer naar %1 komt niet rechtstreeks naar buiten en er antwoordt geen proxy. Stel de proxy in die uw organisatie gebruikt (systeeminstellingen of HTTPS_PROXY).</translation>
    </message>
    <message>
        <source>Give the proxy your credentials</source>
        <translation>Uw referenties aan de proxy geven</translation>
    </message>
    <message>
        <source>The proxy answered 407 for %1: set a user name and password for it, or ask for the endpoints to be allowed without authentication.</source>
        <translation>De proxy antwoordde 407 voor %1: stel er een gebruikersnaam en wachtwoord voor in, of vraag om de eindpunten zonder verificatie toe te staan.</translation>
    </message>
    <message>
        <source>Or go through a private endpoint</source>
        <translation>Of via een privé-eindpunt gaan</translation>
    </message>
    <message>
        <source>The vault has no private endpoint connection.</source>
        <translation>De kluis heeft geen privé-eindpuntverbinding.</translation>
    </message>
    <message>
        <source>Connect from the network of a private endpoint, with its privatelink DNS zone: %1.</source>
        <translation>Maak verbinding vanuit het netwerk van een privé-eindpunt, met de bijbehorende privatelink-DNS-zone: %1.</translation>
    </message>
    <message>
        <source>Ask for the permission</source>
        <translation>Om de machtiging vragen</translation>
    </message>
    <message>
        <source>This is not a firewall problem: the vault admitted the connection but your account has no access policy or role for it. Ask the vault&apos;s owner for one.</source>
        <translation>Dit is geen firewallprobleem: de kluis heeft de verbinding toegelaten, maar uw account heeft er geen toegangsbeleid of rol voor. Vraag de eigenaar van de kluis erom.</translation>
    </message>
    <message>
        <source>This is not a firewall problem: ask the vault&apos;s owner to grant &quot;%1&quot; (an access policy entry or an RBAC role that includes it).</source>
        <translation>Dit is geen firewallprobleem: vraag de eigenaar van de kluis om &quot;%1&quot; te verlenen (een vermelding in het toegangsbeleid of een RBAC-rol die deze machtiging bevat).</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Opnieuw aanmelden</translation>
    </message>
    <message>
        <source>Sign in to the vault&apos;s own tenant: the token was issued by another one.</source>
        <translation>Meld u aan bij de tenant van de kluis zelf: het token is door een andere tenant uitgegeven.</translation>
    </message>
    <message>
        <source>Sign in again, with an account that may use this vault.</source>
        <translation>Meld u opnieuw aan, met een account dat deze kluis mag gebruiken.</translation>
    </message>
    <message>
        <source>Wait and try again</source>
        <translation>Wachten en opnieuw proberen</translation>
    </message>
    <message>
        <source>Key Vault limits requests per vault per 10 seconds; wait a little and retry.</source>
        <translation>Key Vault beperkt het aantal verzoeken per kluis per 10 seconden; wacht even en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The service failed on its side; retry later, quoting the request id if it persists.</source>
        <translation>Er is aan de kant van de service iets misgegaan; probeer het later opnieuw en vermeld de verzoek-id als het probleem blijft.</translation>
    </message>
    <message>
        <source>Not signed in: Resource Manager was not asked.</source>
        <translation>Niet aangemeld: Resource Manager is niet geraadpleegd.</translation>
    </message>
    <message>
        <source>The vault %1 is in none of your subscriptions.</source>
        <translation>De kluis %1 staat in geen van uw abonnementen.</translation>
    </message>
    <message>
        <source>Resource Manager did not answer in time.</source>
        <translation>Resource Manager heeft niet op tijd geantwoord.</translation>
    </message>
    <message>
        <source>Missing data action</source>
        <translation>Ontbrekende gegevensactie</translation>
    </message>
    <message>
        <source>Least-privileged built-in role</source>
        <translation>Ingebouwde rol met de minste bevoegdheden</translation>
    </message>
    <message>
        <source>This is not a firewall problem: the vault decides by Azure RBAC and no role of yours grants %1. The least-privileged built-in role that does is &quot;%2&quot;; ask for it at the vault&apos;s scope (Access control (IAM)). Role changes take a few minutes to apply.</source>
        <translation>Dit is geen firewallprobleem: de kluis beslist via Azure RBAC en geen van uw rollen verleent %1. De ingebouwde rol met de minste bevoegdheden die dat wel doet is &quot;%2&quot;; vraag deze aan op het bereik van de kluis (Toegangsbeheer (IAM)). Het duurt enkele minuten voordat rolwijzigingen van kracht zijn.</translation>
    </message>
    <message>
        <source>This is not a firewall problem: the vault decides by access policies and yours lacks the %1 permission. Ask the vault&apos;s owner for an access policy entry with it (on Azure RBAC the role &quot;%2&quot; grants the same).</source>
        <translation>Dit is geen firewallprobleem: de kluis beslist via toegangsbeleid en het uwe mist de machtiging %1. Vraag de eigenaar van de kluis om een vermelding in het toegangsbeleid met die machtiging (bij Azure RBAC verleent de rol &quot;%2&quot; hetzelfde).</translation>
    </message>
    <message>
        <source>The vault is in a network security perimeter in enforced mode, and the perimeter&apos;s inbound rules do not admit this machine; the vault&apos;s own firewall rules no longer count.</source>
        <translation>De kluis staat in een netwerkbeveiligingsperimeter in afgedwongen modus, en de regels voor binnenkomende toegang van de perimeter laten deze computer niet toe; de eigen firewallregels van de kluis tellen niet meer.</translation>
    </message>
    <message>
        <source>this machine&apos;s address</source>
        <translation>het adres van deze computer</translation>
    </message>
    <message>
        <source>Add an inbound access rule for %1 to profile %2 of network security perimeter %3 (Azure portal: Network security perimeters, %3, Profiles, %2, Inbound access rules), or ask the perimeter&apos;s owner to. The vault&apos;s IP rules do not help while the association is enforced.</source>
        <translation>Voeg een regel voor binnenkomende toegang voor %1 toe aan profiel %2 van netwerkbeveiligingsperimeter %3 (Azure Portal: Netwerkbeveiligingsperimeters, %3, Profielen, %2, Regels voor binnenkomende toegang), of vraag de eigenaar van de perimeter dat te doen. De IP-regels van de kluis helpen niet zolang de koppeling wordt afgedwongen.</translation>
    </message>
    <message>
        <source>It admits now: %1.</source>
        <translation>Nu toegelaten: %1.</translation>
    </message>
    <message>
        <source>Add an inbound access rule for %1 to the profile of the network security perimeter the vault is associated with. The vault&apos;s IP rules do not help while the association is enforced.</source>
        <translation>Voeg een regel voor binnenkomende toegang voor %1 toe aan het profiel van de netwerkbeveiligingsperimeter waaraan de kluis is gekoppeld. De IP-regels van de kluis helpen niet zolang de koppeling wordt afgedwongen.</translation>
    </message>
    <message>
        <source>Admit this address in the perimeter&apos;s inbound rules</source>
        <translation>Dit adres toelaten in de regels voor binnenkomende toegang van de perimeter</translation>
    </message>
</context>
<context>
    <name>EndpointProber</name>
    <message>
        <source>Not probed: stands for every vault of the cloud.</source>
        <translation>Niet getest: vertegenwoordigt alle kluizen van de cloud.</translation>
    </message>
    <message>
        <source>DNS not asked: .localhost names are loopback (RFC 6761), %1</source>
        <translation>DNS niet geraadpleegd: .localhost-namen zijn loopback (RFC 6761), %1</translation>
    </message>
    <message>
        <source>DNS not asked: the cloud file maps %1 to %2</source>
        <translation>DNS niet geraadpleegd: het cloudbestand wijst %1 toe aan %2</translation>
    </message>
    <message>
        <source>CNAME %1</source>
        <translation>CNAME %1</translation>
    </message>
    <message>
        <source>resolves to %1</source>
        <translation>wordt omgezet naar %1</translation>
    </message>
    <message>
        <source>no DNS answer for %1</source>
        <translation>geen DNS-antwoord voor %1</translation>
    </message>
    <message>
        <source>no DNS answer here; the proxy resolves names itself</source>
        <translation>hier geen DNS-antwoord; de proxy zet namen zelf om</translation>
    </message>
    <message>
        <source>a privatelink alias: the vault has a private endpoint</source>
        <translation>een privatelink-alias: de kluis heeft een privé-eindpunt</translation>
    </message>
    <message>
        <source>the proxy %1 does not answer (%2)</source>
        <translation>de proxy %1 antwoordt niet (%2)</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>time-out</translation>
    </message>
    <message>
        <source>TCP to %1 fails (%2); the system names the proxy %3, which Kluis does not use</source>
        <translation>TCP naar %1 mislukt (%2); het systeem noemt de proxy %3, die Kluis niet gebruikt</translation>
    </message>
    <message>
        <source>TCP to the private address %1 failed</source>
        <translation>TCP naar het privéadres %1 is mislukt</translation>
    </message>
    <message>
        <source>TCP to %1: no answer within %2 s</source>
        <translation>TCP naar %1: geen antwoord binnen %2 s</translation>
    </message>
    <message>
        <source>TCP to %1: %2</source>
        <translation>TCP naar %1: %2</translation>
    </message>
    <message>
        <source>TCP to %1 connects</source>
        <translation>TCP naar %1 maakt verbinding</translation>
    </message>
    <message>
        <source>the proxy %1 does not open %2: %3</source>
        <translation>de proxy %1 opent %2 niet: %3</translation>
    </message>
    <message>
        <source>the proxy %1 opens %2</source>
        <translation>de proxy %1 opent %2</translation>
    </message>
    <message>
        <source>TLS verified, certificate from %1</source>
        <translation>TLS geverifieerd, certificaat van %1</translation>
    </message>
    <message>
        <source>TLS not trusted: certificate for &quot;%1&quot; from &quot;%2&quot; (%3)</source>
        <translation>TLS niet vertrouwd: certificaat voor &quot;%1&quot; van &quot;%2&quot; (%3)</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>geen antwoord</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>TLS-handshake mislukt: %1</translation>
    </message>
    <message>
        <source>GET /healthstatus: %1</source>
        <translation>GET /healthstatus: %1</translation>
    </message>
    <message>
        <source>GET /healthstatus: %1 without x-ms-keyvault-network-info: not Key Vault but something in between (a proxy or a portal)</source>
        <translation>GET /healthstatus: %1 zonder x-ms-keyvault-network-info: niet Key Vault maar iets ertussen (een proxy of een portal)</translation>
    </message>
    <message>
        <source>GET /healthstatus: %1 from Key Vault, which sees this client as %2</source>
        <translation>GET /healthstatus: %1 van Key Vault, dat deze client ziet als %2</translation>
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
    <message>
        <source>The vault sent a signature without a value.</source>
        <translation>De kluis stuurde een handtekening zonder waarde.</translation>
    </message>
    <message>
        <source>The certificate %1 is still being created; look again later.</source>
        <translation>Het certificaat %1 wordt nog gemaakt; kijk later opnieuw.</translation>
    </message>
    <message>
        <source>Creating the certificate %1 ended as %2: %3</source>
        <translation>Het maken van het certificaat %1 eindigde als %2: %3</translation>
    </message>
</context>
<context>
    <name>KeychainStore</name>
    <message>
        <source>The keychain refused the request: %1</source>
        <translation>De sleutelhanger heeft de aanvraag geweigerd: %1</translation>
    </message>
</context>
<context>
    <name>PagingGuard</name>
    <message numerus="yes">
        <source>%1 kept answering with pages that lead nowhere: a next link pointed back to a page already read. The listing was stopped after %n page(s).</source>
        <translation>
            <numerusform>%1 bleef antwoorden met pagina&apos;s die nergens heen leiden: een volgende-paginalink wees terug naar een pagina die al was gelezen. Het ophalen van de lijst is na %n pagina gestopt.</numerusform>
            <numerusform>%1 bleef antwoorden met pagina&apos;s die nergens heen leiden: een volgende-paginalink wees terug naar een pagina die al was gelezen. Het ophalen van de lijst is na %n pagina&apos;s gestopt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 kept answering with pages that lead nowhere: %n empty pages in a row, each with a next link. The listing was stopped.</source>
        <translation>
            <numerusform>%1 bleef antwoorden met pagina&apos;s die nergens heen leiden: %n lege pagina achter elkaar, elk met een volgende-paginalink. Het ophalen van de lijst is gestopt.</numerusform>
            <numerusform>%1 bleef antwoorden met pagina&apos;s die nergens heen leiden: %n lege pagina&apos;s achter elkaar, elk met een volgende-paginalink. Het ophalen van de lijst is gestopt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 kept answering with more pages; the listing was stopped after %n pages, the most Kluis reads in one listing.</source>
        <translation>
            <numerusform>%1 bleef antwoorden met meer pagina&apos;s; het ophalen van de lijst is gestopt na %n pagina, het maximum dat Kluis in één lijst leest.</numerusform>
            <numerusform>%1 bleef antwoorden met meer pagina&apos;s; het ophalen van de lijst is gestopt na %n pagina&apos;s, het maximum dat Kluis in één lijst leest.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RuleChangeLog</name>
    <message>
        <source>The firewall journal %1 is damaged (%2).</source>
        <translation>Het firewalllogboek %1 is beschadigd (%2).</translation>
    </message>
    <message>
        <source>Another Kluis holds the firewall journal %1.</source>
        <translation>Een andere Kluis houdt het firewalllogboek %1 vast.</translation>
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
    <name>VaultAccess</name>
    <message>
        <source>Not signed in.</source>
        <translation>Niet aangemeld.</translation>
    </message>
    <message>
        <source>The sign-in returned a token without an identity.</source>
        <translation>De aanmelding gaf een token zonder identiteit.</translation>
    </message>
    <message>
        <source>The vault %1 is in none of your subscriptions.</source>
        <translation>De kluis %1 staat in geen van uw abonnementen.</translation>
    </message>
    <message>
        <source>%1 is not a built-in Key Vault role.</source>
        <translation>%1 is geen ingebouwde Key Vault-rol.</translation>
    </message>
    <message>
        <source>%1 holds no %2 assignment on the vault itself (an inherited one is removed where it was made).</source>
        <translation>%1 heeft geen toewijzing van %2 op de kluis zelf (een overgenomen toewijzing wordt verwijderd waar ze is gemaakt).</translation>
    </message>
</context>
<context>
    <name>kluis::core::AccountStore</name>
    <message>
        <source>Unknown cloud %1.</source>
        <translation>Onbekende cloud %1.</translation>
    </message>
    <message>
        <source>Choose the application (client) id to sign in with.</source>
        <translation>Kies de toepassings-id (client-id) waarmee u zich aanmeldt.</translation>
    </message>
    <message>
        <source>Choose the tenant to sign in to.</source>
        <translation>Kies de tenant waarbij u zich aanmeldt.</translation>
    </message>
    <message>
        <source>This account does not sign in as a user.</source>
        <translation>Dit account meldt zich niet aan als gebruiker.</translation>
    </message>
    <message>
        <source>A service principal needs its client id and secret.</source>
        <translation>Een service-principal heeft een client-id en geheim nodig.</translation>
    </message>
    <message>
        <source>The keychain holds no secret for %1; add the account again.</source>
        <translation>De sleutelhanger bevat geen geheim voor %1; voeg het account opnieuw toe.</translation>
    </message>
    <message>
        <source>Unknown kind of account.</source>
        <translation>Onbekend soort account.</translation>
    </message>
</context>
<context>
    <name>kluis::core::AccountTreeModel</name>
    <message>
        <source>Attached vaults</source>
        <translation>Gekoppelde sleutelkluizen</translation>
    </message>
    <message>
        <source>%1 (loading…)</source>
        <translation>%1 (laden…)</translation>
    </message>
    <message>
        <source>%1 (failed)</source>
        <translation>%1 (mislukt)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favorieten</translation>
    </message>
</context>
<context>
    <name>kluis::core::AzureCliCredential</name>
    <message>
        <source>Azure CLI login</source>
        <translation>Azure CLI-aanmelding</translation>
    </message>
    <message>
        <source>Azure CLI login in tenant %1</source>
        <translation>Azure CLI-aanmelding in tenant %1</translation>
    </message>
    <message>
        <source>The Azure CLI did not answer with an access token.</source>
        <translation>De Azure CLI antwoordde niet met een toegangstoken.</translation>
    </message>
    <message>
        <source>The Azure CLI&apos;s token has no readable expiry.</source>
        <translation>Het token van de Azure CLI heeft geen leesbare vervaldatum.</translation>
    </message>
    <message>
        <source>The Azure CLI (az) is not installed or not on PATH; install it and run &quot;az login&quot;, or sign in another way.</source>
        <translation>De Azure CLI (az) is niet geïnstalleerd of staat niet in PATH; installeer deze en voer &quot;az login&quot; uit, of meld u op een andere manier aan.</translation>
    </message>
    <message>
        <source>The Azure CLI takes exactly one plain scope and tenant.</source>
        <translation>De Azure CLI accepteert precies één eenvoudig bereik en één tenant.</translation>
    </message>
    <message>
        <source>The Azure CLI could not be started: %1</source>
        <translation>De Azure CLI kon niet worden gestart: %1</translation>
    </message>
    <message>
        <source>The Azure CLI did not answer within %1 s.</source>
        <translation>De Azure CLI antwoordde niet binnen %1 s.</translation>
    </message>
    <message>
        <source>The Azure CLI is not signed in; run &quot;az login&quot;%1.</source>
        <translation>De Azure CLI is niet aangemeld; voer &quot;az login&quot;%1 uit.</translation>
    </message>
    <message>
        <source> --tenant %1</source>
        <translation> --tenant %1</translation>
    </message>
    <message>
        <source>The Azure CLI failed (exit code %1): %2</source>
        <translation>De Azure CLI is mislukt (afsluitcode %1): %2</translation>
    </message>
</context>
<context>
    <name>kluis::core::CertificateDownload</name>
    <message>
        <source>The vault sent the certificate without its data.</source>
        <translation>De kluis stuurde het certificaat zonder de gegevens ervan.</translation>
    </message>
    <message>
        <source>The private key of %1 is not exportable (its policy says so).</source>
        <translation>De persoonlijke sleutel van %1 kan niet worden geëxporteerd (volgens het beleid ervan).</translation>
    </message>
</context>
<context>
    <name>kluis::core::CertificateInfo</name>
    <message>
        <source>Server Authentication</source>
        <translation>Serververificatie</translation>
    </message>
    <message>
        <source>Client Authentication</source>
        <translation>Clientverificatie</translation>
    </message>
    <message>
        <source>Code Signing</source>
        <translation>Ondertekening van code</translation>
    </message>
    <message>
        <source>Secure Email</source>
        <translation>Beveiligde e-mail</translation>
    </message>
    <message>
        <source>Time Stamping</source>
        <translation>Tijdstempels</translation>
    </message>
    <message>
        <source>OCSP Signing</source>
        <translation>OCSP-ondertekening</translation>
    </message>
    <message>
        <source>Digital Signature</source>
        <translation>Digitale handtekening</translation>
    </message>
    <message>
        <source>Non-Repudiation</source>
        <translation>Onweerlegbaarheid</translation>
    </message>
    <message>
        <source>Key Encipherment</source>
        <translation>Sleutelversleuteling</translation>
    </message>
    <message>
        <source>Data Encipherment</source>
        <translation>Gegevensversleuteling</translation>
    </message>
    <message>
        <source>Key Agreement</source>
        <translation>Sleutelovereenkomst</translation>
    </message>
    <message>
        <source>Certificate Signing</source>
        <translation>Certificaatondertekening</translation>
    </message>
    <message>
        <source>CRL Signing</source>
        <translation>CRL-ondertekening</translation>
    </message>
    <message>
        <source>Encipher Only</source>
        <translation>Alleen versleutelen</translation>
    </message>
    <message>
        <source>Decipher Only</source>
        <translation>Alleen ontsleutelen</translation>
    </message>
    <message>
        <source>The data is not a DER-encoded X.509 certificate.</source>
        <translation>De gegevens zijn geen DER-gecodeerd X.509-certificaat.</translation>
    </message>
    <message>
        <source>The file holds no PEM certificate.</source>
        <translation>Het bestand bevat geen PEM-certificaat.</translation>
    </message>
</context>
<context>
    <name>kluis::core::CertificateListModel</name>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Thumbprint</source>
        <translation>Vingerafdruk</translation>
    </message>
</context>
<context>
    <name>kluis::core::FirewallRuleEditor</name>
    <message>
        <source>Resource Manager lists no vault at %1 for this account.</source>
        <translation>Resource Manager vermeldt voor dit account geen kluis op %1.</translation>
    </message>
    <message>
        <source>Resource Manager&apos;s answer for %1 holds no network rules (networkAcls), so Kluis changes nothing: writing them back could reset settings it did not see. Change the vault&apos;s firewall in the Azure portal or with the Azure CLI.</source>
        <translation>Het antwoord van Resource Manager voor %1 bevat geen netwerkregels (networkAcls), dus Kluis wijzigt niets: terugschrijven zou instellingen kunnen herstellen die Kluis niet heeft gezien. Wijzig de firewall van de kluis in Azure Portal of met de Azure CLI.</translation>
    </message>
    <message>
        <source>The rules could not be read back to check the change: %1</source>
        <translation>De regels konden niet opnieuw worden gelezen om de wijziging te controleren: %1</translation>
    </message>
    <message>
        <source>%1 was accepted, but the vault&apos;s rules no longer hold it: another change crossed this one. Check the vault&apos;s firewall.</source>
        <translation>%1 is geaccepteerd, maar staat niet meer in de regels van de kluis: een andere wijziging kruiste deze. Controleer de firewall van de kluis.</translation>
    </message>
    <message>
        <source>%1 was added, but these rules that were there before are gone now: %2. Another change crossed this one; check the vault&apos;s firewall.</source>
        <translation>%1 is toegevoegd, maar deze regels die er eerder stonden zijn nu weg: %2. Een andere wijziging kruiste deze; controleer de firewall van de kluis.</translation>
    </message>
    <message>
        <source>%1 is still in the rules of %2 after its removal: another change crossed this one.</source>
        <translation>%1 staat na het verwijderen nog in de regels van %2: een andere wijziging kruiste deze.</translation>
    </message>
    <message>
        <source>Removing %1 from %2, these rules went too: %3. Another change crossed this one; check the vault&apos;s firewall.</source>
        <translation>Bij het verwijderen van %1 uit %2 zijn ook deze regels verdwenen: %3. Een andere wijziging kruiste deze; controleer de firewall van de kluis.</translation>
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
    <message>
        <source>%1 (through the proxy %2)</source>
        <translation>%1 (via de proxy %2)</translation>
    </message>
    <message>
        <source>No connection to %1 within %2 s.</source>
        <translation>Geen verbinding met %1 binnen %2 s.</translation>
    </message>
    <message>
        <source>The answer from %1 is larger than %2 MB; it was cut off.</source>
        <translation>Het antwoord van %1 is groter dan %2 MB; het is afgekapt.</translation>
    </message>
    <message>
        <source>%1 asked for a token with the scope %2, which is not for the vault&apos;s own domain. No token was sent.</source>
        <translation>%1 vroeg om een token met het bereik %2, dat niet voor het eigen domein van de kluis is. Er is geen token verzonden.</translation>
    </message>
    <message>
        <source>%1 named %2 as its sign-in service, which is not the cloud&apos;s (%3). No token was sent.</source>
        <translation>%1 noemde %2 als aanmeldservice, maar dat is niet die van de cloud (%3). Er is geen token verzonden.</translation>
    </message>
    <message>
        <source>%1 named a tenant that is not a tenant id or domain name (%2). No token was sent.</source>
        <translation>%1 noemde een tenant die geen tenant-id of domeinnaam is (%2). Er is geen token verzonden.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost before the answer came. The change may have been made: look before you try again.</source>
        <translation>De verbinding met %1 is verbroken voordat het antwoord kwam. De wijziging is mogelijk toch doorgevoerd: kijk eerst voordat u het opnieuw probeert.</translation>
    </message>
    <message>
        <source>%1 asked to wait %2 s before trying again; Kluis does not wait that long. Try again later.</source>
        <translation>%1 vroeg %2 s te wachten voor een nieuwe poging; zo lang wacht Kluis niet. Probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>The list from %1 holds an item that is not an object (item %2).</source>
        <translation>De lijst van %1 bevat een item dat geen object is (item %2).</translation>
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
    <name>kluis::core::IpRuleCheck</name>
    <message>
        <source>%1 includes private addresses (RFC 1918), which Key Vault&apos;s firewall does not take: give the public address the vault sees.</source>
        <translation>%1 bevat privéadressen (RFC 1918), die de firewall van Key Vault niet accepteert: geef het openbare adres op dat de kluis ziet.</translation>
    </message>
    <message>
        <source>%1 is a private address (RFC 1918), which Key Vault&apos;s firewall does not take: give the public address the vault sees.</source>
        <translation>%1 is een privéadres (RFC 1918), dat de firewall van Key Vault niet accepteert: geef het openbare adres op dat de kluis ziet.</translation>
    </message>
    <message>
        <source>%1 is a loopback address: the vault never sees a caller from it.</source>
        <translation>%1 is een loopbackadres: de kluis ziet nooit een aanroeper vanaf dit adres.</translation>
    </message>
    <message>
        <source>%1 is a link-local address: the vault never sees a caller from it.</source>
        <translation>%1 is een link-local adres: de kluis ziet nooit een aanroeper vanaf dit adres.</translation>
    </message>
    <message>
        <source>%1 is in the carrier-grade NAT range 100.64.0.0/10: the vault sees the provider&apos;s public address instead.</source>
        <translation>%1 valt in het carrier-grade NAT-bereik 100.64.0.0/10: de kluis ziet in plaats daarvan het openbare adres van de provider.</translation>
    </message>
    <message>
        <source>%1 is a multicast address, not a caller&apos;s address.</source>
        <translation>%1 is een multicastadres, niet het adres van een aanroeper.</translation>
    </message>
    <message>
        <source>%1 is in a reserved range that is not used on the internet.</source>
        <translation>%1 valt in een gereserveerd bereik dat niet op internet wordt gebruikt.</translation>
    </message>
    <message>
        <source>%1 is an IPv6 address; Key Vault&apos;s firewall takes IPv4 addresses and ranges only.</source>
        <translation>%1 is een IPv6-adres; de firewall van Key Vault accepteert alleen IPv4-adressen en -bereiken.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address or range.</source>
        <translation>&quot;%1&quot; is geen IPv4-adres of -bereik.</translation>
    </message>
    <message>
        <source>Key Vault does not take /31 ranges: add %1 and %2 as single addresses.</source>
        <translation>Key Vault accepteert geen /31-bereiken: voeg %1 en %2 toe als afzonderlijke adressen.</translation>
    </message>
    <message>
        <source>The vault&apos;s firewall already has the rule %1.</source>
        <translation>De firewall van de kluis heeft de regel %1 al.</translation>
    </message>
    <message>
        <source>The vault&apos;s rule %1 already lets %2 through.</source>
        <translation>De regel %1 van de kluis laat %2 al door.</translation>
    </message>
    <message>
        <source>The vault has %1 IP rules, Key Vault&apos;s limit: remove one first.</source>
        <translation>De kluis heeft %1 IP-regels, het maximum van Key Vault: verwijder er eerst een.</translation>
    </message>
</context>
<context>
    <name>kluis::core::ItemColumns</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Ingeschakeld</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Verloopt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>Purge date</source>
        <translation>Opschoondatum</translation>
    </message>
</context>
<context>
    <name>kluis::core::JwkSignature</name>
    <message>
        <source>The algorithm %1 does not fit a %2 key.</source>
        <translation>Het algoritme %1 past niet bij een %2-sleutel.</translation>
    </message>
    <message>
        <source>The digest has %1 bytes; %2 needs %3.</source>
        <translation>De digest heeft %1 bytes; %2 vereist er %3.</translation>
    </message>
    <message>
        <source>The key&apos;s public part (JWK) is incomplete or invalid.</source>
        <translation>Het openbare deel van de sleutel (JWK) is onvolledig of ongeldig.</translation>
    </message>
    <message>
        <source>The signature has %1 bytes; %2 signatures have %3.</source>
        <translation>De handtekening heeft %1 bytes; %2-handtekeningen hebben er %3.</translation>
    </message>
    <message>
        <source>The signature does not verify with the key&apos;s public part (%1).</source>
        <translation>De handtekening kan niet worden geverifieerd met het openbare deel van de sleutel (%1).</translation>
    </message>
</context>
<context>
    <name>kluis::core::KeyListModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Permitted operations</source>
        <translation>Toegestane bewerkingen</translation>
    </message>
</context>
<context>
    <name>kluis::core::PagedListModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
</context>
<context>
    <name>kluis::core::SecretFile</name>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 is een map.</translation>
    </message>
    <message>
        <source>Cannot make %1 readable by its owner only.</source>
        <translation>%1 kan niet alleen leesbaar voor de eigenaar worden gemaakt.</translation>
    </message>
</context>
<context>
    <name>kluis::core::SecretListModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Inhoudstype</translation>
    </message>
</context>
<context>
    <name>kluis::core::StoredAccount</name>
    <message>
        <source>client %1</source>
        <translation>client %1</translation>
    </message>
    <message>
        <source>the AZURE_* environment variables</source>
        <translation>de omgevingsvariabelen AZURE_*</translation>
    </message>
    <message>
        <source>the Azure CLI&apos;s sign-in</source>
        <translation>de aanmelding van de Azure CLI</translation>
    </message>
</context>
<context>
    <name>kluis::core::VersionListModel</name>
    <message>
        <source>Content type</source>
        <translation>Inhoudstype</translation>
    </message>
    <message>
        <source>Thumbprint</source>
        <translation>Vingerafdruk</translation>
    </message>
</context>
<context>
    <name>kluis::core::pkcs12</name>
    <message>
        <source>Could not build the PFX file.</source>
        <translation>Kan het PFX-bestand niet samenstellen.</translation>
    </message>
    <message>
        <source>The PFX file does not open with the given password or holds no private key.</source>
        <translation>Het PFX-bestand gaat niet open met het opgegeven wachtwoord of bevat geen persoonlijke sleutel.</translation>
    </message>
    <message>
        <source>Could not write the PEM text.</source>
        <translation>Kan de PEM-tekst niet schrijven.</translation>
    </message>
    <message>
        <source>The PEM text needs a private key and a certificate.</source>
        <translation>De PEM-tekst moet een persoonlijke sleutel en een certificaat bevatten.</translation>
    </message>
    <message>
        <source>The data is not a PKCS #12 (PFX) file.</source>
        <translation>De gegevens zijn geen PKCS #12-bestand (PFX).</translation>
    </message>
    <message>
        <source>The PFX file does not open with the given password.</source>
        <translation>Het PFX-bestand gaat niet open met het opgegeven wachtwoord.</translation>
    </message>
</context>
<context>
    <name>kluis::core::secretimport</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
    <message>
        <source>expected NAME=value.</source>
        <translation>NAAM=waarde verwacht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a variable name.</source>
        <translation>&quot;%1&quot; is geen variabelenaam.</translation>
    </message>
    <message>
        <source>a quote is not closed.</source>
        <translation>een aanhalingsteken wordt niet gesloten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no text value.</source>
        <translation>&quot;%1&quot; heeft geen tekstwaarde.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a date that is not ISO 8601.</source>
        <translation>&quot;%1&quot; heeft een datum die niet in ISO 8601 staat.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (at byte %1: %2).</source>
        <translation>Het bestand is geen geldige JSON (bij byte %1: %2).</translation>
    </message>
    <message>
        <source>An entry of the array has no &quot;name&quot;.</source>
        <translation>Een element van de matrix heeft geen &quot;name&quot;.</translation>
    </message>
</context>
<context>
    <name>kluis::ui::AboutDialog</name>
    <message>
        <source>About Kluis</source>
        <translation>Over Kluis</translation>
    </message>
    <message>
        <source>A desktop manager for Azure Key Vault.</source>
        <translation>Een desktopbeheerprogramma voor Azure Key Vault.</translation>
    </message>
    <message>
        <source>Licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later). There is NO WARRANTY.</source>
        <translation>Gelicentieerd onder de GNU General Public License, versie 3 of later (GPL-3.0-or-later). Er is GEEN GARANTIE.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Gebouwd met Qt %1, draait op Qt %2.</translation>
    </message>
</context>
<context>
    <name>kluis::ui::AccessWindow</name>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereik</translation>
    </message>
    <message>
        <source>Inherited</source>
        <translation>Overgenomen</translation>
    </message>
    <message>
        <source>Role assignments</source>
        <translation>Roltoewijzingen</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Sleutels</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Geheimen</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificaten</translation>
    </message>
    <message>
        <source>Access policies</source>
        <translation>Toegangsbeleid</translation>
    </message>
    <message>
        <source>&amp;Grant a role…</source>
        <translation>Rol &amp;toekennen…</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>&amp;Intrekken</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>Vault access</source>
        <translation>Toegang tot kluis</translation>
    </message>
    <message>
        <source>Permission model</source>
        <translation>Machtigingsmodel</translation>
    </message>
    <message>
        <source>What I may do</source>
        <translation>Wat ik mag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Remove the chosen role assignment (only one made on this vault)</source>
        <translation>De gekozen roltoewijzing verwijderen (alleen een die op deze kluis is gemaakt)</translation>
    </message>
    <message>
        <source>What I may do here</source>
        <translation>Wat ik hier mag</translation>
    </message>
    <message>
        <source>Access to %1</source>
        <translation>Toegang tot %1</translation>
    </message>
    <message>
        <source>Reading who may do what in %1…</source>
        <translation>Lezen wie wat mag in %1…</translation>
    </message>
    <message>
        <source>Resource Manager did not show the vault: %1</source>
        <translation>Resource Manager toonde de kluis niet: %1</translation>
    </message>
    <message>
        <source>The vault&apos;s access could not be read: %1</source>
        <translation>De toegang tot de kluis kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>%1 decides by Azure RBAC: role assignments at the vault and above it grant what may be done.</source>
        <translation>%1 beslist met Azure RBAC: roltoewijzingen op de kluis en daarboven bepalen wat mag.</translation>
    </message>
    <message>
        <source>%1 decides by access policies: only the entries below grant data access; role assignments manage the vault itself.</source>
        <translation>%1 beslist met toegangsbeleid: alleen de vermeldingen hieronder geven toegang tot gegevens; roltoewijzingen beheren de kluis zelf.</translation>
    </message>
    <message>
        <source>This vault</source>
        <translation>Deze kluis</translation>
    </message>
    <message>
        <source>Nothing on the data plane: no secret, key or certificate can be read or changed.</source>
        <translation>Niets op het gegevensvlak: geen geheim, sleutel of certificaat kan worden gelezen of gewijzigd.</translation>
    </message>
    <message>
        <source>You may assign roles here.</source>
        <translation>U mag hier rollen toewijzen.</translation>
    </message>
    <message>
        <source>You may not assign roles here (that takes Owner or User Access Administrator).</source>
        <translation>U mag hier geen rollen toewijzen (daarvoor is Eigenaar of Beheerder van gebruikerstoegang nodig).</translation>
    </message>
    <message>
        <source>Role assignments could not be read: %1</source>
        <translation>Roltoewijzingen konden niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>You may not assign roles on this vault. Ask an administrator to grant &quot;%1&quot; to %2, for instance with: kluisctl access grant --vault %3 --principal %2 --role &quot;%1&quot;</source>
        <translation>U mag op deze kluis geen rollen toewijzen. Vraag een beheerder &quot;%1&quot; toe te kennen aan %2, bijvoorbeeld met: kluisctl access grant --vault %3 --principal %2 --role &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Granting &quot;%1&quot; to %2…</source>
        <translation>&quot;%1&quot; toekennen aan %2…</translation>
    </message>
    <message>
        <source>The role was not granted: %1</source>
        <translation>De rol is niet toegekend: %1</translation>
    </message>
    <message>
        <source>Granted &quot;%1&quot; to %2. Role changes take a few minutes to reach the vault; Kluis reads the vault again now, and Refresh does it later.</source>
        <translation>&quot;%1&quot; toegekend aan %2. Rolwijzigingen hebben enkele minuten nodig om de kluis te bereiken; Kluis leest de kluis nu opnieuw, en Vernieuwen doet dat later.</translation>
    </message>
    <message>
        <source>Revoke a role</source>
        <translation>Een rol intrekken</translation>
    </message>
    <message>
        <source>Remove the role &quot;%1&quot; from %2 on %3?</source>
        <translation>De rol &quot;%1&quot; van %2 op %3 intrekken?</translation>
    </message>
    <message>
        <source>Revoking &quot;%1&quot; from %2…</source>
        <translation>&quot;%1&quot; intrekken van %2…</translation>
    </message>
    <message>
        <source>The role was not revoked: %1</source>
        <translation>De rol is niet ingetrokken: %1</translation>
    </message>
    <message>
        <source>Revoked &quot;%1&quot; from %2.</source>
        <translation>&quot;%1&quot; ingetrokken van %2.</translation>
    </message>
</context>
<context>
    <name>kluis::ui::AccountsDialog</name>
    <message>
        <source>device code</source>
        <translation>apparaatcode</translation>
    </message>
    <message>
        <source>browser</source>
        <translation>browser</translation>
    </message>
    <message>
        <source>service principal, secret</source>
        <translation>service-principal, geheim</translation>
    </message>
    <message>
        <source>service principal, certificate</source>
        <translation>service-principal, certificaat</translation>
    </message>
    <message>
        <source>environment variables</source>
        <translation>omgevingsvariabelen</translation>
    </message>
    <message>
        <source>Azure CLI</source>
        <translation>Azure CLI</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Een account toevoegen</translation>
    </message>
    <message>
        <source>Sign out and remove the account</source>
        <translation>Afmelden en het account verwijderen</translation>
    </message>
    <message>
        <source>Signs out and removes the account&apos;s tokens and secrets from the keychain</source>
        <translation>Meldt af en verwijdert de tokens en geheimen van het account uit de sleutelhanger</translation>
    </message>
    <message>
        <source>%1 — %2 (%3, %4)</source>
        <translation>%1 — %2 (%3, %4)</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Afgemeld.</translation>
    </message>
</context>
<context>
    <name>kluis::ui::AddMyAddressCommand</name>
    <message>
        <source>Add my address temporarily</source>
        <translation>Mijn adres tijdelijk toevoegen</translation>
    </message>
    <message>
        <source>Let %1 into %2 for:</source>
        <translation>%1 toegang geven tot %2 gedurende:</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 uur</translation>
    </message>
    <message>
        <source>8 hours</source>
        <translation>8 uur</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 uur</translation>
    </message>
    <message numerus="yes">
        <source>Add %1 to the firewall of the vault %2 for %n hour(s)?

Kluis changes the vault&apos;s network rules through Azure Resource Manager and removes the rule again when the time is up, when Kluis quits, or at its next start.</source>
        <translation>
            <numerusform>%1 %n uur toevoegen aan de firewall van de kluis %2?

Kluis wijzigt de netwerkregels van de kluis via Azure Resource Manager en verwijdert de regel weer als de tijd om is, als Kluis wordt afgesloten of bij de volgende start.</numerusform>
            <numerusform>%1 %n uur toevoegen aan de firewall van de kluis %2?

Kluis wijzigt de netwerkregels van de kluis via Azure Resource Manager en verwijdert de regel weer als de tijd om is, als Kluis wordt afgesloten of bij de volgende start.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1 to the firewall of the vault %2?

Kluis changes the vault&apos;s network rules through Azure Resource Manager. Everyone who reaches the vault from this address still needs permission to use it.</source>
        <translation>%1 toevoegen aan de firewall van de kluis %2?

Kluis wijzigt de netwerkregels van de kluis via Azure Resource Manager. Iedereen die de kluis vanaf dit adres bereikt, heeft nog steeds machtigingen nodig om de kluis te gebruiken.</translation>
    </message>
    <message>
        <source>Add to the vault&apos;s firewall</source>
        <translation>Toevoegen aan de firewall van de kluis</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 toevoegen</translation>
    </message>
    <message>
        <source>Changing the firewall of %1…</source>
        <translation>Firewall van %1 wijzigen…</translation>
    </message>
    <message>
        <source>Added %1 until %2. Rule changes can take a few minutes to apply; the list is retried now.</source>
        <translation>%1 toegevoegd tot %2. Het kan enkele minuten duren voordat regelwijzigingen van kracht worden; de lijst wordt nu opnieuw geprobeerd.</translation>
    </message>
    <message>
        <source>Added %1. Rule changes can take a few minutes to apply; the list is retried now.</source>
        <translation>%1 toegevoegd. Het kan enkele minuten duren voordat regelwijzigingen van kracht worden; de lijst wordt nu opnieuw geprobeerd.</translation>
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
    <name>kluis::ui::AttributeFields</name>
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
        <source>Enabled:</source>
        <translation>Ingeschakeld:</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Ingeschakeld</translation>
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
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (%2 days)</source>
        <translation>%1 (%2 dagen)</translation>
    </message>
</context>
<context>
    <name>kluis::ui::CertificateCreateDialog</name>
    <message>
        <source>Private key &amp;exportable</source>
        <translation>Persoonlijke sleutel &amp;exporteerbaar</translation>
    </message>
    <message>
        <source>New self-signed certificate</source>
        <translation>Nieuw zelfondertekend certificaat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>CN=app.example.com</source>
        <translation>CN=app.example.com</translation>
    </message>
    <message>
        <source>DNS names</source>
        <translation>DNS-namen</translation>
    </message>
    <message>
        <source>app.example.com, www.example.com</source>
        <translation>app.example.com, www.example.com</translation>
    </message>
    <message>
        <source>Validity in months</source>
        <translation>Geldigheid in maanden</translation>
    </message>
    <message>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>Sleuteltype</translation>
    </message>
    <message>
        <source>RSA 2048 bits</source>
        <translation>RSA 2048 bits</translation>
    </message>
    <message>
        <source>RSA 3072 bits</source>
        <translation>RSA 3072 bits</translation>
    </message>
    <message>
        <source>RSA 4096 bits</source>
        <translation>RSA 4096 bits</translation>
    </message>
    <message>
        <source>EC P-256</source>
        <translation>EC P-256</translation>
    </message>
    <message>
        <source>EC P-384</source>
        <translation>EC P-384</translation>
    </message>
    <message>
        <source>EC P-521</source>
        <translation>EC P-521</translation>
    </message>
    <message>
        <source>Private key exportable</source>
        <translation>Persoonlijke sleutel exporteerbaar</translation>
    </message>
    <message>
        <source>Format in the vault</source>
        <translation>Indeling in de kluis</translation>
    </message>
    <message>
        <source>PKCS #12 (.pfx)</source>
        <translation>PKCS #12 (.pfx)</translation>
    </message>
    <message>
        <source>PEM</source>
        <translation>PEM</translation>
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
        <source>&amp;Subject:</source>
        <translation>&amp;Onderwerp:</translation>
    </message>
    <message>
        <source>&amp;DNS names:</source>
        <translation>&amp;DNS-namen:</translation>
    </message>
    <message>
        <source>&amp;Validity:</source>
        <translation>&amp;Geldigheid:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Sleutel:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Indeling:</translation>
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
        <source>Enter a subject, for example CN=app.example.com.</source>
        <translation>Voer een onderwerp in, bijvoorbeeld CN=app.example.com.</translation>
    </message>
    <message>
        <source>A subject is a distinguished name such as CN=app.example.com.</source>
        <translation>Een onderwerp is een DN-naam (distinguished name) zoals CN=app.example.com.</translation>
    </message>
    <message>
        <source>“%1” is not a DNS name.</source>
        <translation>“%1” is geen DNS-naam.</translation>
    </message>
</context>
<context>
    <name>kluis::ui::CertificateDetailsPanel</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Onderwerp:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Verlener:</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Verlener</translation>
    </message>
    <message>
        <source>Alternative names:</source>
        <translation>Alternatieve namen:</translation>
    </message>
    <message>
        <source>Subject alternative names</source>
        <translation>Alternatieve namen voor onderwerp</translation>
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
        <source>Valid from:</source>
        <translation>Geldig vanaf:</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Geldig vanaf</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Geldig tot:</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Geldig tot</translation>
    </message>
    <message>
        <source>Expiry warning</source>
        <translation>Waarschuwing voor verlopen</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>Serienummer:</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Serienummer</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Sleutel:</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Sleutel</translation>
    </message>
    <message>
        <source>Key usage:</source>
        <translation>Sleutelgebruik:</translation>
    </message>
    <message>
        <source>Key usage</source>
        <translation>Sleutelgebruik</translation>
    </message>
    <message>
        <source>Chain:</source>
        <translation>Keten:</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Keten</translation>
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
        <source>SHA-1 thumbprint</source>
        <translation>SHA-1-vingerafdruk</translation>
    </message>
    <message>
        <source>Copy the SHA-1 thumbprint</source>
        <translation>De SHA-1-vingerafdruk kopiëren</translation>
    </message>
    <message>
        <source>SHA-256 thumbprint</source>
        <translation>SHA-256-vingerafdruk</translation>
    </message>
    <message>
        <source>Copy the SHA-256 thumbprint</source>
        <translation>De SHA-256-vingerafdruk kopiëren</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Copy the identifier</source>
        <translation>De id kopiëren</translation>
    </message>
    <message>
        <source>SHA-1 thumbprint:</source>
        <translation>SHA-1-vingerafdruk:</translation>
    </message>
    <message>
        <source>SHA-256 thumbprint:</source>
        <translation>SHA-256-vingerafdruk:</translation>
    </message>
    <message>
        <source>Identifier:</source>
        <translation>Id:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 bits</source>
        <translation>%1 %2 bits</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>Zelfondertekend</translation>
    </message>
    <message>
        <source>Issued by %1</source>
        <translation>Uitgegeven door %1</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>Expired on %1.</source>
        <translation>Verlopen op %1.</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s).</source>
        <translation>
            <numerusform>Verloopt over %n dag.</numerusform>
            <numerusform>Verloopt over %n dagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not valid before %1.</source>
        <translation>Niet geldig vóór %1.</translation>
    </message>
</context>
<context>
    <name>kluis::ui::Command</name>
    <message>
        <source>Missing: %1. The least-privileged built-in role that grants it is &quot;%2&quot;; ask for it at the vault&apos;s scope (role changes take a few minutes to apply).</source>
        <translation>Ontbreekt: %1. De ingebouwde rol met de minste bevoegdheden die dit verleent is &quot;%2&quot;; vraag deze aan op het bereik van de kluis (het duurt enkele minuten voordat rolwijzigingen van kracht zijn).</translation>
    </message>
    <message>
        <source>Missing the access policy permission %1 (on Azure RBAC the role &quot;%2&quot; grants the same); ask the vault&apos;s owner for it.</source>
        <translation>De machtiging %1 in het toegangsbeleid ontbreekt (bij Azure RBAC verleent de rol &quot;%2&quot; hetzelfde); vraag de eigenaar van de kluis erom.</translation>
    </message>
    <message>
        <source>&amp;Grant access…</source>
        <translation>&amp;Toegang toekennen…</translation>
    </message>
</context>
<context>
    <name>kluis::ui::CompareCopyWindow</name>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergelijken</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Proefrun</translation>
    </message>
    <message>
        <source>Co&amp;py…</source>
        <translation>&amp;Kopiëren…</translation>
    </message>
    <message>
        <source>Source vault</source>
        <translation>Bronkluis</translation>
    </message>
    <message>
        <source>Target vault</source>
        <translation>Doelkluis</translation>
    </message>
    <message>
        <source>When the target has the name</source>
        <translation>Als het doel de naam al heeft</translation>
    </message>
    <message>
        <source>&amp;Source vault:</source>
        <translation>&amp;Bronkluis:</translation>
    </message>
    <message>
        <source>&amp;Target vault:</source>
        <translation>&amp;Doelkluis:</translation>
    </message>
    <message>
        <source>&amp;When the target has the name:</source>
        <translation>&amp;Als het doel de naam al heeft:</translation>
    </message>
    <message>
        <source>Run a dry run first: it shows what will be written</source>
        <translation>Voer eerst een proefrun uit: die laat zien wat er wordt geschreven</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergelijking</translation>
    </message>
    <message>
        <source>Differs in</source>
        <translation>Verschilt in</translation>
    </message>
    <message>
        <source>Filter the comparison</source>
        <translation>Vergelijking filteren</translation>
    </message>
    <message>
        <source>What the copy does</source>
        <translation>Wat het kopiëren doet</translation>
    </message>
    <message>
        <source>Copy plan</source>
        <translation>Kopieerplan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Comparing %1 with %2…</source>
        <translation>%1 wordt vergeleken met %2…</translation>
    </message>
    <message>
        <source>The vaults could not be compared: %1</source>
        <translation>De kluizen konden niet worden vergeleken: %1</translation>
    </message>
    <message>
        <source>%1 only in %2, %3 only in %4, %5 different, %6 the same.</source>
        <translation>%1 alleen in %2, %3 alleen in %4, %5 verschillend, %6 gelijk.</translation>
    </message>
    <message>
        <source>Only in the source</source>
        <translation>Alleen in de bron</translation>
    </message>
    <message>
        <source>Only in the target</source>
        <translation>Alleen in het doel</translation>
    </message>
    <message>
        <source>Different</source>
        <translation>Verschillend</translation>
    </message>
    <message>
        <source>Choose two different vaults.</source>
        <translation>Kies twee verschillende kluizen.</translation>
    </message>
    <message>
        <source>Working out what a copy would do…</source>
        <translation>Nagaan wat kopiëren zou doen…</translation>
    </message>
    <message>
        <source>The copy could not be planned: %1</source>
        <translation>Het kopiëren kon niet worden gepland: %1</translation>
    </message>
    <message>
        <source>The target has some of these names: nothing would be written.</source>
        <translation>Het doel heeft al enkele van deze namen: er zou niets worden geschreven.</translation>
    </message>
    <message numerus="yes">
        <source>Write %n secrets from %1 to %2? Their values, content types, tags, dates and enabled state are copied.</source>
        <translation>
            <numerusform>%n geheim van %1 naar %2 schrijven? De waarde, het inhoudstype, de tags, de datums en of het is ingeschakeld worden gekopieerd.</numerusform>
            <numerusform>%n geheimen van %1 naar %2 schrijven? Hun waarden, inhoudstypen, tags, datums en of ze zijn ingeschakeld worden gekopieerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>Copying…</source>
        <translation>Bezig met kopiëren…</translation>
    </message>
    <message>
        <source>Copying… %1 of %2 written.</source>
        <translation>Bezig met kopiëren… %1 van %2 geschreven.</translation>
    </message>
    <message>
        <source>value</source>
        <translation>waarde</translation>
    </message>
    <message>
        <source>value (cannot be read)</source>
        <translation>waarde (kan niet worden gelezen)</translation>
    </message>
    <message>
        <source>content type</source>
        <translation>inhoudstype</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>tags</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>ingeschakeld</translation>
    </message>
    <message>
        <source>activation date</source>
        <translation>activeringsdatum</translation>
    </message>
    <message>
        <source>expiration date</source>
        <translation>vervaldatum</translation>
    </message>
    <message>
        <source>Compare and copy</source>
        <translation>Vergelijken en kopiëren</translation>
    </message>
    <message>
        <source>What to compare and copy</source>
        <translation>Wat vergeleken en gekopieerd wordt</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Geheimen</translation>
    </message>
    <message>
        <source>Keys (by backup and restore)</source>
        <translation>Sleutels (via back-up en terugzetten)</translation>
    </message>
    <message>
        <source>Certificates (by backup and restore)</source>
        <translation>Certificaten (via back-up en terugzetten)</translation>
    </message>
    <message>
        <source>Keys and certificates are copied as the service&apos;s backups: Key Vault restores them only in a vault of the same subscription and geography.</source>
        <translation>Sleutels en certificaten worden gekopieerd als back-ups van de service: Key Vault zet ze alleen terug in een kluis in hetzelfde abonnement en dezelfde geografie.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>Copy plan (the items chosen above; all when none is):</source>
        <translation>Kopieerplan (de hierboven gekozen items; alle als er niets is gekozen):</translation>
    </message>
    <message numerus="yes">
        <source>%n items would be written; nothing has been written yet.</source>
        <translation>
            <numerusform>%n item zou worden geschreven; er is nog niets geschreven.</numerusform>
            <numerusform>%n items zouden worden geschreven; er is nog niets geschreven.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n backups made in %1 into %2? Every version, tag and date is copied; Key Vault refuses a vault of another subscription or geography.</source>
        <translation>
            <numerusform>%n back-up uit %1 terugzetten in %2? Elke versie, tag en datum wordt gekopieerd; Key Vault weigert een kluis in een ander abonnement of een andere geografie.</numerusform>
            <numerusform>%n back-ups uit %1 terugzetten in %2? Elke versie, tag en datum wordt gekopieerd; Key Vault weigert een kluis in een ander abonnement of een andere geografie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message numerus="yes">
        <source>The copy stopped after %n items: %1</source>
        <translation>
            <numerusform>Het kopiëren is gestopt na %n item: %1</numerusform>
            <numerusform>Het kopiëren is gestopt na %n items: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items written.</source>
        <translation>
            <numerusform>%n item geschreven.</numerusform>
            <numerusform>%n items geschreven.</numerusform>
        </translation>
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
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>kluis::ui::CopyJournal</name>
    <message>
        <source>Refused by the target: Key Vault restores a backup only in the subscription and geography it was made in (%1)</source>
        <translation>Geweigerd door het doel: Key Vault zet een back-up alleen terug in het abonnement en de geografie waarin deze is gemaakt (%1)</translation>
    </message>
    <message>
        <source>Skipped: not in the source</source>
        <translation>Overgeslagen: niet in de bron</translation>
    </message>
    <message>
        <source>Skipped: a certificate&apos;s key or secret (copy the certificate)</source>
        <translation>Overgeslagen: sleutel of geheim van een certificaat (kopieer het certificaat)</translation>
    </message>
    <message>
        <source>Skipped: disabled, its value cannot be read</source>
        <translation>Overgeslagen: uitgeschakeld, de waarde kan niet worden gelezen</translation>
    </message>
    <message>
        <source>Skipped: not a valid secret name (letters, digits and dashes)</source>
        <translation>Overgeslagen: geen geldige geheimnaam (letters, cijfers en streepjes)</translation>
    </message>
    <message>
        <source>Skipped: the name came earlier in the file</source>
        <translation>Overgeslagen: de naam stond al eerder in het bestand</translation>
    </message>
    <message>
        <source>Skipped: deleted in the target (recover or purge it first)</source>
        <translation>Overgeslagen: verwijderd in het doel (eerst herstellen of definitief verwijderen)</translation>
    </message>
    <message>
        <source>Stops here: the target has this name</source>
        <translation>Stopt hier: het doel heeft deze naam al</translation>
    </message>
    <message>
        <source>Skipped: the target has it</source>
        <translation>Overgeslagen: het doel heeft het al</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <source>Will be created</source>
        <translation>Wordt gemaakt</translation>
    </message>
    <message>
        <source>New version written</source>
        <translation>Nieuwe versie geschreven</translation>
    </message>
    <message>
        <source>Will get a new version</source>
        <translation>Krijgt een nieuwe versie</translation>
    </message>
    <message>
        <source>Skip it</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <source>Add a new version</source>
        <translation>Een nieuwe versie toevoegen</translation>
    </message>
    <message>
        <source>Stop before writing anything</source>
        <translation>Stoppen voordat er iets wordt geschreven</translation>
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
    <name>kluis::ui::DiagnosisPane</name>
    <message>
        <source>Cause</source>
        <translation>Oorzaak</translation>
    </message>
    <message>
        <source>Cause identifier</source>
        <translation>Id van oorzaak</translation>
    </message>
    <message>
        <source>Client address</source>
        <translation>Clientadres</translation>
    </message>
    <message>
        <source>Address note</source>
        <translation>Opmerking bij adres</translation>
    </message>
    <message>
        <source>Vault network rules</source>
        <translation>Netwerkregels van de kluis</translation>
    </message>
    <message>
        <source>Network gates</source>
        <translation>Toegangscontroles op netwerkniveau</translation>
    </message>
    <message>
        <source>Action status</source>
        <translation>Status van actie</translation>
    </message>
    <message>
        <source>&amp;Add my address to the vault&apos;s firewall</source>
        <translation>Mijn &amp;adres toevoegen aan de firewall van de kluis</translation>
    </message>
    <message>
        <source>Save support &amp;bundle…</source>
        <translation>&amp;Ondersteuningsbundel opslaan…</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Diagnosis of %1</source>
        <translation>Diagnose van %1</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Eindpunten</translation>
    </message>
    <message>
        <source>A vault has two independent network gates: public network access (Enabled or Disabled) and the firewall&apos;s default action (Allow or Deny, with IP and virtual network rules). New vaults deny by default, so enabling public access alone may not let you in, and an IP rule does nothing while public access is disabled.</source>
        <translation>Een kluis heeft twee onafhankelijke toegangscontroles op netwerkniveau: openbare netwerktoegang (Ingeschakeld of Uitgeschakeld) en de standaardactie van de firewall (Toestaan of Weigeren, met IP-regels en regels voor virtuele netwerken). Nieuwe kluizen weigeren standaard, dus alleen openbare toegang inschakelen laat u mogelijk nog niet binnen, en een IP-regel doet niets zolang openbare toegang is uitgeschakeld.</translation>
    </message>
    <message>
        <source>Add my address to the vault&apos;s firewall</source>
        <translation>Mijn adres toevoegen aan de firewall van de kluis</translation>
    </message>
    <message>
        <source>Add my address temporarily</source>
        <translation>Mijn adres tijdelijk toevoegen</translation>
    </message>
    <message>
        <source>Copy allow-list</source>
        <translation>Acceptatielijst kopiëren</translation>
    </message>
    <message>
        <source>Copy every host:port this vault&apos;s cloud needs, for the network team</source>
        <translation>Elke host:poort kopiëren die de cloud van deze kluis nodig heeft, voor het netwerkteam</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Rapport exporteren</translation>
    </message>
    <message>
        <source>Save support bundle</source>
        <translation>Ondersteuningsbundel opslaan</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>The vault&apos;s network rules</source>
        <translation>Netwerkregels van de kluis</translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation>Oorzaak: %1</translation>
    </message>
    <message>
        <source>Looking for the cause…</source>
        <translation>Oorzaak zoeken…</translation>
    </message>
    <message>
        <source>Cause: %1 (%2)</source>
        <translation>Oorzaak: %1 (%2)</translation>
    </message>
    <message>
        <source>The vault did not say which address it saw.</source>
        <translation>De kluis heeft niet gemeld welk adres ze zag.</translation>
    </message>
    <message>
        <source>The vault sees this computer as %1.</source>
        <translation>De kluis ziet deze computer als %1.</translation>
    </message>
    <message>
        <source>That is none of this computer&apos;s own addresses (%1): it reaches the vault through NAT or a proxy, so a firewall rule must name %2.</source>
        <translation>Dat is geen van de eigen adressen van deze computer (%1): de computer bereikt de kluis via NAT of een proxy, dus een firewallregel moet %2 vermelden.</translation>
    </message>
    <message>
        <source>Resource Manager could not be read: %1</source>
        <translation>Resource Manager kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>Reading the vault&apos;s rules from Resource Manager…</source>
        <translation>Regels van de kluis lezen uit Resource Manager…</translation>
    </message>
    <message>
        <source>Public network access: %1</source>
        <translation>Openbare netwerktoegang: %1</translation>
    </message>
    <message>
        <source>Default action: %1</source>
        <translation>Standaardactie: %1</translation>
    </message>
    <message>
        <source>Trusted Microsoft services: %1</source>
        <translation>Vertrouwde Microsoft-services: %1</translation>
    </message>
    <message>
        <source>IP rules: none</source>
        <translation>IP-regels: geen</translation>
    </message>
    <message>
        <source>IP rules: %1</source>
        <translation>IP-regels: %1</translation>
    </message>
    <message numerus="yes">
        <source>Virtual network rules: %n</source>
        <translation>
            <numerusform>Regels voor virtuele netwerken: %n</numerusform>
            <numerusform>Regels voor virtuele netwerken: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Private endpoints: %1</source>
        <translation>Privé-eindpunten: %1</translation>
    </message>
    <message>
        <source>%1 is covered by an IP rule.</source>
        <translation>%1 valt onder een IP-regel.</translation>
    </message>
    <message>
        <source>%1 is not covered by any IP rule.</source>
        <translation>%1 valt onder geen enkele IP-regel.</translation>
    </message>
    <message>
        <source>The allow-list is on the clipboard.</source>
        <translation>De acceptatielijst staat op het klembord.</translation>
    </message>
    <message>
        <source>The rule could not be added: %1</source>
        <translation>De regel kon niet worden toegevoegd: %1</translation>
    </message>
    <message>
        <source>Markdown (*.md);;JSON (*.json)</source>
        <translation>Markdown (*.md);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Rapport opgeslagen in %1.</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Kan niet opslaan: %1</translation>
    </message>
    <message>
        <source>Support bundle (*.json)</source>
        <translation>Ondersteuningsbundel (*.json)</translation>
    </message>
    <message>
        <source>Support bundle saved to %1.</source>
        <translation>Ondersteuningsbundel opgeslagen in %1.</translation>
    </message>
    <message>
        <source>Add te&amp;mporarily…</source>
        <translation>&amp;Tijdelijk toevoegen…</translation>
    </message>
    <message>
        <source>Co&amp;py allow-list</source>
        <translation>Acceptatielijst &amp;kopiëren</translation>
    </message>
    <message>
        <source>E&amp;xport report…</source>
        <translation>Rapport e&amp;xporteren…</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Opnieuw proberen</translation>
    </message>
    <message>
        <source>Network security perimeter: %1 (profile %2, access mode %3); it admits: %4</source>
        <translation>Netwerkbeveiligingsperimeter: %1 (profiel %2, toegangsmodus %3); toegelaten: %4</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>niets</translation>
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
    <name>kluis::ui::EndpointProbeModel</name>
    <message>
        <source>Checking…</source>
        <translation>Controleren…</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Bereikbaar</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Geblokkeerd</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Overgeslagen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Host:port</source>
        <translation>Host:poort</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
</context>
<context>
    <name>kluis::ui::ExpiryMark</name>
    <message>
        <source>Expired on %1</source>
        <translation>Verlopen op %1</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s), on %1</source>
        <translation>
            <numerusform>Verloopt over %n dag, op %1</numerusform>
            <numerusform>Verloopt over %n dagen, op %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Uitgeschakeld</translation>
    </message>
</context>
<context>
    <name>kluis::ui::ExpiryNotice</name>
    <message>
        <source>Expiry notice</source>
        <translation>Melding over vervaldatums</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Sluiten</translation>
    </message>
    <message numerus="yes">
        <source>%n items in your favourite vaults have expired or expire within %1 days.</source>
        <translation>
            <numerusform>%n item in uw favoriete kluizen is verlopen of verloopt binnen %1 dagen.</numerusform>
            <numerusform>%n items in uw favoriete kluizen zijn verlopen of verlopen binnen %1 dagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the report</source>
        <translation>Rapport tonen</translation>
    </message>
</context>
<context>
    <name>kluis::ui::ExpiryReportWindow</name>
    <message>
        <source>&amp;Run report</source>
        <translation>&amp;Rapport maken</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <source>Expiry and hygiene report</source>
        <translation>Rapport over vervaldatums en onderhoud</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>Expiring within</source>
        <translation>Verloopt binnen</translation>
    </message>
    <message>
        <source>Not updated for</source>
        <translation>Niet bijgewerkt sinds</translation>
    </message>
    <message>
        <source>Expiring &amp;within:</source>
        <translation>Verloopt &amp;binnen:</translation>
    </message>
    <message>
        <source>Not &amp;updated for:</source>
        <translation>Niet &amp;bijgewerkt sinds:</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Sleutelkluis</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Bevinding</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Verloopt</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <source>Filter findings</source>
        <translation>Bevindingen filteren</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Status van het rapport</translation>
    </message>
    <message>
        <source>Vaults that refused</source>
        <translation>Kluizen die weigerden</translation>
    </message>
    <message>
        <source>Why it could not be read</source>
        <translation>Waarom hij niet kon worden gelezen</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>JSON…</source>
        <translation>JSON…</translation>
    </message>
    <message>
        <source>Markdown…</source>
        <translation>Markdown…</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Verloopt binnenkort</translation>
    </message>
    <message>
        <source>No expiry date</source>
        <translation>Geen vervaldatum</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Uitgeschakeld</translation>
    </message>
    <message>
        <source>Not updated</source>
        <translation>Niet bijgewerkt</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n vaults…</source>
        <translation>
            <numerusform>%n kluis wordt gelezen…</numerusform>
            <numerusform>%n kluizen worden gelezen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading… %n findings so far.</source>
        <translation>
            <numerusform>Bezig met lezen… tot nu toe %n bevinding.</numerusform>
            <numerusform>Bezig met lezen… tot nu toe %n bevindingen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n findings.</source>
        <translation>
            <numerusform>%n bevinding.</numerusform>
            <numerusform>%n bevindingen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vaults could not be read.</source>
        <translation>
            <numerusform>%n kluis kon niet worden gelezen.</numerusform>
            <numerusform>%n kluizen konden niet worden gelezen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Het rapport exporteren</translation>
    </message>
    <message>
        <source>No rotation policy</source>
        <translation>Geen rotatiebeleid</translation>
    </message>
    <message>
        <source>Not renewed automatically</source>
        <translation>Wordt niet automatisch vernieuwd</translation>
    </message>
</context>
<context>
    <name>kluis::ui::ExportMetadataCommand</name>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export vault metadata</source>
        <translation>Metagegevens van kluis exporteren</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 kan niet worden geschreven: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported the metadata of %n items to %1.</source>
        <translation>
            <numerusform>De metagegevens van %n item zijn geëxporteerd naar %1.</numerusform>
            <numerusform>De metagegevens van %n items zijn geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kluis::ui::FormFooter</name>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
</context>
<context>
    <name>kluis::ui::GrantRoleDialog</name>
    <message>
        <source>Grant a role on %1</source>
        <translation>Een rol toekennen op %1</translation>
    </message>
    <message>
        <source>Principal object ID</source>
        <translation>Object-id van de principal</translation>
    </message>
    <message>
        <source>The object ID of a user, group or application</source>
        <translation>De object-id van een gebruiker, groep of toepassing</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>Wat er gebeurt</translation>
    </message>
    <message>
        <source>&amp;Principal object ID:</source>
        <translation>Object-id van de &amp;principal:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>Allows:</source>
        <translation>Staat toe:</translation>
    </message>
    <message>
        <source>&amp;Grant</source>
        <translation>&amp;Toekennen</translation>
    </message>
    <message>
        <source>Enter the principal&apos;s object ID.</source>
        <translation>Voer de object-id van de principal in.</translation>
    </message>
    <message>
        <source>An object ID looks like 00000000-0000-0000-0000-000000000000.</source>
        <translation>Een object-id ziet eruit als 00000000-0000-0000-0000-000000000000.</translation>
    </message>
    <message>
        <source>%1 will get the role &quot;%2&quot; on the vault %3. Role changes take a few minutes to reach the vault.</source>
        <translation>%1 krijgt de rol &quot;%2&quot; op de kluis %3. Rolwijzigingen hebben enkele minuten nodig om de kluis te bereiken.</translation>
    </message>
</context>
<context>
    <name>kluis::ui::ImportCertificateCommand</name>
    <message>
        <source>Import certificate</source>
        <translation>Certificaat importeren</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>Imported the certificate %1.</source>
        <translation>Het certificaat %1 is geïmporteerd.</translation>
    </message>
</context>
<context>
    <name>kluis::ui::ImportCertificateDialog</name>
    <message>
        <source>Import certificate</source>
        <translation>Certificaat importeren</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Certificaatbestand</translation>
    </message>
    <message>
        <source>A .pfx or .pem file with the private key</source>
        <translation>Een .pfx- of .pem-bestand met de persoonlijke sleutel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>PFX password</source>
        <translation>PFX-wachtwoord</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>Choose the certificate file</source>
        <translation>Het certificaatbestand kiezen</translation>
    </message>
    <message>
        <source>Certificates (*.pfx *.p12 *.pem);;All files (*)</source>
        <translation>Certificaten (*.pfx *.p12 *.pem);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Be&amp;stand:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>Choose a .pfx or .pem file.</source>
        <translation>Kies een .pfx- of .pem-bestand.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Het bestand %1 bestaat niet.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Voer een naam in.</translation>
    </message>
    <message>
        <source>A name has 1 to 127 characters: letters, digits and dashes (-).</source>
        <translation>Een naam heeft 1 tot 127 tekens: letters, cijfers en streepjes (-).</translation>
    </message>
</context>
<context>
    <name>kluis::ui::KeyCreateDialog</name>
    <message>
        <source>Protected by an &amp;HSM</source>
        <translation>Beveiligd met een &amp;HSM</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Ingeschakeld</translation>
    </message>
    <message>
        <source>Expiration date</source>
        <translation>Vervaldatum</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>Nieuwe sleutel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>Sleuteltype</translation>
    </message>
    <message>
        <source>RSA</source>
        <translation>RSA</translation>
    </message>
    <message>
        <source>Elliptic curve (EC)</source>
        <translation>Elliptische curve (EC)</translation>
    </message>
    <message>
        <source>Key size or curve</source>
        <translation>Sleutelgrootte of curve</translation>
    </message>
    <message>
        <source>Protected by an HSM</source>
        <translation>Beveiligd met een HSM</translation>
    </message>
    <message>
        <source>Permit %1</source>
        <translation>%1 toestaan</translation>
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
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Size or curve:</source>
        <translation>&amp;Grootte of curve:</translation>
    </message>
    <message>
        <source>Permitted operations:</source>
        <translation>Toegestane bewerkingen:</translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation>%1 bits</translation>
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
        <source>Permit at least one operation.</source>
        <translation>Sta minstens één bewerking toe.</translation>
    </message>
</context>
<context>
    <name>kluis::ui::KeyDetailsPanel</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Sleuteltype:</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>Sleuteltype</translation>
    </message>
    <message>
        <source>Permitted operations:</source>
        <translation>Toegestane bewerkingen:</translation>
    </message>
    <message>
        <source>Permitted operations</source>
        <translation>Toegestane bewerkingen</translation>
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
        <source>Key identifier</source>
        <translation>Sleutel-id</translation>
    </message>
    <message>
        <source>Copy the key identifier</source>
        <translation>De sleutel-id kopiëren</translation>
    </message>
    <message>
        <source>Show the versions of this key</source>
        <translation>De versies van deze sleutel tonen</translation>
    </message>
    <message>
        <source>Key versions</source>
        <translation>Sleutelversies</translation>
    </message>
    <message>
        <source>Key identifier:</source>
        <translation>Sleutel-id:</translation>
    </message>
    <message>
        <source>%1 (backs a certificate)</source>
        <translation>%1 (hoort bij een certificaat)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Sh&amp;ow versions</source>
        <translation>&amp;Versies weergeven</translation>
    </message>
</context>
<context>
    <name>kluis::ui::LifecycleCommands</name>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>&amp;Purge</source>
        <translation>Definitief &amp;verwijderen</translation>
    </message>
    <message>
        <source>Key Vault backups (*.keyvault-backup);;All files (*)</source>
        <translation>Key Vault-back-ups (*.keyvault-backup);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Saved the backup of %1 to %2.</source>
        <translation>De back-up van %1 is opgeslagen in %2.</translation>
    </message>
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
        <source>Deleted the secret %1.</source>
        <translation>Het geheim %1 is verwijderd.</translation>
    </message>
    <message>
        <source>Recover secret</source>
        <translation>Geheim herstellen</translation>
    </message>
    <message>
        <source>Recovered the secret %1.</source>
        <translation>Het geheim %1 is hersteld.</translation>
    </message>
    <message>
        <source>Purge secret</source>
        <translation>Geheim definitief verwijderen</translation>
    </message>
    <message>
        <source>Purging removes the deleted secret %1 and all its versions for good. This cannot be undone.</source>
        <translation>Definitief verwijderen (opschonen) wist het verwijderde geheim %1 met al zijn versies voorgoed. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Purged the secret %1.</source>
        <translation>Het geheim %1 is definitief verwijderd.</translation>
    </message>
    <message>
        <source>Back up secret</source>
        <translation>Back-up maken van geheim</translation>
    </message>
    <message>
        <source>Restore secret</source>
        <translation>Geheim terugzetten</translation>
    </message>
    <message>
        <source>Delete key</source>
        <translation>Sleutel verwijderen</translation>
    </message>
    <message>
        <source>Delete the key %1 with all its versions?

If the vault keeps deleted objects, you can recover it from the Deleted tab.</source>
        <translation>De sleutel %1 met al zijn versies verwijderen?

Als de sleutelkluis verwijderde objecten bewaart, kunt u deze herstellen vanaf het tabblad Verwijderd.</translation>
    </message>
    <message>
        <source>Deleted the key %1.</source>
        <translation>De sleutel %1 is verwijderd.</translation>
    </message>
    <message>
        <source>Recover key</source>
        <translation>Sleutel herstellen</translation>
    </message>
    <message>
        <source>Recovered the key %1.</source>
        <translation>De sleutel %1 is hersteld.</translation>
    </message>
    <message>
        <source>Purge key</source>
        <translation>Sleutel definitief verwijderen</translation>
    </message>
    <message>
        <source>Purging removes the deleted key %1 and all its versions for good. Whatever it encrypted can no longer be decrypted. This cannot be undone.</source>
        <translation>Definitief verwijderen (opschonen) wist de verwijderde sleutel %1 met al zijn versies voorgoed. Wat ermee is versleuteld, kan daarna niet meer worden ontsleuteld. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Purged the key %1.</source>
        <translation>De sleutel %1 is definitief verwijderd.</translation>
    </message>
    <message>
        <source>Back up key</source>
        <translation>Back-up van sleutel maken</translation>
    </message>
    <message>
        <source>Restore key</source>
        <translation>Sleutel terugzetten</translation>
    </message>
    <message>
        <source>Delete certificate</source>
        <translation>Certificaat verwijderen</translation>
    </message>
    <message>
        <source>Delete the certificate %1 with all its versions, its key and its secret?

If the vault keeps deleted objects, you can recover it from the Deleted tab.</source>
        <translation>Het certificaat %1 met al zijn versies, zijn sleutel en zijn geheim verwijderen?

Als de sleutelkluis verwijderde objecten bewaart, kunt u het herstellen vanaf het tabblad Verwijderd.</translation>
    </message>
    <message>
        <source>Deleted the certificate %1.</source>
        <translation>Het certificaat %1 is verwijderd.</translation>
    </message>
    <message>
        <source>Recover certificate</source>
        <translation>Certificaat herstellen</translation>
    </message>
    <message>
        <source>Recovered the certificate %1.</source>
        <translation>Het certificaat %1 is hersteld.</translation>
    </message>
    <message>
        <source>Purge certificate</source>
        <translation>Certificaat definitief verwijderen</translation>
    </message>
    <message>
        <source>Purging removes the deleted certificate %1, its key and its secret for good. This cannot be undone.</source>
        <translation>Definitief verwijderen (opschonen) wist het verwijderde certificaat %1 met zijn sleutel en zijn geheim voorgoed. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Purged the certificate %1.</source>
        <translation>Het certificaat %1 is definitief verwijderd.</translation>
    </message>
    <message>
        <source>Back up certificate</source>
        <translation>Back-up van certificaat maken</translation>
    </message>
    <message>
        <source>Restore certificate</source>
        <translation>Certificaat terugzetten</translation>
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
</context>
<context>
    <name>kluis::ui::ListPaneBase</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
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
    <name>kluis::ui::LoadFromFileCommand</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>%1 is teruggezet vanuit %2.</translation>
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
    <message>
        <source>&amp;Add account…</source>
        <translation>Account &amp;toevoegen…</translation>
    </message>
    <message>
        <source>Sign in to an Azure cloud: browser, device code or service principal</source>
        <translation>Aanmelden bij een Azure-cloud: via browser, apparaatcode of service-principal</translation>
    </message>
    <message>
        <source>A&amp;ccounts…</source>
        <translation>Acc&amp;ounts…</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Sleutels</translation>
    </message>
    <message>
        <source>&amp;Certificates</source>
        <translation>&amp;Certificaten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Kluis</source>
        <translation>&amp;Over Kluis</translation>
    </message>
    <message>
        <source>Pin the vault to Favourites, at the top of the navigator</source>
        <translation>De kluis vastmaken aan Favorieten, bovenaan in de navigator</translation>
    </message>
    <message>
        <source>Status message</source>
        <translation>Statusbericht</translation>
    </message>
    <message>
        <source>Names, content types and tags in every vault you reach (never values)</source>
        <translation>Namen, inhoudstypen en tags in elke kluis die u bereikt (nooit waarden)</translation>
    </message>
    <message>
        <source>&amp;Expiry and hygiene report…</source>
        <translation>Rapport over &amp;vervaldatums en onderhoud…</translation>
    </message>
    <message>
        <source>&amp;Compare and copy vaults…</source>
        <translation>Kluizen &amp;vergelijken en kopiëren…</translation>
    </message>
    <message>
        <source>Search every&amp;where…</source>
        <translation>&amp;Overal zoeken…</translation>
    </message>
    <message>
        <source>E&amp;xport vault metadata…</source>
        <translation>Metagegevens van kluis e&amp;xporteren…</translation>
    </message>
    <message>
        <source>Every secret, key and certificate of the vault with its dates and tags (never values), as CSV or JSON</source>
        <translation>Elk geheim, elke sleutel en elk certificaat van de kluis met datums en tags (nooit waarden), als CSV of JSON</translation>
    </message>
    <message>
        <source>&amp;Import secrets…</source>
        <translation>Geheimen im&amp;porteren…</translation>
    </message>
    <message>
        <source>Secrets from a .env or JSON file, with a preview first</source>
        <translation>Geheimen uit een .env- of JSON-bestand, eerst met een voorbeeld</translation>
    </message>
    <message>
        <source>Vault &amp;access…</source>
        <translation>&amp;Toegang tot kluis…</translation>
    </message>
    <message>
        <source>Who may do what in this vault: role assignments, access policies, your permissions</source>
        <translation>Wie wat mag in deze kluis: roltoewijzingen, toegangsbeleid, uw machtigingen</translation>
    </message>
    <message>
        <source>Every vault still on access policies, each entry mapped to the built-in roles</source>
        <translation>Elke kluis die nog toegangsbeleid gebruikt, elke vermelding met de ingebouwde rollen</translation>
    </message>
    <message>
        <source>A&amp;zure RBAC readiness…</source>
        <translation>Gereedheid voor Azure &amp;RBAC…</translation>
    </message>
</context>
<context>
    <name>kluis::ui::NewCertificateCommand</name>
    <message>
        <source>New certificate</source>
        <translation>Nieuw certificaat</translation>
    </message>
    <message>
        <source>Created the certificate %1.</source>
        <translation>Het certificaat %1 is gemaakt.</translation>
    </message>
</context>
<context>
    <name>kluis::ui::NewKeyCommand</name>
    <message>
        <source>New key</source>
        <translation>Nieuwe sleutel</translation>
    </message>
    <message>
        <source>Created the key %1 (%2).</source>
        <translation>De sleutel %1 (%2) is gemaakt.</translation>
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
    <name>kluis::ui::ObjectActionController</name>
    <message>
        <source>&amp;Test key</source>
        <translation>Sleutel &amp;testen</translation>
    </message>
    <message>
        <source>R&amp;otate key (new version)…</source>
        <translation>Sleutel r&amp;oteren (nieuwe versie)…</translation>
    </message>
    <message>
        <source>&amp;Import certificate…</source>
        <translation>Certificaat &amp;importeren…</translation>
    </message>
    <message>
        <source>Download as .&amp;cer…</source>
        <translation>Downloaden als .&amp;cer…</translation>
    </message>
    <message>
        <source>Export with private key (.p&amp;fx)…</source>
        <translation>Exporteren met persoonlijke sleutel (.p&amp;fx)…</translation>
    </message>
    <message>
        <source>Export with private key (.pe&amp;m)…</source>
        <translation>Exporteren met persoonlijke sleutel (.pe&amp;m)…</translation>
    </message>
    <message>
        <source>Sign a sample in the vault and verify the signature locally</source>
        <translation>Testgegevens in de sleutelkluis laten ondertekenen en de handtekening lokaal verifiëren</translation>
    </message>
    <message>
        <source>Rotate key</source>
        <translation>Sleutel roteren</translation>
    </message>
    <message>
        <source>Make a new version of the key %1? The new version becomes the current one; older versions stay.</source>
        <translation>Een nieuwe versie van de sleutel %1 maken? De nieuwe versie wordt de huidige; oudere versies blijven bestaan.</translation>
    </message>
    <message>
        <source>R&amp;otate</source>
        <translation>R&amp;oteren</translation>
    </message>
    <message>
        <source>Made a new version of the key %1.</source>
        <translation>Er is een nieuwe versie van de sleutel %1 gemaakt.</translation>
    </message>
    <message>
        <source>Enable key</source>
        <translation>Sleutel inschakelen</translation>
    </message>
    <message>
        <source>Disable key</source>
        <translation>Sleutel uitschakelen</translation>
    </message>
    <message>
        <source>Enabled the key %1.</source>
        <translation>De sleutel %1 is ingeschakeld.</translation>
    </message>
    <message>
        <source>Disabled the key %1.</source>
        <translation>De sleutel %1 is uitgeschakeld.</translation>
    </message>
    <message>
        <source>&amp;New certificate…</source>
        <translation>&amp;Nieuw certificaat…</translation>
    </message>
    <message>
        <source>&amp;New key…</source>
        <translation>&amp;Nieuwe sleutel…</translation>
    </message>
    <message>
        <source>&amp;Delete certificate…</source>
        <translation>Certificaat &amp;verwijderen…</translation>
    </message>
    <message>
        <source>&amp;Delete key…</source>
        <translation>Sleutel &amp;verwijderen…</translation>
    </message>
    <message>
        <source>&amp;Recover certificate</source>
        <translation>Certificaat &amp;herstellen</translation>
    </message>
    <message>
        <source>&amp;Recover key</source>
        <translation>Sleutel &amp;herstellen</translation>
    </message>
    <message>
        <source>&amp;Purge certificate…</source>
        <translation>Certificaat &amp;definitief verwijderen…</translation>
    </message>
    <message>
        <source>&amp;Purge key…</source>
        <translation>Sleutel &amp;definitief verwijderen…</translation>
    </message>
    <message>
        <source>&amp;Back up certificate…</source>
        <translation>&amp;Back-up van certificaat maken…</translation>
    </message>
    <message>
        <source>&amp;Back up key…</source>
        <translation>&amp;Back-up van sleutel maken…</translation>
    </message>
    <message>
        <source>Re&amp;store certificate…</source>
        <translation>Certificaat terug&amp;zetten…</translation>
    </message>
    <message>
        <source>Re&amp;store key…</source>
        <translation>Sleutel terug&amp;zetten…</translation>
    </message>
    <message>
        <source>Download certificate</source>
        <translation>Certificaat downloaden</translation>
    </message>
    <message>
        <source>DER certificates (*.cer *.der);;All files (*)</source>
        <translation>DER-certificaten (*.cer *.der);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-certificaten (*.pem *.crt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Export certificate with private key</source>
        <translation>Certificaat exporteren met persoonlijke sleutel</translation>
    </message>
    <message>
        <source>PKCS #12 files (*.pfx *.p12);;All files (*)</source>
        <translation>PKCS #12-bestanden (*.pfx *.p12);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>PEM files (*.pem);;All files (*)</source>
        <translation>PEM-bestanden (*.pem);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Saved %1 to %2.</source>
        <translation>%1 is opgeslagen in %2.</translation>
    </message>
    <message>
        <source>Disab&amp;le key</source>
        <translation>Sleutel &amp;uitschakelen</translation>
    </message>
    <message>
        <source>Download as .p&amp;em…</source>
        <translation>Downloaden als .p&amp;em…</translation>
    </message>
    <message>
        <source>&amp;View policy</source>
        <translation>&amp;Beleid weergeven</translation>
    </message>
    <message>
        <source>Enab&amp;le key</source>
        <translation>Sleutel &amp;inschakelen</translation>
    </message>
</context>
<context>
    <name>kluis::ui::ObjectListPane</name>
    <message>
        <source>Deleted keys</source>
        <translation>Verwijderde sleutels</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Sleutels</translation>
    </message>
    <message>
        <source>Filter deleted keys</source>
        <translation>Verwijderde sleutels filteren</translation>
    </message>
    <message>
        <source>Filter keys</source>
        <translation>Sleutels filteren</translation>
    </message>
    <message>
        <source>Deleted certificates</source>
        <translation>Verwijderde certificaten</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificaten</translation>
    </message>
    <message>
        <source>Filter deleted certificates</source>
        <translation>Verwijderde certificaten filteren</translation>
    </message>
    <message>
        <source>Filter certificates</source>
        <translation>Certificaten filteren</translation>
    </message>
    <message>
        <source>Filter by name, subject or tag</source>
        <translation>Filteren op naam, onderwerp of tag</translation>
    </message>
    <message>
        <source>Filter by name, type, operation or tag</source>
        <translation>Filteren op naam, type, bewerking of tag</translation>
    </message>
</context>
<context>
    <name>kluis::ui::RbacReadinessWindow</name>
    <message>
        <source>&amp;Run report</source>
        <translation>Rapport &amp;uitvoeren</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <source>Azure RBAC readiness</source>
        <translation>Gereedheid voor Azure RBAC</translation>
    </message>
    <message>
        <source>Vaults still on access policies, each entry with the built-in roles that would replace it. New vaults use Azure RBAC by default; plan the move before the older Resource Manager versions retire.</source>
        <translation>Kluizen die nog toegangsbeleid gebruiken, elke vermelding met de ingebouwde rollen die haar zouden vervangen. Nieuwe kluizen gebruiken standaard Azure RBAC; plan de overstap voordat de oudere versies van Resource Manager verdwijnen.</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Kluis</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Toepassing</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Machtigingen</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Also grants</source>
        <translation>Geeft ook</translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation>Niet gedekt</translation>
    </message>
    <message>
        <source>Access policy entries</source>
        <translation>Vermeldingen van toegangsbeleid</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>JSON…</source>
        <translation>JSON…</translation>
    </message>
    <message>
        <source>Markdown…</source>
        <translation>Markdown…</translation>
    </message>
    <message>
        <source>Reading every subscription&apos;s vaults…</source>
        <translation>De kluizen van elk abonnement lezen…</translation>
    </message>
    <message>
        <source>No access policy entries</source>
        <translation>Geen vermeldingen van toegangsbeleid</translation>
    </message>
    <message numerus="yes">
        <source>%n vault(s) on access policies</source>
        <translation>
            <numerusform>%n kluis met toegangsbeleid</numerusform>
            <numerusform>%n kluizen met toegangsbeleid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 on Azure RBAC already.</source>
        <translation>
            <numerusform>%n van %1 al op Azure RBAC.</numerusform>
            <numerusform>%n van %1 al op Azure RBAC.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation>Niet gelezen: %1</translation>
    </message>
    <message>
        <source>Export the readiness report</source>
        <translation>Het gereedheidsrapport exporteren</translation>
    </message>
</context>
<context>
    <name>kluis::ui::ReportExport</name>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation>Het rapport kon niet naar %1 worden geschreven: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Geëxporteerd naar %1.</translation>
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
    <name>kluis::ui::SaveToFileCommand</name>
    <message>
        <source>Password for the file (it protects the private key):</source>
        <translation>Wachtwoord voor het bestand (dit beveiligt de persoonlijke sleutel):</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
</context>
<context>
    <name>kluis::ui::SearchResultModel</name>
    <message>
        <source>Secret</source>
        <translation>Geheim</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Sleutel</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificaat</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Sleutelkluis</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
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
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Verloopt</translation>
    </message>
</context>
<context>
    <name>kluis::ui::SearchWindow</name>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>Search everywhere</source>
        <translation>Overal zoeken</translation>
    </message>
    <message>
        <source>Name, content type or tag (values are never searched)</source>
        <translation>Naam, inhoudstype of tag (er wordt nooit in waarden gezocht)</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Zoektekst</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Zoekstatus</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message>
        <source>Vaults that refused</source>
        <translation>Kluizen die weigerden</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Sleutelkluis</translation>
    </message>
    <message>
        <source>Why it could not be searched</source>
        <translation>Waarom er niet in kon worden gezocht</translation>
    </message>
    <message>
        <source>&amp;Open in vault</source>
        <translation>&amp;Openen in de kluis</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n found in %1 of %2 vaults.</source>
        <translation>
            <numerusform>Gestopt: %n gevonden in %1 van %2 kluizen.</numerusform>
            <numerusform>Gestopt: %n gevonden in %1 van %2 kluizen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Searching… %1 of %2 vaults answered; %n found.</source>
        <translation>
            <numerusform>Bezig met zoeken… %1 van %2 kluizen hebben geantwoord; %n gevonden.</numerusform>
            <numerusform>Bezig met zoeken… %1 van %2 kluizen hebben geantwoord; %n gevonden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found in %1 vaults.</source>
        <translation>
            <numerusform>%n gevonden in %1 kluizen.</numerusform>
            <numerusform>%n gevonden in %1 kluizen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vaults refused; open one to see why.</source>
        <translation>
            <numerusform>%n kluis weigerde; open hem om te zien waarom.</numerusform>
            <numerusform>%n kluizen weigerden; open er een om te zien waarom.</numerusform>
        </translation>
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
    <message>
        <source>&amp;Back up secret…</source>
        <translation>&amp;Back-up van geheim maken…</translation>
    </message>
    <message>
        <source>Res&amp;tore secret from backup…</source>
        <translation>Geheim terug&amp;zetten vanuit back-up…</translation>
    </message>
    <message>
        <source>Give the secret a new value; the old one stays as a version</source>
        <translation>Het geheim een nieuwe waarde geven; de oude blijft bewaard als versie</translation>
    </message>
    <message>
        <source>Show or hide the value in the details</source>
        <translation>De waarde in de details weergeven of verbergen</translation>
    </message>
    <message>
        <source>Reveal v&amp;alue</source>
        <translation>W&amp;aarde tonen</translation>
    </message>
    <message>
        <source>New ver&amp;sion…</source>
        <translation>Nieuwe ver&amp;sie…</translation>
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
        <source>Content type:</source>
        <translation>Inhoudstype:</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Inhoudstype</translation>
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
        <source>Identifier</source>
        <translation>Id</translation>
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
        <source>Show the versions of this secret</source>
        <translation>De versies van dit geheim tonen</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versies</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>Versies:</translation>
    </message>
    <message>
        <source>Sh&amp;ow versions</source>
        <translation>&amp;Versies weergeven</translation>
    </message>
    <message>
        <source>H&amp;ide</source>
        <translation>&amp;Verbergen</translation>
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
    <name>kluis::ui::SecretImportDialog</name>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>Bestand &amp;kiezen…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <source>Import secrets into %1</source>
        <translation>Geheimen importeren in %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>A .env or JSON file</source>
        <translation>Een .env- of JSON-bestand</translation>
    </message>
    <message>
        <source>When the vault has the name</source>
        <translation>Als de kluis de naam al heeft</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Bestand:</translation>
    </message>
    <message>
        <source>&amp;When the vault has the name:</source>
        <translation>&amp;Als de kluis de naam al heeft:</translation>
    </message>
    <message>
        <source>Secret name</source>
        <translation>Naam van geheim</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In het bestand</translation>
    </message>
    <message>
        <source>What the import does</source>
        <translation>Wat het importeren doet</translation>
    </message>
    <message>
        <source>Import plan</source>
        <translation>Importplan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Choose a file: values are read from it only to be written, never shown.</source>
        <translation>Kies een bestand: waarden worden er alleen uit gelezen om te worden geschreven, nooit getoond.</translation>
    </message>
    <message>
        <source>Import secrets</source>
        <translation>Geheimen importeren</translation>
    </message>
    <message>
        <source>Secrets files (*.env *.json);;All files (*)</source>
        <translation>Bestanden met geheimen (*.env *.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>Het bestand kan niet worden geïmporteerd: %1</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n names with the vault…</source>
        <translation>
            <numerusform>%n naam vergelijken met de kluis…</numerusform>
            <numerusform>%n namen vergelijken met de kluis…</numerusform>
        </translation>
    </message>
    <message>
        <source>The import could not be planned: %1</source>
        <translation>Het importeren kan niet worden gepland: %1</translation>
    </message>
    <message>
        <source>The vault has some of these names: nothing would be written.</source>
        <translation>De kluis heeft enkele van deze namen al: er zou niets worden geschreven.</translation>
    </message>
    <message numerus="yes">
        <source>%n secrets would be written; nothing has been written yet.</source>
        <translation>
            <numerusform>%n geheim zou worden geschreven; er is nog niets geschreven.</numerusform>
            <numerusform>%n geheimen zouden worden geschreven; er is nog niets geschreven.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Write %n secrets from %1 into %2?</source>
        <translation>
            <numerusform>%n geheim uit %1 schrijven naar %2?</numerusform>
            <numerusform>%n geheimen uit %1 schrijven naar %2?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <source>Importing… %1 of %2 written.</source>
        <translation>Importeren… %1 van %2 geschreven.</translation>
    </message>
    <message numerus="yes">
        <source>The import stopped after %n secrets: %1</source>
        <translation>
            <numerusform>Het importeren is gestopt na %n geheim: %1</numerusform>
            <numerusform>Het importeren is gestopt na %n geheimen: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secrets written.</source>
        <translation>
            <numerusform>%n geheim geschreven.</numerusform>
            <numerusform>%n geheimen geschreven.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kluis::ui::SecretListPane</name>
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
</context>
<context>
    <name>kluis::ui::SecretValueEdit</name>
    <message>
        <source>&amp;Copy value</source>
        <translation>Waarde &amp;kopiëren</translation>
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
    <message>
        <source>The window is rebuilt in the new language when you press OK.</source>
        <translation>Het venster wordt in de nieuwe taal opnieuw opgebouwd zodra u op OK klikt.</translation>
    </message>
    <message>
        <source>Only when expired</source>
        <translation>Alleen als verlopen</translation>
    </message>
    <message>
        <source>Warn about expiry within</source>
        <translation>Waarschuwen bij verlopen binnen</translation>
    </message>
    <message>
        <source>Lists mark items that expire within this many days; expired items are always marked</source>
        <translation>Lijsten markeren items die binnen zoveel dagen verlopen; verlopen items worden altijd gemarkeerd</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <comment>after a number of days</comment>
        <translation>
            <numerusform> dag</numerusform>
            <numerusform> dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Warn about expiry within:</source>
        <translation>&amp;Waarschuwen bij verlopen binnen:</translation>
    </message>
</context>
<context>
    <name>kluis::ui::SignInDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Bla&amp;deren…</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Aanmelden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Account toevoegen</translation>
    </message>
    <message>
        <source>Custom cloud file…</source>
        <translation>Aangepast cloudbestand…</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Cloud file</source>
        <translation>Cloudbestand</translation>
    </message>
    <message>
        <source>A cloud profile (JSON), e.g. kluis-emulator&apos;s cloud.json</source>
        <translation>Een cloudprofiel (JSON), bijvoorbeeld cloud.json van kluis-emulator</translation>
    </message>
    <message>
        <source>Browser sign-in</source>
        <translation>Aanmelden via browser</translation>
    </message>
    <message>
        <source>Device code</source>
        <translation>Apparaatcode</translation>
    </message>
    <message>
        <source>Service principal with a secret</source>
        <translation>Service-principal met een geheim</translation>
    </message>
    <message>
        <source>Service principal with a certificate</source>
        <translation>Service-principal met een certificaat</translation>
    </message>
    <message>
        <source>How to sign in</source>
        <translation>Aanmeldmethode</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Accountnaam</translation>
    </message>
    <message>
        <source>The user name or client id</source>
        <translation>De gebruikersnaam of client-id</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>Toepassings-id (client-id)</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Clientgeheim</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Certificaatbestand</translation>
    </message>
    <message>
        <source>PEM file with the private key and the certificate</source>
        <translation>PEM-bestand met de persoonlijke sleutel en het certificaat</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Copy the device code</source>
        <translation>De apparaatcode kopiëren</translation>
    </message>
    <message>
        <source>Where to enter the code</source>
        <translation>Waar u de code invoert</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>Enter it at:</source>
        <translation>Voer deze in op:</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Aanmeldstatus</translation>
    </message>
    <message>
        <source>&amp;Cloud:</source>
        <translation>&amp;Cloud:</translation>
    </message>
    <message>
        <source>Cloud &amp;file:</source>
        <translation>Cloudbe&amp;stand:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Tenant:</translation>
    </message>
    <message>
        <source>Application (client) &amp;ID:</source>
        <translation>Toepassings-&amp;id (client-id):</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>Client&amp;geheim:</translation>
    </message>
    <message>
        <source>C&amp;ertificate:</source>
        <translation>C&amp;ertificaat:</translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation>Account&amp;naam:</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Vereist</translation>
    </message>
    <message>
        <source>The service principal&apos;s application id</source>
        <translation>De toepassings-id van de service-principal</translation>
    </message>
    <message>
        <source>Choose a cloud file</source>
        <translation>Een cloudbestand kiezen</translation>
    </message>
    <message>
        <source>Cloud profiles (*.json)</source>
        <translation>Cloudprofielen (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Choose the certificate</source>
        <translation>Het certificaat kiezen</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key)</source>
        <translation>PEM-bestanden (*.pem *.crt *.key)</translation>
    </message>
    <message>
        <source>Open the link, enter the code and sign in; this window waits until you have.</source>
        <translation>Open de koppeling, voer de code in en meld u aan; dit venster wacht totdat u dat hebt gedaan.</translation>
    </message>
    <message>
        <source>Sign in in the browser window that opened…</source>
        <translation>Meld u aan in het browservenster dat is geopend…</translation>
    </message>
    <message>
        <source>Asking for a code…</source>
        <translation>Code aanvragen…</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Aanmelden geannuleerd.</translation>
    </message>
    <message>
        <source>A service principal needs its tenant and application (client) id.</source>
        <translation>Voor een service-principal zijn de tenant en de toepassings-id (client-id) nodig.</translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation>Voer het clientgeheim in.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Aanmelden…</translation>
    </message>
</context>
<context>
    <name>kluis::ui::TestKeyCommand</name>
    <message>
        <source>Test key</source>
        <translation>Sleutel testen</translation>
    </message>
    <message>
        <source>The key %1 (%2) cannot sign.</source>
        <translation>De sleutel %1 (%2) kan niet ondertekenen.</translation>
    </message>
    <message>
        <source>Key: %1
Version: %2
Algorithm: %3
Sample: %4
Digest: %5
Signature: %6 bytes</source>
        <translation>Sleutel: %1
Versie: %2
Algoritme: %3
Testgegevens: %4
Hashwaarde: %5
Handtekening: %6 bytes</translation>
    </message>
    <message>
        <source>The vault signed a sample with %1 (%2) and the signature verifies locally with the key&apos;s public part.</source>
        <translation>De sleutelkluis heeft testgegevens ondertekend met %1 (%2) en de handtekening is lokaal geverifieerd met het openbare deel van de sleutel.</translation>
    </message>
    <message>
        <source>The vault signed a sample with %1 (%2), but the signature does NOT verify locally: %3</source>
        <translation>De sleutelkluis heeft testgegevens ondertekend met %1 (%2), maar de handtekening kan lokaal NIET worden geverifieerd: %3</translation>
    </message>
    <message>
        <source>Key %1: signature verified.</source>
        <translation>Sleutel %1: handtekening geverifieerd.</translation>
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
    <message>
        <source>Favourite</source>
        <translation>Favoriet</translation>
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
        <source>Favourites, attached vaults and the vaults of each account. Click a vault&apos;s star to pin it to Favourites.</source>
        <translation>Favorieten, gekoppelde kluizen en de kluizen van elk account. Klik op de ster van een kluis om deze aan Favorieten vast te maken.</translation>
    </message>
</context>
<context>
    <name>kluis::ui::VaultPane</name>
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
    <message>
        <source>Secrets</source>
        <translation>Geheimen</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Sleutels</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificaten</translation>
    </message>
    <message>
        <source>Kind of deleted objects</source>
        <translation>Soort verwijderde objecten</translation>
    </message>
    <message>
        <source>Cer&amp;tificates</source>
        <translation>&amp;Certificaten</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Weergeven:</translation>
    </message>
    <message>
        <source>Ke&amp;ys</source>
        <translation>S&amp;leutels</translation>
    </message>
    <message>
        <source>No vaults yet? Use File → Add account…, File → Attach local emulator… or File → Attach vault by URL…</source>
        <translation>Nog geen kluizen? Gebruik Bestand → Account toevoegen…, Bestand → Lokale emulator koppelen… of Bestand → Kluis koppelen via URL…</translation>
    </message>
    <message>
        <source>Choose a vault on the left.</source>
        <translation>Kies links een kluis.</translation>
    </message>
</context>
<context>
    <name>kluis::ui::ViewPolicyCommand</name>
    <message>
        <source>Certificate policy</source>
        <translation>Certificaatbeleid</translation>
    </message>
    <message>
        <source>%1 %2 bits</source>
        <translation>%1 %2 bits</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>Issuer: %1
Subject: %2
DNS names: %3
Validity: %n month(s)
Key: %4
Private key exportable: %5
Reuse key on renewal: %6
Format in the vault: %7
Key usage: %8
Extended key usage: %9</source>
        <translation>
            <numerusform>Verlener: %1
Onderwerp: %2
DNS-namen: %3
Geldigheid: %n maand
Sleutel: %4
Persoonlijke sleutel exporteerbaar: %5
Sleutel hergebruiken bij vernieuwing: %6
Indeling in de sleutelkluis: %7
Sleutelgebruik: %8
Uitgebreid sleutelgebruik: %9</numerusform>
            <numerusform>Verlener: %1
Onderwerp: %2
DNS-namen: %3
Geldigheid: %n maanden
Sleutel: %4
Persoonlijke sleutel exporteerbaar: %5
Sleutel hergebruiken bij vernieuwing: %6
Indeling in de sleutelkluis: %7
Sleutelgebruik: %8
Uitgebreid sleutelgebruik: %9</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Policy of %1</source>
        <translation>Beleid van %1</translation>
    </message>
</context>
<context>
    <name>kluis::ui::details</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
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
