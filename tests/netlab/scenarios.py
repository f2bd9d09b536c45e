#!/usr/bin/env python3
"""Network faults built for real, and what `kluisctl diagnose --json` makes of them.

Usage: scenarios.py SCENARIO --kluisctl PATH --emulator PATH   (as root; `list` names them)

Each scenario builds its own machines (network namespaces): a client at 192.0.2.10 and a
"cloud" host with the emulator's sign-in (and Graph), Resource Manager and vault roles each on
its own address in 198.51.100.0/24, plus whatever the fault needs (nftables rules, a hosts file
that says something else, squid as a corporate proxy, a TLS server with a foreign CA). First it
checks with curl that the network really fails the way it should, then it asks kluisctl."""

import argparse
import json
import os
import shutil
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import netlab  # noqa: E402

DOMAIN = "kluis.test"
CLIENT = "192.0.2.10"
NAT = "203.0.113.10"  # the public address a NAT gateway would show the service
CLOUD = "198.51.100.1"
LOGIN = "198.51.100.10"  # login. and graph.
MANAGEMENT = "198.51.100.11"
VAULT = "198.51.100.12"
PROXY = "198.51.100.20"
PROXY_PORT = 3128
FOREIGN_TLS = "198.51.100.30"  # a TLS server with its own CA: an inspecting proxy
NOBODY = "198.51.100.31"  # an address of the cloud host where nothing listens
PRIVATE = "10.20.30.40"  # a private endpoint's address, served by nobody here
DNS = "198.51.100.53"  # a DNS server of the lab's own (dnsserver.py)

LOGIN_HOST = f"login.{DOMAIN}"
MANAGEMENT_HOST = f"management.{DOMAIN}"


def vault_host(vault):
    return f"{vault}.vault.{DOMAIN}"


class Failure(Exception):
    pass


class LabOnly(Exception):
    """--lab-only: the network was built and checked; kluisctl is not asked."""


def check(condition, message):
    if not condition:
        raise Failure(message)


