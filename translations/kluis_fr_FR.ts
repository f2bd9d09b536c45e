<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccessToken</name>
    <message>
        <source>The sign-in service answered HTTP %1 without a readable body.</source>
        <translation>Le service de connexion a répondu HTTP %1 sans corps lisible.</translation>
    </message>
    <message>
        <source>The sign-in service sent no access token.</source>
        <translation>Le service de connexion n&apos;a envoyé aucun jeton d&apos;accès.</translation>
    </message>
    <message>
        <source>The sign-in service sent a token of type %1, not Bearer.</source>
        <translation>Le service de connexion a envoyé un jeton de type %1, et non Bearer.</translation>
    </message>
    <message>
        <source>The sign-in service sent a token without a lifetime.</source>
        <translation>Le service de connexion a envoyé un jeton sans durée de vie.</translation>
    </message>
</context>
<context>
    <name>ArmClient</name>
    <message>
        <source>Resource Manager sent a vault that is not JSON.</source>
        <translation>Resource Manager a renvoyé un coffre qui n&apos;est pas au format JSON.</translation>
    </message>
    <message>
        <source>The vault&apos;s network rules were not read from Resource Manager; nothing was written.</source>
        <translation>Les règles réseau du coffre n&apos;ont pas été lues depuis Resource Manager ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Resource Manager sent a role assignment that is not JSON.</source>
        <translation>Resource Manager a envoyé une attribution de rôle qui n&apos;est pas du JSON.</translation>
    </message>
</context>
<context>
    <name>AzureError</name>
    <message>
        <source>The operation was cancelled.</source>
        <translation>L&apos;opération a été annulée.</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>Erreur réseau : %1</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Échec de la connexion : %1</translation>
    </message>
    <message>
        <source>Unexpected answer: %1</source>
        <translation>Réponse inattendue : %1</translation>
    </message>
    <message>
        <source>The vault&apos;s firewall does not allow this client&apos;s address.</source>
        <translation>Le pare-feu du coffre n&apos;autorise pas l&apos;adresse de ce client.</translation>
    </message>
    <message>
        <source>The vault&apos;s firewall does not allow the address %1.</source>
        <translation>Le pare-feu du coffre n&apos;autorise pas l&apos;adresse %1.</translation>
    </message>
    <message>
        <source>The vault accepts only private-link connections (public network access is disabled).</source>
        <translation>Le coffre n&apos;accepte que les connexions Private Link (l&apos;accès au réseau public est désactivé).</translation>
    </message>
    <message>
        <source>Access denied: %1</source>
        <translation>Accès refusé : %1</translation>
    </message>
    <message>
        <source>The service is throttling requests; try again shortly.</source>
        <translation>Le service limite les requêtes ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The service answered HTTP %1.</source>
        <translation>Le service a répondu HTTP %1.</translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>Statut HTTP : %1</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Code d&apos;erreur : %1</translation>
    </message>
    <message>
        <source>Inner error code: %1</source>
        <translation>Code d&apos;erreur interne : %1</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Message : %1</translation>
    </message>
    <message>
        <source>Transport error: %1 (%2)</source>
        <translation>Erreur de transport : %1 (%2)</translation>
    </message>
    <message>
        <source>Client address quoted by the vault: %1</source>
        <translation>Adresse du client indiquée par le coffre : %1</translation>
    </message>
    <message>
        <source>Client address seen by the vault: %1</source>
        <translation>Adresse du client vue par le coffre : %1</translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation>Requête : %1</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>ID de requête : %1</translation>
    </message>
</context>
<context>
    <name>ClientCertificateCredential</name>
    <message>
        <source>Cannot read the client certificate %1: %2</source>
        <translation>Impossible de lire le certificat client %1 : %2</translation>
    </message>
    <message>
        <source>%1 does not hold an RSA private key and its certificate in PEM form.</source>
        <translation>%1 ne contient pas de clé privée RSA et son certificat au format PEM.</translation>
    </message>
    <message>
        <source>%1 is not a PKCS#12 (PFX) file.</source>
        <translation>%1 n&apos;est pas un fichier PKCS#12 (PFX).</translation>
    </message>
    <message>
        <source>Cannot open %1: wrong password or damaged PFX file.</source>
        <translation>Impossible d&apos;ouvrir %1 : mot de passe incorrect ou fichier PFX endommagé.</translation>
    </message>
    <message>
        <source>%1 does not hold an RSA private key and its certificate.</source>
        <translation>%1 ne contient pas de clé privée RSA et son certificat.</translation>
    </message>
    <message>
        <source>application %1 (certificate) in tenant %2</source>
        <translation>application %1 (certificat) dans le locataire %2</translation>
    </message>
    <message>
        <source>Signing the client assertion failed.</source>
        <translation>La signature de l&apos;assertion client a échoué.</translation>
    </message>
    <message>
        <source>The application credential lacks a tenant or client id.</source>
        <translation>Il manque un locataire ou un ID client aux informations d&apos;identification de l&apos;application.</translation>
    </message>
</context>
<context>
    <name>ClientSecretCredential</name>
    <message>
        <source>application %1 in tenant %2</source>
        <translation>application %1 dans le locataire %2</translation>
    </message>
    <message>
        <source>The application credential lacks a tenant, client id or secret.</source>
        <translation>Il manque un locataire, un ID client ou un secret aux informations d&apos;identification de l&apos;application.</translation>
    </message>
    <message>
        <source>Set AZURE_CLIENT_ID and AZURE_CLIENT_SECRET (and AZURE_TENANT_ID) to sign in.</source>
        <translation>Définissez AZURE_CLIENT_ID et AZURE_CLIENT_SECRET (ainsi qu&apos;AZURE_TENANT_ID) pour vous connecter.</translation>
    </message>
    <message>
        <source>Set AZURE_TENANT_ID to the tenant to sign in to.</source>
        <translation>Définissez AZURE_TENANT_ID sur le locataire auquel vous connecter.</translation>
    </message>
    <message>
        <source>Set AZURE_CLIENT_SECRET or AZURE_CLIENT_CERTIFICATE_PATH to sign in as %1.</source>
        <translation>Définissez AZURE_CLIENT_SECRET ou AZURE_CLIENT_CERTIFICATE_PATH pour vous connecter en tant que %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tenant: give a tenant id or domain name.</source>
        <translation>« %1 » n&apos;est pas un locataire : indiquez un ID de locataire ou un nom de domaine.</translation>
    </message>
</context>
<context>
    <name>CloudProfile</name>
    <message>
        <source>The cloud profile&apos;s &quot;%1&quot; must be an https URL.</source>
        <translation>La valeur « %1 » du profil cloud doit être une URL https.</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Connexion</translation>
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
        <translation>Révocation de certificats (CRL/OCSP)</translation>
    </message>
    <message>
        <source>Azure (global)</source>
        <translation>Azure (mondial)</translation>
    </message>
    <message>
        <source>Azure China (operated by 21Vianet)</source>
        <translation>Azure Chine (exploité par 21Vianet)</translation>
    </message>
    <message>
        <source>Azure US Government</source>
        <translation>Azure US Government</translation>
    </message>
    <message>
        <source>Azure Germany (retired 2021)</source>
        <translation>Azure Allemagne (retiré en 2021)</translation>
    </message>
    <message>
        <source>The cloud profile is not valid JSON: %1</source>
        <translation>Le profil cloud n&apos;est pas un JSON valide : %1</translation>
    </message>
    <message>
        <source>The cloud profile has no &quot;name&quot;.</source>
        <translation>Le profil cloud n&apos;a pas de « name ».</translation>
    </message>
    <message>
        <source>The cloud profile&apos;s &quot;vaultPort&quot; is not a port number.</source>
        <translation>La valeur « vaultPort » du profil cloud n&apos;est pas un numéro de port.</translation>
    </message>
    <message>
        <source>Cannot read the cloud profile %1: %2</source>
        <translation>Impossible de lire le profil cloud %1 : %2</translation>
    </message>
</context>
<context>
    <name>DeviceCodeCredential</name>
    <message>
        <source>The sign-in service sent no device code.</source>
        <translation>Le service de connexion n&apos;a envoyé aucun code d&apos;appareil.</translation>
    </message>
    <message>
        <source>The sign-in code expired before it was used. Start the sign-in again.</source>
        <translation>Le code de connexion a expiré avant d&apos;être utilisé. Recommencez la connexion.</translation>
    </message>
    <message>
        <source>The sign-in was declined.</source>
        <translation>La connexion a été refusée.</translation>
    </message>
    <message>
        <source>The sign-in service gave a sign-in page that is not an https address (%1); it is not shown.</source>
        <translation>Le service de connexion a donné une page de connexion qui n&apos;est pas une adresse https (%1) ; elle n&apos;est pas affichée.</translation>
    </message>
