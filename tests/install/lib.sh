# Shared by tests/install/*.sh (sourced): failing with a message, and running a command with a directory
# read-only.
set -euo pipefail
: "${SOLO_ROOT:?}" "${SOLO_INSTALL_TEST_DIR:?}"

fail() {
  echo "FAIL: $*"
  exit 1
}

# fail_showing LOG WHAT: shows LOG, then fails with WHAT.
fail_showing() {
  cat "$1"
  fail "$2"
}

# read_only DIR COMMAND...: runs COMMAND while DIR, and everything below it, cannot be written, so that any
# write into it fails. As root (who may write anywhere) that takes a read-only bind mount in a private mount
# namespace; otherwise prefix.sh took the write bits away, which is enough.
read_only() {
  local dir=$1
  shift
  if [ "$(id -u)" -eq 0 ]; then
    unshare --mount --propagation private -- bash -c \
      'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" && shift && exec "$@"' read-only "$dir" "$@"
  else
    "$@"
  fi
}

# make_read_only DIR: takes the write bits away (for non-root) and checks that read_only really protects DIR.
make_read_only() {
  [ "$(id -u)" -eq 0 ] || chmod -R a-w "$1"
  if read_only "$1" touch "$1/write-probe" 2>/dev/null; then
    rm -f "$1/write-probe"
    fail "$1 could not be made read-only (no mount namespace?)"
  fi
}

# The qemu-user program for ARCH's binaries, or nothing for this machine's architecture (toolchain/arches).
emulator() {
  local machine
  machine=$(uname -m)
  awk -v arch="$1" -v machine="$machine" '/^[a-z0-9_]/ && $1 == arch {
    native = 0; for (i = 4; i <= NF; i++) if ($i == machine) native = 1
    if ($1 != machine && !native) print $3 }' "$SOLO_ROOT/toolchain/arches"
}

arches() { awk '/^[a-z0-9_]/ {print $1}' "$SOLO_ROOT/toolchain/arches"; }

# fresh_dir DIR: DIR, empty (a read-only leftover of an earlier run included).
fresh_dir() {
  if [ -e "$1" ]; then chmod -R u+w "$1" && rm -rf "$1"; fi
  mkdir -p "$1"
}

# logged LOG WHAT COMMAND...: runs COMMAND with its output in LOG; if it fails, shows LOG and fails with WHAT.
logged() {
  local log=$1 what=$2
  shift 2
  "$@" >"$log" 2>&1 || fail_showing "$log" "$what"
}
