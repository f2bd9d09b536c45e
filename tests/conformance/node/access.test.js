// How the SDK surfaces the vault's refusals: firewall, public network access, permissions, and
// throttling (which the SDK retries on its own).
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { SecretClient } = require('@azure/keyvault-secrets');
const { credential, vault, vaultUrl, opts, uniqueName, armFault, armedFaults, disarmFaults, innerCodes } =
  require('./common');

function expectForbidden(innerCode, messagePattern) {
  return (err) => {
    assert.equal(err.statusCode, 403, `403, got ${err.statusCode}: ${err.message}`);
    assert.equal(err.code, 'Forbidden');
    if (innerCode) assert.deepEqual(innerCodes(err), [innerCode]);
    if (messagePattern) assert.match(err.message, messagePattern);
    return true;
  };
}

test('access.firewall-403-get', opts('access.firewall-403-get'), async () => {
  const client = new SecretClient(vault('payments-kv').uri, credential());
  await assert.rejects(client.getSecret('anything'),
    expectForbidden('ForbiddenByFirewall', /Client address is not authorized and caller is not a trusted service/));
});

test('access.firewall-403-message-names-address-and-vault', opts('access.firewall-403-message-names-address-and-vault'), async () => {
  const client = new SecretClient(vault('payments-kv').uri, credential());
  // A write this time. (List calls would do too, but the JS SDK's pager drops the error body:
  // its RestError has the code Forbidden but neither the message nor the innererror.)
  await assert.rejects(client.setSecret('anything', 'value'), (err) => {
    expectForbidden('ForbiddenByFirewall')(err);
    assert.match(err.message, /Client address: 127\.0\.0\.1/);
    assert.match(err.message, /Vault: payments-kv;location=/);
    return true;
  });
});

test('access.public-network-disabled-403', opts('access.public-network-disabled-403'), async () => {
  const client = new SecretClient(vault('private-kv').uri, credential());
  await assert.rejects(client.getSecret('anything'),
    expectForbidden('ForbiddenByConnection', /Public network access is disabled/));
});

test('access.no-permission-403-is-not-firewall', opts('access.no-permission-403-is-not-firewall'), async () => {
  const client = new SecretClient(vaultUrl(), credential({ dataAccess: false }));
  await assert.rejects(client.getSecret('anything'), (err) => {
    expectForbidden()(err);
    const codes = innerCodes(err);
    assert.ok(codes.length > 0, 'an innererror tells why');
    assert.ok(!codes.includes('ForbiddenByFirewall') && !codes.includes('ForbiddenByConnection'),
      `a permission error, not a network one: ${codes}`);
    assert.ok(codes.some((c) => ['ForbiddenByRbac', 'ForbiddenByPolicy', 'AccessDenied'].includes(c)),
      `RBAC or access-policy refusal, got ${codes}`);
    return true;
  });
});

test('access.throttled-requests-are-retried', opts('access.throttled-requests-are-retried'), async () => {
  const client = new SecretClient(vaultUrl(), credential());
  const name = uniqueName('throttle');
  await client.setSecret(name, 'before');
  await armFault({ fault: 'throttle', path: '/secrets', count: 2 });
  try {
    const started = Date.now();
    const got = await client.getSecret(name);
    assert.equal(got.value, 'before', 'the SDK retried past two 429s to success');
    assert.deepEqual(await armedFaults(), [],
      'both 429s were served');
    assert.ok(Date.now() - started >= 900, 'the SDK waited for Retry-After');
  } finally {
    await disarmFaults();
  }
});

test('access.throttled-without-retry-after-surfaces-429', opts('access.throttled-without-retry-after-surfaces-429'), async () => {
  // The JS SDK retries 429 only when Retry-After is present: without it the 429 reaches the
  // caller, with the service's error code.
  const client = new SecretClient(vaultUrl(), credential());
  const name = uniqueName('throttle');
  await client.setSecret(name, 'v');
  await armFault({ fault: 'throttle', path: '/secrets', count: 1, retryAfter: 0 });
  try {
    await assert.rejects(client.getSecret(name), (err) => {
      assert.equal(err.statusCode, 429);
      assert.equal(err.code, 'Throttled');
      assert.equal(err.response.headers.get('retry-after'), undefined);
      return true;
    });
    assert.equal((await client.getSecret(name)).value, 'v');
  } finally {
    await disarmFaults();
  }
});

test('access.network-info-header', opts('access.network-info-header'), async () => {
  // Every data-plane response names the address the vault judged, for diagnostics.
  const client = new SecretClient(vaultUrl(), credential());
  let header;
  await client.setSecret(uniqueName('netinfo'), 'v', {
    onResponse: (raw) => { header = raw.headers.get('x-ms-keyvault-network-info'); },
  });
  assert.equal(header, 'conn_type=Ipv4;addr=127.0.0.1;act_addr_fam=InterNetwork;');
});

test('access.access-policy-403-is-not-firewall', opts('access.access-policy-403-is-not-firewall'), async () => {
  // dev-kv uses access policies rather than RBAC; the reader's entry holds secrets get only.
  const client = new SecretClient(vault('dev-kv').uri, credential({ dataAccess: false }));
  await assert.rejects(client.setSecret('anything', 'v'), (err) => {
    expectForbidden()(err);
    const codes = innerCodes(err);
    assert.ok(codes.some((c) => ['ForbiddenByPolicy', 'AccessDenied'].includes(c)),
      `an access-policy refusal, got ${codes}`);
    assert.match(err.message, /does not have secrets set permission on key vault 'dev-kv;location=/);
    return true;
  });
});
