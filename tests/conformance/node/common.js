// Shared helpers for the Node conformance tests: the emulator's cloud profile, credentials and
// the list of known emulator deviations (known-failures.txt), which are skipped unless
// KLUIS_CONFORMANCE_RUN_KNOWN_FAILURES=1.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { ClientSecretCredential } = require('@azure/identity');

function loadCloud() {
  const file = process.env.KLUIS_CLOUD_JSON;
  if (!file) throw new Error('KLUIS_CLOUD_JSON is not set: run through run-with-emulator.sh');
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

const cloud = loadCloud();

function client(dataAccess) {
  const found = cloud.clients.find((c) => c.dataAccess === dataAccess);
  if (!found) throw new Error(`cloud.json has no client with dataAccess=${dataAccess}`);
  return found;
}

function credential({ dataAccess = true, secret } = {}) {
  const c = client(dataAccess);
  return new ClientSecretCredential(cloud.tenantId, c.clientId, secret ?? c.clientSecret, {
    authorityHost: cloud.authorityHost,
    disableInstanceDiscovery: true,
  });
}

function vault(name) {
  const found = cloud.vaults.find((v) => v.name === name);
  if (!found) throw new Error(`cloud.json has no vault ${name}`);
  return found;
}

// The vault most tests write to: the demo vault, open to the full-access client.
const vaultUrl = () => vault('demo').uri;

// Each test name that appears in known-failures.txt is skipped with the reason written there.
function knownFailures() {
  const file = path.join(__dirname, '..', 'known-failures.txt');
  const known = new Map();
  if (!fs.existsSync(file)) return known;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const m = line.match(/^node\s+(\S+)\s*(?:#\s*(.*))?$/);
    if (m) known.set(m[1], m[2] || 'known emulator deviation');
  }
  return known;
}
const known = knownFailures();

// Test options for node:test: {skip: reason} when the named case is a known deviation.
function opts(id) {
  if (process.env.KLUIS_CONFORMANCE_RUN_KNOWN_FAILURES === '1' || !known.has(id)) return {};
  return { skip: `known emulator deviation: ${known.get(id)}` };
}

// A name no earlier run used, so tests never collide with seeded or earlier objects.
let counter = 0;
function uniqueName(prefix) {
  counter += 1;
  return `${prefix}-${process.pid}-${Date.now().toString(36)}-${counter}`;
}

function decodeJwt(token) {
  const [header, payload] = token.split('.').slice(0, 2).map((part) =>
    JSON.parse(Buffer.from(part, 'base64url').toString('utf8')));
  return { header, payload };
}

// POSTs a fault to the emulator's test-only fault endpoint (--enable-faults).
async function armFault(fault) {
  const res = await fetch(cloud.faultsUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(fault),
  });
  if (!res.ok) throw new Error(`arming ${JSON.stringify(fault)} failed: ${res.status} ${await res.text()}`);
}

async function armedFaults() {
  const res = await fetch(cloud.faultsUrl);
  if (!res.ok) throw new Error(`listing faults failed: ${res.status}`);
  return (await res.json()).value;
}

async function disarmFaults() {
  await fetch(cloud.faultsUrl, { method: 'DELETE' });
}

// The innermost error code of a Key Vault error as the SDK deserialised it (err.details).
function innerCodes(err) {
  const codes = [];
  let e = err?.details?.error?.innerError;
  while (e) {
    codes.push(e.code);
    e = e.innerError;
  }
  return codes;
}

module.exports = {
  cloud,
  client,
  credential,
  vault,
  vaultUrl,
  opts,
  uniqueName,
  decodeJwt,
  armFault,
  armedFaults,
  disarmFaults,
  innerCodes,
};