</context>
<context>
    <name>Diagnosis</name>
    <message>
        <source>Every endpoint answered and the vault can be listed.</source>
        <translation>Tous les points de terminaison ont répondu et le coffre peut être listé.</translation>
    </message>
    <message>
        <source>A host name Kluis needs does not resolve: DNS has no answer for it.</source>
        <translation>Un nom d&apos;hôte dont Kluis a besoin n&apos;est pas résolu : le DNS ne renvoie aucune réponse.</translation>
    </message>
    <message>
        <source>The vault&apos;s name resolves to a private endpoint address that this machine cannot reach.</source>
        <translation>Le nom du coffre se résout en une adresse de point de terminaison privé que cette machine ne peut pas atteindre.</translation>
    </message>
    <message>
        <source>A network firewall drops the connection to an endpoint Kluis needs: the connection times out.</source>
        <translation>Un pare-feu réseau abandonne la connexion à un point de terminaison dont Kluis a besoin : la connexion expire.</translation>
    </message>
    <message>
        <source>The connection to an endpoint Kluis needs is refused: nothing listens there, or a firewall rejects it.</source>
        <translation>La connexion à un point de terminaison dont Kluis a besoin est refusée : rien n&apos;y écoute, ou un pare-feu la rejette.</translation>
    </message>
    <message>
        <source>The endpoint presents a certificate this machine does not trust, usually from a proxy that inspects TLS.</source>
        <translation>Le point de terminaison présente un certificat auquel cette machine ne fait pas confiance, généralement celui d&apos;un proxy qui inspecte le trafic TLS.</translation>
    </message>
    <message>
        <source>This network only lets traffic out through a proxy, and Kluis cannot reach one.</source>
        <translation>Ce réseau ne laisse sortir le trafic que par un proxy, et Kluis ne parvient à en joindre aucun.</translation>
    </message>
    <message>
        <source>The proxy refuses the connection to an endpoint Kluis needs.</source>
        <translation>Le proxy refuse la connexion à un point de terminaison dont Kluis a besoin.</translation>
    </message>
    <message>
        <source>The proxy asks for credentials before it lets Kluis through.</source>
        <translation>Le proxy demande des informations d&apos;identification avant de laisser passer Kluis.</translation>
    </message>
    <message>
        <source>The vault&apos;s firewall does not admit the address the vault sees for this machine.</source>
        <translation>Le pare-feu du coffre n&apos;admet pas l&apos;adresse sous laquelle le coffre voit cette machine.</translation>
    </message>
    <message>
        <source>The vault has public network access disabled: only its private endpoints are admitted.</source>
        <translation>L&apos;accès au réseau public est désactivé sur le coffre : seuls ses points de terminaison privés sont admis.</translation>
    </message>
    <message>
        <source>The network lets you through, but your account lacks the permission (access policy or role) for this operation.</source>
        <translation>Le réseau vous laisse passer, mais votre compte n&apos;a pas l&apos;autorisation (stratégie d&apos;accès ou rôle) nécessaire pour cette opération.</translation>
    </message>
    <message>
        <source>Signing in failed or the vault refused the token.</source>
        <translation>La connexion a échoué ou le coffre a refusé le jeton.</translation>
    </message>
    <message>
        <source>The token comes from another tenant than the vault&apos;s.</source>
        <translation>Le jeton provient d&apos;un autre locataire que celui du coffre.</translation>
    </message>
    <message>
        <source>The vault is throttling requests: too many were sent in a short time.</source>
        <translation>Le coffre limite les requêtes : trop de requêtes ont été envoyées en peu de temps.</translation>
    </message>
    <message>
        <source>The service failed on its side; the network path looks fine.</source>
        <translation>Le service a rencontré une défaillance de son côté ; le chemin réseau semble correct.</translation>
    </message>
    <message>
        <source>Diagnosis of %1</source>
        <translation>Diagnostic de %1</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <source>Address the vault sees</source>
        <translation>Adresse vue par le coffre</translation>
    </message>
    <message>
        <source>Behind NAT</source>
        <translation>Derrière un NAT</translation>
    </message>
    <message>
        <source>yes: the vault sees another address than this machine&apos;s own</source>
        <translation>oui : le coffre voit une autre adresse que celle de cette machine</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>This machine&apos;s addresses</source>
        <translation>Adresses de cette machine</translation>
    </message>
    <message>
        <source>Certificate issuer</source>
        <translation>Émetteur du certificat</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Autorisation</translation>
    </message>
    <message>
        <source>Failed call</source>
        <translation>Appel en échec</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>ID de requête</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarré</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Points de terminaison</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments constatés</translation>
    </message>
    <message>
        <source>The vault&apos;s network rules</source>
        <translation>Règles réseau du coffre</translation>
    </message>
    <message>
        <source>Public network access</source>
        <translation>Accès au réseau public</translation>
    </message>
    <message>
        <source>Default action</source>
        <translation>Action par défaut</translation>
    </message>
    <message>
        <source>Bypass</source>
        <translation>Contournement</translation>
    </message>
    <message>
        <source>IP rules</source>
        <translation>Règles IP</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Virtual network rules</source>
        <translation>Règles de réseau virtuel</translation>
    </message>
    <message>
        <source>Private endpoints</source>
        <translation>Points de terminaison privés</translation>
    </message>
    <message>
        <source>An IP rule covers %1</source>
        <translation>Une règle IP couvre %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Resource Manager could not be read: %1</source>
        <translation>Impossible de lire Resource Manager : %1</translation>
    </message>
    <message>
        <source>Not read.</source>
        <translation>Non lu.</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>Allow-list for the network team</source>
        <translation>Liste d&apos;autorisation pour l&apos;équipe réseau</translation>
    </message>
    <message>
        <source>Ask the network team to allow these endpoints</source>
        <translation>Demandez à l&apos;équipe réseau d&apos;autoriser ces points de terminaison</translation>
    </message>
    <message>
        <source>Blocked: %1. Everything this cloud needs: %2.</source>
        <translation>Bloqué : %1. Tout ce dont ce cloud a besoin : %2.</translation>
    </message>
    <message>
        <source> Vault IP rules take public IPv4 addresses only: a private address means a virtual network rule or a private endpoint is needed instead.</source>
        <translation> Les règles IP du coffre n&apos;acceptent que des adresses IPv4 publiques : une adresse privée implique plutôt une règle de réseau virtuel ou un point de terminaison privé.</translation>
    </message>
    <message>
        <source>Add my address to the vault&apos;s firewall</source>
        <translation>Ajouter mon adresse au pare-feu du coffre</translation>
    </message>
    <message>
        <source>Add an IP rule for %1, the address the vault sees (not necessarily this machine&apos;s own).%2</source>
        <translation>Ajouter une règle IP pour %1, l&apos;adresse que voit le coffre (pas forcément celle de cette machine).%2</translation>
    </message>
    <message>
        <source>Add my address for a while</source>
        <translation>Ajouter mon adresse temporairement</translation>
    </message>
    <message>
        <source>Add an IP rule for %1 and remove it again after the chosen time.%2</source>
        <translation>Ajouter une règle IP pour %1 et la supprimer à nouveau après la durée choisie.%2</translation>
    </message>
    <message>
        <source>Or let every address through</source>
        <translation>Ou laisser passer toutes les adresses</translation>
    </message>
    <message>
        <source>Setting the firewall&apos;s default action to Allow admits every address; public network access must be Enabled as well. The two gates are independent: opening one alone may not help.</source>
        <translation>Définir l&apos;action par défaut du pare-feu sur Autoriser admet toutes les adresses ; l&apos;accès au réseau public doit également être Activé. Ces deux barrières sont indépendantes : en ouvrir une seule ne suffit pas forcément.</translation>
    </message>
    <message>
        <source>Enable public network access</source>
        <translation>Activer l&apos;accès au réseau public</translation>
    </message>
    <message>
        <source>Public network access is Disabled, so only private endpoints are admitted. Enabling it is not enough by itself: with the default action Deny (the default for new vaults) your address also needs an IP rule.</source>
        <translation>L&apos;accès au réseau public est Désactivé, donc seuls les points de terminaison privés sont admis. L&apos;activer ne suffit pas à lui seul : avec l&apos;action par défaut Refuser (la valeur par défaut des nouveaux coffres), votre adresse a aussi besoin d&apos;une règle IP.</translation>
    </message>
    <message>
        <source>Check DNS</source>
        <translation>Vérifier le DNS</translation>
    </message>
    <message>
        <source>%1 has no DNS answer. Check the DNS server this machine uses, and the private DNS zone when the vault has a private endpoint.</source>
        <translation>%1 n&apos;a pas de réponse DNS. Vérifiez le serveur DNS utilisé par cette machine, ainsi que la zone DNS privée si le coffre a un point de terminaison privé.</translation>
    </message>
    <message>
        <source>Reach the private endpoint, or fix DNS</source>
        <translation>Atteindre le point de terminaison privé ou corriger le DNS</translation>
    </message>
    <message>
        <source>%1 resolves to a private endpoint address. Connect to the private network (VPN) it lives in, or remove the privatelink entry from the DNS this machine uses to go the public way.</source>
        <translation>%1 se résout en une adresse de point de terminaison privé. Connectez-vous au réseau privé (VPN) où il se trouve, ou supprimez l&apos;entrée privatelink du DNS utilisé par cette machine pour passer par la voie publique.</translation>
    </message>
    <message>
        <source>Trust the proxy&apos;s certificate authority</source>
        <translation>Faire confiance à l&apos;autorité de certification du proxy</translation>
    </message>
    <message>
        <source>%1 presented a certificate issued by &quot;%2&quot;, which this machine does not trust. When that is your organisation&apos;s TLS-inspecting proxy, install its CA certificate in the system&apos;s trust store, or ask for %1 to be excluded from inspection.</source>
        <translation>%1 a présenté un certificat émis par « %2 », auquel cette machine ne fait pas confiance. S&apos;il s&apos;agit du proxy d&apos;inspection TLS de votre organisation, installez son certificat d&apos;autorité de certification dans le magasin de confiance du système, ou demandez que %1 soit exclu de l&apos;inspection.</translation>
    </message>
    <message>
        <source>Configure the proxy</source>
        <translation>Configurer le proxy</translation>
    </message>
    <message>
        <source>Traffic to %1 does not get out directly and no proxy answers. Set the proxy your organisation uses (system settings or HTTPS_PROXY).</source>
        <translation>Le trafic vers %1 ne sort pas directement et aucun proxy ne répond. Définissez le proxy utilisé par votre organisation (paramètres système ou HTTPS_PROXY).</translation>
    </message>
    <message>
        <source>Give the proxy your credentials</source>
        <translation>Fournir vos informations d&apos;identification au proxy</translation>
    </message>
    <message>
        <source>The proxy answered 407 for %1: set a user name and password for it, or ask for the endpoints to be allowed without authentication.</source>
        <translation>Le proxy a répondu 407 pour %1 : définissez un nom d&apos;utilisateur et un mot de passe pour celui-ci, ou demandez que les points de terminaison soient autorisés sans authentification.</translation>
    </message>
    <message>
        <source>Or go through a private endpoint</source>
        <translation>Ou passer par un point de terminaison privé</translation>
    </message>
    <message>
        <source>The vault has no private endpoint connection.</source>
        <translation>Le coffre n&apos;a aucune connexion de point de terminaison privé.</translation>
    </message>
    <message>
        <source>Connect from the network of a private endpoint, with its privatelink DNS zone: %1.</source>
        <translation>Connectez-vous depuis le réseau d&apos;un point de terminaison privé, avec sa zone DNS privatelink : %1.</translation>
    </message>
    <message>
        <source>Ask for the permission</source>
        <translation>Demander l&apos;autorisation</translation>
    </message>
    <message>
        <source>This is not a firewall problem: the vault admitted the connection but your account has no access policy or role for it. Ask the vault&apos;s owner for one.</source>
        <translation>Ce n&apos;est pas un problème de pare-feu : le coffre a admis la connexion, mais votre compte n&apos;a ni stratégie d&apos;accès ni rôle pour cette opération. Demandez-en un au propriétaire du coffre.</translation>
    </message>
    <message>
        <source>This is not a firewall problem: ask the vault&apos;s owner to grant &quot;%1&quot; (an access policy entry or an RBAC role that includes it).</source>
        <translation>Ce n&apos;est pas un problème de pare-feu : demandez au propriétaire du coffre d&apos;accorder « %1 » (une entrée de stratégie d&apos;accès ou un rôle RBAC qui l&apos;inclut).</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <source>Sign in to the vault&apos;s own tenant: the token was issued by another one.</source>
        <translation>Connectez-vous au locataire du coffre : le jeton a été émis par un autre locataire.</translation>
    </message>
    <message>
        <source>Sign in again, with an account that may use this vault.</source>
        <translation>Reconnectez-vous avec un compte autorisé à utiliser ce coffre.</translation>
    </message>
    <message>
        <source>Wait and try again</source>
        <translation>Patienter et réessayer</translation>
    </message>
    <message>
        <source>Key Vault limits requests per vault per 10 seconds; wait a little and retry.</source>
        <translation>Key Vault limite les requêtes par coffre sur 10 secondes ; patientez un peu et réessayez.</translation>
    </message>
    <message>
        <source>The service failed on its side; retry later, quoting the request id if it persists.</source>
        <translation>Le service a rencontré une défaillance de son côté ; réessayez plus tard, en indiquant l&apos;ID de requête si le problème persiste.</translation>
    </message>
    <message>
        <source>Not signed in: Resource Manager was not asked.</source>
        <translation>Non connecté : Resource Manager n&apos;a pas été interrogé.</translation>
    </message>
    <message>
        <source>The vault %1 is in none of your subscriptions.</source>
        <translation>Le coffre %1 ne figure dans aucun de vos abonnements.</translation>
    </message>
    <message>
        <source>Resource Manager did not answer in time.</source>
        <translation>Resource Manager n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Missing data action</source>
        <translation>Action de données manquante</translation>
    </message>
    <message>
        <source>Least-privileged built-in role</source>
        <translation>Rôle intégré aux privilèges minimaux</translation>
    </message>
    <message>
        <source>This is not a firewall problem: the vault decides by Azure RBAC and no role of yours grants %1. The least-privileged built-in role that does is &quot;%2&quot;; ask for it at the vault&apos;s scope (Access control (IAM)). Role changes take a few minutes to apply.</source>
        <translation>Ce n&apos;est pas un problème de pare-feu : le coffre décide par Azure RBAC et aucun de vos rôles n&apos;accorde %1. Le rôle intégré aux privilèges minimaux qui l&apos;accorde est « %2 » ; demandez-le sur l&apos;étendue du coffre (Contrôle d&apos;accès (IAM)). Les changements de rôle prennent quelques minutes pour s&apos;appliquer.</translation>
    </message>
    <message>
        <source>This is not a firewall problem: the vault decides by access policies and yours lacks the %1 permission. Ask the vault&apos;s owner for an access policy entry with it (on Azure RBAC the role &quot;%2&quot; grants the same).</source>
        <translation>Ce n&apos;est pas un problème de pare-feu : le coffre décide par stratégies d&apos;accès et la vôtre n&apos;a pas l&apos;autorisation %1. Demandez au propriétaire du coffre une entrée de stratégie d&apos;accès qui la donne (avec Azure RBAC, le rôle « %2 » accorde la même chose).</translation>
    </message>
    <message>
        <source>The vault is in a network security perimeter in enforced mode, and the perimeter&apos;s inbound rules do not admit this machine; the vault&apos;s own firewall rules no longer count.</source>
        <translation>Le coffre est dans un périmètre de sécurité réseau en mode appliqué, et les règles d&apos;accès entrant du périmètre n&apos;admettent pas cet ordinateur ; les règles de pare-feu du coffre ne comptent plus.</translation>
    </message>
    <message>
        <source>this machine&apos;s address</source>
        <translation>l&apos;adresse de cet ordinateur</translation>
    </message>
    <message>
        <source>Add an inbound access rule for %1 to profile %2 of network security perimeter %3 (Azure portal: Network security perimeters, %3, Profiles, %2, Inbound access rules), or ask the perimeter&apos;s owner to. The vault&apos;s IP rules do not help while the association is enforced.</source>
        <translation>Ajoutez une règle d&apos;accès entrant pour %1 au profil %2 du périmètre de sécurité réseau %3 (portail Azure : Périmètres de sécurité réseau, %3, Profils, %2, Règles d&apos;accès entrant), ou demandez-le au propriétaire du périmètre. Les règles IP du coffre n&apos;aident pas tant que l&apos;association est appliquée.</translation>
    </message>
    <message>
        <source>It admits now: %1.</source>
        <translation>Admis actuellement : %1.</translation>
    </message>
    <message>
        <source>Add an inbound access rule for %1 to the profile of the network security perimeter the vault is associated with. The vault&apos;s IP rules do not help while the association is enforced.</source>
        <translation>Ajoutez une règle d&apos;accès entrant pour %1 au profil du périmètre de sécurité réseau auquel le coffre est associé. Les règles IP du coffre n&apos;aident pas tant que l&apos;association est appliquée.</translation>
    </message>
    <message>
        <source>Admit this address in the perimeter&apos;s inbound rules</source>
        <translation>Admettre cette adresse dans les règles d&apos;accès entrant du périmètre</translation>
    </message>
</context>
<context>
    <name>EndpointProber</name>
    <message>
        <source>Not probed: stands for every vault of the cloud.</source>
        <translation>Non sondé : représente tous les coffres du cloud.</translation>
    </message>
    <message>
        <source>DNS not asked: .localhost names are loopback (RFC 6761), %1</source>
        <translation>DNS non interrogé : les noms .localhost désignent la boucle locale (RFC 6761), %1</translation>
    </message>
    <message>
        <source>DNS not asked: the cloud file maps %1 to %2</source>
        <translation>DNS non interrogé : le fichier cloud associe %1 à %2</translation>
    </message>
    <message>
        <source>CNAME %1</source>
        <translation>CNAME %1</translation>
    </message>
    <message>
        <source>resolves to %1</source>
        <translation>se résout en %1</translation>
    </message>
    <message>
        <source>no DNS answer for %1</source>
        <translation>aucune réponse DNS pour %1</translation>
    </message>
    <message>
        <source>no DNS answer here; the proxy resolves names itself</source>
        <translation>aucune réponse DNS ici ; le proxy résout lui-même les noms</translation>
    </message>
    <message>
        <source>a privatelink alias: the vault has a private endpoint</source>
        <translation>un alias privatelink : le coffre a un point de terminaison privé</translation>
    </message>
    <message>
        <source>the proxy %1 does not answer (%2)</source>
        <translation>le proxy %1 ne répond pas (%2)</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>TCP to %1 fails (%2); the system names the proxy %3, which Kluis does not use</source>
        <translation>TCP vers %1 échoue (%2) ; le système désigne le proxy %3, que Kluis n&apos;utilise pas</translation>
    </message>
    <message>
        <source>TCP to the private address %1 failed</source>
        <translation>TCP vers l&apos;adresse privée %1 a échoué</translation>
    </message>
    <message>
        <source>TCP to %1: no answer within %2 s</source>
        <translation>TCP vers %1 : aucune réponse en %2 s</translation>
    </message>
    <message>
        <source>TCP to %1: %2</source>
        <translation>TCP vers %1 : %2</translation>
    </message>
    <message>
        <source>TCP to %1 connects</source>
        <translation>TCP vers %1 : connexion établie</translation>
    </message>
    <message>
        <source>the proxy %1 does not open %2: %3</source>
        <translation>le proxy %1 n&apos;ouvre pas %2 : %3</translation>
    </message>
    <message>
        <source>the proxy %1 opens %2</source>
        <translation>le proxy %1 ouvre %2</translation>
    </message>
    <message>
        <source>TLS verified, certificate from %1</source>
        <translation>TLS vérifié, certificat émis par %1</translation>
    </message>
    <message>
        <source>TLS not trusted: certificate for &quot;%1&quot; from &quot;%2&quot; (%3)</source>
        <translation>TLS non approuvé : certificat pour « %1 » émis par « %2 » (%3)</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>Échec de la négociation TLS : %1</translation>
    </message>
    <message>
        <source>GET /healthstatus: %1</source>
        <translation>GET /healthstatus : %1</translation>
    </message>
    <message>
        <source>GET /healthstatus: %1 without x-ms-keyvault-network-info: not Key Vault but something in between (a proxy or a portal)</source>
        <translation>GET /healthstatus : %1 sans x-ms-keyvault-network-info : ce n&apos;est pas Key Vault mais un intermédiaire (un proxy ou un portail)</translation>
    </message>
    <message>
        <source>GET /healthstatus: %1 from Key Vault, which sees this client as %2</source>
        <translation>GET /healthstatus : %1 de Key Vault, qui voit ce client comme %2</translation>
    </message>
</context>
<context>
    <name>KeyVaultClient</name>
    <message>
        <source>The vault&apos;s answer is not a JSON object.</source>
        <translation>La réponse du coffre n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid object name: 1-127 letters, digits and dashes.</source>
        <translation>« %1 » n&apos;est pas un nom d&apos;objet valide : 1 à 127 lettres, chiffres et tirets.</translation>
    </message>
    <message>
        <source>The vault sent a backup without a value.</source>
        <translation>Le coffre a envoyé une sauvegarde sans valeur.</translation>
    </message>
    <message>
        <source>The cloud %1 has no vault DNS suffix; give the vault&apos;s URI.</source>
        <translation>Le cloud %1 n&apos;a pas de suffixe DNS de coffre ; indiquez l&apos;URI du coffre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a vault name nor an https vault URI.</source>
        <translation>« %1 » n&apos;est ni un nom de coffre ni une URI de coffre https.</translation>
    </message>
    <message>
        <source>The vault sent a signature without a value.</source>
        <translation>Le coffre a envoyé une signature sans valeur.</translation>
    </message>
    <message>
        <source>The certificate %1 is still being created; look again later.</source>
        <translation>Le certificat %1 est toujours en cours de création ; vérifiez plus tard.</translation>
    </message>
    <message>
        <source>Creating the certificate %1 ended as %2: %3</source>
        <translation>La création du certificat %1 s&apos;est terminée avec l&apos;état %2 : %3</translation>
    </message>
</context>
<context>
    <name>KeychainStore</name>
    <message>
        <source>The keychain refused the request: %1</source>
        <translation>Le trousseau a refusé la demande : %1</translation>
    </message>
</context>
<context>
    <name>PagingGuard</name>
    <message numerus="yes">
        <source>%1 kept answering with pages that lead nowhere: a next link pointed back to a page already read. The listing was stopped after %n page(s).</source>
        <translation>
            <numerusform>%1 a continué à répondre par des pages qui ne mènent nulle part : un lien de page suivante renvoyait à une page déjà lue. La liste a été arrêtée après %n page.</numerusform>
            <numerusform>%1 a continué à répondre par des pages qui ne mènent nulle part : un lien de page suivante renvoyait à une page déjà lue. La liste a été arrêtée après %n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 kept answering with pages that lead nowhere: %n empty pages in a row, each with a next link. The listing was stopped.</source>
        <translation>
            <numerusform>%1 a continué à répondre par des pages qui ne mènent nulle part : %n page vide d&apos;affilée, chacune avec un lien de page suivante. La liste a été arrêtée.</numerusform>
            <numerusform>%1 a continué à répondre par des pages qui ne mènent nulle part : %n pages vides d&apos;affilée, chacune avec un lien de page suivante. La liste a été arrêtée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 kept answering with more pages; the listing was stopped after %n pages, the most Kluis reads in one listing.</source>
        <translation>
            <numerusform>%1 a continué à répondre par d&apos;autres pages ; la liste a été arrêtée après %n page, le maximum que Kluis lit dans une liste.</numerusform>
            <numerusform>%1 a continué à répondre par d&apos;autres pages ; la liste a été arrêtée après %n pages, le maximum que Kluis lit dans une liste.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RuleChangeLog</name>
    <message>
        <source>The firewall journal %1 is damaged (%2).</source>
        <translation>Le journal du pare-feu %1 est endommagé (%2).</translation>
    </message>
    <message>
        <source>Another Kluis holds the firewall journal %1.</source>
        <translation>Une autre instance de Kluis tient le journal du pare-feu %1.</translation>
    </message>
</context>
<context>
    <name>UserCredential</name>
    <message>
        <source>a user in tenant %1</source>
        <translation>un utilisateur du locataire %1</translation>
    </message>
    <message>
        <source>%1 in tenant %2</source>
        <translation>%1 dans le locataire %2</translation>
    </message>
    <message>
        <source>Sign in again to continue as %1.</source>
        <translation>Reconnectez-vous pour continuer en tant que %1.</translation>
    </message>
</context>
<context>
    <name>VaultAccess</name>
    <message>
        <source>Not signed in.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>The sign-in returned a token without an identity.</source>
        <translation>La connexion a renvoyé un jeton sans identité.</translation>
    </message>
    <message>
        <source>The vault %1 is in none of your subscriptions.</source>
        <translation>Le coffre %1 n&apos;est dans aucun de vos abonnements.</translation>
    </message>
    <message>
        <source>%1 is not a built-in Key Vault role.</source>
        <translation>%1 n&apos;est pas un rôle Key Vault intégré.</translation>
    </message>
    <message>
        <source>%1 holds no %2 assignment on the vault itself (an inherited one is removed where it was made).</source>
        <translation>%1 n&apos;a aucune attribution de %2 sur le coffre lui-même (une attribution héritée se supprime là où elle a été créée).</translation>
    </message>
