# uname: each flag, combinations in any order, -a, bad options and operands. Under qemu-user the machine is the
# emulated one, so -m and -a are compared with GNU's only natively; elsewhere -m must name SOLO_ARCH.
source "$(dirname "$0")/lib.sh"
export LC_ALL=C
in_tmp
compare uname
for f in -s -n -r -v -o -p -i -sn -rs -vns -o -s --kernel-name --nodename --operating-system -snrvo; do
  compare uname $f
done
compare uname -x
compare uname --bogus
compare uname extra
compare uname -s extra
if [ "$SOLO_ARCH" = "$(uname -m)" ]; then
  compare uname -m
  compare uname -a
  compare uname -a -p
  compare uname -mpi
else
  # The emulated machine under the architecture's name or one of its other names (toolchain/arches: i686 for
  # i386, armv7l for armv7).
  names=" $(awk -v a="$SOLO_ARCH" '$1 == a { $2 = $3 = ""; print }' "$SOLO_ROOT/toolchain/arches") "
  machine=$(solo uname -m)
  known() { [ -n "$machine" ] && [[ $names == *" $machine "* ]]; }
  check "uname -m names the emulated machine ($machine)" known
  check "uname -a ends with machine and system" bash -c "'$SOLO_ROOT/qemu/run' '$SOLO_ARCH' '$SOLO_TOOLS/uname' -a | grep -q ' $machine GNU/Linux\$'"
fi
check "uname --help exits 0" bash -c "'$SOLO_ROOT/qemu/run' '$SOLO_ARCH' '$SOLO_TOOLS/uname' --help >/dev/null"
# Options count after operands too (GNU's parser reads them all first); an extra operand is named once.
check "uname x --help prints its usage" bash -c "'$SOLO_ROOT/qemu/run' '$SOLO_ARCH' '$SOLO_TOOLS/uname' x --help | grep -q '^Usage: uname'"
compare uname x y
compare uname x --bogus
compare uname x -s
finish
