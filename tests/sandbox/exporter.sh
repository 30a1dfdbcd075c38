#!/usr/bin/env bash
# exporter.sh SOLO_SYSCALLS ARCH BUILD_DIR TEST_DIR: toolchain/solo-syscalls on this build's tools and test
# programs and on binaries of every architecture. The table against the runtime's own reading of the same
# manifest, the OCI profile against the runtime-spec's rules and the kernel's names, the systemd lines, and
# the BPF program loaded by a real consumer (bwrap --seccomp) natively.
set -u
syscalls=$1 arch=$2 build=$3 dir=$4
run() { ${SOLO_EMULATOR:-} "$@"; }
passed=0 failed=0
pass() { passed=$((passed + 1)); }
fail() {
  failed=$((failed + 1))
  echo "FAIL: $*"
}
check() { if eval "$2"; then pass; else fail "$1"; fi; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The runtime-spec's rules for linux.seccomp (config-linux.md, schema/defs-linux.json) and, for every name,
# the kernel's own __NR_ name in the architecture's uapi <asm/unistd.h>.
validate_oci() { # FILE SCMP_ARCH UAPI_HEADER EXPECT_DEFAULT
  python3 - "$@" <<'PY'
import json, re, sys
path, arch, header, default = sys.argv[1:5]
actions = {"SCMP_ACT_KILL", "SCMP_ACT_KILL_PROCESS", "SCMP_ACT_KILL_THREAD", "SCMP_ACT_TRAP", "SCMP_ACT_ERRNO",
           "SCMP_ACT_TRACE", "SCMP_ACT_ALLOW", "SCMP_ACT_LOG", "SCMP_ACT_NOTIFY"}
arches = {"SCMP_ARCH_X86", "SCMP_ARCH_X86_64", "SCMP_ARCH_X32", "SCMP_ARCH_ARM", "SCMP_ARCH_AARCH64",
          "SCMP_ARCH_MIPS", "SCMP_ARCH_MIPS64", "SCMP_ARCH_MIPS64N32", "SCMP_ARCH_MIPSEL", "SCMP_ARCH_MIPSEL64",
          "SCMP_ARCH_MIPSEL64N32", "SCMP_ARCH_PPC", "SCMP_ARCH_PPC64", "SCMP_ARCH_PPC64LE", "SCMP_ARCH_S390",
          "SCMP_ARCH_S390X", "SCMP_ARCH_PARISC", "SCMP_ARCH_PARISC64", "SCMP_ARCH_RISCV64", "SCMP_ARCH_LOONGARCH64"}
known = set(re.findall(r"#define __NR(?:3264)?_([a-z0-9_]+)\b", open(header).read()))
p = json.load(open(path))
errors = []
def need(ok, what):
    if not ok: errors.append(what)
need(isinstance(p, dict), "a JSON object")
need(p.get("defaultAction") in actions, "defaultAction is an action")
need(p.get("defaultAction") == default, "defaultAction " + default)
if "defaultErrnoRet" in p:
    need(isinstance(p["defaultErrnoRet"], int) and p["defaultErrnoRet"] >= 0, "defaultErrnoRet a uint")
need(p.get("architectures") == [arch], "architectures: only " + arch)
need(all(a in arches for a in p.get("architectures", [])), "architectures known")
sc = p.get("syscalls")
need(isinstance(sc, list) and sc, "syscalls: a non-empty array")
seen = []
for s in sc or []:
    need(isinstance(s, dict) and set(s) <= {"names", "action", "errnoRet", "args"}, "syscall fields")
    need(isinstance(s.get("names"), list) and len(s["names"]) >= 1, "names: at least one")
    need(all(isinstance(n, str) for n in s.get("names", [])), "names are strings")
    need(s.get("action") in actions, "action is an action")
    need(s.get("names") == sorted(s.get("names", [])), "names sorted")
    seen += s.get("names", [])
need(len(seen) == len(set(seen)), "each name once")
unknown = [n for n in seen if n not in known]
need(not unknown, "names the kernel knows: " + " ".join(unknown))
need("execve" in seen and "exit_group" in seen and "restart_syscall" in seen, "runtime extras present")
for e in errors: print("  " + e)
sys.exit(1 if errors else 0)
PY
}

# --- This build's binaries --------------------------------------------------------------------------------
# The architecture's seccomp name, from arch/ARCH/identity.inc, and the kernel's own names: every __NR_ macro
# of its uapi <asm/unistd.h> as clang preprocesses it for the target (the cross headers under
# /usr/GNU-TYPE/include, the machine's own under /usr/include/GNU-TYPE, as scripts/gen-syscall-numbers finds them).
root=$(cd "$(dirname "$0")/../.." && pwd)
source "$root/qemu/lists.sh"
scmp=$(sed -n 's/^SOLO_ARCH_IDENTITY([^"]*"\([A-Z0-9_]*\)").*/\1/p' "$root/arch/$arch/identity.inc")
triple=$(awk -v a="$arch" '$1 == a { print $2 }' "$root/toolchain/arches")
qemu_architecture "$arch"
gnu=$(dpkg-architecture -a"$arch_debian" -qDEB_HOST_GNU_TYPE 2>/dev/null)
if [ -d "/usr/$gnu/include/asm" ]; then inc=/usr/$gnu/include; else inc=/usr/include/$gnu; fi
uapi=$tmp/unistd.defines
echo '#include <asm/unistd.h>' | clang-19 --target="$triple" -nostdinc -I"$inc" -I/usr/include -E -dM -x c - >"$uapi"
check "the seccomp name ($scmp) and the uapi names ($(grep -c '^#define __NR_' "$uapi")) are known" \
  "[ -n \"$scmp\" ] && grep -q '^#define __NR_exit_group ' $uapi"
header_re="^# .*: $arch \\(AUDIT_ARCH 0x[0-9a-f]+\\), [0-9]+ sites, [0-9]+ system calls; lock\\(\\) allows [0-9]+$"
for tool in "$build"/examples/*; do
  [ -x "$tool" ] && [ -f "$tool" ] || continue
  name=$(basename "$tool")
  [ "$name" = hello ] || [ "$name" = vdso ] && continue
  table=$(run "$syscalls" "$tool")
  check "$name: table, status 0" "[ $? -eq 0 ]"
  check "$name: header line" "[[ \$(head -1 <<<\"\$table\") =~ \$header_re ]]"
  numbers=$(tail -n +3 <<<"$table" | awk '{print $1}')
  check "$name: rows sorted by number" "[ \"\$numbers\" = \"\$(sort -n <<<\"\$numbers\")\" ]"
  check "$name: stable" "[ \"\$table\" = \"\$(run \"\$syscalls\" \"\$tool\")\" ]"
  allows=$(head -1 <<<"$table" | sed 's/.*allows //')
  check "$name: --count is the header's" "[ \"\$(run \"\$syscalls\" --count \"\$tool\")\" = $allows ]"
  rows=$(tail -n +3 <<<"$table" | grep -vc "lockdown:")
  check "$name: --count counts the rows lock() allows" "[ $rows = $allows ]"
  run "$syscalls" --oci "$tool" >"$tmp/$name.json"
  check "$name: --oci, status 0" "[ $? -eq 0 ]"
  check "$name: --oci follows the runtime-spec" "validate_oci $tmp/$name.json $scmp $uapi SCMP_ACT_KILL_PROCESS"
done

# The runtime's reading of its manifest (__start_/__stop_) against the file's.
table=$(run "$syscalls" "$dir/manifest")
file_set=$(tail -n +3 <<<"$table" | grep -v "lockdown:" | awk '{print $1}')
runtime_set=$(run "$dir/manifest" --allowed)
check "manifest: the runtime's allowed set is the exporter's" "[ \"\$file_set\" = \"\$runtime_set\" ]"
run "$syscalls" --sites "$dir/manifest" >"$tmp/sites"
check "--sites: one line per site" "[ \$(wc -l <\"$tmp/sites\") = \$(head -1 <<<\"\$table\" | sed -E 's/.*, ([0-9]+) sites.*/\\1/') ]"
check "--sites: names the function of each site" "grep -q ' main+0x' $tmp/sites && grep -q 'getppid .*main+0x' $tmp/sites"
check "--sites: marks the lockdown's own" "grep -q 'seccomp .*(lockdown)' $tmp/sites"
cp "$dir/manifest" "$tmp/stripped" && llvm-strip-19 "$tmp/stripped"
check "a stripped binary keeps its manifest" "[ \"\$(run \"$syscalls\" \"$tmp/stripped\" | tail -n +2)\" = \"\$(tail -n +2 <<<\"\$table\")\" ]"

run "$syscalls" "$dir/open_manifest" >"$tmp/open" 2>&1
check "an incomplete manifest: status 1" "[ $? -eq 1 ]"
check "an incomplete manifest: shown" "grep -q '(number known at run time) .*the manifest is incomplete' $tmp/open"
for format in --oci --systemd --bpf --count; do
  out=$(run "$syscalls" $format "$dir/open_manifest" 2>"$tmp/err")
  check "an incomplete manifest: $format refuses (status 1)" "[ $? -eq 1 ] && [ -z \"\$out\" ] && grep -q 'no profile' $tmp/err"
done
err=$(run "$syscalls" "$build/examples/hello" 2>&1)
check "no manifest: status 2, said" "[ $? -eq 2 ] && [[ \$err == *'no system-call manifest (link it with solo-c++ --syscall-manifest)' ]]"
err=$(run "$syscalls" /etc/passwd 2>&1)
check "not ELF: status 2" "[ $? -eq 2 ] && [[ \$err == *'not an ELF file' ]]"
err=$(run "$syscalls" "$tmp/missing" 2>&1)
check "missing file: status 2" "[ $? -eq 2 ] && [[ \$err == *'No such file or directory' ]]"
err=$(run "$syscalls" --bogus "$dir/manifest" 2>&1)
check "bad option: status 2" "[ $? -eq 2 ]"

cat=$build/examples/cat
run "$syscalls" --oci --errno "$cat" >"$tmp/errno.json"
check "--oci --errno" "validate_oci $tmp/errno.json $scmp $uapi SCMP_ACT_ERRNO && grep -q '\"defaultErrnoRet\": 38' $tmp/errno.json"
run "$syscalls" --systemd "$cat" >"$tmp/unit"
check "--systemd: two lines" "[ \$(wc -l <$tmp/unit) = 2 ] && head -1 $tmp/unit | grep -qx 'SystemCallArchitectures=native'"
check "--systemd: the profile's names" "[ \"\$(sed -n 2p $tmp/unit | sed 's/^SystemCallFilter=//' | tr ' ' '\\n' | sort)\" = \"\$(python3 -c 'import json,sys; print(\"\\n\".join(sorted(n for s in json.load(open(sys.argv[1]))[\"syscalls\"] for n in s[\"names\"])))' $tmp/cat.json)\" ]"
run "$syscalls" --systemd --errno "$cat" | grep -qx 'SystemCallErrorNumber=ENOSYS'
check "--systemd --errno" "[ $? -eq 0 ]"
run "$syscalls" --bpf "$cat" >"$tmp/cat.bpf"
size=$(stat -c %s "$tmp/cat.bpf")
check "--bpf: whole instructions, within the kernel's 4096" "[ $size -gt 0 ] && [ \$(($size % 8)) = 0 ] && [ $size -le 32768 ]"

# --- A real consumer: bwrap loads the program and runs the tool under it (natively) --------------------------
if [ -z "${SOLO_EMULATOR:-}" ]; then
  if ! command -v bwrap >/dev/null; then
    fail "bwrap is not installed (scripts/setup installs bubblewrap)"
  else
    sandboxed() { bwrap --dev-bind / / --seccomp 9 9<"$1" -- "${@:2}"; }
    out=$(sandboxed "$tmp/cat.bpf" "$cat" /etc/hostname 2>&1)
    check "bwrap --seccomp with cat's own profile: cat runs (and locks itself inside it)" "[ $? -eq 0 ] && [ \"\$out\" = \"\$(cat /etc/hostname)\" ]"
    out=$(SOLO_SANDBOX=trap sandboxed "$tmp/cat.bpf" "$cat" -n /etc/hostname 2>&1)
    check "bwrap with cat's profile, cat -n in trap mode" "[ $? -eq 0 ] && [[ \$out == *1* ]]"
    run "$syscalls" --bpf "$build/examples/uname" >"$tmp/uname.bpf"
    sandboxed "$tmp/uname.bpf" "$cat" /etc/hostname >/dev/null 2>&1
    check "bwrap with uname's profile: cat, which opens files, is killed (status $?)" "[ $? -eq 159 ]"
    run "$syscalls" --bpf --errno "$build/examples/uname" >"$tmp/uname-errno.bpf"
    SOLO_SANDBOX=off sandboxed "$tmp/uname-errno.bpf" "$cat" /etc/hostname >/dev/null 2>"$tmp/err"
    check "bwrap with uname's --errno profile: cat fails with ENOSYS" "[ $? -eq 1 ] && grep -q 'Function not implemented' $tmp/err"
  fi
fi

# --- Binaries of every architecture ---------------------------------------------------------------------------
for foreign in x86_64:c000003e:1:110:231:SCMP_ARCH_X86_64 aarch64:c00000b7:64:173:94:SCMP_ARCH_AARCH64 \
  riscv64:c00000f3:64:173:94:SCMP_ARCH_RISCV64; do
  IFS=: read -r a audit write getppid exit_group scmp_a <<<"$foreign"
  table=$(run "$syscalls" "$dir/foreign-$a")
  check "$a binary: read" "[ $? -eq 0 ] && [[ \$(head -1 <<<\"\$table\") == *\": $a (AUDIT_ARCH 0x$audit), 3 sites, 3 system calls; lock() allows 6\" ]]"
  check "$a binary: its own numbers" "grep -qE '^ +$write  write ' <<<\"\$table\" && grep -qE '^ +$getppid  getppid ' <<<\"\$table\" && grep -qE '^ +$exit_group  exit_group ' <<<\"\$table\""
  run "$syscalls" --oci "$dir/foreign-$a" | grep -q "\"architectures\": \\[\"$scmp_a\"\\]"
  check "$a binary: OCI architecture $scmp_a" "[ $? -eq 0 ]"
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
