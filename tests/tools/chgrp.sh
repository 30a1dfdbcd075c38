# chgrp: GROUP as a name or a number (as strtoumax reads it; -1 changes nothing), invalid groups,
# --reference, -h and --dereference on links, -R with -P / -H / -L, -v / -c / -f messages, --preserve-root,
# missing files, odd names, usage errors, an unprivileged user (nobody) changing to a group it is not in or
# walking a directory it may not read, /dev/full. (The walk and the messages are chown's; chown.sh covers more.)
# Left out: -v on a dangling link that chgrp is to follow (GNU prints the group of a stat it never made).
source "$(dirname "$0")/lib.sh"
export LC_ALL=C
in_tmp
umask 022
source "$SOLO_ROOT/tests/tools/ownership.bash"
chgrps() { compare_tree fixture owners chgrp "$@"; }

for group in root 0 nogroup 65534 daemon 1 '' +0 ' 5' 015 4294967294 4294967295 4294967296 -1 0x1 nosuch \
  root: :root 'a b'; do
  chgrps -v -- "$group" f x d
done
chgrps -c root f x
chgrps -c 1 f x
chgrps -v -h 5 fl dangling dl
chgrps 5 dangling
chgrps -c 5 dangling
chgrps -v 5 fl dl
chgrps -R -v 7 d
chgrps -R -v 7 dl
chgrps -R -H -v 7 dl
chgrps -R -L -v 7 dl
chgrps -R -H -c 7 d
chgrps -R -L -c 7 d
chgrps -R -L -h -v 8 d
chgrps -R --dereference 7 d
chgrps -R -L -v 9 e
chgrps -R -v 9 d/ d///
chgrps 0 missing f
chgrps -v 0 missing
chgrps -fv 0 missing
chgrps -v --reference=x f d
chgrps -v --reference=theirs -R d
chgrps --reference=missing f
chgrps -v 6 "sp ace" $'new\nline' $'bad\xffname'
chgrps
chgrps root
chgrps -v --reference=f
chgrps --from=0 0 f
chgrps --bogus=1 f
chgrps --no=x 0 f
for arg in / /.; do
  g=$(chgrp -R --preserve-root 4242 $arg 2>&1; echo $?)
  s=$(solo chgrp -R --preserve-root 4242 $arg 2>&1 | normalize_stderr chgrp; echo "${PIPESTATUS[0]}")
  check "chgrp -R --preserve-root $arg: '$s'" [ "$g" = "$s" ]
done
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null; then
  tree_runner=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  for args in "0 theirs" "-v root theirs" "-f 0 theirs" "-v nogroup theirs" "-c 65534 theirs f" \
    "-R -v nogroup shut" "-R -c nogroup e shut"; do
    read -r -a a <<<"$args"
    compare_tree unprivileged owners chgrp "${a[@]}"
  done
  tree_runner=(setpriv --reuid=65534 --regid=65534 --groups=4)
  compare_tree unprivileged owners chgrp -v adm theirs f
  tree_runner=()
fi
touch full1 full2
g=$(chgrp -v 0 full1 2>&1 >/dev/full; echo $?)
s=$(solo chgrp -v 0 full2 2>&1 >/dev/full | normalize_stderr chgrp; echo "${PIPESTATUS[0]}")
check "chgrp -v >/dev/full: '$s' (GNU '$g')" [ "$g" = "$s" ]
check "chgrp --help exits 0" bash -c "'$SOLO_ROOT/qemu/run' '$SOLO_ARCH' '$SOLO_TOOLS/chgrp' --help >/dev/null"
finish
