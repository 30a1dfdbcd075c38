# chown: OWNER[:GROUP] specs (names, numbers, "OWNER:", ":GROUP", the old "." form, invalid ones), --from,
# --reference, -h and --dereference on links (dangling ones too), -R with -P / -H / -L over a tree with links
# (and a loop -L follows), -v / -c / -f messages, --preserve-root, missing files, odd names, usage errors, an
# unprivileged user (nobody) who may not give a file away or read a directory, /dev/full.
# Left out: -v on a dangling link that chown is to follow (GNU prints the owner of a stat it never made).
source "$(dirname "$0")/lib.sh"
export LC_ALL=C
in_tmp
umask 022
source "$SOLO_ROOT/tests/tools/ownership.bash"
chowns() { compare_tree fixture owners chown "$@"; }

for spec in root 0 nobody 65534 root: nobody: sync: :root :0 :nogroup root:root 0:0 1:2 daemon:bin '' : :: 0: \
  65534: nosuch nosuch: :nosuch root:nosuch nosuch:root root:root:x root.root 1.2 .root root. . .. nosuch.root \
  root.nosuch 1. +0 ' 5' ' +5' ++5 '5 ' 010 0x10 4294967294 4294967295 4294967296 root:+5 '+12:+13' ':+10' a:b; do
  chowns -v -- "$spec" f x d
done
chowns -- -1 f
chowns -c root:root f x
chowns -c 1 f x
chowns -c :1 f x
chowns -v --from=0 1 f x theirs
chowns -v --from=65534:65534 root theirs f
chowns -v --from=:0 2 f x
chowns -v --from=1: 2 f x
chowns -v --from=root.root 3 f
chowns --from=nosuch 0 f
chowns --from=:nosuch 0 f
chowns -v --from=0:0 -R 4 d
chowns -v -h 5 fl dangling dl
chowns -h 5 dangling
chowns 5 dangling
chowns -c 5 dangling
chowns -f 5 dangling
chowns -v 5 fl dl
chowns -v --dereference 5 fl
chowns -R -v 7 d
chowns -R -v 7 dl
chowns -R -P -v 7 dl
chowns -R -H -v 7 dl
chowns -R -L -v 7 dl
chowns -R -H -c 7 d
chowns -R -L -c 7 d
chowns -R -L -h -v 8 d
chowns -R -H -L -P -v 8 dl
chowns -R -P -H -c 8 dl
chowns -R --dereference 7 d
chowns -R -H --dereference -c 7 d
chowns -R -L -v 9 e
chowns -R -v 9 d/ d///
chowns -Rc :9 d/
chowns -R -v --no-preserve-root 10 d
chowns 0 missing f
chowns -v 0 missing
chowns -v :root missing
chowns -v '' missing
chowns -f 0 missing f
chowns -fv 0 missing
chowns -R -v 0 missing/
chowns -v 0 f/
chowns -v --reference=x f d
chowns -v --reference=theirs -R d
chowns --reference=missing f
chowns --reference=dangling f
chowns -v 6 "sp ace" $'new\nline' $'bad\xffname'
chowns
chowns root
chowns -R
chowns -v --reference=f
chowns --bogus f
chowns --bogus=1 f
chowns --from
chowns --no=x 0 f
chowns --verbose=1 0 f
chowns -Z 0 f
chowns --rec -v 0 d
for arg in / /. //; do
  g=$(chown -R --preserve-root --from=4242:4242 4242 $arg 2>&1; echo $?)
  s=$(solo chown -R --preserve-root --from=4242:4242 4242 $arg 2>&1 | normalize_stderr chown; echo "${PIPESTATUS[0]}")
  check "chown -R --preserve-root $arg: '$s'" [ "$g" = "$s" ]
done
ln -s / rootlink
for opts in -RH -RL; do
  g=$(chown $opts --preserve-root --from=4242:4242 4242 rootlink 2>&1; echo $?)
  s=$(solo chown $opts --preserve-root --from=4242:4242 4242 rootlink 2>&1 | normalize_stderr chown; echo "${PIPESTATUS[0]}")
  check "chown $opts --preserve-root rootlink: '$s'" [ "$g" = "$s" ]
done
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null; then
  tree_runner=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  for args in "0 theirs" "-v 0 theirs" "-f 0 theirs" "-v nobody theirs" "-v :nogroup theirs" "-c :root theirs" \
    "-v 0 f" "-R -v nobody shut" "-R -v :nogroup e shut" "-v --from=0 nobody f theirs"; do
    read -r -a a <<<"$args"
    compare_tree unprivileged owners chown "${a[@]}"
  done
  tree_runner=()
fi
touch full1 full2
g=$(chown -v 0 full1 2>&1 >/dev/full; echo $?)
s=$(solo chown -v 0 full2 2>&1 >/dev/full | normalize_stderr chown; echo "${PIPESTATUS[0]}")
check "chown -v >/dev/full: '$s' (GNU '$g')" [ "$g" = "$s" ]
check "chown --help exits 0" bash -c "'$SOLO_ROOT/qemu/run' '$SOLO_ARCH' '$SOLO_TOOLS/chown' --help >/dev/null"
finish
