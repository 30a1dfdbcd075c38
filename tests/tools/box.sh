# solo-box, the multi-call binary: its applets are the individual tools (one link each in box-links/), it
# runs one by its link's name or by its first argument (with the same output as the tool), refuses unknown
# names with 127, and each applet locks itself down to its own binary's system calls (--calls), not to the
# union of all of them. (Natively every tool script also runs against the links: tools.box.*.)
source "$(dirname "$0")/lib.sh"
export LC_ALL=C
in_tmp
box=$SOLO_TOOLS/box/solo-box
links=$SOLO_TOOLS/box/box-links
run_box() { "$SOLO_ROOT/qemu/run" "$SOLO_ARCH" "$box" "$@"; }
listed=$(run_box --list)
tools=$(cd "$SOLO_TOOLS" && for f in *; do [ -f "$f" ] && [ -x "$f" ] && echo "$f"; done | grep -vx -e abi-probe -e hello -e vdso | sort)
check "--list names every tool" [ "$(echo "$listed" | sort)" = "$tools" ]
check "--list is sorted" [ "$listed" = "$(echo "$listed" | LC_ALL=C sort)" ]
check "a link for every applet" [ "$(ls "$links" | sort)" = "$(echo "$listed" | sort)" ]
# By first argument: the same output, status and messages as the tool (named by its own name).
printf 'b\na\nb\n' >in
for args in "sort in" "uniq -c in" "wc -l in" "seq 3" "basename /a/b.c .c" "cat missing" "ls -x nowhere" \
  "printf %s-%d x 5" "test 1 -lt 2" "false" "true" "head -n 1 in"; do
  read -r -a w <<<"$args"
  g=$(solo "${w[@]}" 2>&1 | sed -e 's#^[^ :]*/##'; echo "${PIPESTATUS[0]}")
  s=$(run_box "${w[@]}" 2>&1 | sed -e 's#^[^ :]*/##'; echo "${PIPESTATUS[0]}")
  check "solo-box $args as ${w[0]}" [ "$g" = "$s" ]
done
check "solo-box [ a = a ]" run_box [ a = a ]
# Every applet by its link's name: --version as the tool's own (the links are what an initramfs runs).
for applet in $listed; do
  tool=$applet
  [ "$tool" = "[" ] && continue # [ takes --version only as its sole argument; test covers the code
  g=$(solo "$tool" --version 2>&1; echo "$?")
  s=$("$SOLO_ROOT/qemu/run" "$SOLO_ARCH" "$links/$applet" --version 2>&1; echo "$?")
  check "the link $applet runs the applet" [ "$g" = "$s" ]
done
out=$(run_box nosuch 2>&1)
check "an unknown applet: status 127" [ $? = 127 ]
check "an unknown applet: its message" [ "$out" = "solo-box: applet not found: nosuch" ]
run_box >/dev/null 2>&1
check "no applet: status 1" [ $? = 1 ]
check "--help" bash -c "'$SOLO_ROOT/qemu/run' '$SOLO_ARCH' '$box' --help | grep -q Usage"
run_box --calls >/dev/null 2>&1
check "--calls without an applet fails" [ $? = 1 ]
# Each applet's lockdown list is its own binary's: what solo-syscalls reads from the tool.
syscalls=$SOLO_ROOT/build/$SOLO_ARCH/toolchain/syscalls/solo-syscalls
if [ -x "$syscalls" ]; then
  smaller=0
  all=$("$SOLO_ROOT/qemu/run" "$SOLO_ARCH" "$syscalls" "$box" | awk 'NR > 2 && $1 ~ /^[0-9]+$/ && NF == 3' | wc -l)
  for applet in $listed; do
    tool=$applet
    [ "$tool" = "[" ] && tool=test
    own=$("$SOLO_ROOT/qemu/run" "$SOLO_ARCH" "$syscalls" "$SOLO_TOOLS/$tool" | awk 'NR > 2 && $1 ~ /^[0-9]+$/ && NF == 3 { print $1 }')
    calls=$(run_box --calls "$applet")
    check "solo-box --calls $applet is the tool's own list" [ "$calls" = "$own" ]
    [ "$(echo "$calls" | wc -l)" -lt "$all" ] && smaller=$((smaller + 1))
  done
  check "the applets' lists are narrower than the whole binary's ($smaller of them)" [ "$smaller" -gt 10 ]
fi
# Where the kernel filters (natively), an applet runs under its own filter, and one blocked call kills it.
if [ -z "${SOLO_QEMU:-}" ]; then
  check "an applet is locked down" bash -c "'$links/cat' /proc/self/status | grep -q '^Seccomp:[[:space:]]*2'"
  check "the dispatcher adds no filter of its own" bash -c "'$links/cat' /proc/self/status | grep -q '^Seccomp_filters:[[:space:]]*1'"
fi
g=$(run_box --list 2>&1 >/dev/full | sed -e 's#^[^ :]*/##'; echo "${PIPESTATUS[0]}")
check "--list >/dev/full fails: '$g'" [ "$g" = "$(printf 'solo-box: write error: No space left on device\n1')" ]
finish
