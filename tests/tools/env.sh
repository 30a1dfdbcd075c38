# env: printing (empty, set, unset, replaced), running commands found on PATH with their own options, and the
# 125/126/127 statuses.
source "$(dirname "$0")/lib.sh"
export LC_ALL=C
in_tmp
printf '#!/bin/sh\necho script ran\n' >notexec
compare env -i
compare env -
compare env -i A=1 B=2 A=3
compare env -i -u A A=1 B=
compare env -i X=1 env
compare env -i PATH=/usr/bin:/bin X=1 env
compare env -i X=1 sh -c 'echo "X=$X"'
compare env -i /bin/echo -n hi
compare env -i echo -e 'a\tb' --
compare env -i A=1 env -i B=2 env
# The whole environment: qemu/run is a shell script, which passes the same variables on in its own order.
check "env prints the environment" [ "$(env -u _ -u SHLVL | sort)" = "$(solo env -u _ -u SHLVL | sort)" ]
compare env -i nosuchcommand
compare env -i ./notexec
compare env -i ./missing arg
compare env -i PATH=/nonexistent ls
compare env -x
compare env --bogus
compare env -u
compare env -u a=b
compare env -i =x
# -0, -C, -S and --, with their errors.
compare env -i -0 A=1 B=2
compare env -i --null A=1 -u A
compare env -0 true
compare env -i -0 true
mkdir -p sub "$(printf 'new\nline')"
compare env -i -C sub /bin/pwd
compare env -C sub -i PATH=/bin:/usr/bin pwd
compare env --chdir=missing /bin/pwd
compare env -C "$(printf 'new\nline')" /bin/pwd
compare env -C "$(printf 'no\nsuch')" /bin/pwd
compare env -C sub
compare env -i -- A=1
compare env -i -- -x
compare env -i A=1 -- env
compare env -i -S 'A=1 B=2 env'
split_me=$(cat <<'END'
printf [%s] a\_b "c\_d" 'e\\f' 'g\'h' 'i\n' "\t\"\$\\" \#x '' z\f\v"q"
END
)
compare env -i -S "$split_me"
compare env -S '-i A=${HOME}x printf [%s] \${HOME}' y
compare env -i -S 'printf [%s]' -S 'a b' c
compare env -i -S 'printf [%s] a #b c'
compare env -i -S 'printf [%s] a#b'
compare env -i -S 'printf [%s] x\cy z'
compare env -i -S '#only a comment'
compare env -i -S ''
compare env -i -S '  '
compare env -i --split-string='printf [%s] ${NO_SUCH_VARIABLE}z'
compare env -i -S 'a\q'
compare env -i -S 'a\'
compare env -i -S "'a"
compare env -i -S '"a'
compare env -i -S '"\c"'
compare env -i -S '$HOME'
compare env -i -S '${1x}'
compare env -i -S '${'
compare env -i -S
compare env -i -S 'no such'
compare env -i "$(printf 'tab\there')"
compare env -i "it's"
compare env -i 'back\slash'
check "env -0 > /dev/full fails with 125" bash -c "'$SOLO_ROOT/qemu/run' '$SOLO_ARCH' '$SOLO_TOOLS/env' -0 >/dev/full 2>/dev/null; [ \$? = 125 ]"
check "env --help exits 0" bash -c "'$SOLO_ROOT/qemu/run' '$SOLO_ARCH' '$SOLO_TOOLS/env' --help >/dev/null"
finish
