#!/usr/bin/env bash
# caveats.sh SOLO_SYSCALLS ARCH NAME=BINARY...: the same program (caveats_main.cpp, caveats_other.cpp) built at
# -O0, -O2 and -Os, PIE and not, with and without --gc-sections, with thin and full LTO and with identical-code
# folding. Each manifest must hold exactly the calls of the code its linker kept, and each binary, locked to
# its manifest (trap mode), must run (natively; qemu-user cannot lock and runs it unlocked).
set -u
syscalls=$1 arch=$2
shift 2
run() { ${SOLO_EMULATOR:-} "$@"; }
passed=0 failed=0
check() {
  if eval "$2"; then passed=$((passed + 1)); else
    failed=$((failed + 1))
    echo "FAIL: $1"
  fi
}
for build in "$@"; do
  name=${build%%=*} binary=${build#*=}
  table=$(run "$syscalls" "$binary")
  check "$name: the exporter reads it" "[ $? -eq 0 ]"
  has() { grep -qE "^ +[0-9]+  $1 " <<<"$table"; }
  check "$name: used inline function's call" "has getuid"
  check "$name: used template's call" "has geteuid"
  check "$name: the folded twins' call" "has getsid"
  case $name in
    *no_gc)
      check "$name: without --gc-sections every emitted function counts" "has getgid && has getegid" ;;
    *)
      check "$name: an unused inline function's call is gone" "! has getgid"
      check "$name: an unused template's call is gone" "! has getegid" ;;
  esac
  err=$(run "$binary" 2>&1 >/dev/null)
  status=$?
  check "$name: runs locked (status $status: ${err:0:200})" "[ $status -eq 0 ]"
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
