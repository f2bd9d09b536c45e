// @azure/keyvault-keys against the emulator: keys made in the vault, used there, checked locally.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const { KeyClient, CryptographyClient } = require('@azure/keyvault-keys');
const { credential, vaultUrl, opts, uniqueName } = require('./common');

const cred = credential();
const client = new KeyClient(vaultUrl(), cred);
const poll = { intervalInMs: 200 };

// A Node public key from the JWK the vault returned (byte arrays in the SDK's model).
function publicKey(jwk) {
  const b64 = (bytes) => Buffer.from(bytes).toString('base64url');
  if (jwk.kty.startsWith('RSA')) {
    return crypto.createPublicKey({ key: { kty: 'RSA', n: b64(jwk.n), e: b64(jwk.e) }, format: 'jwk' });
  }
  return crypto.createPublicKey({
    key: { kty: 'EC', crv: jwk.crv, x: b64(jwk.x), y: b64(jwk.y) },
    format: 'jwk',
  });
}

async function rejectsWith(promise, status, code) {
  await assert.rejects(promise, (err) => {
    assert.equal(err.statusCode, status, `HTTP ${status}, got ${err.statusCode}: ${err.message}`);
    assert.equal(err.code, code);
    return true;
  });
}

test('keys.create-rsa-and-get', opts('keys.create-rsa-and-get'), async () => {
  const name = uniqueName('rsa');
  const created = await client.createRsaKey(name, { keySize: 2048, tags: { use: 'test' } });
  assert.equal(created.name, name);
  assert.equal(created.keyType, 'RSA');
  assert.match(created.properties.version, /^[0-9a-f]{32}$/);
  assert.equal(publicKey(created.key).asymmetricKeyDetails.modulusLength, 2048);

  const got = await client.getKey(name);
  assert.equal(got.id, created.id);
  assert.deepEqual(got.properties.tags, { use: 'test' });
  assert.ok(got.keyOperations.includes('sign'), `key_ops ${got.keyOperations}`);
  assert.equal(got.key.d, undefined, 'the private part never leaves the vault');
});

test('keys.create-ec-p256', opts('keys.create-ec-p256'), async () => {
  const created = await client.createEcKey(uniqueName('ec'), { curve: 'P-256' });
  assert.equal(created.keyType, 'EC');
  assert.equal(created.key.crv, 'P-256');
  assert.equal(publicKey(created.key).asymmetricKeyDetails.namedCurve, 'prime256v1');
});

test('keys.get-missing-is-404', opts('keys.get-missing-is-404'), async () => {
  await rejectsWith(client.getKey(uniqueName('missing')), 404, 'KeyNotFound');
});

test('keys.rsa-sign-verified-locally', opts('keys.rsa-sign-verified-locally'), async () => {
  const key = await client.createRsaKey(uniqueName('sign'), { keySize: 2048 });
  const data = Buffer.from('signed by the emulated vault');
  const digest = crypto.createHash('sha256').update(data).digest();
  const signed = await new CryptographyClient(key.id, cred).sign('RS256', digest);
  assert.equal(signed.keyID, key.id);
  assert.ok(crypto.verify('sha256', data, publicKey(key.key), Buffer.from(signed.result)),
    'the RS256 signature verifies with the public key');
  assert.ok(!crypto.verify('sha256', Buffer.from('something else'), publicKey(key.key),
    Buffer.from(signed.result)), 'and only for the signed data');
});

test('keys.ec-sign-verified-locally', opts('keys.ec-sign-verified-locally'), async () => {
  const key = await client.createEcKey(uniqueName('ecsign'), { curve: 'P-256' });
  const data = Buffer.from('ES256 over P-256');
  const digest = crypto.createHash('sha256').update(data).digest();
  const signed = await new CryptographyClient(key, cred).sign('ES256', digest);
  assert.equal(signed.result.length, 64, 'ES256 signatures are r||s, 64 bytes');
  assert.ok(crypto.verify('sha256', data, { key: publicKey(key.key), dsaEncoding: 'ieee-p1363' },
    Buffer.from(signed.result)));
});

