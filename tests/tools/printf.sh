# printf: text and escapes (octal, hex, \u \U, \c, unknown ones), every conversion with flags, widths,
# precisions and * arguments, the format reused for extra arguments, missing arguments, numeric arguments
# in every base, as characters, invalid, partly valid and out of range, %b with its own escapes, %q, %%,
# invalid conversions, missing operand, /dev/full.
source "$(dirname "$0")/lib.sh"
export LC_ALL=C
in_tmp
enable -n printf # the program, not the shell's builtin
compare printf 'hello\n'
compare printf 'a\tb\\c\"d\a\b\f\r\v\e|\n'
compare printf '\101\1012\0\08\x41\x4g\xg|\n'
compare printf '\u00e9\U0001F600\u0041|\n'
compare printf '\u00'
compare printf '\q\%\n'
compare printf 'before\cafter'
compare printf 'x\'
compare printf '%d|%i|%o|%u|%x|%X\n' 10 -5 8 42 255 255
compare printf '%u\n' -1
compare printf '%d\n' abc 12x "'A" '"B' 0x1f 010 ' 7' '' +3 -0 99999999999999999999 -99999999999999999999
compare printf '%x %o\n' 99999999999999999999 0x
compare printf "%d\n" "'AB"
compare printf '%5d|%-5d|%05d|%+d|% d|%.3d|%5.3d|%-+5d|\n' 42 42 42 42 42 42 42 42
compare printf '%#x|%#X|%#o|%#o|%.0d|%.0x|\n' 255 255 8 0 0 0
compare printf '%s|%10s|%-10s|%.2s|%5.1s|\n' abc abc abc abc abc
compare printf '%c|%5c|%-3c|\n' hello x y
compare printf '%c' ''
compare printf '%*d|%-*d|%.*f|%*.*s|\n' 5 1 4 2 2 3.14159 6 2 abcdef
compare printf '%*d|\n' -5 1
compare printf '%f|%.2f|%10.3f|%-10.1f|%+f|%010.2f\n' 3.14159 2.5 1 1 1 -3.5
compare printf '%e|%E|%.0e|%#.0e|%g|%G|%g|%g|%#g\n' 12345.678 0.00012 5 5 100000 1e20 0.0001 123456789 1
compare printf '%f %f %f %f\n' inf -inf nan -0
compare printf '%F %E %G\n' inf nan 1e-10
compare printf '%f\n' abc 1.5x 0x10 1e3 .5 5. "'a"
compare printf '%s %s\n' a b c
compare printf '%s-%d\n' a 1 b
compare printf '%d %d\n' 1
compare printf 'no conversions\n' extra args
compare printf '%%|%5%|\n'
compare printf '%b\n' 'a\tb' '\0101\101' '\x41\c' 'never'
compare printf '%b|%5b|%-5b|%.1b|\n' 'x\n' 'ab' 'ab' 'abc'
compare printf '%q\n' "a b" "it's" $'n\nl' simple '' 'a:b' '~x' 'x~'
compare printf '%ld %hd %lld %jd %zd\n' 1 2 3 4 5
for bad in '%5q' '%-3b' '%#s' '%0c' '%.3c' '%#d' "%'x" '%0s'; do compare printf "$bad|\n" a; done
compare printf '%'
compare printf '%z'
compare printf 'abc%'
compare printf '%5'
compare printf '%.'
compare printf
compare printf -- '%s\n' x
compare printf --help extra
compare printf -x
to_full printf 'x\n'
to_full printf '%s\n' a b c
check "printf --help exits 0" bash -c "'$SOLO_ROOT/qemu/run' '$SOLO_ARCH' '$SOLO_TOOLS/printf' --help >/dev/null"
finish
