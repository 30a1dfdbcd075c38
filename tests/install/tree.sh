#!/usr/bin/env bash
# The driver and the CMake package from a source tree (a fresh copy of this one, outside it, with no build/):
# - eight links started at once by make -j8 on the fresh tree all succeed, and the library is built once,
#   with the reason said once ("build/<arch>/libsolo.a is missing");
# - up to date, a link says nothing and writes nothing: it works from the tree made read-only;
# - a changed source is rebuilt first and named; read-only and out of date, the link warns and goes on;
# - find_package(solo) from the tree (solo_DIR=<tree>/cmake) in a project(x CXX);
# - include(<tree>/cmake/solo.cmake) in a project of one's own fails at configure time and names the right way
#   (it used to skip solo's .S files in a project(x CXX) and link a program without _start that crashed).
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
t=$SOLO_INSTALL_TEST_DIR/tree
fresh_dir "$t"
mkdir -p "$t/solo" "$t/out"
tar -C "$SOLO_ROOT" --exclude=./build --exclude=./.git -cf - . | tar -C "$t/solo" -xf -
tree=$t/solo
arch=$(awk -v m="$(uname -m)" '/^[a-z0-9_]/ {for (i = 1; i <= NF; i++) if ($i == m && i != 2 && i != 3) print $1}' \
  "$tree/toolchain/arches" | head -n 1)
[ -n "$arch" ] || fail "this machine is not one of solo's architectures"

# Eight programs, each compiled and linked in one step, all at once.
cp "$here/project/count.hpp" "$here/project/count.cpp" "$t/out/"
{
  echo "CXX = $tree/toolchain/solo-c++"
  echo "all: $(seq -f 'p%g' -s ' ' 1 8)"
  printf 'p%%: main.cpp count.cpp\n\t$(CXX) main.cpp count.cpp -o $@\n'
} >"$t/out/Makefile"
cp "$here/project/main.cpp" "$t/out/"
start=$(date +%s.%N)
logged "$t/first.log" "make -j8 on a fresh tree" make -C "$t/out" -j8
seconds=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b - a}')
builds=$(grep -c "solo-c++: building solo for $arch in build/$arch (build/$arch/libsolo.a is missing)" "$t/first.log")
[ "$builds" -eq 1 ] || fail_showing "$t/first.log" "the library was announced $builds times, not once"
for i in $(seq 1 8); do
  "$t/out/p$i" "$here/project/input.txt" | grep -q '^input.txt: 3 lines, 9 words, 45 bytes' || fail "p$i does not work"
done
echo "make -j8 on a fresh tree: 8 links, the library built once, in $seconds s"

link() { "$tree/toolchain/solo-c++" "$t/out/main.cpp" "$t/out/count.cpp" -o "$t/out/again" 2>"$t/link.log"; }
link || fail_showing "$t/link.log" "link"
[ ! -s "$t/link.log" ] || fail_showing "$t/link.log" "an up-to-date link printed something"
read_only "$tree" "$tree/toolchain/solo-c++" "$t/out/main.cpp" "$t/out/count.cpp" -o "$t/out/ro" 2>"$t/ro.log" ||
  fail_showing "$t/ro.log" "link from the read-only tree"
[ ! -s "$t/ro.log" ] || fail_showing "$t/ro.log" "a link from the read-only tree printed something"
echo "up to date: silent, and works from the tree made read-only"

sleep 1 # a newer modification time than the library's, on any file system
changed=$(cd "$tree" && find lib -name '*.cpp' | sort | head -n 1)
touch "$tree/$changed"
read_only "$tree" "$tree/toolchain/solo-c++" "$t/out/main.cpp" "$t/out/count.cpp" -o "$t/out/ro" 2>"$t/ro.log" ||
  fail_showing "$t/ro.log" "read-only, out of date: the link should still work"
grep -q "warning: build/$arch/libsolo.a may be out of date ($changed changed)" "$t/ro.log" ||
  fail_showing "$t/ro.log" "read-only and out of date: no warning naming $changed"
link || fail_showing "$t/link.log" "link after a change"
grep -q "building solo for $arch in build/$arch ($changed changed)" "$t/link.log" ||
  fail_showing "$t/link.log" "the rebuild did not name $changed"
link && [ ! -s "$t/link.log" ] || fail_showing "$t/link.log" "the link after the rebuild was not silent"
echo "a change to $changed: rebuilt once and named; read-only, a warning"

mkdir -p "$t/package"
cp -r "$here/project" "$t/package/src"
package() {
  CC=clang-19 CXX=clang++-19 cmake -S "$t/package/src" -B "$t/package/build" -G Ninja -Dsolo_DIR="$tree/cmake"
  cmake --build "$t/package/build"
  cd "$t/package/build" && ctest --output-on-failure
}
logged "$t/package.log" "find_package(solo) from the tree" package
echo "find_package(solo) from the tree in a project(x CXX): built and run by ctest"

mkdir -p "$t/include/src"
cat >"$t/include/src/CMakeLists.txt" <<PROJECT
cmake_minimum_required(VERSION 3.20)
project(x CXX)
include($tree/cmake/solo.cmake)
PROJECT
if cmake -S "$t/include/src" -B "$t/include/build" >"$t/include.log" 2>&1; then
  fail "include(cmake/solo.cmake) in a project of one's own configured"
fi
grep -q "find_package(solo CONFIG)" "$t/include.log" || fail_showing "$t/include.log" "no pointer to find_package"
echo "include(cmake/solo.cmake) in a project of one's own: a configure error naming find_package(solo CONFIG)"
chmod -R u+w "$t" && rm -rf "$t"