class World:
    """The client, the cloud host and the emulator every scenario starts from."""

    def __init__(self, lab, args, nat=None):
        self.lab, self.args = lab, args
        self.client = lab.host("c")
        self.cloud = lab.host("s")
        lab.connect(self.client, CLIENT, self.cloud, CLOUD)
        for address in (LOGIN, MANAGEMENT, VAULT, PROXY, FOREIGN_TLS, NOBODY, DNS):
            self.cloud.add_address(address)
        data = os.path.join(lab.dir, "emulator")
        argv = [args.emulator, "--data-dir", data, "--in-memory", "--domain", DOMAIN,
                "--listen", f"{LOGIN}:443", "--listen-login", f"{LOGIN}:443",
                "--listen-management", f"{MANAGEMENT}:443", "--listen-vault", f"{VAULT}:443"]
        if nat:
            argv += ["--nat", nat]
        self.emulator = self.cloud.spawn(argv, "emulator")
        self.cloud_json = netlab.wait_for_file(os.path.join(data, "cloud.json"),
                                               process=self.emulator)
        # The profile's own host map would let Kluis skip name resolution altogether; here
        # names resolve the way they do on a real network (glibc, the namespace's hosts file).
        profile = {k: v for k, v in self.cloud_json.items() if k != "hosts"}
        self.profile = lab.file("cloud.json", json.dumps(profile, indent=1))
        self.ca = self.cloud_json["caFile"]
        self.names = {LOGIN_HOST: LOGIN, f"graph.{DOMAIN}": LOGIN,
                      MANAGEMENT_HOST: MANAGEMENT}
        for vault in self.cloud_json["vaults"]:
            self.names[vault_host(vault["name"])] = VAULT
        self.cloud.set_hosts(self.names)
        self.client.set_hosts(self.names)

    def client_names(self, **changes):
        """The client's hosts file with some names moved (address) or removed (None)."""
        names = dict(self.names)
        for name, address in changes.items():
            if address is None:
                names.pop(name, None)
            else:
                names[name] = address
        self.client.set_hosts(names)

    def curl(self, url, proxy=None, timeout=4):
        """curl from the client: (exit code, stderr, headers). Exit codes: 6 no name,
        7 refused/unreachable, 28 timeout, 35/60 TLS, 56 proxy CONNECT refused."""
        command = f"curl -sS -D - -o /dev/null --max-time {timeout} --cacert {self.ca} "
        command += f"--proxy http://{proxy} " if proxy else "--noproxy '*' "
        result = self.client.sh(command + f"'{url}'", check=False)
        return result.returncode, result.stderr.strip(), result.stdout

    def squid(self, access_rules):
        """squid on PROXY:3128 in the cloud host, with the given http_access lines."""
        squid = shutil.which("squid") or "/usr/sbin/squid"
        if not os.path.exists(squid):
            raise netlab.Skip("squid is not installed (scripts/install-deps.sh installs it)")
        # squid drops to its own user (proxy): its files live outside the lab's private dir.
        workdir = self.lab.public_dir("squid")
        config = self.lab.file("squid.conf", f"""
http_port {PROXY}:{PROXY_PORT}
pid_filename {workdir}/squid.pid
cache_log {workdir}/cache.log
access_log stdio:{workdir}/access.log
cache deny all
cache_mem 8 MB
coredump_dir {workdir}
netdb_filename none
hosts_file /etc/hosts
dns_nameservers 127.0.0.1
shutdown_lifetime 0 seconds
visible_hostname proxy.contoso.example
acl SSL_ports port 443
acl CONNECT method CONNECT
http_access deny CONNECT !SSL_ports
{access_rules}
""")
        self.cloud.spawn([squid, "-N", "-f", config], "squid")
        self.cloud.wait_listening(PROXY, PROXY_PORT)
        return f"{PROXY}:{PROXY_PORT}"

    def dns_server(self, zone):
        """A DNS server on DNS:53 in the cloud host answering from zone ({name: address or
        {"cname": target}}); the client asks it for every name not in its hosts file."""
        zone_file = self.lab.file("zone.json", json.dumps(zone))
        server = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dnsserver.py")
        self.cloud.spawn([sys.executable, server, DNS, zone_file], "dns")
        deadline = time.time() + 10
        while f"{DNS}:53 " not in self.cloud.sh("ss -Hunl", check=False).stdout:
            check(time.time() < deadline, "lab: the DNS server did not start")
            time.sleep(0.1)
        self.client.set_resolv([DNS])

    def foreign_tls_server(self, ca_name):
        """openssl s_server on FOREIGN_TLS:443 whose certificate for *.vault.DOMAIN was issued
        by a CA nobody trusts, as a TLS-inspecting proxy presents."""
        d = os.path.join(self.lab.dir, "foreign")
        os.makedirs(d)

        def ossl(*argv):
            netlab.run("openssl", *argv, cwd=d)

        ossl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-keyout", "ca.key",
             "-out", "ca.pem", "-subj", f"/O=Contoso Security/CN={ca_name}")
        ossl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "leaf.key", "-out", "leaf.csr",
             "-subj", f"/CN=*.vault.{DOMAIN}")
        with open(os.path.join(d, "ext.cnf"), "w") as f:
            f.write(f"subjectAltName=DNS:*.vault.{DOMAIN}\n")
        ossl("x509", "-req", "-in", "leaf.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
             "-CAcreateserial", "-days", "2", "-out", "leaf.pem", "-extfile", "ext.cnf")
        self.cloud.spawn(["openssl", "s_server", "-quiet", "-accept", f"{FOREIGN_TLS}:443",
                          "-cert", os.path.join(d, "leaf.pem"), "-key",
                          os.path.join(d, "leaf.key"), "-www"], "foreign-tls")
        self.cloud.wait_listening(FOREIGN_TLS, 443)

    def diagnose(self, vault, proxy=None, timeout=int(os.environ.get("NETLAB_DIAGNOSE_TIMEOUT", "90")),
                 proxy_variables=("HTTPS_PROXY", "https_proxy")):
        """kluisctl diagnose --vault VAULT --json inside the client: the parsed JSON. The proxy,
        if any, is given in each of proxy_variables."""
        if self.args.lab_only:
            raise LabOnly()
        credentials = next(c for c in self.cloud_json["clients"] if c.get("dataAccess"))
        home = os.path.join(self.lab.dir, "home")
        os.makedirs(home, exist_ok=True)
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": home,
               "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen",
               "AZURE_TENANT_ID": self.cloud_json["tenantId"],
               "AZURE_CLIENT_ID": credentials["clientId"],
               "AZURE_CLIENT_SECRET": credentials["clientSecret"]}
        if proxy:
            for name in proxy_variables:
                env[name] = f"http://{proxy}"
        argv = ["ip", "netns", "exec", self.client.name, self.args.kluisctl, "diagnose",
                "--cloud-file", self.profile, "--vault", vault, "--json"]
        started = time.time()
        try:
            result = subprocess.run(argv, env=env, capture_output=True, text=True,
                                    timeout=timeout)
        except subprocess.TimeoutExpired as expired:
            raise Failure(f"kluisctl diagnose did not finish within {timeout} s; "
                          f"stderr: {(expired.stderr or b'')[-2000:]!r}")
        print(f"kluisctl diagnose took {time.time() - started:.1f} s")
        try:
            diagnosis = json.loads(result.stdout)
        except json.JSONDecodeError:
            raise Failure(f"kluisctl diagnose exited with {result.returncode} and no JSON:\n"
                          f"stdout: {result.stdout[:2000]}\nstderr: {result.stderr[:2000]}")
        print(json.dumps(diagnosis, indent=1))
        return diagnosis


