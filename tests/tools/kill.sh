# kill: Debian installs no GNU kill (its /bin/kill is procps'), so this suite checks what coreutils' kill is
# documented and built to do rather than comparing with it: the -l / -t / -L tables against this architecture's
# uapi signal numbers and names (with the C library's naming: RTMIN is the kernel's SIGRTMIN + 2, 29 is POLL),
# the descriptions against the C library's strsignal, names and numbers against bash's kill -l where the two
# agree, and signals actually delivered to child processes (by name, number, exit status, -s / -n /
# --signal, to several processes and to a process group), -0, the errors and their messages, options after
# operands (a negative number after the first argument ends the options), as nobody, /dev/full.
source "$(dirname "$0")/lib.sh"
export LC_ALL=C
in_tmp

# expect WANT_STATUS WANT_OUTPUT ARGS...: solo's kill with ARGS prints WANT_OUTPUT (stdout and stderr
# together, the program's path reduced to "kill") and exits with WANT_STATUS.
expect() {
  local want_rc=$1 want=$2 got rc
  shift 2
  got=$(solo kill "$@" 2>&1 | normalize_stderr kill; exit "${PIPESTATUS[0]}")
  rc=$?
  if [ "$got" = "$want" ] && [ "$rc" = "$want_rc" ]; then pass; else
    fail "kill $*: status $rc (want $want_rc)"
    diff <(echo "$want") <(echo "$got") | head -10
  fi
}
try="Try 'kill --help' for more information."

# The signals' names from the uapi header: the first name each number 1...31 has there, POLL for 29 (the C
# library's table names it first), then the real-time ones, which the C library starts two after the kernel's
# SIGRTMIN, counting up from RTMIN to the middle and down from RTMAX after it.
case $SOLO_ARCH in
  x86_64) header=/usr/include/x86_64-linux-gnu/asm/signal.h ;;
  *) header=/usr/include/asm-generic/signal.h ;; # aarch64's and riscv64's asm/signal.h are the generic one
esac
names=$(awk '$1 == "#define" && $2 ~ /^SIG[A-Z0-9]+$/ && $3 ~ /^[0-9]+$/ && $3 >= 1 && $3 <= 31 && !seen[$3]++ {
  name = substr($2, 4); if ($3 == 29) name = "POLL"; print $3, name }' "$header" | sort -n)
