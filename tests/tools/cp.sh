# cp: file to file (new and existing), into a directory, several into a directory, -r trees with symlinks,
# big and binary files, empty files, and the error cases (missing operands and sources, same file, directory
# without -r, target not a directory). Each case runs on a fresh fixture for both; the resulting trees, their
# file contents and modes are compared.
source "$(dirname "$0")/lib.sh"
export LC_ALL=C
in_tmp
umask 022
head -c 3000000 /dev/urandom >"$tools_tmp/big.src"
fixture() {
  printf 'hello\n' >f
  : >empty
  cp "$tools_tmp/big.src" big
  printf 'old contents that are longer\n' >existing
  chmod 640 existing
  printf '#!/bin/sh\n' >script && chmod 750 script
  mkdir d e && printf 'x\n' >d/x && mkdir -p d/sub/deeper && printf 'y\n' >d/sub/deeper/y && ln -s x d/link
  chmod 700 d/sub
  ln -s f flink
  ln -s d dlink
  mkdir -p p/q && printf 'deep\n' >p/q/r
  mkdir -p chain/one/two
  find . -exec touch -h -d '2001-02-03 04:05:06' {} +
  touch -d '2030-01-01 00:00:00' newer
}
# Which names are hard links to one file: one line per such file, its names sorted (inode numbers differ).
linked_names() {
  find . ! -type d -links +1 -printf '%i %p\n' | sort -k2 |
    awk '{names[$1] = names[$1] " " $2} END {for (i in names) print names[i]}' | sort
}
cpc() {
  local g s
  rm -rf gnu solo && mkdir gnu solo
  (cd gnu && ${cp_fixture:-fixture}) && (cd solo && ${cp_fixture:-fixture})
  (cd gnu && cp "$@" <"$answers" >../gnu.out 2>../gnu.err; echo $? >../gnu.rc)
  (cd solo && solo cp "$@" <"$answers" >../solo.out 2>../solo.err; echo $? >../solo.rc)
  sed -i -E 's#(^|\? )[^ :]*/cp:#\1cp:#g' gnu.err solo.err
  # With cp_any_order, messages come in the order each cp reads a directory (by inode): the two fixtures' inodes
  # need not be in the same order (a removed tree's inodes are reused), so only the set of lines must match.
  if [ -n "${cp_any_order:-}" ]; then
    for f in gnu.err solo.err gnu.out solo.out; do sort -o $f $f; done
  fi
  # (With cp_times, the times and owners of what is not a directory: a directory written into is changed.)
  local listing=(find . \( -type d -printf '%p %m %y\n' \) -o -printf "%p %m %y %s %n %l ${cp_times:+%T@ %U}\n")
  g=$(cd gnu && "${listing[@]}" | sort && find . -type f -exec md5sum {} + | sort && linked_names)
  s=$(cd solo && "${listing[@]}" | sort && find . -type f -exec md5sum {} + | sort && linked_names)
  if cmp -s gnu.out solo.out && cmp -s gnu.err solo.err && cmp -s gnu.rc solo.rc && [ "$g" = "$s" ]; then
    pass
  else
    fail "cp $*"
    diff <(cat gnu.out gnu.err gnu.rc; echo "$g") <(cat solo.out solo.err solo.rc; echo "$s") | head -10
  fi
}
answers=/dev/null
cpc f g
cpc f existing
cpc existing new
cpc script new
cpc big copy
cpc empty copy
cpc f e
cpc f e/
cpc f big e
cpc f big empty
cpc f big nowhere
cpc missing g
cpc f missing e
cpc f f
cpc f ./f
cpc d e
cpc -r d newd
cpc -r d e
cpc -R d/ e/
cpc -r d f
cpc -r f big d e
cpc f nodir/x
cpc f d/x/y
cpc -v f g
cpc
cpc f
cpc -Y f g
cpc --bogus
# Symbolic links: followed without -r, kept with -r -d -P -a, -L follows all, -H those named.
cpc flink copy
cpc -P flink copy
cpc -d flink copy
cpc -r flink dlink e
cpc -rL dlink copy
cpc -rH dlink copy
cpc -rH d copy
cpc -a d copy
cpc -a flink e
# -p and -a keep modes, owners and times; without them the copy is new.
cp_times=1 cpc -p f script existing e
cp_times=1 cpc -a d p e
cp_times=1 cpc -rp d copy
cpc --archive big copy
# -i asks (y or n on standard input, no at its end), -n never overwrites, -u only over older, -f over what
# cannot be opened.
answers="$tools_tmp/answers"
printf 'y\n' >"$answers"; cpc -i f existing
printf 'n\n' >"$answers"; cpc -i f existing
printf 'n\ny\n' >"$answers"; cpc -i f script existing e
: >"$answers"; cpc -iv f existing
answers=/dev/null
cpc -i f new
cpc -n f existing
cpc -n f new
cpc -u f existing
cpc -u newer existing
cpc -uv f newer
cpc -u f new
cpc -ni f existing
# -t, -T, --parents, -v.
cpc -t e f big
cpc -t e
cpc --target-directory=nowhere f
cpc -T d/x copy
cpc -rT d e
cpc -T f big e
cpc -T f e
cpc -t e -T f
cpc --parents d/x e
cpc -v --parents p/q/r d/sub/deeper/y e
cpc -r --parents p e
cpc --parents f big
cpc --parents f
# -v through a tree: in the order GNU's cp reads a directory (by inode), so both copy the same tree.
rm -rf gnu solo && mkdir gnu solo && (cd gnu && fixture)
check "cp -rv through a tree" bash -c "cd gnu && cp -rv d ../v1 >../gnu.out && '$SOLO_ROOT/qemu/run' '$SOLO_ARCH' '$SOLO_TOOLS/cp' -rv d ../v2 | sed 's#\.\./v2#../v1#' | cmp -s - ../gnu.out"
cpc -v f big e
cpc "$(printf 'no\nsuch')" e
cpc -r d "$(printf 'new\ndir')"
# -l and -s: links instead of copies (a hard link to what a symlink points at unless -P; relative symbolic links
# only into the current directory), trees of them with -r, over existing files with and without -f, -n, -i.
for args in "-l f g" "-l f existing" "-lf f existing" "-ln f existing" "-li f existing" "-l f f" "-l flink g" \
  "-lP flink g" "-l dlink g" "-rl d g" "-rl d e" "-rlP d g" "-rlL d g" "-lv f big e" "-l nosuch g" \
  "-s f g" "-s f e" "-s f e/g" "-s ./f ./g" "-s f existing" "-sf f existing" "-sf f e/../g" "-sv f g" \
  "-s f f" "-rs d g" "-s flink g" "-ls f g" "-sl f g" "-ll f g" "-s d g" "-rs $PWD/gnu/d g" "-s $PWD/gnu/f e"; do
  # -rs d g: a refusal per entry of d, in directory order
  if [ "$args" = "-rs d g" ]; then cp_any_order=1 cpc $args; else cpc $args; fi