def expect(diagnosis, cause, endpoint=None, **fields):
    got = diagnosis.get("cause")
    check(got == cause, f"cause: expected {cause}, got {got}")
    if endpoint is not None:
        check(diagnosis.get("endpoint") == endpoint,
              f"endpoint: expected {endpoint}, got {diagnosis.get('endpoint')}")
    for key, value in fields.items():
        check(diagnosis.get(key) == value, f"{key}: expected {value}, got {diagnosis.get(key)}")


def probe_of(diagnosis, host):
    """The endpoints entry (probe) for host:443."""
    for probe in diagnosis.get("endpoints", []):
        if probe.get("host") == host and probe.get("port") in (443, None):
            return probe
    return None


SCENARIOS = {}


def scenario(function):
    SCENARIOS[function.__name__.replace("_", "-")] = function
    return function


@scenario
def healthy(lab, args):
    world = World(lab, args)
    code, err, _ = world.curl(f"https://{vault_host('demo')}/healthstatus")
    check(code == 0, f"lab: the vault should answer: {err}")
    expect(world.diagnose("demo"), "ok")


@scenario
def tcp_timeout(lab, args):
    world = World(lab, args)
    world.client.drop_output_to([VAULT])
    code, err, _ = world.curl(f"https://{vault_host('demo')}/healthstatus", timeout=2)
    check(code == 28, f"lab: connecting to the vault should time out, got curl {code}: {err}")
    expect(world.diagnose("demo"), "tcp-timeout", f"{vault_host('demo')}:443")


@scenario
def tcp_refused(lab, args):
    world = World(lab, args)
    world.client_names(**{vault_host("demo"): NOBODY})
    code, err, _ = world.curl(f"https://{vault_host('demo')}/healthstatus")
    check(code == 7, f"lab: should be refused, got {code}: {err}")
    expect(world.diagnose("demo"), "tcp-refused", f"{vault_host('demo')}:443")


@scenario
def dns_unresolved(lab, args):
    world = World(lab, args)
    world.dns_server({})  # answers NXDOMAIN, as public DNS does for a mistyped vault name
    world.client_names(**{vault_host("demo"): None})
    code, err, _ = world.curl(f"https://{vault_host('demo')}/healthstatus")
    check(code == 6, f"lab: the vault name should not resolve, got curl {code}: {err}")
    expect(world.diagnose("demo"), "dns-unresolved", f"{vault_host('demo')}:443")


@scenario
def dns_private_address(lab, args):
    world = World(lab, args)
    world.client_names(**{vault_host("demo"): PRIVATE})
    code, err, _ = world.curl(f"https://{vault_host('demo')}/healthstatus", timeout=2)
    check(code in (7, 28), f"lab: the private address should not be reachable: {code}: {err}")
    expect(world.diagnose("demo"), "dns-private-address", f"{vault_host('demo')}:443")