</context>
<context>
    <name>kluis::core::AccountStore</name>
    <message>
        <source>Unknown cloud %1.</source>
        <translation>Cloud inconnu : %1.</translation>
    </message>
    <message>
        <source>Choose the application (client) id to sign in with.</source>
        <translation>Choisissez l&apos;ID d&apos;application (client) avec lequel vous connecter.</translation>
    </message>
    <message>
        <source>Choose the tenant to sign in to.</source>
        <translation>Choisissez le locataire auquel vous connecter.</translation>
    </message>
    <message>
        <source>This account does not sign in as a user.</source>
        <translation>Ce compte ne se connecte pas en tant qu&apos;utilisateur.</translation>
    </message>
    <message>
        <source>A service principal needs its client id and secret.</source>
        <translation>Un principal de service a besoin de son ID client et de son secret.</translation>
    </message>
    <message>
        <source>The keychain holds no secret for %1; add the account again.</source>
        <translation>Le trousseau ne contient aucun secret pour %1 ; ajoutez à nouveau le compte.</translation>
    </message>
    <message>
        <source>Unknown kind of account.</source>
        <translation>Type de compte inconnu.</translation>
    </message>
</context>
<context>
    <name>kluis::core::AccountTreeModel</name>
    <message>
        <source>Attached vaults</source>
        <translation>Coffres attachés</translation>
    </message>
    <message>
        <source>%1 (loading…)</source>
        <translation>%1 (chargement…)</translation>
    </message>
    <message>
        <source>%1 (failed)</source>
        <translation>%1 (échec)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoris</translation>
    </message>
</context>
<context>
    <name>kluis::core::AzureCliCredential</name>
    <message>
        <source>Azure CLI login</source>
        <translation>Connexion Azure CLI</translation>
    </message>
    <message>
        <source>Azure CLI login in tenant %1</source>
        <translation>Connexion Azure CLI dans le locataire %1</translation>
    </message>
    <message>
        <source>The Azure CLI did not answer with an access token.</source>
        <translation>Azure CLI n&apos;a pas renvoyé de jeton d&apos;accès.</translation>
    </message>
    <message>
        <source>The Azure CLI&apos;s token has no readable expiry.</source>
        <translation>Le jeton d&apos;Azure CLI n&apos;a pas de date d&apos;expiration lisible.</translation>
    </message>
    <message>
        <source>The Azure CLI (az) is not installed or not on PATH; install it and run &quot;az login&quot;, or sign in another way.</source>
        <translation>Azure CLI (az) n&apos;est pas installé ou ne se trouve pas dans le PATH ; installez-le et exécutez « az login », ou connectez-vous d&apos;une autre manière.</translation>
    </message>
    <message>
        <source>The Azure CLI takes exactly one plain scope and tenant.</source>
        <translation>Azure CLI n&apos;accepte qu&apos;une seule étendue simple et un seul locataire.</translation>
    </message>
    <message>
        <source>The Azure CLI could not be started: %1</source>
        <translation>Impossible de démarrer Azure CLI : %1</translation>
    </message>
    <message>
        <source>The Azure CLI did not answer within %1 s.</source>
        <translation>Azure CLI n&apos;a pas répondu en %1 s.</translation>
    </message>
    <message>
        <source>The Azure CLI is not signed in; run &quot;az login&quot;%1.</source>
        <translation>Azure CLI n&apos;est pas connecté ; exécutez « az login%1 ».</translation>
    </message>
    <message>
        <source> --tenant %1</source>
        <translation> --tenant %1</translation>
    </message>
    <message>
        <source>The Azure CLI failed (exit code %1): %2</source>
        <translation>Azure CLI a échoué (code de sortie %1) : %2</translation>
    </message>
</context>
<context>
    <name>kluis::core::CertificateDownload</name>
    <message>
        <source>The vault sent the certificate without its data.</source>
        <translation>Le coffre a envoyé le certificat sans ses données.</translation>
    </message>
    <message>
        <source>The private key of %1 is not exportable (its policy says so).</source>
        <translation>La clé privée de %1 n&apos;est pas exportable (sa stratégie l&apos;interdit).</translation>
    </message>
</context>
<context>
    <name>kluis::core::CertificateInfo</name>
    <message>
        <source>Server Authentication</source>
        <translation>Authentification du serveur</translation>
    </message>
    <message>
        <source>Client Authentication</source>
        <translation>Authentification du client</translation>
    </message>
    <message>
        <source>Code Signing</source>
        <translation>Signature du code</translation>
    </message>
    <message>
        <source>Secure Email</source>
        <translation>Messagerie électronique sécurisée</translation>
    </message>
    <message>
        <source>Time Stamping</source>
        <translation>Horodatage</translation>
    </message>
    <message>
        <source>OCSP Signing</source>
        <translation>Signature OCSP</translation>
    </message>
    <message>
        <source>Digital Signature</source>
        <translation>Signature numérique</translation>
    </message>
    <message>
        <source>Non-Repudiation</source>
        <translation>Non-répudiation</translation>
    </message>
    <message>
        <source>Key Encipherment</source>
        <translation>Chiffrement de clé</translation>
    </message>
    <message>
        <source>Data Encipherment</source>
        <translation>Chiffrement de données</translation>
    </message>
    <message>
        <source>Key Agreement</source>
        <translation>Accord de clé</translation>
    </message>
    <message>
        <source>Certificate Signing</source>
        <translation>Signature de certificat</translation>
    </message>
    <message>
        <source>CRL Signing</source>
        <translation>Signature de CRL</translation>
    </message>
    <message>
        <source>Encipher Only</source>
        <translation>Chiffrement uniquement</translation>
    </message>
    <message>
        <source>Decipher Only</source>
        <translation>Déchiffrement uniquement</translation>
    </message>
    <message>
        <source>The data is not a DER-encoded X.509 certificate.</source>
        <translation>Les données ne sont pas un certificat X.509 encodé en DER.</translation>
    </message>
    <message>
        <source>The file holds no PEM certificate.</source>
        <translation>Le fichier ne contient aucun certificat PEM.</translation>
    </message>
</context>
<context>
    <name>kluis::core::CertificateListModel</name>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Thumbprint</source>
        <translation>Empreinte numérique</translation>
    </message>
</context>
<context>
    <name>kluis::core::FirewallRuleEditor</name>
    <message>
        <source>Resource Manager lists no vault at %1 for this account.</source>
        <translation>Resource Manager ne répertorie aucun coffre à l&apos;adresse %1 pour ce compte.</translation>
    </message>
    <message>
        <source>Resource Manager&apos;s answer for %1 holds no network rules (networkAcls), so Kluis changes nothing: writing them back could reset settings it did not see. Change the vault&apos;s firewall in the Azure portal or with the Azure CLI.</source>
        <translation>La réponse de Resource Manager pour %1 ne contient aucune règle réseau (networkAcls) ; Kluis ne modifie donc rien : les réécrire pourrait réinitialiser des paramètres qu&apos;il n&apos;a pas vus. Modifiez le pare-feu du coffre dans le portail Azure ou avec Azure CLI.</translation>
    </message>
    <message>
        <source>The rules could not be read back to check the change: %1</source>
        <translation>Les règles n&apos;ont pas pu être relues pour vérifier la modification : %1</translation>
    </message>
    <message>
        <source>%1 was accepted, but the vault&apos;s rules no longer hold it: another change crossed this one. Check the vault&apos;s firewall.</source>
        <translation>%1 a été accepté, mais les règles du coffre ne le contiennent plus : une autre modification a croisé celle-ci. Vérifiez le pare-feu du coffre.</translation>
    </message>
    <message>
        <source>%1 was added, but these rules that were there before are gone now: %2. Another change crossed this one; check the vault&apos;s firewall.</source>
        <translation>%1 a été ajouté, mais ces règles qui existaient auparavant ont disparu : %2. Une autre modification a croisé celle-ci ; vérifiez le pare-feu du coffre.</translation>
    </message>
    <message>
        <source>%1 is still in the rules of %2 after its removal: another change crossed this one.</source>
        <translation>%1 figure encore dans les règles de %2 après sa suppression : une autre modification a croisé celle-ci.</translation>
    </message>
    <message>
        <source>Removing %1 from %2, these rules went too: %3. Another change crossed this one; check the vault&apos;s firewall.</source>
        <translation>En retirant %1 de %2, ces règles ont aussi disparu : %3. Une autre modification a croisé celle-ci ; vérifiez le pare-feu du coffre.</translation>
    </message>
</context>
<context>
    <name>kluis::core::HttpPipeline</name>
    <message>
        <source>No account is signed in for this request.</source>
        <translation>Aucun compte n&apos;est connecté pour cette requête.</translation>
    </message>
    <message>
        <source>Not a usable URL: %1</source>
        <translation>URL inutilisable : %1</translation>
    </message>
    <message>
        <source>Refusing to send a token over unencrypted HTTP to %1.</source>
        <translation>Refus d&apos;envoyer un jeton en HTTP non chiffré vers %1.</translation>
    </message>
    <message>
        <source>certificate of %1 issued by &quot;%2&quot;: %3</source>
        <translation>certificat de %1 émis par « %2 » : %3</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 s.</source>
        <translation>Aucune réponse de %1 en %2 s.</translation>
    </message>
    <message>
        <source>%1 (through the proxy %2)</source>
        <translation>%1 (via le proxy %2)</translation>
    </message>
    <message>
        <source>%1 asked for a token for %2, which is not a parent domain of the vault. No token was sent.</source>
        <translation>%1 a demandé un jeton pour %2, qui n&apos;est pas un domaine parent du coffre. Aucun jeton n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The service redirected the request to %1; redirects are not followed.</source>
        <translation>Le service a redirigé la requête vers %1 ; les redirections ne sont pas suivies.</translation>
    </message>
    <message>
        <source>The list from %1 is not a JSON page: %2</source>
        <translation>La liste provenant de %1 n&apos;est pas une page JSON : %2</translation>
    </message>
    <message>
        <source>no &quot;value&quot; array</source>
        <translation>pas de tableau « value »</translation>
    </message>
    <message>
        <source>Refused to follow a next link to %1: it is not on %2.</source>
        <translation>Refus de suivre un lien suivant vers %1 : il ne se trouve pas sur %2.</translation>
    </message>
    <message>
        <source>No connection to %1 within %2 s.</source>
        <translation>Aucune connexion à %1 en %2 s.</translation>
    </message>
    <message>
        <source>The answer from %1 is larger than %2 MB; it was cut off.</source>
        <translation>La réponse de %1 dépasse %2 Mo ; elle a été coupée.</translation>
    </message>
    <message>
        <source>%1 asked for a token with the scope %2, which is not for the vault&apos;s own domain. No token was sent.</source>
        <translation>%1 a demandé un jeton avec l&apos;étendue %2, qui ne concerne pas le domaine propre du coffre. Aucun jeton n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>%1 named %2 as its sign-in service, which is not the cloud&apos;s (%3). No token was sent.</source>
        <translation>%1 a indiqué %2 comme service de connexion, qui n&apos;est pas celui du cloud (%3). Aucun jeton n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>%1 named a tenant that is not a tenant id or domain name (%2). No token was sent.</source>
        <translation>%1 a indiqué un locataire qui n&apos;est ni un ID de locataire ni un nom de domaine (%2). Aucun jeton n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The connection to %1 was lost before the answer came. The change may have been made: look before you try again.</source>
        <translation>La connexion à %1 a été perdue avant la réponse. La modification a peut-être été faite : vérifiez avant de réessayer.</translation>
    </message>
    <message>
        <source>%1 asked to wait %2 s before trying again; Kluis does not wait that long. Try again later.</source>
        <translation>%1 a demandé d&apos;attendre %2 s avant de réessayer ; Kluis n&apos;attend pas aussi longtemps. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The list from %1 holds an item that is not an object (item %2).</source>
        <translation>La liste de %1 contient un élément qui n&apos;est pas un objet (élément %2).</translation>
    </message>
</context>
<context>
    <name>kluis::core::InteractiveBrowserCredential</name>
    <message>
        <source>No browser is available for signing in.</source>
        <translation>Aucun navigateur n&apos;est disponible pour la connexion.</translation>
    </message>
    <message>
        <source>No random numbers for the sign-in could be had.</source>
        <translation>Impossible d&apos;obtenir des nombres aléatoires pour la connexion.</translation>
    </message>
    <message>
        <source>Could not listen on 127.0.0.1 for the browser&apos;s answer: %1</source>
        <translation>Impossible d&apos;écouter sur 127.0.0.1 la réponse du navigateur : %1</translation>
    </message>
    <message>
        <source>The browser could not be opened.</source>
        <translation>Impossible d&apos;ouvrir le navigateur.</translation>
    </message>
    <message>
        <source>The browser did not come back in time.</source>
        <translation>Le navigateur n&apos;est pas revenu à temps.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Introuvable.</translation>
    </message>
    <message>
        <source>Kluis did not start this sign-in. Close this window.</source>
        <translation>Kluis n&apos;a pas démarré cette connexion. Fermez cette fenêtre.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1. You may close this window.</source>
        <translation>Échec de la connexion : %1. Vous pouvez fermer cette fenêtre.</translation>
    </message>
    <message>
        <source>Sign-in failed: no code. You may close this window.</source>
        <translation>Échec de la connexion : aucun code. Vous pouvez fermer cette fenêtre.</translation>
    </message>
    <message>
        <source>The sign-in service sent no authorization code.</source>
        <translation>Le service de connexion n&apos;a envoyé aucun code d&apos;autorisation.</translation>
    </message>
    <message>
        <source>You are signed in to Kluis. You may close this window.</source>
        <translation>Vous êtes connecté à Kluis. Vous pouvez fermer cette fenêtre.</translation>
    </message>
</context>
<context>
    <name>kluis::core::IpRuleCheck</name>
    <message>
        <source>%1 includes private addresses (RFC 1918), which Key Vault&apos;s firewall does not take: give the public address the vault sees.</source>
        <translation>%1 inclut des adresses privées (RFC 1918), que le pare-feu de Key Vault n&apos;accepte pas : indiquez l&apos;adresse publique que voit le coffre.</translation>
    </message>
    <message>
        <source>%1 is a private address (RFC 1918), which Key Vault&apos;s firewall does not take: give the public address the vault sees.</source>
        <translation>%1 est une adresse privée (RFC 1918), que le pare-feu de Key Vault n&apos;accepte pas : indiquez l&apos;adresse publique que voit le coffre.</translation>
    </message>
    <message>
        <source>%1 is a loopback address: the vault never sees a caller from it.</source>
        <translation>%1 est une adresse de bouclage : le coffre ne voit jamais d&apos;appelant provenant de cette adresse.</translation>
    </message>
    <message>
        <source>%1 is a link-local address: the vault never sees a caller from it.</source>
        <translation>%1 est une adresse lien-local : le coffre ne voit jamais d&apos;appelant provenant de cette adresse.</translation>
    </message>
    <message>
        <source>%1 is in the carrier-grade NAT range 100.64.0.0/10: the vault sees the provider&apos;s public address instead.</source>
        <translation>%1 se trouve dans la plage CGNAT 100.64.0.0/10 : le coffre voit à la place l&apos;adresse publique du fournisseur.</translation>
    </message>
    <message>
        <source>%1 is a multicast address, not a caller&apos;s address.</source>
        <translation>%1 est une adresse de multidiffusion, pas l&apos;adresse d&apos;un appelant.</translation>
    </message>
    <message>
        <source>%1 is in a reserved range that is not used on the internet.</source>
        <translation>%1 se trouve dans une plage réservée qui n&apos;est pas utilisée sur Internet.</translation>
    </message>
    <message>
        <source>%1 is an IPv6 address; Key Vault&apos;s firewall takes IPv4 addresses and ranges only.</source>
        <translation>%1 est une adresse IPv6 ; le pare-feu de Key Vault n&apos;accepte que des adresses et plages IPv4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address or range.</source>
        <translation>« %1 » n&apos;est pas une adresse ou une plage IPv4.</translation>
    </message>
    <message>
        <source>Key Vault does not take /31 ranges: add %1 and %2 as single addresses.</source>
        <translation>Key Vault n&apos;accepte pas les plages /31 : ajoutez %1 et %2 comme adresses individuelles.</translation>
    </message>
    <message>
        <source>The vault&apos;s firewall already has the rule %1.</source>
        <translation>Le pare-feu du coffre contient déjà la règle %1.</translation>
    </message>
    <message>
        <source>The vault&apos;s rule %1 already lets %2 through.</source>
        <translation>La règle %1 du coffre laisse déjà passer %2.</translation>
    </message>
    <message>
        <source>The vault has %1 IP rules, Key Vault&apos;s limit: remove one first.</source>
        <translation>Le coffre a %1 règles IP, la limite de Key Vault : supprimez-en une d&apos;abord.</translation>
    </message>
</context>
<context>
    <name>kluis::core::ItemColumns</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Date de création</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Balises</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Purge date</source>
        <translation>Date de suppression définitive</translation>
    </message>
