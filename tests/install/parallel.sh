#!/usr/bin/env bash
# make -j8 of many programs against a fresh install (made here, then read-only), half compiled and linked in
# one step, half compiled with -c and linked apart: every one must build and run. Prints the time taken.
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
t=$SOLO_INSTALL_TEST_DIR/parallel
fresh_dir "$t"
mkdir "$t/src"
logged "$t/install.log" "install" "$SOLO_ROOT/scripts/install" "$t/solo"
make_read_only "$t/solo"
count=48
{
  echo "CXX = $t/solo/bin/solo-c++"
  echo "all: $(seq -f 'p%g' -s ' ' 1 $count)"
} >"$t/src/Makefile"
for i in $(seq 1 $count); do
  cat >"$t/src/p$i.cpp" <<PROGRAM
#include <solo.hpp>
int main() { solo::println("program {} of $count", $i); }
PROGRAM
  if [ $((i % 2)) -eq 1 ]; then
    printf 'p%s: p%s.cpp\n\t$(CXX) -c p%s.cpp -o p%s.o && $(CXX) p%s.o -o p%s\n' $i $i $i $i $i $i
  else
    printf 'p%s: p%s.cpp\n\t$(CXX) p%s.cpp -o p%s\n' $i $i $i $i
  fi >>"$t/src/Makefile"
done
start=$(date +%s.%N)
logged "$t/make.log" "make -j8" read_only "$t/solo" make -C "$t/src" -j8
end=$(date +%s.%N)
for i in $(seq 1 $count); do
  [ "$("$t/src/p$i")" = "program $i of $count" ] || fail "p$i printed '$("$t/src/p$i")'"
done
objects=$(ls "$t/src"/*.o | wc -l)
[ "$objects" -eq $((count / 2)) ] || fail "expected $((count / 2)) objects, got $objects"
if grep -q -i -e warning -e error "$t/make.log"; then fail_showing "$t/make.log" "messages in the build"; fi
echo "$count programs with make -j8 on a fresh install: $(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.1f", b - a}') s"
