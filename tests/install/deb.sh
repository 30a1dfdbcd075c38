#!/usr/bin/env bash
# make deb's package: its fields (Depends exactly toolchain/depends, each installed on this machine), its
# files (every architecture, owned by root, links relative), then installed with dpkg into a scratch root and
# used from there: solo-c++ for every architecture, the toolchain file, pkg-config; finally removed, leaving
# nothing behind.
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
t=$SOLO_INSTALL_TEST_DIR/deb
fresh_dir "$t"
logged "$t/deb.log" "make deb" "$SOLO_ROOT/scripts/deb" "$t"
cat "$t/deb.log"
version=$(cat "$SOLO_ROOT/VERSION")
deb=$t/solo_${version}_$(dpkg --print-architecture).deb
[ -f "$deb" ] || fail "no $deb"
[ "$(dpkg-deb --field "$deb" Package)" = solo ] || fail "Package is not solo"
[ "$(dpkg-deb --field "$deb" Version)" = "$version" ] || fail "Version is not $version"
want=$(grep -v -e '^#' -e '^$' "$SOLO_ROOT/toolchain/depends" | paste -sd, - | sed 's/,/, /g')
[ "$(dpkg-deb --field "$deb" Depends)" = "$want" ] || fail "Depends: $(dpkg-deb --field "$deb" Depends), not $want"
for p in $(grep -v -e '^#' -e '^$' "$SOLO_ROOT/toolchain/depends"); do
  [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)" = "install ok installed" ] || fail "depends on $p, not installed here"
done
contents=$(dpkg-deb --contents "$deb")
for arch in $(arches); do
  grep -q " ./usr/lib/solo/$arch/libsolo.a$" <<<"$contents" || fail "no usr/lib/solo/$arch/libsolo.a"
  grep -q " ./usr/lib/pkgconfig/solo-$arch.pc$" <<<"$contents" || fail "no solo-$arch.pc"
done
grep -q " ./usr/bin/solo-c++ -> ../lib/solo/toolchain/solo-c++$" <<<"$contents" || fail "no relative usr/bin/solo-c++"
owners=$(awk '{print $2}' <<<"$contents" | sort -u)
[ "$owners" = root/root ] || fail "files owned by $owners"

# A scratch root with an empty dpkg database: solo is its only package, so its dependencies (installed on this
# machine, where the drivers find them) are missing there, and nothing else is.
root=$t/root
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates"
touch "$root/var/lib/dpkg/status"
logged "$t/dpkg.log" "dpkg -i" dpkg --root="$root" --log=/dev/null --force-depends -i "$deb"
missing=$(sed -n 's/^ *Package \(.*\) is not installed\.$/\1/p' "$t/dpkg.log" | sort | paste -sd' ' -)
[ "$missing" = "$(grep -v -e '^#' -e '^$' "$SOLO_ROOT/toolchain/depends" | sort | paste -sd' ' -)" ] ||
  fail_showing "$t/dpkg.log" "dpkg reported unmet dependencies other than toolchain/depends: $missing"
[ "$(dpkg-query --root="$root" -W -f='${Status}' solo)" = "install ok installed" ] || fail "solo not installed"
usr=$root/usr
make_read_only "$usr"

for arch in $(arches); do
  qemu=$(emulator "$arch")
  read_only "$usr" "$usr/bin/solo-c++" --target="$arch" "$here/project/main.cpp" "$here/project/count.cpp" \
    -o "$t/counter-$arch" || fail "solo-c++ --target=$arch from the package"
  $qemu "$t/counter-$arch" "$here/project/input.txt" | grep -q '^input.txt: 3 lines, 9 words, 45 bytes' ||
    fail "counter for $arch from the package"
done
mkdir -p "$t/work"
cp -r "$here/project" "$t/work/src"
arch=$(arches | tail -n 1)
toolchain_build() {
  read_only "$usr" cmake -S "$t/work/src" -B "$t/work/build" -G Ninja \
    -DCMAKE_TOOLCHAIN_FILE="$usr/lib/solo/toolchain/$arch.cmake"
  read_only "$usr" cmake --build "$t/work/build"
  cd "$t/work/build" && ctest --output-on-failure
}
(logged "$t/cmake.log" "the toolchain file" toolchain_build)
cp -r "$here/project" "$t/work/make"
logged "$t/make.log" "pkg-config and make" read_only "$usr" env PKG_CONFIG_PATH="$usr/lib/pkgconfig" \
  make -C "$t/work/make" ARCH="$(arches | head -n 1)"
echo "installed into a scratch root; solo-c++ for $(arches | paste -sd' ' -), the $arch toolchain file and pkg-config work from it"

chmod -R u+w "$usr"
logged "$t/purge.log" "dpkg --purge" dpkg --root="$root" --log=/dev/null --purge solo
left=$(find "$root" ! -type d ! -path "$root/var/lib/dpkg/*")
[ -z "$left" ] || fail "dpkg --purge left: $left"
echo "removed with dpkg --purge, nothing left"
rm -rf "$t"
