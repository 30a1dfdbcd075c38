# sleep: durations with fractions and suffixes, sums, bad intervals and options; and a storm of signals does
# not shorten it (a lower bound on the elapsed time, which cannot flake: sleeping less is the bug).
source "$(dirname "$0")/lib.sh"
export LC_ALL=C
in_tmp
compare sleep 0
compare sleep 0.01
compare sleep .01 0.01s 0.0001m 0h 0d
compare sleep
compare sleep x
compare sleep 1x
compare sleep 1.2.3
compare sleep ''
compare sleep s
compare sleep -1
compare sleep --bogus
# What C's strtod reads: exponents, hexadecimal, infinity (checked by the help it gives with --help after it),
# blanks and signs; what it does not.
compare sleep 1e-3 ' 1e-3' +1e-3 1E-3s 0x1p-10 0x.8p-8 0X1P-12m 1e-400 .5e-2 1.e-3
compare sleep nan
compare sleep -0
compare sleep -- -1e-3
compare sleep 0x
compare sleep 1e
compare sleep .e1
compare sleep 1e-3x
compare sleep inf-
compare sleep 0xg
compare sleep x y 1
# Options count wherever they are, even after an operand that is not a duration or one that is forever.
gives_usage() { check "sleep $* prints its usage" bash -c "'$SOLO_ROOT/qemu/run' '$SOLO_ARCH' '$SOLO_TOOLS/sleep' $* | grep -q '^Usage: sleep'"; }
gives_usage BEFORE --help
gives_usage infinity --help
gives_usage inf --help
gives_usage 1e400 --help
gives_usage 1 2 x --help
check "sleep BEFORE --version prints its version" bash -c "'$SOLO_ROOT/qemu/run' '$SOLO_ARCH' '$SOLO_TOOLS/sleep' BEFORE --version | grep -q '^sleep (solo)'"
# A duration too long to count is forever, not an error: still asleep after a moment.
for d in infinity inf 1e400 0x1p2000 99999999999999999999999d; do
  # A process group of its own, ended as a whole: the tool may run under an emulator or a tracer.
  setsid "$SOLO_ROOT/qemu/run" "$SOLO_ARCH" "$SOLO_TOOLS/sleep" $d &
  pid=$!
  sleep 0.3
  check "sleep $d is still sleeping" kill -0 $pid
  kill -KILL -- -$pid 2>/dev/null
  wait $pid 2>/dev/null
done
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
# SIGCONT and SIGWINCH wake a sleeping process (they are delivered) but kill nothing; SIGSTOP/SIGCONT pairs
# interrupt the sleep the way a job-control storm would.
start=$(now_ms) # before the start, so that the elapsed time is never less than the sleep's own
"$SOLO_ROOT/qemu/run" "$SOLO_ARCH" "$SOLO_TOOLS/sleep" 0.6 & # exec all the way: $! is the sleeping process
pid=$!
for _ in $(seq 1 40); do
  kill -CONT $pid 2>/dev/null
  kill -WINCH $pid 2>/dev/null
  kill -STOP $pid 2>/dev/null
  kill -CONT $pid 2>/dev/null
  sleep 0.005
done
wait $pid
rc=$?
elapsed=$(($(now_ms) - start))
check "sleep 0.6 under a signal storm exits 0" [ $rc -eq 0 ]
check "sleep 0.6 under a signal storm lasts at least 0.6 s (took ${elapsed} ms)" [ "$elapsed" -ge 600 ]
check "sleep --help exits 0" bash -c "'$SOLO_ROOT/qemu/run' '$SOLO_ARCH' '$SOLO_TOOLS/sleep' --help >/dev/null"
finish
