# echo: plain words, -n, -e escapes, -E, option-like text that is not an option.
source "$(dirname "$0")/lib.sh"
export LC_ALL=C
in_tmp
echo_cmp() {
  local want got
  want=$({ /bin/echo "$@"; echo "rc=$?"; } | md5sum) # GNU's program, not the builtin
  got=$({ solo echo "$@"; echo "rc=$?"; } | md5sum)
  check "echo $*" [ "$want" = "$got" ]
}
echo_cmp
echo_cmp hello world
echo_cmp -n no newline
echo_cmp -e 'a\tb\nc\\d'
echo_cmp -e 'bell\a back\b esc\e ff\f cr\r vt\v'
echo_cmp -e 'oct \0101\0102 \0 hex \x41\x4a\x4G \x'
echo_cmp -e 'oct without 0: \41\101\1010 \7777 \8 \18 \3x \400'
echo_cmp -e 'stop\cnot printed'
echo_cmp -E 'a\tb'
echo_cmp -ne 'x\n'
echo_cmp -nE -en 'y\ty'
echo_cmp -x -n
echo_cmp -- -n
echo_cmp - -e
echo_cmp -e 'trailing\'
echo_cmp -e '\q unknown'
echo_cmp '' ''
check "echo --help exits 0" bash -c "'$SOLO_ROOT/qemu/run' '$SOLO_ARCH' '$SOLO_TOOLS/echo' --help >/dev/null"
check "echo --help -n is text" [ "$(solo echo --help -n)" = "--help -n" ]
finish