</context>
<context>
    <name>kluis::core::JwkSignature</name>
    <message>
        <source>The algorithm %1 does not fit a %2 key.</source>
        <translation>L&apos;algorithme %1 ne convient pas à une clé %2.</translation>
    </message>
    <message>
        <source>The digest has %1 bytes; %2 needs %3.</source>
        <translation>Le condensat fait %1 octets ; %2 en exige %3.</translation>
    </message>
    <message>
        <source>The key&apos;s public part (JWK) is incomplete or invalid.</source>
        <translation>La partie publique de la clé (JWK) est incomplète ou non valide.</translation>
    </message>
    <message>
        <source>The signature has %1 bytes; %2 signatures have %3.</source>
        <translation>La signature fait %1 octets ; les signatures %2 en font %3.</translation>
    </message>
    <message>
        <source>The signature does not verify with the key&apos;s public part (%1).</source>
        <translation>La signature ne se vérifie pas avec la partie publique de la clé (%1).</translation>
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
        <translation>Opérations autorisées</translation>
    </message>
</context>
<context>
    <name>kluis::core::PagedListModel</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>kluis::core::SecretFile</name>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 est un dossier.</translation>
    </message>
    <message>
        <source>Cannot make %1 readable by its owner only.</source>
        <translation>Impossible de rendre %1 lisible par son seul propriétaire.</translation>
    </message>
</context>
<context>
    <name>kluis::core::SecretListModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Type de contenu</translation>
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
        <translation>les variables d&apos;environnement AZURE_*</translation>
    </message>
    <message>
        <source>the Azure CLI&apos;s sign-in</source>
        <translation>la connexion d&apos;Azure CLI</translation>
    </message>
</context>
<context>
    <name>kluis::core::VersionListModel</name>
    <message>
        <source>Content type</source>
        <translation>Type de contenu</translation>
    </message>
    <message>
        <source>Thumbprint</source>
        <translation>Empreinte numérique</translation>
    </message>
</context>
<context>
    <name>kluis::core::pkcs12</name>
    <message>
        <source>Could not build the PFX file.</source>
        <translation>Impossible de générer le fichier PFX.</translation>
    </message>
    <message>
        <source>The PFX file does not open with the given password or holds no private key.</source>
        <translation>Le fichier PFX ne s&apos;ouvre pas avec le mot de passe indiqué ou ne contient pas de clé privée.</translation>
    </message>
    <message>
        <source>Could not write the PEM text.</source>
        <translation>Impossible d&apos;écrire le texte PEM.</translation>
    </message>
    <message>
        <source>The PEM text needs a private key and a certificate.</source>
        <translation>Le texte PEM doit contenir une clé privée et un certificat.</translation>
    </message>
    <message>
        <source>The data is not a PKCS #12 (PFX) file.</source>
        <translation>Les données ne sont pas un fichier PKCS #12 (PFX).</translation>
    </message>
    <message>
        <source>The PFX file does not open with the given password.</source>
        <translation>Le fichier PFX ne s&apos;ouvre pas avec le mot de passe indiqué.</translation>
    </message>
</context>
<context>
    <name>kluis::core::secretimport</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>expected NAME=value.</source>
        <translation>NOM=valeur attendu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a variable name.</source>
        <translation>« %1 » n&apos;est pas un nom de variable.</translation>
    </message>
    <message>
        <source>a quote is not closed.</source>
        <translation>un guillemet n&apos;est pas fermé.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no text value.</source>
        <translation>« %1 » n&apos;a pas de valeur texte.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a date that is not ISO 8601.</source>
        <translation>« %1 » a une date qui n&apos;est pas au format ISO 8601.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (at byte %1: %2).</source>
        <translation>Le fichier n&apos;est pas un JSON valide (à l&apos;octet %1 : %2).</translation>
    </message>
    <message>
        <source>An entry of the array has no &quot;name&quot;.</source>
        <translation>Un élément du tableau n&apos;a pas de « name ».</translation>
    </message>
</context>
<context>
    <name>kluis::ui::AboutDialog</name>
    <message>
        <source>About Kluis</source>
        <translation>À propos de Kluis</translation>
    </message>
    <message>
        <source>A desktop manager for Azure Key Vault.</source>
        <translation>Un gestionnaire de bureau pour Azure Key Vault.</translation>
    </message>
    <message>
        <source>Licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later). There is NO WARRANTY.</source>
        <translation>Distribué sous licence GNU General Public License, version 3 ou ultérieure (GPL-3.0-or-later). AUCUNE GARANTIE n&apos;est fournie.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Compilé avec Qt %1, exécuté sous Qt %2.</translation>
    </message>
</context>
<context>
    <name>kluis::ui::AccessWindow</name>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
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
        <translation>Étendue</translation>
    </message>
    <message>
        <source>Inherited</source>
        <translation>Hérité</translation>
    </message>
    <message>
        <source>Role assignments</source>
        <translation>Attributions de rôles</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <source>Access policies</source>
        <translation>Stratégies d&apos;accès</translation>
    </message>
    <message>
        <source>&amp;Grant a role…</source>
        <translation>&amp;Accorder un rôle…</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>Ré&amp;voquer</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>Vault access</source>
        <translation>Accès au coffre</translation>
    </message>
    <message>
        <source>Permission model</source>
        <translation>Modèle d&apos;autorisation</translation>
    </message>
    <message>
        <source>What I may do</source>
        <translation>Ce que je peux faire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Remove the chosen role assignment (only one made on this vault)</source>
        <translation>Supprimer l&apos;attribution de rôle choisie (seulement une créée sur ce coffre)</translation>
    </message>
    <message>
        <source>What I may do here</source>
        <translation>Ce que je peux faire ici</translation>
    </message>
    <message>
        <source>Access to %1</source>
        <translation>Accès à %1</translation>
    </message>
    <message>
        <source>Reading who may do what in %1…</source>
        <translation>Lecture de qui peut faire quoi dans %1…</translation>
    </message>
    <message>
        <source>Resource Manager did not show the vault: %1</source>
        <translation>Resource Manager n&apos;a pas montré le coffre : %1</translation>
    </message>
    <message>
        <source>The vault&apos;s access could not be read: %1</source>
        <translation>L&apos;accès au coffre n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>%1 decides by Azure RBAC: role assignments at the vault and above it grant what may be done.</source>
        <translation>%1 décide par Azure RBAC : les attributions de rôles sur le coffre et au-dessus accordent ce qui est permis.</translation>
    </message>
    <message>
        <source>%1 decides by access policies: only the entries below grant data access; role assignments manage the vault itself.</source>
        <translation>%1 décide par stratégies d&apos;accès : seules les entrées ci-dessous donnent accès aux données ; les attributions de rôles gèrent le coffre lui-même.</translation>
    </message>
    <message>
        <source>This vault</source>
        <translation>Ce coffre</translation>
    </message>
    <message>
        <source>Nothing on the data plane: no secret, key or certificate can be read or changed.</source>
        <translation>Rien sur le plan de données : aucun secret, clé ou certificat ne peut être lu ou modifié.</translation>
    </message>
    <message>
        <source>You may assign roles here.</source>
        <translation>Vous pouvez attribuer des rôles ici.</translation>
    </message>
    <message>
        <source>You may not assign roles here (that takes Owner or User Access Administrator).</source>
        <translation>Vous ne pouvez pas attribuer de rôles ici (il faut Propriétaire ou Administrateur de l&apos;accès utilisateur).</translation>
    </message>
    <message>
        <source>Role assignments could not be read: %1</source>
        <translation>Les attributions de rôles n&apos;ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>You may not assign roles on this vault. Ask an administrator to grant &quot;%1&quot; to %2, for instance with: kluisctl access grant --vault %3 --principal %2 --role &quot;%1&quot;</source>
        <translation>Vous ne pouvez pas attribuer de rôles sur ce coffre. Demandez à un administrateur d&apos;accorder « %1 » à %2, par exemple avec : kluisctl access grant --vault %3 --principal %2 --role &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Granting &quot;%1&quot; to %2…</source>
        <translation>Attribution de « %1 » à %2…</translation>
    </message>
    <message>
        <source>The role was not granted: %1</source>
        <translation>Le rôle n&apos;a pas été accordé : %1</translation>
    </message>
    <message>
        <source>Granted &quot;%1&quot; to %2. Role changes take a few minutes to reach the vault; Kluis reads the vault again now, and Refresh does it later.</source>
        <translation>« %1 » accordé à %2. Les changements de rôles mettent quelques minutes à atteindre le coffre ; Kluis relit le coffre maintenant, et Actualiser le fera plus tard.</translation>
    </message>
    <message>
        <source>Revoke a role</source>
        <translation>Révoquer un rôle</translation>
    </message>
    <message>
        <source>Remove the role &quot;%1&quot; from %2 on %3?</source>
        <translation>Retirer le rôle « %1 » de %2 sur %3 ?</translation>
    </message>
    <message>
        <source>Revoking &quot;%1&quot; from %2…</source>
        <translation>Révocation de « %1 » pour %2…</translation>
    </message>
    <message>
        <source>The role was not revoked: %1</source>
        <translation>Le rôle n&apos;a pas été révoqué : %1</translation>
    </message>
    <message>
        <source>Revoked &quot;%1&quot; from %2.</source>
        <translation>« %1 » révoqué pour %2.</translation>
    </message>
</context>
<context>
    <name>kluis::ui::AccountsDialog</name>
    <message>
        <source>device code</source>
        <translation>code d&apos;appareil</translation>
    </message>
    <message>
        <source>browser</source>
        <translation>navigateur</translation>
    </message>
    <message>
        <source>service principal, secret</source>
        <translation>principal de service, secret</translation>
    </message>
    <message>
        <source>service principal, certificate</source>
        <translation>principal de service, certificat</translation>
    </message>
    <message>
        <source>environment variables</source>
        <translation>variables d&apos;environnement</translation>
    </message>
    <message>
        <source>Azure CLI</source>
        <translation>Azure CLI</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>Sign out and remove the account</source>
        <translation>Se déconnecter et supprimer le compte</translation>
    </message>
    <message>
        <source>Signs out and removes the account&apos;s tokens and secrets from the keychain</source>
        <translation>Déconnecte le compte et supprime ses jetons et secrets du trousseau</translation>
    </message>
    <message>
        <source>%1 — %2 (%3, %4)</source>
        <translation>%1 — %2 (%3, %4)</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Déconnecté.</translation>
    </message>
</context>
<context>
    <name>kluis::ui::AddMyAddressCommand</name>
    <message>
        <source>Add my address temporarily</source>
        <translation>Ajouter mon adresse temporairement</translation>
    </message>
    <message>
        <source>Let %1 into %2 for:</source>
        <translation>Autoriser %1 dans %2 pendant :</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>8 hours</source>
        <translation>8 heures</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 heures</translation>
    </message>
    <message numerus="yes">
        <source>Add %1 to the firewall of the vault %2 for %n hour(s)?

Kluis changes the vault&apos;s network rules through Azure Resource Manager and removes the rule again when the time is up, when Kluis quits, or at its next start.</source>
        <translation>
            <numerusform>Ajouter %1 au pare-feu du coffre %2 pendant %n heure ?

Kluis modifie les règles réseau du coffre via Azure Resource Manager et supprime la règle une fois le délai écoulé, à la fermeture de Kluis ou à son prochain démarrage.</numerusform>
            <numerusform>Ajouter %1 au pare-feu du coffre %2 pendant %n heures ?

Kluis modifie les règles réseau du coffre via Azure Resource Manager et supprime la règle une fois le délai écoulé, à la fermeture de Kluis ou à son prochain démarrage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1 to the firewall of the vault %2?

Kluis changes the vault&apos;s network rules through Azure Resource Manager. Everyone who reaches the vault from this address still needs permission to use it.</source>
        <translation>Ajouter %1 au pare-feu du coffre %2 ?

Kluis modifie les règles réseau du coffre via Azure Resource Manager. Toute personne qui atteint le coffre depuis cette adresse a toujours besoin d&apos;une autorisation pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>Add to the vault&apos;s firewall</source>
        <translation>Ajouter au pare-feu du coffre</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>Changing the firewall of %1…</source>
        <translation>Modification du pare-feu de %1…</translation>
    </message>
    <message>
        <source>Added %1 until %2. Rule changes can take a few minutes to apply; the list is retried now.</source>
        <translation>%1 ajouté jusqu&apos;à %2. L&apos;application des modifications de règles peut prendre quelques minutes ; la liste est de nouveau demandée maintenant.</translation>
    </message>
    <message>
        <source>Added %1. Rule changes can take a few minutes to apply; the list is retried now.</source>
        <translation>%1 ajouté. L&apos;application des modifications de règles peut prendre quelques minutes ; la liste est de nouveau demandée maintenant.</translation>
    </message>
