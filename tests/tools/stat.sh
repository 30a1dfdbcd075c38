# stat: the default layout for each file type (regular, empty, directory, link, fifo, character device),
# -L, -t, -f (default and terse), every format sequence with widths, precisions and flags, --printf with
# escapes, standard input, time zones, names to quote, missing files, usage errors, /dev/full.
source "$(dirname "$0")/lib.sh"
export LC_ALL=C TZ=UTC0
in_tmp
echo hi >f
: >empty
mkdir d
ln -s f l
ln -s nowhere dangling
mkfifo p
touch -d '2001-02-03 04:05:06.123456789' f
chmod 4751 f
touch "sp ace" $'new\nline' "it's"
ln -s "sp ace" "link one"
# Access times in the future: reading a file or link (GNU's run, then solo's) never updates them (relatime).
find . ! -path . -exec touch -h -a -d 2099-01-01 {} +
for name in f empty d l dangling p /dev/null . / "sp ace" $'new\nline' "it's" "link one"; do
  compare stat -- "$name"
  compare stat -L -- "$name"
  compare stat -t -- "$name"
done
compare stat f empty d
compare stat missing f
compare stat -L dangling
compare stat -f /proc /sys
compare stat -f -t /proc /sys
compare stat -f missing
compare stat -f -c '%n|%a|%b|%c|%d|%f|%i|%l|%s|%S|%t|%T' /proc /sys
compare stat -f -c '%n|%i|%l|%s|%S|%t|%T' .
all='%a|%A|%b|%B|%d|%D|%f|%F|%g|%G|%h|%i|%n|%N|%o|%s|%t|%T|%u|%U|%x|%X|%y|%Y|%z|%Z|%Hd|%Ld|%Hr|%Lr|%m'
for name in f d l p /dev/null; do
  compare stat -c "$all" "$name"
  compare stat -L -c "$all" "$name"
done
# A proc file's times are those of its inode, made anew when the kernel has dropped it: none for it.
untimed='%a|%A|%b|%B|%d|%D|%f|%F|%g|%G|%h|%i|%n|%N|%o|%s|%t|%T|%u|%U|%Hd|%Ld|%Hr|%Lr|%m'
compare stat -c "$untimed" /proc/version
compare stat -L -c "$untimed" /proc/version
compare stat -c '%10s|%-10s|%010s|%.3s|%5.2n|%-8U|%#o|%#a|%#f|%#D|%08x' f
compare stat -c '%.3Y|%.Y|%.0Y|%.9Y|%.12Y|%15.3Y|%-15.3X|%Z' f
compare stat -c '%%|%k|%|%' f
compare stat -c '' f
compare stat --format='%n %s' f d
compare stat --printf='%n\t%s\n' f d
compare stat --printf='\a\b\e\f\r\v\\\"\101\x41\q|' f
compare stat --printf='%n' f
compare --stdin f stat -c '%s %F' -
compare --stdin /dev/null stat -c '%F' -
for TZ in America/New_York Asia/Kolkata JST-9; do
  export TZ
  compare stat -c '%x|%y|%z' f
done
export TZ=UTC0
compare stat
compare stat -x f
compare stat -c
compare stat --bogus
to_full stat f
to_full stat -c %n f
check "stat --help exits 0" bash -c "'$SOLO_ROOT/qemu/run' '$SOLO_ARCH' '$SOLO_TOOLS/stat' --help >/dev/null"
finish
