# touch: new and existing files, -c, -a, -m, --time, -d (epoch seconds, ISO dates and times, zones,
# fractions, time of day), -t stamps (with and without century and seconds), -r, -h on links, "-",
# directories, time zones (TZ=UTC0, a zone file, one with daylight saving), invalid dates, missing
# directories, a file it may not write (as nobody), usage errors.
source "$(dirname "$0")/lib.sh"
export LC_ALL=C TZ=UTC0
in_tmp
# Runs `touch ARGS` from GNU and solo each in a fresh copy of the fixture; compares output, status, and the
# tree with its access and modification times; times later than the fixture's (now) print as NOW.
touches() {
  rm -rf gnu solo && mkdir gnu solo
  for side in gnu solo; do
    (cd $side && echo a >a && mkdir d && ln -s a al && ln -s nowhere dangling &&
     find . -exec touch -h -d '2001-02-03 04:05:06.5' {} +)
    if [ $side = gnu ]; then cmd=(touch); else cmd=("$SOLO_ROOT/qemu/run" "$SOLO_ARCH" "$SOLO_TOOLS/touch"); fi
    (cd $side && "${cmd[@]}" "$@" >../$side.out 2>../$side.err; echo $? >../$side.rc)
    sed -i -E 's#^[^ :]*/touch:#touch:#' $side.err
  done
  local recent=$(($(date +%s) - 300))
  tree() { find . ! -path . -printf '%y %s %A@ %T@ %p\n' | sort -k5 | awk -v r=$recent '{ for (i = 3; i <= 4; i++) if ($i + 0 > r) $i = "NOW"; print }'; }
  g=$(cd gnu && tree)
  s=$(cd solo && tree)
  if cmp -s gnu.out solo.out && cmp -s gnu.err solo.err && cmp -s gnu.rc solo.rc && [ "$g" = "$s" ]; then
    pass
  else
    fail "touch $* (TZ=$TZ)"
    diff <(cat gnu.out gnu.err gnu.rc; echo "$g") <(cat solo.out solo.err solo.rc; echo "$s") | head -10
  fi
}
touches new
touches a
touches a new other
touches -c new
touches -c a
touches -a a
touches -m a
touches --time=atime a
touches --time=access a
touches --time=use a
touches --time=mtime a
touches --time=modify a
touches --time=m a
touches --time=bogus a
touches --time= a
touches -am a
touches al
touches -h al
touches -h dangling
touches dangling
touches -c dangling
touches d
touches -h d
touches missing/x
touches -c missing/x
touches -d @0 a
touches -d @1234567890 a new
touches -d @1234567890.25 a
touches -d @-1 a
touches -d '2020-02-29' a
touches -d '2020-02-29 12:34' a
touches -d '2020-02-29 12:34:56' a
touches -d '2020-02-29T12:34:56.123456789' a
touches -d '2020-02-29 12:34:56Z' a
touches -d '2020-02-29 12:34:56 UTC' a
touches -d '2020-02-29 12:34:56 +0530' a
touches -d '2020-02-29 12:34:56 -08:00' a
touches -d '1969-07-20 20:17' a
touches -d '  2000-01-01  ' a
touches -d 2021-13-01 a
touches -d 2021-02-30 a
touches -d 2019-02-29 a
touches -d 'bogus' a
touches -d '' a
touches -d @x a
touches -t 202001020304 a
touches -t 202001020304.05 a
touches -t 2001020304 a
touches -t 6901020304 a
touches -t 6801020304 a
touches -t 01020304 a
touches -ma -t 202001020304 a new
touches -t 2020010203 a
touches -t 202001020304.5 a
touches -t 202013020304 a
touches -t x a
touches -r al new
touches -h -r al new
touches -r missing new
touches -m -r a new
touches -r a -d 2000-01-01 new
touches -r a -t 202001020304 new
touches -d 2000-01-01 -t 202001020304 new
touches "sp ace" $'new\nline' "it's"
touches
touches -x a
touches --bogus
touches -d
for TZ in America/New_York Europe/Berlin Asia/Kolkata UTC0 JST-9 ""; do
  export TZ
  touches -d '2021-07-01 12:00' a
  touches -d '2021-01-01 12:00' a
  touches -t 202107011200 a
  touches -d '2021-03-14 02:30' a
  touches -d '2021-11-07 01:30' a
done
export TZ=UTC0
# Standard output, as "-": a file, and /dev/full is still touched.
rm -f out1 out2 && touch -d 2001-01-01 out1 out2
touch -d 2005-05-05 - >>out1
solo touch -d 2005-05-05 - >>out2
check "touch - (standard output)" [ "$(stat -c %Y out1)" = "$(stat -c %Y out2)" ]
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null; then
  chmod 755 .
  echo x >ro && chmod 644 ro
  echo x >rw && chmod 666 rw
  for args in "ro" "-d 2000-01-01 ro" "rw" "-d 2000-01-01 rw" "shut/x"; do
    mkdir -p shut && chmod 555 shut
    g=$(setpriv --reuid=65534 --regid=65534 --clear-groups touch $args 2>&1; echo $?)
    s=$(setpriv --reuid=65534 --regid=65534 --clear-groups "$SOLO_ROOT/qemu/run" "$SOLO_ARCH" "$SOLO_TOOLS/touch" $args 2>&1 | normalize_stderr touch; echo "${PIPESTATUS[0]}")
    check "touch $args as nobody: '$s' (GNU '$g')" [ "$g" = "$s" ]
  done
fi
to_full touch --help
check "touch --help exits 0" bash -c "'$SOLO_ROOT/qemu/run' '$SOLO_ARCH' '$SOLO_TOOLS/touch' --help >/dev/null"
finish
