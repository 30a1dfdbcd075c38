# sort against GNU sort under LC_ALL=C: plain byte order, -n, -r, -u, -s, -k with fields, characters and
# modifiers, -t, -z, -o (also onto an input), -c, several files, stdin, files without a last newline, binary
# bytes, bad options and key specs; then a differential test on random inputs with random option sets.
source "$(dirname "$0")/lib.sh"
export LC_ALL=C
in_tmp
random_lines=$SOLO_ROOT/tests/tools/random-lines
printf 'banana\napple\ncherry\napple\n\nBanana\n  apple\n' >fruit
printf '10\n9\n-1\n1.5\n-1.5\n0\n-0\n00\nabc\n\n 7\n1e3\n.5\n-.25\n' >numbers
printf 'b 2 x\na 10 y\nc 2 z\nb 1 w\na 10 a\n' >fields
printf 'root:x:0:0\nbin:x:2:2\ndaemon:x:1:1\nuser:x:1000:100\n' >passwd
printf 'no newline\nat the end' >noeol
printf 'z\0a\0m\nn\0' >nul
printf '\x80\n\x7f\nA\n\xff\na\n' >binary
: >empty
compare sort fruit
compare sort -r fruit
compare sort -u fruit
compare sort -n numbers
compare sort -nr numbers
compare sort -nu numbers
compare sort -n -s numbers
compare sort -k2 fields
compare sort -k2,2 fields
compare sort -k2,2n fields
compare sort -k2,2nr -k1,1 fields
compare sort -k2n -k3r fields
compare sort -k1.2 fields
compare sort -k1.2,1.2 -s fields
compare sort -k3,3 -u fields
compare sort -s -k2,2n fields
compare sort -r -k2,2 fields
compare sort -t: -k3,3n passwd
compare sort -t : -k3n -r passwd
compare sort -t: -k2 -u passwd
compare sort -b -k2 fruit
compare sort -k1b,1 fruit
compare sort fruit numbers fields
compare sort noeol fruit
compare sort -z nul
compare sort -zr nul
compare sort binary
compare sort empty
compare --stdin fruit sort
compare --stdin fruit sort - numbers
compare sort -c fruit
compare sort -c numbers
compare sort -cn numbers
compare sort -c empty
compare sort -cu fields
compare --stdin fruit sort -c
cp fruit sorted && sort -o sorted sorted
compare sort -c sorted
compare sort -cu sorted
compare sort missing
compare sort fruit missing
compare sort .
compare sort -k0 fruit
compare sort -k1.0 fruit
compare sort -ka fruit
compare sort -k1.a fruit
compare sort -k1,a fruit
compare sort -k1,0 fruit
compare sort -k1x fruit
compare sort -t ab fruit
compare sort -t '' fruit
compare sort -t a -t b fruit
compare sort -c fruit numbers
compare sort -c -o out fruit
compare sort -x fruit
compare sort --bogus fruit
compare sort -k
compare sort -o /nonexistent/dir/out fruit
# -o writes after reading, so it may overwrite an input; and into a file solo's sort creates.
cp fruit in1 && cp fruit in2
sort -o in1 in1 numbers
solo sort -o in2 in2 numbers
check "sort -o onto its own input" cmp -s in1 in2
solo sort -o fresh -n numbers && sort -n numbers >expected
check "sort -o FILE" cmp -s fresh expected
check "sort --help" [ "$(solo sort --help | head -1)" = "Usage: sort [OPTION]... [FILE]..." ]
# The orderings beyond bytes and -n: -d -f -i (as options and -k modifiers), -h, -M, -V, -C, -m; -g below.
printf 'b\nA\n#a\n\001c\nB\na-b\n\n\x80x\nab\n' >mixed
printf '1K\n2M\n-1G\n0K\n1Q\n1R\n1k\n3\n1.5K\n 2K\n\n' >human
printf 'feb\nJAN x\n  Mar\nDECEMBER\nju\nfoo\nJun\n\n' >months
printf 'a-1.10\na-1.9\na-1.9~rc1\n.\n..\n.hidden\nfile.tar.gz\nfile2.tar.gz\n1.0\n1.0.tar\n\n' >versions
printf 'a\nc\ne\n' >m1 && printf 'b\nc\nd\n' >m2 && printf 'c\nz\n' >m3
for o in -f -d -i -fd -fi -df -dr -fu -k1,1f -k1,1d -k1,1fr; do compare sort $o mixed; done
for o in -h -hr -hu -k1,1h; do compare sort $o human; done
for o in -M -Mr -Mu -k1,1M -b -Ms; do compare sort $o months; done
for o in -V -Vr -Vf -Vd -k1,1V; do compare sort $o versions; done
compare sort -C mixed
compare sort -C sorted
compare sort -Cf sorted
compare sort -c -M months
compare sort -c -h human
compare sort -c -V versions
compare sort -c -C fruit
compare sort -C -o out fruit
for o in -nM -Vn -dn -in -hn -MV -hM -nrfi -k1,1dn "-n -k1,1M" -di -dV; do compare sort $o fruit; done
compare sort -m m1 m2 m3
compare sort -mu m1 m2 m3
compare sort -mr m3 m2
compare sort -m m1 missing
compare --stdin m2 sort -m m1 - m3
cp m1 o1 && cp m1 o2
sort -m -o o1 o1 m2 m3
solo sort -m -o o2 o2 m2 m3
check "sort -m -o onto its own input" cmp -s o1 o2
# -g: numbers as strtold reads them, compared as the long doubles it rounds them to. Keys that convert to
# nothing come first, then NaNs, then numbers; equal values (1, 1.0, 0x1p0, 10e-1) fall back to the whole line.
# One NaN of each sign: GNU orders equal NaNs by the long double's bytes, padding included (general_number.hpp).
printf '%s\n' 10 9 -1 1.5 1e3 1E3 1000 0x10 0X1p4 16 inf -inf INFINITY Inf nan -nan abc '' ' 7' .5 \
  -.25 +3 1e-5000 1e5000 1e4933 1.18e4932 -1.18e4932 -0 0 0x 1e 1e+ 0x1.8p1 3.0 1 1.0 0x1p0 10e-1 '0x.8p1' \
  0x1p-16500 1e-4950 -1e-4950 4.9e-4951 0x1P+16383 0x1p16384 ' -2' $'\t-3' 1e-1 .1e0 0.1 1x 2e3x >general
