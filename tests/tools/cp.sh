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
}
cpc() {
  local g s
  rm -rf gnu solo && mkdir gnu solo
  (cd gnu && fixture) && (cd solo && fixture)
  (cd gnu && cp "$@" >../gnu.out 2>../gnu.err; echo $? >../gnu.rc)
  (cd solo && solo cp "$@" >../solo.out 2>../solo.err; echo $? >../solo.rc)
  sed -i -E 's#^[^ :]*/cp:#cp:#' gnu.err solo.err
  g=$(cd gnu && find . -printf '%p %m %y %s %l\n' | sort && find . -type f -exec md5sum {} + | sort)
  s=$(cd solo && find . -printf '%p %m %y %s %l\n' | sort && find . -type f -exec md5sum {} + | sort)
  if cmp -s gnu.out solo.out && cmp -s gnu.err solo.err && cmp -s gnu.rc solo.rc && [ "$g" = "$s" ]; then
    pass
  else
    fail "cp $*"
    diff <(cat gnu.out gnu.err gnu.rc; echo "$g") <(cat solo.out solo.err solo.rc; echo "$s") | head -10
  fi
}
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
check "cp of a pipe's contents" bash -c "cat big.src | '$SOLO_ROOT/qemu/run' '$SOLO_ARCH' '$SOLO_TOOLS/cp' /dev/stdin piped && cmp -s piped big.src"
check "cp --help exits 0" bash -c "'$SOLO_ROOT/qemu/run' '$SOLO_ARCH' '$SOLO_TOOLS/cp' --help >/dev/null"
finish
