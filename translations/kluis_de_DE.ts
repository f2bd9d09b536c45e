<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccessToken</name>
    <message>
        <source>The sign-in service answered HTTP %1 without a readable body.</source>
        <translation>Der Anmeldedienst hat mit HTTP %1 ohne lesbaren Inhalt geantwortet.</translation>
    </message>
    <message>
        <source>The sign-in service sent no access token.</source>
        <translation>Der Anmeldedienst hat kein Zugriffstoken gesendet.</translation>
    </message>
    <message>
        <source>The sign-in service sent a token of type %1, not Bearer.</source>
        <translation>Der Anmeldedienst hat ein Token vom Typ %1 statt Bearer gesendet.</translation>
    </message>
    <message>
        <source>The sign-in service sent a token without a lifetime.</source>
        <translation>Der Anmeldedienst hat ein Token ohne Gültigkeitsdauer gesendet.</translation>
    </message>
</context>
<context>
    <name>ArmClient</name>
    <message>
        <source>Resource Manager sent a vault that is not JSON.</source>
        <translation>Resource Manager hat einen Tresor gesendet, der kein JSON ist.</translation>
    </message>
    <message>
        <source>The vault&apos;s network rules were not read from Resource Manager; nothing was written.</source>
        <translation>Die Netzwerkregeln des Tresors wurden nicht aus Resource Manager gelesen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Resource Manager sent a role assignment that is not JSON.</source>
        <translation>Resource Manager hat eine Rollenzuweisung gesendet, die kein JSON ist.</translation>
    </message>
</context>
<context>
    <name>AzureError</name>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Der Vorgang wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>Netzwerkfehler: %1</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Unexpected answer: %1</source>
        <translation>Unerwartete Antwort: %1</translation>
    </message>
    <message>
        <source>The vault&apos;s firewall does not allow this client&apos;s address.</source>
        <translation>Die Firewall des Tresors lässt die Adresse dieses Clients nicht zu.</translation>
    </message>
    <message>
        <source>The vault&apos;s firewall does not allow the address %1.</source>
        <translation>Die Firewall des Tresors lässt die Adresse %1 nicht zu.</translation>
    </message>
    <message>
        <source>The vault accepts only private-link connections (public network access is disabled).</source>
        <translation>Der Tresor akzeptiert nur Private Link-Verbindungen (der öffentliche Netzwerkzugriff ist deaktiviert).</translation>
    </message>
    <message>
        <source>Access denied: %1</source>
        <translation>Zugriff verweigert: %1</translation>
    </message>
    <message>
        <source>The service is throttling requests; try again shortly.</source>
        <translation>Der Dienst drosselt Anforderungen; versuchen Sie es in Kürze erneut.</translation>
    </message>
    <message>
        <source>The service answered HTTP %1.</source>
        <translation>Der Dienst hat mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP-Status: %1</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Fehlercode: %1</translation>
    </message>
    <message>
        <source>Inner error code: %1</source>
        <translation>Innerer Fehlercode: %1</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Meldung: %1</translation>
    </message>
    <message>
        <source>Transport error: %1 (%2)</source>
        <translation>Übertragungsfehler: %1 (%2)</translation>
    </message>
    <message>
        <source>Client address quoted by the vault: %1</source>
        <translation>Vom Tresor angegebene Clientadresse: %1</translation>
    </message>
    <message>
        <source>Client address seen by the vault: %1</source>
        <translation>Vom Tresor gesehene Clientadresse: %1</translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation>Anforderung: %1</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>Anforderungs-ID: %1</translation>
    </message>
</context>
<context>
    <name>ClientCertificateCredential</name>
    <message>
        <source>Cannot read the client certificate %1: %2</source>
        <translation>Das Clientzertifikat %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 does not hold an RSA private key and its certificate in PEM form.</source>
        <translation>%1 enthält keinen privaten RSA-Schlüssel mit zugehörigem Zertifikat im PEM-Format.</translation>
    </message>
    <message>
        <source>%1 is not a PKCS#12 (PFX) file.</source>
        <translation>%1 ist keine PKCS#12-Datei (PFX).</translation>
    </message>
    <message>
        <source>Cannot open %1: wrong password or damaged PFX file.</source>
        <translation>%1 kann nicht geöffnet werden: falsches Kennwort oder beschädigte PFX-Datei.</translation>
    </message>
    <message>
        <source>%1 does not hold an RSA private key and its certificate.</source>
        <translation>%1 enthält keinen privaten RSA-Schlüssel mit zugehörigem Zertifikat.</translation>
    </message>
    <message>
        <source>application %1 (certificate) in tenant %2</source>
        <translation>Anwendung %1 (Zertifikat) im Mandanten %2</translation>
    </message>
    <message>
        <source>Signing the client assertion failed.</source>
        <translation>Das Signieren der Clientassertion ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The application credential lacks a tenant or client id.</source>
        <translation>Den Anmeldeinformationen der Anwendung fehlt eine Mandanten- oder Client-ID.</translation>
    </message>
</context>
<context>
    <name>ClientSecretCredential</name>
    <message>
        <source>application %1 in tenant %2</source>
        <translation>Anwendung %1 im Mandanten %2</translation>
    </message>
    <message>
        <source>The application credential lacks a tenant, client id or secret.</source>
        <translation>Den Anmeldeinformationen der Anwendung fehlt eine Mandanten-ID, Client-ID oder ein geheimer Clientschlüssel.</translation>
    </message>
    <message>
        <source>Set AZURE_CLIENT_ID and AZURE_CLIENT_SECRET (and AZURE_TENANT_ID) to sign in.</source>
        <translation>Legen Sie AZURE_CLIENT_ID und AZURE_CLIENT_SECRET (und AZURE_TENANT_ID) fest, um sich anzumelden.</translation>
    </message>
    <message>
        <source>Set AZURE_TENANT_ID to the tenant to sign in to.</source>
        <translation>Legen Sie AZURE_TENANT_ID auf den Mandanten fest, bei dem Sie sich anmelden möchten.</translation>
    </message>
    <message>
        <source>Set AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH to sign in as %1.</source>
        <translation>Legen Sie AZURE_CLIENT_SECRET oder AZURE_CLIENT_CERTIFICATE_PATH fest, um sich als %1 anzumelden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tenant: give a tenant id or domain name.</source>
        <translation>&quot;%1&quot; ist kein Mandant: Geben Sie eine Mandanten-ID oder einen Domänennamen an.</translation>
    </message>
</context>
<context>
    <name>CloudProfile</name>
    <message>
        <source>The cloud profile&apos;s &quot;%1&quot; must be an https URL.</source>
        <translation>Der Wert &quot;%1&quot; des Cloudprofils muss eine https-URL sein.</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
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
        <translation>Zertifikatsperrung (CRL/OCSP)</translation>
    </message>
    <message>
        <source>Azure (global)</source>
        <translation>Azure (global)</translation>
    </message>
    <message>
        <source>Azure China (operated by 21Vianet)</source>
        <translation>Azure China (betrieben von 21Vianet)</translation>
    </message>
    <message>
        <source>Azure US Government</source>
        <translation>Azure US Government</translation>
    </message>
    <message>
        <source>Azure Germany (retired 2021)</source>
        <translation>Azure Deutschland (2021 eingestellt)</translation>
    </message>
    <message>
        <source>The cloud profile is not valid JSON: %1</source>
        <translation>Das Cloudprofil ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>The cloud profile has no &quot;name&quot;.</source>
        <translation>Das Cloudprofil hat keinen &quot;name&quot;.</translation>
    </message>
    <message>
        <source>The cloud profile&apos;s &quot;vaultPort&quot; is not a port number.</source>
        <translation>Der Wert &quot;vaultPort&quot; des Cloudprofils ist keine Portnummer.</translation>
    </message>
    <message>
        <source>Cannot read the cloud profile %1: %2</source>
        <translation>Das Cloudprofil %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>DeviceCodeCredential</name>
    <message>
        <source>The sign-in service sent no device code.</source>
        <translation>Der Anmeldedienst hat keinen Geräte-Code gesendet.</translation>
    </message>
    <message>
        <source>The sign-in code expired before it was used. Start the sign-in again.</source>
        <translation>Der Anmeldecode ist abgelaufen, bevor er verwendet wurde. Starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>The sign-in was declined.</source>
        <translation>Die Anmeldung wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The sign-in service gave a sign-in page that is not an https address (%1); it is not shown.</source>
        <translation>Der Anmeldedienst nannte eine Anmeldeseite, die keine https-Adresse ist (%1); sie wird nicht angezeigt.</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>Every endpoint answered and the vault can be listed.</source>
        <translation>Alle Endpunkte haben geantwortet, und der Tresor kann aufgelistet werden.</translation>
    </message>
    <message>
        <source>A host name Kluis needs does not resolve: DNS has no answer for it.</source>
        <translation>Ein Hostname, den Kluis benötigt, wird nicht aufgelöst: DNS liefert keine Antwort dafür.</translation>
    </message>
    <message>
        <source>The vault&apos;s name resolves to a private endpoint address that this machine cannot reach.</source>
        <translation>Der Name des Tresors wird in die Adresse eines privaten Endpunkts aufgelöst, die dieser Computer nicht erreichen kann.</translation>
    </message>
    <message>
        <source>A network firewall drops the connection to an endpoint Kluis needs: the connection times out.</source>
        <translation>Eine Netzwerkfirewall verwirft die Verbindung zu einem Endpunkt, den Kluis benötigt: Die Verbindung läuft in ein Zeitlimit.</translation>
    </message>
    <message>
        <source>The connection to an endpoint Kluis needs is refused: nothing listens there, or a firewall rejects it.</source>
        <translation>Die Verbindung zu einem Endpunkt, den Kluis benötigt, wird abgelehnt: Dort lauscht nichts, oder eine Firewall weist sie ab.</translation>
    </message>
    <message>
        <source>The endpoint presents a certificate this machine does not trust, usually from a proxy that inspects TLS.</source>
        <translation>Der Endpunkt legt ein Zertifikat vor, dem dieser Computer nicht vertraut – meist von einem Proxy, der TLS untersucht.</translation>
    </message>
    <message>
        <source>This network only lets traffic out through a proxy, and Kluis cannot reach one.</source>
        <translation>Dieses Netzwerk lässt ausgehenden Datenverkehr nur über einen Proxy zu, und Kluis erreicht keinen.</translation>
    </message>
    <message>
        <source>The proxy refuses the connection to an endpoint Kluis needs.</source>
        <translation>Der Proxy lehnt die Verbindung zu einem Endpunkt ab, den Kluis benötigt.</translation>
    </message>
    <message>
        <source>The proxy asks for credentials before it lets Kluis through.</source>
        <translation>Der Proxy verlangt Anmeldeinformationen, bevor er Kluis durchlässt.</translation>
    </message>
    <message>
        <source>The vault&apos;s firewall does not admit the address the vault sees for this machine.</source>
        <translation>Die Firewall des Tresors lässt die Adresse nicht zu, die der Tresor für diesen Computer sieht.</translation>
    </message>
    <message>
        <source>The vault has public network access disabled: only its private endpoints are admitted.</source>
        <translation>Beim Tresor ist der öffentliche Netzwerkzugriff deaktiviert: Nur seine privaten Endpunkte werden zugelassen.</translation>
    </message>
    <message>
        <source>The network lets you through, but your account lacks the permission (access policy or role) for this operation.</source>
        <translation>Das Netzwerk lässt Sie durch, aber Ihrem Konto fehlt die Berechtigung (Zugriffsrichtlinie oder Rolle) für diesen Vorgang.</translation>
    </message>
    <message>
        <source>Signing in failed or the vault refused the token.</source>
        <translation>Die Anmeldung ist fehlgeschlagen, oder der Tresor hat das Token abgelehnt.</translation>
    </message>
    <message>
        <source>The token comes from another tenant than the vault&apos;s.</source>
        <translation>Das Token stammt aus einem anderen Mandanten als dem des Tresors.</translation>
    </message>
    <message>
        <source>The vault is throttling requests: too many were sent in a short time.</source>
        <translation>Der Tresor drosselt Anforderungen: In kurzer Zeit wurden zu viele gesendet.</translation>
    </message>
    <message>
        <source>The service failed on its side; the network path looks fine.</source>
        <translation>Der Dienst hat auf seiner Seite einen Fehler; der Netzwerkpfad scheint in Ordnung zu sein.</translation>
    </message>
    <message>
        <source>Diagnosis of %1</source>
        <translation>Diagnose von %1</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Address the vault sees</source>
        <translation>Vom Tresor gesehene Adresse</translation>
    </message>
    <message>
        <source>Behind NAT</source>
        <translation>Hinter NAT</translation>
    </message>
    <message>
        <source>yes: the vault sees another address than this machine&apos;s own</source>
        <translation>ja: Der Tresor sieht eine andere Adresse als die eigene dieses Computers</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>This machine&apos;s addresses</source>
        <translation>Adressen dieses Computers</translation>
    </message>
    <message>
        <source>Certificate issuer</source>
        <translation>Zertifikatsaussteller</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Failed call</source>
        <translation>Fehlgeschlagener Aufruf</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Anforderungs-ID</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>The vault&apos;s network rules</source>
        <translation>Netzwerkregeln des Tresors</translation>
    </message>
    <message>
        <source>Public network access</source>
        <translation>Öffentlicher Netzwerkzugriff</translation>
    </message>
    <message>
        <source>Default action</source>
        <translation>Standardaktion</translation>
    </message>
    <message>
        <source>Bypass</source>
        <translation>Umgehung</translation>
    </message>
    <message>
        <source>IP rules</source>
        <translation>IP-Regeln</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Virtual network rules</source>
        <translation>Regeln für virtuelle Netzwerke</translation>
    </message>
    <message>
        <source>Private endpoints</source>
        <translation>Private Endpunkte</translation>
    </message>
    <message>
        <source>An IP rule covers %1</source>
        <translation>Eine IP-Regel deckt %1 ab</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Resource Manager could not be read: %1</source>
        <translation>Resource Manager konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Not read.</source>
        <translation>Nicht gelesen.</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Empfohlene Maßnahmen</translation>
    </message>
    <message>
        <source>Allow-list for the network team</source>
        <translation>Zulassungsliste für das Netzwerkteam</translation>
    </message>
    <message>
        <source>Ask the network team to allow these endpoints</source>
        <translation>Bitten Sie das Netzwerkteam, diese Endpunkte zuzulassen</translation>
    </message>
    <message>
        <source>Blocked: %1. Everything this cloud needs: %2.</source>
        <translation>Blockiert: %1. Alles, was diese Cloud benötigt: %2.</translation>
    </message>
    <message>
        <source> Vault IP rules take public IPv4 addresses only: a private address means a virtual network rule or a private endpoint is needed instead.</source>
        <translation> IP-Regeln eines Tresors akzeptieren nur öffentliche IPv4-Adressen: Bei einer privaten Adresse ist stattdessen eine Regel für virtuelle Netzwerke oder ein privater Endpunkt erforderlich.</translation>
    </message>
    <message>
        <source>Add my address to the vault&apos;s firewall</source>
        <translation>Meine Adresse zur Firewall des Tresors hinzufügen</translation>
    </message>
    <message>
        <source>Add an IP rule for %1, the address the vault sees (not necessarily this machine&apos;s own).%2</source>
        <translation>Fügen Sie eine IP-Regel für %1 hinzu, die Adresse, die der Tresor sieht (nicht unbedingt die eigene Adresse dieses Computers).%2</translation>
    </message>
    <message>
        <source>Add my address for a while</source>
        <translation>Meine Adresse vorübergehend hinzufügen</translation>
    </message>
    <message>
        <source>Add an IP rule for %1 and remove it again after the chosen time.%2</source>
        <translation>Fügen Sie eine IP-Regel für %1 hinzu und entfernen Sie sie nach der gewählten Zeit wieder.%2</translation>
    </message>
    <message>
        <source>Or let every address through</source>
        <translation>Oder jede Adresse durchlassen</translation>
    </message>
    <message>
        <source>Setting the firewall&apos;s default action to Allow admits every address; public network access must be Enabled as well. The two gates are independent: opening one alone may not help.</source>
        <translation>Wenn die Standardaktion der Firewall auf „Zulassen“ gesetzt wird, ist jede Adresse zugelassen; zusätzlich muss der öffentliche Netzwerkzugriff aktiviert sein. Beide Sperren sind unabhängig voneinander: Nur eine davon zu öffnen, hilft möglicherweise nicht.</translation>
    </message>
    <message>
        <source>Enable public network access</source>
        <translation>Öffentlichen Netzwerkzugriff aktivieren</translation>
    </message>
    <message>
        <source>Public network access is Disabled, so only private endpoints are admitted. Enabling it is not enough by itself: with the default action Deny (the default for new vaults) your address also needs an IP rule.</source>
        <translation>Der öffentliche Netzwerkzugriff ist deaktiviert, daher werden nur private Endpunkte zugelassen. Ihn zu aktivieren, reicht allein nicht aus: Bei der Standardaktion „Verweigern“ (Standard für neue Tresore) benötigt Ihre Adresse außerdem eine IP-Regel.</translation>
    </message>
    <message>
        <source>Check DNS</source>
        <translation>DNS überprüfen</translation>
    </message>
    <message>
        <source>%1 has no DNS answer. Check the DNS server this machine uses, and the private DNS zone when the vault has a private endpoint.</source>
        <translation>Für %1 gibt es keine DNS-Antwort. Überprüfen Sie den DNS-Server, den dieser Computer verwendet, und die private DNS-Zone, wenn der Tresor einen privaten Endpunkt hat.</translation>
    </message>
    <message>
        <source>Reach the private endpoint, or fix DNS</source>
        <translation>Privaten Endpunkt erreichen oder DNS korrigieren</translation>
    </message>
    <message>
        <source>%1 resolves to a private endpoint address. Connect to the private network (VPN) it lives in, or remove the privatelink entry from the DNS this machine uses to go the public way.</source>
        <translation>%1 wird in die Adresse eines privaten Endpunkts aufgelöst. Stellen Sie eine Verbindung mit dem privaten Netzwerk (VPN) her, in dem er sich befindet, oder entfernen Sie den privatelink-Eintrag aus dem DNS dieses Computers, um den öffentlichen Weg zu nehmen.</translation>
    </message>
    <message>
        <source>Trust the proxy&apos;s certificate authority</source>
        <translation>Der Zertifizierungsstelle des Proxys vertrauen</translation>
    </message>
    <message>
        <source>%1 presented a certificate issued by &quot;%2&quot;, which this machine does not trust. When that is your organisation&apos;s TLS-inspecting proxy, install its CA certificate in the system&apos;s trust store, or ask for %1 to be excluded from inspection.</source>
        <translation>%1 hat ein von &quot;%2&quot; ausgestelltes Zertifikat vorgelegt, dem dieser Computer nicht vertraut. Wenn es sich um den TLS-untersuchenden Proxy Ihrer Organisation handelt, installieren Sie dessen CA-Zertifikat im Vertrauensspeicher des Systems, oder lassen Sie %1 von der Untersuchung ausnehmen.</translation>
    </message>
    <message>
        <source>Configure the proxy</source>
        <translation>Proxy konfigurieren</translation>
    </message>
    <message>
        <source>Traffic to %1 does not get out directly and no proxy answers. Set the proxy your organisation uses (system settings or HTTPS_PROXY).</source>
        <translation>Datenverkehr zu %1 gelangt nicht direkt nach außen, und kein Proxy antwortet. Legen Sie den Proxy fest, den Ihre Organisation verwendet (Systemeinstellungen oder HTTPS_PROXY).</translation>
    </message>
    <message>
        <source>Give the proxy your credentials</source>
        <translation>Anmeldeinformationen für den Proxy angeben</translation>
    </message>
    <message>
        <source>The proxy answered 407 for %1: set a user name and password for it, or ask for the endpoints to be allowed without authentication.</source>
        <translation>Der Proxy hat für %1 mit 407 geantwortet: Legen Sie einen Benutzernamen und ein Kennwort dafür fest, oder lassen Sie die Endpunkte ohne Authentifizierung zulassen.</translation>
    </message>
    <message>
        <source>Or go through a private endpoint</source>
        <translation>Oder über einen privaten Endpunkt gehen</translation>
    </message>
    <message>
        <source>The vault has no private endpoint connection.</source>
        <translation>Der Tresor hat keine Verbindung mit einem privaten Endpunkt.</translation>
    </message>
    <message>
        <source>Connect from the network of a private endpoint, with its privatelink DNS zone: %1.</source>
        <translation>Stellen Sie die Verbindung aus dem Netzwerk eines privaten Endpunkts her, mit dessen privatelink-DNS-Zone: %1.</translation>
    </message>
    <message>
        <source>Ask for the permission</source>
        <translation>Berechtigung anfordern</translation>
    </message>
    <message>
        <source>This is not a firewall problem: the vault admitted the connection but your account has no access policy or role for it. Ask the vault&apos;s owner for one.</source>
        <translation>Dies ist kein Firewallproblem: Der Tresor hat die Verbindung zugelassen, aber Ihr Konto hat keine Zugriffsrichtlinie oder Rolle dafür. Bitten Sie den Besitzer des Tresors darum.</translation>
    </message>
    <message>
        <source>This is not a firewall problem: ask the vault&apos;s owner to grant &quot;%1&quot; (an access policy entry or an RBAC role that includes it).</source>
        <translation>Dies ist kein Firewallproblem: Bitten Sie den Besitzer des Tresors, &quot;%1&quot; zu gewähren (einen Eintrag in der Zugriffsrichtlinie oder eine RBAC-Rolle, die dies enthält).</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>Sign in to the vault&apos;s own tenant: the token was issued by another one.</source>
        <translation>Melden Sie sich beim Mandanten des Tresors an: Das Token wurde von einem anderen ausgestellt.</translation>
    </message>
    <message>
        <source>Sign in again, with an account that may use this vault.</source>
        <translation>Melden Sie sich erneut an, mit einem Konto, das diesen Tresor verwenden darf.</translation>
    </message>
    <message>
        <source>Wait and try again</source>
        <translation>Warten und erneut versuchen</translation>
    </message>
    <message>
        <source>Key Vault limits requests per vault per 10 seconds; wait a little and retry.</source>
        <translation>Key Vault begrenzt die Anforderungen pro Tresor je 10 Sekunden; warten Sie kurz, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The service failed on its side; retry later, quoting the request id if it persists.</source>
        <translation>Der Dienst hat auf seiner Seite einen Fehler; versuchen Sie es später erneut und geben Sie die Anforderungs-ID an, falls das Problem bestehen bleibt.</translation>
    </message>
    <message>
        <source>Not signed in: Resource Manager was not asked.</source>
        <translation>Nicht angemeldet: Resource Manager wurde nicht abgefragt.</translation>
    </message>
    <message>
        <source>The vault %1 is in none of your subscriptions.</source>
        <translation>Der Tresor %1 ist in keinem Ihrer Abonnements.</translation>
    </message>
    <message>
        <source>Resource Manager did not answer in time.</source>
        <translation>Resource Manager hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Missing data action</source>
        <translation>Fehlende Datenaktion</translation>
    </message>
    <message>
        <source>Least-privileged built-in role</source>
        <translation>Integrierte Rolle mit den geringsten Rechten</translation>
    </message>
    <message>
        <source>This is not a firewall problem: the vault decides by Azure RBAC and no role of yours grants %1. The least-privileged built-in role that does is &quot;%2&quot;; ask for it at the vault&apos;s scope (Access control (IAM)). Role changes take a few minutes to apply.</source>
        <translation>Das ist kein Firewallproblem: Der Tresor entscheidet über Azure RBAC, und keine Ihrer Rollen gewährt %1. Die integrierte Rolle mit den geringsten Rechten, die es gewährt, ist „%2“; fordern Sie sie im Bereich des Tresors an (Zugriffssteuerung (IAM)). Rollenänderungen werden erst nach einigen Minuten wirksam.</translation>
    </message>
    <message>
        <source>This is not a firewall problem: the vault decides by access policies and yours lacks the %1 permission. Ask the vault&apos;s owner for an access policy entry with it (on Azure RBAC the role &quot;%2&quot; grants the same).</source>
        <translation>Das ist kein Firewallproblem: Der Tresor entscheidet über Zugriffsrichtlinien, und Ihrer fehlt die Berechtigung %1. Bitten Sie den Besitzer des Tresors um einen Eintrag in der Zugriffsrichtlinie damit (unter Azure RBAC gewährt die Rolle „%2“ dasselbe).</translation>
    </message>
    <message>
        <source>The vault is in a network security perimeter in enforced mode, and the perimeter&apos;s inbound rules do not admit this machine; the vault&apos;s own firewall rules no longer count.</source>
        <translation>Der Tresor liegt in einem Netzwerksicherheitsperimeter im erzwungenen Modus, und die eingehenden Zugriffsregeln des Perimeters lassen diesen Computer nicht zu; die eigenen Firewallregeln des Tresors zählen nicht mehr.</translation>
    </message>
    <message>
        <source>this machine&apos;s address</source>
        <translation>die Adresse dieses Computers</translation>
    </message>
    <message>
        <source>Add an inbound access rule for %1 to profile %2 of network security perimeter %3 (Azure portal: Network security perimeters, %3, Profiles, %2, Inbound access rules), or ask the perimeter&apos;s owner to. The vault&apos;s IP rules do not help while the association is enforced.</source>
        <translation>Fügen Sie dem Profil %2 des Netzwerksicherheitsperimeters %3 eine eingehende Zugriffsregel für %1 hinzu (Azure-Portal: Netzwerksicherheitsperimeter, %3, Profile, %2, Eingehende Zugriffsregeln), oder bitten Sie den Besitzer des Perimeters darum. Die IP-Regeln des Tresors helfen nicht, solange die Zuordnung erzwungen wird.</translation>
    </message>
    <message>
        <source>It admits now: %1.</source>
        <translation>Derzeit zugelassen: %1.</translation>
    </message>
    <message>
        <source>Add an inbound access rule for %1 to the profile of the network security perimeter the vault is associated with. The vault&apos;s IP rules do not help while the association is enforced.</source>
        <translation>Fügen Sie dem Profil des Netzwerksicherheitsperimeters, dem der Tresor zugeordnet ist, eine eingehende Zugriffsregel für %1 hinzu. Die IP-Regeln des Tresors helfen nicht, solange die Zuordnung erzwungen wird.</translation>
    </message>
    <message>
        <source>Admit this address in the perimeter&apos;s inbound rules</source>
        <translation>Diese Adresse in den eingehenden Regeln des Perimeters zulassen</translation>
    </message>
