# Shared by the tool tests (sourced). Each test sources this, calls `compare`/`check` as often as it likes and
# ends with `finish`, which prints "N passed, N failed" and sets the exit status.
#
#   compare [--stdin FILE] [--first-stderr-line] [--as-nobody] TOOL ARGS...
#       runs GNU's TOOL (from PATH) and solo's TOOL with the same arguments in the current directory and
#       compares stdout byte for byte, the exit status, and stderr with the program's path reduced to its
#       name ("/x/build/aarch64/examples/cat: f: No such file" reads as "cat: f: No such file").
#       --as-nobody runs both as the unprivileged user nobody (setpriv; callers check that it can).
#   namespace_half SCRIPT   runs SCRIPT again as root of a user and mount namespace of its own (unshare -rm,
#       with SOLO_IN_NAMESPACE=1), adding its counts to these; false when there are no user namespaces.
#   solo TOOL ARGS...   runs solo's TOOL (natively or under qemu-user) with stdout and stderr as they are.
#   check DESCRIPTION COMMAND...   passes when COMMAND succeeds.
#   compare_tree FIXTURE STATE TOOL ARGS...   like compare, each side in a fresh directory that the function
#       FIXTURE fills, and also compares what the function STATE prints there afterwards (modes, owners).
#   gives FEATURE       whether this runner gives FEATURE (a vDSO, ...): what a test is to expect
#   in_tmp              makes and enters a fresh temporary directory, removed at exit.
set -u
: "${SOLO_ARCH:=$(uname -m)}"
: "${SOLO_ROOT:=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
: "${SOLO_TOOLS:=$SOLO_ROOT/build/$SOLO_ARCH/examples}"
tools_passed=0
tools_failed=0

solo() {
  local tool=$1
  shift
  "$SOLO_ROOT/qemu/run" "$SOLO_ARCH" "$SOLO_TOOLS/$tool" "$@"
}

# gives FEATURE: whether the runner gives the tool FEATURE (tests/hermetic/emulator.hpp): always on a real kernel,
# under an emulator when SOLO_QEMU_GIVES (set by cmake/runners.cmake) lists it.
gives() {
  [ -z "${SOLO_QEMU:-}" ] && return 0
  [[ " ${SOLO_QEMU_GIVES:-} " == *" $1 "* ]]
}

in_tmp() {
  tools_tmp=$(mktemp -d)
  trap 'rm -rf "$tools_tmp"' EXIT
  cd "$tools_tmp" || exit 1
}

pass() { tools_passed=$((tools_passed + 1)); }
fail() {
  tools_failed=$((tools_failed + 1))
  echo "FAIL: $*"
}

check() {
  local what=$1
  shift
  if "$@"; then pass; else fail "$what"; fi
}

# to_full TOOL ARGS...: GNU's TOOL and solo's with standard output on /dev/full give the same status and
# stderr (GNU's "write error: No space left on device", or the tool's own report of the output it lost).
to_full() {
  local tool=$1 gnu_err solo_err gnu_rc solo_rc
  shift
  gnu_err=$("$tool" "$@" </dev/null 2>&1 >/dev/full | normalize_stderr "$tool"; echo "${PIPESTATUS[0]}")
  solo_err=$(solo "$tool" "$@" </dev/null 2>&1 >/dev/full | normalize_stderr "$tool"; echo "${PIPESTATUS[0]}")
  if [ "$gnu_err" = "$solo_err" ]; then pass; else
    fail "$tool $* >/dev/full"
    echo "  GNU:  $gnu_err" | head -3
    echo "  solo: $solo_err" | head -3
  fi
}

# Reduces "<anything>/TOOL:" at the start of stderr lines to "TOOL:", and drops what the runner's shell says
# when started in a removed directory (the tool's own words are what is compared).
normalize_stderr() {
  local name
  name=$(printf '%s' "$1" | sed 's/[][\.*^$+?(){}|]/\\&/g') # "[" is a tool's name too
  sed -E -e "s#^[^ :]*/($name):#\\1:#" -e '/^sh: [0-9]+: getcwd\(\) failed: /d'
}