</context>
<context>
    <name>kluis::ui::AttachCloudFileCommand</name>
    <message>
        <source>Attach local emulator</source>
        <translation>Attacher l&apos;émulateur local</translation>
    </message>
    <message>
        <source>Cloud files (*.json);;All files (*)</source>
        <translation>Fichiers cloud (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Attached %1.</source>
        <translation>%1 attaché.</translation>
    </message>
</context>
<context>
    <name>kluis::ui::AttachVaultCommand</name>
    <message>
        <source>Attach vault by URL</source>
        <translation>Attacher un coffre par URL</translation>
    </message>
    <message>
        <source>Vault URI or name (for example https://contoso.vault.azure.net/):</source>
        <translation>URI ou nom du coffre (par exemple https://contoso.vault.azure.net/) :</translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation>&amp;Attacher</translation>
    </message>
    <message>
        <source>Attached %1.</source>
        <translation>%1 attaché.</translation>
    </message>
</context>
<context>
    <name>kluis::ui::AttributeFields</name>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version :</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Enabled:</source>
        <translation>Activé :</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Activation date:</source>
        <translation>Date d&apos;activation :</translation>
    </message>
    <message>
        <source>Activation date</source>
        <translation>Date d&apos;activation</translation>
    </message>
    <message>
        <source>Expiration date:</source>
        <translation>Date d&apos;expiration :</translation>
    </message>
    <message>
        <source>Expiration date</source>
        <translation>Date d&apos;expiration</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Date de création :</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Date de création</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Dernière mise à jour :</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <source>Recovery level:</source>
        <translation>Niveau de récupération :</translation>
    </message>
    <message>
        <source>Recovery level</source>
        <translation>Niveau de récupération</translation>
    </message>
    <message>
        <source>Deleted; purged on:</source>
        <translation>Supprimé ; sera vidé le :</translation>
    </message>
    <message>
        <source>Purge date</source>
        <translation>Date de vidage</translation>
    </message>
    <message>
        <source>latest</source>
        <translation>la plus récente</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (%2 days)</source>
        <translation>%1 (%2 jours)</translation>
    </message>
</context>
<context>
    <name>kluis::ui::CertificateCreateDialog</name>
    <message>
        <source>Private key &amp;exportable</source>
        <translation>Clé privée &amp;exportable</translation>
    </message>
    <message>
        <source>New self-signed certificate</source>
        <translation>Nouveau certificat auto-signé</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>CN=app.example.com</source>
        <translation>CN=app.example.com</translation>
    </message>
    <message>
        <source>DNS names</source>
        <translation>Noms DNS</translation>
    </message>
    <message>
        <source>app.example.com, www.example.com</source>
        <translation>app.example.com, www.example.com</translation>
    </message>
    <message>
        <source>Validity in months</source>
        <translation>Durée de validité en mois</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>Type de clé</translation>
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
        <translation>Clé privée exportable</translation>
    </message>
    <message>
        <source>Format in the vault</source>
        <translation>Format dans le coffre</translation>
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
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <source>&amp;DNS names:</source>
        <translation>Noms &amp;DNS :</translation>
    </message>
    <message>
        <source>&amp;Validity:</source>
        <translation>&amp;Validité :</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>C&amp;lé :</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Entrez un nom.</translation>
    </message>
    <message>
        <source>A name has 1 to 127 characters: letters, digits and dashes (-).</source>
        <translation>Un nom comporte de 1 à 127 caractères : lettres, chiffres et tirets (-).</translation>
    </message>
    <message>
        <source>Enter a subject, for example CN=app.example.com.</source>
        <translation>Entrez un objet, par exemple CN=app.example.com.</translation>
    </message>
    <message>
        <source>A subject is a distinguished name such as CN=app.example.com.</source>
        <translation>Un objet est un nom unique (DN) tel que CN=app.example.com.</translation>
    </message>
    <message>
        <source>“%1” is not a DNS name.</source>
        <translation>« %1 » n&apos;est pas un nom DNS.</translation>
    </message>
</context>
<context>
    <name>kluis::ui::CertificateDetailsPanel</name>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Objet :</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Émetteur :</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Alternative names:</source>
        <translation>Autres noms :</translation>
    </message>
    <message>
        <source>Subject alternative names</source>
        <translation>Autres noms de l&apos;objet</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Balises :</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Balises</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Valide à partir du :</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valide à partir du</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Valide jusqu&apos;au :</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valide jusqu&apos;au</translation>
    </message>
    <message>
        <source>Expiry warning</source>
        <translation>Avertissement d&apos;expiration</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>Numéro de série :</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Clé :</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Key usage:</source>
        <translation>Utilisation de la clé :</translation>
    </message>
    <message>
        <source>Key usage</source>
        <translation>Utilisation de la clé</translation>
    </message>
    <message>
        <source>Chain:</source>
        <translation>Chaîne :</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Chaîne</translation>
    </message>
    <message>
        <source>Deleted; purged on:</source>
        <translation>Supprimé ; suppression définitive le :</translation>
    </message>
    <message>
        <source>Purge date</source>
        <translation>Date de suppression définitive</translation>
    </message>
    <message>
        <source>SHA-1 thumbprint</source>
        <translation>Empreinte SHA-1</translation>
    </message>
    <message>
        <source>Copy the SHA-1 thumbprint</source>
        <translation>Copier l&apos;empreinte SHA-1</translation>
    </message>
    <message>
        <source>SHA-256 thumbprint</source>
        <translation>Empreinte SHA-256</translation>
    </message>
    <message>
        <source>Copy the SHA-256 thumbprint</source>
        <translation>Copier l&apos;empreinte SHA-256</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identificateur</translation>
    </message>
    <message>
        <source>Copy the identifier</source>
        <translation>Copier l&apos;identificateur</translation>
    </message>
    <message>
        <source>SHA-1 thumbprint:</source>
        <translation>Empreinte SHA-1 :</translation>
    </message>
    <message>
        <source>SHA-256 thumbprint:</source>
        <translation>Empreinte SHA-256 :</translation>
    </message>
    <message>
        <source>Identifier:</source>
        <translation>Identificateur :</translation>
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
        <translation>Auto-signé</translation>
    </message>
    <message>
        <source>Issued by %1</source>
        <translation>Émis par %1</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>Expired on %1.</source>
        <translation>Expiré le %1.</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s).</source>
        <translation>
            <numerusform>Expire dans %n jour.</numerusform>
            <numerusform>Expire dans %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not valid before %1.</source>
        <translation>Non valide avant le %1.</translation>
    </message>
</context>
<context>
    <name>kluis::ui::Command</name>
    <message>
        <source>Missing: %1. The least-privileged built-in role that grants it is &quot;%2&quot;; ask for it at the vault&apos;s scope (role changes take a few minutes to apply).</source>
        <translation>Manquant : %1. Le rôle intégré aux privilèges minimaux qui l&apos;accorde est « %2 » ; demandez-le sur l&apos;étendue du coffre (les changements de rôle prennent quelques minutes pour s&apos;appliquer).</translation>
    </message>
    <message>
        <source>Missing the access policy permission %1 (on Azure RBAC the role &quot;%2&quot; grants the same); ask the vault&apos;s owner for it.</source>
        <translation>L&apos;autorisation %1 de la stratégie d&apos;accès manque (avec Azure RBAC, le rôle « %2 » accorde la même chose) ; demandez-la au propriétaire du coffre.</translation>
    </message>
    <message>
        <source>&amp;Grant access…</source>
        <translation>&amp;Accorder l&apos;accès…</translation>
    </message>
</context>
<context>
    <name>kluis::ui::CompareCopyWindow</name>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Simulation</translation>
    </message>
    <message>
        <source>Co&amp;py…</source>
        <translation>Co&amp;pier…</translation>
    </message>
    <message>
        <source>Source vault</source>
        <translation>Coffre source</translation>
    </message>
    <message>
        <source>Target vault</source>
        <translation>Coffre cible</translation>
    </message>
    <message>
        <source>When the target has the name</source>
        <translation>Quand la cible a déjà le nom</translation>
    </message>
    <message>
        <source>&amp;Source vault:</source>
        <translation>Coffre &amp;source :</translation>
    </message>
    <message>
        <source>&amp;Target vault:</source>
        <translation>Coffre &amp;cible :</translation>
    </message>
    <message>
        <source>&amp;When the target has the name:</source>
        <translation>&amp;Quand la cible a déjà le nom :</translation>
    </message>
    <message>
        <source>Run a dry run first: it shows what will be written</source>
        <translation>Lancez d&apos;abord une simulation : elle montre ce qui sera écrit</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>Differs in</source>
        <translation>Diffère par</translation>
    </message>
    <message>
        <source>Filter the comparison</source>
        <translation>Filtrer la comparaison</translation>
    </message>
    <message>
        <source>What the copy does</source>
        <translation>Ce que fait la copie</translation>
    </message>
    <message>
        <source>Copy plan</source>
        <translation>Plan de copie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Comparing %1 with %2…</source>
        <translation>Comparaison de %1 avec %2…</translation>
    </message>
    <message>
        <source>The vaults could not be compared: %1</source>
        <translation>Les coffres n&apos;ont pas pu être comparés : %1</translation>
    </message>
    <message>
        <source>%1 only in %2, %3 only in %4, %5 different, %6 the same.</source>
        <translation>%1 seulement dans %2, %3 seulement dans %4, %5 différents, %6 identiques.</translation>
    </message>
    <message>
        <source>Only in the source</source>
        <translation>Seulement dans la source</translation>
    </message>
    <message>
        <source>Only in the target</source>
        <translation>Seulement dans la cible</translation>
    </message>
    <message>
        <source>Different</source>
        <translation>Différent</translation>
    </message>
    <message>
        <source>Choose two different vaults.</source>
        <translation>Choisissez deux coffres différents.</translation>
    </message>
    <message>
        <source>Working out what a copy would do…</source>
        <translation>Calcul de ce que ferait la copie…</translation>
    </message>
    <message>
        <source>The copy could not be planned: %1</source>
        <translation>La copie n&apos;a pas pu être planifiée : %1</translation>
    </message>
    <message>
        <source>The target has some of these names: nothing would be written.</source>
        <translation>La cible a déjà certains de ces noms : rien ne serait écrit.</translation>
    </message>
    <message numerus="yes">
        <source>Write %n secrets from %1 to %2? Their values, content types, tags, dates and enabled state are copied.</source>
        <translation>
            <numerusform>Écrire %n secret de %1 vers %2 ? Sa valeur, son type de contenu, ses balises, ses dates et son activation sont copiés.</numerusform>
            <numerusform>Écrire %n secrets de %1 vers %2 ? Leurs valeurs, types de contenu, balises, dates et activation sont copiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copying…</source>
        <translation>Copie en cours…</translation>
    </message>
    <message>
        <source>Copying… %1 of %2 written.</source>
        <translation>Copie en cours… %1 sur %2 écrits.</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>value (cannot be read)</source>
        <translation>valeur (illisible)</translation>
    </message>
    <message>
        <source>content type</source>
        <translation>type de contenu</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>balises</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>activation date</source>
        <translation>date d&apos;activation</translation>
    </message>
    <message>
        <source>expiration date</source>
        <translation>date d&apos;expiration</translation>
    </message>
    <message>
        <source>Compare and copy</source>
        <translation>Comparer et copier</translation>
    </message>
    <message>
        <source>What to compare and copy</source>
        <translation>Ce qui est comparé et copié</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>Keys (by backup and restore)</source>
        <translation>Clés (par sauvegarde et restauration)</translation>
    </message>
    <message>
        <source>Certificates (by backup and restore)</source>
        <translation>Certificats (par sauvegarde et restauration)</translation>
    </message>
    <message>
        <source>Keys and certificates are copied as the service&apos;s backups: Key Vault restores them only in a vault of the same subscription and geography.</source>
        <translation>Les clés et certificats sont copiés sous forme de sauvegardes du service : Key Vault ne les restaure que dans un coffre du même abonnement et de la même zone géographique.</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Copy plan (the items chosen above; all when none is):</source>
        <translation>Plan de copie (les éléments choisis ci-dessus ; tous si aucun ne l&apos;est) :</translation>
    </message>
    <message numerus="yes">
        <source>%n items would be written; nothing has been written yet.</source>
        <translation>
            <numerusform>%n élément serait écrit ; rien n&apos;a encore été écrit.</numerusform>
            <numerusform>%n éléments seraient écrits ; rien n&apos;a encore été écrit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n backups made in %1 into %2? Every version, tag and date is copied; Key Vault refuses a vault of another subscription or geography.</source>
        <translation>
            <numerusform>Restaurer %n sauvegarde faite dans %1 vers %2 ? Chaque version, étiquette et date est copiée ; Key Vault refuse un coffre d&apos;un autre abonnement ou d&apos;une autre zone géographique.</numerusform>
            <numerusform>Restaurer %n sauvegardes faites dans %1 vers %2 ? Chaque version, étiquette et date est copiée ; Key Vault refuse un coffre d&apos;un autre abonnement ou d&apos;une autre zone géographique.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message numerus="yes">
        <source>The copy stopped after %n items: %1</source>
        <translation>
            <numerusform>La copie s&apos;est arrêtée après %n élément : %1</numerusform>
            <numerusform>La copie s&apos;est arrêtée après %n éléments : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n items written.</source>
        <translation>
            <numerusform>%n élément écrit.</numerusform>
            <numerusform>%n éléments écrits.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kluis::ui::ConfirmByNameDialog</name>
    <message>
        <source>Type %1 to confirm:</source>
        <translation>Tapez %1 pour confirmer :</translation>
    </message>
    <message>
        <source>Name to confirm</source>
        <translation>Nom à confirmer</translation>
    </message>
</context>
<context>
    <name>kluis::ui::ConnectionSession</name>
    <message>
        <source>The cloud file %1 offers no client with data access.</source>
        <translation>Le fichier cloud %1 ne propose aucun client avec accès aux données.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
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
        <translation>Refusé par la cible : Key Vault ne restaure une sauvegarde que dans l&apos;abonnement et la zone géographique où elle a été faite (%1)</translation>
    </message>
    <message>
        <source>Skipped: not in the source</source>
        <translation>Ignoré : absent de la source</translation>
    </message>
    <message>
        <source>Skipped: a certificate&apos;s key or secret (copy the certificate)</source>
        <translation>Ignoré : clé ou secret d&apos;un certificat (copiez le certificat)</translation>
    </message>
    <message>
        <source>Skipped: disabled, its value cannot be read</source>
        <translation>Ignoré : désactivé, sa valeur ne peut pas être lue</translation>
    </message>
    <message>
        <source>Skipped: not a valid secret name (letters, digits and dashes)</source>
        <translation>Ignoré : nom de secret non valide (lettres, chiffres et tirets)</translation>
    </message>
    <message>
        <source>Skipped: the name came earlier in the file</source>
        <translation>Ignoré : le nom figure déjà plus haut dans le fichier</translation>
    </message>
    <message>
        <source>Skipped: deleted in the target (recover or purge it first)</source>
        <translation>Ignoré : supprimé dans la cible (récupérez-le ou videz-le d&apos;abord)</translation>
    </message>
    <message>
        <source>Stops here: the target has this name</source>
        <translation>S&apos;arrête ici : la cible a déjà ce nom</translation>
    </message>
    <message>
        <source>Skipped: the target has it</source>
        <translation>Ignoré : la cible l&apos;a déjà</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Will be created</source>
        <translation>Sera créé</translation>
    </message>
    <message>
        <source>New version written</source>
        <translation>Nouvelle version écrite</translation>
    </message>
    <message>
        <source>Will get a new version</source>
        <translation>Recevra une nouvelle version</translation>
    </message>
    <message>
        <source>Skip it</source>
        <translation>L&apos;ignorer</translation>
    </message>
    <message>
        <source>Add a new version</source>
        <translation>Ajouter une nouvelle version</translation>
    </message>
    <message>
        <source>Stop before writing anything</source>
        <translation>Arrêter avant d&apos;écrire quoi que ce soit</translation>
    </message>
</context>
<context>
    <name>kluis::ui::CopySecretValueCommand</name>
    <message>
        <source>Copy secret value</source>
        <translation>Copier la valeur du secret</translation>
    </message>
    <message numerus="yes">
        <source>Copied the value of %1; the clipboard is cleared in %n s.</source>
        <translation>
            <numerusform>Valeur de %1 copiée ; le presse-papiers sera effacé dans %n s.</numerusform>
            <numerusform>Valeur de %1 copiée ; le presse-papiers sera effacé dans %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied the value of %1.</source>
        <translation>Valeur de %1 copiée.</translation>
    </message>
</context>
<context>
    <name>kluis::ui::DiagnosisPane</name>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Cause identifier</source>
        <translation>Identificateur de la cause</translation>
    </message>
    <message>
        <source>Client address</source>
        <translation>Adresse du client</translation>
    </message>
    <message>
        <source>Address note</source>
        <translation>Remarque sur l&apos;adresse</translation>
    </message>
    <message>
        <source>Vault network rules</source>
        <translation>Règles réseau du coffre</translation>
    </message>
    <message>
        <source>Network gates</source>
        <translation>Barrières réseau</translation>
    </message>
    <message>
        <source>Action status</source>
        <translation>État de l&apos;action</translation>
    </message>
    <message>
        <source>&amp;Add my address to the vault&apos;s firewall</source>
        <translation>&amp;Ajouter mon adresse au pare-feu du coffre</translation>
    </message>
    <message>
        <source>Save support &amp;bundle…</source>
        <translation>Enregistrer le &amp;paquet de support…</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Diagnosis of %1</source>
        <translation>Diagnostic de %1</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Points de terminaison</translation>
    </message>
    <message>
        <source>A vault has two independent network gates: public network access (Enabled or Disabled) and the firewall&apos;s default action (Allow or Deny, with IP and virtual network rules). New vaults deny by default, so enabling public access alone may not let you in, and an IP rule does nothing while public access is disabled.</source>
        <translation>Un coffre possède deux barrières réseau indépendantes : l&apos;accès au réseau public (Activé ou Désactivé) et l&apos;action par défaut du pare-feu (Autoriser ou Refuser, avec des règles IP et de réseau virtuel). Les nouveaux coffres refusent par défaut : activer seulement l&apos;accès public peut donc ne pas suffire pour entrer, et une règle IP n&apos;a aucun effet tant que l&apos;accès public est désactivé.</translation>
    </message>
    <message>
        <source>Add my address to the vault&apos;s firewall</source>
        <translation>Ajouter mon adresse au pare-feu du coffre</translation>
    </message>
    <message>
        <source>Add my address temporarily</source>
        <translation>Ajouter mon adresse temporairement</translation>
    </message>
    <message>
        <source>Copy allow-list</source>
        <translation>Copier la liste d&apos;autorisation</translation>
    </message>
    <message>
        <source>Copy every host:port this vault&apos;s cloud needs, for the network team</source>
        <translation>Copier chaque hôte:port dont le cloud de ce coffre a besoin, pour l&apos;équipe réseau</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Save support bundle</source>
        <translation>Enregistrer le paquet de support</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>The vault&apos;s network rules</source>
        <translation>Règles réseau du coffre</translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation>Cause : %1</translation>
    </message>
    <message>
        <source>Looking for the cause…</source>
        <translation>Recherche de la cause…</translation>
    </message>
    <message>
        <source>Cause: %1 (%2)</source>
        <translation>Cause : %1 (%2)</translation>
    </message>
    <message>
        <source>The vault did not say which address it saw.</source>
        <translation>Le coffre n&apos;a pas indiqué quelle adresse il a vue.</translation>
    </message>
    <message>
        <source>The vault sees this computer as %1.</source>
        <translation>Le coffre voit cet ordinateur sous l&apos;adresse %1.</translation>
    </message>
    <message>
        <source>That is none of this computer&apos;s own addresses (%1): it reaches the vault through NAT or a proxy, so a firewall rule must name %2.</source>
        <translation>Ce n&apos;est aucune des adresses propres de cet ordinateur (%1) : il atteint le coffre via un NAT ou un proxy, donc une règle de pare-feu doit indiquer %2.</translation>
    </message>
    <message>
        <source>Resource Manager could not be read: %1</source>
        <translation>Impossible de lire Resource Manager : %1</translation>
    </message>
    <message>
        <source>Reading the vault&apos;s rules from Resource Manager…</source>
        <translation>Lecture des règles du coffre depuis Resource Manager…</translation>
    </message>
    <message>
        <source>Public network access: %1</source>
        <translation>Accès au réseau public : %1</translation>
    </message>
    <message>
        <source>Default action: %1</source>
        <translation>Action par défaut : %1</translation>
    </message>
    <message>
        <source>Trusted Microsoft services: %1</source>
        <translation>Services Microsoft approuvés : %1</translation>
    </message>
    <message>
        <source>IP rules: none</source>
        <translation>Règles IP : aucune</translation>
    </message>
    <message>
        <source>IP rules: %1</source>
        <translation>Règles IP : %1</translation>
    </message>
    <message numerus="yes">
        <source>Virtual network rules: %n</source>
        <translation>
            <numerusform>Règles de réseau virtuel : %n</numerusform>
            <numerusform>Règles de réseau virtuel : %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Private endpoints: %1</source>
        <translation>Points de terminaison privés : %1</translation>
    </message>
    <message>
        <source>%1 is covered by an IP rule.</source>
        <translation>%1 est couvert par une règle IP.</translation>
    </message>
    <message>
        <source>%1 is not covered by any IP rule.</source>
        <translation>%1 n&apos;est couvert par aucune règle IP.</translation>
    </message>
    <message>
        <source>The allow-list is on the clipboard.</source>
        <translation>La liste d&apos;autorisation est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>The rule could not be added: %1</source>
        <translation>Impossible d&apos;ajouter la règle : %1</translation>
    </message>
    <message>
        <source>Markdown (*.md);;JSON (*.json)</source>
        <translation>Markdown (*.md);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Rapport enregistré dans %1.</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Impossible d&apos;enregistrer : %1</translation>
    </message>
    <message>
        <source>Support bundle (*.json)</source>
        <translation>Paquet de support (*.json)</translation>
    </message>
    <message>
        <source>Support bundle saved to %1.</source>
        <translation>Paquet de support enregistré dans %1.</translation>
    </message>
    <message>
        <source>Add te&amp;mporarily…</source>
        <translation>Ajouter &amp;temporairement…</translation>
    </message>
    <message>
        <source>Co&amp;py allow-list</source>
        <translation>Co&amp;pier la liste d&apos;autorisation</translation>
    </message>
    <message>
        <source>E&amp;xport report…</source>
        <translation>E&amp;xporter le rapport…</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Network security perimeter: %1 (profile %2, access mode %3); it admits: %4</source>
        <translation>Périmètre de sécurité réseau : %1 (profil %2, mode d&apos;accès %3) ; admis : %4</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
</context>
<context>
    <name>kluis::ui::EditSecretCommand</name>
    <message>
        <source>Edit secret</source>
        <translation>Modifier le secret</translation>
    </message>
    <message>
        <source>Saved a new version of %1.</source>
        <translation>Nouvelle version de %1 enregistrée.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
</context>
<context>
    <name>kluis::ui::EditSettingsCommand</name>
    <message>
        <source>Settings saved.</source>
        <translation>Paramètres enregistrés.</translation>
    </message>
</context>
<context>
    <name>kluis::ui::EndpointProbeModel</name>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Accessible</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Host:port</source>
        <translation>Hôte:port</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Indices</translation>
    </message>
</context>
<context>
    <name>kluis::ui::ExpiryMark</name>
    <message>
        <source>Expired on %1</source>
        <translation>Expiré le %1</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s), on %1</source>
        <translation>
            <numerusform>Expire dans %n jour, le %1</numerusform>
            <numerusform>Expire dans %n jours, le %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
</context>
<context>
    <name>kluis::ui::ExpiryNotice</name>
    <message>
        <source>Expiry notice</source>
        <translation>Avis d&apos;expiration</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <source>%n items in your favourite vaults have expired or expire within %1 days.</source>
        <translation>
            <numerusform>%n élément de vos coffres favoris a expiré ou expire dans les %1 jours.</numerusform>
            <numerusform>%n éléments de vos coffres favoris ont expiré ou expirent dans les %1 jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the report</source>
        <translation>Afficher le rapport</translation>
    </message>
</context>
<context>
    <name>kluis::ui::ExpiryReportWindow</name>
    <message>
        <source>&amp;Run report</source>
        <translation>&amp;Établir le rapport</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Expiry and hygiene report</source>
        <translation>Rapport d&apos;expiration et d&apos;hygiène</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Expiring within</source>
        <translation>Expire dans</translation>
    </message>
    <message>
        <source>Not updated for</source>
        <translation>Non mis à jour depuis</translation>
    </message>
    <message>
        <source>Expiring &amp;within:</source>
        <translation>Expire &amp;dans :</translation>
    </message>
    <message>
        <source>Not &amp;updated for:</source>
        <translation>Non &amp;mis à jour depuis :</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Coffre de clés</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Filter findings</source>
        <translation>Filtrer les constats</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>État du rapport</translation>
    </message>
    <message>
        <source>Vaults that refused</source>
        <translation>Coffres qui ont refusé</translation>
    </message>
    <message>
        <source>Why it could not be read</source>
        <translation>Pourquoi il n&apos;a pas pu être lu</translation>
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
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Expire bientôt</translation>
    </message>
    <message>
        <source>No expiry date</source>
        <translation>Sans date d&apos;expiration</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Not updated</source>
        <translation>Non mis à jour</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n vaults…</source>
        <translation>
            <numerusform>Lecture de %n coffre…</numerusform>
            <numerusform>Lecture de %n coffres…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading… %n findings so far.</source>
        <translation>
            <numerusform>Lecture… %n constat jusqu&apos;ici.</numerusform>
            <numerusform>Lecture… %n constats jusqu&apos;ici.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n findings.</source>
        <translation>
            <numerusform>%n constat.</numerusform>
            <numerusform>%n constats.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vaults could not be read.</source>
        <translation>
            <numerusform>%n coffre n&apos;a pas pu être lu.</numerusform>
            <numerusform>%n coffres n&apos;ont pas pu être lus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>No rotation policy</source>
        <translation>Aucune stratégie de rotation</translation>
    </message>
    <message>
        <source>Not renewed automatically</source>
        <translation>Non renouvelé automatiquement</translation>
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
        <translation>Exporter les métadonnées du coffre</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported the metadata of %n items to %1.</source>
        <translation>
            <numerusform>Métadonnées de %n élément exportées vers %1.</numerusform>
            <numerusform>Métadonnées de %n éléments exportées vers %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kluis::ui::FormFooter</name>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>kluis::ui::GrantRoleDialog</name>
    <message>
        <source>Grant a role on %1</source>
        <translation>Accorder un rôle sur %1</translation>
    </message>
    <message>
        <source>Principal object ID</source>
        <translation>ID d&apos;objet du principal</translation>
    </message>
    <message>
        <source>The object ID of a user, group or application</source>
        <translation>L&apos;ID d&apos;objet d&apos;un utilisateur, d&apos;un groupe ou d&apos;une application</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>Ce qui sera fait</translation>
    </message>
    <message>
        <source>&amp;Principal object ID:</source>
        <translation>ID d&apos;objet du &amp;principal :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>Allows:</source>
        <translation>Permet :</translation>
    </message>
    <message>
        <source>&amp;Grant</source>
        <translation>&amp;Accorder</translation>
    </message>
    <message>
        <source>Enter the principal&apos;s object ID.</source>
        <translation>Saisissez l&apos;ID d&apos;objet du principal.</translation>
    </message>
    <message>
        <source>An object ID looks like 00000000-0000-0000-0000-000000000000.</source>
        <translation>Un ID d&apos;objet ressemble à 00000000-0000-0000-0000-000000000000.</translation>
    </message>
    <message>
        <source>%1 will get the role &quot;%2&quot; on the vault %3. Role changes take a few minutes to reach the vault.</source>
        <translation>%1 recevra le rôle « %2 » sur le coffre %3. Les changements de rôles mettent quelques minutes à atteindre le coffre.</translation>
    </message>
</context>
<context>
    <name>kluis::ui::ImportCertificateCommand</name>
    <message>
        <source>Import certificate</source>
        <translation>Importer un certificat</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Imported the certificate %1.</source>
        <translation>Certificat %1 importé.</translation>
    </message>
</context>
<context>
    <name>kluis::ui::ImportCertificateDialog</name>
    <message>
        <source>Import certificate</source>
        <translation>Importer un certificat</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Fichier de certificat</translation>
    </message>
    <message>
        <source>A .pfx or .pem file with the private key</source>
        <translation>Un fichier .pfx ou .pem contenant la clé privée</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>PFX password</source>
        <translation>Mot de passe PFX</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the certificate file</source>
        <translation>Choisir le fichier de certificat</translation>
    </message>
    <message>
        <source>Certificates (*.pfx *.p12 *.pem);;All files (*)</source>
        <translation>Certificats (*.pfx *.p12 *.pem);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Choose a .pfx or .pem file.</source>
        <translation>Choisissez un fichier .pfx ou .pem.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Le fichier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Saisissez un nom.</translation>
    </message>
    <message>
        <source>A name has 1 to 127 characters: letters, digits and dashes (-).</source>
        <translation>Un nom comporte de 1 à 127 caractères : lettres, chiffres et tirets (-).</translation>
    </message>
</context>
<context>
    <name>kluis::ui::KeyCreateDialog</name>
    <message>
        <source>Protected by an &amp;HSM</source>
        <translation>Protégée par un &amp;HSM</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Activée</translation>
    </message>
    <message>
        <source>Expiration date</source>
        <translation>Date d&apos;expiration</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>Nouvelle clé</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>Type de clé</translation>
    </message>
    <message>
        <source>RSA</source>
        <translation>RSA</translation>
    </message>
    <message>
        <source>Elliptic curve (EC)</source>
        <translation>Courbe elliptique (EC)</translation>
    </message>
    <message>
        <source>Key size or curve</source>
        <translation>Taille de clé ou courbe</translation>
    </message>
    <message>
        <source>Protected by an HSM</source>
        <translation>Protégée par un HSM</translation>
    </message>
    <message>
        <source>Permit %1</source>
        <translation>Autoriser %1</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Size or curve:</source>
        <translation>Ta&amp;ille ou courbe :</translation>
    </message>
    <message>
        <source>Permitted operations:</source>
        <translation>Opérations autorisées :</translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation>%1 bits</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Saisissez un nom.</translation>
    </message>
    <message>
        <source>A name has 1 to 127 characters: letters, digits and dashes (-).</source>
        <translation>Un nom comporte de 1 à 127 caractères : lettres, chiffres et tirets (-).</translation>
    </message>
    <message>
        <source>Permit at least one operation.</source>
        <translation>Autorisez au moins une opération.</translation>
    </message>
</context>
<context>
    <name>kluis::ui::KeyDetailsPanel</name>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Type de clé :</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>Type de clé</translation>
    </message>
    <message>
        <source>Permitted operations:</source>
        <translation>Opérations autorisées :</translation>
    </message>
    <message>
        <source>Permitted operations</source>
        <translation>Opérations autorisées</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Balises :</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Balises</translation>
    </message>
    <message>
        <source>Key identifier</source>
        <translation>Identificateur de clé</translation>
    </message>
    <message>
        <source>Copy the key identifier</source>
        <translation>Copier l&apos;identificateur de clé</translation>
    </message>
    <message>
        <source>Show the versions of this key</source>
        <translation>Afficher les versions de cette clé</translation>
    </message>
    <message>
        <source>Key versions</source>
        <translation>Versions de la clé</translation>
    </message>
    <message>
        <source>Key identifier:</source>
        <translation>Identificateur de clé :</translation>
    </message>
    <message>
        <source>%1 (backs a certificate)</source>
        <translation>%1 (liée à un certificat)</translation>
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
        <translation>Affic&amp;her les versions</translation>
    </message>
</context>
<context>
    <name>kluis::ui::LifecycleCommands</name>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Purge</source>
        <translation>&amp;Vider</translation>
    </message>
    <message>
        <source>Key Vault backups (*.keyvault-backup);;All files (*)</source>
        <translation>Sauvegardes Key Vault (*.keyvault-backup);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Saved the backup of %1 to %2.</source>
        <translation>Sauvegarde de %1 enregistrée dans %2.</translation>
    </message>
    <message>
        <source>Delete secret</source>
        <translation>Supprimer le secret</translation>
    </message>
    <message>
        <source>Delete the secret %1 with all its versions?

If the vault keeps deleted secrets, you can recover it from the Deleted tab.</source>
        <translation>Supprimer le secret %1 avec toutes ses versions ?

Si le coffre conserve les secrets supprimés, vous pourrez le récupérer depuis l&apos;onglet Supprimés.</translation>
    </message>
    <message>
        <source>Deleted the secret %1.</source>
        <translation>Secret %1 supprimé.</translation>
    </message>
    <message>
        <source>Recover secret</source>
        <translation>Récupérer le secret</translation>
    </message>
    <message>
        <source>Recovered the secret %1.</source>
        <translation>Secret %1 récupéré.</translation>
    </message>
    <message>
        <source>Purge secret</source>
        <translation>Vider le secret</translation>
    </message>
    <message>
        <source>Purging removes the deleted secret %1 and all its versions for good. This cannot be undone.</source>
        <translation>Le vidage supprime définitivement le secret supprimé %1 et toutes ses versions. Cette opération est irréversible.</translation>
    </message>
    <message>
        <source>Purged the secret %1.</source>
        <translation>Secret %1 vidé.</translation>
    </message>
    <message>
        <source>Back up secret</source>
        <translation>Sauvegarder le secret</translation>
    </message>
    <message>
        <source>Restore secret</source>
        <translation>Restaurer le secret</translation>
    </message>
    <message>
        <source>Delete key</source>
        <translation>Supprimer la clé</translation>
    </message>
    <message>
        <source>Delete the key %1 with all its versions?

If the vault keeps deleted objects, you can recover it from the Deleted tab.</source>
        <translation>Supprimer la clé %1 avec toutes ses versions ?

Si le coffre de clés conserve les objets supprimés, vous pourrez la récupérer depuis l&apos;onglet Supprimés.</translation>
    </message>
    <message>
        <source>Deleted the key %1.</source>
        <translation>Clé %1 supprimée.</translation>
    </message>
    <message>
        <source>Recover key</source>
        <translation>Récupérer la clé</translation>
    </message>
    <message>
        <source>Recovered the key %1.</source>
        <translation>Clé %1 récupérée.</translation>
    </message>
    <message>
        <source>Purge key</source>
        <translation>Vider la clé</translation>
    </message>
    <message>
        <source>Purging removes the deleted key %1 and all its versions for good. Whatever it encrypted can no longer be decrypted. This cannot be undone.</source>
        <translation>Le vidage supprime définitivement la clé supprimée %1 et toutes ses versions. Les données qu&apos;elle a chiffrées ne pourront plus être déchiffrées. Cette opération est irréversible.</translation>
    </message>
    <message>
        <source>Purged the key %1.</source>
        <translation>Clé %1 vidée.</translation>
    </message>
    <message>
        <source>Back up key</source>
        <translation>Sauvegarder la clé</translation>
    </message>
    <message>
        <source>Restore key</source>
        <translation>Restaurer la clé</translation>
    </message>
    <message>
        <source>Delete certificate</source>
        <translation>Supprimer le certificat</translation>
    </message>
    <message>
        <source>Delete the certificate %1 with all its versions, its key and its secret?

If the vault keeps deleted objects, you can recover it from the Deleted tab.</source>
        <translation>Supprimer le certificat %1 avec toutes ses versions, sa clé et son secret ?

Si le coffre de clés conserve les objets supprimés, vous pourrez le récupérer depuis l&apos;onglet Supprimés.</translation>
    </message>
    <message>
        <source>Deleted the certificate %1.</source>
        <translation>Certificat %1 supprimé.</translation>
    </message>
    <message>
        <source>Recover certificate</source>
        <translation>Récupérer le certificat</translation>
    </message>
    <message>
        <source>Recovered the certificate %1.</source>
        <translation>Certificat %1 récupéré.</translation>
    </message>
    <message>
        <source>Purge certificate</source>
        <translation>Vider le certificat</translation>
    </message>
    <message>
        <source>Purging removes the deleted certificate %1, its key and its secret for good. This cannot be undone.</source>
        <translation>Le vidage supprime définitivement le certificat supprimé %1, sa clé et son secret. Cette opération est irréversible.</translation>
    </message>
    <message>
        <source>Purged the certificate %1.</source>
        <translation>Certificat %1 vidé.</translation>
    </message>
    <message>
        <source>Back up certificate</source>
        <translation>Sauvegarder le certificat</translation>
    </message>
    <message>
        <source>Restore certificate</source>
        <translation>Restaurer le certificat</translation>
    </message>
</context>
<context>
    <name>kluis::ui::ListErrorPanel</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Diagnose</source>
        <translation>&amp;Diagnostiquer</translation>
    </message>
    <message>
        <source>This list could not be loaded</source>
        <translation>Impossible de charger cette liste</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Détails de l&apos;erreur</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Diagnose</source>
        <translation>Diagnostiquer</translation>
    </message>
    <message>
        <source>Find out what stands between Kluis and this vault</source>
        <translation>Déterminer ce qui empêche Kluis d&apos;accéder à ce coffre de clés</translation>
    </message>
</context>
<context>
    <name>kluis::ui::ListPaneBase</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>List status</source>
        <translation>État de la liste</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Annuler le chargement</translation>
    </message>
    <message>
        <source>Loading failed.</source>
        <translation>Échec du chargement.</translation>
    </message>
    <message numerus="yes">
        <source>Loading… %n item(s) so far</source>
        <translation>
            <numerusform>Chargement… %n élément pour l&apos;instant</numerusform>
            <numerusform>Chargement… %n éléments pour l&apos;instant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n item(s).</source>
        <translation>
            <numerusform>Arrêté après %n élément.</numerusform>
            <numerusform>Arrêté après %n éléments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n shown)</source>
        <translation>
            <numerusform>(%n affiché)</numerusform>
            <numerusform>(%n affichés)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kluis::ui::LoadFromFileCommand</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>%1 restauré à partir de %2.</translation>
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
        <translation>Compte</translation>
    </message>
    <message>
        <source>Network activity</source>
        <translation>Activité réseau</translation>
    </message>
    <message>
        <source>Clipboard cleared.</source>
        <translation>Presse-papiers effacé.</translation>
    </message>
    <message>
        <source>Attach local &amp;emulator…</source>
        <translation>Associer l&apos;&amp;émulateur local…</translation>
    </message>
    <message>
        <source>Connect to kluis-emulator through its cloud.json</source>
        <translation>Se connecter à kluis-emulator via son cloud.json</translation>
    </message>
    <message>
        <source>Attach vault by &amp;URL…</source>
        <translation>Associer un coffre par &amp;URL…</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Ajouter un compte…</translation>
    </message>
    <message>
        <source>Sign in to an Azure cloud: browser, device code or service principal</source>
        <translation>Se connecter à un cloud Azure : navigateur, code d&apos;appareil ou principal de service</translation>
    </message>
    <message>
        <source>A&amp;ccounts…</source>
        <translation>&amp;Comptes…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Find &amp;vault</source>
        <translation>Rechercher un &amp;coffre</translation>
    </message>
    <message>
        <source>&amp;Favourite</source>
        <translation>&amp;Favori</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Clés</translation>
    </message>
    <message>
        <source>&amp;Certificates</source>
        <translation>Ce&amp;rtificats</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;About Kluis</source>
        <translation>À &amp;propos de Kluis</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Cloud: %1</source>
        <translation>Cloud : %1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Compte : %1</translation>
    </message>
    <message>
        <source>Network: busy…</source>
        <translation>Réseau : occupé…</translation>
    </message>
    <message>
        <source>Network: idle</source>
        <translation>Réseau : inactif</translation>
    </message>
    <message>
        <source>Pin the vault to Favourites, at the top of the navigator</source>
        <translation>Épingler le coffre dans les Favoris, en haut du navigateur</translation>
    </message>
    <message>
        <source>Status message</source>
        <translation>Message d&apos;état</translation>
    </message>
    <message>
        <source>Names, content types and tags in every vault you reach (never values)</source>
        <translation>Noms, types de contenu et balises dans chaque coffre accessible (jamais les valeurs)</translation>
    </message>
    <message>
        <source>&amp;Expiry and hygiene report…</source>
        <translation>Rapport d&apos;&amp;expiration et d&apos;hygiène…</translation>
    </message>
    <message>
        <source>&amp;Compare and copy vaults…</source>
        <translation>&amp;Comparer et copier des coffres…</translation>
    </message>
    <message>
        <source>Search every&amp;where…</source>
        <translation>Rechercher &amp;partout…</translation>
    </message>
    <message>
        <source>E&amp;xport vault metadata…</source>
        <translation>E&amp;xporter les métadonnées du coffre…</translation>
    </message>
    <message>
        <source>Every secret, key and certificate of the vault with its dates and tags (never values), as CSV or JSON</source>
        <translation>Chaque secret, clé et certificat du coffre avec ses dates et étiquettes (jamais les valeurs), en CSV ou JSON</translation>
    </message>
    <message>
        <source>&amp;Import secrets…</source>
        <translation>&amp;Importer des secrets…</translation>
    </message>
    <message>
        <source>Secrets from a .env or JSON file, with a preview first</source>
        <translation>Des secrets depuis un fichier .env ou JSON, avec d&apos;abord un aperçu</translation>
    </message>
    <message>
        <source>Vault &amp;access…</source>
        <translation>Accès a&amp;u coffre…</translation>
    </message>
    <message>
        <source>Who may do what in this vault: role assignments, access policies, your permissions</source>
        <translation>Qui peut faire quoi dans ce coffre : attributions de rôles, stratégies d&apos;accès, vos autorisations</translation>
    </message>
    <message>
        <source>Every vault still on access policies, each entry mapped to the built-in roles</source>
        <translation>Chaque coffre encore sous stratégies d&apos;accès, chaque entrée associée aux rôles intégrés</translation>
    </message>
    <message>
        <source>A&amp;zure RBAC readiness…</source>
        <translation>Préparation à Azure &amp;RBAC…</translation>
    </message>