</context>
<context>
    <name>EndpointProber</name>
    <message>
        <source>Not probed: stands for every vault of the cloud.</source>
        <translation>Nicht geprüft: steht stellvertretend für jeden Tresor der Cloud.</translation>
    </message>
    <message>
        <source>DNS not asked: .localhost names are loopback (RFC 6761), %1</source>
        <translation>DNS nicht abgefragt: .localhost-Namen sind Loopback (RFC 6761), %1</translation>
    </message>
    <message>
        <source>DNS not asked: the cloud file maps %1 to %2</source>
        <translation>DNS nicht abgefragt: Die Clouddatei ordnet %1 der Adresse %2 zu</translation>
    </message>
    <message>
        <source>CNAME %1</source>
        <translation>CNAME %1</translation>
    </message>
    <message>
        <source>resolves to %1</source>
        <translation>wird in %1 aufgelöst</translation>
    </message>
    <message>
        <source>no DNS answer for %1</source>
        <translation>keine DNS-Antwort für %1</translation>
    </message>
    <message>
        <source>no DNS answer here; the proxy resolves names itself</source>
        <translation>hier keine DNS-Antwort; der Proxy löst Namen selbst auf</translation>
    </message>
    <message>
        <source>a privatelink alias: the vault has a private endpoint</source>
        <translation>ein privatelink-Alias: Der Tresor hat einen privaten Endpunkt</translation>
    </message>
    <message>
        <source>the proxy %1 does not answer (%2)</source>
        <translation>der Proxy %1 antwortet nicht (%2)</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitlimit überschritten</translation>
    </message>
    <message>
        <source>TCP to %1 fails (%2); the system names the proxy %3, which Kluis does not use</source>
        <translation>TCP zu %1 schlägt fehl (%2); das System nennt den Proxy %3, den Kluis nicht verwendet</translation>
    </message>
    <message>
        <source>TCP to the private address %1 failed</source>
        <translation>TCP zur privaten Adresse %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>TCP to %1: no answer within %2 s</source>
        <translation>TCP zu %1: keine Antwort innerhalb von %2 s</translation>
    </message>
    <message>
        <source>TCP to %1: %2</source>
        <translation>TCP zu %1: %2</translation>
    </message>
    <message>
        <source>TCP to %1 connects</source>
        <translation>TCP zu %1 verbindet</translation>
    </message>
    <message>
        <source>the proxy %1 does not open %2: %3</source>
        <translation>der Proxy %1 öffnet %2 nicht: %3</translation>
    </message>
    <message>
        <source>the proxy %1 opens %2</source>
        <translation>der Proxy %1 öffnet %2</translation>
    </message>
    <message>
        <source>TLS verified, certificate from %1</source>
        <translation>TLS überprüft, Zertifikat von %1</translation>
    </message>
    <message>
        <source>TLS not trusted: certificate for &quot;%1&quot; from &quot;%2&quot; (%3)</source>
        <translation>TLS nicht vertrauenswürdig: Zertifikat für &quot;%1&quot; von &quot;%2&quot; (%3)</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>TLS-Handshake fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>GET /healthstatus: %1</source>
        <translation>GET /healthstatus: %1</translation>
    </message>
    <message>
        <source>GET /healthstatus: %1 without x-ms-keyvault-network-info: not Key Vault but something in between (a proxy or a portal)</source>
        <translation>GET /healthstatus: %1 ohne x-ms-keyvault-network-info: nicht Key Vault, sondern etwas dazwischen (ein Proxy oder ein Portal)</translation>
    </message>
    <message>
        <source>GET /healthstatus: %1 from Key Vault, which sees this client as %2</source>
        <translation>GET /healthstatus: %1 von Key Vault, der diesen Client als %2 sieht</translation>
    </message>
</context>
<context>
    <name>KeyVaultClient</name>
    <message>
        <source>The vault&apos;s answer is not a JSON object.</source>
        <translation>Die Antwort des Tresors ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid object name: 1-127 letters, digits and dashes.</source>
        <translation>&quot;%1&quot; ist kein gültiger Objektname: 1–127 Buchstaben, Ziffern und Bindestriche.</translation>
    </message>
    <message>
        <source>The vault sent a backup without a value.</source>
        <translation>Der Tresor hat eine Sicherung ohne Wert gesendet.</translation>
    </message>
    <message>
        <source>The cloud %1 has no vault DNS suffix; give the vault&apos;s URI.</source>
        <translation>Die Cloud %1 hat kein DNS-Suffix für Tresore; geben Sie den URI des Tresors an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a vault name nor an https vault URI.</source>
        <translation>&quot;%1&quot; ist weder ein Tresorname noch ein https-Tresor-URI.</translation>
    </message>
    <message>
        <source>The vault sent a signature without a value.</source>
        <translation>Der Tresor hat eine Signatur ohne Wert gesendet.</translation>
    </message>
    <message>
        <source>The certificate %1 is still being created; look again later.</source>
        <translation>Das Zertifikat %1 wird noch erstellt; sehen Sie später nach.</translation>
    </message>
    <message>
        <source>Creating the certificate %1 ended as %2: %3</source>
        <translation>Das Erstellen des Zertifikats %1 endete mit %2: %3</translation>
    </message>
</context>
<context>
    <name>KeychainStore</name>
    <message>
        <source>The keychain refused the request: %1</source>
        <translation>Der Schlüsselbund hat die Anforderung abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>PagingGuard</name>
    <message numerus="yes">
        <source>%1 kept answering with pages that lead nowhere: a next link pointed back to a page already read. The listing was stopped after %n page(s).</source>
        <translation>
            <numerusform>%1 antwortete weiter mit Seiten, die nirgendwohin führen: Ein Link zur nächsten Seite zeigte auf eine bereits gelesene Seite zurück. Die Auflistung wurde nach %n Seite beendet.</numerusform>
            <numerusform>%1 antwortete weiter mit Seiten, die nirgendwohin führen: Ein Link zur nächsten Seite zeigte auf eine bereits gelesene Seite zurück. Die Auflistung wurde nach %n Seiten beendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 kept answering with pages that lead nowhere: %n empty pages in a row, each with a next link. The listing was stopped.</source>
        <translation>
            <numerusform>%1 antwortete weiter mit Seiten, die nirgendwohin führen: %n leere Seite in Folge, jede mit einem Link zur nächsten Seite. Die Auflistung wurde beendet.</numerusform>
            <numerusform>%1 antwortete weiter mit Seiten, die nirgendwohin führen: %n leere Seiten in Folge, jede mit einem Link zur nächsten Seite. Die Auflistung wurde beendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 kept answering with more pages; the listing was stopped after %n pages, the most Kluis reads in one listing.</source>
        <translation>
            <numerusform>%1 antwortete weiter mit weiteren Seiten; die Auflistung wurde nach %n Seite beendet, dem Höchstwert, den Kluis in einer Auflistung liest.</numerusform>
            <numerusform>%1 antwortete weiter mit weiteren Seiten; die Auflistung wurde nach %n Seiten beendet, dem Höchstwert, den Kluis in einer Auflistung liest.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RuleChangeLog</name>
    <message>
        <source>The firewall journal %1 is damaged (%2).</source>
        <translation>Das Firewall-Journal %1 ist beschädigt (%2).</translation>
    </message>
    <message>
        <source>Another Kluis holds the firewall journal %1.</source>
        <translation>Eine andere Kluis-Instanz hält das Firewall-Journal %1.</translation>
    </message>
</context>
<context>
    <name>UserCredential</name>
    <message>
        <source>a user in tenant %1</source>
        <translation>ein Benutzer im Mandanten %1</translation>
    </message>
    <message>
        <source>%1 in tenant %2</source>
        <translation>%1 im Mandanten %2</translation>
    </message>
    <message>
        <source>Sign in again to continue as %1.</source>
        <translation>Melden Sie sich erneut an, um als %1 fortzufahren.</translation>
    </message>
