// @azure/arm-authorization (api-version 2022-04-01) against the emulator's Microsoft.Authorization,
// and the vault's data plane following the assignments it makes.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const { AuthorizationManagementClient } = require('@azure/arm-authorization');
const { SecretClient } = require('@azure/keyvault-secrets');
const { cloud, credential, vault, opts, innerCodes } = require('./common');

const subscription = cloud.subscriptions[0].id;
const secretsUser = '4633458b-17de-408a-b874-0445c86b69e6';
const reader = cloud.clients.find((c) => c.dataAccess === false).objectId;
const team = vault('team-kv');
// As the SDK's samples write a scope: without the leading slash (its URL template adds one).
const scope = `subscriptions/${team.subscriptionId}/resourceGroups/${team.resourceGroup}/providers/Microsoft.KeyVault/vaults/team-kv`;
const scopeId = `/${scope}`;
const definitionId = `/subscriptions/${subscription}/providers/Microsoft.Authorization/roleDefinitions/${secretsUser}`;

function authorization(dataAccess = true) {
  return new AuthorizationManagementClient(credential({ dataAccess }), subscription, {
    endpoint: cloud.resourceManager,
    credentials: { scopes: [cloud.resourceManagerScope] },
  });
}

async function collect(iterable) {
  const items = [];
  for await (const item of iterable) items.push(item);
  return items;
}

test('rbac.role-definitions-listed', opts('rbac.role-definitions-listed'), async () => {
  const roles = await collect(authorization().roleDefinitions.list(scope));
  const user = roles.find((r) => r.name === secretsUser);
  assert.ok(user, 'Key Vault Secrets User is listed');
  assert.equal(user.roleName, 'Key Vault Secrets User');
  assert.ok(user.permissions[0].dataActions.includes('Microsoft.KeyVault/vaults/secrets/getSecret/action'));
  assert.ok(roles.some((r) => r.roleName === 'Owner'));
});

test('rbac.assignments-for-scope', opts('rbac.assignments-for-scope'), async () => {
  const assignments = await collect(authorization().roleAssignments.listForScope(scope, { filter: 'atScope()' }));
  const mine = assignments.filter((a) => a.principalId === reader);
  assert.ok(mine.some((a) => a.scope === scopeId), 'Key Vault Reader on the vault');
  assert.ok(mine.some((a) => a.scope.startsWith('/providers/Microsoft.Management/managementGroups/')),
    'Reader inherited from the root management group');
});

test('rbac.grant-then-read-then-revoke', opts('rbac.grant-then-read-then-revoke'), async () => {
  const secrets = new SecretClient(team.uri, credential({ dataAccess: false }));
  await assert.rejects(secrets.getSecret('team-api-token'), (e) => {
    assert.equal(e.statusCode, 403);
    assert.deepEqual(innerCodes(e), ['ForbiddenByRbac']);
    return true;
  });
  await assert.rejects(
    authorization(false).roleAssignments.create(scope, crypto.randomUUID(), { roleDefinitionId: definitionId, principalId: reader }),
    (e) => e.statusCode === 403 && e.code === 'AuthorizationFailed');

  const name = crypto.randomUUID();
  const admin = authorization();
  const created = await admin.roleAssignments.create(scope, name, { roleDefinitionId: definitionId, principalId: reader });
  try {
    assert.equal(created.name, name);
    assert.equal(created.scope, scopeId);
    assert.equal((await secrets.getSecret('team-api-token')).value, 'tk_team_7c1f0e9a2b');
  } finally {
    await admin.roleAssignments.delete(scope, name);
  }
  await assert.rejects(secrets.getSecret('team-api-token'), (e) => e.statusCode === 403);
});