@scenario
def dns_private_endpoint(lab, args):
    """The vault's name is a CNAME to its privatelink alias, which has a private address: the
    DNS a machine gets on a network with a private endpoint, seen from outside that network."""
    world = World(lab, args)
    alias = f"demo.privatelink.vaultcore.{DOMAIN}"
    world.dns_server({vault_host("demo"): {"cname": alias}, alias: PRIVATE})
    world.client_names(**{vault_host("demo"): None})
    result = world.client.sh(f"getent ahostsv4 {vault_host('demo')}", check=False)
    check(PRIVATE in result.stdout and alias in result.stdout,
          f"lab: DNS should answer the private address through {alias}: {result.stdout}")
    diagnosis = world.diagnose("demo")
    expect(diagnosis, "dns-private-address", f"{vault_host('demo')}:443")
    probe = probe_of(diagnosis, vault_host("demo"))
    check(probe is not None and alias in json.dumps(probe),
          f"endpoints: the vault's probe should show the CNAME {alias}: {probe}")


@scenario
def tls_untrusted(lab, args):
    world = World(lab, args)
    ca_name = "Contoso TLS Inspection CA"
    world.foreign_tls_server(ca_name)
    world.client_names(**{vault_host("demo"): FOREIGN_TLS})
    code, err, _ = world.curl(f"https://{vault_host('demo')}/healthstatus")
    check(code == 60, f"lab: the certificate should be untrusted, got curl {code}: {err}")
    diagnosis = world.diagnose("demo")
    expect(diagnosis, "tls-untrusted", f"{vault_host('demo')}:443")
    check(ca_name in (diagnosis.get("issuer") or ""),
          f"issuer: expected it to name {ca_name}, got {diagnosis.get('issuer')}")


@scenario
def proxy_required(lab, args):
    world = World(lab, args)
    proxy = world.squid("http_access allow all")
    world.client.allow_output_only_to([PROXY])
    code, err, _ = world.curl(f"https://{vault_host('demo')}/healthstatus", timeout=2)
    check(code == 28, f"lab: direct connections should be dropped, got curl {code}: {err}")
    code, err, _ = world.curl(f"https://{vault_host('demo')}/healthstatus", proxy=proxy)
    check(code == 0, f"lab: the proxy should let the client out: {code}: {err}")
    expect(world.diagnose("demo"), "proxy-required", f"{vault_host('demo')}:443")


@scenario
def proxy_allowed(lab, args):
    world = World(lab, args)
    proxy = world.squid("http_access allow all")
    world.client.allow_output_only_to([PROXY])
    code, err, _ = world.curl(f"https://{vault_host('demo')}/healthstatus", proxy=proxy)
    check(code == 0, f"lab: the proxy should let the client out: {code}: {err}")
    expect(world.diagnose("demo", proxy=proxy), "ok")


@scenario
def proxy_denied(lab, args):
    world = World(lab, args)
    proxy = world.squid(f"acl vaults dstdomain .vault.{DOMAIN}\n"
                        "http_access deny vaults\nhttp_access allow all")
    world.client.allow_output_only_to([PROXY])
    code, err, _ = world.curl(f"https://{vault_host('demo')}/healthstatus", proxy=proxy)
    check(code == 56 and "403" in err, f"lab: the proxy should deny the vault: {code}: {err}")
    code, err, _ = world.curl(f"https://{LOGIN_HOST}/common/discovery/instance", proxy=proxy)
    check(code == 0, f"lab: the proxy should let sign-in through: {code}: {err}")
    expect(world.diagnose("demo", proxy=proxy), "proxy-denied", f"{vault_host('demo')}:443")


@scenario
def proxy_upper_case_only(lab, args):
    """Only HTTPS_PROXY (upper case) names the proxy and direct 443 is dropped: the probes go
    through the proxy the requests took, and the diagnosis names what the proxy said."""
    world = World(lab, args)
    proxy = world.squid(f"acl vaults dstdomain .vault.{DOMAIN}\n"
                        "http_access deny vaults\nhttp_access allow all")
    world.client.allow_output_only_to([PROXY])
    code, err, _ = world.curl(f"https://{LOGIN_HOST}/", timeout=2)
    check(code == 28, f"lab: direct connections should be dropped, got curl {code}: {err}")
    diagnosis = world.diagnose("demo", proxy=proxy, proxy_variables=("HTTPS_PROXY",))
    expect(diagnosis, "proxy-denied", f"{vault_host('demo')}:443")
    for probe in diagnosis.get("endpoints", []):
        if probe.get("port") == 443 and probe.get("state") != "skipped":
            check(probe.get("proxy") == proxy, f"endpoints: not probed through {proxy}: {probe}")
    login = probe_of(diagnosis, LOGIN_HOST)
    check(login is not None and login.get("state") == "reachable",
          f"endpoints: sign-in through the proxy should be reachable: {login}")