</context>
<context>
    <name>VaultAccess</name>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>The sign-in returned a token without an identity.</source>
        <translation>Die Anmeldung lieferte ein Token ohne Identität.</translation>
    </message>
    <message>
        <source>The vault %1 is in none of your subscriptions.</source>
        <translation>Der Tresor %1 ist in keinem Ihrer Abonnements.</translation>
    </message>
    <message>
        <source>%1 is not a built-in Key Vault role.</source>
        <translation>%1 ist keine integrierte Key Vault-Rolle.</translation>
    </message>
    <message>
        <source>%1 holds no %2 assignment on the vault itself (an inherited one is removed where it was made).</source>
        <translation>%1 hat keine Zuweisung von %2 auf dem Tresor selbst (eine geerbte wird dort entfernt, wo sie erstellt wurde).</translation>
    </message>
</context>
<context>
    <name>kluis::core::AccountStore</name>
    <message>
        <source>Unknown cloud %1.</source>
        <translation>Unbekannte Cloud %1.</translation>
    </message>
    <message>
        <source>Choose the application (client) id to sign in with.</source>
        <translation>Wählen Sie die Anwendungs-ID (Client-ID) für die Anmeldung aus.</translation>
    </message>
    <message>
        <source>Choose the tenant to sign in to.</source>
        <translation>Wählen Sie den Mandanten für die Anmeldung aus.</translation>
    </message>
    <message>
        <source>This account does not sign in as a user.</source>
        <translation>Dieses Konto meldet sich nicht als Benutzer an.</translation>
    </message>
    <message>
        <source>A service principal needs its client id and secret.</source>
        <translation>Ein Dienstprinzipal benötigt seine Client-ID und seinen geheimen Clientschlüssel.</translation>
    </message>
    <message>
        <source>The keychain holds no secret for %1; add the account again.</source>
        <translation>Der Schlüsselbund enthält kein Geheimnis für %1; fügen Sie das Konto erneut hinzu.</translation>
    </message>
    <message>
        <source>Unknown kind of account.</source>
        <translation>Unbekannte Kontoart.</translation>
    </message>
</context>
<context>
    <name>kluis::core::AccountTreeModel</name>
    <message>
        <source>Attached vaults</source>
        <translation>Angefügte Tresore</translation>
    </message>
    <message>
        <source>%1 (loading…)</source>
        <translation>%1 (wird geladen…)</translation>
    </message>
    <message>
        <source>%1 (failed)</source>
        <translation>%1 (fehlgeschlagen)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoriten</translation>
    </message>
</context>
<context>
    <name>kluis::core::AzureCliCredential</name>
    <message>
        <source>Azure CLI login</source>
        <translation>Azure CLI-Anmeldung</translation>
    </message>
    <message>
        <source>Azure CLI login in tenant %1</source>
        <translation>Azure CLI-Anmeldung im Mandanten %1</translation>
    </message>
    <message>
        <source>The Azure CLI did not answer with an access token.</source>
        <translation>Die Azure CLI hat nicht mit einem Zugriffstoken geantwortet.</translation>
    </message>
    <message>
        <source>The Azure CLI&apos;s token has no readable expiry.</source>
        <translation>Das Token der Azure CLI hat kein lesbares Ablaufdatum.</translation>
    </message>
    <message>
        <source>The Azure CLI (az) is not installed or not on PATH; install it and run &quot;az login&quot;, or sign in another way.</source>
        <translation>Die Azure CLI (az) ist nicht installiert oder nicht im PATH; installieren Sie sie und führen Sie &quot;az login&quot; aus, oder melden Sie sich auf andere Weise an.</translation>
    </message>
    <message>
        <source>The Azure CLI takes exactly one plain scope and tenant.</source>
        <translation>Die Azure CLI akzeptiert genau einen einfachen Bereich und einen Mandanten.</translation>
    </message>
    <message>
        <source>The Azure CLI could not be started: %1</source>
        <translation>Die Azure CLI konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The Azure CLI did not answer within %1 s.</source>
        <translation>Die Azure CLI hat nicht innerhalb von %1 s geantwortet.</translation>
    </message>
    <message>
        <source>The Azure CLI is not signed in; run &quot;az login&quot;%1.</source>
        <translation>Die Azure CLI ist nicht angemeldet; führen Sie &quot;az login&quot;%1 aus.</translation>
    </message>
    <message>
        <source> --tenant %1</source>
        <translation> --tenant %1</translation>
    </message>
    <message>
        <source>The Azure CLI failed (exit code %1): %2</source>
        <translation>Die Azure CLI ist fehlgeschlagen (Exitcode %1): %2</translation>
    </message>
</context>
<context>
    <name>kluis::core::CertificateDownload</name>
    <message>
        <source>The vault sent the certificate without its data.</source>
        <translation>Der Tresor hat das Zertifikat ohne seine Daten gesendet.</translation>
    </message>
    <message>
        <source>The private key of %1 is not exportable (its policy says so).</source>
        <translation>Der private Schlüssel von %1 ist nicht exportierbar (laut seiner Richtlinie).</translation>
    </message>
</context>
<context>
    <name>kluis::core::CertificateInfo</name>
    <message>
        <source>Server Authentication</source>
        <translation>Serverauthentifizierung</translation>
    </message>
    <message>
        <source>Client Authentication</source>
        <translation>Clientauthentifizierung</translation>
    </message>
    <message>
        <source>Code Signing</source>
        <translation>Codesignatur</translation>
    </message>
    <message>
        <source>Secure Email</source>
        <translation>Sichere E-Mail</translation>
    </message>
    <message>
        <source>Time Stamping</source>
        <translation>Zeitstempel</translation>
    </message>
    <message>
        <source>OCSP Signing</source>
        <translation>OCSP-Signatur</translation>
    </message>
    <message>
        <source>Digital Signature</source>
        <translation>Digitale Signatur</translation>
    </message>
    <message>
        <source>Non-Repudiation</source>
        <translation>Nichtabstreitbarkeit</translation>
    </message>
    <message>
        <source>Key Encipherment</source>
        <translation>Schlüsselverschlüsselung</translation>
    </message>
    <message>
        <source>Data Encipherment</source>
        <translation>Datenverschlüsselung</translation>
    </message>
    <message>
        <source>Key Agreement</source>
        <translation>Schlüsselvereinbarung</translation>
    </message>
    <message>
        <source>Certificate Signing</source>
        <translation>Zertifikatsignatur</translation>
    </message>
    <message>
        <source>CRL Signing</source>
        <translation>CRL-Signatur</translation>
    </message>
    <message>
        <source>Encipher Only</source>
        <translation>Nur verschlüsseln</translation>
    </message>
    <message>
        <source>Decipher Only</source>
        <translation>Nur entschlüsseln</translation>
    </message>
    <message>
        <source>The data is not a DER-encoded X.509 certificate.</source>
        <translation>Die Daten sind kein DER-codiertes X.509-Zertifikat.</translation>
    </message>
    <message>
        <source>The file holds no PEM certificate.</source>
        <translation>Die Datei enthält kein PEM-Zertifikat.</translation>
    </message>
</context>
<context>
    <name>kluis::core::CertificateListModel</name>
    <message>
        <source>Subject</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <source>Thumbprint</source>
        <translation>Fingerabdruck</translation>
    </message>
</context>
<context>
    <name>kluis::core::FirewallRuleEditor</name>
    <message>
        <source>Resource Manager lists no vault at %1 for this account.</source>
        <translation>Resource Manager führt für dieses Konto keinen Tresor unter %1.</translation>
    </message>
    <message>
        <source>Resource Manager&apos;s answer for %1 holds no network rules (networkAcls), so Kluis changes nothing: writing them back could reset settings it did not see. Change the vault&apos;s firewall in the Azure portal or with the Azure CLI.</source>
        <translation>Die Antwort von Resource Manager für %1 enthält keine Netzwerkregeln (networkAcls), daher ändert Kluis nichts: Ein Zurückschreiben könnte Einstellungen zurücksetzen, die Kluis nicht gesehen hat. Ändern Sie die Firewall des Tresors im Azure-Portal oder mit der Azure CLI.</translation>
    </message>
    <message>
        <source>The rules could not be read back to check the change: %1</source>
        <translation>Die Regeln konnten zur Prüfung der Änderung nicht erneut gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 was accepted, but the vault&apos;s rules no longer hold it: another change crossed this one. Check the vault&apos;s firewall.</source>
        <translation>%1 wurde angenommen, steht aber nicht mehr in den Regeln des Tresors: Eine andere Änderung hat sich mit dieser überschnitten. Prüfen Sie die Firewall des Tresors.</translation>
    </message>
    <message>
        <source>%1 was added, but these rules that were there before are gone now: %2. Another change crossed this one; check the vault&apos;s firewall.</source>
        <translation>%1 wurde hinzugefügt, aber diese zuvor vorhandenen Regeln fehlen jetzt: %2. Eine andere Änderung hat sich mit dieser überschnitten; prüfen Sie die Firewall des Tresors.</translation>
    </message>
    <message>
        <source>%1 is still in the rules of %2 after its removal: another change crossed this one.</source>
        <translation>%1 steht nach dem Entfernen noch in den Regeln von %2: Eine andere Änderung hat sich mit dieser überschnitten.</translation>
    </message>
    <message>
        <source>Removing %1 from %2, these rules went too: %3. Another change crossed this one; check the vault&apos;s firewall.</source>
        <translation>Beim Entfernen von %1 aus %2 sind auch diese Regeln verschwunden: %3. Eine andere Änderung hat sich mit dieser überschnitten; prüfen Sie die Firewall des Tresors.</translation>
    </message>
</context>
<context>
    <name>kluis::core::HttpPipeline</name>
    <message>
        <source>No account is signed in for this request.</source>
        <translation>Für diese Anforderung ist kein Konto angemeldet.</translation>
    </message>
    <message>
        <source>Not a usable URL: %1</source>
        <translation>Keine verwendbare URL: %1</translation>
    </message>
    <message>
        <source>Refusing to send a token over unencrypted HTTP to %1.</source>
        <translation>Es wird kein Token über unverschlüsseltes HTTP an %1 gesendet.</translation>
    </message>
    <message>
        <source>certificate of %1 issued by &quot;%2&quot;: %3</source>
        <translation>Zertifikat von %1, ausgestellt von &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 s.</source>
        <translation>Keine Antwort von %1 innerhalb von %2 s.</translation>
    </message>
    <message>
        <source>%1 (through the proxy %2)</source>
        <translation>%1 (über den Proxy %2)</translation>
    </message>
    <message>
        <source>%1 asked for a token for %2, which is not a parent domain of the vault. No token was sent.</source>
        <translation>%1 hat ein Token für %2 angefordert, was keine übergeordnete Domäne des Tresors ist. Es wurde kein Token gesendet.</translation>
    </message>
    <message>
        <source>The service redirected the request to %1; redirects are not followed.</source>
        <translation>Der Dienst hat die Anforderung an %1 umgeleitet; Umleitungen wird nicht gefolgt.</translation>
    </message>
    <message>
        <source>The list from %1 is not a JSON page: %2</source>
        <translation>Die Liste von %1 ist keine JSON-Seite: %2</translation>
    </message>
    <message>
        <source>no &quot;value&quot; array</source>
        <translation>kein &quot;value&quot;-Array</translation>
    </message>
    <message>
        <source>Refused to follow a next link to %1: it is not on %2.</source>
        <translation>Einem Link zur nächsten Seite nach %1 wurde nicht gefolgt: Er liegt nicht auf %2.</translation>
    </message>
    <message>
        <source>No connection to %1 within %2 s.</source>
        <translation>Keine Verbindung zu %1 innerhalb von %2 s.</translation>
    </message>
    <message>
        <source>The answer from %1 is larger than %2 MB; it was cut off.</source>
        <translation>Die Antwort von %1 ist größer als %2 MB; sie wurde abgeschnitten.</translation>
    </message>
    <message>
        <source>%1 asked for a token with the scope %2, which is not for the vault&apos;s own domain. No token was sent.</source>
        <translation>%1 verlangte ein Token mit dem Bereich %2, der nicht für die eigene Domäne des Tresors gilt. Es wurde kein Token gesendet.</translation>
    </message>
    <message>
        <source>%1 named %2 as its sign-in service, which is not the cloud&apos;s (%3). No token was sent.</source>
        <translation>%1 nannte %2 als Anmeldedienst, das ist nicht der der Cloud (%3). Es wurde kein Token gesendet.</translation>
    </message>
    <message>
        <source>%1 named a tenant that is not a tenant id or domain name (%2). No token was sent.</source>
        <translation>%1 nannte einen Mandanten, der keine Mandanten-ID und kein Domänenname ist (%2). Es wurde kein Token gesendet.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost before the answer came. The change may have been made: look before you try again.</source>
        <translation>Die Verbindung zu %1 brach ab, bevor die Antwort kam. Die Änderung wurde möglicherweise vorgenommen: Sehen Sie nach, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>%1 asked to wait %2 s before trying again; Kluis does not wait that long. Try again later.</source>
        <translation>%1 verlangte %2 s Wartezeit vor einem neuen Versuch; so lange wartet Kluis nicht. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The list from %1 holds an item that is not an object (item %2).</source>
        <translation>Die Liste von %1 enthält ein Element, das kein Objekt ist (Element %2).</translation>
    </message>
</context>
<context>
    <name>kluis::core::InteractiveBrowserCredential</name>
    <message>
        <source>No browser is available for signing in.</source>
        <translation>Für die Anmeldung ist kein Browser verfügbar.</translation>
    </message>
    <message>
        <source>No random numbers for the sign-in could be had.</source>
        <translation>Für die Anmeldung konnten keine Zufallszahlen erzeugt werden.</translation>
    </message>
    <message>
        <source>Could not listen on 127.0.0.1 for the browser&apos;s answer: %1</source>
        <translation>Auf 127.0.0.1 konnte nicht auf die Antwort des Browsers gewartet werden: %1</translation>
    </message>
    <message>
        <source>The browser could not be opened.</source>
        <translation>Der Browser konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The browser did not come back in time.</source>
        <translation>Der Browser ist nicht rechtzeitig zurückgekehrt.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Nicht gefunden.</translation>
    </message>
    <message>
        <source>Kluis did not start this sign-in. Close this window.</source>
        <translation>Kluis hat diese Anmeldung nicht gestartet. Schließen Sie dieses Fenster.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1. You may close this window.</source>
        <translation>Anmeldung fehlgeschlagen: %1. Sie können dieses Fenster schließen.</translation>
    </message>
    <message>
        <source>Sign-in failed: no code. You may close this window.</source>
        <translation>Anmeldung fehlgeschlagen: kein Code. Sie können dieses Fenster schließen.</translation>
    </message>
    <message>
        <source>The sign-in service sent no authorization code.</source>
        <translation>Der Anmeldedienst hat keinen Autorisierungscode gesendet.</translation>
    </message>
    <message>
        <source>You are signed in to Kluis. You may close this window.</source>
        <translation>Sie sind bei Kluis angemeldet. Sie können dieses Fenster schließen.</translation>
    </message>
</context>
<context>
    <name>kluis::core::IpRuleCheck</name>
    <message>
        <source>%1 includes private addresses (RFC 1918), which Key Vault&apos;s firewall does not take: give the public address the vault sees.</source>
        <translation>%1 enthält private Adressen (RFC 1918), die die Firewall von Key Vault nicht akzeptiert: Geben Sie die öffentliche Adresse an, die der Tresor sieht.</translation>
    </message>
    <message>
        <source>%1 is a private address (RFC 1918), which Key Vault&apos;s firewall does not take: give the public address the vault sees.</source>
        <translation>%1 ist eine private Adresse (RFC 1918), die die Firewall von Key Vault nicht akzeptiert: Geben Sie die öffentliche Adresse an, die der Tresor sieht.</translation>
    </message>
    <message>
        <source>%1 is a loopback address: the vault never sees a caller from it.</source>
        <translation>%1 ist eine Loopbackadresse: Der Tresor sieht nie einen Aufrufer mit dieser Adresse.</translation>
    </message>
    <message>
        <source>%1 is a link-local address: the vault never sees a caller from it.</source>
        <translation>%1 ist eine link-lokale Adresse: Der Tresor sieht nie einen Aufrufer mit dieser Adresse.</translation>
    </message>
    <message>
        <source>%1 is in the carrier-grade NAT range 100.64.0.0/10: the vault sees the provider&apos;s public address instead.</source>
        <translation>%1 liegt im Carrier-Grade-NAT-Bereich 100.64.0.0/10: Der Tresor sieht stattdessen die öffentliche Adresse des Anbieters.</translation>
    </message>
    <message>
        <source>%1 is a multicast address, not a caller&apos;s address.</source>
        <translation>%1 ist eine Multicastadresse, keine Adresse eines Aufrufers.</translation>
    </message>
    <message>
        <source>%1 is in a reserved range that is not used on the internet.</source>
        <translation>%1 liegt in einem reservierten Bereich, der im Internet nicht verwendet wird.</translation>
    </message>
    <message>
        <source>%1 is an IPv6 address; Key Vault&apos;s firewall takes IPv4 addresses and ranges only.</source>
        <translation>%1 ist eine IPv6-Adresse; die Firewall von Key Vault akzeptiert nur IPv4-Adressen und -Bereiche.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address or range.</source>
        <translation>&quot;%1&quot; ist keine IPv4-Adresse und kein IPv4-Bereich.</translation>
    </message>
    <message>
        <source>Key Vault does not take /31 ranges: add %1 and %2 as single addresses.</source>
        <translation>Key Vault akzeptiert keine /31-Bereiche: Fügen Sie %1 und %2 als einzelne Adressen hinzu.</translation>
    </message>
    <message>
        <source>The vault&apos;s firewall already has the rule %1.</source>
        <translation>Die Firewall des Tresors hat die Regel %1 bereits.</translation>
    </message>
    <message>
        <source>The vault&apos;s rule %1 already lets %2 through.</source>
        <translation>Die Regel %1 des Tresors lässt %2 bereits durch.</translation>
    </message>
    <message>
        <source>The vault has %1 IP rules, Key Vault&apos;s limit: remove one first.</source>
        <translation>Der Tresor hat %1 IP-Regeln, das Limit von Key Vault: Entfernen Sie zuerst eine.</translation>
    </message>