</context>
<context>
    <name>kluis::ui::NewCertificateCommand</name>
    <message>
        <source>New certificate</source>
        <translation>Nouveau certificat</translation>
    </message>
    <message>
        <source>Created the certificate %1.</source>
        <translation>Certificat %1 créé.</translation>
    </message>
</context>
<context>
    <name>kluis::ui::NewKeyCommand</name>
    <message>
        <source>New key</source>
        <translation>Nouvelle clé</translation>
    </message>
    <message>
        <source>Created the key %1 (%2).</source>
        <translation>Clé %1 créée (%2).</translation>
    </message>
</context>
<context>
    <name>kluis::ui::NewSecretCommand</name>
    <message>
        <source>New secret</source>
        <translation>Nouveau secret</translation>
    </message>
    <message>
        <source>Created the secret %1.</source>
        <translation>Secret %1 créé.</translation>
    </message>
    <message>
        <source>A deleted secret named %1 still exists and can be recovered. Recover it instead?</source>
        <translation>Un secret supprimé nommé %1 existe encore et peut être récupéré. Voulez-vous plutôt le récupérer ?</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Récupérer</translation>
    </message>
    <message>
        <source>Recover secret</source>
        <translation>Récupérer le secret</translation>
    </message>
    <message>
        <source>Recovered the secret %1.</source>
        <translation>Secret %1 récupéré.</translation>
    </message>
