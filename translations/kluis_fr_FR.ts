<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccessToken</name>
    <message>
        <source>The sign-in service answered HTTP %1 without a readable body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service sent no access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service sent a token of type %1, not Bearer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service sent a token without a lifetime.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArmClient</name>
    <message>
        <source>Resource Manager sent a vault that is not JSON.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AzureError</name>
    <message>
        <source>The operation was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s firewall does not allow this client&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s firewall does not allow the address %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault accepts only private-link connections (public network access is disabled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access denied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is throttling requests; try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inner error code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport error: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client address quoted by the vault: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client address seen by the vault: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientCertificateCredential</name>
    <message>
        <source>Cannot read the client certificate %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not hold an RSA private key and its certificate in PEM form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PKCS#12 (PFX) file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: wrong password or damaged PFX file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not hold an RSA private key and its certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application %1 (certificate) in tenant %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing the client assertion failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application credential lacks a tenant or client id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientSecretCredential</name>
    <message>
        <source>application %1 in tenant %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application credential lacks a tenant, client id or secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set AZURE_CLIENT_ID and AZURE_CLIENT_SECRET (and AZURE_TENANT_ID) to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set AZURE_TENANT_ID to the tenant to sign in to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH to sign in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloudProfile</name>
    <message>
        <source>The cloud profile&apos;s &quot;%1&quot; must be an https URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate revocation (CRL/OCSP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure (global)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure China (operated by 21Vianet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure US Government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure Germany (retired 2021)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud profile is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud profile has no &quot;name&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud profile&apos;s &quot;vaultPort&quot; is not a port number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the cloud profile %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceCodeCredential</name>
    <message>
        <source>The sign-in service sent no device code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in code expired before it was used. Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was declined.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>Every endpoint answered and the vault can be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A host name Kluis needs does not resolve: DNS has no answer for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s name resolves to a private endpoint address that this machine cannot reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network firewall drops the connection to an endpoint Kluis needs: the connection times out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to an endpoint Kluis needs is refused: nothing listens there, or a firewall rejects it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint presents a certificate this machine does not trust, usually from a proxy that inspects TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This network only lets traffic out through a proxy, and Kluis cannot reach one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy refuses the connection to an endpoint Kluis needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy asks for credentials before it lets Kluis through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s firewall does not admit the address the vault sees for this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault has public network access disabled: only its private endpoints are admitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network lets you through, but your account lacks the permission (access policy or role) for this operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in failed or the vault refused the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token comes from another tenant than the vault&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is throttling requests: too many were sent in a short time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service failed on its side; the network path looks fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address the vault sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behind NAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes: the vault sees another address than this machine&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine&apos;s addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s network rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public network access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bypass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual network rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IP rule covers %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource Manager could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow-list for the network team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the network team to allow these endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked: %1. Everything this cloud needs: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Vault IP rules take public IPv4 addresses only: a private address means a virtual network rule or a private endpoint is needed instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add my address to the vault&apos;s firewall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an IP rule for %1, the address the vault sees (not necessarily this machine&apos;s own).%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add my address for a while</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an IP rule for %1 and remove it again after the chosen time.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or let every address through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting the firewall&apos;s default action to Allow admits every address; public network access must be Enabled as well. The two gates are independent: opening one alone may not help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable public network access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public network access is Disabled, so only private endpoints are admitted. Enabling it is not enough by itself: with the default action Deny (the default for new vaults) your address also needs an IP rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no DNS answer. Check the DNS server this machine uses, and the private DNS zone when the vault has a private endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach the private endpoint, or fix DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 resolves to a private endpoint address. Connect to the private network (VPN) it lives in, or remove the privatelink entry from the DNS this machine uses to go the public way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust the proxy&apos;s certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 presented a certificate issued by &quot;%2&quot;, which this machine does not trust. When that is your organisation&apos;s TLS-inspecting proxy, install its CA certificate in the system&apos;s trust store, or ask for %1 to be excluded from inspection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure the proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic to %1 does not get out directly and no proxy answers. Set the proxy your organisation uses (system settings or HTTPS_PROXY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the proxy your credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy answered 407 for %1: set a user name and password for it, or ask for the endpoints to be allowed without authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or go through a private endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault has no private endpoint connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect from the network of a private endpoint, with its privatelink DNS zone: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for the permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a firewall problem: the vault admitted the connection but your account has no access policy or role for it. Ask the vault&apos;s owner for one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a firewall problem: ask the vault&apos;s owner to grant &quot;%1&quot; (an access policy entry or an RBAC role that includes it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the vault&apos;s own tenant: the token was issued by another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again, with an account that may use this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key Vault limits requests per vault per 10 seconds; wait a little and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service failed on its side; retry later, quoting the request id if it persists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in: Resource Manager was not asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault %1 is in none of your subscriptions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource Manager did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointProber</name>
    <message>
        <source>Not probed: stands for every vault of the cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS not asked: .localhost names are loopback (RFC 6761), %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS not asked: the cloud file maps %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNAME %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolves to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no DNS answer for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no DNS answer here; the proxy resolves names itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a privatelink alias: the vault has a private endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy %1 does not answer (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP to %1 fails (%2); the system names the proxy %3, which Kluis does not use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP to the private address %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP to %1: no answer within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP to %1 connects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy %1 does not open %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy %1 opens %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS verified, certificate from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS not trusted: certificate for &quot;%1&quot; from &quot;%2&quot; (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET /healthstatus: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET /healthstatus: %1 without x-ms-keyvault-network-info: not Key Vault but something in between (a proxy or a portal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET /healthstatus: %1 from Key Vault, which sees this client as %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyCrypto</name>
    <message>
        <source>The key or the algorithm %1 cannot be used to verify.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyVaultClient</name>
    <message>
        <source>The vault&apos;s answer is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid object name: 1-127 letters, digits and dashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault sent a backup without a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud %1 has no vault DNS suffix; give the vault&apos;s URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a vault name nor an https vault URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault sent a signature without a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate %1 is still being created; look again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the certificate %1 ended as %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Key Vault backups (*.keyvaultbackup *.blob)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefreshTokenStore</name>
    <message>
        <source>The keychain refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserCredential</name>
    <message>
        <source>a user in tenant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in tenant %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again to continue as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kluis::core::AccountStore</name>
    <message>
        <source>Unknown cloud %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the application (client) id to sign in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the tenant to sign in to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account does not sign in as a user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service principal needs its client id and secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain holds no secret for %1; add the account again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kluis::core::AccountTreeModel</name>
    <message>
        <source>Attached vaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (loading…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kluis::core::AzureCliCredential</name>
    <message>
        <source>Azure CLI login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure CLI login in tenant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Azure CLI did not answer with an access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Azure CLI&apos;s token has no readable expiry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Azure CLI (az) is not installed or not on PATH; install it and run &quot;az login&quot;, or sign in another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Azure CLI takes exactly one plain scope and tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Azure CLI could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Azure CLI did not answer within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Azure CLI is not signed in; run &quot;az login&quot;%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> --tenant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Azure CLI failed (exit code %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kluis::core::CertificateInfo</name>
    <message>
        <source>Server Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code Signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time Stamping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCSP Signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-Repudiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key Encipherment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Encipherment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate Signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRL Signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encipher Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decipher Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data is not a DER-encoded X.509 certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kluis::core::CertificateListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kluis::core::FirewallRuleEditor</name>
    <message>
        <source>Resource Manager lists no vault at %1 for this account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kluis::core::HttpPipeline</name>
    <message>
        <source>No account is signed in for this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a usable URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to send a token over unencrypted HTTP to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate of %1 issued by &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from %1 within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (through the proxy %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked for a token for %2, which is not a parent domain of the vault. No token was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service redirected the request to %1; redirects are not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list from %1 is not a JSON page: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;value&quot; array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to follow a next link to %1: it is not on %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kluis::core::InteractiveBrowserCredential</name>
    <message>
        <source>No browser is available for signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No random numbers for the sign-in could be had.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not listen on 127.0.0.1 for the browser&apos;s answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser did not come back in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kluis did not start this sign-in. Close this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser came back from a sign-in Kluis did not start (state mismatch); it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed: %1. You may close this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed: no code. You may close this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service sent no authorization code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in to Kluis. You may close this window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kluis::core::IpRuleCheck</name>
    <message>
        <source>%1 includes private addresses (RFC 1918), which Key Vault&apos;s firewall does not take: give the public address the vault sees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a private address (RFC 1918), which Key Vault&apos;s firewall does not take: give the public address the vault sees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a loopback address: the vault never sees a caller from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a link-local address: the vault never sees a caller from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the carrier-grade NAT range 100.64.0.0/10: the vault sees the provider&apos;s public address instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a multicast address, not a caller&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in a reserved range that is not used on the internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an IPv6 address; Key Vault&apos;s firewall takes IPv4 addresses and ranges only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address or range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key Vault does not take /31 ranges: add %1 and %2 as single addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s firewall already has the rule %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s rule %1 already lets %2 through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault has %1 IP rules, Key Vault&apos;s limit: remove one first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kluis::core::JwkSignature</name>
    <message>
        <source>The algorithm %1 does not fit a %2 key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The digest has %1 bytes; %2 needs %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key&apos;s public part (JWK) is incomplete or invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature has %1 bytes; %2 signatures have %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not verify with the key&apos;s public part (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kluis::core::KeyListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kluis::core::PagedListModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kluis::core::SecretListModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kluis::core::StoredAccount</name>
    <message>
        <source>client %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the AZURE_* environment variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Azure CLI&apos;s sign-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kluis::core::VersionListModel</name>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kluis::core::pkcs12</name>
    <message>
        <source>Could not build the PFX file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PFX file does not open with the given password or holds no private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the PEM text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PEM text needs a private key and a certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data is not a PKCS #12 (PFX) file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PFX file does not open with the given password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kluis::ui</name>
    <message>
        <source>The vault sent the certificate without its data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key of %1 is not exportable (its policy says so).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kluis::ui::AboutDialog</name>
    <message>
        <source>About Kluis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desktop manager for Azure Key Vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later). There is NO WARRANTY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kluis::ui::AccountsDialog</name>
    <message>
        <source>device code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service principal, secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service principal, certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure CLI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out and remove the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs out and removes the account&apos;s tokens and secrets from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kluis::ui::AttachCloudFileCommand</name>
    <message>
        <source>Attach local emulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kluis::ui::AttachVaultCommand</name>
    <message>
        <source>Attach vault by URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault URI or name (for example https://contoso.vault.azure.net/):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kluis::ui::BackupSecretCommand</name>
    <message>
        <source>Back up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kluis::ui::CertificateCreateDialog</name>
    <message>
        <source>Private key &amp;exportable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New self-signed certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN=app.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app.example.com, www.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity in months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA 2048 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA 3072 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA 4096 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EC P-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EC P-384</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EC P-521</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key exportable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format in the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS #12 (.pfx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;DNS names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Validity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name has 1 to 127 characters: letters, digits and dashes (-).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a subject, for example CN=app.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A subject is a distinguished name such as CN=app.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a DNS name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kluis::ui::CertificateDetailsPanel</name>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternative names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject alternative names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted; purged on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-1 thumbprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the SHA-1 thumbprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 thumbprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the SHA-256 thumbprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-1 thumbprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 thumbprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not valid before %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kluis::ui::ConfirmByNameDialog</name>
    <message>
        <source>Type %1 to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name to confirm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kluis::ui::ConnectionSession</name>
    <message>
        <source>The cloud file %1 offers no client with data access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kluis::ui::CopySecretValueCommand</name>
    <message>
        <source>Copy secret value</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied the value of %1; the clipboard is cleared in %n s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Copied the value of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kluis::ui::DeleteSecretCommand</name>
    <message>
        <source>Delete secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the secret %1 with all its versions?

If the vault keeps deleted secrets, you can recover it from the Deleted tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the secret %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kluis::ui::DiagnosisPane</name>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault network rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network gates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add my address to the vault&apos;s firewall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;temporarily…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy allow-list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save support &amp;bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosis of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vault has two independent network gates: public network access (Enabled or Disabled) and the firewall&apos;s default action (Allow or Deny, with IP and virtual network rules). New vaults deny by default, so enabling public access alone may not let you in, and an IP rule does nothing while public access is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add my address to the vault&apos;s firewall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add my address temporarily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy allow-list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy every host:port this vault&apos;s cloud needs, for the network team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save support bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s network rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the cause…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault did not say which address it saw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault sees this computer as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is none of this computer&apos;s own addresses (%1): it reaches the vault through NAT or a proxy, so a firewall rule must name %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource Manager could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the vault&apos;s rules from Resource Manager…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public network access: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default action: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted Microsoft services: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP rules: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP rules: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Virtual network rules: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Private endpoints: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is covered by an IP rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not covered by any IP rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The allow-list is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let %1 into %2 for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %1 to the firewall of the vault %2 for %n hour(s)?

Kluis changes the vault&apos;s network rules through Azure Resource Manager and removes the rule again when the time is up, when Kluis quits, or at its next start.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1 to the firewall of the vault %2?

Kluis changes the vault&apos;s network rules through Azure Resource Manager. Everyone who reaches the vault from this address still needs permission to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the vault&apos;s firewall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the firewall of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule could not be added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 until %2. Rule changes can take a few minutes to apply; the list is retried now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1. Rule changes can take a few minutes to apply; the list is retried now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support bundle (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support bundle saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kluis::ui::EditSecretCommand</name>
    <message>
        <source>Edit secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved a new version of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kluis::ui::EditSettingsCommand</name>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kluis::ui::EndpointProbeModel</name>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kluis::ui::ImportCertificateCommand</name>
    <message>
        <source>Import certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the certificate %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kluis::ui::ImportCertificateDialog</name>
    <message>
        <source>Import certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .pfx or .pem file with the private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PFX password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pfx *.p12 *.pem);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a .pfx or .pem file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name has 1 to 127 characters: letters, digits and dashes (-).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kluis::ui::KeyCreateDialog</name>
    <message>
        <source>Protected by an &amp;HSM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiration date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elliptic curve (EC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key size or curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected by an HSM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size or curve:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permitted operations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name has 1 to 127 characters: letters, digits and dashes (-).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permit at least one operation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kluis::ui::KeyDetailsPanel</name>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permitted operations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permitted operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiration date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiration date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted; purged on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the key identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the versions of this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key identifier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (backs a certificate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 days)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kluis::ui::ListErrorPanel</name>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diagnose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find out what stands between Kluis and this vault</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kluis::ui::ListPaneBase</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loading… %n item(s) so far</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n item(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n shown)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kluis::ui::LoadFromFileCommand</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kluis::ui::MainWindow</name>
    <message>
        <source>Kluis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipboard cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach local &amp;emulator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to kluis-emulator through its cloud.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach vault by &amp;URL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to an Azure cloud: browser, device code or service principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin the vault to the top of the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Kluis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network: busy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network: idle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kluis::ui::NewCertificateCommand</name>
    <message>
        <source>New certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the certificate %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kluis::ui::NewKeyCommand</name>
    <message>
        <source>New key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the key %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kluis::ui::NewSecretCommand</name>
    <message>
        <source>New secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the secret %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deleted secret named %1 still exists and can be recovered. Recover it instead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered the secret %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kluis::ui::ObjectActionController</name>
    <message>
        <source>&amp;Test key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;otate key (new version)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disa&amp;ble key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download as .&amp;cer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download as .&amp;pem…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export with private key (.p&amp;fx)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export with private key (.pe&amp;m)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View &amp;policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign a sample in the vault and verify the signature locally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new version of the key %1? The new version becomes the current one; older versions stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;otate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made a new version of the key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled the key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled the key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recover certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recover key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purge certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purge key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;store certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;store key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ena&amp;ble key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the certificate %1 with all its versions, its key and its secret?

If the vault keeps deleted objects, you can recover it from the Deleted tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the certificate %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the key %1 with all its versions?

If the vault keeps deleted objects, you can recover it from the Deleted tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered the certificate %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered the key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purging removes the deleted certificate %1, its key and its secret for good. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purged the certificate %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purging removes the deleted key %1 and all its versions for good. Whatever it encrypted can no longer be decrypted. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purged the key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key Vault backups (*.keyvault-backup);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the backup of %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DER certificates (*.cer *.der);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export certificate with private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS #12 files (*.pfx *.p12);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM files (*.pem);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kluis::ui::ObjectListPane</name>
    <message>
        <source>Deleted keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter deleted keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, key type or tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter deleted certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, subject or tag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kluis::ui::PurgeSecretCommand</name>
    <message>
        <source>Purge secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purging removes the deleted secret %1 and all its versions for good. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purged the secret %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kluis::ui::RecoverSecretCommand</name>
    <message>
        <source>Recover secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered the secret %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kluis::ui::RestoreSecretCommand</name>
    <message>
        <source>Restore a secret from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the secret %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kluis::ui::RevealSecretCommand</name>
    <message>
        <source>Reveal secret</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kluis::ui::SaveToFileCommand</name>
    <message>
        <source>Password for the file (it protects the private key):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kluis::ui::SecretActionController</name>
    <message>
        <source>&amp;New secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recover secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purge secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;tore secret from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the value to the clipboard; it is cleared again after the time set in the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the secret a new value; the old one stays as a version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kluis::ui::SecretDetailsPanel</name>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiration date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiration date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted; purged on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden; press Reveal to fetch it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the versions of this secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kluis::ui::SecretEditDialog</name>
    <message>
        <source>New secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit secret %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the current value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example text/plain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiration date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name has 1 to 127 characters: letters, digits and dashes (-).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is %1 KB; Key Vault accepts at most 25 KB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Key Vault accepts at most %n tags.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every tag needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag name has at most 512 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag value has at most 256 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kluis::ui::SecretListPane</name>
    <message>
        <source>Deleted secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter deleted secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, content type or tag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kluis::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the clipboard after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kluis&apos;s own registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM file, for a TLS-inspecting proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the extra CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the &amp;clipboard after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies when Kluis starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application (client) &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy &amp;server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kluis::ui::SignInDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom cloud file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cloud profile (JSON), e.g. kluis-emulator&apos;s cloud.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service principal with a secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service principal with a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM file with the private key and the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the device code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to enter the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter it at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cloud:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application (client) &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ertificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service principal&apos;s application id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a cloud file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud profiles (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the link, enter the code and sign in; this window waits until you have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in in the browser window that opened…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking for a code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service principal needs its tenant and application (client) id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kluis::ui::TestKeyCommand</name>
    <message>
        <source>Test key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key %1 (%2) cannot sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key: %1
Version: %2
Algorithm: %3
Sample: %4
Digest: %5
Signature: %6 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault signed a sample with %1 (%2) and the signature verifies locally with the key&apos;s public part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault signed a sample with %1 (%2), but the signature does NOT verify locally: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1: signature verified.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kluis::ui::VaultNavigator</name>
    <message>
        <source>Filter vaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key vaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kluis::ui::VaultNavigatorModel</name>
    <message>
        <source>%1
Attached by URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Subscription: %2
Resource group: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kluis::ui::VaultPane</name>
    <message>
        <source>Choose a vault on the left.

No vaults yet? Use File → Attach local emulator… or File → Attach vault by URL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of deleted objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cer&amp;tificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;leted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kluis::ui::ViewPolicyCommand</name>
    <message>
        <source>Certificate policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kluis::ui::details</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Kluis: a desktop manager for Azure Key Vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the custom cloud profile in FILE (for example kluis-emulator&apos;s cloud.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