</context>
<context>
    <name>kluis::core::ItemColumns</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Purge date</source>
        <translation>Datum des endgültigen Löschens</translation>
    </message>
</context>
<context>
    <name>kluis::core::JwkSignature</name>
    <message>
        <source>The algorithm %1 does not fit a %2 key.</source>
        <translation>Der Algorithmus %1 passt nicht zu einem %2-Schlüssel.</translation>
    </message>
    <message>
        <source>The digest has %1 bytes; %2 needs %3.</source>
        <translation>Der Digest hat %1 Bytes; %2 benötigt %3.</translation>
    </message>
    <message>
        <source>The key&apos;s public part (JWK) is incomplete or invalid.</source>
        <translation>Der öffentliche Teil des Schlüssels (JWK) ist unvollständig oder ungültig.</translation>
    </message>
    <message>
        <source>The signature has %1 bytes; %2 signatures have %3.</source>
        <translation>Die Signatur hat %1 Bytes; %2-Signaturen haben %3.</translation>
    </message>
    <message>
        <source>The signature does not verify with the key&apos;s public part (%1).</source>
        <translation>Die Signatur lässt sich mit dem öffentlichen Teil des Schlüssels nicht überprüfen (%1).</translation>
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
        <translation>Typ</translation>
    </message>
    <message>
        <source>Permitted operations</source>
        <translation>Zulässige Vorgänge</translation>
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
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>kluis::core::SecretFile</name>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 ist ein Ordner.</translation>
    </message>
    <message>
        <source>Cannot make %1 readable by its owner only.</source>
        <translation>%1 kann nicht nur für den Besitzer lesbar gemacht werden.</translation>
    </message>
</context>
<context>
    <name>kluis::core::SecretListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Inhaltstyp</translation>
    </message>
</context>
<context>
    <name>kluis::core::StoredAccount</name>
    <message>
        <source>client %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <source>the AZURE_* environment variables</source>
        <translation>die Umgebungsvariablen AZURE_*</translation>
    </message>
    <message>
        <source>the Azure CLI&apos;s sign-in</source>
        <translation>die Anmeldung der Azure CLI</translation>
    </message>
</context>
<context>
    <name>kluis::core::VersionListModel</name>
    <message>
        <source>Content type</source>
        <translation>Inhaltstyp</translation>
    </message>
    <message>
        <source>Thumbprint</source>
        <translation>Fingerabdruck</translation>
    </message>
</context>
<context>
    <name>kluis::core::pkcs12</name>
    <message>
        <source>Could not build the PFX file.</source>
        <translation>Die PFX-Datei konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The PFX file does not open with the given password or holds no private key.</source>
        <translation>Die PFX-Datei lässt sich mit dem angegebenen Kennwort nicht öffnen oder enthält keinen privaten Schlüssel.</translation>
    </message>
    <message>
        <source>Could not write the PEM text.</source>
        <translation>Der PEM-Text konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The PEM text needs a private key and a certificate.</source>
        <translation>Der PEM-Text benötigt einen privaten Schlüssel und ein Zertifikat.</translation>
    </message>
    <message>
        <source>The data is not a PKCS #12 (PFX) file.</source>
        <translation>Die Daten sind keine PKCS #12-Datei (PFX).</translation>
    </message>
    <message>
        <source>The PFX file does not open with the given password.</source>
        <translation>Die PFX-Datei lässt sich mit dem angegebenen Kennwort nicht öffnen.</translation>
    </message>
</context>
<context>
    <name>kluis::core::secretimport</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>expected NAME=value.</source>
        <translation>NAME=Wert erwartet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a variable name.</source>
        <translation>„%1“ ist kein Variablenname.</translation>
    </message>
    <message>
        <source>a quote is not closed.</source>
        <translation>ein Anführungszeichen wird nicht geschlossen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no text value.</source>
        <translation>„%1“ hat keinen Textwert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a date that is not ISO 8601.</source>
        <translation>„%1“ hat ein Datum, das nicht ISO 8601 entspricht.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (at byte %1: %2).</source>
        <translation>Die Datei ist kein gültiges JSON (bei Byte %1: %2).</translation>
    </message>
    <message>
        <source>An entry of the array has no &quot;name&quot;.</source>
        <translation>Ein Element des Arrays hat keinen „name“.</translation>
    </message>
</context>
<context>
    <name>kluis::ui::AboutDialog</name>
    <message>
        <source>About Kluis</source>
        <translation>Über Kluis</translation>
    </message>
    <message>
        <source>A desktop manager for Azure Key Vault.</source>
        <translation>Ein Desktop-Manager für Azure Key Vault.</translation>
    </message>
    <message>
        <source>Licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later). There is NO WARRANTY.</source>
        <translation>Lizenziert unter der GNU General Public License, Version 3 oder höher (GPL-3.0-or-later). Es gibt KEINE GEWÄHRLEISTUNG.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Erstellt mit Qt %1, ausgeführt unter Qt %2.</translation>
    </message>
</context>
<context>
    <name>kluis::ui::AccessWindow</name>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Prinzipal</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Inherited</source>
        <translation>Geerbt</translation>
    </message>
    <message>
        <source>Role assignments</source>
        <translation>Rollenzuweisungen</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Geheimnisse</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>Access policies</source>
        <translation>Zugriffsrichtlinien</translation>
    </message>
    <message>
        <source>&amp;Grant a role…</source>
        <translation>Rolle &amp;zuweisen…</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Vault access</source>
        <translation>Tresorzugriff</translation>
    </message>
    <message>
        <source>Permission model</source>
        <translation>Berechtigungsmodell</translation>
    </message>
    <message>
        <source>What I may do</source>
        <translation>Was ich darf</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Remove the chosen role assignment (only one made on this vault)</source>
        <translation>Die gewählte Rollenzuweisung entfernen (nur eine auf diesem Tresor erstellte)</translation>
    </message>
    <message>
        <source>What I may do here</source>
        <translation>Was ich hier darf</translation>
    </message>
    <message>
        <source>Access to %1</source>
        <translation>Zugriff auf %1</translation>
    </message>
    <message>
        <source>Reading who may do what in %1…</source>
        <translation>Lesen, wer in %1 was darf…</translation>
    </message>
    <message>
        <source>Resource Manager did not show the vault: %1</source>
        <translation>Resource Manager hat den Tresor nicht angezeigt: %1</translation>
    </message>
    <message>
        <source>The vault&apos;s access could not be read: %1</source>
        <translation>Der Zugriff auf den Tresor konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 decides by Azure RBAC: role assignments at the vault and above it grant what may be done.</source>
        <translation>%1 entscheidet über Azure RBAC: Rollenzuweisungen auf dem Tresor und darüber gewähren, was erlaubt ist.</translation>
    </message>
    <message>
        <source>%1 decides by access policies: only the entries below grant data access; role assignments manage the vault itself.</source>
        <translation>%1 entscheidet über Zugriffsrichtlinien: nur die Einträge unten gewähren Datenzugriff; Rollenzuweisungen verwalten den Tresor selbst.</translation>
    </message>
    <message>
        <source>This vault</source>
        <translation>Dieser Tresor</translation>
    </message>
    <message>
        <source>Nothing on the data plane: no secret, key or certificate can be read or changed.</source>
        <translation>Nichts auf der Datenebene: kein Geheimnis, Schlüssel oder Zertifikat kann gelesen oder geändert werden.</translation>
    </message>
    <message>
        <source>You may assign roles here.</source>
        <translation>Sie dürfen hier Rollen zuweisen.</translation>
    </message>
    <message>
        <source>You may not assign roles here (that takes Owner or User Access Administrator).</source>
        <translation>Sie dürfen hier keine Rollen zuweisen (dazu braucht es Besitzer oder Benutzerzugriffsadministrator).</translation>
    </message>
    <message>
        <source>Role assignments could not be read: %1</source>
        <translation>Rollenzuweisungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>You may not assign roles on this vault. Ask an administrator to grant &quot;%1&quot; to %2, for instance with: kluisctl access grant --vault %3 --principal %2 --role &quot;%1&quot;</source>
        <translation>Sie dürfen auf diesem Tresor keine Rollen zuweisen. Bitten Sie einen Administrator, %2 &quot;%1&quot; zuzuweisen, etwa mit: kluisctl access grant --vault %3 --principal %2 --role &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Granting &quot;%1&quot; to %2…</source>
        <translation>%2 &quot;%1&quot; zuweisen…</translation>
    </message>
    <message>
        <source>The role was not granted: %1</source>
        <translation>Die Rolle wurde nicht zugewiesen: %1</translation>
    </message>
    <message>
        <source>Granted &quot;%1&quot; to %2. Role changes take a few minutes to reach the vault; Kluis reads the vault again now, and Refresh does it later.</source>
        <translation>%2 wurde &quot;%1&quot; zugewiesen. Rollenänderungen brauchen einige Minuten bis zum Tresor; Kluis liest den Tresor jetzt neu, Aktualisieren tut es später.</translation>
    </message>
    <message>
        <source>Revoke a role</source>
        <translation>Eine Rolle entfernen</translation>
    </message>
    <message>
        <source>Remove the role &quot;%1&quot; from %2 on %3?</source>
        <translation>Die Rolle &quot;%1&quot; von %2 auf %3 entfernen?</translation>
    </message>
    <message>
        <source>Revoking &quot;%1&quot; from %2…</source>
        <translation>&quot;%1&quot; von %2 entfernen…</translation>
    </message>
    <message>
        <source>The role was not revoked: %1</source>
        <translation>Die Rolle wurde nicht entfernt: %1</translation>
    </message>
    <message>
        <source>Revoked &quot;%1&quot; from %2.</source>
        <translation>&quot;%1&quot; von %2 entfernt.</translation>
    </message>
</context>
<context>
    <name>kluis::ui::AccountsDialog</name>
    <message>
        <source>device code</source>
        <translation>Geräte-Code</translation>
    </message>
    <message>
        <source>browser</source>
        <translation>Browser</translation>
    </message>
    <message>
        <source>service principal, secret</source>
        <translation>Dienstprinzipal, geheimer Clientschlüssel</translation>
    </message>
    <message>
        <source>service principal, certificate</source>
        <translation>Dienstprinzipal, Zertifikat</translation>
    </message>
    <message>
        <source>environment variables</source>
        <translation>Umgebungsvariablen</translation>
    </message>
    <message>
        <source>Azure CLI</source>
        <translation>Azure CLI</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>Sign out and remove the account</source>
        <translation>Abmelden und Konto entfernen</translation>
    </message>
    <message>
        <source>Signs out and removes the account&apos;s tokens and secrets from the keychain</source>
        <translation>Meldet ab und entfernt die Token und Geheimnisse des Kontos aus dem Schlüsselbund</translation>
    </message>
    <message>
        <source>%1 — %2 (%3, %4)</source>
        <translation>%1 — %2 (%3, %4)</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Abgemeldet.</translation>
    </message>
</context>
<context>
    <name>kluis::ui::AddMyAddressCommand</name>
    <message>
        <source>Add my address temporarily</source>
        <translation>Meine Adresse vorübergehend hinzufügen</translation>
    </message>
    <message>
        <source>Let %1 into %2 for:</source>
        <translation>%1 in %2 zulassen für:</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>8 hours</source>
        <translation>8 Stunden</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 Stunden</translation>
    </message>
    <message numerus="yes">
        <source>Add %1 to the firewall of the vault %2 for %n hour(s)?

Kluis changes the vault&apos;s network rules through Azure Resource Manager and removes the rule again when the time is up, when Kluis quits, or at its next start.</source>
        <translation>
            <numerusform>%1 für %n Stunde zur Firewall des Tresors %2 hinzufügen?

Kluis ändert die Netzwerkregeln des Tresors über Azure Resource Manager und entfernt die Regel wieder, wenn die Zeit abgelaufen ist, wenn Kluis beendet wird oder beim nächsten Start.</numerusform>
            <numerusform>%1 für %n Stunden zur Firewall des Tresors %2 hinzufügen?

Kluis ändert die Netzwerkregeln des Tresors über Azure Resource Manager und entfernt die Regel wieder, wenn die Zeit abgelaufen ist, wenn Kluis beendet wird oder beim nächsten Start.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1 to the firewall of the vault %2?

Kluis changes the vault&apos;s network rules through Azure Resource Manager. Everyone who reaches the vault from this address still needs permission to use it.</source>
        <translation>%1 zur Firewall des Tresors %2 hinzufügen?

Kluis ändert die Netzwerkregeln des Tresors über Azure Resource Manager. Jeder, der den Tresor von dieser Adresse aus erreicht, benötigt weiterhin eine Berechtigung, um ihn zu verwenden.</translation>
    </message>
    <message>
        <source>Add to the vault&apos;s firewall</source>
        <translation>Zur Firewall des Tresors hinzufügen</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Changing the firewall of %1…</source>
        <translation>Firewall von %1 wird geändert…</translation>
    </message>
    <message>
        <source>Added %1 until %2. Rule changes can take a few minutes to apply; the list is retried now.</source>
        <translation>%1 wurde bis %2 hinzugefügt. Regeländerungen können einige Minuten dauern, bis sie wirksam werden; die Liste wird jetzt erneut abgerufen.</translation>
    </message>
    <message>
        <source>Added %1. Rule changes can take a few minutes to apply; the list is retried now.</source>
        <translation>%1 wurde hinzugefügt. Regeländerungen können einige Minuten dauern, bis sie wirksam werden; die Liste wird jetzt erneut abgerufen.</translation>
    </message>
</context>
<context>
    <name>kluis::ui::AttachCloudFileCommand</name>
    <message>
        <source>Attach local emulator</source>
        <translation>Lokalen Emulator anfügen</translation>
    </message>
    <message>
        <source>Cloud files (*.json);;All files (*)</source>
        <translation>Clouddateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Attached %1.</source>
        <translation>%1 angefügt.</translation>
    </message>