compare() {
  local stdin=/dev/null first_line=no runner=()
  while :; do
    case $1 in
      --stdin) stdin=$2; shift 2 ;;
      --first-stderr-line) first_line=yes; shift ;;
      --as-nobody) runner=(setpriv --reuid=65534 --regid=65534 --clear-groups); shift ;;
      *) break ;;
    esac
  done
  local tool=$1
  shift
  local gnu_out gnu_err gnu_rc solo_out solo_err solo_rc
  gnu_out=$(mktemp) gnu_err=$(mktemp) solo_out=$(mktemp) solo_err=$(mktemp)
  "${runner[@]}" "$tool" "$@" <"$stdin" >"$gnu_out" 2>"$gnu_err"
  gnu_rc=$?
  "${runner[@]}" "$SOLO_ROOT/qemu/run" "$SOLO_ARCH" "$SOLO_TOOLS/$tool" "$@" <"$stdin" >"$solo_out" 2>"$solo_err"
  solo_rc=$?
  local problems=""
  cmp -s "$gnu_out" "$solo_out" || problems="$problems stdout"
  [ "$gnu_rc" = "$solo_rc" ] || problems="$problems status($gnu_rc vs $solo_rc)"
  local ge se
  if [ $first_line = yes ]; then
    ge=$(normalize_stderr "$tool" <"$gnu_err" | head -1)
    se=$(normalize_stderr "$tool" <"$solo_err" | head -1)
  else
    ge=$(normalize_stderr "$tool" <"$gnu_err")
    se=$(normalize_stderr "$tool" <"$solo_err")
  fi
  [ "$ge" = "$se" ] || problems="$problems stderr"
  if [ -z "$problems" ]; then
    pass
  else
    fail "${runner[*]:+as nobody: }$tool $*:$problems"
    if [[ $problems == *stdout* ]]; then diff <(head -c 2000 "$gnu_out") <(head -c 2000 "$solo_out") | head -20; fi
    if [[ $problems == *stderr* ]]; then
      echo "  GNU stderr:  $ge"
      echo "  solo stderr: $se"
    fi
  fi
  rm -f "$gnu_out" "$gnu_err" "$solo_out" "$solo_err"
}

# The command both sides of compare_tree run under (setpriv for an unprivileged user, say); none by default.
tree_runner=()
compare_tree() {
  local fixture=$1 state=$2 tool=$3 side g s
  shift 3
  rm -rf gnu solo && mkdir gnu solo
  for side in gnu solo; do
    if ! (cd $side && $fixture); then
      fail "$tool $*: the fixture $fixture failed"
      return
    fi
    if [ $side = gnu ]; then cmd=("$tool"); else cmd=("$SOLO_ROOT/qemu/run" "$SOLO_ARCH" "$SOLO_TOOLS/$tool"); fi
    (cd $side && "${tree_runner[@]}" "${cmd[@]}" "$@" >../$side.out 2>../$side.err; echo $? >../$side.rc)
    normalize_stderr "$tool" <$side.err >$side.err.n && mv $side.err.n $side.err
  done
  g=$(cd gnu && $state)
  s=$(cd solo && $state)
  if cmp -s gnu.out solo.out && cmp -s gnu.err solo.err && cmp -s gnu.rc solo.rc && [ "$g" = "$s" ]; then
    pass
  else
    fail "${tree_runner[*]} $tool $*"
    diff <(cat gnu.out gnu.err gnu.rc; echo "$g") <(cat solo.out solo.err solo.rc; echo "$s") | head -10
  fi
}

namespace_half() {
  unshare -rm true 2>/dev/null || return 1
  local out rc n
  out=$(SOLO_IN_NAMESPACE=1 unshare -rm bash "$1")
  rc=$?
  echo "$out" | grep -v ' passed, '
  n=$(echo "$out" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\1 \2/p')
  tools_passed=$((tools_passed + ${n% *}))
  tools_failed=$((tools_failed + ${n#* }))
  [ "$rc" = 0 ] || [ "${n#* }" != 0 ] || fail "the namespace half of $1 exited $rc"
}

finish() {
  echo "$tools_passed passed, $tools_failed failed"
  [ "$tools_failed" -eq 0 ]
}

# one_write_per_line TOOL ARGS...: passes when solo's TOOL writes its standard output one whole line per write
# (as GNU's wc and du do), seen with strace; several such tools writing into one pipe never split a line. Only
# the process that executed last (the runner ends by executing the tool, or the emulator running it) counts.
one_write_per_line() {
  local pid writes bad lines
  # Under tests/sandbox's strace wrappers the tool is traced already, and a process has one tracer.
  [ -n "${SOLO_TOOLS_TRACED:-}" ] && return 0
  strace -f -qq -e trace=write,execve -e signal=none -s 65536 -o trace.log \
    "$SOLO_ROOT/qemu/run" "$SOLO_ARCH" "$SOLO_TOOLS/$1" "${@:2}" >out.txt 2>/dev/null
  pid=$(grep -E '^[0-9]+ +execve\(' trace.log | tail -1 | cut -d' ' -f1)
  writes=$(grep -cE "^$pid +write\(1, " trace.log)
  bad=$(grep -E "^$pid +write\(1, " trace.log | grep -cvE "^$pid"' +write\(1, "([^"\\]|\\[^n])*\\n", [0-9]+\) += [0-9]+$')
  lines=$(wc -l <out.txt)
  check "$1 writes one line per write ($writes writes, $lines lines, $bad not one line)" \
    [ "$writes" = "$lines" -a "$bad" = 0 -a "$lines" -gt 1 ]
  rm -f trace.log out.txt
}
