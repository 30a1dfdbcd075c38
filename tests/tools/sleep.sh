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