</context>
<context>
    <name>kluis::ui::AttachVaultCommand</name>
    <message>
        <source>Attach vault by URL</source>
        <translation>Tresor über URL anfügen</translation>
    </message>
    <message>
        <source>Vault URI or name (for example https://contoso.vault.azure.net/):</source>
        <translation>Tresor-URI oder -Name (zum Beispiel https://contoso.vault.azure.net/):</translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation>&amp;Anfügen</translation>
    </message>
    <message>
        <source>Attached %1.</source>
        <translation>%1 angefügt.</translation>
    </message>
</context>
<context>
    <name>kluis::ui::AttributeFields</name>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Enabled:</source>
        <translation>Aktiviert:</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Activation date:</source>
        <translation>Aktivierungsdatum:</translation>
    </message>
    <message>
        <source>Activation date</source>
        <translation>Aktivierungsdatum</translation>
    </message>
    <message>
        <source>Expiration date:</source>
        <translation>Ablaufdatum:</translation>
    </message>
    <message>
        <source>Expiration date</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Aktualisiert:</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Recovery level:</source>
        <translation>Wiederherstellungsebene:</translation>
    </message>
    <message>
        <source>Recovery level</source>
        <translation>Wiederherstellungsebene</translation>
    </message>
    <message>
        <source>Deleted; purged on:</source>
        <translation>Gelöscht; endgültiges Löschen am:</translation>
    </message>
    <message>
        <source>Purge date</source>
        <translation>Datum des endgültigen Löschens</translation>
    </message>
    <message>
        <source>latest</source>
        <translation>neueste</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (%2 days)</source>
        <translation>%1 (%2 Tage)</translation>
    </message>
</context>
<context>
    <name>kluis::ui::CertificateCreateDialog</name>
    <message>
        <source>Private key &amp;exportable</source>
        <translation>Privater Schlüssel e&amp;xportierbar</translation>
    </message>
    <message>
        <source>New self-signed certificate</source>
        <translation>Neues selbstsigniertes Zertifikat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <source>CN=app.example.com</source>
        <translation>CN=app.example.com</translation>
    </message>
    <message>
        <source>DNS names</source>
        <translation>DNS-Namen</translation>
    </message>
    <message>
        <source>app.example.com, www.example.com</source>
        <translation>app.example.com, www.example.com</translation>
    </message>
    <message>
        <source>Validity in months</source>
        <translation>Gültigkeit in Monaten</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>Schlüsseltyp</translation>
    </message>
    <message>
        <source>RSA 2048 bits</source>
        <translation>RSA 2048 Bit</translation>
    </message>
    <message>
        <source>RSA 3072 bits</source>
        <translation>RSA 3072 Bit</translation>
    </message>
    <message>
        <source>RSA 4096 bits</source>
        <translation>RSA 4096 Bit</translation>
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
        <translation>Privater Schlüssel exportierbar</translation>
    </message>
    <message>
        <source>Format in the vault</source>
        <translation>Format im Tresor</translation>
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
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Antragsteller:</translation>
    </message>
    <message>
        <source>&amp;DNS names:</source>
        <translation>&amp;DNS-Namen:</translation>
    </message>
    <message>
        <source>&amp;Validity:</source>
        <translation>&amp;Gültigkeit:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>A name has 1 to 127 characters: letters, digits and dashes (-).</source>
        <translation>Ein Name hat 1 bis 127 Zeichen: Buchstaben, Ziffern und Bindestriche (-).</translation>
    </message>
    <message>
        <source>Enter a subject, for example CN=app.example.com.</source>
        <translation>Geben Sie einen Antragsteller ein, zum Beispiel CN=app.example.com.</translation>
    </message>
    <message>
        <source>A subject is a distinguished name such as CN=app.example.com.</source>
        <translation>Ein Antragsteller ist ein Distinguished Name wie CN=app.example.com.</translation>
    </message>
    <message>
        <source>“%1” is not a DNS name.</source>
        <translation>„%1“ ist kein DNS-Name.</translation>
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
        <translation>Antragsteller:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Alternative names:</source>
        <translation>Alternative Namen:</translation>
    </message>
    <message>
        <source>Subject alternative names</source>
        <translation>Alternative Antragstellernamen</translation>
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
        <translation>Gültig ab:</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Gültig bis:</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Expiry warning</source>
        <translation>Ablaufwarnung</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>Seriennummer:</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Key usage:</source>
        <translation>Schlüsselverwendung:</translation>
    </message>
    <message>
        <source>Key usage</source>
        <translation>Schlüsselverwendung</translation>
    </message>
    <message>
        <source>Chain:</source>
        <translation>Kette:</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Kette</translation>
    </message>
    <message>
        <source>Deleted; purged on:</source>
        <translation>Gelöscht; endgültiges Löschen am:</translation>
    </message>
    <message>
        <source>Purge date</source>
        <translation>Datum des endgültigen Löschens</translation>
    </message>
    <message>
        <source>SHA-1 thumbprint</source>
        <translation>SHA-1-Fingerabdruck</translation>
    </message>
    <message>
        <source>Copy the SHA-1 thumbprint</source>
        <translation>SHA-1-Fingerabdruck kopieren</translation>
    </message>
    <message>
        <source>SHA-256 thumbprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Copy the SHA-256 thumbprint</source>
        <translation>SHA-256-Fingerabdruck kopieren</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Bezeichner</translation>
    </message>
    <message>
        <source>Copy the identifier</source>
        <translation>Bezeichner kopieren</translation>
    </message>
    <message>
        <source>SHA-1 thumbprint:</source>
        <translation>SHA-1-Fingerabdruck:</translation>
    </message>
    <message>
        <source>SHA-256 thumbprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>Identifier:</source>
        <translation>Bezeichner:</translation>
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
        <translation>%1 %2 Bit</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>Selbstsigniert</translation>
    </message>
    <message>
        <source>Issued by %1</source>
        <translation>Ausgestellt von %1</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>Expired on %1.</source>
        <translation>Abgelaufen am %1.</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s).</source>
        <translation>
            <numerusform>Läuft in %n Tag ab.</numerusform>
            <numerusform>Läuft in %n Tagen ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not valid before %1.</source>
        <translation>Nicht gültig vor %1.</translation>
    </message>
</context>
<context>
    <name>kluis::ui::Command</name>
    <message>
        <source>Missing: %1. The least-privileged built-in role that grants it is &quot;%2&quot;; ask for it at the vault&apos;s scope (role changes take a few minutes to apply).</source>
        <translation>Es fehlt: %1. Die integrierte Rolle mit den geringsten Rechten, die es gewährt, ist „%2“; fordern Sie sie im Bereich des Tresors an (Rollenänderungen werden erst nach einigen Minuten wirksam).</translation>
    </message>
    <message>
        <source>Missing the access policy permission %1 (on Azure RBAC the role &quot;%2&quot; grants the same); ask the vault&apos;s owner for it.</source>
        <translation>Es fehlt die Berechtigung %1 der Zugriffsrichtlinie (unter Azure RBAC gewährt die Rolle „%2“ dasselbe); bitten Sie den Besitzer des Tresors darum.</translation>
    </message>
    <message>
        <source>&amp;Grant access…</source>
        <translation>&amp;Zugriff gewähren…</translation>
    </message>
</context>
<context>
    <name>kluis::ui::CompareCopyWindow</name>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Probelauf</translation>
    </message>
    <message>
        <source>Co&amp;py…</source>
        <translation>&amp;Kopieren…</translation>
    </message>
    <message>
        <source>Source vault</source>
        <translation>Quelltresor</translation>
    </message>
    <message>
        <source>Target vault</source>
        <translation>Zieltresor</translation>
    </message>
    <message>
        <source>When the target has the name</source>
        <translation>Wenn das Ziel den Namen schon hat</translation>
    </message>
    <message>
        <source>&amp;Source vault:</source>
        <translation>&amp;Quelltresor:</translation>
    </message>
    <message>
        <source>&amp;Target vault:</source>
        <translation>&amp;Zieltresor:</translation>
    </message>
    <message>
        <source>&amp;When the target has the name:</source>
        <translation>&amp;Wenn das Ziel den Namen schon hat:</translation>
    </message>
    <message>
        <source>Run a dry run first: it shows what will be written</source>
        <translation>Zuerst einen Probelauf starten: er zeigt, was geschrieben wird</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Differs in</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>Filter the comparison</source>
        <translation>Vergleich filtern</translation>
    </message>
    <message>
        <source>What the copy does</source>
        <translation>Was das Kopieren tut</translation>
    </message>
    <message>
        <source>Copy plan</source>
        <translation>Kopierplan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Comparing %1 with %2…</source>
        <translation>%1 wird mit %2 verglichen…</translation>
    </message>
    <message>
        <source>The vaults could not be compared: %1</source>
        <translation>Die Tresore konnten nicht verglichen werden: %1</translation>
    </message>
    <message>
        <source>%1 only in %2, %3 only in %4, %5 different, %6 the same.</source>
        <translation>%1 nur in %2, %3 nur in %4, %5 verschieden, %6 gleich.</translation>
    </message>
    <message>
        <source>Only in the source</source>
        <translation>Nur in der Quelle</translation>
    </message>
    <message>
        <source>Only in the target</source>
        <translation>Nur im Ziel</translation>
    </message>
    <message>
        <source>Different</source>
        <translation>Verschieden</translation>
    </message>
    <message>
        <source>Choose two different vaults.</source>
        <translation>Wählen Sie zwei verschiedene Tresore.</translation>
    </message>
    <message>
        <source>Working out what a copy would do…</source>
        <translation>Es wird ermittelt, was das Kopieren tun würde…</translation>
    </message>
    <message>
        <source>The copy could not be planned: %1</source>
        <translation>Das Kopieren konnte nicht geplant werden: %1</translation>
    </message>
    <message>
        <source>The target has some of these names: nothing would be written.</source>
        <translation>Das Ziel hat einige dieser Namen schon: es würde nichts geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Write %n secrets from %1 to %2? Their values, content types, tags, dates and enabled state are copied.</source>
        <translation>
            <numerusform>%n Geheimnis von %1 nach %2 schreiben? Wert, Inhaltstyp, Tags, Daten und Aktivierung werden kopiert.</numerusform>
            <numerusform>%n Geheimnisse von %1 nach %2 schreiben? Werte, Inhaltstypen, Tags, Daten und Aktivierung werden kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copying…</source>
        <translation>Wird kopiert…</translation>
    </message>
    <message>
        <source>Copying… %1 of %2 written.</source>
        <translation>Wird kopiert… %1 von %2 geschrieben.</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>value (cannot be read)</source>
        <translation>Wert (nicht lesbar)</translation>
    </message>
    <message>
        <source>content type</source>
        <translation>Inhaltstyp</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>activation date</source>
        <translation>Aktivierungsdatum</translation>
    </message>
    <message>
        <source>expiration date</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <source>Compare and copy</source>
        <translation>Vergleichen und kopieren</translation>
    </message>
    <message>
        <source>What to compare and copy</source>
        <translation>Was verglichen und kopiert wird</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Geheimnisse</translation>
    </message>
    <message>
        <source>Keys (by backup and restore)</source>
        <translation>Schlüssel (per Sicherung und Wiederherstellung)</translation>
    </message>
    <message>
        <source>Certificates (by backup and restore)</source>
        <translation>Zertifikate (per Sicherung und Wiederherstellung)</translation>
    </message>
    <message>
        <source>Keys and certificates are copied as the service&apos;s backups: Key Vault restores them only in a vault of the same subscription and geography.</source>
        <translation>Schlüssel und Zertifikate werden als Sicherungen des Dienstes kopiert: Key Vault stellt sie nur in einem Tresor desselben Abonnements und derselben Geografie wieder her.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Copy plan (the items chosen above; all when none is):</source>
        <translation>Kopierplan (die oben gewählten Elemente; alle, wenn keines gewählt ist):</translation>
    </message>
    <message numerus="yes">
        <source>%n items would be written; nothing has been written yet.</source>
        <translation>
            <numerusform>%n Element würde geschrieben; noch wurde nichts geschrieben.</numerusform>
            <numerusform>%n Elemente würden geschrieben; noch wurde nichts geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n backups made in %1 into %2? Every version, tag and date is copied; Key Vault refuses a vault of another subscription or geography.</source>
        <translation>
            <numerusform>%n Sicherung aus %1 in %2 wiederherstellen? Jede Version, jedes Tag und jedes Datum wird kopiert; Key Vault lehnt einen Tresor eines anderen Abonnements oder einer anderen Geografie ab.</numerusform>
            <numerusform>%n Sicherungen aus %1 in %2 wiederherstellen? Jede Version, jedes Tag und jedes Datum wird kopiert; Key Vault lehnt einen Tresor eines anderen Abonnements oder einer anderen Geografie ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message numerus="yes">
        <source>The copy stopped after %n items: %1</source>
        <translation>
            <numerusform>Das Kopieren wurde nach %n Element angehalten: %1</numerusform>
            <numerusform>Das Kopieren wurde nach %n Elementen angehalten: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items written.</source>
        <translation>
            <numerusform>%n Element geschrieben.</numerusform>
            <numerusform>%n Elemente geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kluis::ui::ConfirmByNameDialog</name>
    <message>
        <source>Type %1 to confirm:</source>
        <translation>Geben Sie %1 zur Bestätigung ein:</translation>
    </message>
    <message>
        <source>Name to confirm</source>
        <translation>Zu bestätigender Name</translation>
    </message>
</context>
<context>
    <name>kluis::ui::ConnectionSession</name>
    <message>
        <source>The cloud file %1 offers no client with data access.</source>
        <translation>Die Clouddatei %1 bietet keinen Client mit Datenzugriff.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
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
        <translation>Vom Ziel abgelehnt: Key Vault stellt eine Sicherung nur in dem Abonnement und der Geografie wieder her, in denen sie erstellt wurde (%1)</translation>
    </message>
    <message>
        <source>Skipped: not in the source</source>
        <translation>Übersprungen: nicht in der Quelle</translation>
    </message>
    <message>
        <source>Skipped: a certificate&apos;s key or secret (copy the certificate)</source>
        <translation>Übersprungen: Schlüssel oder Geheimnis eines Zertifikats (kopieren Sie das Zertifikat)</translation>
    </message>
    <message>
        <source>Skipped: disabled, its value cannot be read</source>
        <translation>Übersprungen: deaktiviert, der Wert kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Skipped: not a valid secret name (letters, digits and dashes)</source>
        <translation>Übersprungen: kein gültiger Geheimnisname (Buchstaben, Ziffern und Bindestriche)</translation>
    </message>
    <message>
        <source>Skipped: the name came earlier in the file</source>
        <translation>Übersprungen: der Name kam schon früher in der Datei vor</translation>
    </message>
    <message>
        <source>Skipped: deleted in the target (recover or purge it first)</source>
        <translation>Übersprungen: im Ziel gelöscht (zuerst wiederherstellen oder endgültig löschen)</translation>
    </message>
    <message>
        <source>Stops here: the target has this name</source>
        <translation>Hält hier an: das Ziel hat diesen Namen schon</translation>
    </message>
    <message>
        <source>Skipped: the target has it</source>
        <translation>Übersprungen: das Ziel hat es schon</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Will be created</source>
        <translation>Wird erstellt</translation>
    </message>
    <message>
        <source>New version written</source>
        <translation>Neue Version geschrieben</translation>
    </message>
    <message>
        <source>Will get a new version</source>
        <translation>Erhält eine neue Version</translation>
    </message>
    <message>
        <source>Skip it</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Add a new version</source>
        <translation>Eine neue Version hinzufügen</translation>
    </message>
    <message>
        <source>Stop before writing anything</source>
        <translation>Anhalten, bevor etwas geschrieben wird</translation>
    </message>
</context>
<context>
    <name>kluis::ui::CopySecretValueCommand</name>
    <message>
        <source>Copy secret value</source>
        <translation>Geheimniswert kopieren</translation>
    </message>
    <message numerus="yes">
        <source>Copied the value of %1; the clipboard is cleared in %n s.</source>
        <translation>
            <numerusform>Der Wert von %1 wurde kopiert; die Zwischenablage wird in %n s geleert.</numerusform>
            <numerusform>Der Wert von %1 wurde kopiert; die Zwischenablage wird in %n s geleert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied the value of %1.</source>
        <translation>Der Wert von %1 wurde kopiert.</translation>
    </message>
</context>
<context>
    <name>kluis::ui::DiagnosisPane</name>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Cause identifier</source>
        <translation>Ursachenbezeichner</translation>
    </message>
    <message>
        <source>Client address</source>
        <translation>Clientadresse</translation>
    </message>
    <message>
        <source>Address note</source>
        <translation>Hinweis zur Adresse</translation>
    </message>
    <message>
        <source>Vault network rules</source>
        <translation>Netzwerkregeln des Tresors</translation>
    </message>
    <message>
        <source>Network gates</source>
        <translation>Netzwerksperren</translation>
    </message>
    <message>
        <source>Action status</source>
        <translation>Aktionsstatus</translation>
    </message>
    <message>
        <source>&amp;Add my address to the vault&apos;s firewall</source>
        <translation>Meine &amp;Adresse zur Firewall des Tresors hinzufügen</translation>
    </message>
    <message>
        <source>Save support &amp;bundle…</source>
        <translation>Support&amp;paket speichern…</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Diagnosis of %1</source>
        <translation>Diagnose von %1</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>A vault has two independent network gates: public network access (Enabled or Disabled) and the firewall&apos;s default action (Allow or Deny, with IP and virtual network rules). New vaults deny by default, so enabling public access alone may not let you in, and an IP rule does nothing while public access is disabled.</source>
        <translation>Ein Tresor hat zwei unabhängige Netzwerksperren: den öffentlichen Netzwerkzugriff (aktiviert oder deaktiviert) und die Standardaktion der Firewall (Zulassen oder Verweigern, mit IP-Regeln und Regeln für virtuelle Netzwerke). Neue Tresore verweigern standardmäßig, daher reicht es möglicherweise nicht, nur den öffentlichen Zugriff zu aktivieren, und eine IP-Regel bewirkt nichts, solange der öffentliche Zugriff deaktiviert ist.</translation>
    </message>
    <message>
        <source>Add my address to the vault&apos;s firewall</source>
        <translation>Meine Adresse zur Firewall des Tresors hinzufügen</translation>
    </message>
    <message>
        <source>Add my address temporarily</source>
        <translation>Meine Adresse vorübergehend hinzufügen</translation>
    </message>
    <message>
        <source>Copy allow-list</source>
        <translation>Zulassungsliste kopieren</translation>
    </message>
    <message>
        <source>Copy every host:port this vault&apos;s cloud needs, for the network team</source>
        <translation>Jede Kombination host:port, die die Cloud dieses Tresors benötigt, für das Netzwerkteam kopieren</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Save support bundle</source>
        <translation>Supportpaket speichern</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>The vault&apos;s network rules</source>
        <translation>Netzwerkregeln des Tresors</translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation>Ursache: %1</translation>
    </message>
    <message>
        <source>Looking for the cause…</source>
        <translation>Ursache wird gesucht…</translation>
    </message>
    <message>
        <source>Cause: %1 (%2)</source>
        <translation>Ursache: %1 (%2)</translation>
    </message>
    <message>
        <source>The vault did not say which address it saw.</source>
        <translation>Der Tresor hat nicht angegeben, welche Adresse er gesehen hat.</translation>
    </message>
    <message>
        <source>The vault sees this computer as %1.</source>
        <translation>Der Tresor sieht diesen Computer als %1.</translation>
    </message>
    <message>
        <source>That is none of this computer&apos;s own addresses (%1): it reaches the vault through NAT or a proxy, so a firewall rule must name %2.</source>
        <translation>Das ist keine der eigenen Adressen dieses Computers (%1): Er erreicht den Tresor über NAT oder einen Proxy, daher muss eine Firewallregel %2 angeben.</translation>
    </message>
    <message>
        <source>Resource Manager could not be read: %1</source>
        <translation>Resource Manager konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Reading the vault&apos;s rules from Resource Manager…</source>
        <translation>Regeln des Tresors werden aus Resource Manager gelesen…</translation>
    </message>
    <message>
        <source>Public network access: %1</source>
        <translation>Öffentlicher Netzwerkzugriff: %1</translation>
    </message>
    <message>
        <source>Default action: %1</source>
        <translation>Standardaktion: %1</translation>
    </message>
    <message>
        <source>Trusted Microsoft services: %1</source>
        <translation>Vertrauenswürdige Microsoft-Dienste: %1</translation>
    </message>
    <message>
        <source>IP rules: none</source>
        <translation>IP-Regeln: keine</translation>
    </message>
    <message>
        <source>IP rules: %1</source>
        <translation>IP-Regeln: %1</translation>
    </message>
    <message numerus="yes">
        <source>Virtual network rules: %n</source>
        <translation>
            <numerusform>Regeln für virtuelle Netzwerke: %n</numerusform>
            <numerusform>Regeln für virtuelle Netzwerke: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Private endpoints: %1</source>
        <translation>Private Endpunkte: %1</translation>
    </message>
    <message>
        <source>%1 is covered by an IP rule.</source>
        <translation>%1 ist durch eine IP-Regel abgedeckt.</translation>
    </message>
    <message>
        <source>%1 is not covered by any IP rule.</source>
        <translation>%1 ist durch keine IP-Regel abgedeckt.</translation>
    </message>
    <message>
        <source>The allow-list is on the clipboard.</source>
        <translation>Die Zulassungsliste befindet sich in der Zwischenablage.</translation>
    </message>
    <message>
        <source>The rule could not be added: %1</source>
        <translation>Die Regel konnte nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>Markdown (*.md);;JSON (*.json)</source>
        <translation>Markdown (*.md);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Bericht in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Speichern nicht möglich: %1</translation>
    </message>
    <message>
        <source>Support bundle (*.json)</source>
        <translation>Supportpaket (*.json)</translation>
    </message>
    <message>
        <source>Support bundle saved to %1.</source>
        <translation>Supportpaket in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Add te&amp;mporarily…</source>
        <translation>&amp;Vorübergehend hinzufügen…</translation>
    </message>
    <message>
        <source>Co&amp;py allow-list</source>
        <translation>Zulassungsliste &amp;kopieren</translation>
    </message>
    <message>
        <source>E&amp;xport report…</source>
        <translation>Bericht e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Network security perimeter: %1 (profile %2, access mode %3); it admits: %4</source>
        <translation>Netzwerksicherheitsperimeter: %1 (Profil %2, Zugriffsmodus %3); zugelassen: %4</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
</context>
<context>
    <name>kluis::ui::EditSecretCommand</name>
    <message>
        <source>Edit secret</source>
        <translation>Geheimnis bearbeiten</translation>
    </message>
    <message>
        <source>Saved a new version of %1.</source>
        <translation>Eine neue Version von %1 wurde gespeichert.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 wurde gespeichert.</translation>
    </message>
</context>
<context>
    <name>kluis::ui::EditSettingsCommand</name>
    <message>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
</context>
<context>
    <name>kluis::ui::EndpointProbeModel</name>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Erreichbar</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Host:port</source>
        <translation>Host:Port</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Befund</translation>
    </message>
</context>
<context>
    <name>kluis::ui::ExpiryMark</name>
    <message>
        <source>Expired on %1</source>
        <translation>Abgelaufen am %1</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s), on %1</source>
        <translation>
            <numerusform>Läuft in %n Tag ab, am %1</numerusform>
            <numerusform>Läuft in %n Tagen ab, am %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
