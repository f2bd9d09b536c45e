// @azure/arm-keyvault (api-version 2026-02-01) against the emulator's Resource Manager.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { KeyVaultManagementClient } = require('@azure/arm-keyvault');
const { SecretClient } = require('@azure/keyvault-secrets');
const { cloud, credential, vault, opts, innerCodes } = require('./common');

const subscription = cloud.subscriptions[0].id;
const cred = credential();
// arm-keyvault 5 takes the token scope as credentials.scopes (older versions: credentialScopes).
const arm = new KeyVaultManagementClient(cred, subscription, {
  endpoint: cloud.resourceManager,
  credentials: { scopes: [cloud.resourceManagerScope] },
});

const expectedNames = (filter) =>
  cloud.vaults.filter(filter).map((v) => v.name).sort();

async function collect(iterable) {
  const items = [];
  for await (const item of iterable) items.push(item);
  return items;
}

test('arm.list-vaults-by-subscription', opts('arm.list-vaults-by-subscription'), async () => {
  const vaults = await collect(arm.vaults.listBySubscription());
  assert.deepEqual(vaults.map((v) => v.name).sort(),
    expectedNames((v) => v.subscriptionId === subscription));
  for (const v of vaults) {
    const expected = vault(v.name);
    assert.equal(v.type, 'Microsoft.KeyVault/vaults');
    assert.equal(v.id.toLowerCase(),
      `/subscriptions/${subscription}/resourceGroups/${expected.resourceGroup}/providers/Microsoft.KeyVault/vaults/${v.name}`.toLowerCase());
    assert.equal(v.properties.vaultUri.replace(/\/$/, ''), expected.uri.replace(/\/$/, ''));
    assert.equal(v.properties.tenantId, cloud.tenantId);
    assert.equal(v.properties.sku.family, 'A');
    assert.match(v.properties.sku.name, /^(standard|premium)$/);
    assert.ok(v.location, 'a location');
  }
});

test('arm.list-vaults-paged', opts('arm.list-vaults-paged'), async () => {
  // $top=2 asks for small pages; the SDK follows nextLink to the end.
  let pages = 0;
  const names = [];
  for await (const page of arm.vaults.listBySubscription({ top: 2 }).byPage()) {
    pages += 1;
    assert.ok(page.length <= 2, `$top=2 gives at most 2 vaults a page, got ${page.length}`);
    names.push(...page.map((v) => v.name));
  }
  assert.deepEqual(names.sort(), expectedNames((v) => v.subscriptionId === subscription));
  assert.ok(pages >= 2, `more vaults than one page holds, got ${pages} page(s)`);
});

test('arm.list-vaults-by-resource-group', opts('arm.list-vaults-by-resource-group'), async () => {
  const vaults = await collect(arm.vaults.listByResourceGroup('rg-payments'));
  assert.deepEqual(vaults.map((v) => v.name).sort(),
    expectedNames((v) => v.subscriptionId === subscription && v.resourceGroup === 'rg-payments'));
});

test('arm.list-vaults-through-resources', opts('arm.list-vaults-through-resources'), async () => {
  // vaults.list() goes through the generic resources API (api-version 2015-11-01).
  const vaults = await collect(arm.vaults.list());
  assert.deepEqual(vaults.map((v) => v.name).sort(),
    expectedNames((v) => v.subscriptionId === subscription));
});

test('arm.get-vault-network-settings', opts('arm.get-vault-network-settings'), async () => {
  const payments = await arm.vaults.get('rg-payments', 'payments-kv');
  assert.equal(payments.properties.networkAcls.defaultAction, 'Deny');
  assert.ok(Array.isArray(payments.properties.networkAcls.ipRules));
  assert.ok(!payments.properties.networkAcls.ipRules.some((r) => r.value.startsWith('127.')),
    'the local client is not admitted');
  const privateOnly = await arm.vaults.get('rg-payments', 'private-kv');
  assert.equal(privateOnly.properties.publicNetworkAccess, 'Disabled');
  assert.ok(privateOnly.properties.privateEndpointConnections.length >= 1);
  const demo = await arm.vaults.get('rg-shared', 'demo');
  assert.equal(typeof demo.properties.enableRbacAuthorization, 'boolean');
  assert.equal(demo.properties.enableSoftDelete, true);
});

