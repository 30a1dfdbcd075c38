# pwd: -P (the default) and -L through a symbolic link, $PWD that is wrong, relative or has dot components,
# operands ignored, a directory removed while in it, a name longer than getcwd returns, /dev/full.
source "$(dirname "$0")/lib.sh"
export LC_ALL=C
in_tmp
enable -n pwd # the program, not the shell's builtin
mkdir -p real/sub
ln -s real/sub link
compare pwd
compare pwd -P
compare pwd x y
compare pwd -x
compare pwd --bogus
# (Each case in this shell, not a subshell, so that its result counts.)
cd link
compare pwd
compare pwd -L
compare pwd -LP
compare pwd -PL
PWD=/ compare pwd -L
PWD=link compare pwd -L
PWD="$tools_tmp/link/." compare pwd -L
PWD="$tools_tmp/real/../link" compare pwd -L
PWD="$tools_tmp//link/" compare pwd -L
to_full pwd
cd "$tools_tmp"
# Removed while in it: getcwd fails, and walking ".." finds no entry for it.
mkdir gone && cd gone && rmdir ../gone
compare pwd
compare pwd -L
cd "$tools_tmp"
# Deeper than getcwd can return (4096 bytes): the name is built by walking "..".
long=$(printf 'd%.0s' {1..200})
for i in $(seq 30); do mkdir "$long" && cd "$long" || exit 1; done
compare pwd
want=$(/bin/pwd -P)
got=$(solo pwd)
check "pwd in a directory ${#want} bytes deep" [ "$got" = "$want" ]
cd "$tools_tmp"
to_full pwd --help
check "pwd --help exits 0" bash -c "'$SOLO_ROOT/qemu/run' '$SOLO_ARCH' '$SOLO_TOOLS/pwd' --help >/dev/null"
finish
