# tee: stdin to stdout and files (new, existing, appended with -a, several, the same one twice, "-"), empty
# and big inputs, files that cannot be opened (missing directory, a directory, permission denied as nobody),
# outputs that fail (/dev/full as a file and as stdout) under each --output-error mode and -p, a closed pipe
# at the default (SIGPIPE) and with -p, odd names, bad options and modes.
source "$(dirname "$0")/lib.sh"
export LC_ALL=C
in_tmp
printf 'one\ntwo\n' >in
head -c 300000 /dev/urandom >big
: >empty
# Runs GNU's and solo's `tee ARGS` each in a fresh directory on the same input, then compares stdout,
# stderr, status and every file left behind.
tees() {
  local input=$1
  shift
  rm -rf gnu solo && mkdir gnu solo
  for side in gnu solo; do
    (cd $side && echo old >exists && mkdir dir)
    if [ $side = gnu ]; then cmd=(tee); else cmd=("$SOLO_ROOT/qemu/run" "$SOLO_ARCH" "$SOLO_TOOLS/tee"); fi
    (cd $side && "${cmd[@]}" "$@" <"../$input" >../$side.out 2>../$side.err; echo $? >../$side.rc)
    sed -i -E 's#^[^ :]*/tee:#tee:#' $side.err
  done
  if cmp -s gnu.out solo.out && cmp -s gnu.err solo.err && cmp -s gnu.rc solo.rc && diff -r gnu solo >/dev/null; then
    pass
  else
    fail "tee $* <$input"
    diff <(cat gnu.err gnu.rc) <(cat solo.err solo.rc) | head -6
    diff -r gnu solo | head -4
  fi
}
tees in
tees in new
tees in exists
tees in -a exists
tees in --append exists new
tees in a b c
tees in a a
tees in -
tees big big1 big2
tees empty e
tees in missing/x new
tees in dir new
tees in "sp ace" $'new\nline' "it's" 'a:b' $'\xff'
tees in /dev/full new
tees in -p /dev/full new
tees in --output-error /dev/full new
tees in --output-error=warn /dev/full new
tees in --output-error=warn-nopipe /dev/full new
tees in --output-error=exit /dev/full new
tees in --output-error=exit-nopipe /dev/full new
tees in --output-error=ex /dev/full
tees in --output-error=warn- /dev/full
tees in --output-error=w new
tees in --output-error= new
tees in --output-error=bogus new
tees in -i new
tees in -x
tees in --bogus
# Standard output full: reported by name, the files still written.
for mode in "" -p --output-error=exit; do
  rm -f g s
  gnu=$(tee $mode g <in 2>&1 >/dev/full; echo $?)
  ours=$(solo tee $mode s <in 2>&1 >/dev/full | normalize_stderr tee; echo "${PIPESTATUS[0]}")
  check "tee $mode >/dev/full: '$ours' as GNU's '$gnu'" [ "$gnu" = "$ours" ]
  check "tee $mode >/dev/full still writes its file" cmp -s g s
done
# A reader that went away: SIGPIPE at the default; with -p the files are still written, silently, status 0.
rm -f s
(rm -f fifo && mkfifo fifo && exec 3<>fifo 4>fifo 3<&- && exec "$SOLO_ROOT/qemu/run" "$SOLO_ARCH" \
  "$SOLO_TOOLS/tee" s <big >&4 2>err)
check "tee to a closed pipe dies of SIGPIPE" [ $? = 141 ]
rm -f s
(rm -f fifo && mkfifo fifo && exec 3<>fifo 4>fifo 3<&- && exec "$SOLO_ROOT/qemu/run" "$SOLO_ARCH" \
  "$SOLO_TOOLS/tee" -p s <big >&4 2>err)
check "tee -p to a closed pipe goes on (status $?)" [ $? = 0 ]
check "tee -p to a closed pipe is silent" [ ! -s err ]
check "tee -p to a closed pipe writes its file" cmp -s s big
# Each read is passed on at once: the first line comes out before the input ends (the writer waits up to 20 s
# for the reader to have it, and says so if it had to give up).
check "tee passes input on as it comes" bash -c "rm -f seen late; { echo first; for _ in \$(seq 200); do [ -s seen ] && break; sleep 0.1; done; [ -s seen ] || : >late; echo second; } | '$SOLO_ROOT/qemu/run' '$SOLO_ARCH' '$SOLO_TOOLS/tee' | { head -1 >seen; cat >/dev/null; }; grep -qx first seen && [ ! -e late ]"
# A file it may not write, as a user who is not root.
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null; then
  chmod 755 .
  echo secret >locked && chmod 444 locked
  g=$(setpriv --reuid=65534 --regid=65534 --clear-groups tee locked <in 2>&1; echo $?)
  s=$(setpriv --reuid=65534 --regid=65534 --clear-groups "$SOLO_ROOT/qemu/run" "$SOLO_ARCH" "$SOLO_TOOLS/tee" locked <in 2>&1 | normalize_stderr tee; echo "${PIPESTATUS[0]}")
  check "tee into a read-only file as nobody: '$s'" [ "$g" = "$s" ]
  check "tee left the read-only file alone" [ "$(cat locked)" = secret ]
fi
check "tee --help exits 0" bash -c "'$SOLO_ROOT/qemu/run' '$SOLO_ARCH' '$SOLO_TOOLS/tee' --help >/dev/null"
finish