rtmin=$(awk '$1 == "#define" && $2 == "SIGRTMIN" { print $3 }' "$header")
nsig=$(awk '$1 == "#define" && $2 == "_NSIG" { print $3 }' "$header" /usr/include/asm-generic/signal.h | head -1)
rtmin=$((rtmin + 2))
for ((n = rtmin; n <= nsig; n++)); do
  if ((n <= rtmin + (nsig - rtmin) / 2)); then d=$((n - rtmin)); name=RTMIN${d/#0/}; ((d)) && name=RTMIN+$d
  else d=$((nsig - n)); name=RTMAX; ((d)) && name=RTMAX-$d; fi
  names+=$'\n'"$n $name"
done
check "31 classic signals and 31 real-time ones from $header ($(wc -l <<<"$names"))" [ "$(wc -l <<<"$names")" = 62 ]
expect 0 "$(cut -d' ' -f2 <<<"$names")" -l
expect 0 "$(cut -d' ' -f2 <<<"$names")" --list
table=$(while read -r n name; do
  printf '%2d %-8s %s\n' "$n" "$name" "$(python3 -c 'import ctypes, sys
libc = ctypes.CDLL(None); libc.strsignal.restype = ctypes.c_char_p; print(libc.strsignal(int(sys.argv[1])).decode())' "$n")"
done <<<"$names")
expect 0 "$table" -t
expect 0 "$table" -L
expect 0 "$table" --table
expect 0 " 0 EXIT     Unknown signal 0
15 TERM     Terminated
37 RTMIN+3  Real-time signal 3" -t 0 TERM 165
# Each number and name both ways, against bash's kill -l (which names 29 IO, and also knows it as POLL).
while read -r n name; do
  want=$name
  [ "$n" = 29 ] && want=IO
  [ "$(bash -c "kill -l $n")" = "$want" ] || fail "bash's kill -l $n is not $want"
  expect 0 "$name" -l "$n"
  expect 0 "$n" -l "$name"
  expect 0 "$n" -l "sig$name"
  expect 0 "$n" -l "$(tr A-Z a-z <<<"$name")"
done <<<"$names"
# Numbers: a shell's exit status for a signal (128 + n, 256 + n), 0 as EXIT; the second names; RTMIN / RTMAX
# offsets as strtol reads them; what is none of these.
expect 0 $'TERM\nTERM\nKILL\nRTMIN+10\nEXIT\nEXIT' -l 143 271 137 300 128 256
expect 0 $'6\n17\n29\n29\n0\n9\n9' -l IOT cld POLL io exit SIG9 sig09
expect 0 $'34\n34\n64\n34\n39\n64\n34\n34' -l rtmin RTMIN+0 RTMIN+30 RTMAX-30 'RTMIN 5' rtmax+0 SIGRTMIN RTMIN-0
for bad in 32 33 65 255 4294967311 9x ' 5' +5 -5 '' RTMIN+31 RTMAX-31 RTMAX+1 RTMIN+ RTMINX RTMIN-+2 SIG SIGSIGTERM TERM2; do
  expect 1 "kill: '$bad': invalid signal" -l "$bad"
done
expect 1 "kill: 'new\\nline': invalid signal" -l $'new\nline'
expect 1 "kill: '\\377': invalid signal" -t $'\xff'
# (Standard output is buffered, GNU's too: the error comes first.)
expect 1 $'kill: \'FOO\': invalid signal\n15\nKILL' -l TERM FOO 137

# Signals delivered: each child is a sleep, and its wait status says what ended it. A watchdog ends a child
# that is still there after a few seconds with SIGSYS (status 159, which no case expects), so that a signal
# that never arrives fails the case instead of waiting out the sleep.
reap() { # reap PID: sets status to the child's wait status
  local dog
  bash -c 'sleep 5; kill -s SYS "$0" 2>/dev/null' "$1" &
  dog=$!
  wait "$1"
  status=$?
  # SIGKILL: a shell forked for it that has not executed bash yet would run in_tmp's EXIT trap on a SIGTERM.
  kill -s KILL "$dog" 2>/dev/null
  wait "$dog" 2>/dev/null
}
# running PID NAME: waits (up to 5 s) until PID has executed NAME. Before that it is a forked shell, which a
# signal would end through in_tmp's EXIT trap (deleting the test's directory) instead of with its own status.
running() {
  local i
  for i in $(seq 500); do
    [ "$(cat "/proc/$1/comm" 2>/dev/null)" = "$2" ] && return 0
    sleep 0.01
  done
  return 1
}
sent() { # sent WANT_STATUS KILL-ARGS... (the child's pid is PID in them)
  local want=$1 pid status
  shift
  sleep 100 &
  pid=$!
  running "$pid" sleep
  solo kill "${@//PID/$pid}"
  reap "$pid"
  check "kill $* ended the child with status $status (want $want)" [ "$status" = "$want" ]
}
sent 143 PID
sent 137 -9 PID
sent 137 -KILL PID
sent 137 -SIGKILL PID
sent 137 -s KILL PID
sent 137 -skill PID
sent 137 -n 9 PID
sent 137 --signal=KILL PID
sent 137 --sig KILL PID
sent 137 -s 137 PID
sent 143 -143 PID
sent 138 -USR1 PID
sent 129 -1 PID
sent 129 -HUP -- PID
sent 129 PID -s HUP
sent 142 -s SIGALRM PID
# Real-time signals only natively: qemu-user maps a guest's real-time signal to another host number when it
# passes kill on (seen: 34 arrives as 36 under QEMU 7.2, as 38 under 10.0) and cannot pass 63 and 64 at all.
if [ -z "${SOLO_QEMU:-}" ]; then
  sent 163 -RTMIN+1 PID
  sent 192 -s RTMAX PID
fi
sleep 100 &
p1=$!
sleep 100 &
p2=$!
running "$p1" sleep
running "$p2" sleep
solo kill -s USR2 "$p1" "$p2"
reap "$p1"
s1=$status
reap "$p2"
s2=$status
check "kill -s USR2 to two processes: $s1 $s2" [ "$s1:$s2" = 140:140 ]
# A process group: setsid makes the child the leader of a group of its own, whose id is its pid.
for opts in "-- -" "-TERM -" "-s TERM -" "-s TERM -- -"; do
  read -r -a o <<<"${opts% -}"
  setsid sleep 100 &
  pid=$!
  running "$pid" sleep # comm is "sleep" once setsid has made the group and executed it
  solo kill "${o[@]}" "-$pid"
  reap "$pid"
  check "kill $opts$pid ended the group's leader with status $status" [ "$status" = 143 ]
done
# A handler sees the signal, and -0 / -s 0 / -s EXIT only ask whether the process is there.
rm -f ready
bash -c 'trap "echo caught >caught; exit 7" USR1; : >ready; while :; do sleep 0.05; done' &
pid=$!
for _ in $(seq 500); do [ -e ready ] && break; sleep 0.01; done
expect 0 "" -0 "$pid"
expect 0 "" -s 0 "$pid"
expect 0 "" -s EXIT "$pid"
solo kill -s USR1 "$pid"
reap "$pid"
check "kill -s USR1 reached the handler: status $status, '$(cat caught 2>/dev/null)'" [ "$status:$(cat caught)" = 7:caught ]
expect 1 "kill: '$pid': No such process" -0 "$pid"
expect 1 "kill: '$pid': No such process" "$pid"
# After the first argument, a negative number ends the options: it and all after it are the PIDs, and any
# operand before it is dropped (getopt had moved it out of the way), so `kill PID -9` signals group 9 only.
sleep 100 &
pid=$!
expect 1 "kill: '-2147483647': No such process" "$pid" -2147483647
check "kill PID -N left PID alone" kill -0 "$pid"
expect 1 "kill: '-2147483647': No such process
kill: '-2147483646': No such process" -s 0 "$pid" -2147483647 -2147483646
kill "$pid"
wait "$pid"

# Errors and their messages.
expect 1 "kill: no process ID specified
$try"
expect 1 "kill: no process ID specified
$try" -s TERM
expect 1 "kill: option requires an argument -- 's'
$try" -s
expect 1 "kill: option '--signal' requires an argument
$try" --signal
expect 1 "kill: 'FOO': invalid signal
$try" -s FOO 1
expect 1 "kill: 'FOO': invalid signal
$try" -FOO 1
expect 1 "kill: '9x': invalid signal
$try" -9x 1
expect 1 "kill: 'TERM': multiple signals specified
$try" -9 -TERM 1
expect 1 "kill: 'HUP': multiple signals specified
$try" -s 1 --signal HUP 1
expect 1 "kill: cannot combine signal with -l or -t
$try" -l -s 9
expect 1 "kill: cannot combine signal with -l or -t
$try" -9 -t
expect 1 "kill: multiple -l or -t options specified
$try" -l -t
expect 1 "kill: multiple -l or -t options specified
$try" -L -l
expect 1 "kill: invalid option -- H
$try" -lHUP
expect 1 "kill: invalid option -- 9
$try" -l9
expect 1 "kill: invalid option -- 'x'
$try" -x 1
expect 1 "kill: invalid option -- 'e'
$try" -term 1
expect 1 "kill: unrecognized option '--bogus=1'
$try" --bogus=1 1
expect 1 "kill: option '--list' doesn't allow an argument
$try" --list=9
expect 1 "kill: 'abc': invalid process id
kill: '': invalid process id
kill: '2147483648': invalid process id
kill: '-2147483649': invalid process id
kill: ' 12x': invalid process id
kill: '0x10': invalid process id
kill: '99999999999999999999': invalid process id" -0 -- abc '' 2147483648 -2147483649 ' 12x' 0x10 99999999999999999999
expect 1 "kill: 'new\\nline': invalid process id" -0 $'new\nline'
check "kill --help exits 0" bash -c "'$SOLO_ROOT/qemu/run' '$SOLO_ARCH' '$SOLO_TOOLS/kill' --help >/dev/null"
expect 0 "kill (solo) 0.1" --version
# As nobody, another user's process may not be signalled.
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null; then
  sleep 100 &
  pid=$!
  got=$(setpriv --reuid=65534 --regid=65534 --clear-groups "$SOLO_ROOT/qemu/run" "$SOLO_ARCH" "$SOLO_TOOLS/kill" "$pid" 2>&1 |
    normalize_stderr kill; echo "${PIPESTATUS[0]}")
  check "kill as nobody: '$got'" [ "$got" = "kill: '$pid': Operation not permitted"$'\n'1 ]
  check "the process is still there" kill -0 "$pid"
  kill "$pid"
  wait "$pid"
fi
got=$(solo kill -l 2>&1 >/dev/full | normalize_stderr kill; echo "${PIPESTATUS[0]}")
check "kill -l >/dev/full: '$got'" [ "$got" = "kill: write error: No space left on device"$'\n'1 ]
finish