</context>
<context>
    <name>kluis::ui::ExpiryNotice</name>
    <message>
        <source>Expiry notice</source>
        <translation>Hinweis auf Ablaufdaten</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <source>%n items in your favourite vaults have expired or expire within %1 days.</source>
        <translation>
            <numerusform>%n Element in Ihren Favoritentresoren ist abgelaufen oder läuft innerhalb von %1 Tagen ab.</numerusform>
            <numerusform>%n Elemente in Ihren Favoritentresoren sind abgelaufen oder laufen innerhalb von %1 Tagen ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the report</source>
        <translation>Bericht anzeigen</translation>
    </message>
</context>
<context>
    <name>kluis::ui::ExpiryReportWindow</name>
    <message>
        <source>&amp;Run report</source>
        <translation>Bericht &amp;erstellen</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Expiry and hygiene report</source>
        <translation>Bericht über Ablauf und Pflege</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Expiring within</source>
        <translation>Läuft ab innerhalb von</translation>
    </message>
    <message>
        <source>Not updated for</source>
        <translation>Nicht aktualisiert seit</translation>
    </message>
    <message>
        <source>Expiring &amp;within:</source>
        <translation>Läuft ab &amp;innerhalb von:</translation>
    </message>
    <message>
        <source>Not &amp;updated for:</source>
        <translation>Nicht &amp;aktualisiert seit:</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Tresor</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Filter findings</source>
        <translation>Befunde filtern</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Status des Berichts</translation>
    </message>
    <message>
        <source>Vaults that refused</source>
        <translation>Tresore, die abgelehnt haben</translation>
    </message>
    <message>
        <source>Why it could not be read</source>
        <translation>Warum er nicht gelesen werden konnte</translation>
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
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Läuft bald ab</translation>
    </message>
    <message>
        <source>No expiry date</source>
        <translation>Kein Ablaufdatum</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Not updated</source>
        <translation>Nicht aktualisiert</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n vaults…</source>
        <translation>
            <numerusform>%n Tresor wird gelesen…</numerusform>
            <numerusform>%n Tresore werden gelesen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading… %n findings so far.</source>
        <translation>
            <numerusform>Wird gelesen… bisher %n Befund.</numerusform>
            <numerusform>Wird gelesen… bisher %n Befunde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n findings.</source>
        <translation>
            <numerusform>%n Befund.</numerusform>
            <numerusform>%n Befunde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vaults could not be read.</source>
        <translation>
            <numerusform>%n Tresor konnte nicht gelesen werden.</numerusform>
            <numerusform>%n Tresore konnten nicht gelesen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Den Bericht exportieren</translation>
    </message>
    <message>
        <source>No rotation policy</source>
        <translation>Keine Rotationsrichtlinie</translation>
    </message>
    <message>
        <source>Not renewed automatically</source>
        <translation>Wird nicht automatisch verlängert</translation>
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
        <translation>Tresor-Metadaten exportieren</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported the metadata of %n items to %1.</source>
        <translation>
            <numerusform>Die Metadaten von %n Element wurden nach %1 exportiert.</numerusform>
            <numerusform>Die Metadaten von %n Elementen wurden nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kluis::ui::FormFooter</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>kluis::ui::GrantRoleDialog</name>
    <message>
        <source>Grant a role on %1</source>
        <translation>Eine Rolle auf %1 zuweisen</translation>
    </message>
    <message>
        <source>Principal object ID</source>
        <translation>Objekt-ID des Prinzipals</translation>
    </message>
    <message>
        <source>The object ID of a user, group or application</source>
        <translation>Die Objekt-ID eines Benutzers, einer Gruppe oder Anwendung</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>Was geschieht</translation>
    </message>
    <message>
        <source>&amp;Principal object ID:</source>
        <translation>Objekt-ID des &amp;Prinzipals:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Allows:</source>
        <translation>Erlaubt:</translation>
    </message>
    <message>
        <source>&amp;Grant</source>
        <translation>&amp;Zuweisen</translation>
    </message>
    <message>
        <source>Enter the principal&apos;s object ID.</source>
        <translation>Geben Sie die Objekt-ID des Prinzipals ein.</translation>
    </message>
    <message>
        <source>An object ID looks like 00000000-0000-0000-0000-000000000000.</source>
        <translation>Eine Objekt-ID sieht aus wie 00000000-0000-0000-0000-000000000000.</translation>
    </message>
    <message>
        <source>%1 will get the role &quot;%2&quot; on the vault %3. Role changes take a few minutes to reach the vault.</source>
        <translation>%1 erhält die Rolle &quot;%2&quot; auf dem Tresor %3. Rollenänderungen brauchen einige Minuten bis zum Tresor.</translation>
    </message>
</context>
<context>
    <name>kluis::ui::ImportCertificateCommand</name>
    <message>
        <source>Import certificate</source>
        <translation>Zertifikat importieren</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Imported the certificate %1.</source>
        <translation>Das Zertifikat %1 wurde importiert.</translation>
    </message>
</context>
<context>
    <name>kluis::ui::ImportCertificateDialog</name>
    <message>
        <source>Import certificate</source>
        <translation>Zertifikat importieren</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Zertifikatdatei</translation>
    </message>
    <message>
        <source>A .pfx or .pem file with the private key</source>
        <translation>Eine PFX- oder PEM-Datei mit dem privaten Schlüssel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>PFX password</source>
        <translation>PFX-Kennwort</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the certificate file</source>
        <translation>Zertifikatdatei auswählen</translation>
    </message>
    <message>
        <source>Certificates (*.pfx *.p12 *.pem);;All files (*)</source>
        <translation>Zertifikate (*.pfx *.p12 *.pem);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
    <message>
        <source>Choose a .pfx or .pem file.</source>
        <translation>Wählen Sie eine PFX- oder PEM-Datei aus.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>A name has 1 to 127 characters: letters, digits and dashes (-).</source>
        <translation>Ein Name besteht aus 1 bis 127 Zeichen: Buchstaben, Ziffern und Bindestrichen (-).</translation>
    </message>
</context>
<context>
    <name>kluis::ui::KeyCreateDialog</name>
    <message>
        <source>Protected by an &amp;HSM</source>
        <translation>Durch ein &amp;HSM geschützt</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Aktiviert</translation>
    </message>
    <message>
        <source>Expiration date</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>Neuer Schlüssel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>Schlüsseltyp</translation>
    </message>
    <message>
        <source>RSA</source>
        <translation>RSA</translation>
    </message>
    <message>
        <source>Elliptic curve (EC)</source>
        <translation>Elliptische Kurve (EC)</translation>
    </message>
    <message>
        <source>Key size or curve</source>
        <translation>Schlüsselgröße oder Kurve</translation>
    </message>
    <message>
        <source>Protected by an HSM</source>
        <translation>Durch ein HSM geschützt</translation>
    </message>
    <message>
        <source>Permit %1</source>
        <translation>%1 zulassen</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Size or curve:</source>
        <translation>&amp;Größe oder Kurve:</translation>
    </message>
    <message>
        <source>Permitted operations:</source>
        <translation>Zulässige Vorgänge:</translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation>%1 Bit</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>A name has 1 to 127 characters: letters, digits and dashes (-).</source>
        <translation>Ein Name besteht aus 1 bis 127 Zeichen: Buchstaben, Ziffern und Bindestrichen (-).</translation>
    </message>
    <message>
        <source>Permit at least one operation.</source>
        <translation>Lassen Sie mindestens einen Vorgang zu.</translation>
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
        <translation>Schlüsseltyp:</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>Schlüsseltyp</translation>
    </message>
    <message>
        <source>Permitted operations:</source>
        <translation>Zulässige Vorgänge:</translation>
    </message>
    <message>
        <source>Permitted operations</source>
        <translation>Zulässige Vorgänge</translation>
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
        <translation>Schlüsselbezeichner</translation>
    </message>
    <message>
        <source>Copy the key identifier</source>
        <translation>Schlüsselbezeichner kopieren</translation>
    </message>
    <message>
        <source>Show the versions of this key</source>
        <translation>Versionen dieses Schlüssels anzeigen</translation>
    </message>
    <message>
        <source>Key versions</source>
        <translation>Schlüsselversionen</translation>
    </message>
    <message>
        <source>Key identifier:</source>
        <translation>Schlüsselbezeichner:</translation>
    </message>
    <message>
        <source>%1 (backs a certificate)</source>
        <translation>%1 (gehört zu einem Zertifikat)</translation>
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
        <translation>&amp;Versionen anzeigen</translation>
    </message>
</context>
<context>
    <name>kluis::ui::LifecycleCommands</name>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Purge</source>
        <translation>&amp;Endgültig löschen</translation>
    </message>
    <message>
        <source>Key Vault backups (*.keyvault-backup);;All files (*)</source>
        <translation>Key Vault-Sicherungen (*.keyvault-backup);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Saved the backup of %1 to %2.</source>
        <translation>Die Sicherung von %1 wurde in %2 gespeichert.</translation>
    </message>
    <message>
        <source>Delete secret</source>
        <translation>Geheimnis löschen</translation>
    </message>
    <message>
        <source>Delete the secret %1 with all its versions?

If the vault keeps deleted secrets, you can recover it from the Deleted tab.</source>
        <translation>Das Geheimnis %1 mit allen Versionen löschen?

Wenn der Tresor gelöschte Geheimnisse aufbewahrt, können Sie es auf der Registerkarte „Gelöscht“ wiederherstellen.</translation>
    </message>
    <message>
        <source>Deleted the secret %1.</source>
        <translation>Das Geheimnis %1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>Recover secret</source>
        <translation>Geheimnis wiederherstellen</translation>
    </message>
    <message>
        <source>Recovered the secret %1.</source>
        <translation>Das Geheimnis %1 wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>Purge secret</source>
        <translation>Geheimnis endgültig löschen</translation>
    </message>
    <message>
        <source>Purging removes the deleted secret %1 and all its versions for good. This cannot be undone.</source>
        <translation>Beim endgültigen Löschen werden das gelöschte Geheimnis %1 und alle seine Versionen dauerhaft entfernt. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Purged the secret %1.</source>
        <translation>Das Geheimnis %1 wurde endgültig gelöscht.</translation>
    </message>
    <message>
        <source>Back up secret</source>
        <translation>Geheimnis sichern</translation>
    </message>
    <message>
        <source>Restore secret</source>
        <translation>Geheimnis aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Delete key</source>
        <translation>Schlüssel löschen</translation>
    </message>
    <message>
        <source>Delete the key %1 with all its versions?

If the vault keeps deleted objects, you can recover it from the Deleted tab.</source>
        <translation>Den Schlüssel %1 mit allen Versionen löschen?

Wenn der Tresor gelöschte Objekte aufbewahrt, können Sie ihn auf der Registerkarte „Gelöscht“ wiederherstellen.</translation>
    </message>
    <message>
        <source>Deleted the key %1.</source>
        <translation>Der Schlüssel %1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>Recover key</source>
        <translation>Schlüssel wiederherstellen</translation>
    </message>
    <message>
        <source>Recovered the key %1.</source>
        <translation>Der Schlüssel %1 wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>Purge key</source>
        <translation>Schlüssel endgültig löschen</translation>
    </message>
    <message>
        <source>Purging removes the deleted key %1 and all its versions for good. Whatever it encrypted can no longer be decrypted. This cannot be undone.</source>
        <translation>Beim endgültigen Löschen werden der gelöschte Schlüssel %1 und alle seine Versionen dauerhaft entfernt. Alles, was damit verschlüsselt wurde, kann nicht mehr entschlüsselt werden. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Purged the key %1.</source>
        <translation>Der Schlüssel %1 wurde endgültig gelöscht.</translation>
    </message>
    <message>
        <source>Back up key</source>
        <translation>Schlüssel sichern</translation>
    </message>
    <message>
        <source>Restore key</source>
        <translation>Schlüssel aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Delete certificate</source>
        <translation>Zertifikat löschen</translation>
    </message>
    <message>
        <source>Delete the certificate %1 with all its versions, its key and its secret?

If the vault keeps deleted objects, you can recover it from the Deleted tab.</source>
        <translation>Das Zertifikat %1 mit allen Versionen, seinem Schlüssel und seinem Geheimnis löschen?

Wenn der Tresor gelöschte Objekte aufbewahrt, können Sie es auf der Registerkarte „Gelöscht“ wiederherstellen.</translation>
    </message>
    <message>
        <source>Deleted the certificate %1.</source>
        <translation>Das Zertifikat %1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>Recover certificate</source>
        <translation>Zertifikat wiederherstellen</translation>
    </message>
    <message>
        <source>Recovered the certificate %1.</source>
        <translation>Das Zertifikat %1 wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>Purge certificate</source>
        <translation>Zertifikat endgültig löschen</translation>
    </message>
    <message>
        <source>Purging removes the deleted certificate %1, its key and its secret for good. This cannot be undone.</source>
        <translation>Beim endgültigen Löschen werden das gelöschte Zertifikat %1, sein Schlüssel und sein Geheimnis dauerhaft entfernt. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Purged the certificate %1.</source>
        <translation>Das Zertifikat %1 wurde endgültig gelöscht.</translation>
    </message>
    <message>
        <source>Back up certificate</source>
        <translation>Zertifikat sichern</translation>
    </message>
    <message>
        <source>Restore certificate</source>
        <translation>Zertifikat aus Sicherung wiederherstellen</translation>
    </message>
</context>
<context>
    <name>kluis::ui::ListErrorPanel</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Diagnose</source>
        <translation>&amp;Diagnose</translation>
    </message>
    <message>
        <source>This list could not be loaded</source>
        <translation>Diese Liste konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Fehlerdetails</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Diagnose</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Find out what stands between Kluis and this vault</source>
        <translation>Herausfinden, was zwischen Kluis und diesem Tresor steht</translation>
    </message>
