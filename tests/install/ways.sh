#!/usr/bin/env bash
# ways.sh WAY ARCH [LANGUAGES]: tests/install/project, copied out of the tree, built one way for ARCH from the
# read-only install that prefix.sh made, and run (under qemu-user for a foreign architecture):
#   find_package  CMake with the project's own compiler (clang-19) and find_package(solo), SOLO_ARCH=ARCH;
#                 ctest runs the program through the target's CROSSCOMPILING_EMULATOR (EXAMPLE_EVERY_ARCH=ON:
#                 the program for every architecture too, in the same build)
#   toolchain     CMake with -DCMAKE_TOOLCHAIN_FILE=<prefix>/lib/solo/toolchain/ARCH.cmake, a plain
#                 add_executable; ctest runs it through CMAKE_CROSSCOMPILING_EMULATOR
#   pkg-config    make with pkg-config's solo-ARCH (the project's Makefile)
# LANGUAGES are the project's, separated by commas (project(x CXX) by default; with C, a C file joins the
# program). The build must
# show the project's own -Wall warning for its unused variable, and still succeed: no -Werror is forced.
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
way=$1
arch=$2
languages=${3:-CXX}
languages=${languages//,/;}
prefix=$SOLO_INSTALL_TEST_DIR/solo
work=$SOLO_INSTALL_TEST_DIR/work/$way-$arch-${languages//;/-}

if [ "${4:-}" = --inside ]; then # the build itself, while the install is read-only
  cd "$work"
  case $way in
    find_package)
      CC=clang-19 CXX=clang++-19 cmake -S src -B build -G Ninja -DCMAKE_PREFIX_PATH="$prefix" -DSOLO_ARCH="$arch" \
        "-DEXAMPLE_LANGUAGES=$languages" -DEXAMPLE_EVERY_ARCH="${EXAMPLE_EVERY_ARCH:-OFF}"
      ;;
    toolchain)
      cmake -S src -B build -G Ninja -DCMAKE_TOOLCHAIN_FILE="$prefix/lib/solo/toolchain/$arch.cmake" \
        "-DEXAMPLE_LANGUAGES=$languages"
      ;;
    pkg-config)
      cp -r src build
      PKG_CONFIG_PATH=$prefix/lib/pkgconfig make -C build ARCH="$arch"
      ;;
    *) fail "no way '$way'" ;;
  esac
  if [ "$way" != pkg-config ]; then
    cmake --build build
    (cd build && ctest --output-on-failure)
    tests=$(cd build && ctest -N | sed -n 's/^Total Tests: //p')
    echo "ctest ran $tests tests"
  fi
  exit
fi

fresh_dir "$work"
cp -r "$here/project" "$work/src"
logged "$work/log" "$way build for $arch" read_only "$prefix" "$0" "$way" "$arch" "$languages" --inside
grep -q "warning: unused variable 'unused_on_purpose'" "$work/log" ||
  fail_showing "$work/log" "the project's own -Wall warning did not show"
! grep -q -e 'error:' -e 'Werror' "$work/log" || fail_showing "$work/log" "errors in the build log"
"$SOLO_ROOT/tests/binary/check-elf" "$work/build/counter" || fail "counter is not a static solo binary"
file=$(llvm-readelf-19 --file-header "$work/build/counter" | sed -n 's/ *Machine: *//p')
qemu=$(emulator "$arch")
out=$($qemu "$work/build/counter" "$work/src/input.txt") || fail "counter failed: $out"
case $out in "input.txt: 3 lines, 9 words, 45 bytes, checksum "*) ;; *) fail "counter printed: $out" ;; esac
case $languages in *C\;* | C) [ "${out##* }" != 0 ] || fail "the C part did not run: $out" ;; esac
echo "$way, $arch ($file${qemu:+, under $qemu}), languages $languages: $out"
