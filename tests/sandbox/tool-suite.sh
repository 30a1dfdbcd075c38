#!/usr/bin/env bash
# tool-suite.sh trap|strace TOOL SOLO_SYSCALLS: the tool's own test suite (tests/tools/TOOL.sh), natively.
#   trap    with SOLO_SANDBOX=trap: the tool locks itself to its manifest after parsing its options and any
#           call outside it is named on stderr and kills the tool, which the suite's comparisons catch; a tool
#           that cannot lock itself fails closed.
#   strace  every tool the suite runs under `strace -f`, from its execve to its end (or its next execve: env
#           runs other programs): each system call seen must be in that tool's manifest, the calls made before
#           it locks itself included.
set -u
mode=$1 tool=$2 syscalls=$3
: "${SOLO_ROOT:?}" "${SOLO_TOOLS:?}"
suite=$SOLO_ROOT/tests/tools/$tool.sh
case $mode in
  trap)
    SOLO_SANDBOX=trap exec bash "$suite"
    ;;
  strace) ;;
  *) echo "usage: tool-suite.sh trap|strace TOOL SOLO_SYSCALLS" >&2; exit 2 ;;
esac

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/tools" "$tmp/log"
# The suites also run tools as an unprivileged user (setpriv): the wrappers must be reachable, and their strace
# must be able to write its logs.
chmod 755 "$tmp" "$tmp/tools"
chmod 1777 "$tmp/log"
for real in "$SOLO_TOOLS"/*; do
  [ -f "$real" ] && [ -x "$real" ] || continue
  name=$(basename "$real")
  printf '#!/bin/sh\nexec strace -f -ff -qq -n -o "%s/%s" -- "%s" "$@"\n' "$tmp/log" "$name" "$real" >"$tmp/tools/$name"
  chmod +x "$tmp/tools/$name"
done
SOLO_TOOLS=$tmp/tools SOLO_TOOLS_TRACED=1 bash "$suite"
suite_status=$?

# Every traced process of every tool: the numbers it used against that tool's manifest (the table's rows:
# the program's calls, the lockdown's own, and the kernel's implicit ones).
python3 - "$tmp/log" "$SOLO_TOOLS" "$syscalls" <<'PY'
import os, re, subprocess, sys
log, tools, syscalls = sys.argv[1:4]
line_re = re.compile(r"^\[\s*(\d+)\] (\w+)\(")
manifests, used, problems, traced = {}, {}, [], 0
for f in sorted(os.listdir(log)):
    tool = f.rsplit(".", 1)[0]
    text = open(os.path.join(log, f), errors="replace").read().splitlines()
    started = not (text and " execve(" in text[0])  # a forked child starts inside the tool already
    for line in text:
        m = line_re.match(line)
        if not m:
            if "killed by SIGSYS" in line: problems.append(f"{tool} ({f}): killed by SIGSYS")
            continue
        nr, name = int(m.group(1)), m.group(2)
        if name == "execve" and line.rstrip().endswith("= 0"):
            if started: break  # another program from here on
            started = True
            continue
        if started: used.setdefault(tool, {})[nr] = name
    traced += 1
for tool, calls in sorted(used.items()):
    out = subprocess.run([syscalls, os.path.join(tools, tool)], capture_output=True, text=True)
    if out.returncode == 2 and "no system-call manifest" in out.stderr:
        continue  # hello: linked without one on purpose
    rows = {int(l.split()[0]) for l in out.stdout.splitlines()[2:] if l.split()[0].isdigit()}
    missing = sorted(set(calls) - rows)
    if out.returncode != 0 or missing:
        problems.append(f"{tool}: seen by strace, not in its manifest: " +
                        ", ".join(f"{calls[n]}({n})" for n in missing) + (f" [exporter status {out.returncode}]" if out.returncode else ""))
    print(f"{tool}: {len(calls)} calls seen by strace, all in its manifest of {len(rows)}" if not missing else "")
for p in problems: print("FAIL: " + p)
print(f"strace: {traced} processes traced")
sys.exit(1 if problems or traced == 0 else 0)
PY
check_status=$?
[ $suite_status -eq 0 ] && [ $check_status -eq 0 ]
