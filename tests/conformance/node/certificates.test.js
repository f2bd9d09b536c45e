// @azure/keyvault-certificates against the emulator: self-signed certificates made by the vault
// are real X.509, and their key and secret are the managed objects the service makes.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { CertificateClient } = require('@azure/keyvault-certificates');
const { SecretClient } = require('@azure/keyvault-secrets');
const { CryptographyClient } = require('@azure/keyvault-keys');
const { credential, vaultUrl, opts, uniqueName } = require('./common');

const cred = credential();
const client = new CertificateClient(vaultUrl(), cred);
const secrets = new SecretClient(vaultUrl(), cred);
const poll = { intervalInMs: 200 };

function selfSignedPolicy(subject, contentType = 'application/x-pkcs12') {
  return {
    issuerName: 'Self',
    subject,
    validityInMonths: 12,
    keyType: 'RSA',
    keySize: 2048,
    exportable: true,
    reuseKey: false,
    contentType,
  };
}

async function create(name, policy) {
  const poller = await client.beginCreateCertificate(name, policy, poll);
  return poller.pollUntilDone();
}

async function rejectsWith(promise, status, code) {
  await assert.rejects(promise, (err) => {
    assert.equal(err.statusCode, status, `HTTP ${status}, got ${err.statusCode}: ${err.message}`);
    assert.equal(err.code, code);
    return true;
  });
}

test('certificates.create-self-signed-and-parse-cer', opts('certificates.create-self-signed-and-parse-cer'), async () => {
  const name = uniqueName('cert');
  const cert = await create(name, selfSignedPolicy('CN=conformance.example'));
  assert.equal(cert.name, name);
  assert.ok(cert.cer instanceof Uint8Array && cert.cer.length > 0, 'the .cer (DER) is returned');

  const x509 = new crypto.X509Certificate(Buffer.from(cert.cer));
  assert.equal(x509.subject, 'CN=conformance.example');
  assert.equal(x509.issuer, x509.subject, 'self-signed');
  assert.ok(x509.verify(x509.publicKey), 'signed by its own key');
  const validDays = (new Date(x509.validTo) - new Date(x509.validFrom)) / 86400000;
  assert.ok(validDays >= 360 && validDays <= 370, `valid for 12 months, got ${validDays} days`);
  assert.equal(x509.publicKey.asymmetricKeyDetails.modulusLength, 2048);

  const sha1 = crypto.createHash('sha1').update(Buffer.from(cert.cer)).digest();
  assert.ok(sha1.equals(Buffer.from(cert.properties.x509Thumbprint)), 'x5t is the SHA-1 of the DER');
  assert.ok(cert.keyId && cert.secretId, 'the certificate names its key and secret');

  const policy = await client.getCertificatePolicy(name);
  assert.equal(policy.subject, 'CN=conformance.example');
  assert.equal(policy.issuerName, 'Self');
  assert.equal(policy.validityInMonths, 12);
});

test('certificates.managed-secret-holds-pfx', opts('certificates.managed-secret-holds-pfx'), async () => {
  const name = uniqueName('pfx');
  const cert = await create(name, selfSignedPolicy('CN=pfx.example'));
  const secret = await secrets.getSecret(name);
  assert.equal(secret.properties.contentType, 'application/x-pkcs12');
  assert.equal(secret.properties.managed, true, 'the secret is managed by the certificate');
  assert.equal(secret.properties.certificateKeyId, cert.keyId, 'and points at its key');

  // The PFX (no password) holds the same certificate and its private key.
  const pem = execFileSync('openssl', ['pkcs12', '-nodes', '-passin', 'pass:'], {
    input: Buffer.from(secret.value, 'base64'),
  }).toString();
  const inPfx = new crypto.X509Certificate(pem.match(/-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----/)[0]);
  assert.ok(inPfx.raw.equals(Buffer.from(cert.cer)));
  const key = crypto.createPrivateKey(pem.match(/-----BEGIN PRIVATE KEY-----[^-]+-----END PRIVATE KEY-----/)[0]);
  assert.ok(inPfx.checkPrivateKey(key), 'the private key matches the certificate');
});

test('certificates.pem-content-type', opts('certificates.pem-content-type'), async () => {
  const name = uniqueName('pem');
  const cert = await create(name, selfSignedPolicy('CN=pem.example', 'application/x-pem-file'));
  const secret = await secrets.getSecret(name);
  assert.equal(secret.properties.contentType, 'application/x-pem-file');
  const x509 = new crypto.X509Certificate(secret.value.match(/-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----/)[0]);
  assert.ok(x509.raw.equals(Buffer.from(cert.cer)));
  const key = crypto.createPrivateKey(secret.value);
  assert.ok(x509.checkPrivateKey(key));
});