for o in -g -gr -gu -gs -k1,1g -k1g,1 -rgu -b; do compare sort $o general; done
compare sort -c -g general
compare sort -C -g general
for o in -gn -gh -gM -gV -gd -gfi -k1,1gn; do compare sort $o general; done
# Digits beyond a double's precision: which keys tie depends on the long double's width. Natively the reference
# is GNU's sort; for every architecture it is also the order from the target's own strtold
# (strtold-order.c, built with the target's gcc), run the same way as solo's sort.
printf '%s\n' 1 1.00000000000000000001 1.0000000000000000001 1.000000000000000001 0.99999999999999999999 \
  1.00000000000000000005421010862427522170037264 1.0000000000000000000542101086242752217003726400001 \
  18446744073709551615 18446744073709551616 18446744073709551617 3.6451995318824746025e-4951 \
  3.6451995318824746026e-4951 1.8225997659412373012e-4951 1.8225997659412373013e-4951 \
  1.18973149535723176502e4932 1.18973149535723176508e4932 0x1.ffffffffffffffffp16383 0x1.fffffffffffffffe8p16383 \
  0x8000000000000000.4p0 0x8000000000000000.8p0 0x8000000000000001.8p0 \
  1.000000000000000000000000000000000096296497219361792652798897 \
  1.000000000000000000000000000000000096296497219361792652798898 \
  1.000000000000000000000000000000000096296497219361792652798896 1.0000000000000000000000000000000001 \
  1.00000000000000000000000000000000019259299443872358530559779425849273185381016482 \
  1.0000000000000000000000000000000001925929944387235853055977942584927318538101648 \
  6.475175119438025110924438958227646552e-4966 6.4751751194380251109244389582276465525e-4966 \
  3.2375875597190125554622194791138232762e-4966 3.2375875597190125554622194791138232763e-4966 \
  1.1897314953572317650857593266280070162e4932 1.1897314953572317650857593266280071e4932 \
  1.18973149535723176508575932662800702e4932 0x1.ffffffffffffffffffffffffffff8p16383 \
  0x1.ffffffffffffffffffffffffffff7p16383 9007199254740993 9007199254740992 \
  5192296858534827628530496329220097 5192296858534827628530496329220096 >precise