done
# A directory into itself: copied once, then refused where the copy meets itself (GNU's message, status 1).
# Into the leaf of a chain of single entries: where the copy stops depends on the order of the entries (inode order, which
# differs between the two fixtures), so only there is the resulting tree the same for both.
cpc -r chain chain/one/two
cpc -r chain/one/two chain/one/two
cpc -r chain/one chain/one/two e
cpc -rl chain chain/one/two
cpc -rv chain/one chain/one/two
# Hard links within what is copied: -a and -d (--preserve=links) make a file met again through another of its
# names a link to the first copy, on the command line too, over an existing file (-v then says "removed");
# -R, -P and -p alone copy each name; -L links what the symbolic links lead to as well.
links_fixture() {
  mkdir -p s/sub t && printf 'x\n' >s/a && ln s/a s/b && ln s/a s/sub/c && printf 'y\n' >s/lone
  ln -s a s/l && ln s/l s/l2 && printf 'z\n' >outside && ln outside s/o && printf 'old\n' >t/b
  find . -exec touch -h -d '2001-02-03 04:05:06' {} +
}
for args in "-a s n" "-dR s n" "-R s n" "-RP s n" "-Rp s n" "-aL s n" "-av s n" "-a s/a s/b s/o t" \
  "-av s/a s/b t" "-d s/a s/sub/c s/l s/l2 t" "-an s/a s/b t" "-a s t" "-aT s t"; do
  cp_fixture=links_fixture cp_any_order=1 cpc $args
done
check "cp of a pipe's contents" bash -c "cat big.src | '$SOLO_ROOT/qemu/run' '$SOLO_ARCH' '$SOLO_TOOLS/cp' /dev/stdin piped && cmp -s piped big.src"
check "cp --help exits 0" bash -c "'$SOLO_ROOT/qemu/run' '$SOLO_ARCH' '$SOLO_TOOLS/cp' --help >/dev/null"
finish
