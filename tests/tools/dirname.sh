# dirname: names with and without slashes, the root, repeated and trailing slashes, empty names, several
# operands, -z, odd bytes, missing operand, bad options, /dev/full.
source "$(dirname "$0")/lib.sh"
export LC_ALL=C
in_tmp
for name in a a/ a/b a/b/ a/b//c// / // /// //a ///a/b "" . .. ../x /a $'new\nline/x' $'\xff/\xfe' "sp ace/x"; do
  compare dirname -- "$name"
done
compare dirname a/b c/d/e /
compare dirname -z a/b c
compare dirname --zero /x/y
compare dirname
compare dirname -x a
compare dirname --bogus
to_full dirname a/b
to_full dirname --version
check "dirname --help exits 0" bash -c "'$SOLO_ROOT/qemu/run' '$SOLO_ARCH' '$SOLO_TOOLS/dirname' --help >/dev/null"
finish
