# true and false: status only, whatever the arguments; --help and --version alone.
source "$(dirname "$0")/lib.sh"
export LC_ALL=C
in_tmp
compare true
compare true -x --foo bar
compare false
compare false -x --foo bar
check "true --help exits 0" bash -c "'$SOLO_ROOT/qemu/run' '$SOLO_ARCH' '$SOLO_TOOLS/true' --help >/dev/null"
check "false --help exits 1" bash -c "! '$SOLO_ROOT/qemu/run' '$SOLO_ARCH' '$SOLO_TOOLS/false' --help >/dev/null"
check "true --version names it" bash -c "'$SOLO_ROOT/qemu/run' '$SOLO_ARCH' '$SOLO_TOOLS/true' --version | grep -q '^true '"
finish
