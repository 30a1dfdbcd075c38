# rm: files, missing files with and without -f, directories with and without -r/-d, deep trees, symlinks (the
# link goes, not its target), ".", "..", the root directory, -v. Each case runs on a fresh fixture for both.
source "$(dirname "$0")/lib.sh"
export LC_ALL=C
in_tmp
fixture() {
  touch f g
  mkdir d e
  touch e/x
  mkdir -p deep/a/b/c/d/e/f && touch deep/a/b/c/d/e/f/file deep/a/top && ln -s ../f deep/link
  # More entries than one getdents64 buffer of 8 KiB holds (24 bytes each); made only where a case needs it.
  if [ "${wide:-}" ]; then mkdir wide && (cd wide && touch $(seq 1 400)); fi
  ln -s e to_e
  ln -s / to_root
}
rmc() {
  local g s
  rm -rf gnu solo && mkdir gnu solo
  (cd gnu && fixture) && (cd solo && fixture)
  (cd gnu && rm "$@" <"$answers" >../gnu.out 2>../gnu.err; echo $? >../gnu.rc)
  (cd solo && solo rm "$@" <"$answers" >../solo.out 2>../solo.err; echo $? >../solo.rc)
  sed -i -E 's#(^|\? )[^ :]*/rm:#\1rm:#g' gnu.err solo.err
  g=$(cd gnu && find . | sort)
  s=$(cd solo && find . | sort)
  if cmp -s gnu.out solo.out && cmp -s gnu.err solo.err && cmp -s gnu.rc solo.rc && [ "$g" = "$s" ]; then
    pass
  else
    fail "rm $*"
    diff <(cat gnu.out gnu.err gnu.rc; echo "$g") <(cat solo.out solo.err solo.rc; echo "$s") | head -10
  fi
}
answers=/dev/null
rmc f
rmc f g
rmc missing
rmc -f missing
rmc -f f missing g
rmc f missing g
rmc d
rmc -d d
rmc -d e
rmc -r d e f
rmc -R deep
wide=1 rmc -rf deep wide missing
wide=1 rmc -r wide
check "the wide fixture exists" bash -c "cd gnu && [ ! -e wide ] && cd ../solo && [ ! -e wide ] && grep -q 0 ../gnu.rc"
rmc to_e
rmc -r to_e
rmc -r to_e/
rmc deep/link
rmc -r to_root
rmc -v f
rmc -rv e
# A path through a file names nothing: -f is silent about it as about a missing file.
rmc -f f/x
rmc -f f/x/y
rmc -rf f/x g
rmc f/x
rmc -r f/x/
rmc -r .
rmc -r e/..
rmc -r ./
# Trailing slashes print as one, and none doubles inside the walk.
rmc -rv e///
rmc -rv deep//a//
rmc -dv d//
rmc -v e///x
rmc
rmc -f
rmc -x f
rmc --bogus
# -i asks about each file (its type in the question), and about each directory before going in and before
# removing it; no to a file leaves its directory to fail as not empty, no to a directory leaves everything
# above it alone without a word; -I asks once for more than three operands or any -r. The answers are lines
# on standard input, y or Y at the start saying yes; the end of the input says no. -f and -i: the last wins.
answer() { printf "$1" >"$tools_tmp/answers"; answers=$tools_tmp/answers; }
answer 'y\n'; rmc -i f
answer 'n\n'; rmc -i f
answer 'Yes please\ny\n'; rmc -vi f g
answer 'yn\nyes\n'; rmc -i f g missing
answer ''; rmc -i f to_e
answer 'y\ny\ny\n'; rmc -i f to_e to_root
answer 'y\ny\ny\n'; rmc -ri e
answer 'y\nn\ny\n'; rmc -ri e
answer 'y\ny\nn\n'; rmc -rvi e
answer 'n\n'; rmc -ri e
answer 'y\ny\n'; rmc -di d e
answer 'y\ny\ny\ny\ny\nn\ny\ny\ny\ny\ny\ny\ny\ny\n'; rmc -ri deep
answer 'y\ny\ny\ny\ny\ny\ny\ny\ny\ny\ny\ny\ny\ny\n'; rmc -rvi deep d
answer 'y\ny\ny\nn\n'; rmc -ri deep
answer 'y\n'; rmc -I f g e/x
answer 'y\n'; rmc -I f g e/x to_e
answer 'n\n'; rmc -I f g e/x to_e
answer 'y\n'; rmc -I -r e
answer 'n\n'; rmc -rI e d
answer ''; rmc -fi f
answer ''; rmc -if f missing
answer ''; rmc -If f g e/x to_e missing
answer 'y\ny\n'; rmc --interactive f g
answer ''
# --one-file-system changes nothing on one device; --no-preserve-root lets the failsafe go (only "/" would
# differ, and that is not tried); --preserve-root is the default.
rmc -r --one-file-system deep e
rmc -r --preserve-root e
rmc -r --no-preserve-root e
rmc -r --preserve-root=all e
rmc -i --interactive=never e
rmc --interactive=n f
rmc --interactive=none -i f
answer 'n\n'; rmc --interactive=al f
answer 'n\n'; rmc --interactive=o f g e/x to_e
answer ''; rmc --interactive=always -f missing
rmc --interactive=x f
rmc --interactive= f
rmc --interactive=nev -f f
rmc -r --preserve-root=al e
rmc -r --preserve-root=x e
compare rm -r --no-preserve-root --preserve-root /
# Names that need quoting, in every message.
rmc "$(printf 'new\nline')" "it's" 'a b' -d d/
answer 'y\n'; rmc -i "$(printf 'new\nline')"
answers=/dev/null
# The root directory is refused before anything is touched (GNU refuses too, so comparing is safe).
compare rm -r /
compare rm -rf /
compare rm -r /.
# An unreadable directory can still be removed when it is empty; one that is not empty cannot (as a user who is
# not root; root reads everything).
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null; then
  chmod 755 .
  as_nobody() { setpriv --reuid=65534 --regid=65534 --clear-groups "$@"; }
  rm_as_nobody() {
    local who cmd
    for who in gnu solo; do
      rm -rf $who && mkdir $who && chown 65534:65534 $who
      as_nobody bash -c "cd $who && mkdir -m0 empty && mkdir -p full/x && touch full/f && chmod 0 full && touch ro && chmod 444 ro && mkdir -p ok/in && chmod 0 ok/in"
      cmd=(rm) && [ $who = solo ] && cmd=("$SOLO_ROOT/qemu/run" "$SOLO_ARCH" "$SOLO_TOOLS/rm")
      (cd $who && as_nobody "${cmd[@]}" "$@" >../$who.out 2>&1; echo $? >>../$who.out)
      sed -i -E 's#(^|\? )[^ :]*/rm:#\1rm:#g' $who.out
      (cd $who && find . | sort >>../$who.out)
      chmod -R 700 $who
    done
    if cmp -s gnu.out solo.out; then pass; else fail "rm $* as nobody"; diff gnu.out solo.out | head -10; fi
  }
  rm_as_nobody -rf empty
  rm_as_nobody -r empty
  rm_as_nobody -rv empty ok
  rm_as_nobody -rf full
  rm_as_nobody -r full empty
  # A write-protected file is asked about as such.
  rm_as_nobody -i ro
  rm_as_nobody -vf ro
fi
check "rm --help exits 0" bash -c "'$SOLO_ROOT/qemu/run' '$SOLO_ARCH' '$SOLO_TOOLS/rm' --help >/dev/null"
finish
