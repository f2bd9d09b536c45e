// @azure/keyvault-secrets (api-version 2025-07-01) against the emulator's data plane.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { SecretClient } = require('@azure/keyvault-secrets');
const { credential, vault, vaultUrl, opts, uniqueName } = require('./common');

const client = new SecretClient(vaultUrl(), credential());
const poll = { intervalInMs: 200 };

async function rejectsWith(promise, status, code) {
  await assert.rejects(promise, (err) => {
    assert.equal(err.statusCode, status, `HTTP ${status}, got ${err.statusCode}: ${err.message}`);
    assert.equal(err.code, code);
    return true;
  });
}

async function deleteAndWait(name) {
  const poller = await client.beginDeleteSecret(name, poll);
  return poller.pollUntilDone();
}

test('secrets.set-and-get', opts('secrets.set-and-get'), async () => {
  const name = uniqueName('set');
  const set = await client.setSecret(name, 's3cr3t value', {
    contentType: 'text/plain',
    tags: { owner: 'conformance' },
  });
  assert.equal(set.name, name);
  assert.equal(set.value, 's3cr3t value');
  assert.match(set.properties.version, /^[0-9a-f]{32}$/);
  assert.equal(set.properties.vaultUrl.replace(/\/$/, ''), vaultUrl().replace(/\/$/, ''));

  const got = await client.getSecret(name);
  assert.equal(got.value, 's3cr3t value');
  assert.equal(got.properties.version, set.properties.version);
  assert.equal(got.properties.contentType, 'text/plain');
  assert.deepEqual(got.properties.tags, { owner: 'conformance' });
  assert.equal(got.properties.enabled, true);
  assert.ok(got.properties.createdOn instanceof Date);
  assert.ok(Math.abs(got.properties.createdOn.getTime() - Date.now()) < 5 * 60 * 1000,
    'created just now');
  assert.match(got.properties.recoveryLevel, /Recoverable/);
  assert.ok(got.properties.recoverableDays >= 7 && got.properties.recoverableDays <= 90);
});

test('secrets.get-missing-is-404', opts('secrets.get-missing-is-404'), async () => {
  await rejectsWith(client.getSecret(uniqueName('missing')), 404, 'SecretNotFound');
});

test('secrets.versions', opts('secrets.versions'), async () => {
  const name = uniqueName('versions');
  const first = await client.setSecret(name, 'one');
  await client.setSecret(name, 'two');
  const third = await client.setSecret(name, 'three');

  const versions = [];
  for await (const p of client.listPropertiesOfSecretVersions(name)) versions.push(p.version);
  assert.equal(versions.length, 3);
  assert.equal(new Set(versions).size, 3, 'distinct versions');
  assert.ok(versions.includes(first.properties.version));

  assert.equal((await client.getSecret(name, { version: first.properties.version })).value, 'one');
  const latest = await client.getSecret(name);
  assert.equal(latest.value, 'three');
  assert.equal(latest.properties.version, third.properties.version);
});

test('secrets.update-properties', opts('secrets.update-properties'), async () => {
  const name = uniqueName('update');
  const set = await client.setSecret(name, 'v');
  const expiresOn = new Date(Math.floor(Date.now() / 1000 + 86400) * 1000);
  const updated = await client.updateSecretProperties(name, set.properties.version, {
    contentType: 'application/json',
    tags: { env: 'test' },
    expiresOn,
  });
  assert.equal(updated.contentType, 'application/json');
  assert.deepEqual(updated.tags, { env: 'test' });
  assert.equal(updated.expiresOn.getTime(), expiresOn.getTime());

  const got = await client.getSecret(name);
  assert.equal(got.value, 'v', 'an update keeps the value');
  assert.equal(got.properties.version, set.properties.version, 'an update makes no new version');
  assert.equal(got.properties.contentType, 'application/json');
});

test('secrets.disabled-value-is-forbidden', opts('secrets.disabled-value-is-forbidden'), async () => {
  const name = uniqueName('disabled');
  const set = await client.setSecret(name, 'v');
  const updated = await client.updateSecretProperties(name, set.properties.version, { enabled: false });
  assert.equal(updated.enabled, false);
  // The service refuses the value of a disabled secret: 403 Forbidden, innererror SecretDisabled.
  await assert.rejects(client.getSecret(name), (err) => {
    assert.equal(err.statusCode, 403);
    assert.equal(err.code, 'Forbidden');
    assert.equal(err.details?.error?.innerError?.code, 'SecretDisabled');
    return true;
  });
  let listed;
  for await (const p of client.listPropertiesOfSecrets()) if (p.name === name) listed = p;
  assert.equal(listed?.enabled, false, 'the list shows it disabled');
});

