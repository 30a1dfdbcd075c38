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
check "env --help exits 0" bash -c "'$SOLO_ROOT/qemu/run' '$SOLO_ARCH' '$SOLO_TOOLS/env' --help >/dev/null"
finish
