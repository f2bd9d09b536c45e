#!/usr/bin/python3
"""Runs every conformance case, the known failures included, and reports each one.

    tests/conformance/triage.py build/dev/bin/kluis-emulator [AREA...]

Prints "pass|FAIL|skip  LANGUAGE ID" per case, then the failing cases in the format of
known-failures.txt (without reasons), so the list can be brought up to date after a merge.
With -v, the output of every failing run is printed as well.
"""

import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
AREAS = ["identity", "arm", "secrets", "keys", "certificates", "access", "nat"]
# Emulator options per area beyond the common ones; keep in step with CMakeLists.txt.
EXTRA_ARGS = {"nat": ["--nat", "203.0.113.10"]}


def run(emulator, language, area):
    runner = os.path.join(HERE, "run-with-emulator.sh")
    if language == "node":
        command = ["node", "--test", area + ".test.js"]
    else:
        command = ["/usr/bin/python3", "-m", "unittest", "-v", "test_" + area]
    env = dict(os.environ, KLUIS_CONFORMANCE_RUN_KNOWN_FAILURES="1", PYTHONDONTWRITEBYTECODE="1",
               PYTHONWARNINGS="ignore::ResourceWarning")
    emulator_args = ["--seed-count", "bulk=60"] + EXTRA_ARGS.get(area, [])
    runner_args = [x for arg in emulator_args for x in ("--emulator-arg", arg)]
    result = subprocess.run(
        [runner, emulator] + runner_args + ["--"] + command,
        cwd=os.path.join(HERE, language), env=env, capture_output=True, text=True)
    output = result.stdout + result.stderr
    cases = []
    if language == "node":
        for m in re.finditer(r"^(not ok|ok) \d+ - (\S+)(.*)$", output, re.M):
            status = "skip" if "# SKIP" in m.group(3) else ("pass" if m.group(1) == "ok" else "FAIL")
            cases.append((status, m.group(2)))
    else:
        # "ID ... ok|FAIL|ERROR|skipped", where the SDK's log lines may come in between.
        pending = None
        for line in output.splitlines():
            m = re.match(r"^([a-z]+\.[\w.-]+) \.\.\. ?(.*)$", line)
            if m:
                pending, line = m.group(1), m.group(2)
            if pending:
                word = re.search(r"(?:^|\s)(ok|FAIL|ERROR|skipped)\b.*$", line)
                if word:
                    status = {"ok": "pass", "skipped": "skip"}.get(word.group(1), "FAIL")
                    cases.append((status, pending))
                    pending = None
    if not cases:
        cases.append(("FAIL", area + ".*"))
    return cases, output, result.returncode


def main():
    args = [a for a in sys.argv[1:] if a != "-v"]
    verbose = "-v" in sys.argv[1:]
    if not args:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    emulator = os.path.abspath(args[0])
    areas = args[1:] or AREAS
    failures = []
    for area in areas:
        for language in ("node", "python"):
            cases, output, _ = run(emulator, language, area)
            for status, test_id in cases:
                print("%-4s  %-6s %s" % (status, language, test_id), flush=True)
                if status == "FAIL":
                    failures.append("%s %s" % (language, test_id))
            if verbose and any(s == "FAIL" for s, _ in cases):
                print(output)
    print("\n# failing cases:")
    for line in failures:
        print(line)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