test('secrets.paging-default-pages', opts('secrets.paging-default-pages'), async () => {
  const bulk = new SecretClient(vault('bulk').uri, credential());
  const names = [];
  let pages = 0;
  for await (const page of bulk.listPropertiesOfSecrets().byPage()) {
    pages += 1;
    assert.ok(page.length <= 25, `a page holds at most 25 items, got ${page.length}`);
    for (const p of page) {
      assert.equal(p.value, undefined, 'list items carry no value');
      names.push(p.name);
    }
  }
  assert.ok(names.length >= 60, `60 generated secrets, got ${names.length}`);
  assert.equal(new Set(names).size, names.length, 'no item listed twice');
  assert.ok(pages >= 3, `more than 25 items take at least 3 pages, got ${pages}`);
});

test('secrets.paging-max-page-size', opts('secrets.paging-max-page-size'), async () => {
  const bulk = new SecretClient(vault('bulk').uri, credential());
  const names = [];
  let pages = 0;
  for await (const page of bulk.listPropertiesOfSecrets().byPage({ maxPageSize: 7 })) {
    pages += 1;
    assert.ok(page.length <= 7, `maxresults=7 gives at most 7 items, got ${page.length}`);
    names.push(...page.map((p) => p.name));
  }
  assert.ok(names.length >= 60);
  assert.equal(new Set(names).size, names.length);
  assert.ok(pages >= 9, `60 items at 7 a page take at least 9 pages, got ${pages}`);
});

test('secrets.iterate-all-items', opts('secrets.iterate-all-items'), async () => {
  const bulk = new SecretClient(vault('bulk').uri, credential());
  let count = 0;
  for await (const p of bulk.listPropertiesOfSecrets()) {
    assert.ok(p.name);
    count += 1;
  }
  assert.ok(count >= 60, `the item iterator follows every nextLink, got ${count}`);
});

test('secrets.delete-and-recover', opts('secrets.delete-and-recover'), async () => {
  const name = uniqueName('recover');
  await client.setSecret(name, 'keep me');
  const deleted = await deleteAndWait(name);
  assert.equal(deleted.name, name);
  assert.ok(deleted.properties.recoveryId, 'a recoveryId');
  assert.ok(deleted.properties.deletedOn instanceof Date, 'deletedOn');
  assert.ok(deleted.properties.scheduledPurgeDate > deleted.properties.deletedOn,
    'purge is scheduled after deletion');

  await rejectsWith(client.getSecret(name), 404, 'SecretNotFound');
  const fetched = await client.getDeletedSecret(name);
  assert.equal(fetched.name, name);
  let listed = false;
  for await (const d of client.listDeletedSecrets()) if (d.name === name) listed = true;
  assert.ok(listed, 'listed among deleted secrets');

  // The name cannot be reused while the deleted secret is recoverable.
  await assert.rejects(client.setSecret(name, 'other'), (err) => {
    assert.equal(err.statusCode, 409);
    assert.equal(err.code, 'Conflict');
    assert.equal(err.details?.error?.innerError?.code, 'ObjectIsDeletedButRecoverable');
    return true;
  });

  const poller = await client.beginRecoverDeletedSecret(name, poll);
  const recovered = await poller.pollUntilDone();
  assert.equal(recovered.name, name);
  assert.equal((await client.getSecret(name)).value, 'keep me');
});

test('secrets.delete-and-purge', opts('secrets.delete-and-purge'), async () => {
  const name = uniqueName('purge');
  await client.setSecret(name, 'gone soon');
  await deleteAndWait(name);
  await client.purgeDeletedSecret(name);
  await rejectsWith(client.getDeletedSecret(name), 404, 'SecretNotFound');
  // After a purge the name is free again.
  const again = await client.setSecret(name, 'new life');
  assert.equal((await client.getSecret(name)).value, 'new life');
  assert.match(again.properties.version, /^[0-9a-f]{32}$/);
});

test('secrets.backup-and-restore', opts('secrets.backup-and-restore'), async () => {
  const name = uniqueName('backup');
  await client.setSecret(name, 'first');
  await client.setSecret(name, 'second', { tags: { kept: 'yes' } });
  const backup = await client.backupSecret(name);
  assert.ok(backup instanceof Uint8Array && backup.length > 0, 'an opaque backup blob');

  await deleteAndWait(name);
  await client.purgeDeletedSecret(name);
  await rejectsWith(client.getSecret(name), 404, 'SecretNotFound');

  const restored = await client.restoreSecretBackup(backup);
  assert.equal(restored.name, name);
  const got = await client.getSecret(name);
  assert.equal(got.value, 'second');
  assert.deepEqual(got.properties.tags, { kept: 'yes' });
  let versions = 0;
  for await (const _ of client.listPropertiesOfSecretVersions(name)) versions += 1;
  assert.equal(versions, 2, 'a backup holds every version');
});