@scenario
def proxy_auth_required(lab, args):
    world = World(lab, args)
    helper = "/usr/lib/squid/basic_fake_auth"
    if not os.path.exists(helper):
        raise netlab.Skip(f"{helper} is missing (package squid)")
    proxy = world.squid(f"auth_param basic program {helper}\n"
                        "auth_param basic realm Contoso proxy\n"
                        "acl authenticated proxy_auth REQUIRED\n"
                        "http_access deny !authenticated\nhttp_access allow all")
    world.client.allow_output_only_to([PROXY])
    code, err, _ = world.curl(f"https://{vault_host('demo')}/healthstatus", proxy=proxy)
    check(code == 56 and "407" in err, f"lab: the proxy should ask for credentials: {code}: {err}")
    expect(world.diagnose("demo", proxy=proxy), "proxy-auth-required")


@scenario
def vault_firewall(lab, args):
    world = World(lab, args, nat=NAT)
    code, err, headers = world.curl(f"https://{vault_host('payments-kv')}/healthstatus")
    check(code == 0 and f"addr={NAT}" in headers,
          f"lab: the vault should see the NAT address {NAT}: {code}: {err}\n{headers}")
    diagnosis = world.diagnose("payments-kv")
    expect(diagnosis, "vault-firewall", clientAddress=NAT)
    # Behind NAT the fix must use the address the service saw, not the machine's own.
    check(diagnosis.get("behindNat") is True, "behindNat: expected true (client is 192.0.2.10)")
    rule_fixes = [f for f in diagnosis.get("fixes", []) if f.get("id") == "add-ip-rule"]
    check(rule_fixes and all(f.get("address") == NAT for f in rule_fixes),
          f"fixes: expected add-ip-rule with address {NAT}, got {diagnosis.get('fixes')}")


@scenario
def public_access_disabled(lab, args):
    world = World(lab, args)
    expect(world.diagnose("private-kv"), "public-access-disabled")


def sign_in_blocked(lab, args, reject):
    world = World(lab, args)
    world.client.drop_output_to([LOGIN], reject=reject)
    code, err, _ = world.curl(f"https://{LOGIN_HOST}/", timeout=2)
    check(code == (7 if reject else 28), f"lab: sign-in should be blocked, got curl {code}: {err}")
    code, err, _ = world.curl(f"https://{vault_host('demo')}/healthstatus")
    check(code == 0, f"lab: the vault itself should answer: {err}")
    diagnosis = world.diagnose("demo")
    expect(diagnosis, "tcp-refused" if reject else "tcp-timeout", f"{LOGIN_HOST}:443")
    probe = probe_of(diagnosis, LOGIN_HOST)
    check(probe is not None, "endpoints: no probe for the sign-in host")
    check(probe.get("state") == "blocked", f"endpoints: sign-in host not blocked: {probe}")
    vault = probe_of(diagnosis, vault_host("demo"))
    check(vault is not None and vault.get("state") == "reachable",
          f"endpoints: the vault host should be reachable: {vault}")


@scenario
def login_blocked(lab, args):
    """A firewall rejects the sign-in host (ICMP administratively prohibited)."""
    sign_in_blocked(lab, args, reject=True)


@scenario
def login_dropped(lab, args):
    """A firewall silently drops the sign-in host: the diagnosis must still come within the
    minute an administrator waits."""
    sign_in_blocked(lab, args, reject=False)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("scenario", choices=sorted(SCENARIOS) + ["list"])
    parser.add_argument("--kluisctl")
    parser.add_argument("--emulator")
    parser.add_argument("--lab-only", action="store_true",
                        help="build and check the network only, do not run kluisctl")
    args = parser.parse_args()
    if args.scenario == "list":
        print("\n".join(SCENARIOS))
        return 0
    why = netlab.netns_available()
    if why:
        print(f"SKIP: {why}")
        return netlab.SKIP
    try:
        with netlab.Lab() as lab:
            SCENARIOS[args.scenario](lab, args)
    except netlab.Skip as skip:
        print(f"SKIP: {skip}")
        return netlab.SKIP
    except LabOnly:
        print(f"LAB OK {args.scenario}")
        return 0
    except Failure as failure:
        print(f"FAIL {args.scenario}: {failure}")
        return 1
    print(f"PASS {args.scenario}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