</context>
<context>
    <name>kluis::ui::ListPaneBase</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>List status</source>
        <translation>Listenstatus</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Laden abbrechen</translation>
    </message>
    <message>
        <source>Loading failed.</source>
        <translation>Laden fehlgeschlagen.</translation>
    </message>
    <message numerus="yes">
        <source>Loading… %n item(s) so far</source>
        <translation>
            <numerusform>Wird geladen… bisher %n Element</numerusform>
            <numerusform>Wird geladen… bisher %n Elemente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n item(s).</source>
        <translation>
            <numerusform>Nach %n Element angehalten.</numerusform>
            <numerusform>Nach %n Elementen angehalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n shown)</source>
        <translation>
            <numerusform>(%n angezeigt)</numerusform>
            <numerusform>(%n angezeigt)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kluis::ui::LoadFromFileCommand</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>%1 wurde aus %2 wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>kluis::ui::MainWindow</name>
    <message>
        <source>Kluis</source>
        <translation>Kluis</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Network activity</source>
        <translation>Netzwerkaktivität</translation>
    </message>
    <message>
        <source>Clipboard cleared.</source>
        <translation>Zwischenablage geleert.</translation>
    </message>
    <message>
        <source>Attach local &amp;emulator…</source>
        <translation>Lokalen &amp;Emulator anfügen…</translation>
    </message>
    <message>
        <source>Connect to kluis-emulator through its cloud.json</source>
        <translation>Über die cloud.json von kluis-emulator mit diesem verbinden</translation>
    </message>
    <message>
        <source>Attach vault by &amp;URL…</source>
        <translation>Tresor über &amp;URL anfügen…</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>Konto &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Sign in to an Azure cloud: browser, device code or service principal</source>
        <translation>Bei einer Azure-Cloud anmelden: über den Browser, per Geräte-Code oder als Dienstprinzipal</translation>
    </message>
    <message>
        <source>A&amp;ccounts…</source>
        <translation>&amp;Konten…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Find &amp;vault</source>
        <translation>&amp;Tresor suchen</translation>
    </message>
    <message>
        <source>&amp;Favourite</source>
        <translation>&amp;Favorit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Certificates</source>
        <translation>&amp;Zertifikate</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Kluis</source>
        <translation>&amp;Über Kluis</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>Cloud: %1</source>
        <translation>Cloud: %1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Konto: %1</translation>
    </message>
    <message>
        <source>Network: busy…</source>
        <translation>Netzwerk: aktiv…</translation>
    </message>
    <message>
        <source>Network: idle</source>
        <translation>Netzwerk: inaktiv</translation>
    </message>
    <message>
        <source>Pin the vault to Favourites, at the top of the navigator</source>
        <translation>Den Tresor oben im Navigator an die Favoriten anheften</translation>
    </message>
    <message>
        <source>Status message</source>
        <translation>Statusmeldung</translation>
    </message>
    <message>
        <source>Names, content types and tags in every vault you reach (never values)</source>
        <translation>Namen, Inhaltstypen und Tags in jedem erreichbaren Tresor (nie Werte)</translation>
    </message>
    <message>
        <source>&amp;Expiry and hygiene report…</source>
        <translation>Bericht über &amp;Ablauf und Pflege…</translation>
    </message>
    <message>
        <source>&amp;Compare and copy vaults…</source>
        <translation>Tresore &amp;vergleichen und kopieren…</translation>
    </message>
    <message>
        <source>Search every&amp;where…</source>
        <translation>Überall s&amp;uchen…</translation>
    </message>
    <message>
        <source>E&amp;xport vault metadata…</source>
        <translation>Tresor-Metadaten e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Every secret, key and certificate of the vault with its dates and tags (never values), as CSV or JSON</source>
        <translation>Jedes Geheimnis, jeder Schlüssel und jedes Zertifikat des Tresors mit Daten und Tags (nie Werte), als CSV oder JSON</translation>
    </message>
    <message>
        <source>&amp;Import secrets…</source>
        <translation>Geheimnisse &amp;importieren…</translation>
    </message>
    <message>
        <source>Secrets from a .env or JSON file, with a preview first</source>
        <translation>Geheimnisse aus einer .env- oder JSON-Datei, zuerst mit einer Vorschau</translation>
    </message>
    <message>
        <source>Vault &amp;access…</source>
        <translation>Tresor&amp;zugriff…</translation>
    </message>
    <message>
        <source>Who may do what in this vault: role assignments, access policies, your permissions</source>
        <translation>Wer in diesem Tresor was darf: Rollenzuweisungen, Zugriffsrichtlinien, Ihre Berechtigungen</translation>
    </message>
    <message>
        <source>Every vault still on access policies, each entry mapped to the built-in roles</source>
        <translation>Jeder Tresor, der noch Zugriffsrichtlinien nutzt, jeder Eintrag den integrierten Rollen zugeordnet</translation>
    </message>
    <message>
        <source>A&amp;zure RBAC readiness…</source>
        <translation>Azure-&amp;RBAC-Bereitschaft…</translation>
    </message>
</context>
<context>
    <name>kluis::ui::NewCertificateCommand</name>
    <message>
        <source>New certificate</source>
        <translation>Neues Zertifikat</translation>
    </message>
    <message>
        <source>Created the certificate %1.</source>
        <translation>Das Zertifikat %1 wurde erstellt.</translation>
    </message>
</context>
<context>
    <name>kluis::ui::NewKeyCommand</name>
    <message>
        <source>New key</source>
        <translation>Neuer Schlüssel</translation>
    </message>
    <message>
        <source>Created the key %1 (%2).</source>
        <translation>Der Schlüssel %1 (%2) wurde erstellt.</translation>
    </message>
</context>
<context>
    <name>kluis::ui::NewSecretCommand</name>
    <message>
        <source>New secret</source>
        <translation>Neues Geheimnis</translation>
    </message>
    <message>
        <source>Created the secret %1.</source>
        <translation>Das Geheimnis %1 wurde erstellt.</translation>
    </message>
    <message>
        <source>A deleted secret named %1 still exists and can be recovered. Recover it instead?</source>
        <translation>Ein gelöschtes Geheimnis namens %1 ist noch vorhanden und kann wiederhergestellt werden. Möchten Sie es stattdessen wiederherstellen?</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Recover secret</source>
        <translation>Geheimnis wiederherstellen</translation>
    </message>
    <message>
        <source>Recovered the secret %1.</source>
        <translation>Das Geheimnis %1 wurde wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>kluis::ui::ObjectActionController</name>
    <message>
        <source>&amp;Test key</source>
        <translation>Schlüssel &amp;testen</translation>
    </message>
    <message>
        <source>R&amp;otate key (new version)…</source>
        <translation>Schlüssel &amp;rotieren (neue Version)…</translation>
    </message>
    <message>
        <source>&amp;Import certificate…</source>
        <translation>Zertifikat &amp;importieren…</translation>
    </message>
    <message>
        <source>Download as .&amp;cer…</source>
        <translation>Als .&amp;cer herunterladen…</translation>
    </message>
    <message>
        <source>Export with private key (.p&amp;fx)…</source>
        <translation>Mit privatem Schlüssel exportieren (.p&amp;fx)…</translation>
    </message>
    <message>
        <source>Export with private key (.pe&amp;m)…</source>
        <translation>Mit privatem Schlüssel exportieren (.pe&amp;m)…</translation>
    </message>
    <message>
        <source>Sign a sample in the vault and verify the signature locally</source>
        <translation>Eine Probe im Tresor signieren und die Signatur lokal überprüfen</translation>
    </message>
    <message>
        <source>Rotate key</source>
        <translation>Schlüssel rotieren</translation>
    </message>
    <message>
        <source>Make a new version of the key %1? The new version becomes the current one; older versions stay.</source>
        <translation>Eine neue Version des Schlüssels %1 erstellen? Die neue Version wird zur aktuellen; ältere Versionen bleiben erhalten.</translation>
    </message>
    <message>
        <source>R&amp;otate</source>
        <translation>&amp;Rotieren</translation>
    </message>
    <message>
        <source>Made a new version of the key %1.</source>
        <translation>Eine neue Version des Schlüssels %1 wurde erstellt.</translation>
    </message>
    <message>
        <source>Enable key</source>
        <translation>Schlüssel aktivieren</translation>
    </message>
    <message>
        <source>Disable key</source>
        <translation>Schlüssel deaktivieren</translation>
    </message>
    <message>
        <source>Enabled the key %1.</source>
        <translation>Der Schlüssel %1 wurde aktiviert.</translation>
    </message>
    <message>
        <source>Disabled the key %1.</source>
        <translation>Der Schlüssel %1 wurde deaktiviert.</translation>
    </message>
    <message>
        <source>&amp;New certificate…</source>
        <translation>&amp;Neues Zertifikat…</translation>
    </message>
    <message>
        <source>&amp;New key…</source>
        <translation>&amp;Neuer Schlüssel…</translation>
    </message>
    <message>
        <source>&amp;Delete certificate…</source>
        <translation>Zertifikat &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Delete key…</source>
        <translation>Schlüssel &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Recover certificate</source>
        <translation>Zertifikat &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Recover key</source>
        <translation>Schlüssel &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Purge certificate…</source>
        <translation>Zertifikat &amp;endgültig löschen…</translation>
    </message>
    <message>
        <source>&amp;Purge key…</source>
        <translation>Schlüssel &amp;endgültig löschen…</translation>
    </message>
    <message>
        <source>&amp;Back up certificate…</source>
        <translation>Zertifikat &amp;sichern…</translation>
    </message>
    <message>
        <source>&amp;Back up key…</source>
        <translation>Schlüssel &amp;sichern…</translation>
    </message>
    <message>
        <source>Re&amp;store certificate…</source>
        <translation>Zertifikat aus Sicherung wieder&amp;herstellen…</translation>
    </message>
    <message>
        <source>Re&amp;store key…</source>
        <translation>Schlüssel aus Sicherung wieder&amp;herstellen…</translation>
    </message>
    <message>
        <source>Download certificate</source>
        <translation>Zertifikat herunterladen</translation>
    </message>
    <message>
        <source>DER certificates (*.cer *.der);;All files (*)</source>
        <translation>DER-Zertifikate (*.cer *.der);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export certificate with private key</source>
        <translation>Zertifikat mit privatem Schlüssel exportieren</translation>
    </message>
    <message>
        <source>PKCS #12 files (*.pfx *.p12);;All files (*)</source>
        <translation>PKCS #12-Dateien (*.pfx *.p12);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>PEM files (*.pem);;All files (*)</source>
        <translation>PEM-Dateien (*.pem);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Saved %1 to %2.</source>
        <translation>%1 wurde in %2 gespeichert.</translation>
    </message>
    <message>
        <source>Disab&amp;le key</source>
        <translation>Schlüssel &amp;deaktivieren</translation>
    </message>
    <message>
        <source>Download as .p&amp;em…</source>
        <translation>Als .p&amp;em herunterladen…</translation>
    </message>
    <message>
        <source>&amp;View policy</source>
        <translation>Richtlinie &amp;anzeigen</translation>
    </message>
    <message>
        <source>Enab&amp;le key</source>
        <translation>Schlüssel &amp;aktivieren</translation>
    </message>
</context>
<context>
    <name>kluis::ui::ObjectListPane</name>
    <message>
        <source>Deleted keys</source>
        <translation>Gelöschte Schlüssel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Filter deleted keys</source>
        <translation>Gelöschte Schlüssel filtern</translation>
    </message>
    <message>
        <source>Filter keys</source>
        <translation>Schlüssel filtern</translation>
    </message>
    <message>
        <source>Deleted certificates</source>
        <translation>Gelöschte Zertifikate</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>Filter deleted certificates</source>
        <translation>Gelöschte Zertifikate filtern</translation>
    </message>
    <message>
        <source>Filter certificates</source>
        <translation>Zertifikate filtern</translation>
    </message>
    <message>
        <source>Filter by name, subject or tag</source>
        <translation>Nach Name, Antragsteller oder Tag filtern</translation>
    </message>
    <message>
        <source>Filter by name, type, operation or tag</source>
        <translation>Nach Name, Typ, Vorgang oder Tag filtern</translation>
    </message>
</context>
<context>
    <name>kluis::ui::RbacReadinessWindow</name>
    <message>
        <source>&amp;Run report</source>
        <translation>Bericht &amp;ausführen</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Azure RBAC readiness</source>
        <translation>Azure-RBAC-Bereitschaft</translation>
    </message>
    <message>
        <source>Vaults still on access policies, each entry with the built-in roles that would replace it. New vaults use Azure RBAC by default; plan the move before the older Resource Manager versions retire.</source>
        <translation>Tresore, die noch Zugriffsrichtlinien nutzen, jeder Eintrag mit den integrierten Rollen, die ihn ersetzen würden. Neue Tresore nutzen standardmäßig Azure RBAC; planen Sie den Umstieg, bevor die älteren Resource Manager-Versionen auslaufen.</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Tresor</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Prinzipal</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Also grants</source>
        <translation>Gewährt auch</translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation>Nicht abgedeckt</translation>
    </message>
    <message>
        <source>Access policy entries</source>
        <translation>Einträge der Zugriffsrichtlinien</translation>
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
        <translation>Die Tresore aller Abonnements werden gelesen…</translation>
    </message>
    <message>
        <source>No access policy entries</source>
        <translation>Keine Einträge der Zugriffsrichtlinien</translation>
    </message>
    <message numerus="yes">
        <source>%n vault(s) on access policies</source>
        <translation>
            <numerusform>%n Tresor mit Zugriffsrichtlinien</numerusform>
            <numerusform>%n Tresore mit Zugriffsrichtlinien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 on Azure RBAC already.</source>
        <translation>
            <numerusform>%n von %1 bereits auf Azure RBAC.</numerusform>
            <numerusform>%n von %1 bereits auf Azure RBAC.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation>Nicht gelesen: %1</translation>
    </message>
    <message>
        <source>Export the readiness report</source>
        <translation>Den Bereitschaftsbericht exportieren</translation>
    </message>
</context>
<context>
    <name>kluis::ui::ReportExport</name>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation>Der Bericht konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
</context>
<context>
    <name>kluis::ui::RevealSecretCommand</name>
    <message>
        <source>Reveal secret</source>
        <translation>Geheimnis anzeigen</translation>
    </message>
</context>
<context>
    <name>kluis::ui::SaveToFileCommand</name>
    <message>
        <source>Password for the file (it protects the private key):</source>
        <translation>Kennwort für die Datei (es schützt den privaten Schlüssel):</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>kluis::ui::SearchResultModel</name>
    <message>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Tresor</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Inhaltstyp</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
</context>
<context>
    <name>kluis::ui::SearchWindow</name>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Search everywhere</source>
        <translation>Überall suchen</translation>
    </message>
    <message>
        <source>Name, content type or tag (values are never searched)</source>
        <translation>Name, Inhaltstyp oder Tag (Werte werden nie durchsucht)</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Suchtext</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Suchstatus</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Vaults that refused</source>
        <translation>Tresore, die abgelehnt haben</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Tresor</translation>
    </message>
    <message>
        <source>Why it could not be searched</source>
        <translation>Warum er nicht durchsucht werden konnte</translation>
    </message>
    <message>
        <source>&amp;Open in vault</source>
        <translation>Im Tresor ö&amp;ffnen</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n found in %1 of %2 vaults.</source>
        <translation>
            <numerusform>Angehalten: %n gefunden in %1 von %2 Tresoren.</numerusform>
            <numerusform>Angehalten: %n gefunden in %1 von %2 Tresoren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Searching… %1 of %2 vaults answered; %n found.</source>
        <translation>
            <numerusform>Suche läuft… %1 von %2 Tresoren haben geantwortet; %n gefunden.</numerusform>
            <numerusform>Suche läuft… %1 von %2 Tresoren haben geantwortet; %n gefunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found in %1 vaults.</source>
        <translation>
            <numerusform>%n gefunden in %1 Tresoren.</numerusform>
            <numerusform>%n gefunden in %1 Tresoren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vaults refused; open one to see why.</source>
        <translation>
            <numerusform>%n Tresor hat abgelehnt; öffnen Sie ihn, um den Grund zu sehen.</numerusform>
            <numerusform>%n Tresore haben abgelehnt; öffnen Sie einen, um den Grund zu sehen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kluis::ui::SecretActionController</name>
    <message>
        <source>&amp;New secret…</source>
        <translation>&amp;Neues Geheimnis…</translation>
    </message>
    <message>
        <source>&amp;Edit secret…</source>
        <translation>Geheimnis &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete secret…</source>
        <translation>Geheimnis &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Copy value</source>
        <translation>Wert &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Recover secret</source>
        <translation>Geheimnis &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Purge secret…</source>
        <translation>Geheimnis &amp;endgültig löschen…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Back up secret…</source>
        <translation>Geheimnis &amp;sichern…</translation>
    </message>
    <message>
        <source>Res&amp;tore secret from backup…</source>
        <translation>Geheimnis aus Sicherung wieder&amp;herstellen…</translation>
    </message>
    <message>
        <source>Copy the value to the clipboard; it is cleared again after the time set in the settings</source>
        <translation>Wert in die Zwischenablage kopieren; sie wird nach der in den Einstellungen festgelegten Zeit wieder geleert</translation>
    </message>
    <message>
        <source>Give the secret a new value; the old one stays as a version</source>
        <translation>Dem Geheimnis einen neuen Wert geben; der alte bleibt als Version erhalten</translation>
    </message>
    <message>
        <source>Show or hide the value in the details</source>
        <translation>Den Wert in den Details anzeigen oder ausblenden</translation>
    </message>
    <message>
        <source>Reveal v&amp;alue</source>
        <translation>W&amp;ert anzeigen</translation>
    </message>
    <message>
        <source>New ver&amp;sion…</source>
        <translation>Neue Ver&amp;sion…</translation>
    </message>
