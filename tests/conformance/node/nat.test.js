// The emulator started with --nat 203.0.113.10 judges every client by that address, as Azure
// judges a client behind NAT by its public address. Kluis's "add my address" flow, through
// the SDKs: the 403 and the network-info header name the NAT address, and an ARM rule for it
// opens the vault.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { SecretClient } = require('@azure/keyvault-secrets');
const { KeyVaultManagementClient } = require('@azure/arm-keyvault');
const { cloud, credential, vault, vaultUrl, opts, innerCodes } = require('./common');

const NAT = cloud.nat ?? '203.0.113.10';
const cred = credential();
const payments = vault('payments-kv');
const data = new SecretClient(payments.uri, cred);
const arm = new KeyVaultManagementClient(cred, payments.subscriptionId, {
  endpoint: cloud.resourceManager,
  credentials: { scopes: [cloud.resourceManagerScope] },
});

function networkInfo(headers) {
  return Object.fromEntries((headers.get('x-ms-keyvault-network-info') ?? '')
    .split(';').filter(Boolean).map((kv) => kv.split('=')));
}

test('nat.firewall-403-quotes-nat-address', opts('nat.firewall-403-quotes-nat-address'), async () => {
  await assert.rejects(data.getSecret('anything'), (err) => {
    assert.equal(err.statusCode, 403);
    assert.deepEqual(innerCodes(err), ['ForbiddenByFirewall']);
    assert.match(err.message, new RegExp(`Client address: ${NAT.replace(/\./g, '\\.')}`));
    assert.equal(networkInfo(err.response.headers).addr, NAT, 'x-ms-keyvault-network-info on the 403');
    return true;
  });
});

test('nat.network-info-header-on-success', opts('nat.network-info-header-on-success'), async () => {
  const client = new SecretClient(vaultUrl(), cred);
  let info;
  await client.setSecret('nat-probe', 'v', { onResponse: (raw) => { info = networkInfo(raw.headers); } });
  assert.equal(info.addr, NAT);
  assert.equal(info.conn_type, 'Ipv4');
  assert.equal(info.act_addr_fam, 'InterNetwork');
});

test('nat.add-my-address-through-arm', opts('nat.add-my-address-through-arm'), async () => {
  const before = await arm.vaults.get(payments.resourceGroup, 'payments-kv');
  const acls = before.properties.networkAcls;
  const rules = [...(acls.ipRules ?? []), { value: NAT }];
  const after = await arm.vaults.update(payments.resourceGroup, 'payments-kv', {
    properties: { networkAcls: { ...acls, ipRules: rules } },
  });
  assert.ok(after.properties.networkAcls.ipRules.some((r) => r.value === `${NAT}/32`));
  assert.equal(after.properties.networkAcls.defaultAction, 'Deny', 'the vault stays closed to others');

  const first = await data.listPropertiesOfSecrets().next();
  assert.equal(first.done, false, 'the firewalled vault now lists its secrets');

  await arm.vaults.update(payments.resourceGroup, 'payments-kv', {
    properties: { networkAcls: { ...acls, ipRules: acls.ipRules ?? [] } },
  });
  await assert.rejects(data.getSecret('anything'), (err) => {
    assert.deepEqual(innerCodes(err), ['ForbiddenByFirewall']);
    return true;
  });
});
