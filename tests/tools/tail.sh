# tail: -n and -c, +N, the old -N form, headers, stdin and pipes, missing files, directories, empty, big and
# binary input.
source "$(dirname "$0")/lib.sh"
export LC_ALL=C
in_tmp
seq 1 100 >a
printf 'x\ny\nno newline' >b
printf '\n\n\n' >nl
: >empty
mkdir d
head -c 2000000 /dev/urandom >bin
seq 1 300000 >lines
compare tail a
compare tail -n 3 a
compare tail -n3 b
compare tail -n 1 b
compare tail -n 0 a
compare tail -n 1000 a
compare tail -n +95 a
compare tail -n +0 b
compare tail -n +1 b
compare tail -n +3 b
compare tail -n 2 nl
compare tail -c 4 b
compare tail -c +3 b
compare tail -3 a
compare tail a b
compare tail -n 2 a empty b
compare tail -q a b
compare tail -v a
compare tail -c 100000 bin
compare tail -n 5 bin
compare tail -n 7 lines
compare tail -n 20000 lines
compare tail -n 400000 lines
compare tail -c 1000000 lines
compare tail -c 5000000 bin
compare tail -n 1 nl
compare --stdin lines tail -n 4
compare --stdin b tail - a
compare --stdin bin tail -c 1000
compare tail empty
compare tail missing
compare tail a missing b
compare tail d
compare tail -n x a
compare tail -Y a
check "tail of a pipe" [ "$(seq 1 100000 | solo tail -n 2)" = "$(printf '99999\n100000')" ]
# Standard input as a regular file already partly read: the seeking path starts where the shell left it.
check "tail of a partly read file" [ "$( (read -r _; solo tail -n 2) <a)" = "$( (read -r _; tail -n 2) <a)" ]
check "tail -c of a partly read file" [ "$( (read -r _; solo tail -c 1000) <a)" = "$( (read -r _; tail -c 1000) <a)" ]
check "tail of a slow pipe" [ "$( (echo a; sleep 0.2; echo b; echo c) | solo tail -n 2)" = "$(printf 'b\nc')" ]
# Pseudo-files: /proc reports a size of 0 and /sys one of a page, whatever they hold; they are read to their end.
for f in /proc/version /proc/filesystems /sys/devices/system/cpu/possible /sys/kernel/mm/transparent_hugepage/enabled; do
  [ -r "$f" ] || continue
  compare tail -n 1 "$f"
  compare tail -n 3 "$f"
  compare tail -c 5 "$f"
  compare tail -c +2 "$f"
  compare tail "$f"
done
# -z, NUM's multiplier suffixes, and the errors of the follow options.
printf 'one\0two\0three\0' >zero
compare tail -z -n 2 zero
compare tail -z -n +2 zero
compare tail --zero-terminated -n 1 lines
for c in 1b 1k 2K 1kB 1KiB 1m 1MB 0G 1bB 1x 1Z 99999999999999999999 ' 5' 5k+; do
  compare tail -c "$c" lines
done
compare tail -n 1k lines
compare tail -n +1kB lines
compare --stdin lines tail -c -2k
compare tail --pid=1 a
compare tail --retry a
dead=$(sh -c 'echo $$')
compare tail -n1 --retry --follow=descriptor --pid=$dead a
compare tail -f --pid=x a
compare tail -f -s x a
compare tail -f -s -1 a
compare tail --follow=nope a
compare tail --follow= a
compare tail --silent a b
compare tail "$(printf 'no\nsuch')"
# Following, compared with GNU's run beside it: both in their own directory on the same steps, half a second
# apart, both ended through --pid. By descriptor: appends, truncation, a file that is moved away (still read).
# By name: a file removed and created again, replaced by a rename, one that did not exist at the start.
# Standard input (a regular file) is polled: it has no name to watch.
# settle MIN: sleeps MIN seconds, then until both sides have written as much (at most 5 s more): a solo tail
# slowed by an emulator on a busy machine gets the time it needs for each step before the next one.
settle() {
  sleep "$1"
  local i
  for i in $(seq 50); do
    [ "$(cat gnu.out gnu.err | wc -c)" = "$(sed -E 's#^[^ :]*/tail:#tail:#' solo.err | cat solo.out - | wc -c)" ] && return 0
    sleep 0.1
  done
}
follow_case() {
  local args=$1 setup=$2 step sleeper
  shift 2
  rm -rf gnu solo && mkdir gnu solo
  (cd gnu && eval "$setup") && (cd solo && eval "$setup")
  sleep 60 &
  sleeper=$!
  (cd gnu && eval "exec tail $args --pid=$sleeper" >../gnu.out 2>../gnu.err) &
  (cd solo && eval "exec '$SOLO_ROOT/qemu/run' '$SOLO_ARCH' '$SOLO_TOOLS/tail' $args --pid=$sleeper" >../solo.out 2>../solo.err) &
  settle 0.7
  for step in "$@"; do
    (cd gnu && eval "$step") && (cd solo && eval "$step")
    settle 0.6
  done
  kill $sleeper
  wait
  sed -i -E 's#^[^ :]*/tail:#tail:#' solo.err
  if cmp -s gnu.out solo.out && cmp -s gnu.err solo.err; then pass; else
    fail "tail $args following: $*"
    diff <(cat gnu.out gnu.err) <(cat solo.out solo.err) | head -10
  fi
}
follow_case '-f -s 0.2 f g' 'printf "a\nb\n" >f; echo x >g' 'echo more >>f' 'echo gg >>g' ': >f; echo new >>f' \
  'mv f moved; echo still >>moved'
follow_case '-F -s 0.2 f g h' 'printf "a\nb\n" >f; echo x >g' 'echo more >>f' 'rm g' 'echo new >g' \
  'echo other >x; mv x f' 'echo late >h' 'printf "partial" >>h'
follow_case '--follow=name --retry -n 1 -s 0.2 f' 'seq 1 5 >f' 'rm f' 'echo back >f'
follow_case '-f -n 2 -s 0.2 <f' 'seq 1 5 >f' 'echo six >>f' 'echo seven >>f'
follow_case '-fq -c 3 -s 0.2 f g' 'echo abcdef >f; echo x >g' 'printf "no newline" >>f' 'echo yes >>g'
check "tail -f of a pipe ends with the pipe" bash -c "echo x | timeout 10 '$SOLO_ROOT/qemu/run' '$SOLO_ARCH' '$SOLO_TOOLS/tail' -f >/dev/null"
check "tail -f ends when --pid's process has gone" bash -c "timeout 10 '$SOLO_ROOT/qemu/run' '$SOLO_ARCH' '$SOLO_TOOLS/tail' -f -s 0.1 --pid=\$(sh -c 'echo \$\$') a >/dev/null"
check "tail --help exits 0" bash -c "'$SOLO_ROOT/qemu/run' '$SOLO_ARCH' '$SOLO_TOOLS/tail' --help >/dev/null"
finish
