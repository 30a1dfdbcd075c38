# umount: against util-linux's umount, inside a user and mount namespace of its own (unshare -rm): by target and
# by source, -v, -l, -f, -R, -n, several operands (the statuses add up), the failures (not mounted, no mount
# point, busy, bad usage), a mount point with a space; and as nobody outside it, "must be superuser to unmount".
script=$(realpath "$0")
source "$(dirname "$0")/lib.sh"
export LC_ALL=C
in_tmp
chmod 755 .

if [ -z "${SOLO_IN_NAMESPACE:-}" ]; then
  if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null; then
    mkdir d
    for args in "/proc" "$PWD/d" "$PWD/nonexistent" ""; do
      # shellcheck disable=SC2086 # the option words split on purpose
      compare --as-nobody umount $args
    done
  fi
  namespace_half "$script" || echo "no user namespaces here: the unmounting half is not run"
  finish
  exit
fi

table() { grep -F " $tools_tmp/" /proc/self/mounts; }
undo() {
  local d
  for d in m/sub m n "a b"; do
    while umount -q "$tools_tmp/$d" 2>/dev/null; do :; done
  done
}
mkdir -p m n "a b" src
m=$PWD/m n=$PWD/n

# same SETUP ARGS...: util-linux's umount ARGS and solo's, each after SETUP, give the same output, status and
# mount table.
same() {
  local setup=$1 side gnu solo
  shift
  for side in gnu solo; do
    undo
    eval "$setup"
    if [ $side = gnu ]; then
      out=$(umount "$@" 2>&1; echo "rc=$?")
    else
      out=$(solo umount "$@" 2>&1 | normalize_stderr umount; echo "rc=${PIPESTATUS[0]}")
    fi
    printf -v $side '%s\n%s' "$out" "$(table)"
  done
  undo
  if [ "$gnu" = "$solo" ]; then pass; else
    fail "umount $* (after: $setup)"
    diff <(echo "$gnu") <(echo "$solo") | head -10
  fi
}

same "mount -t tmpfs x $m" "$m"
same "mount -t tmpfs onlyone $m" onlyone
same "mount -t tmpfs x $m" -v "$m"
same "mount --bind $PWD/src $m" -v "$m"
same "mount -t tmpfs x $m" -l "$m"
same "mount -t tmpfs x $m" -f "$m"
same "mount -t tmpfs x $m" -n "$m"
same "mount -t tmpfs x $m; mkdir $m/sub; mount -t tmpfs y $m/sub" "$m"
same "mount -t tmpfs x $m; mkdir $m/sub; mount -t tmpfs y $m/sub" -R "$m"
same "mount -t tmpfs x $m; mkdir $m/sub; mount -t tmpfs y $m/sub" -R -v "$m"
same "mount -t tmpfs x '$PWD/a b'" "$PWD/a b"
same "mount -t tmpfs x $m" "$m" "$n"
same "" "$m" "$n" "$m"
same "" "$n"
same "" -R "$n"
same "" "$PWD/nonexistent"
same ""
same "mount -t tmpfs onlyone $m" -v onlyone
finish
