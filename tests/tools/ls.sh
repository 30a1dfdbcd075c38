# ls against GNU ls on real directories. Times are fixed with touch -d and shown in UTC; LC_ALL=C gives GNU's
# byte-order sort. stdout is not a terminal, so GNU prints one name per line, which is what solo's ls prints.
source "$(dirname "$0")/lib.sh"
export TZ=UTC LC_ALL=C
in_tmp
# One level down, so that `..` (listed by -a) is ours too, not the shared /tmp that changes all the time.
mkdir top && cd top || exit 1
mkdir -p d/sub/deeper d/empty other
printf 'hello\n' >d/a.txt
head -c 5000 /dev/zero >d/B-big
: >d/.hidden
: >d/zero
printf '#!/bin/sh\n' >d/run.sh
chmod 755 d/run.sh
chmod 4755 d/zero
chmod 1777 d/empty
chmod 640 d/a.txt
chmod 2644 d/B-big
printf 'x\n' >d/sub/inner
printf 'deep\n' >d/sub/deeper/file
ln -s a.txt d/link
ln -s nowhere d/dangling
ln -s d dirlink
mkfifo d/fifo
touch -h -d '2001-02-03 04:05:06' d/link d/dangling
touch -d '2001-02-03 04:05:06' d/a.txt d/sub/inner
touch -d '1999-12-31 23:59:59' d/B-big
touch -d '2024-02-29 12:00:00' d/zero d/run.sh
touch -d '1970-01-01 00:00:00' d/fifo
touch -d '-2 days' d/sub/deeper/file other
touch -d '2038-01-19 03:14:08' d/.hidden     # after 2^31 seconds
touch -d '2100-03-01 00:00:00' d/empty       # in the future: shown with its year
compare ls
compare ls d
compare ls -a d
compare ls -1 d
compare ls -l d
compare ls -la d
compare ls -n d
compare ls -R d
compare ls -Ra d
compare ls -lR d
compare ls -alR .
compare ls d/a.txt d/zero d/sub
compare ls -l d/a.txt d/link d/dangling
compare ls dirlink
compare ls -l dirlink
compare ls d/sub/ d/empty
compare ls d/dangling
compare ls missing
compare ls d missing d/a.txt
compare ls -l /dev/null
compare ls -z
compare ls --bogus
compare ls -l d/sub/deeper
# Formats (-C -x -m with widths from -w and COLUMNS, the last of -1 -C -x -m -l winning), marks (-F -p),
# -i -s -k, -g -o, -A, -d, sorting by size and times (-S -t -c -u, -r), -q. A second directory with names of
# many lengths fills several columns (tab-indented as GNU's).
mkdir many
for i in $(seq 1 23); do printf '%*s' $((i * 7 % 300)) >"many/file_$i$(printf '%*s' $((i % 7)) | tr ' ' x)"; done
touch -d '2020-01-01 00:00:00' many/*
for i in 3 9 14; do touch -d "2021-0$((i % 9 + 1))-01 00:00:00" many/file_$i*; done
printf 'x' >"many/$(printf 'ctl\001\tname')"
printf 'x' >"many/$(printf 'bad\377')"
for o in -C -x -m -CF -xp -Ci -Cs -mi -ms -xsi -w40 '-w 20 -C' '-Cw 200' '-Cw 0' '-xw 1' '-mw 30' -1F -lF -g -o \
  -li -ls -lsk -gor -S -St -Sr -r -t -tr -A -a -Aa -aA -q -Cq -lq '-C -1' '-l -C' '-m -x'; do
  compare ls $o many
done
for o in -F -p -dF -Fl -lp -S -Sr -t -tr -lt -ltr -c -lc -u -lu -lcu -ltc -i -s -ls -A -Al -d -dl -CF -xF -mF; do
  compare ls $o d
done
compare ls -d d d/a.txt dirlink many
compare ls -dF dirlink d/link d/fifo d
compare ls -F dirlink
compare ls -lF dirlink
compare ls -R -C -w 50 d many
compare ls -Rm d
compare ls -x d many
COLUMNS=30 compare ls -C many
COLUMNS=200 compare ls -x many
COLUMNS=nope compare ls -C many
COLUMNS=30 compare ls -Cw 60 many
compare ls -w x many
compare ls -w -1 many
compare ls -x missing many
# -h: sizes below 1024 as they are, one rounded-up decimal below 10, whole numbers from 10, a rounding that
# reaches 1024 in the next unit (sparse files for the big ones: their blocks stay 0).
mkdir sizes
for n in 0 1 1023 1024 1025 5000 10239 10240 10241 15000 1048575 1048576 1048577 1572864 104857599 1073741823 \
  1099511627775; do truncate -s $n "sizes/s$n"; done
head -c 123456 /dev/zero >sizes/real
touch -d '2020-01-01 00:00:00' sizes/*
for o in -lh -sh -lsh -shC -lhS -shi -h; do
  compare ls $o sizes
done
mkdir locked && : >locked/f && chmod 000 locked
if [ "$(id -u)" != 0 ]; then compare ls -R locked; fi
chmod 755 locked
# Orders without a sort (-U, -f: the directory's own order, which both read from the same kernel), by
# extension (-X: from the last dot, so ".hidden" is all extension) and by version (-v: digit runs by value,
# `~` first, a trailing ".tar.gz"-like suffix looked at last, ".", ".." and dot names first).
mkdir ver
for n in file1 file10 file2 file02 file002 a.tar.gz a1.tar.gz a10.tar.gz a2.tar.gz a.tar a~ a a.1~ a1~ .x .y10 .y9 \
  x.1.2 x.1.10 1.2-rc1 1.2 1.10 1.2~rc1 1.2.tar.xz 1.2.tar 0 00 '~' '~~' 'a b' 'é1' 'é10' 'Z9' 'z10' '#1' '#10' \
  'v1.0.0-alpha' 'v1.0.0' 'v1.0.0a' 'x.' 'x..2' '.9' '..a' 'lib.so.1.10' 'lib.so.1.9' 'n-1.9~1' 'n-1.9~~'; do
  : >"ver/$n"
done
for o in -v -vr -va -vA -X -Xr -Xa -U -f -Ua -fl -lf -Ul -fr -ft '-f -l' -Uv -vU -XS -vt -vC -vx -vm; do
  compare ls $o ver
done
for o in -X -v -U -f -fR -URa; do compare ls $o d; compare ls $o many; done
compare ls -U d/zero d/a.txt d many d/B-big
compare ls -f d/zero d/a.txt d many d/B-big
compare ls -v d/zero d/a.txt d many d/B-big
# Symlinks followed: -L everywhere (a dangling one is an error and a line of '?'), -H on the command line only;
# -R with -L refuses to enter a directory it is already inside.
for o in -L -lL -LF -lLF -LR -lLR -H -lH -HF -lHF -HR -lHR -LH -HL -Ls -Li -lLi; do
  compare ls $o d dirlink
done
compare ls -L d/dangling d/link
compare ls -lL d/dangling d/link
compare ls -H d/dangling d/link
compare ls -lH d/dangling d/link dirlink
mkdir -p loop/x && ln -s .. loop/x/up && ln -s ../loop loop/x/again
compare ls -RL loop
compare ls -lRL loop
compare ls -R loop
compare ls -RH loop/x/up
# Whole times, and directories first (links to directories too in a long listing; not with -U).
compare ls --full-time d
compare ls -l --full-time many
compare ls --full-time -1 d
compare ls -i --full-time d/a.txt d/.hidden
for o in '' -l -r -S -t -lr -a -R -U -f -X -v -F -C -lL; do
  compare ls --group-directories-first $o d
done
compare ls --group-directories-first d/a.txt d dirlink d/link many
compare ls -l --group-directories-first d/a.txt d dirlink d/link many
compare ls --group-dir d
# --color: GNU's defaults when TERM or COLORTERM names a color terminal, LS_COLORS otherwise (keys, suffixes,
# escapes, ln=target, or/mi for dangling links, a bad value reported and nothing colored), WHEN words and their
# abbreviations; no tabs between colored columns.
mkdir colors && cd colors || exit 1
: >plain && : >suid && chmod 4755 suid && : >sgid && chmod 2644 sgid && : >exe && chmod 755 exe
: >pack.tar && : >pack.TAR && : >note.md && : >README && mkfifo pipe && ln -s plain lnk && ln -s gone dang
ln plain hard && mkdir dir sticky ow tw && chmod 1755 sticky && chmod 777 ow && chmod 1777 tw && ln -s dir dlink
touch -h -d '2020-01-01 00:00:00' * && cd .. || exit 1
for o in '' -l -F -lF -p -lp -C -x '-C -w 40' -m -i -s -a -d '-l --group-directories-first' -lL; do
  TERM=xterm compare ls --color=always $o colors
done
for t in xterm-256color dumb vt100 screen.xterm foo con80x25 con80 rxvt-unicode linux '' st; do
  TERM=$t compare ls --color=always colors
done
COLORTERM=truecolor TERM=dumb compare ls --color colors
TERM=xterm compare ls --color=auto colors
TERM=xterm compare ls --color=never colors
TERM=xterm compare ls --color=n colors
TERM=xterm compare ls --color=a colors
TERM=xterm compare ls --color=bogus colors
TERM=xterm compare ls --color -f colors
TERM=xterm compare ls -f --color colors
for spec in 'di=31' 'di=31:ln=target' 'or=41:mi=45' 'or=41:mi=45:ln=target' '*.tar=01;31:*.TAR=32:*README=35' \
  '*.tar=31:*.tar=32' 'ex=00:su=0:sg=:fi=36' 'mh=44;37' 'tw=:ow=:st=' 'rs=1:lc=\e[:rc=m' 'ec=\e[0;1m' \
  'lc=<:rc=>' 'di=\x31\061:fi=^[' 'zz=31' 'di=31:x' 'di' '*x' 'di=^' 'di=\' ':::di=34::' 'pi=1:so=2:bd=3:cd=4'; do
  LS_COLORS=$spec TERM=dumb compare ls --color=always -l colors
  LS_COLORS=$spec TERM=dumb compare ls --color=always -F colors
done
# An unreadable directory (as nobody): GNU prints nothing for it, not even its header; one that can be read
# but not searched lists its names, and in a long listing a line of '?' for each.
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null; then
  mkdir -p shut/r shut/w && touch shut/r/f shut/w/f && ln -s f shut/r/l && mkdir shut/r/sub && chmod 000 shut/w
  chmod 644 shut/r && chmod 755 shut . ..
  for args in "-R shut" "-l shut/r" "-li shut/r" "-lR shut" "-lF shut/r" "-lS shut/r" "-l --full-time shut/r" "-lg shut/r"; do
    # shellcheck disable=SC2086 # the option words split on purpose
    compare --as-nobody ls $args
  done
  chmod 755 shut/r shut/w
fi
check "ls --help prints a usage line" [ "$(solo ls --help | head -1)" = "Usage: ls [OPTION]... [FILE]..." ]
# In a working directory that was removed: Linux reads it as empty (ENOENT), and GNU lists nothing, successfully.
mkdir gone && cd gone && rmdir ../gone
compare ls
compare ls -a
compare ls -l
compare ls -R
compare ls .
cd .. || exit 1
finish
