"""A small network lab for Kluis's diagnosis tests: network namespaces joined by veth pairs,
per-namespace hosts files, nftables rules and processes started inside a namespace.

Everything a Lab makes carries its own prefix (unique per process) and is removed when the
Lab closes, also when the test fails or is interrupted."""

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

SKIP = 77  # CTest's SKIP_RETURN_CODE for this suite


class Skip(Exception):
    """The scenario cannot be built here; the message says why."""


def run(*argv, check=True, **kwargs):
    return subprocess.run(argv, check=check, capture_output=True, text=True, **kwargs)


def netns_available():
    """Why network namespaces cannot be used here, or None when they can."""
    if os.geteuid() != 0:
        return "not root: network namespaces need CAP_NET_ADMIN"
    for tool in ("ip", "nft"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (scripts/install-deps.sh installs it)"
    probe = f"klprobe{os.getpid()}"
    result = run("ip", "netns", "add", probe, check=False)
    if result.returncode != 0:
        return "ip netns add failed: " + result.stderr.strip()
    run("ip", "netns", "del", probe, check=False)
    return None


class Host:
    """One network namespace: a machine of the scenario."""

    def __init__(self, lab, role):
        self.lab = lab
        self.name = f"{lab.prefix}{role}"
        self.etc = f"/etc/netns/{self.name}"
        run("ip", "netns", "add", self.name)
        lab._undo.append(lambda: run("ip", "netns", "del", self.name, check=False))
        os.makedirs(self.etc, exist_ok=True)
        lab._undo.append(lambda: shutil.rmtree(self.etc, ignore_errors=True))
        self.sh("ip link set lo up")
        # No DNS server unless a scenario starts one: names come from the hosts file.
        self.set_resolv(["127.0.0.1"])
        self.set_hosts({})

    def sh(self, command, check=True):
        return run("ip", "netns", "exec", self.name, "sh", "-c", command, check=check)

    def set_hosts(self, names):
        """names: {host name: address}. `ip netns exec` bind-mounts this over /etc/hosts."""
        lines = ["127.0.0.1 localhost"] + [f"{addr} {name}" for name, addr in names.items()]
        with open(f"{self.etc}/hosts", "w") as f:
            f.write("\n".join(lines) + "\n")

    def set_resolv(self, nameservers):
        with open(f"{self.etc}/resolv.conf", "w") as f:
            f.write("options timeout:1 attempts:1\n")
            f.writelines(f"nameserver {ns}\n" for ns in nameservers)

    def add_address(self, address):
        """Another address on this host's link to the lab (a /32: routes say where to go)."""
        self.sh(f"ip addr add {address}/32 dev {self.link}")

    def nft(self, ruleset):
        """Loads an nftables ruleset into this namespace (gone with the namespace)."""
        subprocess.run(["ip", "netns", "exec", self.name, "nft", "-f", "-"], input=ruleset,
                       text=True, check=True, capture_output=True)

    def drop_output_to(self, addresses, reject=False):
        """Drops TCP to the addresses (a silent firewall: connections time out), or with
        reject=True answers "administratively prohibited" as a rejecting firewall does."""
        verdict = "reject with icmpx type admin-prohibited" if reject else "drop"
        rules = "\n".join(f"    ip daddr {a} meta l4proto tcp {verdict}" for a in addresses)
        self.nft("table inet netlab {\n  chain out {\n"
                 "    type filter hook output priority 0; policy accept;\n"
                 f"{rules}\n  }}\n}}\n")

    def allow_output_only_to(self, addresses):
        """Everything but loopback and the given addresses is dropped: a network where only
        the proxy may go out."""
        allowed = ", ".join(addresses)
        self.nft("table inet netlab {\n  chain out {\n"
                 "    type filter hook output priority 0; policy drop;\n"
                 "    oif lo accept\n"
                 f"    ip daddr {{ {allowed} }} accept\n"
                 "    ct state established,related accept\n  }\n}\n")

    def spawn(self, argv, name, env=None, user=None):
        """Starts argv inside this namespace; it is killed (its whole group) when the lab
        closes. Output goes to a log file in the lab's directory."""
        log = open(os.path.join(self.lab.dir, f"{name}.log"), "w")
        process = subprocess.Popen(["ip", "netns", "exec", self.name] + list(argv),
                                   stdout=log, stderr=subprocess.STDOUT, env=env,
                                   start_new_session=True)

        def stop():
            if process.poll() is None:
                try:
                    os.killpg(process.pid, signal.SIGTERM)
                    process.wait(5)
                except (ProcessLookupError, subprocess.TimeoutExpired):
                    try:
                        os.killpg(process.pid, signal.SIGKILL)
                    except ProcessLookupError:
                        pass
                    process.wait()
            log.close()

        self.lab._undo.append(stop)
        return process

    def wait_listening(self, address, port, timeout=15):
        deadline = time.time() + timeout
        while time.time() < deadline:
            out = self.sh("ss -Htln", check=False).stdout
            if f"{address}:{port} " in out:
                return
            time.sleep(0.1)
        raise RuntimeError(f"nothing listens on {address}:{port} in {self.name}")


class Lab:
    """A scenario's machines. Use as a context manager."""

    def __init__(self):
        self.prefix = f"kl{os.getpid() % 100000}"
        self.dir = tempfile.mkdtemp(prefix="kluis-netlab-")
        self._undo = []
        self.hosts = {}

    def __enter__(self):
        for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
            signal.signal(sig, self._on_signal)
        return self

    def _on_signal(self, signum, _frame):
        self.close()
        sys.exit(128 + signum)

    def __exit__(self, *exc):
        self.close()
        return False

    def close(self):
        while self._undo:
            try:
                self._undo.pop()()
            except Exception as error:  # keep cleaning up
                print(f"netlab: cleanup: {error}", file=sys.stderr)
        if os.environ.get("NETLAB_KEEP"):
            print(f"netlab: logs kept in {self.dir}", file=sys.stderr)
        else:
            shutil.rmtree(self.dir, ignore_errors=True)

    def host(self, role):
        host = Host(self, role)
        self.hosts[role] = host
        return host

    def connect(self, a, a_address, b, b_address):
        """A veth pair between two hosts, each end with its own address; every other address
        of the peer is reached over this link (on-link routes, so no router is needed)."""
        a.link, b.link = f"{a.name}v", f"{b.name}v"
        run("ip", "link", "add", a.link, "netns", a.name, "type", "veth", "peer", "name",
            b.link, "netns", b.name)
        for host, address in ((a, a_address), (b, b_address)):
            host.sh(f"ip addr add {address}/32 dev {host.link} && ip link set {host.link} up")
        # Everything the lab uses is reached over the one link.
        for host in (a, b):
            for net in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24"):
                host.sh(f"ip route add {net} dev {host.link}", check=False)

    def public_dir(self, name):
        """A directory any user may write, for daemons that drop root; removed at close."""
        path = tempfile.mkdtemp(prefix=f"kluis-netlab-{name}-")
        os.chmod(path, 0o777)
        self._undo.append(lambda: shutil.rmtree(path, ignore_errors=True))
        return path

    def file(self, name, text):
        path = os.path.join(self.dir, name)
        with open(path, "w") as f:
            f.write(text)
        return path


def wait_for_file(path, timeout=20, process=None):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if os.path.exists(path) and os.path.getsize(path) > 0:
            try:
                with open(path) as f:
                    return json.load(f)
            except json.JSONDecodeError:
                pass
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"process exited with {process.returncode} before {path}")
        time.sleep(0.1)
    raise RuntimeError(f"{path} did not appear")
