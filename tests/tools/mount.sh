# mount: against util-linux's mount. As an unprivileged user (nobody), outside any namespace: the listing and
# "must be superuser". Then inside a user and mount namespace of its own (unshare -rm, where this user is root
# and nothing it mounts is seen outside): tmpfs mounts with flag words and data words, bind, rbind, move,
# remount, -r / -w, propagation, -v, the listing (and -t) with spaces and newlines in mount points, the common
# failures. Each mount is made by util-linux's and by solo's from the same state, and the tables compared.
script=$(realpath "$0")
source "$(dirname "$0")/lib.sh"
export LC_ALL=C
in_tmp
chmod 755 .

if [ -z "${SOLO_IN_NAMESPACE:-}" ]; then
  if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null; then
    mkdir d
    for args in "-t tmpfs x $PWD/d" "--bind $PWD $PWD/d" "-t tmpfs x /nonexistent" "" "-t proc"; do
      # shellcheck disable=SC2086 # the option words split on purpose
      compare --as-nobody mount $args
    done
  fi
  namespace_half "$script" || echo "no user namespaces here: the mounting half is not run"
  finish
  exit
fi

# The mounts under this directory, as the kernel lists them.
table() { grep -F " $tools_tmp/" /proc/self/mounts; }
undo() {
  local d
  for d in m/sub m n src/sub "a b" "$newline"; do
    while umount -q "$tools_tmp/$d" 2>/dev/null; do :; done
  done
}
newline=$(printf 'new\nline')
mkdir -p m n src/sub "a b" "$newline"
echo hello >src/file

# same SETUP ARGS...: util-linux's mount ARGS and solo's, each after SETUP (a command line, maybe empty) in a
# clean state, give the same output, status and mount table.
same() {
  local setup=$1 side gnu solo
  shift
  for side in gnu solo; do
    undo
    eval "$setup"
    if [ $side = gnu ]; then
      out=$(mount "$@" 2>&1; echo "rc=$?")
    else
      out=$(solo mount "$@" 2>&1 | normalize_stderr mount; echo "rc=${PIPESTATUS[0]}")
    fi
    printf -v $side '%s\n%s' "$out" "$(table)"
  done
  undo
  if [ "$gnu" = "$solo" ]; then pass; else
    fail "mount $* (after: $setup)"
    diff <(echo "$gnu") <(echo "$solo") | head -10
  fi
}

m=$PWD/m n=$PWD/n
same "" -t tmpfs x "$m"
same "" -t tmpfs -o size=1m,mode=700 tmpfsname "$m"
same "" -t tmpfs -o ro,nosuid,nodev,noexec,noatime,nodiratime x "$m"
same "" -t tmpfs -o noexec,exec,suid,nosuid,rw,ro,sync,async x "$m"
same "" -t tmpfs -o strictatime,relatime,defaults x "$m"
same "" -r -t tmpfs x "$m"
same "" -w -o ro -t tmpfs x "$m"
same "" -o ro -w -t tmpfs x "$m"
same "" -v -t tmpfs x "$m"
same "" --bind "$PWD/src" "$m"
same "" -v --bind "$PWD/src" "$m"
same "" -o bind,ro "$PWD/src" "$m"
same "" -B "$PWD/src" "$m"
same "mount -t tmpfs inner $PWD/src/sub" --rbind "$PWD/src" "$m"
same "mount -t tmpfs inner $PWD/src/sub" --bind "$PWD/src" "$m"
same "mount -t tmpfs inner $PWD/src/sub" -o rbind "$PWD/src" "$m"
same "mount -t tmpfs x $m" --move "$m" "$n"
same "mount -t tmpfs x $m" -v --move "$m" "$n"
same "mount -t tmpfs x $m" -o remount,ro "$m"
same "mount -t tmpfs x $m" -o remount,ro,size=2m x "$m"
same "mount -t tmpfs x $m" --make-private "$m"
same "mount -t tmpfs x $m" -v --make-rshared "$m"
same "mount -t tmpfs x $m" -o make-unbindable "$m"
# Failures.
same "" -t tmpfs x "$PWD/nonexistent"
same "" -t tmpfs x "$PWD/src/file"
# (Not an unknown type: in a user namespace what util-linux says depends on how it resolves the source.)
same "" -t tmpfs -o size=oops x "$m"
same "" -t tmpfs -o mode=oops x "$m"
same "" --bind "$PWD/nonexistent" "$m"
same "" -o remount,ro "$m"
same "" --make-private "$n"
same "" -t tmpfs x
same "" -t tmpfs x y z
# The listing: everything, -l, -t with one type, several, "no" types, and names with a space and a newline.
setup="mount -t tmpfs 'with space' '$PWD/a b'; mount -t tmpfs -o size=1m x '$PWD/new
line'; mount -t ramfs r $m"
same "$setup"
same "$setup" -l
same "$setup" -t tmpfs
same "$setup" -t ramfs,proc
same "$setup" -t notmpfs
same "$setup" -t nosuchtype
finish