</context>
<context>
    <name>kluis::ui::ObjectActionController</name>
    <message>
        <source>&amp;Test key</source>
        <translation>T&amp;ester la clé</translation>
    </message>
    <message>
        <source>R&amp;otate key (new version)…</source>
        <translation>Faire &amp;pivoter la clé (nouvelle version)…</translation>
    </message>
    <message>
        <source>&amp;Import certificate…</source>
        <translation>&amp;Importer un certificat…</translation>
    </message>
    <message>
        <source>Download as .&amp;cer…</source>
        <translation>Télécharger au format .&amp;cer…</translation>
    </message>
    <message>
        <source>Export with private key (.p&amp;fx)…</source>
        <translation>Exporter avec la clé privée (.p&amp;fx)…</translation>
    </message>
    <message>
        <source>Export with private key (.pe&amp;m)…</source>
        <translation>Exporter avec la clé privée (.pe&amp;m)…</translation>
    </message>
    <message>
        <source>Sign a sample in the vault and verify the signature locally</source>
        <translation>Signer un échantillon dans le coffre de clés et vérifier la signature localement</translation>
    </message>
    <message>
        <source>Rotate key</source>
        <translation>Faire pivoter la clé</translation>
    </message>
    <message>
        <source>Make a new version of the key %1? The new version becomes the current one; older versions stay.</source>
        <translation>Créer une nouvelle version de la clé %1 ? La nouvelle version devient la version actuelle ; les versions précédentes sont conservées.</translation>
    </message>
    <message>
        <source>R&amp;otate</source>
        <translation>Faire &amp;pivoter</translation>
    </message>
    <message>
        <source>Made a new version of the key %1.</source>
        <translation>Nouvelle version de la clé %1 créée.</translation>
    </message>
    <message>
        <source>Enable key</source>
        <translation>Activer la clé</translation>
    </message>
    <message>
        <source>Disable key</source>
        <translation>Désactiver la clé</translation>
    </message>
    <message>
        <source>Enabled the key %1.</source>
        <translation>Clé %1 activée.</translation>
    </message>
    <message>
        <source>Disabled the key %1.</source>
        <translation>Clé %1 désactivée.</translation>
    </message>
    <message>
        <source>&amp;New certificate…</source>
        <translation>&amp;Nouveau certificat…</translation>
    </message>
    <message>
        <source>&amp;New key…</source>
        <translation>&amp;Nouvelle clé…</translation>
    </message>
    <message>
        <source>&amp;Delete certificate…</source>
        <translation>&amp;Supprimer le certificat…</translation>
    </message>
    <message>
        <source>&amp;Delete key…</source>
        <translation>&amp;Supprimer la clé…</translation>
    </message>
    <message>
        <source>&amp;Recover certificate</source>
        <translation>&amp;Récupérer le certificat</translation>
    </message>
    <message>
        <source>&amp;Recover key</source>
        <translation>&amp;Récupérer la clé</translation>
    </message>
    <message>
        <source>&amp;Purge certificate…</source>
        <translation>&amp;Vider le certificat…</translation>
    </message>
    <message>
        <source>&amp;Purge key…</source>
        <translation>&amp;Vider la clé…</translation>
    </message>
    <message>
        <source>&amp;Back up certificate…</source>
        <translation>Sa&amp;uvegarder le certificat…</translation>
    </message>
    <message>
        <source>&amp;Back up key…</source>
        <translation>Sa&amp;uvegarder la clé…</translation>
    </message>
    <message>
        <source>Re&amp;store certificate…</source>
        <translation>Res&amp;taurer le certificat…</translation>
    </message>
    <message>
        <source>Re&amp;store key…</source>
        <translation>Res&amp;taurer la clé…</translation>
    </message>
    <message>
        <source>Download certificate</source>
        <translation>Télécharger le certificat</translation>
    </message>
    <message>
        <source>DER certificates (*.cer *.der);;All files (*)</source>
        <translation>Certificats DER (*.cer *.der);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export certificate with private key</source>
        <translation>Exporter le certificat avec la clé privée</translation>
    </message>
    <message>
        <source>PKCS #12 files (*.pfx *.p12);;All files (*)</source>
        <translation>Fichiers PKCS #12 (*.pfx *.p12);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>PEM files (*.pem);;All files (*)</source>
        <translation>Fichiers PEM (*.pem);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Saved %1 to %2.</source>
        <translation>%1 enregistré dans %2.</translation>
    </message>
    <message>
        <source>Disab&amp;le key</source>
        <translation>&amp;Désactiver la clé</translation>
    </message>
    <message>
        <source>Download as .p&amp;em…</source>
        <translation>Télécharger en .p&amp;em…</translation>
    </message>
    <message>
        <source>&amp;View policy</source>
        <translation>&amp;Afficher la stratégie</translation>
    </message>
    <message>
        <source>Enab&amp;le key</source>
        <translation>&amp;Activer la clé</translation>
    </message>
</context>
<context>
    <name>kluis::ui::ObjectListPane</name>
    <message>
        <source>Deleted keys</source>
        <translation>Clés supprimées</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <source>Filter deleted keys</source>
        <translation>Filtrer les clés supprimées</translation>
    </message>
    <message>
        <source>Filter keys</source>
        <translation>Filtrer les clés</translation>
    </message>
    <message>
        <source>Deleted certificates</source>
        <translation>Certificats supprimés</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <source>Filter deleted certificates</source>
        <translation>Filtrer les certificats supprimés</translation>
    </message>
    <message>
        <source>Filter certificates</source>
        <translation>Filtrer les certificats</translation>
    </message>
    <message>
        <source>Filter by name, subject or tag</source>
        <translation>Filtrer par nom, objet ou balise</translation>
    </message>
    <message>
        <source>Filter by name, type, operation or tag</source>
        <translation>Filtrer par nom, type, opération ou étiquette</translation>
    </message>
</context>
<context>
    <name>kluis::ui::RbacReadinessWindow</name>
    <message>
        <source>&amp;Run report</source>
        <translation>&amp;Exécuter le rapport</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Azure RBAC readiness</source>
        <translation>Préparation à Azure RBAC</translation>
    </message>
    <message>
        <source>Vaults still on access policies, each entry with the built-in roles that would replace it. New vaults use Azure RBAC by default; plan the move before the older Resource Manager versions retire.</source>
        <translation>Coffres encore sous stratégies d&apos;accès, chaque entrée avec les rôles intégrés qui la remplaceraient. Les nouveaux coffres utilisent Azure RBAC par défaut ; planifiez la transition avant le retrait des anciennes versions de Resource Manager.</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Coffre</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Autorisations</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Also grants</source>
        <translation>Accorde aussi</translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation>Non couvert</translation>
    </message>
    <message>
        <source>Access policy entries</source>
        <translation>Entrées de stratégie d&apos;accès</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
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
        <translation>Lecture des coffres de chaque abonnement…</translation>
    </message>
    <message>
        <source>No access policy entries</source>
        <translation>Aucune entrée de stratégie d&apos;accès</translation>
    </message>
    <message numerus="yes">
        <source>%n vault(s) on access policies</source>
        <translation>
            <numerusform>%n coffre sous stratégies d&apos;accès</numerusform>
            <numerusform>%n coffres sous stratégies d&apos;accès</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 on Azure RBAC already.</source>
        <translation>
            <numerusform>%n sur %1 déjà sous Azure RBAC.</numerusform>
            <numerusform>%n sur %1 déjà sous Azure RBAC.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation>Non lu : %1</translation>
    </message>
    <message>
        <source>Export the readiness report</source>
        <translation>Exporter le rapport de préparation</translation>
    </message>
</context>
<context>
    <name>kluis::ui::ReportExport</name>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation>Le rapport n&apos;a pas pu être écrit dans %1 : %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
</context>
<context>
    <name>kluis::ui::RevealSecretCommand</name>
    <message>
        <source>Reveal secret</source>
        <translation>Afficher le secret</translation>
    </message>
</context>
<context>
    <name>kluis::ui::SaveToFileCommand</name>
    <message>
        <source>Password for the file (it protects the private key):</source>
        <translation>Mot de passe du fichier (il protège la clé privée) :</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>kluis::ui::SearchResultModel</name>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Coffre de clés</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Type de contenu</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Balises</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
</context>
<context>
    <name>kluis::ui::SearchWindow</name>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>A&amp;rrêter</translation>
    </message>
    <message>
        <source>Search everywhere</source>
        <translation>Rechercher partout</translation>
    </message>
    <message>
        <source>Name, content type or tag (values are never searched)</source>
        <translation>Nom, type de contenu ou balise (les valeurs ne sont jamais recherchées)</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Texte recherché</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>État de la recherche</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Vaults that refused</source>
        <translation>Coffres qui ont refusé</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Coffre de clés</translation>
    </message>
    <message>
        <source>Why it could not be searched</source>
        <translation>Pourquoi il n&apos;a pas pu être parcouru</translation>
    </message>
    <message>
        <source>&amp;Open in vault</source>
        <translation>&amp;Ouvrir dans le coffre</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n found in %1 of %2 vaults.</source>
        <translation>
            <numerusform>Arrêté : %n trouvé dans %1 coffres sur %2.</numerusform>
            <numerusform>Arrêté : %n trouvés dans %1 coffres sur %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Searching… %1 of %2 vaults answered; %n found.</source>
        <translation>
            <numerusform>Recherche… %1 coffres sur %2 ont répondu ; %n trouvé.</numerusform>
            <numerusform>Recherche… %1 coffres sur %2 ont répondu ; %n trouvés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found in %1 vaults.</source>
        <translation>
            <numerusform>%n trouvé dans %1 coffres.</numerusform>
            <numerusform>%n trouvés dans %1 coffres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vaults refused; open one to see why.</source>
        <translation>
            <numerusform>%n coffre a refusé ; ouvrez-le pour voir pourquoi.</numerusform>
            <numerusform>%n coffres ont refusé ; ouvrez-en un pour voir pourquoi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kluis::ui::SecretActionController</name>
    <message>
        <source>&amp;New secret…</source>
        <translation>&amp;Nouveau secret…</translation>
    </message>
    <message>
        <source>&amp;Edit secret…</source>
        <translation>&amp;Modifier le secret…</translation>
    </message>
    <message>
        <source>&amp;Delete secret…</source>
        <translation>&amp;Supprimer le secret…</translation>
    </message>
    <message>
        <source>&amp;Copy value</source>
        <translation>&amp;Copier la valeur</translation>
    </message>
    <message>
        <source>&amp;Recover secret</source>
        <translation>&amp;Récupérer le secret</translation>
    </message>
    <message>
        <source>&amp;Purge secret…</source>
        <translation>&amp;Vider le secret…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Back up secret…</source>
        <translation>Sa&amp;uvegarder le secret…</translation>
    </message>
    <message>
        <source>Res&amp;tore secret from backup…</source>
        <translation>Res&amp;taurer le secret à partir d&apos;une sauvegarde…</translation>
    </message>
    <message>
        <source>Copy the value to the clipboard; it is cleared again after the time set in the settings</source>
        <translation>Copier la valeur dans le presse-papiers ; celui-ci est effacé après le délai défini dans les paramètres</translation>
    </message>
    <message>
        <source>Give the secret a new value; the old one stays as a version</source>
        <translation>Attribuer une nouvelle valeur au secret ; l&apos;ancienne est conservée en tant que version</translation>
    </message>
    <message>
        <source>Show or hide the value in the details</source>
        <translation>Afficher ou masquer la valeur dans les détails</translation>
    </message>
    <message>
        <source>Reveal v&amp;alue</source>
        <translation>Afficher la v&amp;aleur</translation>
    </message>
    <message>
        <source>New ver&amp;sion…</source>
        <translation>Nouvelle ver&amp;sion…</translation>
    </message>
