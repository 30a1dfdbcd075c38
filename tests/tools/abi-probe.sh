# abi-probe has no GNU counterpart: these are structure checks. The auxiliary vector must carry the page size
# (a power of two, as getconf reports it natively), the vDSO section must be there, and the latency table
# must have all five rows, each a positive number (the vDSO row is "-" where the runner gives no vDSO: QEMU 7.2).
source "$(dirname "$0")/lib.sh"
output=$(solo abi-probe -n 2000)
status=$?
check "abi-probe exits 0" [ $status = 0 ]
page=$(awk '$1 == "AT_PAGESZ" { print $2 }' <<<"$output")
check "AT_PAGESZ line present" [ -n "$page" ]
check "AT_PAGESZ is a power of two >= 4096" awk -v p="${page:-0}" 'BEGIN { while (p > 1 && p % 2 == 0) p /= 2; exit !(p == 1 && '"${page:-0}"' >= 4096) }'
if [ "$SOLO_ARCH" = "$(uname -m)" ]; then
  check "AT_PAGESZ matches getconf PAGESIZE" [ "$page" = "$(getconf PAGESIZE)" ]
  check "AT_EXECFN names the program" grep -q "^  AT_EXECFN  *.*/abi-probe$" <<<"$output"
fi
check "auxv starts the output" [ "$(head -1 <<<"$output")" = "auxiliary vector:" ]
check "vDSO section present" grep -q "^vDSO: " <<<"$output"
rows=("getpid, raw system call" "getpid, solo::sys::getpid" "clock_gettime, system call" "write 1 byte to /dev/null")
for row in "${rows[@]}"; do
  value=$(grep -F "  $row " <<<"$output" | awk '{ print $NF }')
  check "row '$row' is a positive number" awk -v v="$value" 'BEGIN { exit !(v ~ /^[0-9]+\.[0-9]$/ && v + 0 > 0) }'
done
vdso_row=$(grep -F "  clock_gettime, vDSO " <<<"$output" | awk '{ print $NF }')
if ! gives vdso; then
  check "no vDSO (${SOLO_QEMU:-}): the section says none" grep -q "^vDSO: none" <<<"$output"
  check "no vDSO: its row is '-'" [ "$vdso_row" = "-" ]
else
  check "a vDSO: the section lists it" grep -q "^vDSO: [0-9]* bytes at" <<<"$output"
  check "vDSO clock_gettime row is a positive number" awk -v v="$vdso_row" 'BEGIN { exit !(v ~ /^[0-9]+\.[0-9]$/ && v + 0 > 0) }'
  check "vDSO lists a clock_gettime symbol" grep -q "clock_gettime" <<<"$(sed -n '/^vDSO:/,/^latency/p' <<<"$output")"
fi
solo abi-probe -n 0 >/dev/null 2>&1
check "a bad call count exits 2" [ $? = 2 ]
solo abi-probe --bogus >/dev/null 2>&1
check "a bad option exits 2" [ $? = 2 ]
finish
