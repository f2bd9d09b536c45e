#!/usr/bin/python3
"""Lists every secret of a seeded kluis-emulator vault with kluisctl, the Node SDK
(@azure/keyvault-secrets listPropertiesOfSecrets) and the Python SDK (azure-keyvault-secrets
list_properties_of_secrets), in the same run against the same emulator, and prints each one's
wall time and peak resident memory beside the targets of issue 3. A benchmark: it fails only
when a client fails or lists a wrong number of items, never on a figure.

    list_secrets_vs_sdks.py [--emulator PATH] [--kluisctl PATH] [--count N] [--rounds N]

The emulator is started by tests/conformance/run-with-emulator.sh, which runs this script again
(with --inside) in a mount namespace whose /etc/hosts names the emulator's hosts.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
RUNNER = os.path.join(ROOT, "tests", "conformance", "run-with-emulator.sh")
NODE_DIR = os.path.join(ROOT, "tests", "conformance", "node")
VAULT = "bench"

NODE_LISTER = r"""
const { ClientSecretCredential } = require('@azure/identity');
const { SecretClient } = require('@azure/keyvault-secrets');
(async () => {
  const env = process.env;
  const credential = new ClientSecretCredential(env.AZURE_TENANT_ID, env.AZURE_CLIENT_ID,
    env.AZURE_CLIENT_SECRET, { authorityHost: env.BENCH_AUTHORITY, disableInstanceDiscovery: true });
  const client = new SecretClient(env.BENCH_VAULT_URL, credential);
  let count = 0;
  for await (const _ of client.listPropertiesOfSecrets()) count += 1;
  console.log(count);
})().catch((err) => { console.error(err.message); process.exit(1); });
"""

PYTHON_LISTER = r"""
import logging, os
from azure.identity import ClientSecretCredential
from azure.keyvault.secrets import SecretClient
logging.getLogger("azure").setLevel(logging.CRITICAL)
env = os.environ
credential = ClientSecretCredential(env["AZURE_TENANT_ID"], env["AZURE_CLIENT_ID"],
    env["AZURE_CLIENT_SECRET"], authority=env["BENCH_AUTHORITY"], instance_discovery=False)
client = SecretClient(env["BENCH_VAULT_URL"], credential)
print(sum(1 for _ in client.list_properties_of_secrets()))
"""


def measure(name, command, env, count_output):
    """Runs command under /usr/bin/time; returns (seconds, peak MB, items)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as times:
        result = subprocess.run(["/usr/bin/time", "-f", "%e %M", "-o", times.name] + command,
                                env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True, check=False)
        figures = times.read().split()
    if result.returncode != 0:
        sys.stderr.write(result.stderr)
        raise SystemExit("%s failed with exit code %d" % (name, result.returncode))
    seconds, peak_kb = float(figures[-2]), int(figures[-1])
    return seconds, peak_kb / 1024.0, count_output(result.stdout)