test('certificates.key-signs-for-certificate', opts('certificates.key-signs-for-certificate'), async () => {
  const cert = await create(uniqueName('certkey'), selfSignedPolicy('CN=signer.example'));
  const x509 = new crypto.X509Certificate(Buffer.from(cert.cer));
  const digest = crypto.createHash('sha256').update('document').digest();
  const signed = await new CryptographyClient(cert.keyId, cred).sign('RS256', digest);
  assert.ok(crypto.verify('sha256', Buffer.from('document'), x509.publicKey, Buffer.from(signed.result)),
    "the certificate's key signs, verified with the certificate's public key");
});

// A certificate and key made here with openssl, for import.
function localCertificate(dir) {
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=imported.example',
    '-days', '30', '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem')],
  { stdio: 'ignore' });
  execFileSync('openssl', ['pkcs12', '-export', '-in', path.join(dir, 'cert.pem'), '-inkey',
    path.join(dir, 'key.pem'), '-passout', 'pass:pfx-pass', '-out', path.join(dir, 'cert.pfx')]);
  const certPem = fs.readFileSync(path.join(dir, 'cert.pem'));
  return {
    pem: Buffer.concat([fs.readFileSync(path.join(dir, 'key.pem')), certPem]),
    pfx: fs.readFileSync(path.join(dir, 'cert.pfx')),
    der: new crypto.X509Certificate(certPem).raw,
  };
}

async function withTempDir(fn) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kluis-cert-'));
  try {
    return await fn(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test('certificates.import-pem', opts('certificates.import-pem'), () => withTempDir(async (dir) => {
  const local = localCertificate(dir);
  // The JS SDK sends PEM as text when the policy says application/x-pem-file.
  const imported = await client.importCertificate(uniqueName('imppem'), local.pem, {
    policy: { contentType: 'application/x-pem-file' },
  });
  assert.ok(Buffer.from(imported.cer).equals(local.der), 'the imported PEM certificate');
}));

test('certificates.import-pfx', opts('certificates.import-pfx'), () => withTempDir(async (dir) => {
  const local = localCertificate(dir);
  const name = uniqueName('imppfx');
  const imported = await client.importCertificate(name, local.pfx, { password: 'pfx-pass' });
  assert.ok(Buffer.from(imported.cer).equals(local.der), 'the imported PFX certificate');
  assert.equal((await client.getCertificate(name)).properties.version, imported.properties.version);
}));

test('certificates.versions-and-update', opts('certificates.versions-and-update'), async () => {
  const name = uniqueName('cver');
  const first = await create(name, selfSignedPolicy('CN=v.example'));
  const second = await create(name, selfSignedPolicy('CN=v.example'));
  assert.notEqual(first.properties.version, second.properties.version);
  const versions = [];
  for await (const p of client.listPropertiesOfCertificateVersions(name)) versions.push(p.version);
  assert.deepEqual(versions.sort(), [first.properties.version, second.properties.version].sort());

  const updated = await client.updateCertificateProperties(name, second.properties.version, {
    tags: { team: 'pki' },
  });
  assert.deepEqual(updated.properties.tags, { team: 'pki' });
  const old = await client.getCertificateVersion(name, first.properties.version);
  assert.ok(Buffer.from(old.cer).equals(Buffer.from(first.cer)));

  let listed = false;
  for await (const p of client.listPropertiesOfCertificates()) if (p.name === name) listed = true;
  assert.ok(listed);
});

test('certificates.delete-recover-purge', opts('certificates.delete-recover-purge'), async () => {
  const name = uniqueName('cdel');
  await create(name, selfSignedPolicy('CN=del.example'));
  const deleted = await (await client.beginDeleteCertificate(name, poll)).pollUntilDone();
  assert.equal(deleted.name, name);
  assert.ok(deleted.recoveryId);
  await rejectsWith(client.getCertificate(name), 404, 'CertificateNotFound');

  await (await client.beginRecoverDeletedCertificate(name, poll)).pollUntilDone();
  assert.equal((await client.getCertificate(name)).name, name);
  assert.ok((await secrets.getSecret(name)).value, 'recovering the certificate recovers its secret');

  await (await client.beginDeleteCertificate(name, poll)).pollUntilDone();
  let listed = false;
  for await (const d of client.listDeletedCertificates()) if (d.name === name) listed = true;
  assert.ok(listed);
  await client.purgeDeletedCertificate(name);
  await rejectsWith(client.getDeletedCertificate(name), 404, 'CertificateNotFound');
});

test('certificates.backup-and-restore', opts('certificates.backup-and-restore'), async () => {
  const name = uniqueName('cbak');
  const cert = await create(name, selfSignedPolicy('CN=bak.example'));
  const backup = await client.backupCertificate(name);
  assert.ok(backup instanceof Uint8Array && backup.length > 0);
  await (await client.beginDeleteCertificate(name, poll)).pollUntilDone();
  await client.purgeDeletedCertificate(name);

  const restored = await client.restoreCertificateBackup(backup);
  assert.equal(restored.name, name);
  assert.ok(Buffer.from(restored.cer).equals(Buffer.from(cert.cer)));
});