test('keys.encrypt-locally-decrypt-in-vault', opts('keys.encrypt-locally-decrypt-in-vault'), async () => {
  const key = await client.createRsaKey(uniqueName('crypt'), { keySize: 2048 });
  // With the key material fetched, the SDK encrypts locally and only decrypts in the vault.
  const cc = new CryptographyClient(key, cred);
  const plaintext = Buffer.from('wrapped data');
  const encrypted = await cc.encrypt({ algorithm: 'RSA-OAEP', plaintext });
  const decrypted = await cc.decrypt({ algorithm: 'RSA-OAEP', ciphertext: encrypted.result });
  assert.equal(Buffer.from(decrypted.result).toString(), 'wrapped data');

  const aesKey = crypto.randomBytes(32);
  const wrapped = await cc.wrapKey('RSA-OAEP-256', aesKey);
  const unwrapped = await cc.unwrapKey('RSA-OAEP-256', wrapped.result);
  assert.ok(aesKey.equals(Buffer.from(unwrapped.result)));
});

test('keys.versions-and-update', opts('keys.versions-and-update'), async () => {
  const name = uniqueName('kver');
  const first = await client.createEcKey(name, { curve: 'P-256' });
  const second = await client.createEcKey(name, { curve: 'P-256' });
  assert.notEqual(first.properties.version, second.properties.version);
  const versions = [];
  for await (const p of client.listPropertiesOfKeyVersions(name)) versions.push(p.version);
  assert.deepEqual(versions.sort(), [first.properties.version, second.properties.version].sort());

  const updated = await client.updateKeyProperties(name, first.properties.version, {
    enabled: false,
    tags: { retired: 'yes' },
  });
  assert.equal(updated.properties.enabled, false);
  assert.deepEqual(updated.properties.tags, { retired: 'yes' });
  const old = await client.getKey(name, { version: first.properties.version });
  assert.equal(old.properties.enabled, false);
  assert.equal((await client.getKey(name)).properties.version, second.properties.version);

  let listed = false;
  for await (const p of client.listPropertiesOfKeys()) if (p.name === name) listed = true;
  assert.ok(listed, 'the key is listed');
});

test('keys.delete-recover-purge', opts('keys.delete-recover-purge'), async () => {
  const name = uniqueName('kdel');
  const created = await client.createRsaKey(name);
  const deleted = await (await client.beginDeleteKey(name, poll)).pollUntilDone();
  assert.equal(deleted.name, name);
  assert.ok(deleted.properties.recoveryId);
  assert.ok(deleted.properties.scheduledPurgeDate instanceof Date);
  await rejectsWith(client.getKey(name), 404, 'KeyNotFound');

  const recovered = await (await client.beginRecoverDeletedKey(name, poll)).pollUntilDone();
  assert.equal(recovered.id, created.id);
  assert.equal((await client.getKey(name)).properties.version, created.properties.version);

  await (await client.beginDeleteKey(name, poll)).pollUntilDone();
  let listed = false;
  for await (const d of client.listDeletedKeys()) if (d.name === name) listed = true;
  assert.ok(listed, 'listed among deleted keys');
  await client.purgeDeletedKey(name);
  await rejectsWith(client.getDeletedKey(name), 404, 'KeyNotFound');
});

test('keys.backup-and-restore', opts('keys.backup-and-restore'), async () => {
  const name = uniqueName('kbak');
  const created = await client.createRsaKey(name, { keySize: 2048 });
  const backup = await client.backupKey(name);
  assert.ok(backup instanceof Uint8Array && backup.length > 0);
  await (await client.beginDeleteKey(name, poll)).pollUntilDone();
  await client.purgeDeletedKey(name);

  const restored = await client.restoreKeyBackup(backup);
  assert.equal(restored.name, name);
  assert.equal(restored.id, created.id, 'the same key version comes back');
  // The restored key still signs, and with the same private key.
  const digest = crypto.createHash('sha256').update('after restore').digest();
  const signed = await new CryptographyClient(restored.id, cred).sign('RS256', digest);
  assert.ok(crypto.verify('sha256', Buffer.from('after restore'), publicKey(created.key),
    Buffer.from(signed.result)));
});
