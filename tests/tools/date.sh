# date: fixed moments (-d @N, ISO dates and times with zones) in the default layout, every +FORMAT
# conversion with flags and widths, -R, -I with each TIMESPEC, --rfc-3339, -u, -r FILE, time zones (TZ
# files with daylight saving, POSIX offsets, UTC), invalid dates and specs, mutually exclusive options,
# setting the clock as nobody (refused), usage errors, /dev/full.
source "$(dirname "$0")/lib.sh"
export LC_ALL=C TZ=UTC0
in_tmp
touch -d '2001-02-03 04:05:06.789' f
all='%%|%a|%A|%b|%B|%c|%C|%d|%D|%e|%F|%g|%G|%h|%H|%I|%j|%k|%l|%m|%M|%n|%N|%p|%P|%q|%r|%R|%s|%S|%t|%T|%u|%U|%V|%w|%W|%x|%X|%y|%Y|%z|%:z|%::z|%:::z|%Z|%Q'
flags='%-d|%_d|%0e|%-e|%5d|%-5d|%_5Y|%010s|%^a|%^B|%#a|%#Z|%#p|%^p|%10A|%-10A|%3N|%6N|%12N|%-N|%Ey|%Od|%'
for when in @0 @1 @-1 @86399 @951782400 @1234567890.5 '2000-02-29 13:14:15' '1999-12-31 23:59:59' \
  '2004-12-27' '2005-01-01' '2008-12-29' '2010-01-03' '2021-01-04' '1970-01-01 00:00:00 +0530' '2038-01-19 03:14:08'; do
  compare date -d "$when"
  compare date -d "$when" "+$all"
  compare date -d "$when" "+$flags"
  compare date -u -d "$when" -R
done
for spec in "" date hours minutes seconds ns d h m s n; do
  if [ -z "$spec" ]; then compare date -d @1234567890 -I; else compare date -d @1234567890 "-I$spec"; fi
done
compare date -d @1234567890 --iso-8601
compare date -d @1234567890 --iso-8601=seconds
for spec in date seconds ns; do compare date -d @1234567890.123 --rfc-3339=$spec; done
compare date -d @1 -Ix
compare date -d @1 --rfc-3339=hours
compare date -d @1 --rfc-3339=x
compare date -d @1 -R -I
compare date -d @1 -R +%s
compare date -r f
compare date -r f +%N
compare date -r missing
compare date -d @1 -r f
compare date -d 'not a date'
compare date -d 2021-02-30
compare date -d @1 a b
compare date -d @1 +%Y +%m
compare date -x
compare date --bogus
compare date -d
for TZ in America/New_York Europe/Berlin Asia/Kolkata Australia/Lord_Howe JST-9 '<+0330>-3:30' UTC0 ""; do
  export TZ
  for when in @0 @1234567890 '2021-07-01 12:00' '2021-01-01 12:00' '2021-03-14 03:30' '2021-11-07 01:30'; do
    compare date -d "$when" "+%F %T %z %:z %Z %s"
    compare date -d "$when"
  done
  compare date -u -d @1234567890
done
export TZ=UTC0
# The current time: GNU's second or a later one (solo starts under an emulator, on a machine that may be busy).
g=$(date +%s) s=$(solo date +%s)
check "date +%s is now ($s, GNU $g)" [ $((s - g)) -ge 0 -a $((s - g)) -le 10 ]
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null; then
  for args in "-s @0" "010100002000" "-s 2000-01-01"; do
    g=$(setpriv --reuid=65534 --regid=65534 --clear-groups date $args 2>&1; echo $?)
    s=$(setpriv --reuid=65534 --regid=65534 --clear-groups "$SOLO_ROOT/qemu/run" "$SOLO_ARCH" "$SOLO_TOOLS/date" $args 2>&1 | normalize_stderr date; echo "${PIPESTATUS[0]}")
    check "date $args as nobody is refused: '$s' (GNU '$g')" [ "$g" = "$s" ]
  done
fi
to_full date
to_full date -d @0 +%c
check "date --help exits 0" bash -c "'$SOLO_ROOT/qemu/run' '$SOLO_ARCH' '$SOLO_TOOLS/date' --help >/dev/null"
finish
