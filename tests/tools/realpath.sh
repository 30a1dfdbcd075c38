# realpath: existing and missing names, links (relative, absolute, dangling, chains, loops, through ".."),
# -e, -m, -s, -L, -P, -q, -z, --relative-to and --relative-base (inside, outside, the same, the root),
# trailing slashes, odd names, a directory it may not search (as nobody), missing operand, /dev/full.
source "$(dirname "$0")/lib.sh"
export LC_ALL=C
in_tmp
mkdir -p d/sub/deep other
: >f
ln -s f rel
ln -s "$PWD/f" abs
ln -s nowhere dangling
ln -s rel chain
ln -s loop1 loop2 && ln -s loop2 loop1
ln -s d/sub sublink
touch "sp ace" $'new\nline' "it's"
names=(f rel abs dangling chain loop1 d d/ d/sub/deep sublink sublink/.. sublink/../f missing missing/x f/ f/x
  d/../f ./f . .. / // "$PWD" "sp ace" $'new\nline' "it's" "")
for opts in "" -e -m -s -L -P "-s -e" "-s -m" "-L -m" -q; do
  read -r -a words <<<"$opts"
  for name in "${names[@]}"; do
    compare realpath "${words[@]}" -- "$name"
  done
done
compare realpath f d missing rel
compare realpath -z f d
compare realpath --relative-to=d f d/sub/deep d other /
compare realpath --relative-to=d/sub/deep f d other
compare realpath --relative-to=/ f d
compare realpath --relative-to=. f d/sub
compare realpath --relative-base=d f d/sub/deep d
compare realpath --relative-base=. f d /
compare realpath --relative-to=d --relative-base=. f d/sub other /
compare realpath --relative-to=other --relative-base=d f d/sub
compare realpath --relative-to=missing f
compare realpath -m --relative-to=missing/x f
compare realpath --relative-to=f/x f
compare realpath -s --relative-to=sublink f
compare realpath
compare realpath -x f
compare realpath --relative-to
compare realpath --bogus
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null; then
  chmod 755 .
  mkdir -p shut/in && chmod 700 shut
  for name in shut/in shut/in/x shut; do
    g=$(setpriv --reuid=65534 --regid=65534 --clear-groups realpath "$name" 2>&1; echo $?)
    s=$(setpriv --reuid=65534 --regid=65534 --clear-groups "$SOLO_ROOT/qemu/run" "$SOLO_ARCH" "$SOLO_TOOLS/realpath" "$name" 2>&1 | normalize_stderr realpath; echo "${PIPESTATUS[0]}")
    check "realpath $name as nobody: '$s' (GNU '$g')" [ "$g" = "$s" ]
  done
fi
to_full realpath f
to_full realpath missing
check "realpath --help exits 0" bash -c "'$SOLO_ROOT/qemu/run' '$SOLO_ARCH' '$SOLO_TOOLS/realpath' --help >/dev/null"
finish
