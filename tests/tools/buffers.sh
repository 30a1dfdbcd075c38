# The tools' buffered paths at their edges: cat, head, tail and wc against GNU's on inputs of exactly each
# buffer size in play and one byte either side (stdout's 4 KiB, the 64 KiB read chunk of head, tail and wc
# and the first size of the whole-input buffer that head -n -N and tail grow, cat's 128 KiB buffer, which
# cat -n also reads lines through), as files and through pipes; then output that cannot be written: to
# /dev/full and to a pipe nobody reads (SIGPIPE ignored, and at its default).
source "$(dirname "$0")/lib.sh"
export LC_ALL=C
in_tmp

# `make NAME SIZE KIND`: SIZE bytes of KIND (one: a single line without newline; lines: lines of 1 to 199
# bytes, the last one ending the input; long: a line of SIZE-3 bytes between two short ones).
make_input() {
  local name=$1 size=$2 kind=$3
  case $kind in
    one) head -c "$size" /dev/zero | tr '\0' 'x' >"$name" ;;
    lines) awk -v n="$size" 'BEGIN { srand(12); s = ""; while (length(s) < n) { l = int(rand() * 199);
             line = sprintf("%0" l "d", 0); s = s line "\n" } printf "%s", substr(s, 1, n) }' >"$name" ;;
    long) { printf 'a\n'; head -c $((size - 3)) /dev/zero | tr '\0' 'y'; printf '\n'; } >"$name"
          truncate -s "$size" "$name" ;;
  esac
}

# The same command through a pipe: `cat FILE | TOOL ARGS`, GNU's against solo's.
compare_piped() {
  local file=$1 tool=$2
  shift 2
  local gnu solo_out gnu_rc solo_rc
  gnu=$(mktemp) solo_out=$(mktemp)
  cat "$file" | "$tool" "$@" >"$gnu" 2>&1
  gnu_rc=$?
  cat "$file" | solo "$tool" "$@" >"$solo_out" 2>&1
  solo_rc=$?
  if cmp -s "$gnu" "$solo_out" && [ "$gnu_rc" = "$solo_rc" ]; then
    pass
  else
    fail "cat $file | $tool $*: output or status ($gnu_rc vs $solo_rc) differ"
  fi
  rm -f "$gnu" "$solo_out"
}

commands=("cat" "cat -n" "head" "head -n 1" "head -c 65536" "head -n -1" "head -c -1" "tail" "tail -n 1"
  "tail -c 65537" "tail -n +2" "wc" "wc -l")
for base in 4096 65536 131072; do
  for size in $((base - 1)) $base $((base + 1)); do
    for kind in one lines long; do
      make_input in "$size" $kind
      [ "$(stat -c %s in)" = "$size" ] || fail "input of $size bytes ($kind) has $(stat -c %s in)"
      for c in "${commands[@]}"; do
        read -r -a words <<<"$c"
        compare "${words[@]}" in
        compare_piped in "${words[@]}"
      done
    done
  done
done

# Output that cannot be written. GNU's status is the reference; solo's message is its exit path's, one line
# "TOOL: write error: REASON" (GNU's tools word it so, except wc, which leaves out the reason).
printf '1\n2\n3\n' >small
make_input big 300000 lines
# `written_to TARGET TOOL ARGS...`: status and stderr of solo's TOOL with stdout on TARGET (full: /dev/full;
# closed: a pipe without a reader), SIGPIPE ignored; then GNU's status the same way.
run_to() {
  local target=$1 who=$2 tool=$3
  shift 3
  local cmd=("$tool" "$@")
  [ "$tool" = echo ] && cmd=(/bin/echo "$@") # GNU's program, not the builtin
  [ "$who" = solo ] && cmd=("$SOLO_ROOT/qemu/run" "$SOLO_ARCH" "$SOLO_TOOLS/$tool" "$@")
  (
    trap '' PIPE
    eval "${before_each:-}" # a fresh fixture for tools that change the file system
    if [ "$target" = full ]; then
      "${cmd[@]}" >/dev/full 2>err
    else
      rm -f fifo && mkfifo fifo
      exec 3<>fifo 4>fifo 3<&- # fd 4 writes to a pipe whose only reader (fd 3) is gone
      "${cmd[@]}" >&4 2>err
    fi
  )
}
expect_write_error() {
  local target=$1 tool=$2
  shift 2
  local gnu_rc solo_rc reason
  run_to "$target" gnu "$tool" "$@"
  gnu_rc=$?
  run_to "$target" solo "$tool" "$@"
  solo_rc=$?
  [ "$target" = full ] && reason="No space left on device" || reason="Broken pipe"
  local err
  err=$(normalize_stderr "$tool" <err)
  if [ "$gnu_rc" = "$solo_rc" ] && [ "$gnu_rc" != 0 ] && [ "$err" = "$tool: write error: $reason" ]; then
    pass
  else
    fail "$tool $* >$target: status $solo_rc (GNU $gnu_rc), stderr '$err'"
  fi
}
for target in full closed; do
  for input in small big; do
    for c in "cat" "cat -n" "head" "head -c 100000" "tail" "tail -n +1" "wc"; do
      read -r -a words <<<"$c"
      expect_write_error $target "${words[@]}" $input
    done
  done
  expect_write_error $target echo hi
  expect_write_error $target uname
  expect_write_error $target uname -a
  expect_write_error $target env
  # The reports of -v, each run on a fresh fixture.
  before_each='rm -rf made && mkdir -p made/sub && : >made/f'
  expect_write_error $target mkdir -v made/new
  expect_write_error $target mkdir -pv made/a/b
  expect_write_error $target rm -v made/f
  expect_write_error $target rm -rv made
  expect_write_error $target cp -v made/f made/g
  expect_write_error $target cp -rv made made2
  before_each=
  # Every tool's --help and --version (GNU's false fails either way, silently; true succeeds silently).
  for tool in cat cp du echo env head ls mkdir rm sleep sort tail uname uniq wc yes; do
    expect_write_error $target $tool --help
    expect_write_error $target $tool --version
  done
done
# At its default, SIGPIPE ends solo's tools as it ends GNU's.
for c in "cat big" "cat -n big" "head -c 100000 big" "wc big"; do
  read -r -a words <<<"$c"
  (rm -f fifo && mkfifo fifo && exec 3<>fifo 4>fifo 3<&- && exec "$SOLO_ROOT/qemu/run" "$SOLO_ARCH" \
    "$SOLO_TOOLS/${words[0]}" "${words[@]:1}" >&4 2>err)
  rc=$?
  check "$c to a closed pipe dies of SIGPIPE (status $rc)" [ $rc = 141 ]
done
finish