test('arm.get-missing-vault-is-404', opts('arm.get-missing-vault-is-404'), async () => {
  await assert.rejects(arm.vaults.get('rg-shared', 'no-such-vault'), (err) => {
    assert.equal(err.statusCode, 404);
    assert.equal(err.code, 'ResourceNotFound');
    return true;
  });
});

test('arm.patch-firewall-applies-to-data-plane', opts('arm.patch-firewall-applies-to-data-plane'), async () => {
  const bulk = vault('bulk');
  const data = new SecretClient(bulk.uri, cred);
  await data.listPropertiesOfSecrets().next(); // open to begin with

  const denied = await arm.vaults.update(bulk.resourceGroup, 'bulk', {
    properties: { networkAcls: { defaultAction: 'Deny', bypass: 'AzureServices', ipRules: [{ value: '203.0.113.7' }] } },
  });
  assert.equal(denied.properties.networkAcls.defaultAction, 'Deny');
  assert.deepEqual(denied.properties.networkAcls.ipRules.map((r) => r.value), ['203.0.113.7/32'],
    'a single address is stored as /32');
  const read = await arm.vaults.get(bulk.resourceGroup, 'bulk');
  assert.deepEqual(read.properties.networkAcls.ipRules.map((r) => r.value), ['203.0.113.7/32']);

  await assert.rejects(data.getSecret('anything'), (err) => {
    assert.equal(err.statusCode, 403);
    assert.equal(err.code, 'Forbidden');
    assert.deepEqual(innerCodes(err), ['ForbiddenByFirewall']);
    return true;
  });
  // The JS SDK's pager reports the 403 without the error body: status and code only.
  await assert.rejects(data.listPropertiesOfSecrets().next(), (err) => {
    assert.equal(err.statusCode, 403);
    assert.equal(err.code, 'Forbidden');
    return true;
  });

  const opened = await arm.vaults.update(bulk.resourceGroup, 'bulk', {
    properties: { networkAcls: { defaultAction: 'Allow', bypass: 'AzureServices', ipRules: [] } },
  });
  assert.equal(opened.properties.networkAcls.defaultAction, 'Allow');
  await data.listPropertiesOfSecrets().next();
});

test('arm.patch-rejects-private-ip-rule', opts('arm.patch-rejects-private-ip-rule'), async () => {
  const bulk = vault('bulk');
  await assert.rejects(arm.vaults.update(bulk.resourceGroup, 'bulk', {
    properties: { networkAcls: { defaultAction: 'Deny', ipRules: [{ value: '10.1.2.3' }] } },
  }), (err) => {
    assert.equal(err.statusCode, 400, `400 for a private address, got ${err.statusCode}`);
    assert.ok(err.code, 'an error code');
    return true;
  });
  const after = await arm.vaults.get(bulk.resourceGroup, 'bulk');
  assert.ok(!(after.properties.networkAcls?.ipRules ?? []).some((r) => r.value.startsWith('10.')),
    'a rejected change is not stored');
});

test('arm.put-vault-keeps-properties', opts('arm.put-vault-keeps-properties'), async () => {
  // The az CLI way: read the vault, change it, send the whole vault back.
  const current = await arm.vaults.get('rg-shared', 'demo');
  const updated = await arm.vaults.createOrUpdate('rg-shared', 'demo', {
    location: current.location,
    tags: { ...(current.tags ?? {}), conformance: 'put' },
    properties: current.properties,
  });
  assert.equal(updated.tags.conformance, 'put');
  assert.equal(updated.properties.vaultUri, current.properties.vaultUri);
  assert.equal((await arm.vaults.get('rg-shared', 'demo')).tags.conformance, 'put');
});

test('arm.throttled-requests-are-retried', opts('arm.throttled-requests-are-retried'), async () => {
  const { armFault, armedFaults, disarmFaults } = require('./common');
  await armFault({ fault: 'throttle', path: '/providers/Microsoft.KeyVault/vaults', count: 2 });
  try {
    const vaults = await collect(arm.vaults.listBySubscription());
    assert.deepEqual(vaults.map((v) => v.name).sort(), expectedNames((v) => v.subscriptionId === subscription),
      'the SDK retried past two 429s to the full list');
    assert.deepEqual(await armedFaults(), [], 'both 429s were served');
  } finally {
    await disarmFaults();
  }
});
