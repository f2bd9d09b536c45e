// @azure/identity's ClientSecretCredential against the emulator's token service.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { cloud, client, credential, decodeJwt, opts } = require('./common');

const vaultScope = () => cloud.vaultScope ?? `https://vault.${cloud.vaultSuffix}:${cloud.vaultPort}/.default`;

test('identity.resource-manager-token', opts('identity.resource-manager-token'), async () => {
  const token = await credential().getToken(cloud.resourceManagerScope);
  assert.ok(token.token, 'an access token');
  assert.ok(token.expiresOnTimestamp > Date.now() + 5 * 60 * 1000, 'valid for more than 5 minutes');
  const { header, payload } = decodeJwt(token.token);
  assert.ok(header.alg, 'the token is a signed JWT');
  assert.equal(payload.tid, cloud.tenantId);
  assert.equal(payload.appid ?? payload.azp, client(true).clientId);
  assert.equal(payload.aud.replace(/\/$/, ''), cloud.resourceManager.replace(/\/$/, ''));
  assert.ok(payload.oid, 'the token names the service principal');
});

test('identity.vault-token', opts('identity.vault-token'), async () => {
  const token = await credential().getToken(vaultScope());
  const { payload } = decodeJwt(token.token);
  assert.equal(payload.aud.replace(/\/$/, ''), vaultScope().replace(/\/\.default$/, ''));
  assert.equal(payload.tid, cloud.tenantId);
  assert.ok(payload.exp * 1000 > Date.now(), 'not expired');
});

test('identity.no-access-client-gets-token', opts('identity.no-access-client-gets-token'), async () => {
  // The client without data access still signs in: it is refused by the vault, not by Entra.
  const token = await credential({ dataAccess: false }).getToken(cloud.resourceManagerScope);
  assert.equal(decodeJwt(token.token).payload.appid ?? decodeJwt(token.token).payload.azp,
    client(false).clientId);
});

test('identity.wrong-secret-is-refused', opts('identity.wrong-secret-is-refused'), async () => {
  // Entra answers 401 invalid_client, description AADSTS7000215; the SDK reports both.
  await assert.rejects(credential({ secret: 'not-the-secret' }).getToken(cloud.resourceManagerScope),
    (err) => {
      assert.notEqual(err.name, 'CredentialUnavailableError', `the token service answered: ${err.message}`);
      assert.match(err.message, /invalid_client/);
      assert.match(err.message, /AADSTS7000215/);
      return true;
    });
});
