# seq: one, two and three operands, counting up and down, fractions (exactly: 0 0.1 1 ends at 1.0),
# exponents, hexadecimal, negative numbers as operands, -w widths, -s, -f conversions, nothing to print,
# big counts, invalid numbers, NaN, a zero increment, bad formats, missing and extra operands, /dev/full.
source "$(dirname "$0")/lib.sh"
export LC_ALL=C
in_tmp
compare seq 5
compare seq 0
compare seq -- -2
compare seq 3 7
compare seq 7 3
compare seq 1 3 20
compare seq 20 -3 1
compare seq -3 -1 -5
compare seq -3 2
compare seq -1.5 0.5 1
compare seq 0 0.1 1
compare seq 0.1 0.1 0.9
compare seq 1 0.25 2
compare seq 5 -1.5 1
compare seq 1 1.5
compare seq .5 3
compare seq 1. 3
compare seq 1e3 1e3 3e3
compare seq 1e-2 0.5 1
compare seq 1.5e1 2e1
compare seq 0x10 0x14
compare seq ' 3' '+5'
compare seq 1 0.000001 1.000004
compare seq 99999999999999990 99999999999999999
compare seq 1000000 1000010
compare seq -w 1 10
compare seq -w 8 2 12
compare seq -w -3 1 2
compare seq -w 0.5 1.25 5
compare seq -w 1 1.5 5
compare seq -w 1.10 3
compare seq -w -- -1.5 1
compare seq -s, 1 5
compare seq -s '' 1 3
compare seq --separator=' - ' 1 3
compare seq -s $'\n\n' 1 3
compare seq -f %03g 1 3
compare seq -f 'x%gy' 1 3
compare seq -f '%.3f' 0 0.5 2
compare seq -f '%e' 1 3
compare seq -f '%-8.2E|' 1 2
compare seq -f '%+g' -1 1
compare seq -f '%10.4f' 1 2
compare seq -f '%%%g%%' 1 2
compare seq -f '%#g' 1 2
compare seq -f '%Lg' 1 2
compare seq --format=%G 100000 100001
compare seq -f %d 1
compare seq -f '%g%g' 1
compare seq -f 'abc' 1
compare seq -f '%' 1
compare seq -f '%s' 1
compare seq -w -f %g 1 2
compare seq x
compare seq 1 x
compare seq 1e 3
compare seq nan
compare seq 1 nan 3
compare seq 1 0 3
compare seq 1 -0 3
compare seq
compare seq 1 2 3 4
compare seq -x 1
compare seq --bogus
compare seq -f
check "seq 1 inf runs on" bash -c "'$SOLO_ROOT/qemu/run' '$SOLO_ARCH' '$SOLO_TOOLS/seq' 1 inf | head -3 | tr '\n' , | grep -qx '1,2,3,'"
solo seq 200000 >ours
check "seq 200000" cmp -s ours <(seq 200000)
to_full seq 10
to_full seq 1 100000
to_full seq --help
check "seq --help exits 0" bash -c "'$SOLO_ROOT/qemu/run' '$SOLO_ARCH' '$SOLO_TOOLS/seq' --help >/dev/null"
finish
