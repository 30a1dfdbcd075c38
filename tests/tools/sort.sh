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
# The orderings beyond bytes and -n: -d -f -i (as options and -k modifiers), -h, -M, -V, -C, -m.
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