</context>
<context>
    <name>kluis::ui::SecretDetailsPanel</name>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Content type:</source>
        <translation>Type de contenu :</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Type de contenu</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Balises :</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Balises</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identificateur</translation>
    </message>
    <message>
        <source>Copy the identifier</source>
        <translation>Copier l&apos;identificateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Hidden; press Reveal to fetch it</source>
        <translation>Masquée ; cliquez sur Afficher pour la récupérer</translation>
    </message>
    <message>
        <source>Reveal the value</source>
        <translation>Afficher la valeur</translation>
    </message>
    <message>
        <source>Identifier:</source>
        <translation>Identificateur :</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Valeur :</translation>
    </message>
    <message>
        <source>Show the versions of this secret</source>
        <translation>Afficher les versions de ce secret</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>Versions :</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Sh&amp;ow versions</source>
        <translation>Affic&amp;her les versions</translation>
    </message>
    <message>
        <source>H&amp;ide</source>
        <translation>&amp;Masquer</translation>
    </message>
</context>
<context>
    <name>kluis::ui::SecretEditDialog</name>
    <message>
        <source>New secret</source>
        <translation>Nouveau secret</translation>
    </message>
    <message>
        <source>Edit secret %1</source>
        <translation>Modifier le secret %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Leave empty to keep the current value</source>
        <translation>Laisser vide pour conserver la valeur actuelle</translation>
    </message>
    <message>
        <source>The secret value</source>
        <translation>La valeur du secret</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Type de contenu</translation>
    </message>
    <message>
        <source>for example text/plain</source>
        <translation>par exemple text/plain</translation>
    </message>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Activé</translation>
    </message>
    <message>
        <source>Activation date</source>
        <translation>Date d&apos;activation</translation>
    </message>
    <message>
        <source>Expiration date</source>
        <translation>Date d&apos;expiration</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Balises</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Balise</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Ajouter une balise</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Supprimer la balise</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valeur :</translation>
    </message>
    <message>
        <source>Content &amp;type:</source>
        <translation>&amp;Type de contenu :</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>&amp;Balises :</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Saisissez un nom.</translation>
    </message>
    <message>
        <source>A name has 1 to 127 characters: letters, digits and dashes (-).</source>
        <translation>Un nom comporte de 1 à 127 caractères : lettres, chiffres et tirets (-).</translation>
    </message>
    <message>
        <source>Enter a value.</source>
        <translation>Saisissez une valeur.</translation>
    </message>
    <message>
        <source>The value is %1 KB; Key Vault accepts at most 25 KB.</source>
        <translation>La valeur fait %1 Ko ; Key Vault accepte au maximum 25 Ko.</translation>
    </message>
    <message numerus="yes">
        <source>Key Vault accepts at most %n tags.</source>
        <translation>
            <numerusform>Key Vault accepte au maximum %n balise.</numerusform>
            <numerusform>Key Vault accepte au maximum %n balises.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every tag needs a name.</source>
        <translation>Chaque balise doit avoir un nom.</translation>
    </message>
    <message>
        <source>A tag name has at most 512 characters.</source>
        <translation>Un nom de balise comporte au maximum 512 caractères.</translation>
    </message>
    <message>
        <source>A tag value has at most 256 characters.</source>
        <translation>Une valeur de balise comporte au maximum 256 caractères.</translation>
    </message>
</context>
<context>
    <name>kluis::ui::SecretImportDialog</name>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import secrets into %1</source>
        <translation>Importer des secrets dans %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>A .env or JSON file</source>
        <translation>Un fichier .env ou JSON</translation>
    </message>
    <message>
        <source>When the vault has the name</source>
        <translation>Quand le coffre a déjà le nom</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>&amp;When the vault has the name:</source>
        <translation>&amp;Quand le coffre a déjà le nom :</translation>
    </message>
    <message>
        <source>Secret name</source>
        <translation>Nom du secret</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Dans le fichier</translation>
    </message>
    <message>
        <source>What the import does</source>
        <translation>Ce que fait l&apos;importation</translation>
    </message>
    <message>
        <source>Import plan</source>
        <translation>Plan d&apos;importation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Choose a file: values are read from it only to be written, never shown.</source>
        <translation>Choisissez un fichier : les valeurs n&apos;y sont lues que pour être écrites, jamais affichées.</translation>
    </message>
    <message>
        <source>Import secrets</source>
        <translation>Importer des secrets</translation>
    </message>
    <message>
        <source>Secrets files (*.env *.json);;All files (*)</source>
        <translation>Fichiers de secrets (*.env *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>Le fichier ne peut pas être importé : %1</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n names with the vault…</source>
        <translation>
            <numerusform>Comparaison de %n nom avec le coffre…</numerusform>
            <numerusform>Comparaison de %n noms avec le coffre…</numerusform>
        </translation>
    </message>
    <message>
        <source>The import could not be planned: %1</source>
        <translation>L&apos;importation n&apos;a pas pu être planifiée : %1</translation>
    </message>
    <message>
        <source>The vault has some of these names: nothing would be written.</source>
        <translation>Le coffre a déjà certains de ces noms : rien ne serait écrit.</translation>
    </message>
    <message numerus="yes">
        <source>%n secrets would be written; nothing has been written yet.</source>
        <translation>
            <numerusform>%n secret serait écrit ; rien n&apos;a encore été écrit.</numerusform>
            <numerusform>%n secrets seraient écrits ; rien n&apos;a encore été écrit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Write %n secrets from %1 into %2?</source>
        <translation>
            <numerusform>Écrire %n secret de %1 dans %2 ?</numerusform>
            <numerusform>Écrire %n secrets de %1 dans %2 ?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Importing… %1 of %2 written.</source>
        <translation>Importation… %1 sur %2 écrits.</translation>
    </message>
    <message numerus="yes">
        <source>The import stopped after %n secrets: %1</source>
        <translation>
            <numerusform>L&apos;importation s&apos;est arrêtée après %n secret : %1</numerusform>
            <numerusform>L&apos;importation s&apos;est arrêtée après %n secrets : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secrets written.</source>
        <translation>
            <numerusform>%n secret écrit.</numerusform>
            <numerusform>%n secrets écrits.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kluis::ui::SecretListPane</name>
    <message>
        <source>Deleted secrets</source>
        <translation>Secrets supprimés</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>Filter deleted secrets</source>
        <translation>Filtrer les secrets supprimés</translation>
    </message>
    <message>
        <source>Filter secrets</source>
        <translation>Filtrer les secrets</translation>
    </message>
    <message>
        <source>Filter by name, content type or tag</source>
        <translation>Filtrer par nom, type de contenu ou balise</translation>
    </message>
</context>
<context>
    <name>kluis::ui::SecretValueEdit</name>
    <message>
        <source>&amp;Copy value</source>
        <translation>&amp;Copier la valeur</translation>
    </message>
</context>
<context>
    <name>kluis::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Clear the clipboard after</source>
        <translation>Effacer le presse-papiers après</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>ID d&apos;application (client)</translation>
    </message>
    <message>
        <source>Kluis&apos;s own registration</source>
        <translation>Inscription d&apos;application propre à Kluis</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>System proxy settings</source>
        <translation>Paramètres de proxy du système</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Aucun proxy</translation>
    </message>
    <message>
        <source>Manual proxy</source>
        <translation>Proxy manuel</translation>
    </message>
    <message>
        <source>Proxy server</source>
        <translation>Serveur proxy</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Port du proxy</translation>
    </message>
    <message>
        <source>Extra CA file</source>
        <translation>Certificats d&apos;AC supplémentaires</translation>
    </message>
    <message>
        <source>PEM file, for a TLS-inspecting proxy</source>
        <translation>Fichier PEM, pour un proxy qui inspecte le trafic TLS</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose the extra CA file</source>
        <translation>Choisir le fichier d&apos;autorité de certification supplémentaire</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Clear the &amp;clipboard after:</source>
        <translation>Effacer le &amp;presse-papiers après :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Application (client) &amp;ID:</source>
        <translation>&amp;ID d&apos;application (client) :</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>Pro&amp;xy :</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <source>Proxy &amp;server:</source>
        <translation>&amp;Serveur proxy :</translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation>Certificats d&apos;A&amp;C supplémentaires :</translation>
    </message>
    <message>
        <source>The window is rebuilt in the new language when you press OK.</source>
        <translation>La fenêtre est reconstruite dans la nouvelle langue dès que vous cliquez sur OK.</translation>
    </message>
    <message>
        <source>Only when expired</source>
        <translation>Seulement une fois expiré</translation>
    </message>
    <message>
        <source>Warn about expiry within</source>
        <translation>Avertir de l&apos;expiration dans les</translation>
    </message>
    <message>
        <source>Lists mark items that expire within this many days; expired items are always marked</source>
        <translation>Les listes signalent les éléments qui expirent dans ce nombre de jours ; les éléments expirés sont toujours signalés</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <comment>after a number of days</comment>
        <translation>
            <numerusform> jour</numerusform>
            <numerusform> jours</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Warn about expiry within:</source>
        <translation>&amp;Avertir de l&apos;expiration dans les :</translation>
    </message>
</context>
<context>
    <name>kluis::ui::SignInDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>Custom cloud file…</source>
        <translation>Fichier de cloud personnalisé…</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Cloud file</source>
        <translation>Fichier de cloud</translation>
    </message>
    <message>
        <source>A cloud profile (JSON), e.g. kluis-emulator&apos;s cloud.json</source>
        <translation>Un profil de cloud (JSON), par exemple le cloud.json de kluis-emulator</translation>
    </message>
    <message>
        <source>Browser sign-in</source>
        <translation>Connexion par le navigateur</translation>
    </message>
    <message>
        <source>Device code</source>
        <translation>Code d&apos;appareil</translation>
    </message>
    <message>
        <source>Service principal with a secret</source>
        <translation>Principal de service avec un secret</translation>
    </message>
    <message>
        <source>Service principal with a certificate</source>
        <translation>Principal de service avec un certificat</translation>
    </message>
    <message>
        <source>How to sign in</source>
        <translation>Méthode de connexion</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nom du compte</translation>
    </message>
    <message>
        <source>The user name or client id</source>
        <translation>Le nom d&apos;utilisateur ou l&apos;ID client</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>ID d&apos;application (client)</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Fichier de certificat</translation>
    </message>
    <message>
        <source>PEM file with the private key and the certificate</source>
        <translation>Fichier PEM contenant la clé privée et le certificat</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the device code</source>
        <translation>Copier le code d&apos;appareil</translation>
    </message>
    <message>
        <source>Where to enter the code</source>
        <translation>Où saisir le code</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code :</translation>
    </message>
    <message>
        <source>Enter it at:</source>
        <translation>Saisissez-le à l&apos;adresse :</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>&amp;Cloud:</source>
        <translation>&amp;Cloud :</translation>
    </message>
    <message>
        <source>Cloud &amp;file:</source>
        <translation>&amp;Fichier de cloud :</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Méthode :</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Locataire :</translation>
    </message>
    <message>
        <source>Application (client) &amp;ID:</source>
        <translation>&amp;ID d&apos;application (client) :</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>S&amp;ecret client :</translation>
    </message>
    <message>
        <source>C&amp;ertificate:</source>
        <translation>Cer&amp;tificat :</translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation>&amp;Nom du compte :</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>The service principal&apos;s application id</source>
        <translation>L&apos;ID d&apos;application du principal de service</translation>
    </message>
    <message>
        <source>Choose a cloud file</source>
        <translation>Choisir un fichier de cloud</translation>
    </message>
    <message>
        <source>Cloud profiles (*.json)</source>
        <translation>Profils de cloud (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the certificate</source>
        <translation>Choisir le certificat</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key)</source>
        <translation>Fichiers PEM (*.pem *.crt *.key)</translation>
    </message>
    <message>
        <source>Open the link, enter the code and sign in; this window waits until you have.</source>
        <translation>Ouvrez le lien, saisissez le code et connectez-vous ; cette fenêtre patiente jusqu&apos;à ce que ce soit fait.</translation>
    </message>
    <message>
        <source>Sign in in the browser window that opened…</source>
        <translation>Connectez-vous dans la fenêtre de navigateur qui s&apos;est ouverte…</translation>
    </message>
    <message>
        <source>Asking for a code…</source>
        <translation>Demande d&apos;un code…</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Connexion annulée.</translation>
    </message>
    <message>
        <source>A service principal needs its tenant and application (client) id.</source>
        <translation>Un principal de service nécessite son locataire et son ID d&apos;application (client).</translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation>Saisissez le secret client.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion en cours…</translation>
    </message>
</context>
<context>
    <name>kluis::ui::TestKeyCommand</name>
    <message>
        <source>Test key</source>
        <translation>Tester la clé</translation>
    </message>
    <message>
        <source>The key %1 (%2) cannot sign.</source>
        <translation>La clé %1 (%2) ne peut pas signer.</translation>
    </message>
    <message>
        <source>Key: %1
Version: %2
Algorithm: %3
Sample: %4
Digest: %5
Signature: %6 bytes</source>
        <translation>Clé : %1
Version : %2
Algorithme : %3
Échantillon : %4
Condensat : %5
Signature : %6 octets</translation>
    </message>
    <message>
        <source>The vault signed a sample with %1 (%2) and the signature verifies locally with the key&apos;s public part.</source>
        <translation>Le coffre de clés a signé un échantillon avec %1 (%2) et la signature est vérifiée localement avec la partie publique de la clé.</translation>
    </message>
    <message>
        <source>The vault signed a sample with %1 (%2), but the signature does NOT verify locally: %3</source>
        <translation>Le coffre de clés a signé un échantillon avec %1 (%2), mais la signature n&apos;est PAS vérifiée localement : %3</translation>
    </message>
    <message>
        <source>Key %1: signature verified.</source>
        <translation>Clé %1 : signature vérifiée.</translation>
    </message>
</context>
<context>
    <name>kluis::ui::VaultNavigator</name>
    <message>
        <source>Filter vaults</source>
        <translation>Filtrer les coffres de clés</translation>
    </message>
    <message>
        <source>Vaults</source>
        <translation>Coffres de clés</translation>
    </message>
    <message>
        <source>Key vaults</source>
        <translation>Coffres de clés</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favori</translation>
    </message>
    <message>
        <source>%1
Subscription: %2
Resource group: %3</source>
        <translation>%1
Abonnement : %2
Groupe de ressources : %3</translation>
    </message>
    <message>
        <source>Favourites, attached vaults and the vaults of each account. Click a vault&apos;s star to pin it to Favourites.</source>
        <translation>Favoris, coffres attachés et coffres de chaque compte. Cliquez sur l’étoile d’un coffre pour l’épingler dans les Favoris.</translation>
    </message>
</context>
<context>
    <name>kluis::ui::VaultPane</name>
    <message>
        <source>Vault</source>
        <translation>Coffre de clés</translation>
    </message>
    <message>
        <source>Vault contents</source>
        <translation>Contenu du coffre de clés</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificats</translation>
    </message>
    <message>
        <source>Kind of deleted objects</source>
        <translation>Type d&apos;objets supprimés</translation>
    </message>
    <message>
        <source>&amp;Secrets</source>
        <translation>&amp;Secrets</translation>
    </message>
    <message>
        <source>Cer&amp;tificates</source>
        <translation>Cer&amp;tificats</translation>
    </message>
    <message>
        <source>De&amp;leted</source>
        <translation>Su&amp;pprimés</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Affic&amp;her :</translation>
    </message>
    <message>
        <source>Ke&amp;ys</source>
        <translation>Clé&amp;s</translation>
    </message>
    <message>
        <source>No vaults yet? Use File → Add account…, File → Attach local emulator… or File → Attach vault by URL…</source>
        <translation>Pas encore de coffre ? Utilisez Fichier → Ajouter un compte…, Fichier → Attacher l&apos;émulateur local… ou Fichier → Attacher un coffre par URL…</translation>
    </message>
    <message>
        <source>Choose a vault on the left.</source>
        <translation>Choisissez un coffre à gauche.</translation>
    </message>
</context>
<context>
    <name>kluis::ui::ViewPolicyCommand</name>
    <message>
        <source>Certificate policy</source>
        <translation>Stratégie de certificat</translation>
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
            <numerusform>Émetteur : %1
Objet : %2
Noms DNS : %3
Validité : %n mois
Clé : %4
Clé privée exportable : %5
Réutiliser la clé au renouvellement : %6
Format dans le coffre de clés : %7
Utilisation de la clé : %8
Utilisation étendue de la clé : %9</numerusform>
            <numerusform>Émetteur : %1
Objet : %2
Noms DNS : %3
Validité : %n mois
Clé : %4
Clé privée exportable : %5
Réutiliser la clé au renouvellement : %6
Format dans le coffre de clés : %7
Utilisation de la clé : %8
Utilisation étendue de la clé : %9</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Policy of %1</source>
        <translation>Stratégie de %1</translation>
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
        <translation>Copier</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Kluis: a desktop manager for Azure Key Vault.</source>
        <translation>Kluis : un gestionnaire de bureau pour Azure Key Vault.</translation>
    </message>
    <message>
        <source>Use the custom cloud profile in FILE (for example kluis-emulator&apos;s cloud.json).</source>
        <translation>Utiliser le profil de cloud personnalisé contenu dans FILE (par exemple le cloud.json de kluis-emulator).</translation>
    </message>
    <message>
        <source>Cloud profile</source>
        <translation>Profil de cloud</translation>
    </message>
</context>
</TS>
