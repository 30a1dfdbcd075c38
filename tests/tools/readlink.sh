# readlink: links (relative, absolute, dangling, to links, loops), non-links (silent failure, or reported
# with -v), -f/-e/-m over existing, missing and partly missing names, trailing slashes, "." and "..", -n
# with one and several operands, -z, odd names, missing operand, bad options, /dev/full.
source "$(dirname "$0")/lib.sh"
export LC_ALL=C
in_tmp
mkdir -p d/sub
: >f
ln -s f rel
ln -s "$PWD/f" abs
ln -s nowhere dangling
ln -s rel chain
ln -s loop1 loop2 && ln -s loop2 loop1
ln -s d dlink
ln -s ../f d/up
ln -s $'new\nline' nl
touch "sp ace" && ln -s "sp ace" spl
for name in rel abs dangling chain loop1 f d missing nl spl "" d/up; do
  compare readlink -- "$name"
  compare readlink -v -- "$name"
done
for mode in -f -e -m; do
  for name in f rel abs dangling chain loop1 d d/ d/sub d/sub/ dlink dlink/sub dlink/up d/up missing missing/x \
    f/ f/x d/../f ./f . .. / // /../.. dlink/.. "$PWD" "sp ace" spl ""; do
    compare readlink $mode -- "$name"
    compare readlink $mode -v -- "$name"
  done
done
compare readlink rel abs d
compare readlink -n rel
compare readlink -n rel abs
compare readlink -fn f
compare readlink -z rel abs
compare readlink -fz f d
compare readlink -q missing
compare readlink -s -v missing
compare readlink -vq missing
compare readlink
compare readlink -x f
compare readlink --canon f
compare readlink --bogus
to_full readlink rel
to_full readlink -f f
check "readlink --help exits 0" bash -c "'$SOLO_ROOT/qemu/run' '$SOLO_ARCH' '$SOLO_TOOLS/readlink' --help >/dev/null"
finish
