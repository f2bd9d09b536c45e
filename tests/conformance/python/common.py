"""Shared helpers for the Python conformance tests (Debian's python3-azure, run by /usr/bin/python3).

Reads the emulator's cloud.json (KLUIS_CLOUD_JSON, set by run-with-emulator.sh). Test ids listed
in ../known-failures.txt as "python ID  # reason" are skipped unless
KLUIS_CONFORMANCE_RUN_KNOWN_FAILURES=1.
"""

import base64
import itertools
import json
import logging
import os
import re
import ssl
import time
import unittest
import urllib.request

from azure.identity import ClientSecretCredential

# The tests report what went wrong; the SDK's own warnings would only interleave with unittest's.
logging.getLogger("azure").setLevel(logging.CRITICAL)

with open(os.environ["KLUIS_CLOUD_JSON"], encoding="utf-8") as f:
    CLOUD = json.load(f)

# Fast polling for the SDK's own delete/recover/create pollers; the pollers are unchanged.
POLL = {"_polling_interval": 0.2}


def client_info(data_access=True):
    return next(c for c in CLOUD["clients"] if c["dataAccess"] is data_access)


def credential(data_access=True, secret=None):
    c = client_info(data_access)
    return ClientSecretCredential(
        CLOUD["tenantId"],
        c["clientId"],
        secret if secret is not None else c["clientSecret"],
        authority=CLOUD["authorityHost"],
        instance_discovery=False,
    )


def vault(name):
    return next(v for v in CLOUD["vaults"] if v["name"] == name)


def vault_url():
    return vault("demo")["uri"]


def vault_scope():
    return CLOUD.get("vaultScope") or "https://vault.%s:%s/.default" % (CLOUD["vaultSuffix"], CLOUD["vaultPort"])


_counter = itertools.count(1)


def unique_name(prefix):
    return "%s-%d-%d-%d" % (prefix, os.getpid(), int(time.time() * 1000) % 10**8, next(_counter))


def decode_jwt_payload(token):
    payload = token.split(".")[1]
    return json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))


def _known_failures():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "known-failures.txt")
    known = {}
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                m = re.match(r"^python\s+(\S+)\s*(?:#\s*(.*))?$", line.rstrip("\n"))
                if m:
                    known[m.group(1)] = m.group(2) or "known emulator deviation"
    return known


_KNOWN = _known_failures()


def case(test_id):
    """Marks a test with its id; skips it when known-failures.txt lists that id."""

    def wrap(fn):
        fn.__doc__ = test_id  # unittest -v prints it next to the result
        if test_id in _KNOWN and os.environ.get("KLUIS_CONFORMANCE_RUN_KNOWN_FAILURES") != "1":
            return unittest.skip("known emulator deviation: " + _KNOWN[test_id])(fn)
        return fn

    return wrap


def _faults_request(method, body=None):
    context = ssl.create_default_context(cafile=CLOUD["caFile"])
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(CLOUD["faultsUrl"], data=data, method=method,
                                     headers={"content-type": "application/json"})
    with urllib.request.urlopen(request, context=context) as response:
        text = response.read()
        return json.loads(text) if text else None


def arm_fault(**fault):
    _faults_request("POST", fault)


def armed_faults():
    return _faults_request("GET")["value"]


def disarm_faults():
    _faults_request("DELETE")


def inner_codes(error):
    """The chain of innererror codes of an HttpResponseError, outermost first."""
    codes = []
    inner = getattr(error.error, "innererror", None) if error.error else None
    while inner:
        codes.append(inner.get("code"))
        inner = inner.get("innererror")
    return codes
