# yes: the repeated line, cut by head; long lines; a bad option.
source "$(dirname "$0")/lib.sh"
export LC_ALL=C
in_tmp
yes_cmp() {
  local n=$1
  shift
  local want got
  want=$(yes "$@" | head -n "$n" | md5sum)
  got=$(solo yes "$@" | head -n "$n" | md5sum)
  check "yes $* (first $n lines)" [ "$want" = "$got" ]
}
yes_cmp 5
yes_cmp 100000
yes_cmp 1000 hello world
yes_cmp 10 -- -n
yes_cmp 10 ''
long=$(head -c 20000 /dev/zero | tr '\0' x)
yes_cmp 50 "$long" "$long"
compare yes -x
compare yes --bogus
check "yes --help exits 0" bash -c "'$SOLO_ROOT/qemu/run' '$SOLO_ARCH' '$SOLO_TOOLS/yes' --help >/dev/null"
finish