def inside(args):
    with open(os.environ["KLUIS_CLOUD_JSON"], encoding="utf-8") as f:
        cloud = json.load(f)
    client = next(c for c in cloud["clients"] if c["dataAccess"] is True)
    vault_url = next(v["uri"] for v in cloud["vaults"] if v["name"] == VAULT)
    env = dict(os.environ,
               AZURE_TENANT_ID=cloud["tenantId"], AZURE_CLIENT_ID=client["clientId"],
               AZURE_CLIENT_SECRET=client["clientSecret"],
               BENCH_AUTHORITY=cloud["authorityHost"], BENCH_VAULT_URL=vault_url,
               NODE_PATH=os.path.join(NODE_DIR, "node_modules"),
               PYTHONDONTWRITEBYTECODE="1")

    clients = [
        # Plain output, one line per secret: kluisctl streams it as the SDK listers count.
        ("kluisctl", [args.kluisctl, "--cloud-file", os.environ["KLUIS_CLOUD_JSON"],
                      "list", "secrets", "--vault", VAULT],
         lambda out: sum(1 for line in out.splitlines() if line)),
        ("node-sdk", [args.node, "-e", NODE_LISTER], lambda out: int(out.split()[-1])),
        ("python-sdk", ["/usr/bin/python3", "-c", PYTHON_LISTER],
         lambda out: int(out.split()[-1])),
    ]
    # An untimed listing first, so no client pays for the emulator's first touch of the vault;
    # then each round starts with another client, so none always runs first on a busy machine.
    warm_name, warm_command, warm_count = clients[0]
    measure("warm-up " + warm_name, warm_command, env, warm_count)
    best = {}
    for round_ in range(args.rounds):
        for name, command, count_output in clients[round_ % 3:] + clients[:round_ % 3]:
            seconds, peak_mb, items = measure(name, command, env, count_output)
            if items != args.count:
                raise SystemExit("%s listed %d secrets of vault %s, expected %d"
                                 % (name, items, VAULT, args.count))
            if args.rounds > 1:
                print("round %d: %-10s %7.2f s %7.1f MB" % (round_ + 1, name, seconds, peak_mb))
            kept = best.get(name)
            best[name] = (min(seconds, kept[0]) if kept else seconds,
                          max(peak_mb, kept[1]) if kept else peak_mb, items)

    rounds = "best wall time of %d rounds" % args.rounds if args.rounds > 1 else "one round"
    print("\nListing %d secrets of vault %s (%s; peak resident memory)" % (args.count, VAULT, rounds))
    print("%-10s %9s %9s %7s" % ("client", "wall s", "peak MB", "items"))
    for name, _, _ in clients:
        seconds, peak_mb, items = best[name]
        print("%-10s %9.2f %9.1f %7d" % (name, seconds, peak_mb, items))

    ctl, node, python = best["kluisctl"], best["node-sdk"], best["python-sdk"]
    targets = [
        ("kluisctl time <= half the Python SDK's (%.2f s <= %.2f s)" % (ctl[0], python[0] / 2),
         ctl[0] <= python[0] / 2),
        ("kluisctl time <= the Node SDK's (%.2f s <= %.2f s)" % (ctl[0], node[0]),
         ctl[0] <= node[0]),
        ("kluisctl peak < 60 MB (%.1f MB)" % ctl[1], ctl[1] < 60),
    ]
    print("\nTargets (issue 3):")
    for text, met in targets:
        print("  %-8s %s" % ("met" if met else "NOT MET", text))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--emulator", default=os.path.join(ROOT, "build/release/bin/kluis-emulator"))
    parser.add_argument("--kluisctl", default=os.path.join(ROOT, "build/release/bin/kluisctl"))
    parser.add_argument("--node", default="node")
    parser.add_argument("--count", type=int, default=10000, help="secrets to seed and list")
    parser.add_argument("--rounds", type=int, default=3, help="listings per client; best is shown")
    parser.add_argument("--inside", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    args.kluisctl = os.path.abspath(args.kluisctl)

    if args.inside:
        inside(args)
        return
    for path in (args.emulator, args.kluisctl, "/usr/bin/time"):
        if not os.access(path, os.X_OK):
            raise SystemExit("%s is missing: build it (or run scripts/install-deps.sh)" % path)
    if not os.path.isdir(os.path.join(NODE_DIR, "node_modules", "@azure", "keyvault-secrets")):
        raise SystemExit("the npm packages are missing in %s: run scripts/install-deps.sh" % NODE_DIR)
    emulator_args = ["--seed-count", "%s=%d" % (VAULT, args.count),
                     # The throttle would otherwise answer 429s once several rounds add up.
                     "--throttle-limit", "100000000"]
    command = [RUNNER, os.path.abspath(args.emulator)]
    for arg in emulator_args:
        command += ["--emulator-arg", arg]
    command += ["--", "/usr/bin/python3", os.path.abspath(__file__), "--inside",
                "--kluisctl", args.kluisctl, "--node", args.node,
                "--count", str(args.count), "--rounds", str(args.rounds)]
    # run-with-emulator.sh checks for the npm packages in its working directory.
    os.chdir(NODE_DIR)
    os.execv(RUNNER, command)


if __name__ == "__main__":
    main()