if [ -z "${SOLO_QEMU:-}" ]; then
  for o in -g -gr -gu -gs; do compare sort $o precise; done
fi
# Debian's cross gcc for the architecture: its GNU type (i686-linux-gnu, arm-linux-gnueabihf) from its Debian name.
cc=gcc
if [ "$SOLO_ARCH" != "$(uname -m)" ]; then
  debian=$(awk -v a="$SOLO_ARCH" '$1 == a { print $2 }' "$SOLO_ROOT/qemu/architectures.list")
  cc=$(dpkg-architecture -a"$debian" -qDEB_HOST_GNU_TYPE 2>/dev/null || echo "$SOLO_ARCH-linux-gnu")-gcc
fi
if "$cc" -O2 -static -o strtold-order "$SOLO_ROOT/tests/tools/strtold-order.c"; then
  for r in "" r; do
    "$SOLO_ROOT/qemu/run" "$SOLO_ARCH" ./strtold-order $r <precise >expected
    solo sort -g$r precise >got
    check "sort -g$r: the order of $SOLO_ARCH's strtold" cmp -s expected got
  done
else
  check "$cc builds strtold-order.c (scripts/setup installs it)" false
fi
# Random numbers in every spelling, many of them equal.
awk -v seed=7 'BEGIN { srand(seed)
  for (i = 0; i < 600; i++) {
    r = int(rand() * 10); v = int(rand() * 200) - 100; s = (rand() < 0.2) ? " " : ""
    if (r == 0) print s v; else if (r == 1) printf "%s%d.%d\n", s, v, int(rand() * 100)
    else if (r == 2) printf "%s%de%d\n", s, v, int(rand() * 20) - 10
    else if (r == 3) printf "%s0x%x\n", s, (v < 0 ? -v : v)
    else if (r == 4) printf "%s%dE-%d\n", s, v, int(rand() * 5)
    else if (r == 5) printf "%s%s\n", s, (rand() < 0.5 ? "inf" : "-inf")
    else if (r == 6) printf "%sword%d\n", s, v
    else if (r == 7) printf "%s%.17g\n", s, v / 7
    else if (r == 8) printf "%s0x%xp-%d\n", s, (v < 0 ? -v : v), int(rand() * 8)
    else printf "%s%d.%03d%s\n", s, v, int(rand() * 1000), (rand() < 0.5 ? "x" : "") } }' >general-random
for o in -g -gr -gu -gs "-k1,1g -k1,1r"; do compare sort $o general-random; done
# A large input: several megabytes of lines, in byte and numeric order.
seq 1 200000 | sed 's/$/ line/' >big
compare sort big
compare sort -n big
compare sort -rn -k1,1 big

# Differential: random lines, random options, against GNU sort.
rounds=${SOLO_SORT_ROUNDS:-40}
[ -n "$(command -v qemu-$SOLO_ARCH 2>/dev/null)" ] && [ "$SOLO_ARCH" != "$(uname -m)" ] && rounds=${SOLO_SORT_ROUNDS:-15}
keys=("" "-k1" "-k2" "-k2,2" "-k2n" "-k2,2n" "-k1.2,1.3" "-k3,3r" "-k2b,2" "-k1,1 -k2,2n" "-k2.2b,3.1" "-k1,1r -k3n")
flags=("" "-n" "-r" "-u" "-s" "-nr" "-un" "-b" "-rs" "-nu -r")
seps=("" "" "-t:" "-t," "-t ")
for round in $(seq 1 "$rounds"); do
  mode=lines
  [ $((round % 7)) = 0 ] && mode=nul
  "$random_lines" "$round" $((round * 37 % 400 + 1)) $mode >random
  k=${keys[$((round % ${#keys[@]}))]}
  f=${flags[$((round * 3 % ${#flags[@]}))]}
  t=${seps[$((round % ${#seps[@]}))]}
  z=""
  [ $mode = nul ] && z=-z
  # shellcheck disable=SC2086 # the option words split on purpose
  if [ "$t" = "-t " ]; then compare sort $z $f $k -t " " random; else compare sort $z $f $k $t random; fi
  # shellcheck disable=SC2086
  [ $mode = nul ] || compare sort -c $f $k random
done
finish
