# basename: plain names, trailing and repeated slashes, the root, empty names, suffixes (also one that is
# the whole name), -a, -s, -z, odd bytes, missing and extra operands, bad options, /dev/full.
source "$(dirname "$0")/lib.sh"
export LC_ALL=C
in_tmp
for name in a /a/b a/b/ a//b// / // /// "" . .. ///a// $'new\nline' $'\xff\xfe' "sp ace" -; do
  compare basename -- "$name"
done
compare basename a.c .c
compare basename .c .c
compare basename x/a.c/ .c
compare basename / /
compare basename a.tar.gz gz
compare basename dir/ ir
compare basename -a a/b c/d/ /
compare basename -s .c a.c b.c x.c.c .c
compare basename --suffix=.h a.h --multiple b.h
compare basename -z a/b c
compare basename -az a/b c
compare basename --zero /x/y
compare basename -- -a
compare basename
compare basename a b c
compare basename -s
compare basename -x a
compare basename --bogus a
compare basename --mul a b
to_full basename a
to_full basename --help
check "basename --help exits 0" bash -c "'$SOLO_ROOT/qemu/run' '$SOLO_ARCH' '$SOLO_TOOLS/basename' --help >/dev/null"
finish
