#!/usr/bin/env bash
# The install every other tests/install test uses (a ctest fixture): `make install PREFIX=/usr DESTDIR=<tmp>`,
# then moved elsewhere (an install must be relocatable) and made read-only (solo never writes into its prefix;
# the tests would fail if it did). Checks its shape: every architecture of toolchain/arches, headers without
# sources, relative links, a pkg-config file each. Prints the size of each architecture's part.
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
t=$SOLO_INSTALL_TEST_DIR
fresh_dir "$t"
logged "$t/install.log" "make install" \
  make -C "$SOLO_ROOT" --no-print-directory install PREFIX=/usr DESTDIR="$t/stage"
tail -n 1 "$t/install.log"
mv "$t/stage/usr" "$t/solo"
rmdir "$t/stage"
s=$t/solo

for arch in $(arches); do
  [ -f "$s/lib/solo/$arch/libsolo.a" ] || fail "no lib/solo/$arch/libsolo.a"
  [ -f "$s/lib/solo/toolchain/$arch.cmake" ] || fail "no toolchain file for $arch"
  [ -d "$s/lib/solo/arch/$arch" ] || fail "no arch/$arch headers"
  grep -q "^arch=$arch\$" "$s/lib/pkgconfig/solo-$arch.pc" || fail "no solo-$arch.pc"
  echo "$arch: $(du -sk "$s/lib/solo/$arch" "$s/lib/solo/arch/$arch" | awk '{n += $1} END {print n}') KiB of its own (library and arch/$arch headers)"
done
shared=$(du -skc "$s/lib/solo/lib" "$s/lib/solo/arch/generic" "$s/lib/solo/toolchain" "$s/lib/solo/cmake" \
  "$s/lib/pkgconfig" "$s/bin" | tail -n 1 | cut -f1)
echo "shared by all: $shared KiB (headers, toolchain and CMake files, pkg-config, drivers); in all $(du -sk "$s" | cut -f1) KiB"
[ -f "$s/lib/solo/lib/include/solo.hpp" ] || fail "no solo.hpp"
[ -d "$s/lib/solo/arch/generic" ] || fail "no arch/generic (the architectures' headers include it)"
[ -f "$s/lib/pkgconfig/solo.pc" ] || fail "no solo.pc"
[ -f "$s/lib/solo/cmake/soloConfig.cmake" ] || fail "no CMake package"
sources=$(find "$s" -name '*.cpp' -o -name '*.S' -o -name CMakeLists.txt)
[ -z "$sources" ] || fail "sources in the install: $sources"
for tool in $(grep -v -e '^#' -e '^$' "$SOLO_ROOT/toolchain/host-tools"); do
  [ -x "$s/bin/$tool" ] || fail "no bin/$tool"
  case $(readlink "$s/bin/$tool") in /*) fail "bin/$tool links to an absolute path" ;; esac
done
absolute=$(grep -rl -e "$t" -e "$SOLO_ROOT" "$s" || true)
[ -z "$absolute" ] || fail "files name the staging directory or the tree: $absolute"
make_read_only "$s"
echo "installed, moved to $s and made read-only"
