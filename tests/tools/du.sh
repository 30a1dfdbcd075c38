# du against GNU du on real trees: blocks (1 KiB, rounded up) and -h, -a, -s, -c, -k, -x, --max-depth/-d,
# hard links counted once (also across operands), several operands (a directory met twice counts once),
# symlinks not followed, trailing slashes, files as operands, unreadable directories, missing operands, bad
# options; then a differential test on random trees.
source "$(dirname "$0")/lib.sh"
export LC_ALL=C
in_tmp
mkdir top && cd top || exit 1
mkdir -p t/a/b/c t/d t/e/empty
head -c 10000 /dev/urandom >t/a/f1
head -c 1 /dev/urandom >t/a/b/tiny
head -c 300000 /dev/urandom >t/d/big
head -c 5000000 /dev/urandom >t/e/huge
ln t/a/f1 t/d/hard
ln t/a/f1 t/e/hard2
ln -s f1 t/a/link
ln -s ../a t/d/dirlink
: >t/zero
truncate -s 1G t/sparse
for args in "" -a -s -c -k -h -ah -sh -ch -x "-a -c" --max-depth=0 --max-depth=1 --max-depth=2 "-d 1" "-a -d 1" \
  "-h --max-depth=1" "-k -h" "-h -k" "-s --max-depth=0"; do
  # shellcheck disable=SC2086 # the option words split on purpose
  compare du $args t
done
compare du t t
# -l counts hard links each time, -m in MiB, -b apparent bytes; -H follows symlinks on the command line, -L
# every symlink (a dangling one named without a reason, as GNU's; a link back up counts its directory once).
for args in -l -al -sl -m -am -sm -b -ab -sb -cb -cm -bh -hb -mk -km -H -aH -L -aL -sL -LH -HL -lL -bL; do
  # shellcheck disable=SC2086
  compare du $args t
done
for args in "-H t/d/dirlink" "-aH t/d/dirlink" "-L t/d/dirlink" "-H t/a/link" "-b t/a/link" "-Hb t/a/link" \
  "-L t/d t/a" "-L t/a t/d" "-l t/a t/d" "-lc t/a t/d"; do
  # shellcheck disable=SC2086
  compare du $args
done
# Exactly 2 MiB and 2 MiB + 1 byte (their blocks: 2048 KiB and 2052): -m rounds up only the second.
mkdir mb && head -c 2097152 /dev/urandom >mb/two && head -c 2097153 /dev/urandom >mb/more
compare du -am mb
compare du -m mb/two mb/more
compare du -b mb/two mb/more
mkdir -p loops/x && ln -s .. loops/x/up && ln -s nowhere loops/dang && head -c 3000 /dev/zero >loops/x/f
for args in -L -aL -sL -bL -H -lL -alL; do
  # shellcheck disable=SC2086
  compare du $args loops
done
compare du t/a t
compare du t t/a
compare du -s t/a t/a/b
compare du -a t/d t/a
compare du -a t/a/f1 t/d/hard
compare du t/a/
compare du t/a//
compare du t/a/f1
compare du t/a/link
compare du -h t/e/huge t/sparse t/zero
compare du -c t/a t/d
compare du -hc t/a t/d
compare du missing
compare du t missing t/a
compare du -s --max-depth=1 t
compare du --max-depth=x t
compare du --max-depth=-1 t
compare du -x
compare du --bogus
(cd t && compare du)
(cd t && compare du -a .)
(cd t && compare du ./a ./d/)
mkdir -p t/locked/inner && chmod 000 t/locked
if [ "$(id -u)" != 0 ]; then compare du t; compare du -a t; fi
chmod 755 t/locked
check "du --help" [ "$(solo du --help | head -1)" = "Usage: du [OPTION]... [FILE]..." ]

# Differential: random trees of directories, files of random sizes (sparse ones too) and hard links.
rounds=${SOLO_DU_ROUNDS:-10}
[ "$SOLO_ARCH" != "$(uname -m)" ] && rounds=${SOLO_DU_ROUNDS:-4}
options=("" -a -s -h -ah "-d 1" "-a -d 2" -c "-ch -a")
for round in $(seq 1 "$rounds"); do
  rm -rf r && mkdir r
  python3 - "$round" <<'PY'
import os, random, sys
r = random.Random(int(sys.argv[1]))
dirs = ["r"]
files = []
for i in range(r.randint(5, 60)):
    parent = r.choice(dirs)
    k = r.random()
    if k < 0.3:
        d = os.path.join(parent, "d%d" % i)
        os.mkdir(d)
        dirs.append(d)
    elif k < 0.8 or not files:
        f = os.path.join(parent, "f%d" % i)
        with open(f, "wb") as out:
            size = r.choice([0, 1, 100, 4096, 4097, 50000, r.randint(0, 3000000)])
            if r.random() < 0.2:
                out.truncate(size * 1000)  # sparse: a large size that uses no blocks
            else:
                out.write(os.urandom(size))
        files.append(f)
    else:
        os.link(r.choice(files), os.path.join(parent, "h%d" % i))
PY
  o=${options[$((round % ${#options[@]}))]}
  # shellcheck disable=SC2086
  compare du $o r
done
# In a working directory that was removed (Linux reads it as empty).
mkdir gone && cd gone && rmdir ../gone
compare du
compare du -a .
cd .. || exit 1
# Line by line, like GNU's (more lines than one buffer holds, so a block-buffered du would split some).
long=$(printf 'n%.0s' $(seq 1 150))
mkdir wide && for i in $(seq 1 60); do mkdir "wide/$long.$i"; done
one_write_per_line du wide
finish
