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
check "tail --help exits 0" bash -c "'$SOLO_ROOT/qemu/run' '$SOLO_ARCH' '$SOLO_TOOLS/tail' --help >/dev/null"
finish