</context>
<context>
    <name>kluis::ui::SecretDetailsPanel</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Content type:</source>
        <translation>Inhaltstyp:</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Inhaltstyp</translation>
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
        <translation>Bezeichner</translation>
    </message>
    <message>
        <source>Copy the identifier</source>
        <translation>Bezeichner kopieren</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Hidden; press Reveal to fetch it</source>
        <translation>Verborgen; klicken Sie auf „Anzeigen“, um ihn abzurufen</translation>
    </message>
    <message>
        <source>Reveal the value</source>
        <translation>Wert anzeigen</translation>
    </message>
    <message>
        <source>Identifier:</source>
        <translation>Bezeichner:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Wert:</translation>
    </message>
    <message>
        <source>Show the versions of this secret</source>
        <translation>Versionen dieses Geheimnisses anzeigen</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>Versionen:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Sh&amp;ow versions</source>
        <translation>&amp;Versionen anzeigen</translation>
    </message>
    <message>
        <source>H&amp;ide</source>
        <translation>&amp;Ausblenden</translation>
    </message>
</context>
<context>
    <name>kluis::ui::SecretEditDialog</name>
    <message>
        <source>New secret</source>
        <translation>Neues Geheimnis</translation>
    </message>
    <message>
        <source>Edit secret %1</source>
        <translation>Geheimnis %1 bearbeiten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Leave empty to keep the current value</source>
        <translation>Leer lassen, um den aktuellen Wert beizubehalten</translation>
    </message>
    <message>
        <source>The secret value</source>
        <translation>Der Wert des Geheimnisses</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Inhaltstyp</translation>
    </message>
    <message>
        <source>for example text/plain</source>
        <translation>zum Beispiel text/plain</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Aktiviert</translation>
    </message>
    <message>
        <source>Activation date</source>
        <translation>Aktivierungsdatum</translation>
    </message>
    <message>
        <source>Expiration date</source>
        <translation>Ablaufdatum</translation>
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
        <translation>Tag hinzufügen</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Tag entfernen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>Content &amp;type:</source>
        <translation>Inhalts&amp;typ:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Ta&amp;gs:</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>A name has 1 to 127 characters: letters, digits and dashes (-).</source>
        <translation>Ein Name besteht aus 1 bis 127 Zeichen: Buchstaben, Ziffern und Bindestrichen (-).</translation>
    </message>
    <message>
        <source>Enter a value.</source>
        <translation>Geben Sie einen Wert ein.</translation>
    </message>
    <message>
        <source>The value is %1 KB; Key Vault accepts at most 25 KB.</source>
        <translation>Der Wert ist %1 KB groß; Key Vault akzeptiert höchstens 25 KB.</translation>
    </message>
    <message numerus="yes">
        <source>Key Vault accepts at most %n tags.</source>
        <translation>
            <numerusform>Key Vault akzeptiert höchstens %n Tag.</numerusform>
            <numerusform>Key Vault akzeptiert höchstens %n Tags.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every tag needs a name.</source>
        <translation>Jedes Tag benötigt einen Namen.</translation>
    </message>
    <message>
        <source>A tag name has at most 512 characters.</source>
        <translation>Ein Tagname hat höchstens 512 Zeichen.</translation>
    </message>
    <message>
        <source>A tag value has at most 256 characters.</source>
        <translation>Ein Tagwert hat höchstens 256 Zeichen.</translation>
    </message>
</context>
<context>
    <name>kluis::ui::SecretImportDialog</name>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>&amp;Datei wählen…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import secrets into %1</source>
        <translation>Geheimnisse in %1 importieren</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>A .env or JSON file</source>
        <translation>Eine .env- oder JSON-Datei</translation>
    </message>
    <message>
        <source>When the vault has the name</source>
        <translation>Wenn der Tresor den Namen schon hat</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>&amp;When the vault has the name:</source>
        <translation>&amp;Wenn der Tresor den Namen schon hat:</translation>
    </message>
    <message>
        <source>Secret name</source>
        <translation>Name des Geheimnisses</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In der Datei</translation>
    </message>
    <message>
        <source>What the import does</source>
        <translation>Was der Import tut</translation>
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
        <translation>Wählen Sie eine Datei: Werte werden nur gelesen, um geschrieben zu werden, nie angezeigt.</translation>
    </message>
    <message>
        <source>Import secrets</source>
        <translation>Geheimnisse importieren</translation>
    </message>
    <message>
        <source>Secrets files (*.env *.json);;All files (*)</source>
        <translation>Dateien mit Geheimnissen (*.env *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>Die Datei kann nicht importiert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n names with the vault…</source>
        <translation>
            <numerusform>%n Name wird mit dem Tresor verglichen…</numerusform>
            <numerusform>%n Namen werden mit dem Tresor verglichen…</numerusform>
        </translation>
    </message>
    <message>
        <source>The import could not be planned: %1</source>
        <translation>Der Import konnte nicht geplant werden: %1</translation>
    </message>
    <message>
        <source>The vault has some of these names: nothing would be written.</source>
        <translation>Der Tresor hat einige dieser Namen schon: es würde nichts geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>%n secrets would be written; nothing has been written yet.</source>
        <translation>
            <numerusform>%n Geheimnis würde geschrieben; noch wurde nichts geschrieben.</numerusform>
            <numerusform>%n Geheimnisse würden geschrieben; noch wurde nichts geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Write %n secrets from %1 into %2?</source>
        <translation>
            <numerusform>%n Geheimnis aus %1 in %2 schreiben?</numerusform>
            <numerusform>%n Geheimnisse aus %1 in %2 schreiben?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>Importing… %1 of %2 written.</source>
        <translation>Wird importiert… %1 von %2 geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>The import stopped after %n secrets: %1</source>
        <translation>
            <numerusform>Der Import wurde nach %n Geheimnis angehalten: %1</numerusform>
            <numerusform>Der Import wurde nach %n Geheimnissen angehalten: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secrets written.</source>
        <translation>
            <numerusform>%n Geheimnis geschrieben.</numerusform>
            <numerusform>%n Geheimnisse geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kluis::ui::SecretListPane</name>
    <message>
        <source>Deleted secrets</source>
        <translation>Gelöschte Geheimnisse</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Geheimnisse</translation>
    </message>
    <message>
        <source>Filter deleted secrets</source>
        <translation>Gelöschte Geheimnisse filtern</translation>
    </message>
    <message>
        <source>Filter secrets</source>
        <translation>Geheimnisse filtern</translation>
    </message>
    <message>
        <source>Filter by name, content type or tag</source>
        <translation>Nach Name, Inhaltstyp oder Tag filtern</translation>
    </message>
</context>
<context>
    <name>kluis::ui::SecretValueEdit</name>
    <message>
        <source>&amp;Copy value</source>
        <translation>Wert &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>kluis::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Clear the clipboard after</source>
        <translation>Zwischenablage leeren nach</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>Anwendungs-ID (Client)</translation>
    </message>
    <message>
        <source>Kluis&apos;s own registration</source>
        <translation>Eigene Registrierung von Kluis</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>System proxy settings</source>
        <translation>Proxyeinstellungen des Systems</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <source>Manual proxy</source>
        <translation>Manueller Proxy</translation>
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
        <translation>Proxyport</translation>
    </message>
    <message>
        <source>Extra CA file</source>
        <translation>Zusätzliche CA-Datei</translation>
    </message>
    <message>
        <source>PEM file, for a TLS-inspecting proxy</source>
        <translation>PEM-Datei, für einen Proxy mit TLS-Inspektion</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the extra CA file</source>
        <translation>Zusätzliche CA-Datei auswählen</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Clear the &amp;clipboard after:</source>
        <translation>&amp;Zwischenablage leeren nach:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Application (client) &amp;ID:</source>
        <translation>Anwendungs-&amp;ID (Client):</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Proxy &amp;server:</source>
        <translation>Proxy&amp;server:</translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation>Zusätzliche &amp;CA-Datei:</translation>
    </message>
    <message>
        <source>The window is rebuilt in the new language when you press OK.</source>
        <translation>Das Fenster wird in der neuen Sprache neu aufgebaut, sobald Sie auf OK klicken.</translation>
    </message>
    <message>
        <source>Only when expired</source>
        <translation>Nur wenn abgelaufen</translation>
    </message>
    <message>
        <source>Warn about expiry within</source>
        <translation>Vor Ablauf warnen innerhalb von</translation>
    </message>
    <message>
        <source>Lists mark items that expire within this many days; expired items are always marked</source>
        <translation>Listen markieren Elemente, die innerhalb so vieler Tage ablaufen; abgelaufene Elemente werden immer markiert</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <comment>after a number of days</comment>
        <translation>
            <numerusform> Tag</numerusform>
            <numerusform> Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Warn about expiry within:</source>
        <translation>Vor Ablauf &amp;warnen innerhalb von:</translation>
    </message>
</context>
<context>
    <name>kluis::ui::SignInDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Durc&amp;hsuchen…</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>Custom cloud file…</source>
        <translation>Benutzerdefinierte Clouddatei…</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Cloud file</source>
        <translation>Clouddatei</translation>
    </message>
    <message>
        <source>A cloud profile (JSON), e.g. kluis-emulator&apos;s cloud.json</source>
        <translation>Ein Cloudprofil (JSON), z. B. die cloud.json von kluis-emulator</translation>
    </message>
    <message>
        <source>Browser sign-in</source>
        <translation>Anmeldung im Browser</translation>
    </message>
    <message>
        <source>Device code</source>
        <translation>Geräte-Code</translation>
    </message>
    <message>
        <source>Service principal with a secret</source>
        <translation>Dienstprinzipal mit geheimem Clientschlüssel</translation>
    </message>
    <message>
        <source>Service principal with a certificate</source>
        <translation>Dienstprinzipal mit Zertifikat</translation>
    </message>
    <message>
        <source>How to sign in</source>
        <translation>Anmeldemethode</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <source>The user name or client id</source>
        <translation>Der Benutzername oder die Client-ID</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>Anwendungs-ID (Client)</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Geheimer Clientschlüssel</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Zertifikatdatei</translation>
    </message>
    <message>
        <source>PEM file with the private key and the certificate</source>
        <translation>PEM-Datei mit dem privaten Schlüssel und dem Zertifikat</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the device code</source>
        <translation>Geräte-Code kopieren</translation>
    </message>
    <message>
        <source>Where to enter the code</source>
        <translation>Wo der Code eingegeben wird</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>Enter it at:</source>
        <translation>Eingeben unter:</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Anmeldestatus</translation>
    </message>
    <message>
        <source>&amp;Cloud:</source>
        <translation>&amp;Cloud:</translation>
    </message>
    <message>
        <source>Cloud &amp;file:</source>
        <translation>Cloud&amp;datei:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>Ma&amp;ndant:</translation>
    </message>
    <message>
        <source>Application (client) &amp;ID:</source>
        <translation>Anwendungs-&amp;ID (Client):</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>Geheimer Client&amp;schlüssel:</translation>
    </message>
    <message>
        <source>C&amp;ertificate:</source>
        <translation>&amp;Zertifikat:</translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation>&amp;Kontoname:</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>The service principal&apos;s application id</source>
        <translation>Die Anwendungs-ID des Dienstprinzipals</translation>
    </message>
    <message>
        <source>Choose a cloud file</source>
        <translation>Clouddatei auswählen</translation>
    </message>
    <message>
        <source>Cloud profiles (*.json)</source>
        <translation>Cloudprofile (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the certificate</source>
        <translation>Zertifikat auswählen</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key)</source>
        <translation>PEM-Dateien (*.pem *.crt *.key)</translation>
    </message>
    <message>
        <source>Open the link, enter the code and sign in; this window waits until you have.</source>
        <translation>Öffnen Sie den Link, geben Sie den Code ein und melden Sie sich an; dieses Fenster wartet, bis Sie fertig sind.</translation>
    </message>
    <message>
        <source>Sign in in the browser window that opened…</source>
        <translation>Melden Sie sich im geöffneten Browserfenster an…</translation>
    </message>
    <message>
        <source>Asking for a code…</source>
        <translation>Code wird angefordert…</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Anmeldung abgebrochen.</translation>
    </message>
    <message>
        <source>A service principal needs its tenant and application (client) id.</source>
        <translation>Ein Dienstprinzipal benötigt seinen Mandanten und seine Anwendungs-ID (Client).</translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation>Geben Sie den geheimen Clientschlüssel ein.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
</context>
<context>
    <name>kluis::ui::TestKeyCommand</name>
    <message>
        <source>Test key</source>
        <translation>Schlüssel testen</translation>
    </message>
    <message>
        <source>The key %1 (%2) cannot sign.</source>
        <translation>Der Schlüssel %1 (%2) kann nicht signieren.</translation>
    </message>
    <message>
        <source>Key: %1
Version: %2
Algorithm: %3
Sample: %4
Digest: %5
Signature: %6 bytes</source>
        <translation>Schlüssel: %1
Version: %2
Algorithmus: %3
Probe: %4
Digest: %5
Signatur: %6 Byte</translation>
    </message>
    <message>
        <source>The vault signed a sample with %1 (%2) and the signature verifies locally with the key&apos;s public part.</source>
        <translation>Der Tresor hat eine Probe mit %1 (%2) signiert, und die Signatur lässt sich lokal mit dem öffentlichen Teil des Schlüssels überprüfen.</translation>
    </message>
    <message>
        <source>The vault signed a sample with %1 (%2), but the signature does NOT verify locally: %3</source>
        <translation>Der Tresor hat eine Probe mit %1 (%2) signiert, aber die Signatur lässt sich lokal NICHT überprüfen: %3</translation>
    </message>
    <message>
        <source>Key %1: signature verified.</source>
        <translation>Schlüssel %1: Signatur überprüft.</translation>
    </message>
</context>
<context>
    <name>kluis::ui::VaultNavigator</name>
    <message>
        <source>Filter vaults</source>
        <translation>Tresore filtern</translation>
    </message>
    <message>
        <source>Vaults</source>
        <translation>Tresore</translation>
    </message>
    <message>
        <source>Key vaults</source>
        <translation>Schlüsseltresore</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <source>%1
Subscription: %2
Resource group: %3</source>
        <translation>%1
Abonnement: %2
Ressourcengruppe: %3</translation>
    </message>
    <message>
        <source>Favourites, attached vaults and the vaults of each account. Click a vault&apos;s star to pin it to Favourites.</source>
        <translation>Favoriten, angefügte Tresore und die Tresore jedes Kontos. Klicken Sie auf den Stern eines Tresors, um ihn an die Favoriten anzuheften.</translation>
    </message>
</context>
<context>
    <name>kluis::ui::VaultPane</name>
    <message>
        <source>Vault</source>
        <translation>Tresor</translation>
    </message>
    <message>
        <source>Vault contents</source>
        <translation>Tresorinhalt</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Geheimnisse</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>Kind of deleted objects</source>
        <translation>Art der gelöschten Objekte</translation>
    </message>
    <message>
        <source>&amp;Secrets</source>
        <translation>&amp;Geheimnisse</translation>
    </message>
    <message>
        <source>Cer&amp;tificates</source>
        <translation>&amp;Zertifikate</translation>
    </message>
    <message>
        <source>De&amp;leted</source>
        <translation>Ge&amp;löscht</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>Ke&amp;ys</source>
        <translation>Sch&amp;lüssel</translation>
    </message>
    <message>
        <source>No vaults yet? Use File → Add account…, File → Attach local emulator… or File → Attach vault by URL…</source>
        <translation>Noch keine Tresore? Verwenden Sie Datei → Konto hinzufügen…, Datei → Lokalen Emulator verbinden… oder Datei → Tresor per URL verbinden…</translation>
    </message>
    <message>
        <source>Choose a vault on the left.</source>
        <translation>Wählen Sie links einen Tresor.</translation>
    </message>
</context>
<context>
    <name>kluis::ui::ViewPolicyCommand</name>
    <message>
        <source>Certificate policy</source>
        <translation>Zertifikatrichtlinie</translation>
    </message>
    <message>
        <source>%1 %2 bits</source>
        <translation>%1 %2 Bit</translation>
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
            <numerusform>Aussteller: %1
Antragsteller: %2
DNS-Namen: %3
Gültigkeit: %n Monat
Schlüssel: %4
Privater Schlüssel exportierbar: %5
Schlüssel bei Verlängerung wiederverwenden: %6
Format im Tresor: %7
Schlüsselverwendung: %8
Erweiterte Schlüsselverwendung: %9</numerusform>
            <numerusform>Aussteller: %1
Antragsteller: %2
DNS-Namen: %3
Gültigkeit: %n Monate
Schlüssel: %4
Privater Schlüssel exportierbar: %5
Schlüssel bei Verlängerung wiederverwenden: %6
Format im Tresor: %7
Schlüsselverwendung: %8
Erweiterte Schlüsselverwendung: %9</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Policy of %1</source>
        <translation>Richtlinie von %1</translation>
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
        <translation>Kopieren</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Kluis: a desktop manager for Azure Key Vault.</source>
        <translation>Kluis: ein Desktop-Manager für Azure Key Vault.</translation>
    </message>
    <message>
        <source>Use the custom cloud profile in FILE (for example kluis-emulator&apos;s cloud.json).</source>
        <translation>Das benutzerdefinierte Cloudprofil in FILE verwenden (zum Beispiel die cloud.json von kluis-emulator).</translation>
    </message>
    <message>
        <source>Cloud profile</source>
        <translation>Cloudprofil</translation>
    </message>
</context>
</TS>
